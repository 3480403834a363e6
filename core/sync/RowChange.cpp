#include "RowChange.h"

#include <QCryptographicHash>
#include <QtEndian>

QByteArray RowChange::keyBytes(const Row& key)
{
    QByteArray out;
    for (const Value& v : key) {
        // 0xFFFFFFFF marks NULL; any real length is smaller.
        const quint32 len = v ? quint32(v->size()) : 0xFFFFFFFFu;
        char prefix[4];
        qToBigEndian(len, prefix);
        out.append(prefix, 4);
        if (v)
            out.append(*v);
    }
    return out;
}

QByteArray RowChange::rowDigest(const Row& image)
{
    return QCryptographicHash::hash(keyBytes(image), QCryptographicHash::Blake2s_128);
}

QString RowChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Insert:
        break;
    }
    return QStringLiteral("insert");
}

bool sameImage(const Row& a, const Row& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Value& x = a.at(i);
        const Value& y = b.at(i);
        if (x.has_value() != y.has_value())
            return false;
        if (x && *x != *y)
            return false;
    }
    return true;
}

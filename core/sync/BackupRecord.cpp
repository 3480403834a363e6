#include "BackupRecord.h"

#include <QtEndian>

namespace {

constexpr quint32 NullLength = 0xFFFFFFFFu;

void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

bool getU32(QByteArrayView& in, quint32* v)
{
    if (in.size() < 4)
        return false;
    *v = qFromBigEndian<quint32>(in.data());
    in = in.sliced(4);
    return true;
}

void putRow(QByteArray& out, const Row& row)
{
    putU32(out, quint32(row.size()));
    for (const Value& v : row) {
        putU32(out, v ? quint32(v->size()) : NullLength);
        if (v)
            out.append(*v);
    }
}

bool getRow(QByteArrayView& in, Row* row)
{
    quint32 count = 0;
    if (!getU32(in, &count) || count > quint32(in.size()) / 4)
        return false;
    row->clear();
    row->reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint32 len = 0;
        if (!getU32(in, &len))
            return false;
        if (len == NullLength) {
            row->append(std::nullopt);
            continue;
        }
        if (len > quint32(in.size()))
            return false;
        row->append(in.first(len).toByteArray());
        in = in.sliced(len);
    }
    return true;
}

} // namespace

void BackupRecord::encode(QByteArray& out) const
{
    out.append(char(kind));
    out.append(char(change));
    out.append(char(reason));
    out.append('\0');
    putU32(out, quint32(table));
    putRow(out, key);
    putRow(out, before);
    putRow(out, after);
    putRow(out, expected);
}

bool BackupRecord::decode(QByteArrayView& in, BackupRecord* r)
{
    if (in.size() < 8)
        return false;
    const auto kind = quint8(in.at(0));
    const auto change = quint8(in.at(1));
    const auto reason = quint8(in.at(2));
    if (kind < 1 || kind > 6 || change > 2 || reason > 3)
        return false;
    r->kind = Kind(kind);
    r->change = RowChange::Kind(change);
    r->reason = Conflict::Reason(reason);
    in = in.sliced(4);
    quint32 table = 0;
    if (!getU32(in, &table))
        return false;
    r->table = int(table);
    return getRow(in, &r->key) && getRow(in, &r->before) && getRow(in, &r->after) && getRow(in, &r->expected);
}

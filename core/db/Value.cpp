#include "Value.h"

#include <QString>

int QueryResult::columnIndex(QByteArrayView name) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString QueryResult::text(int r, int c) const
{
    const Value& v = rows.at(r).at(c);
    return v ? QString::fromUtf8(*v) : QString();
}

QString QueryResult::text(int r, QByteArrayView column) const
{
    const int c = columnIndex(column);
    return c < 0 ? QString() : text(r, c);
}

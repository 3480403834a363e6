#include "Table.h"

const Column* Table::column(const QString& columnName) const
{
    // Column names are case-insensitive on every platform.
    for (const Column& c : columns) {
        if (c.name.compare(columnName, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const Index* Table::index(const QString& indexName) const
{
    for (const Index& i : indexes) {
        if (i.name.compare(indexName, Qt::CaseInsensitive) == 0)
            return &i;
    }
    return nullptr;
}

const Index* Table::primaryKey() const
{
    for (const Index& i : indexes) {
        if (i.primary)
            return &i;
    }
    return nullptr;
}

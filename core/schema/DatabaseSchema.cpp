#include "DatabaseSchema.h"

const Table* DatabaseSchema::table(const QString& tableName) const
{
    const Qt::CaseSensitivity cs = namesCaseInsensitive() ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const Table& t : tables) {
        if (t.name.compare(tableName, cs) == 0)
            return &t;
    }
    return nullptr;
}

const View* DatabaseSchema::view(const QString& viewName) const
{
    const Qt::CaseSensitivity cs = namesCaseInsensitive() ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const View& v : views) {
        if (v.name.compare(viewName, cs) == 0)
            return &v;
    }
    return nullptr;
}

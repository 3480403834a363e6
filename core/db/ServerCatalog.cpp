#include "ServerCatalog.h"

#include "Connection.h"

#include <algorithm>

Result<QStringList> ServerCatalog::databases(Connection& connection, bool includeSystem)
{
    // SCHEMATA lists only what the account may see, like SHOW DATABASES.
    Result<QueryResult> r = connection.query(QByteArrayView("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"));
    if (!r)
        return r.error();
    QStringList names;
    for (const Row& row : r->rows) {
        if (row.isEmpty() || !row.first())
            continue;
        const QString name = QString::fromUtf8(*row.first());
        if (includeSystem || !isSystemDatabase(name))
            names.append(name);
    }
    // Sorted here, not by the server's collation, so every server lists in the same order.
    std::sort(names.begin(), names.end(), lessThan);
    return names;
}

bool ServerCatalog::lessThan(const QString& a, const QString& b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

bool ServerCatalog::isSystemDatabase(const QString& name)
{
    static const QStringList system {QStringLiteral("information_schema"), QStringLiteral("mysql"),
                                     QStringLiteral("performance_schema"), QStringLiteral("sys")};
    return system.contains(name, Qt::CaseInsensitive);
}

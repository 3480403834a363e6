#include "SyncTableReader.h"

#include "db/Connection.h"

#include <QHash>
#include <QMap>

namespace {

QString inList(const QStringList& names)
{
    QStringList literals;
    for (const QString& n : names)
        literals << QString::fromUtf8(Sql::stringLiteral(n));
    return literals.join(QStringLiteral(", "));
}

} // namespace

Sql::LiteralKind SyncTableReader::literalKind(const QString& dataType)
{
    static const QStringList numeric = {QStringLiteral("tinyint"), QStringLiteral("smallint"),
        QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("integer"), QStringLiteral("bigint"),
        QStringLiteral("decimal"), QStringLiteral("numeric"), QStringLiteral("float"), QStringLiteral("double"),
        QStringLiteral("real"), QStringLiteral("double precision"), QStringLiteral("year")};
    // BIT arrives as its raw bytes, GEOMETRY as the server's internal WKB: both go back as X'..'.
    static const QStringList binary = {QStringLiteral("binary"), QStringLiteral("varbinary"),
        QStringLiteral("tinyblob"), QStringLiteral("blob"), QStringLiteral("mediumblob"),
        QStringLiteral("longblob"), QStringLiteral("bit"), QStringLiteral("geometry"), QStringLiteral("point"),
        QStringLiteral("linestring"), QStringLiteral("polygon"), QStringLiteral("multipoint"),
        QStringLiteral("multilinestring"), QStringLiteral("multipolygon"), QStringLiteral("geometrycollection"),
        QStringLiteral("geomcollection")};
    const QString t = dataType.toLower();
    if (numeric.contains(t))
        return Sql::LiteralKind::Numeric;
    if (binary.contains(t))
        return Sql::LiteralKind::Binary;
    return Sql::LiteralKind::Text;
}

Result<SyncTable> SyncTableReader::read(Connection& connection, const QString& database, const QString& table)
{
    Result<QList<SyncTable>> all = read(connection, database, QStringList {table});
    if (!all)
        return all.error();
    return all->first();
}

Result<QList<SyncTable>> SyncTableReader::read(Connection& connection, const QString& database,
                                               const QStringList& tables)
{
    const QString db = QString::fromUtf8(Sql::stringLiteral(database));
    const QString names = inList(tables);
    auto failed = [&](Error e) {
        e.database = database;
        if (e.hint.isEmpty())
            e.hint = tr("Grant the account read access to information_schema for this database.");
        return e;
    };

    // MariaDB says IS_GENERATED; MySQL only has EXTRA ("VIRTUAL GENERATED", "STORED GENERATED",
    // and "DEFAULT_GENERATED" for plain defaults, which is not generated).
    const QString generated = connection.isMariaDb()
        ? QStringLiteral("IS_GENERATED = 'ALWAYS'")
        : QStringLiteral("(EXTRA LIKE '%VIRTUAL GENERATED%' OR EXTRA LIKE '%STORED GENERATED%')");
    Result<QueryResult> cols = connection.query(
        QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_SET_NAME, %1, "
                       "LOWER(EXTRA) LIKE '%on update%' "
                       "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %2 AND TABLE_NAME IN (%3) "
                       "ORDER BY TABLE_NAME, ORDINAL_POSITION")
            .arg(generated, db, names)
            .toUtf8());
    if (!cols)
        return failed(cols.error());
    Result<QueryResult> keys = connection.query(
        QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, NULLABLE, SUB_PART "
                       "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %1 AND TABLE_NAME IN (%2) "
                       "AND NON_UNIQUE = 0 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")
            .arg(db, names)
            .toUtf8());
    if (!keys)
        return failed(keys.error());
    Result<QueryResult> triggers = connection.query(
        QStringLiteral("SELECT EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, TRIGGER_NAME "
                       "FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = %1 "
                       "AND EVENT_OBJECT_TABLE IN (%2) ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, "
                       "EVENT_MANIPULATION, ACTION_ORDER")
            .arg(db, names)
            .toUtf8());
    if (!triggers)
        return failed(triggers.error());
    Result<QueryResult> referenced = connection.query(
        QStringLiteral("SELECT DISTINCT REFERENCED_TABLE_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS "
                       "WHERE UNIQUE_CONSTRAINT_SCHEMA = %1 AND REFERENCED_TABLE_NAME IN (%2)")
            .arg(db, names)
            .toUtf8());
    if (!referenced)
        return failed(referenced.error());

    QHash<QString, SyncTable> byName;
    for (int i = 0; i < cols->rows.size(); ++i) {
        const QString name = cols->text(i, 0);
        SyncTable& t = byName[name];
        t.database = database;
        t.table = name;
        SyncTable::Column c;
        c.name = cols->text(i, 1);
        const QString type = cols->text(i, 2).toLower();
        c.kind = literalKind(type);
        c.charset = cols->isNull(i, 3) ? QByteArray() : cols->text(i, 3).toLatin1();
        c.generated = cols->text(i, 4) == QLatin1String("1");
        c.autoUpdate = cols->text(i, 5) == QLatin1String("1");
        c.readAsDouble = type == QLatin1String("float");
        t.columns.append(c);
    }

    // Keys: PRIMARY, else the unique key of NOT NULL whole columns with the fewest columns.
    struct Candidate
    {
        QStringList columns;
        bool usable = true;
    };
    QHash<QString, QMap<QString, Candidate>> candidates;
    for (int i = 0; i < keys->rows.size(); ++i) {
        Candidate& k = candidates[keys->text(i, 0)][keys->text(i, 1)];
        k.columns << keys->text(i, 2);
        if (keys->text(i, 3) == QLatin1String("YES") || !keys->isNull(i, 4))
            k.usable = false;
    }
    for (int i = 0; i < triggers->rows.size(); ++i) {
        auto it = byName.find(triggers->text(i, 0));
        if (it != byName.end()) {
            it->triggers << QStringLiteral("%1 %2 %3").arg(triggers->text(i, 1), triggers->text(i, 2),
                                                         triggers->text(i, 3));
        }
    }
    for (int i = 0; i < referenced->rows.size(); ++i) {
        auto it = byName.find(referenced->text(i, 0));
        if (it != byName.end())
            it->foreignKeyReferenced = true;
    }

    QList<SyncTable> out;
    for (const QString& name : tables) {
        auto it = byName.find(name);
        if (it == byName.end()) {
            Error e = connection.error(tr("The table does not exist on this server."),
                                       tr("Create it first (schema sync), or leave it out."));
            e.database = database;
            e.table = name;
            return e;
        }
        SyncTable t = *it;
        const QMap<QString, Candidate>& mine = candidates.value(name);
        const Candidate* best = nullptr;
        if (mine.contains(QStringLiteral("PRIMARY"))) {
            best = &mine.find(QStringLiteral("PRIMARY")).value();
        } else {
            for (auto k = mine.cbegin(); k != mine.cend(); ++k) {
                if (k->usable && (!best || k->columns.size() < best->columns.size()))
                    best = &k.value();
            }
        }
        if (best) {
            for (const QString& c : best->columns)
                t.keyColumns.append(t.columnIndex(c));
        }
        out.append(t);
    }
    return out;
}

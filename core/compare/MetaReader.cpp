#include "MetaReader.h"

#include "db/Connection.h"
#include "db/Sql.h"

#include <QRegularExpression>

ColumnClass MetaReader::classify(const QString& t)
{
    static const QStringList integers {QStringLiteral("tinyint"), QStringLiteral("smallint"),
                                       QStringLiteral("mediumint"), QStringLiteral("int"),
                                       QStringLiteral("integer"), QStringLiteral("bigint"),
                                       QStringLiteral("year")};
    static const QStringList texts {QStringLiteral("char"), QStringLiteral("varchar"), QStringLiteral("tinytext"),
                                    QStringLiteral("text"), QStringLiteral("mediumtext"), QStringLiteral("longtext")};
    static const QStringList binaries {QStringLiteral("binary"), QStringLiteral("varbinary"),
                                       QStringLiteral("tinyblob"), QStringLiteral("blob"),
                                       QStringLiteral("mediumblob"), QStringLiteral("longblob")};
    static const QStringList geometries {QStringLiteral("geometry"), QStringLiteral("point"),
                                         QStringLiteral("linestring"), QStringLiteral("polygon"),
                                         QStringLiteral("multipoint"), QStringLiteral("multilinestring"),
                                         QStringLiteral("multipolygon"), QStringLiteral("geometrycollection"),
                                         QStringLiteral("geomcollection")};
    if (integers.contains(t))
        return ColumnClass::Integer;
    if (t == QLatin1String("decimal") || t == QLatin1String("numeric"))
        return ColumnClass::Decimal;
    if (t == QLatin1String("double") || t == QLatin1String("real") || t == QLatin1String("double precision"))
        return ColumnClass::Double;
    if (t == QLatin1String("float"))
        return ColumnClass::Float;
    if (t == QLatin1String("bit"))
        return ColumnClass::Bit;
    if (t == QLatin1String("date") || t == QLatin1String("datetime") || t == QLatin1String("timestamp"))
        return ColumnClass::Temporal;
    if (t == QLatin1String("time"))
        return ColumnClass::Time;
    if (texts.contains(t))
        return ColumnClass::Text;
    if (t == QLatin1String("enum"))
        return ColumnClass::Enum;
    if (t == QLatin1String("set"))
        return ColumnClass::Set;
    if (t == QLatin1String("json"))
        return ColumnClass::Json;
    if (binaries.contains(t))
        return ColumnClass::Binary;
    if (geometries.contains(t))
        return ColumnClass::Geometry;
    return ColumnClass::Other;
}

Result<DatabaseMeta> MetaReader::read(Connection& c, const QString& database, bool detectJson)
{
    DatabaseMeta meta;
    meta.name = database;
    meta.server = c.serverName();
    meta.isMariaDb = c.isMariaDb();
    const QByteArray db = Sql::stringLiteral(database);

    Result<QueryResult> vars = c.query(
        QByteArrayLiteral("SELECT @@lower_case_table_names, @@max_allowed_packet, "
                          "(SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ")
        + db + ')');
    if (!vars)
        return vars.error().at(c.serverName(), database);
    meta.lowerCaseTableNames = vars->text(0, 0).toInt();
    meta.maxAllowedPacket = vars->text(0, 1).toLongLong();
    if (vars->text(0, 2).toInt() == 0) {
        Error e = c.error(tr("The database does not exist."),
                          tr("Check the database name in the endpoint (profile/database or the URL path)."));
        e.database = database;
        e.code = QStringLiteral("not-found");
        return e;
    }

    Result<QueryResult> tables = c.query(
        QByteArrayLiteral("SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_ROWS FROM information_schema.TABLES "
                          "WHERE TABLE_SCHEMA = ")
        + db + QByteArrayLiteral(" ORDER BY TABLE_NAME"));
    if (!tables)
        return tables.error().at(c.serverName(), database);
    QHash<QString, int> index;
    for (int r = 0; r < tables->rows.size(); ++r) {
        TableMeta t;
        t.name = tables->text(r, 0);
        t.type = tables->text(r, 1);
        t.engine = tables->text(r, 2);
        t.estimatedRows = tables->text(r, 3).toLongLong();
        index.insert(t.name, int(meta.tables.size()));
        meta.tables.append(t);
    }

    Result<QueryResult> columns = c.query(
        QByteArrayLiteral("SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, COLUMN_TYPE, "
                          "CHARACTER_SET_NAME, COLLATION_NAME, IS_NULLABLE, EXTRA, CHARACTER_OCTET_LENGTH "
                          "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ")
        + db + QByteArrayLiteral(" ORDER BY TABLE_NAME, ORDINAL_POSITION"));
    if (!columns)
        return columns.error().at(c.serverName(), database);
    for (int r = 0; r < columns->rows.size(); ++r) {
        const int t = index.value(columns->text(r, 0), -1);
        if (t < 0)
            continue;
        ColumnMeta col;
        col.name = columns->text(r, 1);
        col.position = columns->text(r, 2).toInt();
        col.dataType = columns->text(r, 3).toLower();
        col.columnType = columns->text(r, 4);
        col.charset = columns->text(r, 5);
        col.collation = columns->text(r, 6);
        col.nullable = columns->text(r, 7) == QLatin1String("YES");
        const QString extra = columns->text(r, 8).toUpper();
        col.generated = extra.contains(QLatin1String("GENERATED")) || extra.contains(QLatin1String("VIRTUAL"))
            || extra.contains(QLatin1String("PERSISTENT")) || extra.contains(QLatin1String("STORED"));
        col.invisible = extra.contains(QLatin1String("INVISIBLE"));
        col.isUnsigned = col.columnType.contains(QLatin1String("unsigned"), Qt::CaseInsensitive);
        col.cls = classify(col.dataType);
        col.isJson = col.cls == ColumnClass::Json;
        const qint64 octets = columns->text(r, 9).toLongLong();
        // Numbers and dates print in well under 100 bytes; the others say their size.
        col.maxBytes = octets > 0 ? octets : 100;
        if (col.cls == ColumnClass::Geometry || col.cls == ColumnClass::Json)
            col.maxBytes = qint64(4) * 1024 * 1024 * 1024;
        meta.tables[t].columns.append(col);
    }

    Result<QueryResult> stats = c.query(
        QByteArrayLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, "
                          "INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ")
        + db + QByteArrayLiteral(" ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"));
    if (!stats)
        return stats.error().at(c.serverName(), database);
    for (int r = 0; r < stats->rows.size(); ++r) {
        const int t = index.value(stats->text(r, 0), -1);
        if (t < 0)
            continue;
        TableMeta& table = meta.tables[t];
        const QString name = stats->text(r, 1);
        if (table.indexes.isEmpty() || table.indexes.last().name != name) {
            IndexMeta idx;
            idx.name = name;
            idx.primary = name == QLatin1String("PRIMARY");
            idx.unique = stats->text(r, 2) == QLatin1String("0");
            idx.type = stats->text(r, 6);
            table.indexes.append(idx);
        }
        IndexMeta& idx = table.indexes.last();
        if (stats->isNull(r, 4)) {
            // A functional index part (MySQL 8): the index cannot serve as a row key.
            idx.unique = false;
            idx.type = QStringLiteral("FUNCTIONAL");
            continue;
        }
        idx.columns.append(stats->text(r, 4));
        idx.subParts.append(stats->text(r, 5).toInt());
    }

    if (detectJson && meta.isMariaDb) {
        // MariaDB's JSON is LONGTEXT guarded by CHECK (json_valid(`col`)).
        Result<QueryResult> checks = c.query(
            QByteArrayLiteral("SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                              "WHERE CONSTRAINT_SCHEMA = ")
            + db);
        if (checks) {
            static const QRegularExpression jsonValid(QStringLiteral("^json_valid\\(`((?:[^`]|``)+)`\\)$"),
                                                      QRegularExpression::CaseInsensitiveOption);
            for (int r = 0; r < checks->rows.size(); ++r) {
                const int t = index.value(checks->text(r, 0), -1);
                const QRegularExpressionMatch m = jsonValid.match(checks->text(r, 1).trimmed());
                if (t < 0 || !m.hasMatch())
                    continue;
                const QString column = m.captured(1).replace(QStringLiteral("``"), QStringLiteral("`"));
                for (ColumnMeta& col : meta.tables[t].columns) {
                    if (col.name == column)
                        col.isJson = true;
                }
            }
        }
    }
    return meta;
}

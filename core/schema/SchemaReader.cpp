#include "SchemaReader.h"

#include "SchemaNormalizer.h"
#include "db/Connection.h"
#include "db/Sql.h"

#include <QHash>

#include <algorithm>

namespace {

/// The result of one information_schema query with by-name column access.
class Rows
{
public:
    explicit Rows(QueryResult result)
        : m_result(std::move(result))
    {
    }
    int size() const { return int(m_result.rows.size()); }
    QString text(int row, const char* column) const { return m_result.text(row, QByteArrayView(column)); }
    Value value(int row, const char* column) const
    {
        const int c = m_result.columnIndex(QByteArrayView(column));
        return c < 0 ? Value() : m_result.rows.at(row).at(c);
    }
    bool isNull(int row, const char* column) const { return !value(row, column).has_value(); }
    int number(int row, const char* column) const { return text(row, column).toInt(); }

private:
    QueryResult m_result;
};

bool isBaseTable(const QString& type)
{
    return type == QLatin1String("BASE TABLE") || type == QLatin1String("SYSTEM VERSIONED")
        || type == QLatin1String("SEQUENCE");
}

template<typename T>
void sortByName(QList<T>& list)
{
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.name < b.name; });
}

/// Runs the information_schema queries of one database and assembles the model.
class Batch
{
    Q_DECLARE_TR_FUNCTIONS(SchemaReader)

public:
    Batch(Connection& connection, const QString& database)
        : m_connection(connection)
        , m_database(database)
        , m_literal(QString::fromUtf8(Sql::stringLiteral(database)))
    {
        m_dialect.mariaDb = connection.isMariaDb();
        m_dialect.version = connection.serverVersionNumber();
    }

    Result<DatabaseSchema> run()
    {
        m_schema.name = m_database;
        m_schema.server = m_connection.serverName();
        m_schema.serverVersion = m_connection.serverVersion();
        m_schema.serverVersionNumber = m_dialect.version;
        m_schema.mariaDb = m_dialect.mariaDb;
        for (Status (Batch::*step)() : {&Batch::readDatabase, &Batch::readTables, &Batch::readColumns,
                                        &Batch::readIndexes, &Batch::readForeignKeys, &Batch::readChecks,
                                        &Batch::readPartitions, &Batch::readViews, &Batch::readTriggers,
                                        &Batch::readRoutines, &Batch::readEvents}) {
            if (Status s = (this->*step)(); !s)
                return s.error();
        }
        for (Table& t : m_schema.tables) {
            SchemaNormalizer::foldJsonAlias(t);
            std::stable_sort(t.indexes.begin(), t.indexes.end(), [](const Index& a, const Index& b) {
                if (a.primary != b.primary)
                    return a.primary;
                return a.name < b.name;
            });
            sortByName(t.foreignKeys);
            sortByName(t.checks);
        }
        sortByName(m_schema.tables);
        sortByName(m_schema.views);
        sortByName(m_schema.triggers);
        sortByName(m_schema.routines);
        sortByName(m_schema.events);
        return std::move(m_schema);
    }

private:
    Result<Rows> query(const QString& sql)
    {
        Result<QueryResult> r = m_connection.query(sql.toUtf8());
        if (!r) {
            Error e = r.error();
            e.database = m_database;
            if (e.hint.isEmpty() && e.retry == Error::Retry::AccessDenied)
                e.hint = tr("The account needs SELECT on the database (and SHOW VIEW, TRIGGER, EVENT, "
                            "SHOW ROUTINE or SELECT on mysql.proc for views and stored programs).");
            return e;
        }
        return Rows(std::move(r.value()));
    }

    Table* table(const QString& name)
    {
        const auto it = m_tableIndex.constFind(name);
        return it == m_tableIndex.constEnd() ? nullptr : &m_schema.tables[*it];
    }

    Status readDatabase()
    {
        if (!m_dialect.mariaDb && m_dialect.version >= 80000) {
            // MySQL 8 caches TABLES statistics (AUTO_INCREMENT among them) for a day by default.
            if (Status s = m_connection.execute(QByteArrayView("SET SESSION information_schema_stats_expiry = 0")); !s)
                return s;
        }
        Result<Rows> r = query(QStringLiteral("SELECT @@lower_case_table_names AS lctn, DEFAULT_CHARACTER_SET_NAME, "
                                              "DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                                              "WHERE SCHEMA_NAME = %1")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        if (r->size() == 0) {
            return m_connection
                .error(tr("The database %1 does not exist.").arg(m_database),
                       tr("Check the database name (names are case-sensitive on this server unless "
                          "lower_case_table_names is set), or create it first."))
                .at(m_connection.serverName(), m_database);
        }
        m_schema.lowerCaseTableNames = r->number(0, "lctn");
        m_schema.charset = r->text(0, "DEFAULT_CHARACTER_SET_NAME");
        m_schema.collation = r->text(0, "DEFAULT_COLLATION_NAME");
        return {};
    }

    Status readTables()
    {
        Result<Rows> r = query(QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE, ENGINE, ROW_FORMAT, TABLE_COLLATION, "
                                              "CREATE_OPTIONS, AUTO_INCREMENT, TABLE_COMMENT "
                                              "FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i) {
            const QString type = r->text(i, "TABLE_TYPE");
            if (!isBaseTable(type))
                continue; // views come from VIEWS; temporary tables are not part of the schema
            Table t;
            t.name = r->text(i, "TABLE_NAME");
            t.tableType = type;
            t.engine = r->text(i, "ENGINE");
            t.rowFormat = r->text(i, "ROW_FORMAT");
            t.collation = r->text(i, "TABLE_COLLATION");
            t.charset = SchemaNormalizer::charsetOfCollation(t.collation);
            const QString options = r->text(i, "CREATE_OPTIONS");
            if (options.contains(QLatin1String("partitioned"), Qt::CaseInsensitive))
                m_partitioned.append(t.name);
            t.createOptions = options;
            if (!r->isNull(i, "AUTO_INCREMENT"))
                t.autoIncrement = r->text(i, "AUTO_INCREMENT").toULongLong();
            t.comment = r->text(i, "TABLE_COMMENT");
            m_schema.tables.append(t);
        }
        for (int i = 0; i < m_schema.tables.size(); ++i)
            m_tableIndex.insert(m_schema.tables[i].name, i);
        return {};
    }

    Status readColumns()
    {
        // Columns are always named: MariaDB leaves invisible columns out of SELECT *, and
        // information_schema differs between servers.
        Result<Rows> r = query(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, "
                                              "IS_NULLABLE, COLUMN_TYPE, CHARACTER_SET_NAME, COLLATION_NAME, EXTRA, "
                                              "COLUMN_COMMENT, GENERATION_EXPRESSION "
                                              "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %1 "
                                              "ORDER BY TABLE_NAME, ORDINAL_POSITION")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i) {
            Table* t = table(r->text(i, "TABLE_NAME"));
            if (!t)
                continue; // a view's column
            Column c;
            c.ordinal = r->number(i, "ORDINAL_POSITION");
            c.name = r->text(i, "COLUMN_NAME");
            c.type = r->text(i, "COLUMN_TYPE");
            c.nullable = r->text(i, "IS_NULLABLE") == QLatin1String("YES");
            const QString extra = r->text(i, "EXTRA");
            c.defaultValue = SchemaNormalizer::parseDefault(r->value(i, "COLUMN_DEFAULT"), extra, c.type, c.nullable,
                                                            m_dialect);
            c.autoIncrement = extra.contains(QLatin1String("auto_increment"), Qt::CaseInsensitive);
            c.onUpdate = SchemaNormalizer::onUpdateFromExtra(extra);
            if (extra.contains(QLatin1String("VIRTUAL GENERATED"), Qt::CaseInsensitive))
                c.generated = Column::Generated::Virtual;
            else if (extra.contains(QLatin1String("STORED GENERATED"), Qt::CaseInsensitive)
                     || extra.contains(QLatin1String("PERSISTENT GENERATED"), Qt::CaseInsensitive))
                c.generated = Column::Generated::Stored;
            if (c.generated != Column::Generated::No) {
                c.generationExpression = r->text(i, "GENERATION_EXPRESSION");
                c.defaultValue = ColumnDefault::none();
            }
            c.invisible = extra.contains(QLatin1String("INVISIBLE"), Qt::CaseInsensitive);
            c.charset = r->text(i, "CHARACTER_SET_NAME");
            c.collation = r->text(i, "COLLATION_NAME");
            c.comment = r->text(i, "COLUMN_COMMENT");
            t->columns.append(c);
        }
        for (Table& t : m_schema.tables)
            std::sort(t.columns.begin(), t.columns.end(), [](const Column& a, const Column& b) { return a.ordinal < b.ordinal; });
        return {};
    }

    Status readIndexes()
    {
        QString extra;
        if (m_dialect.mariaDb && m_dialect.version >= 100600)
            extra = QStringLiteral(", IGNORED");
        else if (!m_dialect.mariaDb && m_dialect.version >= 80013)
            extra = QStringLiteral(", IS_VISIBLE, EXPRESSION");
        Result<Rows> r = query(QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, "
                                              "SUB_PART, COLLATION, INDEX_TYPE, INDEX_COMMENT%2 "
                                              "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %1 "
                                              "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")
                                   .arg(m_literal, extra));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i) {
            Table* t = table(r->text(i, "TABLE_NAME"));
            if (!t)
                continue;
            const QString name = r->text(i, "INDEX_NAME");
            auto it = std::find_if(t->indexes.begin(), t->indexes.end(), [&](const Index& x) { return x.name == name; });
            if (it == t->indexes.end()) {
                Index index;
                index.name = name;
                index.primary = name == QLatin1String("PRIMARY");
                index.unique = r->text(i, "NON_UNIQUE") == QLatin1String("0");
                index.type = r->text(i, "INDEX_TYPE").toUpper();
                index.comment = r->text(i, "INDEX_COMMENT");
                index.invisible = r->text(i, "IGNORED") == QLatin1String("YES")
                    || r->text(i, "IS_VISIBLE") == QLatin1String("NO");
                t->indexes.append(index);
                it = t->indexes.end() - 1;
            }
            Index::Part part;
            part.column = r->text(i, "COLUMN_NAME");
            part.expression = r->text(i, "EXPRESSION");
            part.prefixLength = r->isNull(i, "SUB_PART") ? 0 : r->number(i, "SUB_PART");
            part.descending = r->text(i, "COLLATION") == QLatin1String("D");
            it->parts.append(part);
        }
        return {};
    }

    Status readForeignKeys()
    {
        Result<Rows> rules = query(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE "
                                                  "FROM information_schema.REFERENTIAL_CONSTRAINTS "
                                                  "WHERE CONSTRAINT_SCHEMA = %1")
                                       .arg(m_literal));
        if (!rules)
            return rules.error();
        Result<Rows> r = query(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, "
                                              "REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
                                              "FROM information_schema.KEY_COLUMN_USAGE "
                                              "WHERE TABLE_SCHEMA = %1 AND REFERENCED_TABLE_NAME IS NOT NULL "
                                              "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        QHash<QString, int> ruleRow; // "table\nconstraint" -> row in `rules`
        for (int j = 0; j < rules->size(); ++j)
            ruleRow.insert(rules->text(j, "TABLE_NAME") + QLatin1Char('\n') + rules->text(j, "CONSTRAINT_NAME"), j);
        for (int i = 0; i < r->size(); ++i) {
            Table* t = table(r->text(i, "TABLE_NAME"));
            if (!t)
                continue;
            const QString name = r->text(i, "CONSTRAINT_NAME");
            auto it = std::find_if(t->foreignKeys.begin(), t->foreignKeys.end(),
                                   [&](const ForeignKey& x) { return x.name == name; });
            if (it == t->foreignKeys.end()) {
                ForeignKey fk;
                fk.name = name;
                fk.referencedDatabase = r->text(i, "REFERENCED_TABLE_SCHEMA");
                fk.referencedTable = r->text(i, "REFERENCED_TABLE_NAME");
                if (const int j = ruleRow.value(t->name + QLatin1Char('\n') + name, -1); j >= 0) {
                    fk.onUpdate = rules->text(j, "UPDATE_RULE");
                    fk.onDelete = rules->text(j, "DELETE_RULE");
                }
                t->foreignKeys.append(fk);
                it = t->foreignKeys.end() - 1;
            }
            it->columns.append(r->text(i, "COLUMN_NAME"));
            it->referencedColumns.append(r->text(i, "REFERENCED_COLUMN_NAME"));
        }
        return {};
    }

    Status readChecks()
    {
        if (m_dialect.mariaDb) {
            if (m_dialect.version < 100200)
                return {};
            const QString level = m_dialect.version >= 100510 ? QStringLiteral(", LEVEL") : QString();
            Result<Rows> r = query(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE%2 "
                                                  "FROM information_schema.CHECK_CONSTRAINTS "
                                                  "WHERE CONSTRAINT_SCHEMA = %1")
                                       .arg(m_literal, level));
            if (!r)
                return r.error();
            for (int i = 0; i < r->size(); ++i) {
                Table* t = table(r->text(i, "TABLE_NAME"));
                if (!t)
                    continue;
                CheckConstraint c;
                c.name = r->text(i, "CONSTRAINT_NAME");
                c.clause = r->text(i, "CHECK_CLAUSE");
                c.columnLevel = r->text(i, "LEVEL") == QLatin1String("Column");
                t->checks.append(c);
            }
            return {};
        }
        if (m_dialect.version < 80016)
            return {};
        // MySQL's CHECK_CONSTRAINTS has no table name: TABLE_CONSTRAINTS gives it.
        Result<Rows> owners = query(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME FROM "
                                                   "information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = %1 "
                                                   "AND CONSTRAINT_TYPE = 'CHECK'")
                                        .arg(m_literal));
        if (!owners)
            return owners.error();
        Result<Rows> r = query(QStringLiteral("SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                                              "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = %1")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        QHash<QString, QString> ownerOf;
        for (int i = 0; i < owners->size(); ++i)
            ownerOf.insert(owners->text(i, "CONSTRAINT_NAME"), owners->text(i, "TABLE_NAME"));
        for (int i = 0; i < r->size(); ++i) {
            const QString name = r->text(i, "CONSTRAINT_NAME");
            Table* t = table(ownerOf.value(name));
            if (!t)
                continue;
            t->checks.append({name, r->text(i, "CHECK_CLAUSE"), false});
        }
        return {};
    }

    Status readPartitions()
    {
        // PARTITIONS opens every table it lists: ask only about the partitioned ones.
        if (m_partitioned.isEmpty())
            return {};
        QStringList names;
        for (const QString& n : std::as_const(m_partitioned))
            names.append(QString::fromUtf8(Sql::stringLiteral(n)));
        Result<Rows> r = query(QStringLiteral("SELECT TABLE_NAME, PARTITION_NAME, SUBPARTITION_NAME, PARTITION_METHOD, "
                                              "SUBPARTITION_METHOD, PARTITION_EXPRESSION, SUBPARTITION_EXPRESSION, "
                                              "PARTITION_DESCRIPTION, PARTITION_COMMENT "
                                              "FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = %1 "
                                              "AND TABLE_NAME IN (%2) AND PARTITION_NAME IS NOT NULL "
                                              "ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION, "
                                              "SUBPARTITION_ORDINAL_POSITION")
                                   .arg(m_literal, names.join(QStringLiteral(", "))));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i) {
            Table* t = table(r->text(i, "TABLE_NAME"));
            if (!t)
                continue;
            Table::Partitioning& p = t->partitioning;
            if (p.method.isEmpty()) {
                p.method = r->text(i, "PARTITION_METHOD");
                p.expression = r->text(i, "PARTITION_EXPRESSION");
                p.subMethod = r->text(i, "SUBPARTITION_METHOD");
                p.subExpression = r->text(i, "SUBPARTITION_EXPRESSION");
            }
            const QString name = r->text(i, "PARTITION_NAME");
            if (p.partitions.isEmpty() || p.partitions.last().name != name) {
                Table::Partition part;
                part.name = name;
                part.description = r->text(i, "PARTITION_DESCRIPTION");
                part.comment = r->text(i, "PARTITION_COMMENT");
                p.partitions.append(part);
            }
            if (!r->isNull(i, "SUBPARTITION_NAME"))
                p.partitions.last().subpartitions.append(r->text(i, "SUBPARTITION_NAME"));
        }
        return {};
    }

    Status readViews()
    {
        const QString algorithm = m_dialect.mariaDb ? QStringLiteral(", ALGORITHM") : QString();
        Result<Rows> r = query(QStringLiteral("SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, IS_UPDATABLE, DEFINER, "
                                              "SECURITY_TYPE%2 FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %1")
                                   .arg(m_literal, algorithm));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i) {
            View v;
            v.name = r->text(i, "TABLE_NAME");
            v.definition = r->text(i, "VIEW_DEFINITION");
            v.checkOption = r->text(i, "CHECK_OPTION");
            v.updatable = r->text(i, "IS_UPDATABLE") == QLatin1String("YES");
            v.definer = r->text(i, "DEFINER");
            v.securityType = r->text(i, "SECURITY_TYPE");
            v.algorithm = r->text(i, "ALGORITHM");
            m_schema.views.append(v);
        }
        return {};
    }

    Status readTriggers()
    {
        Result<Rows> r = query(QStringLiteral("SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_ORDER, "
                                              "ACTION_TIMING, ACTION_STATEMENT, DEFINER, SQL_MODE "
                                              "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %1")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i) {
            Trigger t;
            t.name = r->text(i, "TRIGGER_NAME");
            t.table = r->text(i, "EVENT_OBJECT_TABLE");
            t.timing = r->text(i, "ACTION_TIMING");
            t.event = r->text(i, "EVENT_MANIPULATION");
            t.order = r->number(i, "ACTION_ORDER");
            t.statement = r->text(i, "ACTION_STATEMENT");
            t.definer = r->text(i, "DEFINER");
            t.sqlMode = r->text(i, "SQL_MODE");
            m_schema.triggers.append(t);
        }
        return {};
    }

    Status readRoutines()
    {
        Result<Rows> r = query(QStringLiteral("SELECT ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_DEFINITION, "
                                              "IS_DETERMINISTIC, SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT, "
                                              "DEFINER, SQL_MODE FROM information_schema.ROUTINES "
                                              "WHERE ROUTINE_SCHEMA = %1")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        Result<Rows> params = query(QStringLiteral("SELECT SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION, PARAMETER_MODE, "
                                                   "PARAMETER_NAME, DTD_IDENTIFIER FROM information_schema.PARAMETERS "
                                                   "WHERE SPECIFIC_SCHEMA = %1 ORDER BY SPECIFIC_NAME, ORDINAL_POSITION")
                                        .arg(m_literal));
        if (!params)
            return params.error();
        QMultiHash<QString, int> parameterRows; // "type\nname" -> rows, in ordinal order
        for (int j = params->size() - 1; j >= 0; --j)
            parameterRows.insert(params->text(j, "ROUTINE_TYPE") + QLatin1Char('\n') + params->text(j, "SPECIFIC_NAME"), j);
        for (int i = 0; i < r->size(); ++i) {
            const QString type = r->text(i, "ROUTINE_TYPE");
            Routine routine;
            if (type == QLatin1String("PROCEDURE"))
                routine.kind = Routine::Kind::Procedure;
            else if (type == QLatin1String("FUNCTION"))
                routine.kind = Routine::Kind::Function;
            else
                continue; // MariaDB's Oracle-mode packages are not compared yet
            routine.name = r->text(i, "ROUTINE_NAME");
            routine.returns = routine.kind == Routine::Kind::Function ? r->text(i, "DTD_IDENTIFIER") : QString();
            routine.body = r->text(i, "ROUTINE_DEFINITION");
            routine.deterministic = r->text(i, "IS_DETERMINISTIC") == QLatin1String("YES");
            routine.dataAccess = r->text(i, "SQL_DATA_ACCESS");
            routine.securityType = r->text(i, "SECURITY_TYPE");
            routine.comment = r->text(i, "ROUTINE_COMMENT");
            routine.definer = r->text(i, "DEFINER");
            routine.sqlMode = r->text(i, "SQL_MODE");
            for (const int j : parameterRows.values(type + QLatin1Char('\n') + routine.name)) {
                if (params->number(j, "ORDINAL_POSITION") == 0)
                    continue; // a function's return type
                routine.parameters.append({params->text(j, "PARAMETER_MODE"), params->text(j, "PARAMETER_NAME"),
                                           params->text(j, "DTD_IDENTIFIER")});
            }
            m_schema.routines.append(routine);
        }
        return {};
    }

    Status readEvents()
    {
        Result<Rows> r = query(QStringLiteral("SELECT EVENT_NAME, EVENT_DEFINITION, EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE, "
                                              "INTERVAL_FIELD, STARTS, ENDS, STATUS, ON_COMPLETION, EVENT_COMMENT, "
                                              "TIME_ZONE, DEFINER, CREATED FROM information_schema.EVENTS "
                                              "WHERE EVENT_SCHEMA = %1")
                                   .arg(m_literal));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i) {
            Event e;
            e.name = r->text(i, "EVENT_NAME");
            e.definition = r->text(i, "EVENT_DEFINITION");
            e.eventType = r->text(i, "EVENT_TYPE");
            e.executeAt = r->text(i, "EXECUTE_AT");
            e.intervalValue = r->text(i, "INTERVAL_VALUE");
            e.intervalField = r->text(i, "INTERVAL_FIELD");
            e.starts = r->text(i, "STARTS");
            e.startsAtCreation = SchemaNormalizer::startsAtCreation(e.starts, r->text(i, "CREATED"));
            e.ends = r->text(i, "ENDS");
            e.status = r->text(i, "STATUS");
            e.onCompletion = r->text(i, "ON_COMPLETION");
            e.comment = r->text(i, "EVENT_COMMENT");
            e.timeZone = r->text(i, "TIME_ZONE");
            e.definer = r->text(i, "DEFINER");
            m_schema.events.append(e);
        }
        return {};
    }

    Connection& m_connection;
    QString m_database;
    QString m_literal;
    SchemaNormalizer::Dialect m_dialect;
    DatabaseSchema m_schema;
    QHash<QString, int> m_tableIndex;
    QStringList m_partitioned;
};

} // namespace

Result<DatabaseSchema> SchemaReader::read(Connection& connection, const QString& database, const Options& options)
{
    if (database.isEmpty()) {
        return connection.error(tr("No database was named."),
                                tr("Name the database to read, e.g. prod/shop or mysql://user@host/shop."));
    }
    Result<DatabaseSchema> schema = Batch(connection, database).run();
    if (!schema || !options.withCreateStatements)
        return schema;
    DatabaseSchema& s = *schema;
    auto fill = [&](ObjectType type, const QString& name, QString* target) -> Status {
        Result<QString> ddl = createStatement(connection, type, database, name);
        if (!ddl)
            return ddl.error();
        *target = *ddl;
        return {};
    };
    for (Table& t : s.tables) {
        if (Status st = fill(ObjectType::Table, t.name, &t.createStatement); !st)
            return st.error();
    }
    for (View& v : s.views) {
        if (Status st = fill(ObjectType::View, v.name, &v.createStatement); !st)
            return st.error();
    }
    for (Trigger& t : s.triggers) {
        if (Status st = fill(ObjectType::Trigger, t.name, &t.createStatement); !st)
            return st.error();
    }
    for (Routine& r : s.routines) {
        const ObjectType type = r.kind == Routine::Kind::Function ? ObjectType::Function : ObjectType::Procedure;
        if (Status st = fill(type, r.name, &r.createStatement); !st)
            return st.error();
    }
    for (Event& e : s.events) {
        if (Status st = fill(ObjectType::Event, e.name, &e.createStatement); !st)
            return st.error();
    }
    return schema;
}

Result<QString> SchemaReader::createStatement(Connection& connection, ObjectType type, const QString& database,
                                              const QString& name)
{
    const QString keyword = showCreateKeyword(type);
    const char* column = showCreateColumn(type);
    const QString sql = QStringLiteral("SHOW CREATE %1 %2").arg(keyword, Sql::qualified(database, name));
    Result<QueryResult> r = connection.query(sql.toUtf8());
    if (!r) {
        Error e = r.error();
        e.database = database;
        e.table = name;
        return e;
    }
    const int c = r->columnIndex(QByteArrayView(column));
    if (r->rows.isEmpty() || c < 0 || r->isNull(0, c)) {
        return connection
            .error(tr("The server did not show the definition of %1 %2.").arg(objectTypeName(type), name),
                   tr("The account may lack the privilege to see it (SHOW VIEW, TRIGGER, EVENT or "
                      "SHOW CREATE ROUTINE)."))
            .at(connection.serverName(), database, name);
    }
    return r->text(0, c);
}

// Golden schema diffs against real servers. Each folder under tests/schema/ is a case: source.sql and
// target.sql are loaded into two fresh databases, the diff runs through the core API and through
// syncstudio-cli, and both must equal expected.json (database names written as {source} and
// {target}). Every case also checks that a database compared with a copy of itself (loaded from the
// same SQL, and rebuilt from its own SHOW CREATE output the way a dump would) is identical.
//
// The migrate test applies the MigrationPlanner's plan for each case to the target: afterwards the
// diff must be identical and a second plan empty, through the core API and through the script that
// `schema-diff --format sql` prints.
//
// SYNCSTUDIO_UPDATE_GOLDEN=1 rewrites expected.json from the core result; review each one by eye.
#include "TestSupport.h"
#include "db/Connection.h"
#include "db/Sql.h"
#include "schema/MigrationPlanner.h"
#include "schema/ObjectFilter.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaNormalizer.h"
#include "schema/SchemaReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString GoldenDir = QStringLiteral(SYNCSTUDIO_SOURCE_DIR "/tests/schema");

QString errorText(const Error& e)
{
    return e.toString();
}

/// Runs a .sql file the way the mariadb client would: statements end with the delimiter at the end
/// of a line, and DELIMITER lines change it (for triggers and routines).
Status runScript(Connection& c, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("cannot read %1").arg(path));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    QString delimiter = QStringLiteral(";");
    QString statement;
    auto flush = [&]() -> Status {
        const QString sql = statement.trimmed();
        statement.clear();
        if (sql.isEmpty())
            return {};
        if (Status s = c.execute(sql.toUtf8()); !s) {
            Error e = s.error();
            e.message += QStringLiteral(" [in %1: %2]").arg(QFileInfo(path).fileName(), sql.left(200));
            return e;
        }
        return {};
    };
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("DELIMITER "), Qt::CaseInsensitive)) {
            if (Status s = flush(); !s)
                return s;
            delimiter = trimmed.mid(10).trimmed();
            continue;
        }
        if (statement.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        statement += line + QLatin1Char('\n');
        if (trimmed.endsWith(delimiter)) {
            statement = statement.trimmed();
            statement.chop(delimiter.size());
            if (Status s = flush(); !s)
                return s;
        }
    }
    return flush();
}

/// A database created for one test and dropped when the test ends, whatever happens.
class TempDatabase
{
public:
    TempDatabase(const QString& server, const QString& prefix)
        : m_server(server)
        , m_name(TestSupport::uniqueName(prefix))
    {
    }
    ~TempDatabase()
    {
        if (m_created) {
            if (Result<std::unique_ptr<Connection>> c = TestSupport::connect(m_server); c)
                (void)(*c)->execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_name)).toUtf8());
        }
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    /// Creates the database and opens a connection with it as the default database.
    Result<std::unique_ptr<Connection>> create()
    {
        Result<std::unique_ptr<Connection>> admin = TestSupport::connect(m_server);
        if (!admin)
            return admin.error();
        const QString sql = QStringLiteral("CREATE DATABASE %1 DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
                                .arg(Sql::quoteIdentifier(m_name));
        if (Status s = (*admin)->execute(sql.toUtf8()); !s)
            return s.error();
        m_created = true;
        return TestSupport::connect(m_server, m_name);
    }

    const QString& name() const { return m_name; }
    const QString& server() const { return m_server; }

private:
    QString m_server;
    QString m_name;
    bool m_created = false;
};

/// A case's options.json: {"ignore": [...], "tables": [...], "exclude": [...], "map": {"a": "b"}}.
struct CaseOptions
{
    SchemaDiffOptions core;
    QStringList cliArguments;
};

Result<CaseOptions> readOptions(const QString& caseDir)
{
    CaseOptions o;
    QFile f(caseDir + QStringLiteral("/options.json"));
    if (!f.exists())
        return o;
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("cannot read %1").arg(f.fileName()));
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    auto list = [&](const char* key) {
        QStringList values;
        for (const QJsonValue& v : json.value(QLatin1String(key)).toArray())
            values << v.toString();
        return values;
    };
    if (const QStringList ignore = list("ignore"); !ignore.isEmpty()) {
        if (Status s = o.core.setIgnored(ignore.join(QLatin1Char(','))); !s)
            return s.error();
        o.cliArguments << QStringLiteral("--ignore") << ignore.join(QLatin1Char(','));
    }
    if (const QStringList tables = list("tables"); !tables.isEmpty()) {
        o.core.include = tables;
        o.cliArguments << QStringLiteral("--tables") << tables.join(QLatin1Char(','));
    }
    if (const QStringList exclude = list("exclude"); !exclude.isEmpty()) {
        o.core.exclude = exclude;
        o.cliArguments << QStringLiteral("--exclude") << exclude.join(QLatin1Char(','));
    }
    const QJsonObject map = json.value(QLatin1String("map")).toObject();
    QStringList pairs;
    for (auto it = map.begin(); it != map.end(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value().toString();
    if (!pairs.isEmpty()) {
        if (Status s = o.core.addTableMappings(pairs.join(QLatin1Char(','))); !s)
            return s.error();
        o.cliArguments << QStringLiteral("--map") << pairs.join(QLatin1Char(','));
    }
    return o;
}

/// The diff JSON with the generated database names replaced by {source} and {target}.
QJsonObject placeholders(const QJsonObject& json, const QString& source, const QString& target)
{
    QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    text.replace(source, QStringLiteral("{source}"));
    text.replace(target, QStringLiteral("{target}"));
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString pretty(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QString urlFor(const ConnectionSettings& server, const QString& database)
{
    return QStringLiteral("mysql://root@%1:%2/%3").arg(server.host).arg(server.port).arg(database);
}

/// Non-identical objects, for failure messages.
QString notIdentical(const SchemaDiffResult& r)
{
    QStringList lines;
    for (const ObjectDiff& o : r.objects) {
        if (o.status != ObjectDiff::Status::Identical)
            lines << QStringLiteral("%1 %2 %3: %4").arg(objectTypeName(o.type), o.name, ObjectDiff::statusName(o.status),
                                                        o.changes.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstSchemaDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void crossServer_data();
    void crossServer();
    void migrate_data();
    void migrate();
    void readerDetails();
    void lowerCaseTableNamesMatching();
    void cliErrors_data();
    void cliErrors();
    void cliText();

private:
    void addCaseRows();
    /// Loads a case, diffs it through the core and the CLI, and checks the identity properties.
    void runCase(const QString& caseName, const QString& sourceServer, const QString& targetServer);
    /// Rebuilds `from` in a new database from its SHOW CREATE output and checks the copy is identical.
    void checkDumpCopy(const QString& server, const QString& database, const SchemaDiffOptions& options);

    QHash<QString, ConnectionSettings> m_servers;
};

void TstSchemaDiff::initTestCase()
{
    for (const QString& name : {QStringLiteral("src"), QStringLiteral("dst")}) {
        Result<ConnectionSettings> s = TestSupport::server(name);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : errorText(s.error())));
        m_servers.insert(name, *s);
    }
    QVERIFY2(QDir(GoldenDir).exists(), qPrintable(GoldenDir));
}

void TstSchemaDiff::addCaseRows()
{
    QTest::addColumn<QString>("caseName");
    const QStringList cases = QDir(GoldenDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!cases.isEmpty());
    for (const QString& c : cases)
        QTest::newRow(qPrintable(c)) << c;
}

void TstSchemaDiff::golden_data()
{
    addCaseRows();
}

void TstSchemaDiff::golden()
{
    QFETCH(QString, caseName);
    runCase(caseName, QStringLiteral("src"), QStringLiteral("src"));
}

void TstSchemaDiff::crossServer_data()
{
    addCaseRows();
}

void TstSchemaDiff::crossServer()
{
    // The same cases with the target on another server: nothing may depend on sharing one.
    QFETCH(QString, caseName);
    if (qEnvironmentVariableIntValue("SYNCSTUDIO_UPDATE_GOLDEN"))
        QSKIP("expected files are written by the golden test");
    runCase(caseName, QStringLiteral("src"), QStringLiteral("dst"));
}

void TstSchemaDiff::runCase(const QString& caseName, const QString& sourceServer, const QString& targetServer)
{
    const QString dir = GoldenDir + QLatin1Char('/') + caseName;
    Result<CaseOptions> options = readOptions(dir);
    QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : errorText(options.error())));

    TempDatabase source(sourceServer, QStringLiteral("ss_sd_src"));
    TempDatabase target(targetServer, QStringLiteral("ss_sd_dst"));
    TempDatabase sourceCopy(sourceServer, QStringLiteral("ss_sd_srccopy"));
    TempDatabase targetCopy(targetServer, QStringLiteral("ss_sd_dstcopy"));
    struct Loaded
    {
        TempDatabase* db;
        QString script;
        std::unique_ptr<Connection> connection;
    } loaded[] = {{&source, QStringLiteral("source.sql"), {}},
                  {&target, QStringLiteral("target.sql"), {}},
                  {&sourceCopy, QStringLiteral("source.sql"), {}},
                  {&targetCopy, QStringLiteral("target.sql"), {}}};
    for (Loaded& l : loaded) {
        Result<std::unique_ptr<Connection>> c = l.db->create();
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : errorText(c.error())));
        l.connection = std::move(c.value());
        Status s = runScript(*l.connection, dir + QLatin1Char('/') + l.script);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : errorText(s.error())));
    }

    auto read = [&](int i) -> DatabaseSchema {
        Result<DatabaseSchema> schema = SchemaReader::read(*loaded[i].connection, loaded[i].db->name());
        if (!schema)
            qWarning("%s", qPrintable(errorText(schema.error())));
        return schema ? *schema : DatabaseSchema {};
    };
    const DatabaseSchema src = read(0), dst = read(1), srcCopy = read(2), dstCopy = read(3);
    QCOMPARE(src.name, source.name());
    QCOMPARE(dst.name, target.name());

    // Through the core API.
    const SchemaDiffResult result = SchemaDiff::compare(src, dst, options->core);
    const QJsonObject actual = placeholders(result.toJson(), source.name(), target.name());
    const QString expectedPath = dir + QStringLiteral("/expected.json");
    if (qEnvironmentVariableIntValue("SYNCSTUDIO_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(pretty(actual).toUtf8());
        qInfo("wrote %s: review it by eye", qPrintable(expectedPath));
    }
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1 is missing; run with SYNCSTUDIO_UPDATE_GOLDEN=1 and review it").arg(expectedPath)));
    QJsonParseError parseError;
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    if (actual != expected) {
        const QString actualPath = QDir::temp().filePath(QStringLiteral("schemadiff-%1-actual.json").arg(caseName));
        QFile a(actualPath);
        if (a.open(QIODevice::WriteOnly | QIODevice::Truncate))
            a.write(pretty(actual).toUtf8());
        QFAIL(qPrintable(QStringLiteral("core result differs from %1; actual written to %2 (diff them)")
                             .arg(expectedPath, actualPath)));
    }

    // Through the CLI, as users run it.
    const TestSupport::CliRun run = TestSupport::runCli(
        QStringList {QStringLiteral("schema-diff"), urlFor(m_servers.value(sourceServer), source.name()),
                     urlFor(m_servers.value(targetServer), target.name()), QStringLiteral("--format"), QStringLiteral("json")}
        + options->cliArguments);
    QVERIFY2(run.exitCode == (result.identical() ? 0 : 1), qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    const QJsonObject fromCli = placeholders(QJsonDocument::fromJson(run.out.toUtf8()).object(), source.name(), target.name());
    QVERIFY2(fromCli == expected, qPrintable(run.out.left(4000)));

    // No false differences: each side against a copy of itself, with every option off (the case's
    // mapping and filters are about the source/target pair, not about copies).
    const SchemaDiffResult selfSource = SchemaDiff::compare(src, srcCopy, SchemaDiffOptions {});
    QVERIFY2(selfSource.identical(), qPrintable(notIdentical(selfSource)));
    QVERIFY(selfSource.count(ObjectDiff::Status::Identical) > 0);
    const SchemaDiffResult selfTarget = SchemaDiff::compare(dst, dstCopy, SchemaDiffOptions {});
    QVERIFY2(selfTarget.identical(), qPrintable(notIdentical(selfTarget)));
    // ... and the reverse direction of the case reports the mirror image.
    const SchemaDiffResult reverse = SchemaDiff::compare(dst, src, SchemaDiffOptions {});
    const SchemaDiffResult forward = SchemaDiff::compare(src, dst, SchemaDiffOptions {});
    QCOMPARE(reverse.count(ObjectDiff::Status::OnlyInSource), forward.count(ObjectDiff::Status::OnlyInTarget));
    QCOMPARE(reverse.count(ObjectDiff::Status::Different), forward.count(ObjectDiff::Status::Different));

    checkDumpCopy(sourceServer, source.name(), SchemaDiffOptions {});
}

void TstSchemaDiff::migrate_data()
{
    addCaseRows();
}

void TstSchemaDiff::migrate()
{
    QFETCH(QString, caseName);
    const QString dir = GoldenDir + QLatin1Char('/') + caseName;
    Result<CaseOptions> options = readOptions(dir);
    QVERIFY(options.ok());
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_mg_src"));
    TempDatabase target(QStringLiteral("src"), QStringLiteral("ss_mg_dst"));
    TempDatabase scripted(QStringLiteral("src"), QStringLiteral("ss_mg_cli"));
    Result<std::unique_ptr<Connection>> s = source.create();
    Result<std::unique_ptr<Connection>> t = target.create();
    Result<std::unique_ptr<Connection>> c = scripted.create();
    QVERIFY(s.ok() && t.ok() && c.ok());
    QVERIFY(runScript(**s, dir + QStringLiteral("/source.sql")).ok());
    QVERIFY(runScript(**t, dir + QStringLiteral("/target.sql")).ok());
    QVERIFY(runScript(**c, dir + QStringLiteral("/target.sql")).ok());

    Result<DatabaseSchema> src = SchemaReader::read(**s, source.name());
    Result<DatabaseSchema> dst = SchemaReader::read(**t, target.name());
    QVERIFY(src.ok() && dst.ok());
    const SchemaDiffResult before = SchemaDiff::compare(*src, *dst, options->core);
    const MigrationPlan plan = MigrationPlanner::plan(*src, *dst, before, options->core);
    QCOMPARE(plan.isEmpty(), before.identical());
    for (const MigrationStep& step : plan.steps) {
        Status applied = (*t)->execute(step.sql.toUtf8());
        QVERIFY2(applied.ok(), qPrintable(QStringLiteral("%1\n%2").arg(step.sql, applied.ok() ? QString() : errorText(applied.error()))));
    }
    Result<DatabaseSchema> after = SchemaReader::read(**t, target.name());
    QVERIFY(after.ok());
    const SchemaDiffResult again = SchemaDiff::compare(*src, *after, options->core);
    QVERIFY2(again.identical(), qPrintable(notIdentical(again) + QStringLiteral("\n--- plan:\n") + plan.toSql()));
    const MigrationPlan second = MigrationPlanner::plan(*src, *after, again, options->core);
    QVERIFY2(second.isEmpty(), qPrintable(second.toSql()));

    // The script printed by the CLI does the same when run as a client would run it.
    const ConnectionSettings server = m_servers.value(QStringLiteral("src"));
    const TestSupport::CliRun run = TestSupport::runCli(
        QStringList {QStringLiteral("schema-diff"), urlFor(server, source.name()), urlFor(server, scripted.name()),
                     QStringLiteral("--format"), QStringLiteral("sql")}
        + options->cliArguments);
    QCOMPARE(run.exitCode, before.identical() ? 0 : 1);
    QVERIFY(run.out.contains(QStringLiteral("-- SyncStudio migration")));
    const QString scriptPath = QDir::temp().filePath(QStringLiteral("schemadiff-%1-%2.sql").arg(caseName, scripted.name()));
    QFile script(scriptPath);
    QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    script.write(run.out.toUtf8());
    script.close();
    Status ran = runScript(**c, scriptPath);
    QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : errorText(ran.error())));
    QFile::remove(scriptPath);
    Result<DatabaseSchema> viaCli = SchemaReader::read(**c, scripted.name());
    QVERIFY(viaCli.ok());
    const SchemaDiffResult cliAfter = SchemaDiff::compare(*src, *viaCli, options->core);
    QVERIFY2(cliAfter.identical(), qPrintable(notIdentical(cliAfter)));
}

void TstSchemaDiff::checkDumpCopy(const QString& server, const QString& database, const SchemaDiffOptions& options)
{
    Result<std::unique_ptr<Connection>> from = TestSupport::connect(server, database);
    QVERIFY(from.ok());
    SchemaReader::Options withDdl;
    withDdl.withCreateStatements = true;
    Result<DatabaseSchema> original = SchemaReader::read(**from, database, withDdl);
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : errorText(original.error())));

    TempDatabase copy(server, QStringLiteral("ss_sd_dump"));
    Result<std::unique_ptr<Connection>> to = copy.create();
    QVERIFY(to.ok());
    Connection& c = **to;
    QVERIFY(c.execute(QByteArrayView("SET SESSION foreign_key_checks = 0")).ok());
    for (const Table& t : original->tables) {
        Status s = c.execute(t.createStatement.toUtf8());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : errorText(s.error())));
    }
    // Views may use views: retry until every one exists, as a dump orders them.
    QList<const View*> pending;
    for (const View& v : original->views)
        pending << &v;
    while (!pending.isEmpty()) {
        QList<const View*> failed;
        for (const View* v : pending) {
            if (!c.execute(v->createStatement.toUtf8()))
                failed << v;
        }
        QVERIFY2(failed.size() < pending.size(), "a view could not be created from its SHOW CREATE VIEW");
        pending = failed;
    }
    for (const Trigger& t : original->triggers)
        QVERIFY(c.execute(t.createStatement.toUtf8()).ok());
    for (const Routine& r : original->routines)
        QVERIFY(c.execute(r.createStatement.toUtf8()).ok());
    for (const Event& e : original->events)
        QVERIFY(c.execute(e.createStatement.toUtf8()).ok());

    Result<DatabaseSchema> copied = SchemaReader::read(c, copy.name());
    QVERIFY(copied.ok());
    const SchemaDiffResult r = SchemaDiff::compare(*original, *copied, options);
    QVERIFY2(r.identical(), qPrintable(notIdentical(r)));
}

void TstSchemaDiff::readerDetails()
{
    // What the reader must see on MariaDB 10.11, attribute by attribute.
    TempDatabase db(QStringLiteral("src"), QStringLiteral("ss_sd_reader"));
    Result<std::unique_ptr<Connection>> c = db.create();
    QVERIFY(c.ok());
    const char* ddl =
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
        "a VARCHAR(20) DEFAULT 'it''s' COMMENT '注释', b INT DEFAULT NULL, c VARCHAR(5) NOT NULL, "
        "d TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), "
        "e INT AS (b * 2) STORED, f INT AS (b + 1) VIRTUAL, g INT INVISIBLE DEFAULT 5, "
        "h DOUBLE DEFAULT (RAND()), j JSON, s VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin, "
        "KEY ka (a(5) DESC, b), KEY kb (c) IGNORED, CONSTRAINT chk_b CHECK (b > 0)) AUTO_INCREMENT = 42";
    QVERIFY((*c)->execute(QByteArrayView(ddl)).ok());
    Result<DatabaseSchema> s = SchemaReader::read(**c, db.name());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : errorText(s.error())));
    QCOMPARE(s->tables.size(), 1);
    const Table& t = s->tables.first();
    QCOMPARE(t.columns.size(), 11);
    QCOMPARE(t.autoIncrement.value_or(0), quint64(42));
    QVERIFY(t.column(QStringLiteral("id"))->autoIncrement);
    QCOMPARE(t.column(QStringLiteral("a"))->defaultValue, ColumnDefault::literal(QStringLiteral("it's")));
    QCOMPARE(t.column(QStringLiteral("a"))->comment, QStringLiteral("注释"));
    QCOMPARE(t.column(QStringLiteral("b"))->defaultValue, ColumnDefault::null());
    QCOMPARE(t.column(QStringLiteral("c"))->defaultValue, ColumnDefault::none());
    QCOMPARE(t.column(QStringLiteral("d"))->defaultValue.kind, ColumnDefault::Kind::Expression);
    QCOMPARE(t.column(QStringLiteral("d"))->onUpdate, QStringLiteral("current_timestamp(3)"));
    QCOMPARE(t.column(QStringLiteral("e"))->generated, Column::Generated::Stored);
    QCOMPARE(t.column(QStringLiteral("f"))->generated, Column::Generated::Virtual);
    QCOMPARE(SchemaNormalizer::expression(t.column(QStringLiteral("e"))->generationExpression), QStringLiteral("`b` * 2"));
    QVERIFY(t.column(QStringLiteral("g"))->invisible);
    QVERIFY(!t.column(QStringLiteral("f"))->invisible);
    QCOMPARE(t.column(QStringLiteral("h"))->defaultValue, ColumnDefault::expression(QStringLiteral("rand()")));
    QCOMPARE(t.column(QStringLiteral("j"))->type, QStringLiteral("json")); // MariaDB's LONGTEXT alias folded
    QCOMPARE(t.column(QStringLiteral("s"))->charset, QStringLiteral("latin1"));
    QCOMPARE(t.column(QStringLiteral("s"))->collation, QStringLiteral("latin1_bin"));
    QCOMPARE(t.checks.size(), 1); // the JSON column's CHECK is part of its type
    QCOMPARE(t.checks.first().name, QStringLiteral("chk_b"));
    const Index* ka = t.index(QStringLiteral("ka"));
    QVERIFY(ka);
    QCOMPARE(ka->parts.size(), 2);
    QCOMPARE(ka->parts[0].prefixLength, 5);
    QVERIFY(ka->parts[0].descending);
    QVERIFY(!ka->parts[1].descending);
    QVERIFY(t.index(QStringLiteral("kb"))->invisible);
    QVERIFY(t.primaryKey());
    QCOMPARE(t.indexes.first().name, QStringLiteral("PRIMARY"));

    // SHOW CREATE is fetched on demand.
    QVERIFY(t.createStatement.isEmpty());
    Result<QString> ddlShown = SchemaReader::createStatement(**c, ObjectType::Table, db.name(), QStringLiteral("t"));
    QVERIFY(ddlShown.ok());
    QVERIFY(ddlShown->contains(QStringLiteral("INVISIBLE")));

    // A missing database is an error that names it.
    Result<DatabaseSchema> missing = SchemaReader::read(**c, QStringLiteral("no_such_db_for_schema_diff"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().toString().contains(QStringLiteral("no_such_db_for_schema_diff")));
}

void TstSchemaDiff::lowerCaseTableNamesMatching()
{
    // The sandbox runs with lower_case_table_names = 0: Orders and orders are two tables. With a
    // server that folds names (1 or 2 on either side) they pair.
    DatabaseSchema a, b;
    a.name = QStringLiteral("a");
    b.name = QStringLiteral("b");
    Table t;
    t.name = QStringLiteral("Orders");
    a.tables << t;
    t.name = QStringLiteral("orders");
    b.tables << t;
    QCOMPARE(SchemaDiff::compare(a, b).count(ObjectDiff::Status::OnlyInSource), 1);
    b.lowerCaseTableNames = 1;
    const SchemaDiffResult folded = SchemaDiff::compare(a, b);
    QCOMPARE(folded.count(ObjectDiff::Status::Identical), 1);
    QVERIFY(folded.identical());
}

void TstSchemaDiff::cliErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const ConnectionSettings s = TestSupport::server(QStringLiteral("src")).valueOr({});
    const QString base = QStringLiteral("mysql://root@127.0.0.1:%1").arg(s.port);
    QTest::newRow("no database") << QStringList {base + QStringLiteral("/mysql"), base} << "names no database";
    QTest::newRow("missing database") << QStringList {base + QStringLiteral("/mysql"), base + QStringLiteral("/no_such_db_x")}
                                      << "no_such_db_x";
    QTest::newRow("unknown ignore") << QStringList {base + QStringLiteral("/mysql"), base + QStringLiteral("/mysql"),
                                                    QStringLiteral("--ignore"), QStringLiteral("indexes")}
                                    << "indexes";
    QTest::newRow("bad mapping") << QStringList {base + QStringLiteral("/mysql"), base + QStringLiteral("/mysql"),
                                                 QStringLiteral("--map"), QStringLiteral("a")}
                                 << "SOURCE_TABLE=TARGET_TABLE";
    QTest::newRow("one endpoint") << QStringList {base + QStringLiteral("/mysql")} << "Missing arguments";
    QTest::newRow("unreachable") << QStringList {QStringLiteral("mysql://root@127.0.0.1:1/db?connect-timeout=2"),
                                                 base + QStringLiteral("/mysql")}
                                 << "127.0.0.1:1";
}

void TstSchemaDiff::cliErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const TestSupport::CliRun run = TestSupport::runCli(QStringList {QStringLiteral("schema-diff")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(run.err)); // one line
}

void TstSchemaDiff::cliText()
{
    TempDatabase a(QStringLiteral("src"), QStringLiteral("ss_sd_texta"));
    TempDatabase b(QStringLiteral("src"), QStringLiteral("ss_sd_textb"));
    Result<std::unique_ptr<Connection>> ca = a.create();
    Result<std::unique_ptr<Connection>> cb = b.create();
    QVERIFY(ca.ok() && cb.ok());
    QVERIFY((*ca)->execute(QByteArrayView("CREATE TABLE t (id INT PRIMARY KEY, price DECIMAL(10,2)); "
                                          "CREATE TABLE only_here (id INT)"))
                .ok());
    QVERIFY((*cb)->execute(QByteArrayView("CREATE TABLE t (id INT PRIMARY KEY, price DECIMAL(12,2))")).ok());
    const ConnectionSettings s = m_servers.value(QStringLiteral("src"));
    const TestSupport::CliRun run
        = TestSupport::runCli({QStringLiteral("schema-diff"), urlFor(s, a.name()), urlFor(s, b.name())});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("column price: type decimal(10,2) -> decimal(12,2)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("+ only_here")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("1 only in source, 0 only in target, 1 different, 0 identical.")),
             qPrintable(run.out));

    // A filter that leaves out the differences makes the schemas identical: exit 0.
    const TestSupport::CliRun filtered = TestSupport::runCli(
        {QStringLiteral("schema-diff"), urlFor(s, a.name()), urlFor(s, b.name()), QStringLiteral("--exclude"),
         QStringLiteral("t,only_*")});
    QCOMPARE(filtered.exitCode, 0);
    QVERIFY2(filtered.out.contains(QStringLiteral("identical")), qPrintable(filtered.out));

    // --format sql prints the migration with risk labels; the dropped table is flagged destructive.
    const TestSupport::CliRun sql = TestSupport::runCli(
        {QStringLiteral("schema-diff"), urlFor(s, b.name()), urlFor(s, a.name()), QStringLiteral("--format"), QStringLiteral("sql")});
    QCOMPARE(sql.exitCode, 1);
    // Widening a decimal copies the table but loses nothing.
    QVERIFY2(sql.out.contains(QStringLiteral("-- [table rebuild] table t: modify column price (type decimal(10,2) -> decimal(12,2))")),
             qPrintable(sql.out));
    QVERIFY2(sql.out.contains(QStringLiteral("-- [destructive] table only_here: drop table (only in target)")), qPrintable(sql.out));
    QVERIFY2(sql.out.contains(QStringLiteral("DROP TABLE `only_here`;")), qPrintable(sql.out));
    QVERIFY2(sql.err.contains(QStringLiteral("destructive")), qPrintable(sql.err));
}

QTEST_GUILESS_MAIN(TstSchemaDiff)
#include "tst_schemadiff.moc"

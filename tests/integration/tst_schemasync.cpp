// schema-sync and the rollback of schema backup points, against real servers and through
// syncstudio-cli as users run it.
//
// Every golden case under tests/schema/ (source.sql, target.sql, optional options.json and
// target_data.sql with rows for the target) runs as: snapshot the target (SHOW CREATE of every
// object, with the sql_mode, time zone and order the server prints beside them, plus a checksum of
// every table's rows); `schema-sync --allow-drop --yes`; `schema-diff` must then report identical and
// a second schema-sync must plan nothing; `rollback BACKUP_ID --yes` must give back the snapshot
// exactly, rows included. The source lives on one sandbox server, the target on another.
//
// Then the ways a sync can stop: cancelled between statements (through the core Job), without
// --allow-drop, a statement failing midway; each leaves a consistent target and a backup point
// that rolls back to the snapshot. And a dry run, narrowing changes that lose data, keyless
// tables, the guard on narrowed values changed after the sync, and the CLI's refusals.
#include "TestSupport.h"
#include "db/Connection.h"
#include "db/Sql.h"
#include "jobs/JobRunner.h"
#include "schema/SchemaBackup.h"
#include "schema/SchemaRollback.h"
#include "schema/SchemaSync.h"
#include "schema/SchemaSyncPlan.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString GoldenDir = QStringLiteral(SYNCSTUDIO_SOURCE_DIR "/tests/schema");
const QString Quarantine = QStringLiteral("_syncstudio_quarantine");

QString text(const Error& e)
{
    return e.toString();
}

/// Runs a .sql file as the mariadb client would: statements end with the delimiter at the end of a
/// line; DELIMITER lines change it.
Status runScript(Connection& c, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("cannot read %1").arg(path));
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
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
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

/// A database on a sandbox server for one test, dropped at the end with anything of it in quarantine.
class TempDatabase
{
public:
    TempDatabase(const QString& server, const QString& prefix)
        : m_server(server)
        , m_name(TestSupport::uniqueName(prefix))
    { }
    ~TempDatabase()
    {
        if (!m_connection)
            return;
        Connection& c = *m_connection;
        (void)c.execute(
            QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_name)).toUtf8());
        Result<QueryResult> left = c.query(
            QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
                           "AND TABLE_NAME LIKE %2")
                .arg(QString::fromUtf8(Sql::stringLiteral(Quarantine)),
                    QString::fromUtf8(Sql::stringLiteral(
                        Sql::escapeLike(m_name + QStringLiteral("__")) + QLatin1Char('%'))))
                .toUtf8());
        if (left) {
            for (int i = 0; i < left->rows.size(); ++i)
                (void)c.execute(QStringLiteral("DROP TABLE IF EXISTS %1")
                                    .arg(Sql::qualified(Quarantine, left->text(i, 0)))
                                    .toUtf8());
        }
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    Connection* create()
    {
        Result<std::unique_ptr<Connection>> admin = TestSupport::connect(m_server);
        if (!admin)
            return nullptr;
        m_admin = std::move(*admin);
        if (!m_admin->execute(
                QStringLiteral("CREATE DATABASE %1 DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
                    .arg(Sql::quoteIdentifier(m_name))
                    .toUtf8()))
            return nullptr;
        Result<std::unique_ptr<Connection>> c = TestSupport::connect(m_server, m_name);
        if (!c)
            return nullptr;
        m_connection = std::move(*c);
        return m_connection.get();
    }
    Connection& connection() { return *m_connection; }
    const QString& name() const { return m_name; }
    const QString& server() const { return m_server; }

private:
    QString m_server;
    QString m_name;
    std::unique_ptr<Connection> m_admin;
    std::unique_ptr<Connection> m_connection;
};

/// A value as exact text: UTF-8 as such, other bytes (a latin1 view body) marked and kept byte for byte.
QString exact(const Value& v)
{
    if (!v)
        return QStringLiteral("NULL");
    return QUtf8StringView(*v).isValidUtf8() ? QString::fromUtf8(*v)
                                             : QStringLiteral("[bytes] ") + QString::fromLatin1(*v);
}

/// What the target looks like to a DBA: for every object its SHOW CREATE output and what the server
/// prints beside it; for every table a checksum and the count of its rows.
QMap<QString, QString> snapshot(Connection& c, const QString& db)
{
    QMap<QString, QString> out;
    const QString schema = QString::fromUtf8(Sql::stringLiteral(db));
    auto show = [&](const QString& what, const QString& name, const QStringList& columns) {
        Result<QueryResult> r
            = c.query(QStringLiteral("SHOW CREATE %1 %2").arg(what, Sql::qualified(db, name)).toUtf8());
        if (!r) {
            out.insert(what + QLatin1Char(' ') + name, QStringLiteral("ERROR ") + r.error().message);
            return;
        }
        QStringList parts;
        for (const QString& col : columns)
            parts << col + QStringLiteral(": ")
                    + exact(r->rows.at(0).value(r->columnIndex(QByteArrayView(col.toUtf8()))));
        out.insert(what.toLower() + QLatin1Char(' ') + name, parts.join(QLatin1Char('\n')));
    };
    auto names = [&](const QString& sql) {
        QStringList list;
        if (Result<QueryResult> r = c.query(sql.arg(schema).toUtf8()); r) {
            for (int i = 0; i < r->rows.size(); ++i)
                list << r->text(i, 0);
        }
        return list;
    };
    for (const QString& t :
        names(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
                             "AND TABLE_TYPE = 'BASE TABLE'"))) {
        show(QStringLiteral("TABLE"), t, {QStringLiteral("Create Table")});
        Result<QueryResult> sum
            = c.query(QStringLiteral("CHECKSUM TABLE %1 EXTENDED").arg(Sql::qualified(db, t)).toUtf8());
        Result<Value> count
            = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(Sql::qualified(db, t)).toUtf8());
        out.insert(QStringLiteral("rows ") + t,
            QStringLiteral("%1 rows, checksum %2")
                .arg(count && *count ? QString::fromUtf8(**count) : QStringLiteral("?"),
                    sum ? sum->text(0, 1) : QStringLiteral("?")));
    }
    for (const QString& v :
        names(QStringLiteral("SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %1")))
        show(QStringLiteral("VIEW"), v,
            {QStringLiteral("Create View"), QStringLiteral("character_set_client"),
                QStringLiteral("collation_connection")});
    for (const QString& t :
        names(QStringLiteral("SELECT CONCAT_WS(CHAR(9), TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, "
                             "EVENT_MANIPULATION, ACTION_ORDER) FROM information_schema.TRIGGERS WHERE "
                             "TRIGGER_SCHEMA = %1"))) {
        const QString name = t.section(QLatin1Char('\t'), 0, 0);
        show(QStringLiteral("TRIGGER"), name,
            {QStringLiteral("sql_mode"), QStringLiteral("SQL Original Statement"),
                QStringLiteral("character_set_client"), QStringLiteral("collation_connection")});
        out.insert(QStringLiteral("trigger order ") + name, t);
    }
    for (const QString& r : names(
             QStringLiteral("SELECT CONCAT(ROUTINE_TYPE, ' ', ROUTINE_NAME) FROM information_schema.ROUTINES "
                            "WHERE ROUTINE_SCHEMA = %1"))) {
        const QString type = r.section(QLatin1Char(' '), 0, 0);
        const QString name = r.section(QLatin1Char(' '), 1);
        show(type, name,
            {QStringLiteral("sql_mode"),
                type == QLatin1String("FUNCTION") ? QStringLiteral("Create Function")
                                                  : QStringLiteral("Create Procedure"),
                QStringLiteral("character_set_client"), QStringLiteral("collation_connection")});
    }
    for (const QString& e :
        names(QStringLiteral("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = %1")))
        show(QStringLiteral("EVENT"), e,
            {QStringLiteral("sql_mode"), QStringLiteral("time_zone"), QStringLiteral("Create Event"),
                QStringLiteral("character_set_client"), QStringLiteral("collation_connection")});
    return out;
}

/// Compares two snapshots and names every difference.
QString snapshotDifferences(const QMap<QString, QString>& want, const QMap<QString, QString>& have)
{
    QStringList lines;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!have.contains(it.key()))
            lines << QStringLiteral("missing: %1").arg(it.key());
        else if (have.value(it.key()) != it.value())
            lines << QStringLiteral("differs: %1\n--- before:\n%2\n--- after:\n%3")
                         .arg(it.key(), it.value(), have.value(it.key()));
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        if (!want.contains(it.key()))
            lines << QStringLiteral("extra: %1").arg(it.key());
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList caseArguments(const QString& dir)
{
    QFile f(dir + QStringLiteral("/options.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    QStringList args;
    auto list = [&](const char* key, const char* option) {
        QStringList values;
        for (const QJsonValue& v : json.value(QLatin1String(key)).toArray())
            values << v.toString();
        if (!values.isEmpty())
            args << QLatin1String(option) << values.join(QLatin1Char(','));
    };
    list("ignore", "--ignore");
    list("tables", "--tables");
    list("exclude", "--exclude");
    QStringList pairs;
    const QJsonObject map = json.value(QLatin1String("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value().toString();
    if (!pairs.isEmpty())
        args << QStringLiteral("--map") << pairs.join(QLatin1Char(','));
    return args;
}

} // namespace

class TstSchemaSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void cancelBetweenStatements();
    void rollbackFinishesWhenRunAgain();
    void withoutAllowDrop();
    void failingStatementStops();
    void narrowingAndKeylessValuesComeBack();
    void narrowedValueChangedSinceIsLeftAlone();
    void clientCharsetsComeBack();
    void dryRunChangesNothing();
    void damagedBackupIsRefused();
    void refusals();

private:
    QString url(const TempDatabase& db) const
    {
        const ConnectionSettings s = m_servers.value(db.server());
        return QStringLiteral("mysql://root@%1:%2/%3").arg(s.host).arg(s.port).arg(db.name());
    }
    TestSupport::CliRun cli(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_HOME"), m_home.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        TestSupport::CliRun run = TestSupport::runCli(args, {}, env);
        if (qEnvironmentVariableIsSet("SYNCSTUDIO_TEST_VERBOSE"))
            qInfo().noquote() << "$ syncstudio-cli" << args.join(QLatin1Char(' ')) << "-> exit"
                              << run.exitCode << "\n"
                              << run.out << run.err;
        return run;
    }
    QJsonObject json(const TestSupport::CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    /// Creates the pair and loads SQL into each side.
    bool load(TempDatabase& source, TempDatabase& target, const QString& sourceSql, const QString& targetSql);
    /// Syncs with the CLI (expecting `exitCode`), returns the backup id.
    QString sync(TempDatabase& source, TempDatabase& target, const QStringList& extra, int exitCode,
        QJsonObject* out = nullptr);
    void rollbackRestores(
        const QString& backupId, TempDatabase& target, const QMap<QString, QString>& before);
    QString storePath() const { return QDir(m_home.path()).filePath(AppStore::fileName()); }

    QHash<QString, ConnectionSettings> m_servers;
    QTemporaryDir m_home;
};

void TstSchemaSync::initTestCase()
{
    QVERIFY(m_home.isValid());
    for (const QString& name : {QStringLiteral("src"), QStringLiteral("dst")}) {
        Result<ConnectionSettings> s = TestSupport::server(name);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : text(s.error())));
        m_servers.insert(name, *s);
    }
}

bool TstSchemaSync::load(
    TempDatabase& source, TempDatabase& target, const QString& sourceSql, const QString& targetSql)
{
    Connection* s = source.create();
    Connection* t = target.create();
    if (!s || !t)
        return false;
    for (const auto& [c, sql] : {std::pair(s, sourceSql), std::pair(t, targetSql)}) {
        if (Status st = c->execute(sql.toUtf8()); !st) {
            qWarning("%s", qPrintable(text(st.error())));
            return false;
        }
    }
    return true;
}

QString TstSchemaSync::sync(
    TempDatabase& source, TempDatabase& target, const QStringList& extra, int exitCode, QJsonObject* out)
{
    const TestSupport::CliRun run
        = cli(QStringList {QStringLiteral("schema-sync"), url(source), url(target), QStringLiteral("--yes"),
                  QStringLiteral("--format"), QStringLiteral("json")}
            + extra);
    if (run.exitCode != exitCode) {
        qWarning("schema-sync exit %d, expected %d\n%s\n%s", run.exitCode, exitCode, qPrintable(run.out),
            qPrintable(run.err));
        return QStringLiteral("!");
    }
    const QJsonObject o = json(run);
    if (out)
        *out = o;
    return o.value(QStringLiteral("backup_id")).toString();
}

void TstSchemaSync::rollbackRestores(
    const QString& backupId, TempDatabase& target, const QMap<QString, QString>& before)
{
    const TestSupport::CliRun run = cli({QStringLiteral("rollback"), backupId, QStringLiteral("--yes"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject report = json(run);
    QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("schema"));
    // Tables the sync created went into quarantine: clean them up.
    for (const QJsonValue& moved : report.value(QStringLiteral("to_quarantine")).toArray())
        QVERIFY(target.connection()
                    .execute(QStringLiteral("DROP TABLE %1")
                                 .arg(Sql::qualified(
                                     Quarantine, moved[QStringLiteral("quarantine_name")].toString()))
                                 .toUtf8())
                    .ok());
    QVERIFY2(report.value(QStringLiteral("differences")).toArray().isEmpty(), qPrintable(run.out));
    const QString differences = snapshotDifferences(before, snapshot(target.connection(), target.name()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    // The backup point is spent.
    const TestSupport::CliRun again = cli({QStringLiteral("rollback"), backupId, QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QLatin1String("already been rolled back")), qPrintable(again.err));
}

void TstSchemaSync::golden_data()
{
    QTest::addColumn<QString>("caseName");
    const QStringList cases = QDir(GoldenDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!cases.isEmpty());
    for (const QString& c : cases)
        QTest::newRow(qPrintable(c)) << c;
}

void TstSchemaSync::golden()
{
    QFETCH(QString, caseName);
    const QString dir = GoldenDir + QLatin1Char('/') + caseName;
    const QStringList options = caseArguments(dir);
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_src"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_dst"));
    QVERIFY(source.create() && target.create());
    Status loaded = runScript(source.connection(), dir + QStringLiteral("/source.sql"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : text(loaded.error())));
    loaded = runScript(target.connection(), dir + QStringLiteral("/target.sql"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : text(loaded.error())));
    if (QFile::exists(dir + QStringLiteral("/target_data.sql"))) {
        loaded = runScript(target.connection(), dir + QStringLiteral("/target_data.sql"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : text(loaded.error())));
    }
    const QMap<QString, QString> before = snapshot(target.connection(), target.name());
    QVERIFY(!before.isEmpty());

    QJsonObject first;
    const QString backupId
        = sync(source, target, options + QStringList {QStringLiteral("--allow-drop")}, 0, &first);
    QVERIFY(backupId != QLatin1String("!"));
    const QJsonArray plan = first.value(QStringLiteral("plan")).toArray();
    QCOMPARE(first.value(QStringLiteral("applied")).toInt(), plan.size());
    QCOMPARE(first.value(QStringLiteral("skipped_destructive")).toInt(), 0);
    QCOMPARE(backupId.isEmpty(), plan.isEmpty());
    for (const QJsonValue& step : plan) {
        QCOMPARE(step[QStringLiteral("state")].toString(), QStringLiteral("applied"));
        QVERIFY2(!step[QStringLiteral("sql")].toString().startsWith(QLatin1String("DROP TABLE")),
            "a table was dropped, not quarantined");
    }

    // The target now matches, and there is nothing left to do.
    const TestSupport::CliRun diff
        = cli(QStringList {QStringLiteral("schema-diff"), url(source), url(target)} + options);
    QVERIFY2(diff.exitCode == 0, qPrintable(diff.out + diff.err));
    QJsonObject second;
    const QString secondId
        = sync(source, target, options + QStringList {QStringLiteral("--allow-drop")}, 0, &second);
    QVERIFY2(secondId.isEmpty(), QJsonDocument(second).toJson().constData());
    QVERIFY(second.value(QStringLiteral("plan")).toArray().isEmpty());

    if (backupId.isEmpty())
        return; // an identical case: nothing to roll back
    // Dropped tables are in quarantine, not gone.
    for (const QJsonValue& step : plan) {
        const QString quarantined = step[QStringLiteral("quarantine_of")].toString();
        if (quarantined.isEmpty())
            continue;
        Result<Value> there = target.connection().scalar(
            QStringLiteral(
                "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
                .arg(QString::fromUtf8(Sql::stringLiteral(Quarantine)),
                    QString::fromUtf8(Sql::stringLiteral(
                        SchemaBackup::quarantineName(target.name(), quarantined, backupId))))
                .toUtf8());
        QVERIFY(there.ok() && *there && **there == "1");
    }
    rollbackRestores(backupId, target, before);
}

void TstSchemaSync::cancelBetweenStatements()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_csrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_cdst"));
    QVERIFY(load(source, target,
        QStringLiteral(
            "CREATE TABLE a (id INT PRIMARY KEY, v VARCHAR(10)); CREATE TABLE b (id INT PRIMARY KEY); "
            "CREATE TABLE c (id INT PRIMARY KEY, n INT); CREATE VIEW vc AS SELECT id FROM c"),
        QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY, v VARCHAR(10), gone INT); CREATE TABLE b (id INT "
                       "PRIMARY KEY, x INT); "
                       "CREATE TABLE c (id INT PRIMARY KEY); CREATE TABLE old (id INT PRIMARY KEY); "
                       "INSERT INTO a VALUES (1, 'one', 11), (2, 'two', 22); INSERT INTO b VALUES (1, 5); "
                       "INSERT INTO c VALUES (1); INSERT INTO old VALUES (9)")));
    const QMap<QString, QString> before = snapshot(target.connection(), target.name());

    SchemaSync::Options options;
    options.allowDrop = true;
    options.storePath = storePath();
    options.sourceLabel = url(source);
    options.targetLabel = url(target);
    SchemaSync* self = nullptr;
    int cancelledAt = -1;
    options.beforeStep = [&](int index, Connection&) -> Status {
        // Cancel while the third statement runs: it finishes, the fourth never starts.
        if (index >= 2 && cancelledAt < 0) {
            cancelledAt = index;
            self->cancel();
        }
        return {};
    };
    ConnectionSettings s = m_servers.value(QStringLiteral("src")), t = m_servers.value(QStringLiteral("dst"));
    s.database = source.name();
    t.database = target.name();
    SchemaSync job(s, t, options);
    self = &job;
    QVERIFY(job.prepare().ok());
    const int planned = int(job.steps().size());
    QVERIFY2(planned >= 5, qPrintable(job.script()));
    JobRunner runner;
    const Status status = runner.start(&job).result();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("cancelled"));
    const SchemaSync::Report report = job.report();
    QVERIFY(report.cancelled);
    QCOMPARE(report.applied, cancelledAt + 1);
    QCOMPARE(report.notRun, planned - report.applied);
    QVERIFY(!report.backupId.isEmpty());
    for (int i = 0; i < report.steps.size(); ++i)
        QCOMPARE(report.steps[i].state,
            i <= cancelledAt ? SchemaSyncStep::State::Applied : SchemaSyncStep::State::Pending);

    // The catalog knows the run did not finish; the target is what the applied statements made it.
    {
        Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath());
        QVERIFY(store.ok());
        BackupCatalog catalog(**store);
        Result<BackupInfo> info = catalog.get(report.backupId);
        QVERIFY(info.ok());
        QCOMPARE(info->kind, QStringLiteral("schema"));
        QCOMPARE(info->state, BackupInfo::State::Partial);
    }
    QVERIFY(snapshotDifferences(before, snapshot(target.connection(), target.name())) != QString());

    // The core rollback job puts it back.
    SchemaRollback::Options rollbackOptions;
    rollbackOptions.storePath = storePath();
    SchemaRollback rollback(m_servers.value(QStringLiteral("dst")), report.backupId, rollbackOptions);
    const Status rolledBack = JobRunner::runBlocking(rollback);
    QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.ok() ? QString() : text(rolledBack.error())));
    QVERIFY(rollback.report().clean());
    const QString differences = snapshotDifferences(before, snapshot(target.connection(), target.name()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));

    // Finishing instead: a new sync completes the job from where it stopped.
    QJsonObject done;
    const QString id = sync(source, target, {QStringLiteral("--allow-drop")}, 0, &done);
    QVERIFY(!id.isEmpty() && id != QLatin1String("!"));
    QCOMPARE(cli({QStringLiteral("schema-diff"), url(source), url(target)}).exitCode, 0);
}

void TstSchemaSync::rollbackFinishesWhenRunAgain()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_asrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_adst"));
    QVERIFY(load(source, target,
        QStringLiteral(
            "CREATE TABLE a (id INT PRIMARY KEY, d DECIMAL(6,1)); CREATE TABLE fresh (id INT PRIMARY KEY); "
            "CREATE VIEW v AS SELECT id FROM a"),
        QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY, d DECIMAL(6,2), gone VARCHAR(5)); "
                       "CREATE TABLE old (id INT PRIMARY KEY); CREATE VIEW v AS SELECT id, d FROM a; "
                       "CREATE TRIGGER a_bu BEFORE UPDATE ON a FOR EACH ROW SET NEW.gone = 'upd'; "
                       "INSERT INTO a VALUES (1, 1.25, 'x'), (2, 2.75, NULL); INSERT INTO old VALUES (5)")));
    const QMap<QString, QString> before = snapshot(target.connection(), target.name());
    const QString id = sync(source, target, {QStringLiteral("--allow-drop")}, 0);
    QVERIFY(!id.isEmpty() && id != QLatin1String("!"));

    // The rollback fails at its fourth statement; what it did by then stays done.
    SchemaRollback::Options options;
    options.storePath = storePath();
    int statements = 0;
    options.beforeStatement = [&statements](const QString&, Connection&) -> Status {
        if (++statements == 4)
            return Error::make(QStringLiteral("injected failure"));
        return {};
    };
    SchemaRollback broken(m_servers.value(QStringLiteral("dst")), id, options);
    const Status failed = JobRunner::runBlocking(broken);
    QVERIFY(!failed.ok());
    QVERIFY2(
        failed.error().message.contains(QLatin1String("injected failure")), qPrintable(text(failed.error())));
    QVERIFY(snapshotDifferences(before, snapshot(target.connection(), target.name())) != QString());

    // Run again, it finishes from where the target is.
    rollbackRestores(id, target, before);
}

void TstSchemaSync::withoutAllowDrop()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_nsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_ndst"));
    QVERIFY(load(source, target,
        QStringLiteral(
            "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10), added INT); "
            "CREATE TABLE s (id INT PRIMARY KEY, d DECIMAL(10,1)); CREATE TABLE fresh (id INT PRIMARY KEY)"),
        QStringLiteral(
            "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10), gone INT); "
            "CREATE TABLE s (id INT PRIMARY KEY, d DECIMAL(10,2)); CREATE TABLE old (id INT PRIMARY KEY); "
            "CREATE VIEW old_view AS SELECT id FROM old; "
            "INSERT INTO t VALUES (1, 'a', 7); INSERT INTO s VALUES (1, 1.25); INSERT INTO old VALUES (1)")));
    const QMap<QString, QString> before = snapshot(target.connection(), target.name());

    QJsonObject out;
    const QString id = sync(source, target, {}, 1, &out);
    QVERIFY(id != QLatin1String("!"));
    QVERIFY(out.value(QStringLiteral("skipped_destructive")).toInt() >= 3);
    for (const QJsonValue& step : out.value(QStringLiteral("plan")).toArray()) {
        const bool consent = step[QStringLiteral("needs_consent")].toBool();
        QCOMPARE(step[QStringLiteral("state")].toString(),
            consent ? QStringLiteral("skipped") : QStringLiteral("applied"));
    }
    // Nothing destructive ran: the column, the table, the view and the decimals are all there.
    const QMap<QString, QString> after = snapshot(target.connection(), target.name());
    QCOMPARE(after.value(QStringLiteral("table old")), before.value(QStringLiteral("table old")));
    QCOMPARE(after.value(QStringLiteral("rows old")), before.value(QStringLiteral("rows old")));
    QCOMPARE(after.value(QStringLiteral("view old_view")), before.value(QStringLiteral("view old_view")));
    QCOMPARE(after.value(QStringLiteral("table s")), before.value(QStringLiteral("table s")));
    QVERIFY(after.value(QStringLiteral("table t")).contains(QLatin1String("`gone`")));
    QCOMPARE(after.value(QStringLiteral("rows t")), before.value(QStringLiteral("rows t")));
    // The new table was created (t's new column shares its ALTER with the drop, so it waits too).
    QVERIFY(after.contains(QStringLiteral("table fresh")));
    QCOMPARE(out.value(QStringLiteral("applied")).toInt(), 1);
    QVERIFY(!id.isEmpty());
    rollbackRestores(id, target, before);
}

void TstSchemaSync::failingStatementStops()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_fsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_fdst"));
    QVERIFY(load(source, target,
        QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY, v INT); "
                       "CREATE TABLE b (id INT PRIMARY KEY, email VARCHAR(40), UNIQUE KEY uk_email (email)); "
                       "CREATE TABLE c (id INT PRIMARY KEY, w INT)"),
        QStringLiteral(
            "CREATE TABLE a (id INT PRIMARY KEY, v INT, old_col VARCHAR(20)); "
            "CREATE TABLE b (id INT PRIMARY KEY, email VARCHAR(40)); CREATE TABLE c (id INT PRIMARY KEY); "
            "INSERT INTO a VALUES (1, 1, 'keep me'), (2, 2, NULL); "
            "INSERT INTO b VALUES (1, 'x@example.com'), (2, 'x@example.com'); INSERT INTO c VALUES (1)")));
    const QMap<QString, QString> before = snapshot(target.connection(), target.name());

    const TestSupport::CliRun run
        = cli({QStringLiteral("schema-sync"), url(source), url(target), QStringLiteral("--allow-drop"),
            QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 2);
    // One line naming the server, the database, the table and the statement, and what to do.
    const QString err = run.err.trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(err.contains(target.name()) && err.contains(QLatin1String("table b")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("ADD UNIQUE KEY `uk_email`"))
            && err.contains(QLatin1String("Duplicate entry")),
        qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("roll back backup point")), qPrintable(err));
    const QJsonObject out = json(run);
    const QString id = out.value(QStringLiteral("backup_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(out.value(QStringLiteral("applied")).toInt(), 1); // a's ALTER ran, b's failed, c's never started
    QCOMPARE(out.value(QStringLiteral("not_run")).toInt(), 1);
    QVERIFY(out.value(QStringLiteral("error")).toString().contains(QLatin1String("uk_email")));
    const QJsonArray plan = out.value(QStringLiteral("plan")).toArray();
    QCOMPARE(plan.at(0)[QStringLiteral("state")].toString(), QStringLiteral("applied"));
    QCOMPARE(plan.at(1)[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    QCOMPARE(plan.at(2)[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    QVERIFY(!snapshot(target.connection(), target.name())
                 .value(QStringLiteral("table a"))
                 .contains(QLatin1String("old_col")));

    // `backups show` describes it and checks its files; there is no row script to export.
    const TestSupport::CliRun shown = cli({QStringLiteral("backups"), QStringLiteral("show"), id,
        QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.out + shown.err));
    const QJsonObject info = json(shown);
    QCOMPARE(info[QStringLiteral("kind")].toString(), QStringLiteral("schema"));
    QCOMPARE(info[QStringLiteral("state")].toString(), QStringLiteral("partial"));
    QVERIFY(info[QStringLiteral("file")][QStringLiteral("intact")].toBool());
    QCOMPARE(info[QStringLiteral("schema")][QStringLiteral("statements_failed")].toInt(), 1);
    QCOMPARE(cli({QStringLiteral("backups"), QStringLiteral("export"), id}).exitCode, 2);

    // The backup point undoes what ran, the dropped column's values included.
    rollbackRestores(id, target, before);
}

void TstSchemaSync::narrowingAndKeylessValuesComeBack()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_wsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_wdst"));
    QVERIFY(load(source, target,
        QStringLiteral(
            "CREATE TABLE n (id INT PRIMARY KEY, d DECIMAL(10,1), t DATETIME, s ENUM('a','b'), "
            "f FLOAT, g INT AS (id * 2) STORED, u TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP); "
            "CREATE TABLE k (a INT, b VARCHAR(10)); "
            "CREATE TABLE pk (code VARCHAR(5) NOT NULL, v INT, PRIMARY KEY (code))"),
        QStringLiteral(
            "CREATE TABLE n (id INT PRIMARY KEY, d DECIMAL(10,2), t DATETIME(6), s ENUM('a','b','c'), "
            "f DOUBLE, g INT, u TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP); "
            "CREATE TABLE k (a INT, b VARCHAR(10), gone BLOB); "
            "CREATE TABLE pk (code VARCHAR(10) NOT NULL, v INT, extra INT, PRIMARY KEY (code)); "
            "INSERT INTO n VALUES (1, 1.25, '2024-01-01 10:00:00.700000', 'a', 0.1, 5, '2020-01-01 "
            "00:00:00'), "
            "(2, -3.75, '2024-06-30 23:59:59.999999', 'b', 123456789.125, NULL, NULL), (3, NULL, NULL, NULL, "
            "NULL, 9, NULL); "
            "INSERT INTO k VALUES (1, 'x', X'00FF'), (2, NULL, 'two'), (NULL, 'y', NULL), "
            "(3, 'same', 'first'), (3, 'same', 'second'), (3, 'same', NULL), (3, 'same', 'second'); "
            "INSERT INTO pk VALUES ('ab', 1, 10), ('cd', 2, 20)")));
    const QMap<QString, QString> before = snapshot(target.connection(), target.name());
    QJsonObject out;
    const QString id = sync(source, target, {QStringLiteral("--allow-drop")}, 0, &out);
    QVERIFY(!id.isEmpty() && id != QLatin1String("!"));
    // The narrowing rounded and cut values; the saves are announced in the plan.
    Result<QueryResult> now = target.connection().query(QByteArrayView("SELECT d, t FROM n WHERE id = 1"));
    QVERIFY(now.ok());
    QCOMPARE(now->text(0, 0), QStringLiteral("1.3"));
    QCOMPARE(now->text(0, 1), QStringLiteral("2024-01-01 10:00:00"));
    bool announced = false;
    for (const QJsonValue& step : out.value(QStringLiteral("plan")).toArray())
        announced
            = announced || step[QStringLiteral("saved_columns")].toArray().contains(QStringLiteral("gone"));
    QVERIFY(announced);
    rollbackRestores(id, target, before);
}

void TstSchemaSync::narrowedValueChangedSinceIsLeftAlone()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_gsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_gdst"));
    QVERIFY(load(source, target, QStringLiteral("CREATE TABLE n (id INT PRIMARY KEY, d DECIMAL(10,1))"),
        QStringLiteral("CREATE TABLE n (id INT PRIMARY KEY, d DECIMAL(10,2)); "
                       "INSERT INTO n VALUES (1, 1.25), (2, 2.25), (3, 3.25)")));
    const QString id = sync(source, target, {QStringLiteral("--allow-drop")}, 0);
    QVERIFY(!id.isEmpty() && id != QLatin1String("!"));
    // After the sync a user writes row 2: the rollback must not overwrite it.
    QVERIFY(target.connection().execute(QByteArrayView("UPDATE n SET d = 7.5 WHERE id = 2")).ok());
    const TestSupport::CliRun run = cli({QStringLiteral("rollback"), id, QStringLiteral("--yes"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = json(run);
    QCOMPARE(report[QStringLiteral("values")][QStringLiteral("changed_since")].toInt(), 1);
    QCOMPARE(report[QStringLiteral("values")][QStringLiteral("written")].toInt(), 2);
    Result<QueryResult> rows = target.connection().query(QByteArrayView("SELECT d FROM n ORDER BY id"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->text(0, 0), QStringLiteral("1.25"));
    QCOMPARE(rows->text(1, 0), QStringLiteral("7.50"));
    QCOMPARE(rows->text(2, 0), QStringLiteral("3.25"));
}

void TstSchemaSync::clientCharsetsComeBack()
{
    // Objects made by a client talking latin1 (the mariadb client's default in a C locale) print
    // that charset in SHOW CREATE; the rollback recreates them under it, with their sql_mode and
    // time zone.
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_lsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_ldst"));
    QVERIFY(load(source, target,
        QStringLiteral(
            "CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(20)); CREATE VIEW v AS SELECT id FROM t; "
            "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.s = 'new'; "
            "CREATE PROCEDURE p() SELECT 2; "
            "CREATE EVENT e ON SCHEDULE EVERY 2 DAY STARTS '2031-01-01 00:00:00' DO SELECT 2"),
        QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(20))")));
    Connection& c = target.connection();
    QVERIFY(
        c.execute(QByteArrayView(
                      "SET SESSION character_set_client = latin1, collation_connection = latin1_swedish_ci, "
                      "sql_mode = 'ANSI_QUOTES', time_zone = '+08:00'"))
            .ok());
    const QByteArray ddl
        = QStringLiteral("CREATE VIEW v AS SELECT id, 'caf\u00e9' AS \"label\" FROM t; "
                         "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.s = 'caf\u00e9'; "
                         "CREATE PROCEDURE p() SELECT 1; "
                         "CREATE EVENT e ON SCHEDULE EVERY 1 DAY STARTS '2031-01-01 00:00:00' DO SELECT 1")
              .toLatin1();
    Status created = c.execute(ddl);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : text(created.error())));
    QVERIFY(c.execute(
                 QByteArrayView(
                     "SET SESSION character_set_client = utf8mb4, collation_connection = utf8mb4_general_ci, "
                     "sql_mode = 'NO_AUTO_VALUE_ON_ZERO,STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION', "
                     "time_zone = '+00:00'"))
                .ok());
    const QMap<QString, QString> before = snapshot(c, target.name());
    QVERIFY2(before.value(QStringLiteral("view v")).contains(QLatin1String("character_set_client: latin1")),
        qPrintable(before.value(QStringLiteral("view v"))));
    QVERIFY2(before.value(QStringLiteral("trigger t_bi")).contains(QStringLiteral("caf\u00e9")),
        qPrintable(before.value(QStringLiteral("trigger t_bi"))));
    const QString id = sync(source, target, {QStringLiteral("--allow-drop")}, 0);
    QVERIFY(!id.isEmpty() && id != QLatin1String("!"));
    QVERIFY(snapshotDifferences(before, snapshot(c, target.name())) != QString());
    rollbackRestores(id, target, before);
}

void TstSchemaSync::dryRunChangesNothing()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_dsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_ddst"));
    QVERIFY(load(source, target, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v BIGINT)"),
        QStringLiteral(
            "CREATE TABLE t (id INT PRIMARY KEY, v INT, gone INT); CREATE TABLE old (id INT PRIMARY KEY); "
            "INSERT INTO old VALUES (1)")));
    const QMap<QString, QString> before = snapshot(target.connection(), target.name());
    const QString file = QDir(m_home.path()).filePath(QStringLiteral("plan.sql"));
    const TestSupport::CliRun run = cli({QStringLiteral("schema-sync"), url(source), url(target),
        QStringLiteral("--allow-drop"), QStringLiteral("--dry-run=") + file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("instead of: DROP TABLE `old`")), qPrintable(run.out));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(f.readAll());
    QVERIFY2(
        sql.contains(QLatin1String("-- [destructive] table old: move table to quarantine")), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("RENAME TABLE `old` TO `_syncstudio_quarantine`.`%1__old__manual-")
                              .arg(target.name())),
        qPrintable(sql));
    QVERIFY2(!sql.contains(QLatin1String("DROP TABLE `old`;"))
            && !sql.contains(QLatin1String("are lost.\nRENAME")),
        qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("saves the values of column gone")), qPrintable(sql));
    QCOMPARE(snapshotDifferences(before, snapshot(target.connection(), target.name())), QString());

    // Without a file the script goes to standard output; JSON carries it.
    const TestSupport::CliRun toStdout = cli({QStringLiteral("schema-sync"), url(source), url(target),
        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(toStdout.exitCode, 0);
    const QJsonObject o = json(toStdout);
    QVERIFY(o.value(QStringLiteral("backup_id")).isNull());
    QVERIFY(o.value(QStringLiteral("sql"))
                .toString()
                .contains(QLatin1String("-- SKIPPED [destructive] table old")));
    QVERIFY(o.value(QStringLiteral("skipped_destructive")).toInt() >= 2);
    QCOMPARE(snapshotDifferences(before, snapshot(target.connection(), target.name())), QString());
    const TestSupport::CliRun list = cli({QStringLiteral("backups"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json")});
    for (const QJsonValue& b : QJsonDocument::fromJson(list.out.toUtf8()).array())
        QVERIFY(!b[QStringLiteral("target")].toString().contains(target.name()));
}

void TstSchemaSync::damagedBackupIsRefused()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_bsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_bdst"));
    QVERIFY(load(source, target, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, gone INT); INSERT INTO t VALUES (1, 2)")));
    const QString id = sync(source, target, {QStringLiteral("--allow-drop")}, 0);
    QVERIFY(!id.isEmpty() && id != QLatin1String("!"));
    const QMap<QString, QString> synced = snapshot(target.connection(), target.name());
    QFile f(QDir(m_home.path()).filePath(QStringLiteral("backups/%1/%2").arg(id, SchemaBackup::fileName())));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes.replace("\"gone\"", "\"gon3\"");
    QVERIFY(f.seek(0) && f.write(bytes) == bytes.size());
    f.close();
    // Refused before anything is touched, and `backups show` says why.
    const TestSupport::CliRun run = cli({QStringLiteral("rollback"), id, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("digest")), qPrintable(run.err));
    QCOMPARE(snapshotDifferences(synced, snapshot(target.connection(), target.name())), QString());
    const TestSupport::CliRun shown = cli({QStringLiteral("backups"), QStringLiteral("show"), id});
    QCOMPARE(shown.exitCode, 2);
    QVERIFY2(shown.out.contains(QLatin1String("digest")), qPrintable(shown.out));
}

void TstSchemaSync::refusals()
{
    TempDatabase source(QStringLiteral("src"), QStringLiteral("ss_ssync_rsrc"));
    TempDatabase target(QStringLiteral("dst"), QStringLiteral("ss_ssync_rdst"));
    QVERIFY(load(source, target, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v INT)"),
        QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY)")));
    // No terminal and no --yes: a clear error, nothing changed.
    TestSupport::CliRun run = cli({QStringLiteral("schema-sync"), url(source), url(target)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--yes")), qPrintable(run.err));
    QVERIFY(!snapshot(target.connection(), target.name())
                 .value(QStringLiteral("table t"))
                 .contains(QLatin1String("`v`")));
    // The plan was shown before the question.
    QVERIFY2(run.out.contains(QLatin1String("add column v")), qPrintable(run.out));
    run = cli({QStringLiteral("schema-sync"), url(source), url(target), QStringLiteral("--format"),
        QStringLiteral("sql")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("schema-sync"), url(source),
        QStringLiteral("mysql://root@127.0.0.1:%1").arg(m_servers.value(QStringLiteral("dst")).port)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("names no database")), qPrintable(run.err));
    // Text output names the backup point and how to undo it.
    run = cli({QStringLiteral("schema-sync"), url(source), url(target), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("syncstudio-cli rollback ")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TstSchemaSync)
#include "tst_schemasync.moc"

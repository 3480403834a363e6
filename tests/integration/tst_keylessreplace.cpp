// Tables without a key, replaced whole (sync --replace-keyless) on throwaway databases of the src and
// dst sandboxes: duplicate rows and NULLs end as the source's exact multiset (checked with plain
// SQL) and a second sync writes nothing; without the option the table is left alone and reported;
// a target row changed between compare and apply stops the replace before anything is written; a
// killed connection leaves the old contents and --resume converges; a rollback restores the old
// multiset exactly, and refuses while the table has changed since the sync; a dry run writes
// nothing; options that keep target rows (--no-delete, target-wins, --where) leave the table alone.
#include "tst_applysupport.h"

#include "jobs/JobRunner.h"
#include "sync/SyncJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ApplyTest;

namespace {

const QString Schema = QStringLiteral(
    "CREATE TABLE k (a INT NULL, b VARCHAR(20) CHARACTER SET latin1 NULL, c BLOB NULL, f FLOAT NULL);\n"
    "CREATE TABLE k2 (x INT NULL, y VARCHAR(10) NULL);\n"
    "CREATE TABLE p (id INT PRIMARY KEY, v VARCHAR(20));\n");

// Duplicates, NULLs, bytes that are not text, and a FLOAT that only round-trips through DOUBLE.
const QString SourceRows = QStringLiteral(
    "INSERT INTO k VALUES (1, 'x', NULL, 1.1), (1, 'x', NULL, 1.1), (1, 'x', NULL, 1.1), (NULL, NULL, NULL, NULL),"
    " (NULL, NULL, NULL, NULL), (2, _latin1 X'E9FF', X'00FF0A5C', 3.4e38), (3, '', '', 0);\n"
    "INSERT INTO k2 VALUES (1, 'a'), (1, 'a');\n"
    "INSERT INTO p VALUES (1, 'one'), (2, 'two');\n");
const QString TargetRows = QStringLiteral(
    "INSERT INTO k VALUES (1, 'x', NULL, 1.1), (NULL, NULL, NULL, NULL), (NULL, NULL, NULL, NULL),"
    " (NULL, NULL, NULL, NULL), (4, 'z', 'q', -1.5), (4, 'z', 'q', -1.5), (3, '', NULL, 0);\n"
    "INSERT INTO k2 VALUES (2, 'b');\n"
    "INSERT INTO p VALUES (1, 'uno'), (3, 'three');\n");

} // namespace

class TstKeylessReplace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replaceSyncsTheMultisetAndRollsBack();
    void withoutTheOptionTheTableIsLeftAlone();
    void listNamesTheTables();
    void notReplacedWhenTheSyncKeepsRows_data();
    void notReplacedWhenTheSyncKeepsRows();
    void dryRunWritesNothing();
    void changedBetweenCompareAndApplyWritesNothing();
    void killedConnectionKeepsOldContentsAndResumes_data();
    void killedConnectionKeepsOldContentsAndResumes();

private:
    QString url(const QString& server, const QString& db) const
    {
        const ConnectionSettings& s = server == QLatin1String("src") ? m_src : m_dst;
        return QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(s.port).arg(db);
    }
    TestSupport::CliRun cli(const Fixture& f, const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_HOME"), f.home.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        TestSupport::CliRun run = TestSupport::runCli(args, {}, env);
        if (qEnvironmentVariableIsSet("SYNCSTUDIO_TEST_VERBOSE"))
            qInfo().noquote() << "$ syncstudio-cli" << args.join(QLatin1Char(' ')) << "  -> exit" << run.exitCode << "\n"
                              << run.out << run.err;
        return run;
    }
    TestSupport::CliRun sync(const Fixture& f, const QStringList& extra = {})
    {
        return cli(f, QStringList {QStringLiteral("sync"), url(QStringLiteral("src"), f.src.name()),
                                   url(QStringLiteral("dst"), f.dst.name()), QStringLiteral("--yes"),
                                   QStringLiteral("--format"), QStringLiteral("json")}
                          + extra);
    }
    SyncRequest request(const Fixture& f) const
    {
        // The job keeps its DiffStore under SYNCSTUDIO_HOME, where the CLI run by the test looks too.
        qputenv("SYNCSTUDIO_HOME", f.home.path().toUtf8());
        SyncRequest r;
        r.source = m_src;
        r.source.database = f.src.name();
        r.target = m_dst;
        r.target.database = f.dst.name();
        r.sourceText = url(QStringLiteral("src"), f.src.name());
        r.targetText = url(QStringLiteral("dst"), f.dst.name());
        r.appStorePath = f.home.filePath(QStringLiteral("syncstudio.db"));
        r.compare.tables = {QStringLiteral("k")};
        r.sync.replaceKeyless = true;
        r.apply.reconnectDelayMs = 100;
        r.apply.retryDelayMs = 50;
        return r;
    }
    static QJsonObject json(const TestSupport::CliRun& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }
    static QJsonObject planOf(const QJsonObject& o, const QString& table)
    {
        for (const QJsonValue v : o.value(QStringLiteral("plan")).toArray()) {
            if (v.toObject().value(QStringLiteral("table")).toString().endsWith(QLatin1Char('.') + table))
                return v.toObject();
        }
        return {};
    }
    /// The table's rows as a multiset, computed by the server with plain SQL: COUNT(*) and a SHA-256
    /// over every row's bytes (NULL marked), the rows sorted by those bytes.
    static QString multiset(Connection& c, const QString& db, const QString& table)
    {
        Result<QueryResult> cols = c.query(
            QStringLiteral("SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %1 AND "
                           "TABLE_NAME = %2 ORDER BY ORDINAL_POSITION")
                .arg(QString::fromUtf8(Sql::stringLiteral(db)), QString::fromUtf8(Sql::stringLiteral(table)))
                .toUtf8());
        if (!cols || cols->rows.isEmpty())
            return QStringLiteral("error: no columns");
        QStringList parts;
        for (int i = 0; i < cols->rows.size(); ++i) {
            const QString name = Sql::quoteIdentifier(cols->text(i, 0));
            const QString value
                = cols->text(i, 1) == QLatin1String("float") ? QStringLiteral("CAST(%1 AS DOUBLE)").arg(name) : name;
            parts << QStringLiteral("IFNULL(CONCAT('v', HEX(CAST(%1 AS BINARY))), 'N')").arg(value);
        }
        if (Status s = c.execute(QByteArrayView("SET SESSION group_concat_max_len = 1073741824")); !s)
            return QStringLiteral("error: ") + s.error().toString();
        const QString row = QStringLiteral("CONCAT_WS(',', %1)").arg(parts.join(QStringLiteral(", ")));
        Result<QueryResult> r = c.query(QStringLiteral("SELECT COUNT(*), SHA2(GROUP_CONCAT(%1 ORDER BY %1 SEPARATOR ';'), 256) "
                                                       "FROM %2")
                                            .arg(row, Sql::qualified(db, table))
                                            .toUtf8());
        if (!r)
            return QStringLiteral("error: ") + r.error().toString();
        return r->text(0, 0) + QLatin1Char('/') + r->text(0, 1);
    }
    bool setUp(Fixture& f)
    {
        return f.open() && f.both(Schema) && Fixture::run(*f.srcConn, SourceRows) && Fixture::run(*f.dstConn, TargetRows);
    }

    ConnectionSettings m_src;
    ConnectionSettings m_dst;
};

void TstKeylessReplace::initTestCase()
{
    Result<ConnectionSettings> s = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    Result<ConnectionSettings> d = TestSupport::server(QStringLiteral("dst"));
    QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
    m_src = *s;
    m_dst = *d;
}

void TstKeylessReplace::replaceSyncsTheMultisetAndRollsBack()
{
    Fixture f(QStringLiteral("ss_keyless_e2e"));
    QVERIFY(setUp(f));
    const QString before = multiset(*f.dstConn, f.dst.name(), QStringLiteral("k"));
    const QString source = multiset(*f.srcConn, f.src.name(), QStringLiteral("k"));
    QVERIFY(before != source);
    QVERIFY(!before.startsWith(QLatin1String("error")));

    TestSupport::CliRun run = sync(f, {QStringLiteral("--replace-keyless")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject o = json(run);
    QVERIFY(planOf(o, QStringLiteral("k")).value(QStringLiteral("replaced")).toBool());
    QVERIFY(planOf(o, QStringLiteral("k2")).value(QStringLiteral("replaced")).toBool());
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), source);
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k2")), multiset(*f.srcConn, f.src.name(), QStringLiteral("k2")));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("p")), checksum(*f.srcConn, f.src.name(), QStringLiteral("p")));
    const QJsonObject applied = o.value(QStringLiteral("applied")).toObject();
    // k: 7 out, 7 in; k2: 1 out, 2 in; p: 1 update, 1 insert, 1 delete.
    QCOMPARE(applied.value(QStringLiteral("inserted")).toInteger(), 7 + 2 + 1);
    QCOMPARE(applied.value(QStringLiteral("deleted")).toInteger(), 7 + 1 + 1);
    const QString backupId = o.value(QStringLiteral("backup_id")).toString();
    QVERIFY(!backupId.isEmpty());

    // A second sync finds nothing to do.
    TestSupport::CliRun again = sync(f, {QStringLiteral("--replace-keyless")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
    const QJsonObject a = json(again).value(QStringLiteral("applied")).toObject();
    QCOMPARE(a.value(QStringLiteral("inserted")).toInteger() + a.value(QStringLiteral("updated")).toInteger()
                 + a.value(QStringLiteral("deleted")).toInteger(),
             0);
    QVERIFY(json(again).value(QStringLiteral("backup_id")).isNull());

    // The backup point exports the old contents, and a changed table refuses the rollback.
    TestSupport::CliRun exported = cli(f, {QStringLiteral("backups"), QStringLiteral("export"), backupId});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QLatin1String("DELETE FROM")), qPrintable(exported.out));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO k VALUES (9, 'late', NULL, NULL)")));
    const QString changed = multiset(*f.dstConn, f.dst.name(), QStringLiteral("k"));
    TestSupport::CliRun refused = cli(f, {QStringLiteral("rollback"), backupId, QStringLiteral("--yes")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
    QVERIFY2(refused.err.contains(QLatin1String("changed")), qPrintable(refused.err));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), changed);

    // Undone by hand, the rollback goes through and restores the old multiset exactly.
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("DELETE FROM k WHERE b = 'late'")));
    TestSupport::CliRun rollback = cli(f, {QStringLiteral("rollback"), backupId, QStringLiteral("--yes")});
    QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err + rollback.out));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), before);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM k2")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM p WHERE v = 'uno'")), 1);
}

void TstKeylessReplace::withoutTheOptionTheTableIsLeftAlone()
{
    Fixture f(QStringLiteral("ss_keyless_skip"));
    QVERIFY(setUp(f));
    const QString before = multiset(*f.dstConn, f.dst.name(), QStringLiteral("k"));
    TestSupport::CliRun run = sync(f);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QString skipped = planOf(json(run), QStringLiteral("k")).value(QStringLiteral("skipped")).toString();
    QVERIFY2(skipped.contains(QLatin1String("--replace-keyless")) && skipped.contains(QLatin1String("--key")),
             qPrintable(skipped));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), before);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("p")), checksum(*f.srcConn, f.src.name(), QStringLiteral("p")));

    // The text report names the table and what to do.
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO p VALUES (4, 'four')")));
    TestSupport::CliRun text = cli(f, {QStringLiteral("sync"), url(QStringLiteral("src"), f.src.name()),
                                       url(QStringLiteral("dst"), f.dst.name()), QStringLiteral("--yes")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err + text.out));
    QVERIFY2(text.out.contains(QLatin1String(".k: not synced")) && text.out.contains(QLatin1String("--replace-keyless")),
             qPrintable(text.out));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), before);
}

void TstKeylessReplace::listNamesTheTables()
{
    Fixture f(QStringLiteral("ss_keyless_list"));
    QVERIFY(setUp(f));
    const QString k2 = multiset(*f.dstConn, f.dst.name(), QStringLiteral("k2"));
    TestSupport::CliRun run = sync(f, {QStringLiteral("--replace-keyless=k")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(planOf(json(run), QStringLiteral("k")).value(QStringLiteral("replaced")).toBool());
    QVERIFY(!planOf(json(run), QStringLiteral("k2")).value(QStringLiteral("skipped")).toString().isEmpty());
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), multiset(*f.srcConn, f.src.name(), QStringLiteral("k")));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k2")), k2);
}

void TstKeylessReplace::notReplacedWhenTheSyncKeepsRows_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason");
    QTest::newRow("--no-delete") << QStringList {QStringLiteral("--no-delete")} << QStringLiteral("deletes and inserts");
    QTest::newRow("target-wins") << QStringList {QStringLiteral("--conflict"), QStringLiteral("target-wins")}
                                 << QStringLiteral("source-wins");
    QTest::newRow("--where") << QStringList {QStringLiteral("--where"), QStringLiteral("a IS NOT NULL")}
                             << QStringLiteral("--where");
}

void TstKeylessReplace::notReplacedWhenTheSyncKeepsRows()
{
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    Fixture f(QStringLiteral("ss_keyless_keep"));
    QVERIFY(setUp(f));
    const QString before = multiset(*f.dstConn, f.dst.name(), QStringLiteral("k"));
    TestSupport::CliRun run
        = sync(f, QStringList {QStringLiteral("--replace-keyless"), QStringLiteral("--tables"), QStringLiteral("k")} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QString skipped = planOf(json(run), QStringLiteral("k")).value(QStringLiteral("skipped")).toString();
    QVERIFY2(skipped.contains(reason), qPrintable(skipped));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), before);
}

void TstKeylessReplace::dryRunWritesNothing()
{
    Fixture f(QStringLiteral("ss_keyless_dry"));
    QVERIFY(setUp(f));
    const QString before = multiset(*f.dstConn, f.dst.name(), QStringLiteral("k"));
    const QString file = f.home.filePath(QStringLiteral("dry.sql"));
    TestSupport::CliRun run = sync(f, {QStringLiteral("--replace-keyless"), QStringLiteral("--dry-run=") + file,
                                       QStringLiteral("--tables"), QStringLiteral("k")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), before);
    QFile script(file);
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(script.readAll());
    QVERIFY2(sql.contains(QLatin1String("-- guard: SELECT")) && sql.contains(QLatin1String("FOR UPDATE;")), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("DELETE FROM `%1`.`k`;").arg(f.dst.name())), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("INSERT INTO `%1`.`k`").arg(f.dst.name())), qPrintable(sql));
    QCOMPARE(json(run).value(QStringLiteral("applied")).toObject().value(QStringLiteral("inserted")).toInteger(), 7);

    // The script does what the sync would: run by hand on the target, it leaves the source's multiset.
    QVERIFY(Fixture::run(*f.dstConn, sql));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), multiset(*f.srcConn, f.src.name(), QStringLiteral("k")));
}

void TstKeylessReplace::changedBetweenCompareAndApplyWritesNothing()
{
    Fixture f(QStringLiteral("ss_keyless_guard"));
    QVERIFY(setUp(f));
    SyncRequest r = request(f);
    Connection* dst = f.dstConn.get();
    // After the plan, before the first write: another session changes one target row.
    r.confirm = [dst](const SyncPlanner::Plan&) {
        return bool(dst->execute(QByteArrayView("UPDATE k SET b = 'changed' WHERE a = 4 LIMIT 1")));
    };
    const QString changed = [&] {
        SyncJob job(r);
        const Status s = JobRunner::runBlocking(job);
        if (s)
            return QStringLiteral("the sync did not stop");
        if (s.error().code != QLatin1String("replace-changed") || !s.error().message.contains(QLatin1String("changed")))
            return s.error().toString();
        return QString();
    }();
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
    // Nothing written: the target has its own rows with the other session's change.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM k")), 7);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM k WHERE b = 'changed'")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM k WHERE a = 4")), 2);
}

void TstKeylessReplace::killedConnectionKeepsOldContentsAndResumes_data()
{
    QTest::addColumn<bool>("bulk");
    QTest::newRow("LOAD DATA") << true;
    QTest::newRow("INSERT") << false;
}

void TstKeylessReplace::killedConnectionKeepsOldContentsAndResumes()
{
    QFETCH(bool, bulk);
    Fixture f(QStringLiteral("ss_keyless_kill"));
    QVERIFY(setUp(f));
    // Enough rows for several INSERT statements and several backup chunks.
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO k SELECT seq % 50, 'many', NULL, NULL FROM seq_1_to_3000")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO k SELECT seq % 7, 'old', NULL, NULL FROM seq_1_to_2500")));
    const QString before = multiset(*f.dstConn, f.dst.name(), QStringLiteral("k"));
    SyncRequest r = request(f);
    r.apply.maxBatchRows = 500;
    r.apply.bulkBatchRows = 1000;
    r.apply.reconnectAttempts = 0; // stop on the lost connection, so that the run is resumed
    r.sync.bulk = bulk;            // the resumed run keeps the choice
    const ConnectionSettings admin = m_dst;
    r.apply.faultHook = [admin](Applier::FaultPoint point, qint64, Connection& target) -> Status {
        if (point != Applier::FaultPoint::BeforeCommit)
            return {};
        // Another session kills the apply connection with everything written but not committed.
        Result<std::unique_ptr<Connection>> c = Connection::open(admin);
        if (!c)
            return c.error();
        return (*c)->execute(QStringLiteral("KILL CONNECTION %1").arg(target.threadId()).toUtf8());
    };
    QString runId;
    {
        SyncJob job(r);
        const Status s = JobRunner::runBlocking(job);
        QVERIFY(!s);
        QCOMPARE(s.error().retry, Error::Retry::LostConnection);
        runId = job.report().runId;
    }
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), before);

    TestSupport::CliRun resume = cli(f, {QStringLiteral("sync"), QStringLiteral("--resume"), runId, QStringLiteral("--yes"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), multiset(*f.srcConn, f.src.name(), QStringLiteral("k")));
    const QString backupId = json(resume).value(QStringLiteral("backup_id")).toString();
    TestSupport::CliRun rollback = cli(f, {QStringLiteral("rollback"), backupId, QStringLiteral("--yes")});
    QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err + rollback.out));
    QCOMPARE(multiset(*f.dstConn, f.dst.name(), QStringLiteral("k")), before);
}

QTEST_GUILESS_MAIN(TstKeylessReplace)
#include "tst_keylessreplace.moc"

// Sync runs broken on purpose, through the core SyncJob (the CLI's engine) and the CLI: a row
// changed on the target between compare and apply becomes a conflict and is resolved; the apply
// connection killed mid-run and the target server restarted mid-run leave only whole batches and
// `sync --resume` converges; a row over max_allowed_packet is refused before anything is written;
// the user's unticked rows and tables are left alone.
#include "tst_applysupport.h"

#include "compare/DiffStore.h"
#include "jobs/JobRunner.h"
#include "sync/ConflictStore.h"
#include "sync/SyncJob.h"
#include "sync/SyncSelection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <thread>

using namespace ApplyTest;

namespace {

/// Whether process `pid` ended (gone, or a zombie nobody has reaped yet) within `timeoutMs`.
bool waitForProcessExit(qint64 pid, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    do {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        // "pid (comm) S ...": the state follows the last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0 || line.mid(close + 2, 1) == "Z")
            return true;
        QThread::msleep(50);
    } while (t.elapsed() < timeoutMs);
    return false;
}

} // namespace

class TstSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changedRowBecomesConflictAndIsResolved();
    void killedConnectionLeavesWholeBatchesAndResumes();
    void serverRestartLeavesWholeBatchesAndResumes();
    void rowOverMaxAllowedPacket();
    void untickedRowsAndKindsAreLeftAlone();
    void cleanupTestCase();

private:
    SyncRequest request(const Fixture& f) const
    {
        SyncRequest r;
        r.source = m_src;
        r.source.database = f.src.name();
        r.target = m_dst;
        r.target.database = f.dst.name();
        r.sourceText = QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(m_src.port).arg(f.src.name());
        r.targetText = QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(m_dst.port).arg(f.dst.name());
        r.appStorePath = m_home.filePath(QStringLiteral("syncstudio.db"));
        r.apply.reconnectDelayMs = 100;
        r.apply.retryDelayMs = 50;
        return r;
    }
    TestSupport::CliRun cli(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_HOME"), m_home.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        TestSupport::CliRun run = TestSupport::runCli(args, {}, env);
        if (qEnvironmentVariableIsSet("SYNCSTUDIO_TEST_VERBOSE"))
            qInfo().noquote() << "$ syncstudio-cli" << args.join(QLatin1Char(' ')) << "  -> exit" << run.exitCode << "\n"
                              << run.out << run.err;
        return run;
    }
    /// Rows of the target's t whose value is the source's: the batches that committed.
    static qint64 synced(Connection& c) { return count(c, QStringLiteral("SELECT COUNT(*) FROM t WHERE v LIKE 'src%'")); }

    QTemporaryDir m_home;
    ConnectionSettings m_src;
    ConnectionSettings m_dst;
    QString m_restartSandbox;
};

void TstSyncFaults::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The SyncJob keeps its compare results under the data folder, where the CLI finds them too.
    qputenv("SYNCSTUDIO_HOME", m_home.path().toUtf8());
    Result<ConnectionSettings> s = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    Result<ConnectionSettings> d = TestSupport::server(QStringLiteral("dst"));
    QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
    m_src = *s;
    m_dst = *d;
}

void TstSyncFaults::cleanupTestCase()
{
    if (!m_restartSandbox.isEmpty())
        (void)TestSupport::sandbox({QStringLiteral("stop"), m_restartSandbox});
}

void TstSyncFaults::changedRowBecomesConflictAndIsResolved()
{
    Fixture f(QStringLiteral("ss_syncf_conf"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20), n INT)")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t VALUES (1, 'src1', 1), (2, 'src2', 2), (3, 'src3', 3)")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t VALUES (1, 'old1', 1), (2, 'old2', 2)")));

    SyncRequest r = request(f);
    // Between the compare and the apply another session changes row 2 on the target.
    r.confirm = [&f](const SyncPlanner::Plan&) {
        return Fixture::run(*f.dstConn, QStringLiteral("UPDATE t SET v = 'theirs', n = 20 WHERE id = 2"));
    };
    SyncJob job(r);
    Status s = JobRunner::runBlocking(job);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    const SyncReport report = job.report();
    QCOMPARE(report.applied.updated, 1);
    QCOMPARE(report.applied.inserted, 1);
    QCOMPARE(report.conflicts(), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM t WHERE id = 2 AND v = 'theirs' AND n = 20")), 1);

    TestSupport::CliRun list = cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--run"), report.runId,
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray open = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(open.size(), 1);
    const QJsonObject c = open.first().toObject();
    QCOMPARE(c.value(QStringLiteral("key")).toString(), QStringLiteral("id=2"));
    QCOMPARE(c.value(QStringLiteral("reason")).toString(), QStringLiteral("changed"));
    QCOMPARE(c.value(QStringLiteral("backup_id")).toString(), report.backupId);
    const QString id = QString::number(c.value(QStringLiteral("id")).toInteger());

    TestSupport::CliRun show = cli({QStringLiteral("conflicts"), QStringLiteral("show"), id});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(QStringLiteral("'theirs'")) && show.out.contains(QStringLiteral("'src2'"))
                 && show.out.contains(QStringLiteral("'old2'")),
             qPrintable(show.out));

    // Before resolving, verify sees the difference.
    TestSupport::CliRun differs = cli({QStringLiteral("verify"), QStringLiteral("--run"), report.runId});
    QCOMPARE(differs.exitCode, 1);

    TestSupport::CliRun resolve = cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--take"),
                                       QStringLiteral("source"), QStringLiteral("--yes")});
    QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err + resolve.out));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), checksum(*f.srcConn, f.src.name(), QStringLiteral("t")));
    TestSupport::CliRun verify = cli({QStringLiteral("verify"), QStringLiteral("--run"), report.runId});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
    TestSupport::CliRun resolved = cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--state"),
                                        QStringLiteral("resolved"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray done = QJsonDocument::fromJson(resolved.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().toObject().value(QStringLiteral("resolution")).toString(), QStringLiteral("source"));
    // The resolution is a backup point of its own: rolling it back brings "theirs" back.
    const QString resolutionBackup = done.first().toObject().value(QStringLiteral("resolution_backup_id")).toString();
    QVERIFY(!resolutionBackup.isEmpty());
    TestSupport::CliRun undo = cli({QStringLiteral("rollback"), resolutionBackup, QStringLiteral("--yes")});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err + undo.out));
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM t WHERE id = 2 AND v = 'theirs'")), 1);

    // A second conflict kept as the target has it: nothing is written.
    Result<std::unique_ptr<AppStore>> store = AppStore::open(r.appStorePath);
    QVERIFY(store);
    StoredConflict keep;
    keep.runId = QStringLiteral("manual-test");
    keep.database = f.dst.name();
    keep.table = QStringLiteral("t");
    keep.key = {QByteArray("1")};
    keep.keyText = QStringLiteral("id=1");
    keep.reason = QStringLiteral("manual");
    keep.syncTable = SyncTable();
    QVERIFY(ConflictStore(**store).record(keep));
    TestSupport::CliRun take = cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), QString::number(keep.id),
                                    QStringLiteral("--take"), QStringLiteral("target")});
    QCOMPARE(take.exitCode, 0);
    QCOMPARE(ConflictStore(**store).get(keep.id)->state, StoredConflict::State::Resolved);
}

void TstSyncFaults::killedConnectionLeavesWholeBatchesAndResumes()
{
    Fixture f(QStringLiteral("ss_syncf_kill"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20))")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t SELECT seq, CONCAT('src', seq) FROM seq_1_to_200")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t SELECT seq, CONCAT('dst', seq) FROM seq_1_to_200")));

    SyncRequest r = request(f);
    r.apply.maxBatchRows = 20;
    r.apply.reconnectAttempts = 0; // stop on the lost connection, so that the run is resumed
    r.apply.faultHook = [this](Applier::FaultPoint point, qint64 batch, Connection& target) -> Status {
        if (point != Applier::FaultPoint::BeforeCommit || batch != 3)
            return {};
        // Another session kills the apply connection with the batch written but not committed.
        Result<std::unique_ptr<Connection>> admin = Connection::open(m_dst);
        if (!admin)
            return admin.error();
        return (*admin)->execute(QStringLiteral("KILL CONNECTION %1").arg(target.threadId()).toUtf8());
    };
    SyncJob job(r);
    Status s = JobRunner::runBlocking(job);
    QVERIFY(!s);
    QCOMPARE(s.error().retry, Error::Retry::LostConnection);
    const SyncReport report = job.report();
    QVERIFY(!report.backupId.isEmpty());
    QCOMPARE(synced(*f.dstConn), 60); // batches 0, 1 and 2 whole; nothing of batch 3

    TestSupport::CliRun resume = cli({QStringLiteral("sync"), QStringLiteral("--resume"), report.runId, QStringLiteral("--yes"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
    const QJsonObject o = QJsonDocument::fromJson(resume.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("resumed")).toBool());
    QCOMPARE(o.value(QStringLiteral("backup_id")).toString(), report.backupId);
    QCOMPARE(o.value(QStringLiteral("applied")).toObject().value(QStringLiteral("updated")).toInteger(), 200);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), checksum(*f.srcConn, f.src.name(), QStringLiteral("t")));
    TestSupport::CliRun verify = cli({QStringLiteral("verify"), QStringLiteral("--run"), report.runId});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
}

void TstSyncFaults::serverRestartLeavesWholeBatchesAndResumes()
{
    // A target of our own, so that restarting it disturbs no other test.
    m_restartSandbox = QStringLiteral("ss-it-syncrestart");
    Result<QString> started = TestSupport::sandbox({QStringLiteral("start"), m_restartSandbox});
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    ConnectionSettings target = m_dst;
    target.port = started->toInt();
    target.label = QStringLiteral("restarting");
    Fixture f(QStringLiteral("ss_syncf_restart"));
    QVERIFY(f.open()); // the dst side of the fixture is not used
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20));"
                                                    "INSERT INTO t SELECT seq, CONCAT('src', seq) FROM seq_1_to_150")));
    const QString db = f.dst.name();
    {
        Result<std::unique_ptr<Connection>> admin = Connection::open(target);
        QVERIFY(admin);
        QVERIFY(Fixture::run(**admin, QStringLiteral("DROP DATABASE IF EXISTS `%1`; CREATE DATABASE `%1`; "
                                                     "CREATE TABLE `%1`.t (id INT PRIMARY KEY, v VARCHAR(20)); "
                                                     "INSERT INTO `%1`.t SELECT seq, CONCAT('dst', seq) FROM `%1`.seq_1_to_150")
                                          .arg(db)));
    }
    target.database = db;

    SyncRequest r = request(f);
    r.target = target;
    r.targetText = QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(target.port).arg(db);
    r.apply.maxBatchRows = 25;
    r.apply.reconnectAttempts = 0;
    r.apply.faultHook = [target](Applier::FaultPoint point, qint64 batch, Connection&) -> Status {
        if (point != Applier::FaultPoint::BeforeCommit || batch != 2)
            return {};
        ConnectionSettings admin = target;
        admin.database.clear();
        Result<std::unique_ptr<Connection>> c = Connection::open(admin);
        if (!c)
            return c.error();
        Result<Value> pidFile = (*c)->scalar(QByteArrayView("SELECT @@pid_file"));
        if (!pidFile)
            return pidFile.error();
        QFile file(QString::fromUtf8(pidFile->value_or(QByteArray())));
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(QStringLiteral("cannot read %1").arg(file.fileName()));
        const qint64 pid = file.readAll().trimmed().toLongLong();
        (void)(*c)->execute(QByteArrayView("SHUTDOWN"));
        c->reset();
        // SHUTDOWN returns (and new connections are refused) while the server still serves the
        // open ones: wait for the process itself to end, so that the COMMIT surely meets no server.
        if (!waitForProcessExit(pid, 60000))
            return Error::make(QStringLiteral("the server (pid %1) did not stop within a minute").arg(pid));
        return {};
    };
    SyncJob job(r);
    Status s = JobRunner::runBlocking(job);
    QVERIFY(!s);
    const SyncReport report = job.report();
    QVERIFY(!report.backupId.isEmpty());

    // Wait for the server to be gone, then start it again on its data (the sandbox script refuses
    // while the old process is still shutting down).
    for (int i = 0; i < 100 && Connection::open(target); ++i)
        QThread::msleep(100);
    for (int i = 0; i < 60; ++i) {
        started = TestSupport::sandbox({QStringLiteral("start"), m_restartSandbox});
        if (started)
            break;
        QThread::msleep(500);
    }
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    Result<std::unique_ptr<Connection>> after = Connection::open(target);
    QVERIFY(after);
    QCOMPARE(synced(**after), 50); // batches 0 and 1; batch 2 never committed

    TestSupport::CliRun resume = cli({QStringLiteral("sync"), QStringLiteral("--resume"), report.runId, QStringLiteral("--yes")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
    QCOMPARE(checksum(**after, db, QStringLiteral("t")), checksum(*f.srcConn, f.src.name(), QStringLiteral("t")));
    TestSupport::CliRun verify = cli({QStringLiteral("verify"), QStringLiteral("--run"), report.runId});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
    (void)TestSupport::sandbox({QStringLiteral("stop"), m_restartSandbox});
    m_restartSandbox.clear();
}

void TstSyncFaults::rowOverMaxAllowedPacket()
{
    Fixture f(QStringLiteral("ss_syncf_packet"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20), b LONGBLOB)")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t VALUES (1, 'a', 'x'), (2, 'big', REPEAT('z', 300000))")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t VALUES (1, 'old', 'x')")));
    const QString before = checksum(*f.dstConn, f.dst.name(), QStringLiteral("t"));
    SyncRequest r = request(f);
    r.apply.maxAllowedPacket = 200000; // as if the target's max_allowed_packet were this small
    r.sync.bulk = false;
    SyncJob job(r);
    Status s = JobRunner::runBlocking(job);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("row-too-large"));
    QCOMPARE(s.error().table, QStringLiteral("t"));
    QVERIFY2(s.error().message.contains(QStringLiteral("id=2")), qPrintable(s.error().toString()));
    QVERIFY2(s.error().hint.contains(QStringLiteral("max_allowed_packet")), qPrintable(s.error().toString()));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), before);
    QVERIFY(job.report().backupId.isEmpty());
}

void TstSyncFaults::untickedRowsAndKindsAreLeftAlone()
{
    Fixture f(QStringLiteral("ss_syncf_pick"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20)); CREATE TABLE u (id INT PRIMARY KEY)")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'); INSERT INTO u VALUES (1)")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t VALUES (1, 'x'), (2, 'y'), (9, 'z'); INSERT INTO u VALUES (7)")));

    // The GUI's way: a compare, ticks in its results, then a sync of that compare.
    TestSupport::CliRun compare = cli({QStringLiteral("compare"), QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(m_src.port).arg(f.src.name()),
                                       QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(m_dst.port).arg(f.dst.name()),
                                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(compare.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(compare.out.toUtf8()).object();
    const QString runId = o.value(QStringLiteral("run_id")).toString();
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(o.value(QStringLiteral("diff_store")).toString());
    QVERIFY(store);
    Result<QList<DiffTableInfo>> tables = (*store)->tables();
    QVERIFY(tables);
    Result<std::unique_ptr<SyncSelection>> selection = SyncSelection::open((*store)->path());
    QVERIFY(selection);
    for (const DiffTableInfo& t : *tables) {
        if (t.name.endsWith(QLatin1String(".u"))) {
            QVERIFY((*selection)->setTableIncluded(t.id, false));
            continue;
        }
        Result<QList<DiffRow>> rows = (*store)->rows(t.id, {}, 100, DiffRow::Kind::Different);
        QVERIFY(rows);
        for (const DiffRow& row : *rows) {
            if (row.key.value(0) == Value(QByteArray("2")))
                QVERIFY((*selection)->setRowIncluded(t.id, row.sortKey, false));
        }
        QVERIFY((*selection)->setKindIncluded(t.id, RowChange::Kind::Delete, false));
    }
    SyncRequest r = request(f);
    r.compareRunId = runId;
    SyncJob job(r);
    Status s = JobRunner::runBlocking(job);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(job.report().applied.updated, 1);
    QCOMPARE(job.report().applied.inserted, 1);
    QCOMPARE(job.report().applied.deleted, 0);
    // Per-table progress for the runner panel: only the table written to, done with its two rows.
    const JobProgress progress = job.progress();
    QCOMPARE(progress.items.size(), 1);
    QVERIFY(progress.items.first().name.endsWith(QLatin1String(".t")));
    QCOMPARE(progress.items.first().state, JobItemProgress::State::Done);
    QCOMPARE(progress.items.first().rowsDone, qint64(2));
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM t WHERE (id, v) IN ((1, 'a'), (2, 'y'), (3, 'c'), (9, 'z'))")), 4);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM u WHERE id = 7")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM u")), 1);
}

QTEST_GUILESS_MAIN(TstSyncFaults)
#include "tst_syncfaults.moc"

// The guarded Applier against real servers. Every test breaks something on purpose: rows changed
// behind the plan's back, a connection killed inside a batch, a row too large for the packet, a
// deadlock with another session, cascading foreign keys, triggers, generated columns and hostile
// names. "Identical" is always checked with a checksum the server computes with plain SQL.
#include "tst_applysupport.h"

#include "sync/Applier.h"
#include "sync/BackupReader.h"
#include "sync/Rollback.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <thread>

using namespace ApplyTest;

namespace {

// Every type of the fidelity matrix. The charsets of l and g are not utf8mb4 on purpose.
const QString FidelityDdl = QStringLiteral(
    "CREATE TABLE fid ("
    " id INT PRIMARY KEY,"
    " u VARCHAR(64) CHARACTER SET utf8mb4,"
    " l VARCHAR(64) CHARACTER SET latin1,"
    " g VARCHAR(64) CHARACTER SET gbk,"
    " b VARBINARY(64),"
    " d DECIMAL(65,30),"
    " dbl DOUBLE,"
    " f FLOAT,"
    " bits BIT(64),"
    " dt DATETIME(6),"
    " zdt DATETIME,"
    " zd DATE,"
    " tm TIME(6),"
    " y YEAR,"
    " e ENUM('a','b','ü') CHARACTER SET latin1,"
    " s SET('x','y','z'),"
    " js JSON,"
    " geo GEOMETRY,"
    " bl BLOB,"
    " tx TEXT CHARACTER SET utf8mb4"
    ") ENGINE=InnoDB");

// Source rows (the desired state).
const QString FidelitySource = QStringLiteral(
    "INSERT INTO fid VALUES "
    "(1, '中文🙂 ''quote'' \\\\ back', _latin1 X'E9E8FF', _gbk X'D6D0CEC4', X'00FF0001', "
    " '12345678901234567890123456789012345.123456789012345678901234567890', 1.7976931348623157e308, 3.402823e38,"
    " b'1111111111111111111111111111111111111111111111111111111111111111', '2024-02-29 23:59:59.999999',"
    " '0000-00-00 00:00:00', '2024-00-15', '-838:59:59.000000', 2155, 'ü', 'x,z', '{\"a\": [1, 2.50, \"x\"]}',"
    " ST_GeomFromText('POLYGON((0 0,10 0,10 10,0 0))'), X'0000000001', CONCAT('line1', CHAR(10), 'tab', CHAR(9), 'nul', CHAR(0))),"
    "(2, '', '', '', X'', '-0.000000000000000000000000000001', 2.2250738585072014e-308, -1.17549435e-38,"
    " b'0', '1000-01-01 00:00:00.000001', '2024-02-00 00:00:00', '0000-00-00', '00:00:00', 0, 'a', '', '[]',"
    " POINT(1.5, -2.25), X'', ''),"
    "(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
    "(4, 'update me: new', _latin1 X'C0', _gbk X'B0A1', X'FF', '0.1', 0.1, 0.1, b'101', '2000-01-01 00:00:00',"
    " '2000-01-01 00:00:00', '2000-01-01', '12:00:00', 2000, 'b', 'y', '{\"k\": null}', POINT(0,0), X'AB', 'x'),"
    "(5, 'only in source', NULL, NULL, X'00', '1', -4.9e-324, 1e-45, b'1', NULL, NULL, NULL, NULL, 1901, NULL, NULL,"
    " NULL, NULL, REPEAT(X'00FF', 30000), REPEAT('长', 5000))");

// Target rows: 1 and 2 missing (inserts), 3 differs (update to NULLs), 4 differs, 6 and 7 only here
// (deletes).
const QString FidelityTarget = QStringLiteral(
    "INSERT INTO fid (id, u, l, b, d, dbl, bits, js, bl) VALUES "
    "(3, 'will become NULL', _latin1 X'41', X'01', '1.5', 1, b'1', '{}', X'00'),"
    "(4, 'update me: old', _latin1 X'C1', X'FE', '0.2', 0.2, b'111', '{\"k\": 1}', X'AC'),"
    "(6, 'delete me', NULL, NULL, NULL, NULL, NULL, NULL, X'00FF00'),"
    "(7, 'delete me too', _latin1 X'FF', NULL, '99.5', -0.0, b'10', '\"s\"', NULL)");

} // namespace

class TstApply : public QObject
{
    Q_OBJECT

private slots:
    void fidelityRoundTrip();
    void targetChangedAfterCompareBecomesConflict();
    void killedInsideBatchLeavesNoPartialBatchAndResumes();
    void killedConnectionReconnectsAndConverges();
    void lostCommitReplyIsSettledByJournal();
    void cancelLeavesCheckpoint();
    void rowTooLargeForPacketWritesNothing();
    void cascadeChildKeepsRows();
    void foreignKeyOrderAcrossTables();
    void triggersWarnAndFire();
    void generatedColumnsUntouched();
    void hostileIdentifiers();
    void collationEqualKeys();
    void foreignKeyErrorStopsWithHint();
    void deadlockIsRetried();
    void lockWaitTimeoutIsRetried();

private:
    // Builds a fixture with `ddl` on both sides and `srcSql`/`dstSql` data, and a plan of `tables`.
    bool prepare(Fixture& f, const QString& ddl, const QString& srcSql, const QString& dstSql);
    ChangePlan plan(Fixture& f, const QStringList& tables);
};

bool TstApply::prepare(Fixture& f, const QString& ddl, const QString& srcSql, const QString& dstSql)
{
    if (!f.open() || !f.both(ddl))
        return false;
    if (!srcSql.isEmpty() && !Fixture::run(*f.srcConn, srcSql))
        return false;
    if (!dstSql.isEmpty() && !Fixture::run(*f.dstConn, dstSql))
        return false;
    return true;
}

ChangePlan TstApply::plan(Fixture& f, const QStringList& tables)
{
    ChangePlan p;
    for (const QString& t : tables) {
        Result<ChangePlan::Table> pt = diff(*f.srcConn, *f.dstConn, f.src.name(), f.dst.name(), t);
        if (!pt) {
            qWarning("%s", qPrintable(text(pt.error())));
            return {};
        }
        p.tables.append(*pt);
    }
    return p;
}

void TstApply::fidelityRoundTrip()
{
    Fixture f(QStringLiteral("ss_apply_fid"));
    QVERIFY(prepare(f, FidelityDdl, FidelitySource, FidelityTarget));
    QVERIFY(checksum(*f.srcConn, f.src.name(), QStringLiteral("fid")) != checksum(*f.dstConn, f.dst.name(), QStringLiteral("fid")));

    ChangePlan p = plan(f, {QStringLiteral("fid")});
    QCOMPARE(p.tables.size(), 1);
    QCOMPARE(changeCount(p.tables.first()), 7);
    QVERIFY(p.tables.first().table.columns.at(7).readAsDouble); // f FLOAT

    QList<Applier::Progress> progress;
    Applier::Options o = quietOptions();
    o.maxBatchRows = 2;
    o.progress = [&](const Applier::Progress& pr) { progress.append(pr); };
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->inserted, 3);
    QCOMPARE(out->updated, 2);
    QCOMPARE(out->deleted, 2);
    QCOMPARE(out->conflictCount, 0);
    QCOMPARE(out->writeMismatches, 0);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("fid")), checksum(*f.srcConn, f.src.name(), QStringLiteral("fid")));

    // Progress: monotonic, ends at the total, counts batches of at most two rows.
    QVERIFY(!progress.isEmpty());
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).rowsDone > progress.at(i - 1).rowsDone);
    QCOMPARE(progress.last().rowsDone, 7);
    QCOMPARE(progress.last().rowsTotal, 7);
    QVERIFY(progress.last().bytesDone > 0);
    QCOMPARE(out->batches, 4); // deletes: 1 batch, updates: 1, inserts: 2

    // The backup point is complete and holds exactly what changed.
    Result<BackupInfo> info = f.catalog->get(out->runId);
    QVERIFY(info);
    QCOMPARE(info->state, BackupInfo::State::Complete);
    QCOMPARE(info->inserted, 3);
    QCOMPARE(info->deleted, 2);
    QCOMPARE(info->tables.first().updated, 2);
    QVERIFY(!info->digest.isEmpty());
    QVERIFY(info->sizeBytes > 0);
    auto reader = BackupReader::open(f.catalog->fileOf(out->runId));
    QVERIFY(reader);
    QVERIFY((*reader)->scan(true, info->digest.toLatin1()).ok());
    // The run journal rows are gone once the run finished.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM `_syncstudio`.`journal` WHERE run_id = '%1'").arg(out->runId)), 0);

    // The same plan again: everything is already in place, nothing is written, no conflicts.
    Applier again(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> second = again.run(p);
    QVERIFY(second);
    QCOMPARE(second->unchanged, 7);
    QCOMPARE(second->inserted + second->updated + second->deleted + second->conflictCount, 0);
    // And a fresh compare finds nothing.
    QCOMPARE(changeCount(plan(f, {QStringLiteral("fid")}).tables.first()), 0);
}

void TstApply::targetChangedAfterCompareBecomesConflict()
{
    Fixture f(QStringLiteral("ss_apply_conf"));
    QVERIFY(prepare(f, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20), n INT)"),
                    QStringLiteral("INSERT INTO t VALUES (1,'new',1),(2,'new',2),(3,'new',3),(4,'new',4),(10,'ins',10),(11,'ins',11)"),
                    QStringLiteral("INSERT INTO t VALUES (1,'old',1),(2,'old',2),(3,'old',3),(4,'old',4),(20,'del',20),(21,'del',21)")));
    ChangePlan p = plan(f, {QStringLiteral("t")});
    QCOMPARE(changeCount(p.tables.first()), 8);

    // Between "compare" and apply, someone works on the target.
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("UPDATE t SET v = 'theirs' WHERE id = 2; "
                                                    "DELETE FROM t WHERE id = 3; "
                                                    "UPDATE t SET n = 99 WHERE id = 4; "
                                                    "INSERT INTO t VALUES (11, 'theirs', 0); "
                                                    "UPDATE t SET v = 'keep' WHERE id = 21")));

    QList<Conflict> streamed;
    Applier::Options o = quietOptions();
    o.onConflict = [&](const Conflict& c) { streamed.append(c); };
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->conflictCount, 5);
    QCOMPARE(streamed.size(), 5);
    QCOMPARE(out->updated, 1);  // id 1
    QCOMPARE(out->inserted, 1); // id 10
    QCOMPARE(out->deleted, 1);  // id 20

    QHash<QString, Conflict> byKey;
    for (const Conflict& c : out->conflicts)
        byKey.insert(QString::fromUtf8(*c.key.first()), c);
    QCOMPARE(byKey.value(QStringLiteral("2")).reason, Conflict::Reason::Changed);
    QCOMPARE(byKey.value(QStringLiteral("2")).actual.at(1), Value(QByteArray("theirs")));
    QCOMPARE(byKey.value(QStringLiteral("2")).expected.at(1), Value(QByteArray("old")));
    QCOMPARE(byKey.value(QStringLiteral("2")).desired.at(1), Value(QByteArray("new")));
    QCOMPARE(byKey.value(QStringLiteral("2")).differingColumns(), QList<int> {1});
    QCOMPARE(byKey.value(QStringLiteral("3")).reason, Conflict::Reason::Missing);
    QVERIFY(byKey.value(QStringLiteral("3")).actual.isEmpty());
    QCOMPARE(byKey.value(QStringLiteral("4")).kind, RowChange::Kind::Update);
    QCOMPARE(byKey.value(QStringLiteral("11")).reason, Conflict::Reason::Present);
    QCOMPARE(byKey.value(QStringLiteral("21")).kind, RowChange::Kind::Delete);

    // Their values stay.
    Result<QueryResult> now = f.dstConn->query(QByteArrayView("SELECT id, v, n FROM t ORDER BY id"));
    QVERIFY(now);
    QStringList rows;
    for (int i = 0; i < now->rows.size(); ++i)
        rows << now->text(i, 0) + QLatin1Char(':') + now->text(i, 1) + QLatin1Char(':') + now->text(i, 2);
    QCOMPARE(rows, (QStringList {QStringLiteral("1:new:1"), QStringLiteral("2:theirs:2"), QStringLiteral("4:old:99"),
                                 QStringLiteral("10:ins:10"), QStringLiteral("11:theirs:0"), QStringLiteral("21:keep:21")}));
    QCOMPARE(f.catalog->get(out->runId)->conflicts, 5);
}

namespace {
const QString BulkDdl = QStringLiteral("CREATE TABLE bulk (id INT PRIMARY KEY, v VARCHAR(40), pad VARBINARY(200))");
const QString BulkSource = QStringLiteral(
    "INSERT INTO bulk SELECT seq, CONCAT('row ', seq), REPEAT(X'A5', seq % 200) FROM seq_1_to_60");
const QString BulkTarget = QStringLiteral(
    "INSERT INTO bulk SELECT seq, CONCAT('old ', seq), NULL FROM seq_1_to_10; "
    "INSERT INTO bulk SELECT seq, 'gone', NULL FROM seq_100_to_104");
} // namespace

void TstApply::killedInsideBatchLeavesNoPartialBatchAndResumes()
{
    Fixture f(QStringLiteral("ss_apply_kill"));
    QVERIFY(prepare(f, BulkDdl, BulkSource, BulkTarget));
    ChangePlan p = plan(f, {QStringLiteral("bulk")});
    QCOMPARE(changeCount(p.tables.first()), 65); // 5 deletes, 10 updates, 50 inserts
    const QString dstBefore = checksum(*f.dstConn, f.dst.name(), QStringLiteral("bulk"));

    // Batch numbers: 0 deletes, 1 updates, 2..6 inserts of ten. Kill the connection inside batch 3,
    // after its rows are written and backed up, before COMMIT; do not reconnect.
    auto admin = TestSupport::connect(QStringLiteral("dst"));
    QVERIFY(admin);
    Applier::Options o = quietOptions();
    o.maxBatchRows = 10;
    o.reconnectAttempts = 0;
    bool killed = false;
    qint64 rowsAtKill = -1;
    o.faultHook = [&](Applier::FaultPoint point, qint64 batch, Connection& target) -> Status {
        if (point == Applier::FaultPoint::BeforeCommit && batch == 3 && !killed) {
            killed = true;
            // The batch's rows are written but invisible to others.
            rowsAtKill = count(**admin, QStringLiteral("SELECT COUNT(*) FROM %1.bulk").arg(Sql::quoteIdentifier(f.dst.name())));
            (void)(*admin)->execute(QStringLiteral("KILL CONNECTION %1").arg(target.threadId()).toUtf8());
        }
        return {};
    };
    Applier first(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = first.run(p);
    QVERIFY(!out);
    QVERIFY(killed);
    QCOMPARE(out.error().retry, Error::Retry::LostConnection);
    QVERIFY2(out.error().hint.contains(first.runId()), qPrintable(out.error().toString()));
    const QString runId = first.runId();

    // Deletes, updates and the first ten inserts committed; batch 3 did not, not even in part.
    const QString db = Sql::quoteIdentifier(f.dst.name());
    QCOMPARE(rowsAtKill, 10 + 10);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM %1.bulk").arg(db)), 20);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM %1.bulk WHERE id BETWEEN 21 AND 30").arg(db)), 0);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM %1.bulk WHERE v LIKE 'row %%'").arg(db)), 20);
    Result<BackupInfo> partial = f.catalog->get(runId);
    QVERIFY(partial);
    QCOMPARE(partial->state, BackupInfo::State::Partial);
    QVERIFY(partial->message.contains(QLatin1String("resumed")));

    // Resume with the same plan: it continues after the last committed batch and converges.
    Applier second(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> resumed = second.resume(runId, p);
    QVERIFY2(resumed, qPrintable(resumed ? QString() : text(resumed.error())));
    QVERIFY(resumed->resumed);
    QCOMPARE(resumed->runId, runId);
    QCOMPARE(resumed->inserted, 50);
    QCOMPARE(resumed->updated, 10);
    QCOMPARE(resumed->deleted, 5);
    QCOMPARE(resumed->conflictCount, 0);
    QCOMPARE(resumed->unchanged, 0); // nothing was written twice
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("bulk")), checksum(*f.srcConn, f.src.name(), QStringLiteral("bulk")));
    QVERIFY(dstBefore != checksum(*f.dstConn, f.dst.name(), QStringLiteral("bulk")));

    // The backup point holds every row exactly once, in committed batches only.
    Result<BackupInfo> done = f.catalog->get(runId);
    QCOMPARE(done->state, BackupInfo::State::Complete);
    auto reader = BackupReader::open(f.catalog->fileOf(runId));
    QVERIFY(reader);
    QVERIFY((*reader)->scan(true, done->digest.toLatin1()).ok());
    QSet<QByteArray> keys;
    int records = 0, aborted = 0;
    for (const BackupReader::Batch& b : (*reader)->batches()) {
        if (b.state == BackupReader::Batch::State::Aborted)
            ++aborted;
        if (b.state != BackupReader::Batch::State::Committed)
            continue;
        const Result<QList<BackupRecord>> batchRecords = (*reader)->records(b);
        QVERIFY(batchRecords);
        for (const BackupRecord& r : *batchRecords) {
            keys.insert(RowChange::keyBytes(r.key));
            ++records;
        }
    }
    QCOMPARE(records, 65);
    QCOMPARE(keys.size(), 65);
    QCOMPARE(aborted, 1); // batch 3's records, written before the kill, settled as aborted
}

void TstApply::killedConnectionReconnectsAndConverges()
{
    Fixture f(QStringLiteral("ss_apply_reco"));
    QVERIFY(prepare(f, BulkDdl, BulkSource, BulkTarget));
    ChangePlan p = plan(f, {QStringLiteral("bulk")});
    auto admin = TestSupport::connect(QStringLiteral("dst"));
    QVERIFY(admin);
    Applier::Options o = quietOptions();
    o.maxBatchRows = 10;
    int kills = 0;
    QStringList log;
    o.log = [&](const QString& line) { log << line; };
    // Kill once inside a batch, and once between two batches (seen as a failed START TRANSACTION).
    o.faultHook = [&](Applier::FaultPoint point, qint64 batch, Connection& target) -> Status {
        if ((point == Applier::FaultPoint::BeforeCommit && batch == 2 && kills == 0)
            || (point == Applier::FaultPoint::BeforeLock && batch == 5 && kills == 1)) {
            ++kills;
            (void)(*admin)->execute(QStringLiteral("KILL CONNECTION %1").arg(target.threadId()).toUtf8());
            QThread::msleep(50);
        }
        return {};
    };
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(kills, 2);
    QCOMPARE(out->reconnects, 2);
    QCOMPARE(out->inserted, 50);
    QCOMPARE(out->conflictCount, 0);
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("did not commit")), qPrintable(log.join(QLatin1Char('\n'))));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("bulk")), checksum(*f.srcConn, f.src.name(), QStringLiteral("bulk")));
}

void TstApply::lostCommitReplyIsSettledByJournal()
{
    Fixture f(QStringLiteral("ss_apply_jrnl"));
    QVERIFY(prepare(f, BulkDdl, BulkSource, BulkTarget));
    ChangePlan p = plan(f, {QStringLiteral("bulk")});
    Applier::Options o = quietOptions();
    o.maxBatchRows = 10;
    bool injected = false;
    QStringList log;
    o.log = [&](const QString& line) { log << line; };
    // COMMIT succeeds, but the client "never hears": the run must ask the journal, not guess. A
    // guess of "not committed" would insert the rows again and meet them as conflicts.
    o.faultHook = [&](Applier::FaultPoint point, qint64 batch, Connection&) -> Status {
        if (point == Applier::FaultPoint::AfterCommit && batch == 3 && !injected) {
            injected = true;
            Error e = Error::make(QStringLiteral("Lost connection to server during query"));
            e.errnum = 2013;
            e.retry = Error::Retry::LostConnection;
            return e;
        }
        return {};
    };
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QVERIFY(injected);
    QCOMPARE(out->reconnects, 1);
    QCOMPARE(out->conflictCount, 0);
    QCOMPARE(out->unchanged, 0);
    QCOMPARE(out->inserted, 50);
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("had committed")));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("bulk")), checksum(*f.srcConn, f.src.name(), QStringLiteral("bulk")));
}

void TstApply::cancelLeavesCheckpoint()
{
    Fixture f(QStringLiteral("ss_apply_cncl"));
    QVERIFY(prepare(f, BulkDdl, BulkSource, BulkTarget));
    ChangePlan p = plan(f, {QStringLiteral("bulk")});
    Applier::Options o = quietOptions();
    o.maxBatchRows = 10;
    int batches = 0;
    o.progress = [&](const Applier::Progress&) { ++batches; };
    o.cancelled = [&] { return batches >= 3; };
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY(out);
    QVERIFY(out->cancelled);
    QCOMPARE(out->batches, 3);
    QCOMPARE(f.catalog->get(out->runId)->state, BackupInfo::State::Partial);
    // Exactly three batches are in: 5 deletes, 10 updates, 10 inserts.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM %1.bulk").arg(Sql::quoteIdentifier(f.dst.name()))), 20);

    Applier again(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> resumed = again.resume(out->runId, p);
    QVERIFY2(resumed, qPrintable(resumed ? QString() : text(resumed.error())));
    QVERIFY(!resumed->cancelled);
    QCOMPARE(resumed->inserted, 50);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("bulk")), checksum(*f.srcConn, f.src.name(), QStringLiteral("bulk")));
    // A finished run cannot be resumed again.
    Applier third(f.target, *f.catalog, quietOptions());
    QVERIFY(!third.resume(out->runId, p));
}

void TstApply::rowTooLargeForPacketWritesNothing()
{
    Fixture f(QStringLiteral("ss_apply_pkt"));
    QVERIFY(prepare(f, QStringLiteral("CREATE TABLE big (id INT PRIMARY KEY, data LONGBLOB)"),
                    QStringLiteral("INSERT INTO big VALUES (1, X'01'), (2, REPEAT(X'FF', 5000)), (3, REPEAT(X'EE', 70000))"),
                    QStringLiteral("INSERT INTO big VALUES (2, X'00')")));
    ChangePlan p = plan(f, {QStringLiteral("big")});
    const QString before = checksum(*f.dstConn, f.dst.name(), QStringLiteral("big"));
    Applier::Options o = quietOptions();
    o.maxAllowedPacket = 64 * 1024; // row 3 needs ~140 kB of SQL as a hex literal
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY(!out);
    const Error& e = out.error();
    QCOMPARE(e.code, QStringLiteral("row-too-large"));
    QCOMPARE(e.table, QStringLiteral("big"));
    QCOMPARE(e.database, f.dst.name());
    QVERIFY2(e.message.contains(QLatin1String("id=3")), qPrintable(e.toString()));
    QVERIFY2(e.message.contains(QLatin1String("kB")) || e.message.contains(QLatin1String("KB")), qPrintable(e.toString()));
    QVERIFY2(e.hint.contains(QLatin1String("max_allowed_packet")), qPrintable(e.toString()));
    // Nothing at all was written, and no backup point was made.
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("big")), before);
    QVERIFY(f.catalog->list()->isEmpty());

    // Excluding that row lets the rest through.
    p.tables[0].exclude({QByteArray("3")});
    Applier again(f.target, *f.catalog, o);
    Result<Applier::Outcome> ok = again.run(p);
    QVERIFY2(ok, qPrintable(ok ? QString() : text(ok.error())));
    QCOMPARE(ok->skipped, 1);
    QCOMPARE(ok->inserted, 1);
    QCOMPARE(ok->updated, 1);
}

void TstApply::cascadeChildKeepsRows()
{
    Fixture f(QStringLiteral("ss_apply_casc"));
    const QString ddl = QStringLiteral(
        "CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(20), UNIQUE KEY (name)) ENGINE=InnoDB;\n"
        "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL, note VARCHAR(20),"
        " FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB");
    QVERIFY(prepare(f, ddl,
                    QStringLiteral("INSERT INTO parent VALUES (1, 'renamed'), (2, 'two'); "
                                   "INSERT INTO child VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c')"),
                    QStringLiteral("INSERT INTO parent VALUES (1, 'one'), (2, 'two'); "
                                   "INSERT INTO child VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c')")));
    ChangePlan p = plan(f, {QStringLiteral("parent"), QStringLiteral("child")});
    QCOMPARE(changeCount(p.tables.at(0)), 1);
    QCOMPARE(changeCount(p.tables.at(1)), 0);
    QVERIFY(p.tables.at(0).table.foreignKeyReferenced);
    Applier applier(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->updated, 1);
    // An UPDATE in place: a REPLACE (delete + insert) would have cascaded the delete to 10 and 11.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM child")), 3);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("child")), checksum(*f.srcConn, f.src.name(), QStringLiteral("child")));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("parent")), checksum(*f.srcConn, f.src.name(), QStringLiteral("parent")));
    // The cascade is announced for plans that delete from the parent.
    QVERIFY(out->warnings.isEmpty() || !out->warnings.join(QLatin1Char(' ')).contains(QLatin1String("REPLACE")));
    QVERIFY(out->warnings.join(QLatin1Char(' ')).contains(QLatin1String("ON DELETE CASCADE")));
}

void TstApply::foreignKeyOrderAcrossTables()
{
    Fixture f(QStringLiteral("ss_apply_fko"));
    const QString ddl = QStringLiteral(
        "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(20)) ENGINE=InnoDB;\n"
        "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL,"
        " FOREIGN KEY (customer_id) REFERENCES customers (id)) ENGINE=InnoDB");
    // New customer 3 with a new order; old customer 2 and its order go away.
    QVERIFY(prepare(f, ddl,
                    QStringLiteral("INSERT INTO customers VALUES (1, 'a'), (3, 'c'); INSERT INTO orders VALUES (100, 1), (300, 3)"),
                    QStringLiteral("INSERT INTO customers VALUES (1, 'a'), (2, 'b'); INSERT INTO orders VALUES (100, 1), (200, 2)")));
    // The child is listed first: the plan must still insert the parent first and delete it last.
    ChangePlan p = plan(f, {QStringLiteral("orders"), QStringLiteral("customers")});
    Applier applier(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->inserted, 2);
    QCOMPARE(out->deleted, 2);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("orders")), checksum(*f.srcConn, f.src.name(), QStringLiteral("orders")));

    // The same mix with the order reversed on purpose and FK checks on would fail: prove the check
    // is real by turning ordering off via foreign_key_checks = 0, which must also succeed.
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("DELETE FROM orders WHERE id = 300; DELETE FROM customers WHERE id = 3; "
                                                    "INSERT INTO customers VALUES (2, 'b'); INSERT INTO orders VALUES (200, 2)")));
    ChangePlan q = plan(f, {QStringLiteral("orders"), QStringLiteral("customers")});
    q.foreignKeyChecks = false;
    Applier unchecked(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> out2 = unchecked.run(q);
    QVERIFY2(out2, qPrintable(out2 ? QString() : text(out2.error())));
    QVERIFY(out2->warnings.join(QLatin1Char(' ')).contains(QLatin1String("Foreign key checks are off")));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("customers")), checksum(*f.srcConn, f.src.name(), QStringLiteral("customers")));
}

void TstApply::triggersWarnAndFire()
{
    Fixture f(QStringLiteral("ss_apply_trg"));
    QVERIFY(prepare(f, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v INT); CREATE TABLE audit (n INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(40))"),
                    QStringLiteral("INSERT INTO t VALUES (1, 10), (2, 20)"),
                    QStringLiteral("INSERT INTO t VALUES (2, 2), (3, 3)")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral(
        "CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW INSERT INTO audit (what) VALUES (CONCAT('insert ', NEW.id));\n"
        "CREATE TRIGGER t_au AFTER UPDATE ON t FOR EACH ROW INSERT INTO audit (what) VALUES (CONCAT('update ', NEW.id, ' ', OLD.v, '>', NEW.v));\n"
        "CREATE TRIGGER t_ad AFTER DELETE ON t FOR EACH ROW INSERT INTO audit (what) VALUES (CONCAT('delete ', OLD.id))")));
    ChangePlan p = plan(f, {QStringLiteral("t")});
    QCOMPARE(p.tables.first().table.triggers.size(), 3);
    QStringList log;
    Applier::Options o = quietOptions();
    o.log = [&](const QString& l) { log << l; };
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    const QString warnings = out->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("t_ai")) && warnings.contains(QLatin1String("t_au"))
                 && warnings.contains(QLatin1String("t_ad")),
             qPrintable(warnings));
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("triggers")));
    Result<QueryResult> audit = f.dstConn->query(QByteArrayView("SELECT what FROM audit ORDER BY n"));
    QVERIFY(audit);
    QStringList events;
    for (int i = 0; i < audit->rows.size(); ++i)
        events << audit->text(i, 0);
    // Deletes, then updates, then inserts; each fired once.
    QCOMPARE(events, (QStringList {QStringLiteral("delete 3"), QStringLiteral("update 2 2>20"), QStringLiteral("insert 1")}));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), checksum(*f.srcConn, f.src.name(), QStringLiteral("t")));
}

void TstApply::generatedColumnsUntouched()
{
    Fixture f(QStringLiteral("ss_apply_gen"));
    const QString ddl = QStringLiteral(
        "CREATE TABLE g (id INT PRIMARY KEY, price DECIMAL(10,2), qty INT,"
        " total DECIMAL(12,2) AS (price * qty) STORED, label VARCHAR(40) AS (CONCAT('#', id, ' x', qty)) VIRTUAL,"
        " stamp TIMESTAMP(6) NOT NULL DEFAULT '2000-01-01 00:00:00' ON UPDATE CURRENT_TIMESTAMP(6))");
    QVERIFY(prepare(f, ddl,
                    QStringLiteral("INSERT INTO g (id, price, qty, stamp) VALUES (1, 2.50, 4, '2001-01-01 00:00:00'), (2, 1.00, 1, '2002-02-02 00:00:00'), (3, 9.99, 3, '2003-03-03 03:03:03.5')"),
                    QStringLiteral("INSERT INTO g (id, price, qty, stamp) VALUES (1, 2.50, 1, '2001-01-01 00:00:00'), (2, 7.00, 1, '2002-02-02 00:00:00')")));
    ChangePlan p = plan(f, {QStringLiteral("g")});
    const SyncTable& t = p.tables.first().table;
    QVERIFY(t.columns.at(t.columnIndex(QStringLiteral("total"))).generated);
    QVERIFY(t.columns.at(t.columnIndex(QStringLiteral("label"))).generated);
    QVERIFY(t.columns.at(t.columnIndex(QStringLiteral("stamp"))).autoUpdate);
    Applier applier(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->updated, 2);
    QCOMPARE(out->inserted, 1);
    QCOMPARE(out->writeMismatches, 0);
    // Same bytes everywhere, including the ON UPDATE column the server would otherwise have stamped.
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("g")), checksum(*f.srcConn, f.src.name(), QStringLiteral("g")));
}

void TstApply::hostileIdentifiers()
{
    const QString db = TestSupport::uniqueName(QStringLiteral("ss `apply` 库"));
    Fixture f(QString(), db);
    const QString ddl = QStringLiteral(
        "CREATE TABLE `select` (`key``s` VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,"
        " `order by` INT NOT NULL, `值 列` TEXT, `a.b` INT, `\"q\"` VARCHAR(5),"
        " PRIMARY KEY (`key``s`, `order by`))");
    QVERIFY(prepare(f, ddl,
                    QStringLiteral("INSERT INTO `select` VALUES ('a''b', 1, '新🙂', 1, 'x'), ('`', 2, '改', 2, 'y'), ('A', 3, NULL, 3, NULL)"),
                    QStringLiteral("INSERT INTO `select` VALUES ('`', 2, '旧', 2, 'y'), ('a', 3, 'case differs', 0, 'z'), (' ', 9, 'gone', 9, NULL)")));
    ChangePlan p = plan(f, {QStringLiteral("select")});
    QCOMPARE(changeCount(p.tables.first()), 5);
    const QString before = checksum(*f.dstConn, db, QStringLiteral("select"));
    Applier applier(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->conflictCount, 0);
    QCOMPARE(checksum(*f.dstConn, db, QStringLiteral("select")), checksum(*f.srcConn, db, QStringLiteral("select")));

    // And back: the rollback reads the same names from the backup and from the server.
    Rollback rollback(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> r = rollback.run(out->runId);
    QVERIFY2(r, qPrintable(r ? QString() : text(r.error())));
    QVERIFY(r->clean());
    QCOMPARE(checksum(*f.dstConn, db, QStringLiteral("select")), before);
}

void TstApply::collationEqualKeys()
{
    // A case-insensitive key: 'A' on the source and 'a' on the target are different rows to the
    // byte-exact compare, but the same key to the server.
    Fixture f(QStringLiteral("ss_apply_ci"));
    QVERIFY(prepare(f, QStringLiteral("CREATE TABLE ci (k VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci PRIMARY KEY, v INT)"),
                    QStringLiteral("INSERT INTO ci VALUES ('A', 1), ('b', 2)"),
                    QStringLiteral("INSERT INTO ci VALUES ('a', 9), ('b', 2)")));
    ChangePlan p = plan(f, {QStringLiteral("ci")});
    QCOMPARE(changeCount(p.tables.first()), 2); // delete 'a', insert 'A'

    // With deletes off, the insert of 'A' meets 'a': a conflict, not a duplicate-key failure.
    p.tables[0].deletes = false;
    Applier first(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> out = first.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->conflictCount, 1);
    QCOMPARE(out->conflicts.first().reason, Conflict::Reason::Present);
    QCOMPARE(out->conflicts.first().actual.first(), Value(QByteArray("a")));
    QCOMPARE(out->inserted, 0);

    // With deletes on, 'a' goes first and 'A' comes in: byte-identical.
    p.tables[0].deletes = true;
    Applier second(f.target, *f.catalog, quietOptions());
    out = second.run(p);
    QVERIFY2(out, qPrintable(out ? QString() : text(out.error())));
    QCOMPARE(out->deleted, 1);
    QCOMPARE(out->inserted, 1);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("ci")), checksum(*f.srcConn, f.src.name(), QStringLiteral("ci")));
}

void TstApply::foreignKeyErrorStopsWithHint()
{
    // A table outside the sync refers to a row the sync deletes: the server refuses, the batch
    // rolls back whole, and the error says what to do.
    Fixture f(QStringLiteral("ss_apply_fke"));
    QVERIFY(prepare(f, QStringLiteral("CREATE TABLE p (id INT PRIMARY KEY) ENGINE=InnoDB;\n"
                                      "CREATE TABLE c (id INT PRIMARY KEY, p_id INT, FOREIGN KEY (p_id) REFERENCES p (id)) ENGINE=InnoDB"),
                    QStringLiteral("INSERT INTO p VALUES (1)"),
                    QStringLiteral("INSERT INTO p VALUES (1), (2), (3); INSERT INTO c VALUES (1, 3)")));
    ChangePlan p = plan(f, {QStringLiteral("p")});
    Applier applier(f.target, *f.catalog, quietOptions());
    Result<Applier::Outcome> out = applier.run(p);
    QVERIFY(!out);
    QCOMPARE(out.error().errnum, 1451u);
    QVERIFY2(out.error().hint.contains(QLatin1String("foreign key checks off")), qPrintable(out.error().toString()));
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM p")), 3); // row 2 not deleted alone
}

namespace {

/// Runs an Applier on its own thread (with its own AppStore on the fixture's file, as the app's
/// worker threads do).
class ApplierThread
{
public:
    ApplierThread(const Fixture& f, ChangePlan& plan, Applier::Options options)
    {
        const QString storePath = f.store->path();
        const ConnectionSettings target = f.target;
        m_thread = std::thread([this, storePath, target, &plan, options] {
            auto store = AppStore::open(storePath);
            if (!store) {
                m_error = text(store.error());
                m_done = true;
                return;
            }
            BackupCatalog catalog(**store);
            Applier applier(target, catalog, options);
            Result<Applier::Outcome> out = applier.run(plan);
            if (out)
                m_outcome = *out;
            else
                m_error = text(out.error());
            m_done = true;
        });
    }
    ~ApplierThread() { join(); }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    const Applier::Outcome& outcome() const { return m_outcome; }
    QString error() const { return m_error; }
    bool done() const { return m_done; }

private:
    std::thread m_thread;
    Applier::Outcome m_outcome;
    QString m_error;
    std::atomic_bool m_done {false};
};

/// Waits until an InnoDB transaction waits for a lock on a row of `database`.`dl` with a FOR
/// UPDATE, or the worker ended. Generous: under a loaded CI machine the Applier may need a while to connect and
/// read the table before it reaches its FOR UPDATE. Reads SHOW ENGINE INNODB STATUS, because
/// information_schema.INNODB_TRX of MariaDB 10.11 leaves out transactions waiting for a row lock.
bool waitForLockWait(Connection& c, const QString& database, const ApplierThread& worker, int timeoutMs = 60000)
{
    const QString table = Sql::qualified(database, QStringLiteral("dl"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && !worker.done()) {
        Result<QueryResult> status = c.query(QByteArrayView("SHOW ENGINE INNODB STATUS"));
        if (!status || status->rows.isEmpty())
            return false;
        const QString text = status->text(0, 2);
        for (const QString& trx : text.split(QStringLiteral("---TRANSACTION"))) {
            if (trx.contains(QLatin1String("LOCK WAIT")) && trx.contains(QLatin1String("FOR UPDATE"))
                && trx.contains(table))
                return true;
        }
        QThread::msleep(20);
    }
    return false;
}

} // namespace

void TstApply::deadlockIsRetried()
{
    Fixture f(QStringLiteral("ss_apply_dl"));
    QVERIFY(prepare(f, QStringLiteral("CREATE TABLE dl (id INT PRIMARY KEY, v INT); CREATE TABLE scratch (id INT PRIMARY KEY)"),
                    QStringLiteral("INSERT INTO dl VALUES (1, 100), (2, 200)"),
                    QStringLiteral("INSERT INTO dl VALUES (1, 1), (2, 2)")));
    ChangePlan p = plan(f, {QStringLiteral("dl")});
    QCOMPARE(changeCount(p.tables.first()), 2);

    // Another session holds row 2 and has done enough work that InnoDB picks the Applier as the
    // deadlock victim.
    auto other = TestSupport::connect(QStringLiteral("dst"), f.dst.name());
    QVERIFY(other);
    QVERIFY(Fixture::run(**other, QStringLiteral("BEGIN; INSERT INTO scratch SELECT seq FROM seq_1_to_2000; "
                                                 "SELECT * FROM dl WHERE id = 2 FOR UPDATE")));
    Applier::Options o = quietOptions();
    o.retryDelayMs = 200;
    ApplierThread worker(f, p, o);
    // Whatever happens below, the other session lets go, so the worker can finish and join.
    const auto release = qScopeGuard([&other] { (void)(*other)->rollback(); });
    // The Applier locks row 1, then waits for row 2; now the other session asks for row 1.
    auto watcher = TestSupport::connect(QStringLiteral("dst"));
    QVERIFY(watcher);
    QVERIFY2(waitForLockWait(**watcher, f.dst.name(), worker), qPrintable(worker.error()));
    Status s = (*other)->execute(QByteArrayView("SELECT * FROM dl WHERE id = 1 FOR UPDATE"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : text(s.error()))); // the other session won
    QVERIFY((*other)->rollback().ok());
    worker.join();
    QVERIFY2(worker.error().isEmpty(), qPrintable(worker.error()));
    QVERIFY(worker.outcome().deadlockRetries >= 1);
    QCOMPARE(worker.outcome().updated, 2);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("dl")), checksum(*f.srcConn, f.src.name(), QStringLiteral("dl")));
}

void TstApply::lockWaitTimeoutIsRetried()
{
    Fixture f(QStringLiteral("ss_apply_lw"));
    QVERIFY(prepare(f, QStringLiteral("CREATE TABLE dl (id INT PRIMARY KEY, v INT)"),
                    QStringLiteral("INSERT INTO dl VALUES (1, 100), (2, 200)"),
                    QStringLiteral("INSERT INTO dl VALUES (1, 1), (2, 2)")));
    ChangePlan p = plan(f, {QStringLiteral("dl")});
    auto other = TestSupport::connect(QStringLiteral("dst"), f.dst.name());
    QVERIFY(other);
    QVERIFY(Fixture::run(**other, QStringLiteral("BEGIN; SELECT * FROM dl WHERE id = 2 FOR UPDATE")));
    Applier::Options o = quietOptions();
    o.lockWaitTimeoutSeconds = 1;
    o.retryDelayMs = 100;
    ApplierThread worker(f, p, o);
    const auto release = qScopeGuard([&other] { (void)(*other)->rollback(); });
    auto watcher = TestSupport::connect(QStringLiteral("dst"));
    QVERIFY(watcher);
    QVERIFY2(waitForLockWait(**watcher, f.dst.name(), worker), qPrintable(worker.error()));
    QThread::msleep(2500); // at least one timeout, rollback and retry happen meanwhile
    QVERIFY(!worker.done());
    QVERIFY((*other)->rollback().ok());
    worker.join();
    QVERIFY2(worker.error().isEmpty(), qPrintable(worker.error()));
    QVERIFY(worker.outcome().lockWaitRetries >= 1);
    QCOMPARE(worker.outcome().updated, 2);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("dl")), checksum(*f.srcConn, f.src.name(), QStringLiteral("dl")));
}

QTEST_GUILESS_MAIN(TstApply)
#include "tst_apply.moc"

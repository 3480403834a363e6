// RollbackJob: the rollback of a backup point of rows as a Job, as the GUI runs it: progress is
// reported, a paused job holds before it writes, a cancelled one stops with the "cancelled" code
// and leaves a state that a second run finishes, and the result is verified row by row.
#include "tst_applysupport.h"

#include "jobs/JobRunner.h"
#include "sync/RollbackJob.h"

#include <QSignalSpy>

using namespace ApplyTest;

namespace {

const QString Ddl = QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20)) ENGINE=InnoDB");
const QString Source = QStringLiteral("INSERT INTO t SELECT seq, CONCAT('new ', seq) FROM seq_1_to_3000");
const QString Target = QStringLiteral("INSERT INTO t SELECT seq, CONCAT('old ', seq) FROM seq_1001_to_4000");

} // namespace

class TstRollbackJob : public QObject
{
    Q_OBJECT

private slots:
    void rollsBackWithProgress();
    void pausedThenCancelledFinishesOnSecondRun();

private:
    /// Syncs t (1000 inserts, 2000 updates, 1000 deletes, in batches of 100) and returns the backup
    /// point's id.
    QString syncFixture(Fixture& f, QString* before);
    RollbackJob::Request request(Fixture& f, const QString& id);
};

QString TstRollbackJob::syncFixture(Fixture& f, QString* before)
{
    if (!f.open() || !f.both(Ddl) || !Fixture::run(*f.srcConn, Source) || !Fixture::run(*f.dstConn, Target))
        return {};
    *before = checksum(*f.dstConn, f.dst.name(), QStringLiteral("t"));
    Result<ChangePlan::Table> table
        = diff(*f.srcConn, *f.dstConn, f.src.name(), f.dst.name(), QStringLiteral("t"));
    if (!table)
        return {};
    ChangePlan plan;
    plan.tables.append(*table);
    Applier::Options options = quietOptions();
    options.maxBatchRows = 100;
    Applier applier(f.target, *f.catalog, options);
    Result<Applier::Outcome> out = applier.run(plan);
    if (!out) {
        qWarning("%s", qPrintable(text(out.error())));
        return {};
    }
    return applier.runId();
}

RollbackJob::Request TstRollbackJob::request(Fixture& f, const QString& id)
{
    RollbackJob::Request r;
    r.backupId = id;
    r.target = f.target;
    r.targetText = QStringLiteral("test-dst");
    r.storePath = f.store->path();
    r.options.apply = quietOptions();
    r.options.apply.maxBatchRows = 100;
    return r;
}

void TstRollbackJob::rollsBackWithProgress()
{
    Fixture f(QStringLiteral("ss_rbjob_progress"));
    QString before;
    const QString id = syncFixture(f, &before);
    QVERIFY(!id.isEmpty());

    RollbackJob job(request(f, id.left(12))); // a unique prefix is enough
    QSignalSpy progress(&job, &Job::progressChanged);
    const Status status = JobRunner::runBlocking(job);
    QVERIFY2(status, qPrintable(status ? QString() : text(status.error())));
    const RollbackJob::Outcome outcome = job.outcome();
    QCOMPARE(outcome.backupId, id);
    QVERIFY(!outcome.schema);
    QVERIFY(outcome.clean());
    QVERIFY(outcome.verified());
    // 2000 updated back, 1000 inserted removed, 1000 deleted re-inserted.
    QCOMPARE(
        outcome.rows.applied.updated + outcome.rows.applied.deleted + outcome.rows.applied.inserted, 4000);
    QCOMPARE(outcome.rows.rowsMatching, 4000);
    QVERIFY(outcome.verificationText().contains(QStringLiteral("4000")));
    QVERIFY(progress.size() > 1);
    const JobProgress p = job.progress();
    QCOMPARE(p.rowsTotal, 4000);
    QCOMPARE(p.rowsDone, 4000);
    // One table in the runner panel's list, done with all its rows.
    QCOMPARE(p.items.size(), 1);
    QCOMPARE(p.items.first().name, f.dst.name() + QStringLiteral(".t"));
    QCOMPARE(p.items.first().rowsDone, 4000);
    QCOMPARE(p.items.first().state, JobItemProgress::State::Done);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), before);
    QCOMPARE(f.catalog->get(id)->state, BackupInfo::State::RolledBack);

    // Not twice: the job says why.
    RollbackJob again(request(f, id));
    const Status twice = JobRunner::runBlocking(again);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, QStringLiteral("already-rolled-back"));
}

void TstRollbackJob::pausedThenCancelledFinishesOnSecondRun()
{
    Fixture f(QStringLiteral("ss_rbjob_cancel"));
    QString before;
    const QString id = syncFixture(f, &before);
    QVERIFY(!id.isEmpty());

    // Paused before it starts, it holds at its first checkpoint between batches.
    RollbackJob job(request(f, id));
    job.pause();
    QFuture<Status> future = JobRunner().start(&job);
    QTest::qWait(1500);
    QVERIFY(!future.isFinished());
    QVERIFY(job.progress().paused);
    job.cancel();
    future.waitForFinished();
    const Status status = future.result();
    QVERIFY(!status);
    QCOMPARE(status.error().code, QStringLiteral("cancelled"));
    // Whatever it wrote before the pause is whole batches; the backup point is not rolled back yet.
    QCOMPARE(f.catalog->get(id)->state, BackupInfo::State::Complete);

    // A second run finishes the rollback (resuming its own run) and verifies it.
    RollbackJob second(request(f, id));
    const Status finished = JobRunner::runBlocking(second);
    QVERIFY2(finished, qPrintable(finished ? QString() : text(finished.error())));
    QVERIFY(second.outcome().clean());
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), before);
    QCOMPARE(f.catalog->get(id)->state, BackupInfo::State::RolledBack);
}

QTEST_GUILESS_MAIN(TstRollbackJob)
#include "tst_rollbackjob.moc"

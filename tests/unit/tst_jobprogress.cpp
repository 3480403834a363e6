// Job progress: per-item rows, their bound, the outcome JobRunner records, pause and cancel.
#include "jobs/Job.h"
#include "jobs/JobRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {

/// A job whose run() is empty: the test drives the protected progress API directly.
class ItemJob : public Job
{
public:
    Status run() override { return {}; }
    using Job::addItem;
    using Job::addItemWork;
    using Job::itemFinished;
    using Job::setItemProgress;
    using Job::setItems;
};

/// A job that works in steps until told to stop, checking in between like real jobs do.
class StepJob : public Job
{
public:
    Status run() override
    {
        while (m_steps.loadRelaxed() < 1000000) {
            if (!checkpoint())
                return cancelledError();
            m_steps.fetchAndAddRelaxed(1);
            QThread::msleep(1);
        }
        return {};
    }
    QAtomicInt m_steps {0};
};

const JobItemProgress* findItem(const JobProgress& p, const QString& name)
{
    for (const JobItemProgress& item : p.items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

class TstJobProgress : public QObject
{
    Q_OBJECT

private slots:
    void itemStates_data();
    void itemStates();
    void totalNeverBelowDone();
    void boundKeepsRunningItems();
    void setItemsReplaces();
    void outcomeRecorded();
    void pauseHoldsAndCancelEnds();
};

void TstJobProgress::itemStates_data()
{
    QTest::addColumn<int>("work");
    QTest::addColumn<int>("finish"); // 0 not finished, 1 ok, 2 failed
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::newRow("announced") << 0 << 0 << int(JobItemProgress::State::Pending) << qint64(0) << qint64(100);
    QTest::newRow("running") << 40 << 0 << int(JobItemProgress::State::Running) << qint64(40) << qint64(100);
    QTest::newRow("done early") << 40 << 1 << int(JobItemProgress::State::Done) << qint64(40) << qint64(40);
    QTest::newRow("failed") << 40 << 2 << int(JobItemProgress::State::Failed) << qint64(40) << qint64(100);
}

void TstJobProgress::itemStates()
{
    QFETCH(int, work);
    QFETCH(int, finish);
    ItemJob job;
    job.addItem(QStringLiteral("shop.orders"), 100);
    job.addItem(QStringLiteral("shop.customers"), 5);
    if (work > 0)
        job.addItemWork(QStringLiteral("shop.orders"), work);
    if (finish > 0)
        job.itemFinished(QStringLiteral("shop.orders"), finish == 1);
    const JobProgress p = job.progress();
    QCOMPARE(p.items.size(), 2);
    QCOMPARE(p.items.at(0).name, QStringLiteral("shop.orders"));
    QTEST(int(p.items.at(0).state), "state");
    QTEST(p.items.at(0).rowsDone, "done");
    QTEST(p.items.at(0).rowsTotal, "total");
    QCOMPARE(p.items.at(1).state, JobItemProgress::State::Pending);
}

void TstJobProgress::totalNeverBelowDone()
{
    ItemJob job;
    job.setItemProgress(QStringLiteral("t"), 10, 50);
    QCOMPARE(job.progress().items.at(0).rowsTotal, qint64(50));
    job.addItemWork(QStringLiteral("t"), 70); // the estimate was low
    const JobItemProgress item = job.progress().items.at(0);
    QCOMPARE(item.rowsDone, qint64(80));
    QCOMPARE(item.rowsTotal, qint64(80));
    job.setItemProgress(QStringLiteral("t"), 90); // -1 keeps the total, which grows with the rows
    QCOMPARE(job.progress().items.at(0).rowsTotal, qint64(90));
}

void TstJobProgress::boundKeepsRunningItems()
{
    ItemJob job;
    job.addItemWork(QStringLiteral("first"), 1); // running: never dropped
    for (int i = 1; i < Job::MaxItems; ++i) {
        const QString name = QStringLiteral("t%1").arg(i);
        job.addItemWork(name, 1);
        job.itemFinished(name);
    }
    QCOMPARE(job.progress().items.size(), Job::MaxItems);
    job.addItemWork(QStringLiteral("new"), 3);
    const JobProgress p = job.progress();
    QCOMPARE(p.items.size(), Job::MaxItems);
    QVERIFY(findItem(p, QStringLiteral("first")));
    QVERIFY(!findItem(p, QStringLiteral("t1"))); // the oldest finished one made room
    QVERIFY(findItem(p, QStringLiteral("t2")));
    QCOMPARE(findItem(p, QStringLiteral("new"))->rowsDone, qint64(3));
}

void TstJobProgress::setItemsReplaces()
{
    ItemJob job;
    job.addItem(QStringLiteral("old"));
    JobItemProgress a;
    a.name = QStringLiteral("a");
    a.rowsDone = 5;
    a.state = JobItemProgress::State::Running;
    job.setItems({a});
    const JobProgress p = job.progress();
    QCOMPARE(p.items.size(), 1);
    QCOMPARE(p.items.at(0), a);
}

void TstJobProgress::outcomeRecorded()
{
    ItemJob job;
    QVERIFY(!job.outcome().has_value());
    QSignalSpy finished(&job, &Job::finished);
    QVERIFY(JobRunner::runBlocking(job).ok());
    QCOMPARE(finished.count(), 1);
    QVERIFY(job.outcome().has_value());
    QVERIFY(job.outcome()->ok());

    ItemJob cancelled;
    cancelled.cancel();
    QVERIFY(!JobRunner::runBlocking(cancelled).ok());
    QVERIFY(cancelled.outcome().has_value());
    QCOMPARE(cancelled.outcome()->error().code, QStringLiteral("cancelled"));
}

void TstJobProgress::pauseHoldsAndCancelEnds()
{
    StepJob job;
    QFuture<Status> future = JobRunner().start(&job);
    QTRY_VERIFY(job.m_steps.loadRelaxed() > 5);
    job.pause();
    QVERIFY(job.progress().paused);
    // The step in flight reaches its checkpoint (a loaded machine may take a while), then holds.
    QTRY_VERIFY_WITH_TIMEOUT(([&job] {
        const int before = job.m_steps.loadRelaxed();
        QTest::qWait(60);
        return job.m_steps.loadRelaxed() == before;
    }()),
        5000);
    const int held = job.m_steps.loadRelaxed();
    QTest::qWait(100);
    QCOMPARE(job.m_steps.loadRelaxed(), held);
    job.resume();
    QTRY_VERIFY(job.m_steps.loadRelaxed() > held);
    job.cancel();
    future.waitForFinished();
    QCOMPARE(future.result().error().code, QStringLiteral("cancelled"));
    QCOMPARE(job.outcome()->error().code, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TstJobProgress)
#include "tst_jobprogress.moc"

// The runner panel as a DBA uses it: a job appears with its progress, per-table rows, rate and a
// throughput chart; Pause, Resume and Cancel act on the job itself; a finished job keeps its outcome
// and log; the log filters by level and copies what it shows; quitting with a job running asks.
#include "jobs/Job.h"
#include "jobs/JobRunner.h"
#include "runner/JobItemsModel.h"
#include "runner/JobNotifier.h"
#include "runner/JobsModel.h"
#include "runner/RunnerPanel.h"
#include "runner/ThroughputChart.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <memory>

namespace {

/// A job that does what the test tells it, one command at a time, on its worker thread, and checks
/// in between like real jobs do (so pause holds it and cancel ends it).
class FakeJob : public Job
{
public:
    FakeJob()
    {
        // Announced before it runs, as a compare does after reading the schema.
        setPhase(QStringLiteral("Comparing rows"));
        setTotals(1000, 2);
        addItem(QStringLiteral("shop.orders"), 600);
        addItem(QStringLiteral("shop.customers"), 400);
    }

    /// Rows done on `item` (the item finishes when `finish`).
    void work(const QString& item, qint64 rows, bool finish = false)
    {
        push([this, item, rows, finish] {
            setItem(item);
            addWork(rows, rows * 100);
            addItemWork(item, rows);
            if (finish) {
                itemFinished(item);
                itemDone();
            }
        });
    }
    void say(const QString& line)
    {
        push([this, line] { log(line); });
    }
    void succeed() { push({}, Status()); }
    void fail(const QString& message)
    {
        push({}, Status(Error::make(message, QStringLiteral("Check the server."))));
    }

    Status run() override
    {
        for (;;) {
            if (!checkpoint())
                return cancelledError();
            loops.fetchAndAddRelaxed(1);
            std::function<void()> step;
            std::optional<Status> end;
            {
                QMutexLocker lock(&m_queueMutex);
                if (!m_queue.isEmpty()) {
                    auto next = m_queue.takeFirst();
                    step = next.first;
                    end = next.second;
                }
            }
            if (step)
                step();
            if (end)
                return *end;
            QThread::msleep(5);
        }
    }

    QAtomicInt loops {0};

private:
    void push(std::function<void()> step, std::optional<Status> end = std::nullopt)
    {
        QMutexLocker lock(&m_queueMutex);
        m_queue.append({std::move(step), std::move(end)});
    }

    QMutex m_queueMutex;
    QList<QPair<std::function<void()>, std::optional<Status>>> m_queue;
};

/// Starts a fake job on the pool; the shared_ptr keeps it alive as JobsModel's owner would.
struct Running
{
    std::shared_ptr<FakeJob> job = std::make_shared<FakeJob>();
    QFuture<Status> future;
};

QToolButton* buttonFor(RunnerPanel& panel, QAction* action)
{
    for (QToolBar* bar : panel.findChildren<QToolBar*>()) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action)))
            return button;
    }
    return nullptr;
}

} // namespace

class TstRunnerPanel : public QObject
{
    Q_OBJECT

private slots:
    void modelUnderTester();
    void itemsModelUnderTester();
    void progressItemsAndRate();
    void pauseResumeCancelThroughButtons();
    void finishedKeepsOutcome_data();
    void finishedKeepsOutcome();
    void ownerHasTheLastWord();
    void registeredAfterItEnded();
    void levelOf_data();
    void levelOf();
    void logFilterAndCopy();
    void quitAsksWhileJobsRun();
    void longJobsNotify_data();
    void longJobsNotify();
    void screenshot();

private:
    static Running start(JobsModel& model, const QString& title = QStringLiteral("Data compare"));
};

Running TstRunnerPanel::start(JobsModel& model, const QString& title)
{
    Running r;
    model.add(r.job, title, QStringLiteral("shop → shop_local"));
    r.future = JobRunner().start(r.job.get());
    return r;
}

void TstRunnerPanel::modelUnderTester()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Running a = start(model, QStringLiteral("Compare"));
    Running b = start(model, QStringLiteral("Sync"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entry(0).title, QStringLiteral("Sync")); // newest first
    QCOMPARE(model.runningCount(), 2);
    a.job->work(QStringLiteral("shop.orders"), 250);
    QTRY_COMPARE(model.entry(1).progress.rowsDone, qint64(250));
    QCOMPARE(model.data(model.index(1, JobsModel::ProgressColumn)).toString(), QStringLiteral("25%"));
    QCOMPARE(model.data(model.index(1, 0), JobsModel::FractionRole).toDouble(), 0.25);
    a.job->succeed();
    QTRY_VERIFY(model.isFinished(1));
    QCOMPARE(model.runningCount(), 1);
    QCOMPARE(model.data(model.index(1, JobsModel::StateColumn)).toString(),
        JobsModel::stateName(JobsModel::State::Succeeded));
    model.clearFinished();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).title, QStringLiteral("Sync"));
    model.cancelAll();
    QTRY_VERIFY(model.isFinished(0));
    QCOMPARE(model.entry(0).state, JobsModel::State::Cancelled);
    model.clearFinished();
    QCOMPARE(model.rowCount(), 0);
}

void TstRunnerPanel::itemsModelUnderTester()
{
    JobItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobItemProgress a {QStringLiteral("shop.a"), 0, 10, JobItemProgress::State::Pending};
    JobItemProgress b {QStringLiteral("shop.b"), 0, -1, JobItemProgress::State::Pending};
    model.setItems({a});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    a.rowsDone = 5;
    a.state = JobItemProgress::State::Running;
    model.setItems({a, b});
    QCOMPARE(reset.count(), 0); // same prefix: the view keeps its place
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.data(model.index(0, JobItemsModel::ProgressColumn)).toString(), QStringLiteral("50%"));
    QCOMPARE(model.data(model.index(0, 0), JobItemsModel::FractionRole).toDouble(), 0.5);
    QCOMPARE(model.data(model.index(1, JobItemsModel::ProgressColumn)).toString(), QStringLiteral("Waiting"));
    model.setItems({b});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TstRunnerPanel::progressItemsAndRate()
{
    JobsModel model;
    RunnerPanel panel(&model);
    panel.resize(1200, 360);
    panel.show();
    Running r = start(model);
    QCOMPARE(panel.currentRow(), 0); // a new job is selected
    r.job->work(QStringLiteral("shop.orders"), 600, true);
    r.job->work(QStringLiteral("shop.customers"), 100);
    QTRY_COMPARE(panel.itemsModel()->rowCount(), 2);
    QTRY_COMPARE(panel.itemsModel()->items().at(1).rowsDone, qint64(100));
    const JobItemsModel* items = panel.itemsModel();
    QCOMPARE(items->items().at(0).state, JobItemProgress::State::Done);
    QCOMPARE(items->items().at(1).state, JobItemProgress::State::Running);
    QCOMPARE(
        items->data(items->index(1, JobItemsModel::RowsColumn)).toString(), QStringLiteral("100 of 400"));
    QCOMPARE(model.data(model.index(0, 0), JobsModel::FractionRole).toDouble(), 0.7);
    auto* bar = panel.findChild<QProgressBar*>(QStringLiteral("jobProgressBar"));
    QCOMPARE(bar->value(), 700);

    // A sample a second: rows done in that second.
    QTRY_VERIFY_WITH_TIMEOUT(!model.entry(0).samples.isEmpty(), 3000);
    r.job->work(QStringLiteral("shop.customers"), 300);
    QTRY_VERIFY_WITH_TIMEOUT(panel.chart()->samples().contains(300.0), 3000);
    QVERIFY(!model.data(model.index(0, JobsModel::EtaColumn)).toString().isEmpty()
        || model.entry(0).progress.rowsDone == 1000);
    r.job->succeed();
    r.future.waitForFinished();
    QTRY_VERIFY(model.isFinished(0));
}

void TstRunnerPanel::pauseResumeCancelThroughButtons()
{
    JobsModel model;
    RunnerPanel panel(&model);
    panel.show();
    Running r = start(model);
    QTRY_VERIFY(r.job->loops.loadRelaxed() > 3);
    QToolButton* pause = buttonFor(panel, panel.pauseAction());
    QToolButton* resume = buttonFor(panel, panel.resumeAction());
    QToolButton* cancel = buttonFor(panel, panel.cancelAction());
    QVERIFY(pause && resume && cancel);
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());

    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(r.job->isPaused());
    QCOMPARE(model.entry(0).state, JobsModel::State::Paused);
    QVERIFY(!pause->isEnabled());
    QVERIFY(resume->isEnabled());
    // The loop in flight reaches its checkpoint (a loaded machine may take a while), then holds.
    QTRY_VERIFY_WITH_TIMEOUT(([&r] {
        const int before = r.job->loops.loadRelaxed();
        QTest::qWait(60);
        return r.job->loops.loadRelaxed() == before;
    }()),
        5000);
    const int held = r.job->loops.loadRelaxed();
    QTest::qWait(150);
    QCOMPARE(r.job->loops.loadRelaxed(), held); // really held
    QCOMPARE(model.data(model.index(0, JobsModel::StateColumn)).toString(),
        JobsModel::stateName(JobsModel::State::Paused));

    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!r.job->isPaused());
    QCOMPARE(model.entry(0).state, JobsModel::State::Running);
    QTRY_VERIFY(r.job->loops.loadRelaxed() > held);

    // The shortcut works where the panel has focus.
    panel.jobsView()->setFocus();
    panel.activateWindow();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(r.job->isCancelled());
    QCOMPARE(model.entry(0).state, JobsModel::State::Cancelling);
    QVERIFY(!cancel->isEnabled());
    r.future.waitForFinished();
    QCOMPARE(r.future.result().error().code, QStringLiteral("cancelled"));
    QTRY_COMPARE(model.entry(0).state, JobsModel::State::Cancelled);
    QVERIFY(!pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(panel.clearFinishedAction()->isEnabled());
}

void TstRunnerPanel::finishedKeepsOutcome_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("lastLine");
    QTest::newRow("succeeded") << true << int(JobsModel::State::Succeeded) << QStringLiteral("Finished in");
    QTest::newRow("failed") << false << int(JobsModel::State::Failed)
                            << QStringLiteral("Error: Lost connection");
}

void TstRunnerPanel::finishedKeepsOutcome()
{
    QFETCH(bool, ok);
    JobsModel model;
    RunnerPanel panel(&model);
    QSignalSpy finished(&model, &JobsModel::jobFinished);
    Running r = start(model);
    std::weak_ptr<FakeJob> weak = r.job;
    r.job->say(QStringLiteral("Connected to both servers."));
    r.job->work(QStringLiteral("shop.orders"), 600, true);
    if (ok)
        r.job->succeed();
    else
        r.job->fail(QStringLiteral("Lost connection to the target."));
    r.future.waitForFinished();
    QTRY_COMPARE(finished.count(), 1);
    QTEST(int(model.entry(0).state), "state");
    QCOMPARE(model.runningCount(), 0);
    QVERIFY(!model.job(0));
    QCOMPARE(model.entry(0).log.first(), QStringLiteral("Connected to both servers."));
    QVERIFY(model.entry(0).log.last().startsWith(QTest::currentDataTag() == QByteArray("succeeded")
            ? QStringLiteral("Finished in")
            : QStringLiteral("Error: Lost connection")));
    QFETCH(QString, lastLine);
    QVERIFY(panel.visibleLogLines().last().startsWith(lastLine));
    QCOMPARE(model.entry(0).progress.items.first().state, JobItemProgress::State::Done);
    QVERIFY(!model.entry(0).ended.isNull());
    QCOMPARE(model.data(model.index(0, 0), JobsModel::FractionRole).toDouble(), ok ? 1.0 : 0.6);
    // The model lets go of a finished job; what it showed stays.
    r.job.reset();
    QVERIFY(weak.expired());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!panel.pauseAction()->isEnabled());
    QVERIFY(!panel.cancelAction()->isEnabled());
}

void TstRunnerPanel::ownerHasTheLastWord()
{
    // A job whose preparation failed never runs: its owner reports the outcome.
    JobsModel model;
    auto job = std::make_shared<FakeJob>();
    model.add(job.get(), QStringLiteral("Schema sync"));
    Error e = Error::make(
        QStringLiteral("The schemas changed since the compare."), QStringLiteral("Compare again."));
    model.finish(job.get(), e);
    QCOMPARE(model.entry(0).state, JobsModel::State::Failed);
    QVERIFY(model.entry(0).error.contains(QStringLiteral("Compare again.")));
    // A later word (the owner calls a cut-short read part of the cancel) still counts.
    model.finish(job.get(), Job::cancelledError());
    QCOMPARE(model.entry(0).state, JobsModel::State::Cancelled);
    QCOMPARE(model.runningCount(), 0);
}

void TstRunnerPanel::registeredAfterItEnded()
{
    JobsModel model;
    auto job = std::make_shared<FakeJob>();
    job->succeed();
    QVERIFY(JobRunner::runBlocking(*job).ok());
    model.add(job, QStringLiteral("Verify"));
    QCOMPARE(model.entry(0).state, JobsModel::State::Succeeded);
    QCOMPARE(model.runningCount(), 0);
}

void TstRunnerPanel::levelOf_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    const int info = int(LogView::Level::Info), warning = int(LogView::Level::Warning),
              error = int(LogView::Level::Error);
    QTest::newRow("plain") << QStringLiteral("shop.orders: identical in 0.21 s") << info;
    QTest::newRow("error prefix") << QStringLiteral("Error: no route to host") << error;
    QTest::newRow("bracket error") << QStringLiteral("[error] disk full") << error;
    QTest::newRow("warning prefix") << QStringLiteral("warning: MD5 hashes are slower") << warning;
    QTest::newRow("bracket warning") << QStringLiteral("[WARNING] trigger fires") << warning;
    QTest::newRow("info prefix wins") << QStringLiteral("[info] 0 rows failed") << info;
    QTest::newRow("table error") << QStringLiteral("shop.t: error in 1.02 s (checksums 0.1 s)") << error;
    QTest::newRow("failed") << QStringLiteral("Batch 12 failed, rolled back") << error;
    QTest::newRow("cancelled") << QStringLiteral("Compare cancelled before shop.b") << warning;
    QTest::newRow("conflicts") << QStringLiteral("3 conflicts held back") << warning;
}

void TstRunnerPanel::levelOf()
{
    QFETCH(QString, line);
    QTEST(int(RunnerPanel::levelOf(line)), "level");
}

void TstRunnerPanel::logFilterAndCopy()
{
    JobsModel model;
    RunnerPanel panel(&model);
    panel.show();
    Running r = start(model);
    r.job->say(QStringLiteral("Connected to both servers."));
    r.job->say(QStringLiteral("Warning: one server has no CRC32C(), row hashes use MD5."));
    r.job->say(QStringLiteral("shop.orders: error in 0.50 s"));
    r.job->say(QStringLiteral("shop.customers: identical in 0.20 s"));
    QTRY_COMPARE(panel.visibleLogLines().size(), 4);

    panel.setLogFilter(RunnerPanel::LogFilter::WarningsAndErrors);
    QCOMPARE(panel.visibleLogLines(),
        QStringList({QStringLiteral("Warning: one server has no CRC32C(), row hashes use MD5."),
            QStringLiteral("shop.orders: error in 0.50 s")}));
    panel.setLogFilter(RunnerPanel::LogFilter::Errors);
    QCOMPARE(panel.visibleLogLines(), QStringList({QStringLiteral("shop.orders: error in 0.50 s")}));
    // A line arriving now is filtered too.
    r.job->say(QStringLiteral("Still working."));
    r.job->say(QStringLiteral("Error: lost connection"));
    QTRY_COMPARE(panel.visibleLogLines().size(), 2);

    auto* copy = panel.findChild<QPushButton*>(QStringLiteral("copyJobLogButton"));
    QVERIFY(copy && copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
        QStringLiteral("shop.orders: error in 0.50 s\nError: lost connection"));

    panel.setLogFilter(RunnerPanel::LogFilter::All);
    QCOMPARE(panel.visibleLogLines().size(), 6);
    panel.copyLog();
    QCOMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), 5);
    r.job->cancel();
    r.future.waitForFinished();
}

void TstRunnerPanel::quitAsksWhileJobsRun()
{
    JobsModel model;
    QVERIFY(RunnerPanel::confirmQuit(nullptr, &model)); // nothing runs: no question
    Running r = start(model);
    QString asked;
    auto answer = [&asked](const char* button) {
        QTimer::singleShot(0, qApp, [&asked, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            auto* choice = box->findChild<QPushButton*>(QLatin1String(button));
            QVERIFY(choice);
            choice->click();
        });
    };
    answer("keepRunningButton");
    QVERIFY(!RunnerPanel::confirmQuit(nullptr, &model));
    QVERIFY(asked.contains(QStringLiteral("1 job")));
    QVERIFY(!r.job->isCancelled());
    QCOMPARE(model.runningCount(), 1);

    answer("cancelJobsAndQuitButton");
    QVERIFY(RunnerPanel::confirmQuit(nullptr, &model));
    QVERIFY(r.job->isCancelled());
    r.future.waitForFinished();
    QTRY_COMPARE(model.entry(0).state, JobsModel::State::Cancelled);
}

void TstRunnerPanel::longJobsNotify_data()
{
    QTest::addColumn<double>("minimumSeconds");
    QTest::addColumn<bool>("notified");
    QTest::newRow("long job") << 0.0 << true;
    QTest::newRow("short job") << 1000.0 << false;
}

void TstRunnerPanel::longJobsNotify()
{
    QFETCH(double, minimumSeconds);
    JobsModel model;
    QWidget window; // never shown, so never the active window
    JobNotifier notifier(&window, &model);
    notifier.setMinimumSeconds(minimumSeconds);
    Running r = start(model, QStringLiteral("Data sync"));
    r.job->fail(QStringLiteral("Lost connection to the target."));
    r.future.waitForFinished();
    QTRY_VERIFY(model.isFinished(0));
    QTEST(!notifier.lastMessage().isEmpty(), "notified");
    if (!notifier.lastMessage().isEmpty()) {
        QVERIFY(notifier.lastMessage().contains(QStringLiteral("Data sync")));
        QVERIFY(notifier.lastMessage().contains(QStringLiteral("Lost connection to the target.")));
    }
}

void TstRunnerPanel::screenshot()
{
    JobsModel model;
    RunnerPanel panel(&model);
    panel.resize(1280, 340);
    panel.show();
    Running done = start(model, QStringLiteral("Schema compare"));
    done.job->say(QStringLiteral("Read 42 tables, 3 views, 2 routines."));
    done.job->work(QStringLiteral("shop.orders"), 600, true);
    done.job->work(QStringLiteral("shop.customers"), 400, true);
    done.job->succeed();
    done.future.waitForFinished();
    QTRY_VERIFY(model.isFinished(0));
    Running r = start(model, QStringLiteral("Data sync"));
    r.job->say(QStringLiteral("Connected: source 10.11.6-MariaDB, target 10.11.6-MariaDB."));
    r.job->say(QStringLiteral("Warning: shop.audit has triggers that fire on the target."));
    r.job->work(QStringLiteral("shop.orders"), 600, true);
    r.job->say(QStringLiteral("shop.orders: 212 inserted, 38 updated, 4 deleted."));
    for (int second = 0; second < 4; ++second) {
        r.job->work(QStringLiteral("shop.customers"), 40 + second * 25);
        QTest::qWait(1000);
    }
    r.job->say(QStringLiteral("shop.customers: error 1205, lock wait timeout; retrying the batch"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.chart()->samples().size() >= 3, 3000);
    QTest::qWait(300);
    const QString dir = qEnvironmentVariable("SYNCSTUDIO_SHOT_DIR", QDir::tempPath());
    const QString path = QDir(dir).filePath(QStringLiteral("runnerpanel.png"));
    QVERIFY(panel.grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
    r.job->cancel();
    r.future.waitForFinished();
}

QTEST_MAIN(TstRunnerPanel)
#include "tst_runnerpanel.moc"

#include "ProjectSync.h"

#include "Async.h"
#include "ProductionConfirmDialog.h"
#include "ProjectTasks.h"
#include "SqlPreviewDialog.h"
#include "SyncConfirmDialog.h"
#include "data/DataDiffView.h"
#include "db/Endpoint.h"
#include "runner/JobsModel.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"
#include "sync/RollbackJob.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace {

QString shown(const QString& endpoint)
{
    Result<Endpoint> e = Endpoint::parse(endpoint);
    return e ? e->displayText() : endpoint;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

bool isCancelled(const Status& status)
{
    return !status && status.error().code == QLatin1String("cancelled");
}

} // namespace

ProjectSync::ProjectSync(ProjectTab* tab, AppStore& store, SecretStore& secrets)
    : QObject(tab)
    , m_tab(tab)
    , m_store(store)
    , m_secrets(secrets)
{
    if (Result<ConflictPolicy> policy = ConflictPolicy::parse(tab->project().conflictPolicy); policy)
        m_options.policy = *policy;
    m_options.deletes = tab->project().deletes;
    m_options.foreignKeyChecks = tab->project().foreignKeyChecks;

    m_bar = new QWidget(tab);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_barText = new QLabel(m_bar);
    m_barText->setObjectName(QStringLiteral("syncProgressText"));
    m_barProgress = new QProgressBar(m_bar);
    m_barProgress->setMaximumWidth(320);
    m_barProgress->setTextVisible(false);
    m_barCancel = new QPushButton(tr("Cancel"), m_bar);
    m_barCancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_barCancel->setToolTip(tr("Stop after the current batch: it is committed or rolled back whole."));
    connect(m_barCancel, &QPushButton::clicked, this, &ProjectSync::cancel);
    auto* layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_barText, 1);
    layout->addWidget(m_barProgress);
    layout->addWidget(m_barCancel);
    m_bar->hide();
}

ProjectSync::~ProjectSync()
{
    // The job stops at its next checkpoint on its worker thread; its callbacks die with us.
    if (m_job)
        m_job->cancel();
}

QString ProjectSync::runningJobName() const
{
    switch (m_state) {
    case State::Idle:
        break;
    case State::Resolving:
    case State::Syncing:
        return tr("row sync");
    case State::Previewing:
        return tr("sync preview");
    case State::Verifying:
        return tr("verify");
    case State::RollingBack:
        return tr("row rollback");
    }
    return {};
}

DataDiffView* ProjectSync::rows() const
{
    return qobject_cast<DataDiffView*>(m_tab->dataView());
}

QString ProjectSync::targetText() const
{
    return shown(m_tab->project().target);
}

Result<QString> ProjectSync::runOfView() const
{
    DataDiffView* view = rows();
    if (!view || view->resultsPath().isEmpty())
        return Error::make(tr("Sync writes the row differences of a row compare: run Compare first."));
    if (view->isComparing())
        return Error::make(tr("The row compare is still running."));
    const QString path = QFileInfo(view->resultsPath()).absoluteFilePath();
    if (QFileInfo(m_comparedPath).absoluteFilePath() != path)
        return Error::make(tr("The last row compare did not finish: run Compare again."));
    if (QFileInfo(m_syncedPath).absoluteFilePath() == path)
        return Error::make(tr("These results have been synced: run Compare again to see what is left."));
    const QString runId = QFileInfo(path).dir().dirName();
    if (QFileInfo(SyncJob::diffStorePath(runId)).absoluteFilePath() != path)
        return Error::make(tr("The Data view shows results from outside this application's data folder: run Compare again."));
    return runId;
}

ProjectTab::ActionState ProjectSync::syncState() const
{
    if (m_tab->isBusy())
        return {false, tr("A %1 of this project is running.").arg(m_tab->runningJobName())};
    Result<QString> run = runOfView();
    if (!run)
        return {false, run.error().message};
    return {true, m_tab->targetIsProduction()
                ? tr("Write the ticked row differences to %1, a production target: the plan is shown and its profile "
                     "name asked first.")
                      .arg(targetText())
                : tr("Write the ticked row differences to %1; the plan is shown first. A backup point is taken before "
                     "the first change.")
                      .arg(targetText())};
}

ProjectTab::ActionState ProjectSync::previewState() const
{
    if (m_tab->isBusy())
        return {false, tr("A %1 of this project is running.").arg(m_tab->runningJobName())};
    Result<QString> run = runOfView();
    if (!run)
        return {false, run.error().message};
    return {true, tr("Show the SQL the row sync would run, batch by batch, without changing anything")};
}

ProjectTab::ActionState ProjectSync::verifyState() const
{
    if (m_lastRunId.isEmpty())
        return {false, tr("Verify checks the target after a sync; nothing has been synced from this project yet.")};
    if (m_tab->isBusy())
        return {false, tr("A %1 of this project is running.").arg(m_tab->runningJobName())};
    return {true, tr("Compare the tables the last sync wrote again and report whether they match")};
}

ProjectTab::ActionState ProjectSync::rollbackState() const
{
    if (m_lastBackupId.isEmpty())
        return {false, tr("There is no backup point from this project yet: a sync takes one before its first change.")};
    if (m_tab->isBusy())
        return {false, tr("A %1 of this project is running.").arg(m_tab->runningJobName())};
    return {true, tr("Undo the last row sync: put the rows of %1 back as backup point %2 recorded them")
                      .arg(targetText(), m_lastBackupId)};
}

void ProjectSync::rowCompareFinished(bool ok)
{
    DataDiffView* view = rows();
    m_comparedPath = ok && view ? view->resultsPath() : QString();
    emit stateChanged();
}

void ProjectSync::setState(State state)
{
    m_state = state;
    m_bar->setVisible(state != State::Idle);
    if (state == State::Resolving) {
        m_barText->setText(tr("Reading the connection details…"));
        m_barProgress->setRange(0, 0);
    }
    m_barCancel->setEnabled(state != State::Resolving);
    emit stateChanged();
}

void ProjectSync::sync()
{
    if (!syncState().enabled)
        return;
    const QString runId = *runOfView();
    m_tab->log(LogView::Level::Info, tr("Row sync of compare run %1 requested: %2 → %3")
                                         .arg(runId, shown(m_tab->project().source), targetText()));
    startSync(runId, m_options, false);
}

void ProjectSync::previewSql()
{
    if (!previewState().enabled)
        return;
    startSync(*runOfView(), m_options, true);
}

void ProjectSync::startSync(const QString& runId, const SyncOptions& options, bool dryRun)
{
    withEndpoints(dryRun ? tr("Sync preview") : tr("Row sync"),
                  [this, runId, options, dryRun](const ConnectionSettings& source, const ConnectionSettings& target) {
        SyncRequest request;
        request.source = source;
        request.target = target;
        request.sourceText = m_tab->project().source;
        request.targetText = m_tab->project().target;
        if (DataDiffView* view = rows())
            request.compare = view->compareOptions();
        request.sync = options;
        request.appStorePath = m_store.path();
        request.compareRunId = runId;
        auto* buffer = new QBuffer;
        if (dryRun) {
            buffer->open(QIODevice::WriteOnly);
            request.dryRun = buffer;
        } else {
            // Asked on this thread while the job waits on its own. The guard is read on this
            // thread only: a tab closed meanwhile answers no.
            const QPointer<ProjectSync> guard(this);
            request.confirm = [guard, options](const SyncPlanner::Plan& plan) {
                bool ok = false;
                QMetaObject::invokeMethod(
                    qApp, [&] { ok = guard && guard->askPlan(plan, options); }, Qt::BlockingQueuedConnection);
                return ok;
            };
        }
        m_planAgain = false;
        auto job = std::shared_ptr<SyncJob>(new SyncJob(request), [](SyncJob* j) { j->deleteLater(); });
        buffer->setParent(job.get()); // the job writes into it until it is gone
        runJob(job, dryRun ? State::Previewing : State::Syncing, [this, job, buffer, dryRun, options, runId](const Status& status) {
            if (!dryRun) {
                syncFinished(job.get(), status, options);
                return;
            }
            buffer->close();
            const SyncReport r = job->report();
            if (!status) {
                m_tab->log(LogView::Level::Error, tr("Sync preview failed: %1").arg(status.error().toString()));
                message(true, QStringLiteral("previewFailedBox"), tr("Preview Failed"), status.error().message,
                        status.error().hint);
                return;
            }
            m_preview = buffer->data();
            const QString summary = tr("The SQL a sync of run %1 would run on %2: %3 insert(s), %4 update(s), %5 "
                                       "delete(s). Nothing has been changed.")
                                        .arg(runId, targetText(), number(r.applied.inserted), number(r.applied.updated),
                                             number(r.applied.deleted));
            m_tab->log(LogView::Level::Info, summary);
            auto* dialog = new SqlPreviewDialog(m_preview, summary, m_tab);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    });
}

bool ProjectSync::askPlan(const SyncPlanner::Plan& plan, const SyncOptions& options)
{
    for (const QString& w : plan.warnings)
        m_tab->log(LogView::Level::Warning, w);
    if (plan.writes() == 0 && plan.policyConflicts == 0)
        return true; // nothing to write: nothing to ask
    m_barText->setText(tr("Waiting for your confirmation…"));
    SyncConfirmDialog dialog(plan, options, targetText(), m_tab);
    dialog.exec();
    switch (dialog.choice()) {
    case SyncConfirmDialog::Choice::Cancel:
        return false;
    case SyncConfirmDialog::Choice::PlanAgain:
        m_planAgain = true;
        m_options = dialog.options();
        return false;
    case SyncConfirmDialog::Choice::Sync:
        break;
    }
    const std::optional<Profile> target = m_tab->targetProfile();
    if (target && target->isProduction()) {
        const QString what = tr("Write %1 insert(s), %2 update(s) and %3 delete(s) to %4.")
                                 .arg(number(plan.inserts()), number(plan.updates()), number(plan.deletes()), targetText());
        if (!ProductionConfirmDialog::confirm(m_tab, target->name, what, tr("Sync")))
            return false;
    }
    m_barText->setText(tr("Writing…"));
    return true;
}

void ProjectSync::syncFinished(SyncJob* job, const Status& status, const SyncOptions& options)
{
    const SyncReport r = job->report();
    if (m_planAgain && status) {
        m_tab->log(LogView::Level::Info, tr("Planning the sync again: deletes %1, conflict policy %2.")
                                             .arg(m_options.deletes ? tr("on") : tr("off"), m_options.policy.text()));
        startSync(r.runId, m_options, false);
        return;
    }
    m_planAgain = false;
    if (status && !r.confirmed) {
        m_tab->log(LogView::Level::Info, tr("Row sync not confirmed: nothing was written."));
        return;
    }
    m_report = r;
    if (r.confirmed) {
        m_options = options;
        m_lastRunId = r.runId;
        m_syncedPath = r.diffStorePath;
        if (!r.backupId.isEmpty())
            m_lastBackupId = r.backupId;
    }
    for (const QString& w : r.applied.warnings) {
        if (!r.warnings.contains(w))
            m_tab->log(LogView::Level::Warning, w);
    }
    for (const SyncPlanner::TableInfo& t : r.plan.tables) {
        if (t.planIndex < 0 || t.planIndex >= r.applied.tables.size())
            continue;
        const BackupInfo::TableCounts& c = r.applied.tables.at(t.planIndex);
        m_tab->log(LogView::Level::Info, tr("%1: %2 inserted, %3 updated, %4 deleted, %5 conflict(s)")
                                             .arg(t.target.isEmpty() ? t.name : t.target, number(c.inserted),
                                                  number(c.updated), number(c.deleted), number(c.conflicts)));
    }
    const QString applied = tr("%1 inserted, %2 updated, %3 deleted; %4 conflict(s)")
                                .arg(number(r.applied.inserted), number(r.applied.updated), number(r.applied.deleted),
                                     number(r.conflicts()));
    const QString backup = r.backupId.isEmpty()
        ? tr("Nothing was written, so no backup point was taken.")
        : tr("Backup point %1 undoes it (Rollback).").arg(r.backupId);
    if (status) {
        m_tab->log(r.conflicts() > 0 ? LogView::Level::Warning : LogView::Level::Info,
                   tr("Row sync finished in %1 s: %2. %3").arg(QString::number(r.seconds, 'f', 1), applied, backup));
    } else if (isCancelled(status)) {
        m_tab->log(LogView::Level::Warning, tr("Row sync cancelled: %1. %2").arg(applied, backup));
    } else {
        m_tab->log(LogView::Level::Error, tr("Row sync failed: %1").arg(status.error().toString()));
        message(true, QStringLiteral("syncFailedBox"), tr("Sync Failed"), status.error().message,
                (status.error().hint + QLatin1Char(' ') + tr("So far: %1.").arg(applied) + QLatin1Char(' ') + backup).trimmed());
    }
    if (r.conflicts() > 0) {
        m_tab->log(LogView::Level::Warning,
                   tr("%n row(s) changed on the target after the compare, or wait for your decision: they were not "
                      "written and are listed under Conflicts.",
                      nullptr, int(r.conflicts())));
        m_tab->showSubView(ProjectTab::SubView::Conflicts);
    }
    if (r.confirmed) {
        // Show the target as it is now; the synced results are stale.
        QMetaObject::invokeMethod(m_tab, &ProjectTab::compare, Qt::QueuedConnection);
    }
}

void ProjectSync::verify()
{
    if (!verifyState().enabled)
        return;
    const QString runId = m_lastRunId;
    m_tab->log(LogView::Level::Info, tr("Verify of sync run %1 started.").arg(runId));
    setState(State::Resolving);
    struct Ready
    {
        Result<QPair<ConnectionSettings, ConnectionSettings>> endpoints;
        Result<VerifyScope> scope;
    };
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    const SyncProject project = m_tab->project();
    Async::run(
        this,
        [storePath, secrets, project, runId] {
            return Ready {ProjectTasks::resolvePair(storePath, *secrets, project), VerifyJob::scopeOfRun(runId)};
        },
        [this, runId](Ready ready) {
            const Error* error = !ready.endpoints ? &ready.endpoints.error() : !ready.scope ? &ready.scope.error() : nullptr;
            if (error) {
                setState(State::Idle);
                m_tab->log(LogView::Level::Error, tr("Verify not started: %1").arg(error->toString()));
                message(true, QStringLiteral("verifyFailedBox"), tr("Verify Not Started"), error->message, error->hint);
                return;
            }
            if (ready.scope->nothingWritten) {
                setState(State::Idle);
                m_verifyResults.clear();
                m_verifyPassed = true;
                m_tab->log(LogView::Level::Info, tr("Run %1 wrote no table: nothing to verify.").arg(runId));
                emit finished();
                return;
            }
            auto job = std::shared_ptr<VerifyJob>(
                new VerifyJob(ready.endpoints->first, ready.endpoints->second, *ready.scope), [](VerifyJob* j) { j->deleteLater(); });
            runJob(job, State::Verifying, [this, job, runId](const Status& status) {
                if (!status) {
                    if (isCancelled(status)) {
                        m_tab->log(LogView::Level::Warning, tr("Verify cancelled."));
                        return;
                    }
                    m_tab->log(LogView::Level::Error, tr("Verify failed: %1").arg(status.error().toString()));
                    message(true, QStringLiteral("verifyFailedBox"), tr("Verify Failed"), status.error().message,
                            status.error().hint);
                    return;
                }
                m_verifyResults = job->results();
                m_verifyPassed = job->passed();
                QStringList lines;
                int failed = 0;
                for (const VerifyJob::TableResult& t : m_verifyResults) {
                    QString line;
                    switch (t.outcome) {
                    case VerifyJob::TableResult::Outcome::Identical:
                        line = tr("%1: OK, identical").arg(t.table);
                        break;
                    case VerifyJob::TableResult::Outcome::OnlyLeftOut:
                        line = tr("%1: OK, identical except %n row(s) you left out of the sync", nullptr, int(t.leftOut)).arg(t.table);
                        break;
                    case VerifyJob::TableResult::Outcome::Different:
                        line = tr("%1: FAILED, %n row(s) differ", nullptr, int(t.differing)).arg(t.table);
                        break;
                    case VerifyJob::TableResult::Outcome::Skipped:
                        line = tr("%1: FAILED, not compared: %2").arg(t.table, t.reason);
                        break;
                    case VerifyJob::TableResult::Outcome::Error:
                        line = tr("%1: FAILED, %2").arg(t.table, t.reason);
                        break;
                    }
                    failed += t.passed() ? 0 : 1;
                    m_tab->log(t.passed() ? LogView::Level::Info : LogView::Level::Warning, line);
                    lines << line;
                }
                const QString verdict = m_verifyPassed
                    ? tr("Verify of run %1 passed: every table it wrote matches the source.").arg(runId)
                    : tr("Verify of run %1 failed: %n table(s) still differ.", nullptr, failed).arg(runId);
                m_tab->log(m_verifyPassed ? LogView::Level::Info : LogView::Level::Warning, verdict);
                message(!m_verifyPassed, QStringLiteral("verifyResultBox"), tr("Verify"), verdict, lines.join(QLatin1Char('\n')));
            });
        });
}

void ProjectSync::rollback()
{
    if (!rollbackState().enabled)
        return;
    const QString backupId = m_lastBackupId;
    BackupCatalog catalog(m_store);
    Result<BackupInfo> info = catalog.get(backupId);
    if (!info) {
        m_tab->log(LogView::Level::Error, tr("Rollback not started: %1").arg(info.error().toString()));
        message(true, QStringLiteral("rollbackFailedBox"), tr("Rollback Not Started"), info.error().message, info.error().hint);
        return;
    }
    QStringList details;
    for (const BackupInfo::TableCounts& t : info->tables) {
        if (t.inserted + t.updated + t.deleted == 0)
            continue;
        details << tr("%1: remove %2 row(s) the sync inserted, restore %3 updated row(s), re-insert %4 deleted row(s)")
                       .arg(t.table, number(t.inserted), number(t.updated), number(t.deleted));
    }
    const QString what = tr("Roll %1 back to backup point %2 taken %3: %4 row(s) in %n table(s) are put back as they "
                            "were before the sync. Rows changed since the sync are left as they are and listed as "
                            "conflicts. The rows are read back afterwards to verify.",
                            nullptr, int(details.size()))
                             .arg(targetText(), backupId, QLocale().toString(info->created.toLocalTime(), QLocale::ShortFormat),
                                  number(info->rows()));
    if (!confirmWrite(tr("Roll Back Row Sync"), what, details.join(QLatin1Char('\n')), tr("Roll Back")))
        return;
    m_tab->log(LogView::Level::Info, tr("Rollback of backup point %1 requested.").arg(backupId));
    withEndpoints(tr("Rollback"), [this, backupId](const ConnectionSettings&, const ConnectionSettings& target) {
        Rollback::Options options;
        options.apply.source = m_tab->project().source;
        options.apply.target = m_tab->project().target;
        auto job = std::shared_ptr<RollbackJob>(new RollbackJob(target, m_store.path(), backupId, options),
                                                [](RollbackJob* j) { j->deleteLater(); });
        runJob(job, State::RollingBack, [this, job, backupId](const Status& status) {
            if (!status) {
                if (isCancelled(status)) {
                    m_tab->log(LogView::Level::Warning,
                               tr("Rollback cancelled; run it again to finish (it continues from where it stopped)."));
                } else {
                    m_tab->log(LogView::Level::Error, tr("Rollback failed: %1").arg(status.error().toString()));
                    message(true, QStringLiteral("rollbackFailedBox"), tr("Rollback Failed"), status.error().message,
                            tr("Run the rollback again to finish it: it continues from the current state."));
                }
                QMetaObject::invokeMethod(m_tab, &ProjectTab::compare, Qt::QueuedConnection);
                return;
            }
            const Rollback::Report r = job->report();
            m_rollbackReport = r;
            const QString done = tr("Rollback of %1: removed %2 row(s) the sync inserted, restored %3 updated row(s), "
                                    "re-inserted %4 deleted row(s); %5 were already as before.")
                                     .arg(backupId, number(r.applied.deleted), number(r.applied.updated),
                                          number(r.applied.inserted), number(r.applied.unchanged));
            m_tab->log(LogView::Level::Info, done);
            QString verdict;
            if (!r.verified)
                verdict = tr("The rows were not read back.");
            else if (r.rowsDiffering == 0)
                verdict = tr("Verified: %1 row(s) read back equal to their before-image.").arg(number(r.rowsMatching));
            else
                verdict = tr("Verification FAILED: %1 of %2 row(s) differ from their before-image.")
                              .arg(number(r.rowsDiffering), number(r.rowsChecked));
            m_tab->log(r.rowsDiffering == 0 ? LogView::Level::Info : LogView::Level::Error, verdict);
            for (const Rollback::Mismatch& m : r.mismatches.mid(0, 20))
                m_tab->log(LogView::Level::Warning, tr("Differs from its before-image: %1, key %2").arg(m.table, m.key));
            if (r.applied.conflictCount > 0) {
                m_tab->log(LogView::Level::Warning,
                           tr("%n row(s) changed on the target after the sync and were left as they are.", nullptr,
                              int(r.applied.conflictCount)));
            }
            if (r.clean())
                m_lastBackupId.clear();
            message(!r.clean(), QStringLiteral("rollbackResultBox"), tr("Rollback"), done, verdict);
            QMetaObject::invokeMethod(m_tab, &ProjectTab::compare, Qt::QueuedConnection);
        });
    });
}

void ProjectSync::cancel()
{
    if (!m_job || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    m_barText->setText(tr("Cancelling: stopping after the current batch…"));
    m_tab->log(LogView::Level::Info, tr("Cancel requested."));
}

bool ProjectSync::confirmWrite(const QString& title, const QString& what, const QString& details, const QString& confirmText)
{
    const std::optional<Profile> target = m_tab->targetProfile();
    if (target && target->isProduction())
        return ProductionConfirmDialog::confirm(m_tab, target->name, details.isEmpty() ? what : what + QLatin1Char('\n') + details,
                                                confirmText);
    QMessageBox box(QMessageBox::Question, title, what, QMessageBox::NoButton, m_tab);
    box.setObjectName(QStringLiteral("confirmRowWriteBox"));
    box.setInformativeText(details);
    QPushButton* confirm = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void ProjectSync::withEndpoints(const QString& what,
                                std::function<void(const ConnectionSettings&, const ConnectionSettings&)> start)
{
    setState(State::Resolving);
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    const SyncProject project = m_tab->project();
    Async::run(
        this, [storePath, secrets, project] { return ProjectTasks::resolvePair(storePath, *secrets, project); },
        [this, what, start](Result<QPair<ConnectionSettings, ConnectionSettings>> settings) {
            if (!settings) {
                setState(State::Idle);
                m_tab->log(LogView::Level::Error, tr("%1 not started: %2").arg(what, settings.error().toString()));
                message(true, QStringLiteral("syncNotStartedBox"), tr("%1 Not Started").arg(what), settings.error().message,
                        settings.error().hint);
                return;
            }
            start(settings->first, settings->second);
        });
}

void ProjectSync::runJob(std::shared_ptr<Job> job, State state, std::function<void(const Status&)> done)
{
    m_job = job;
    m_cancelling = false;
    const QPointer<Job> guard(job.get());
    connect(job.get(), &Job::progressChanged, this, [this, guard] {
        if (!guard || m_cancelling)
            return;
        const JobProgress p = guard->progress();
        QString text = p.item.isEmpty() || p.phase.contains(p.item) ? p.phase : tr("%1: %2").arg(p.phase, p.item);
        if (p.rowsTotal > 0) {
            text += QStringLiteral("  ") + tr("%1 of %2 rows").arg(number(p.rowsDone), number(p.rowsTotal));
            m_barProgress->setRange(0, 1000);
            m_barProgress->setValue(int(std::clamp(p.rowsDone * 1000 / p.rowsTotal, qint64(0), qint64(1000))));
        } else {
            m_barProgress->setRange(0, 0);
        }
        m_barText->setText(text);
    });
    connect(job.get(), &Job::logMessage, this, [this](const QString& line) { m_tab->log(LogView::Level::Info, line); });

    m_barText->setText(tr("Starting…"));
    m_barProgress->setRange(0, 0);
    setState(state);
    const QString title = state == State::Syncing ? tr("Row sync")
        : state == State::Previewing              ? tr("Row sync preview")
        : state == State::Verifying               ? tr("Verify")
                                                  : tr("Row rollback");
    JobsModel::start(job, title, m_tab->title(), this, [this, job, done](const Status& status) {
        m_job.reset();
        // An error that ends a cancelled run (a read cut short) is part of the cancel, not news.
        Status reported = status;
        if (!status && m_cancelling && status.error().code != QLatin1String("cancelled"))
            reported = Job::cancelledError();
        m_cancelling = false;
        m_state = State::Idle;
        m_bar->hide();
        JobsModel::instance()->finish(job.get(), reported);
        done(reported);
        emit stateChanged();
        emit finished();
    });
}

void ProjectSync::message(bool warning, const QString& objectName, const QString& title, const QString& text,
                          const QString& details)
{
    // Window-modal and not waited for: the result stays on screen while the tab goes on.
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok, m_tab);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

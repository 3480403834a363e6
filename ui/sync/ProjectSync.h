#pragma once

#include "ProjectTab.h"
#include "sync/Rollback.h"
#include "sync/SyncJob.h"
#include "sync/VerifyJob.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AppStore;
class DataDiffView;
class Job;
class QLabel;
class QProgressBar;
class QPushButton;
class SecretStore;

/// The row side of a project tab's Sync, Preview SQL, Verify and Rollback: syncs the Data view's
/// finished compare run with the user's ticks (SyncJob), previews its SQL (a dry run), verifies
/// what the sync wrote (VerifyJob) and rolls the last row sync back (RollbackJob). Each runs in the
/// background, one at a time, with a progress bar and Cancel; every write asks first, with the
/// profile name typed for a production target.
class ProjectSync : public QObject
{
    Q_OBJECT

public:
    /// `tab` owns this object; `store` and `secrets` outlive it.
    ProjectSync(ProjectTab* tab, AppStore& store, SecretStore& secrets);
    ~ProjectSync() override;

    bool isBusy() const { return m_state != State::Idle; }
    QString runningJobName() const;

    ProjectTab::ActionState syncState() const;
    ProjectTab::ActionState previewState() const;
    ProjectTab::ActionState verifyState() const;
    ProjectTab::ActionState rollbackState() const;

    /// The bar shown above the views while a job runs (phase, rows, Cancel).
    QWidget* progressWidget() const { return m_bar; }
    /// The backup point of the last row sync from this tab, empty when none (or rolled back).
    QString lastBackupId() const { return m_lastBackupId; }
    /// The run the last sync wrote (what Verify checks), empty when none.
    QString lastRunId() const { return m_lastRunId; }

    // Outcomes, for tests.
    const SyncReport& lastReport() const { return m_report; }
    const QList<VerifyJob::TableResult>& lastVerifyResults() const { return m_verifyResults; }
    bool lastVerifyPassed() const { return m_verifyPassed; }
    const Rollback::Report& lastRollbackReport() const { return m_rollbackReport; }
    QByteArray lastPreview() const { return m_preview; }

public slots:
    void sync();
    /// The dry run of the sync, shown in a read-only SQL view.
    void previewSql();
    void verify();
    /// Rolls back the last row sync's backup point, after showing what it changes.
    void rollback();
    void cancel();
    /// The Data view's compare ended.
    void rowCompareFinished(bool ok);

signals:
    void stateChanged();
    /// A job of this object ended (after its results were reported).
    void finished();

private:
    enum class State { Idle, Resolving, Previewing, Syncing, Verifying, RollingBack };

    DataDiffView* rows() const;
    /// The compare run shown in the Data view, or an error saying why it cannot be synced.
    Result<QString> runOfView() const;
    void setState(State state);
    void startSync(const QString& runId, const SyncOptions& options, bool dryRun);
    /// On the job's thread: asks on this one, and blocks until answered.
    bool confirmPlan(const SyncPlanner::Plan& plan, const SyncOptions& options);
    bool askPlan(const SyncPlanner::Plan& plan, const SyncOptions& options);
    bool confirmWrite(const QString& title, const QString& what, const QString& details, const QString& confirmText);
    void syncFinished(SyncJob* job, const Status& status, const SyncOptions& options);
    /// Resolves the endpoints off this thread, then `start` with them (or logs why not).
    void withEndpoints(const QString& what, std::function<void(const ConnectionSettings&, const ConnectionSettings&)> start);
    void runJob(std::shared_ptr<Job> job, State state, std::function<void(const Status&)> done);
    void message(bool warning, const QString& objectName, const QString& title, const QString& text,
                 const QString& details = {});
    QString targetText() const;

    ProjectTab* m_tab;
    AppStore& m_store;
    SecretStore& m_secrets;

    State m_state = State::Idle;
    std::shared_ptr<Job> m_job;
    bool m_cancelling = false;
    QString m_comparedPath; ///< the Data view's results after its last successful compare
    QString m_syncedPath;   ///< results already synced (a sync needs a fresh compare)
    SyncOptions m_options;  ///< as last chosen in the confirmation
    bool m_planAgain = false;
    QString m_lastRunId;
    QString m_lastBackupId;
    SyncReport m_report;
    QList<VerifyJob::TableResult> m_verifyResults;
    bool m_verifyPassed = false;
    Rollback::Report m_rollbackReport;
    QByteArray m_preview;

    QWidget* m_bar = nullptr;
    QLabel* m_barText = nullptr;
    QProgressBar* m_barProgress = nullptr;
    QPushButton* m_barCancel = nullptr;
};

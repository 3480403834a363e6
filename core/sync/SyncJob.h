#pragma once

#include "Applier.h"
#include "SyncOptions.h"
#include "SyncPlanner.h"
#include "compare/CompareJob.h"
#include "compare/CompareOptions.h"
#include "db/ConnectionSettings.h"
#include "jobs/Job.h"

#include <QMutex>

#include <functional>

class QIODevice;

/// Everything a sync run needs to know.
struct SyncRequest
{
    ConnectionSettings source;
    ConnectionSettings target;
    QString sourceText; ///< the endpoints as the user gave them (no password), for the catalog
    QString targetText;
    CompareOptions compare;
    SyncOptions sync;
    QString appStorePath;  ///< the AppStore file the job opens on its own thread
    QString resumeRunId;   ///< set: continue this run (its compare and options) instead of a new one
    /// Set: sync from this finished compare run (the GUI's, with the user's ticks in its DiffStore)
    /// instead of comparing again. `compare` should hold the options it ran with.
    QString compareRunId;
    QIODevice* dryRun = nullptr; ///< set: write the SQL here and change nothing
    Applier::Options apply;      ///< batch sizes, retries and the like; kind, endpoints and callbacks are set by the job
    /// Called on the job's thread once the plan is known (not for a dry run); false stops the run
    /// before anything is written.
    std::function<bool(const SyncPlanner::Plan& plan)> confirm;
};

/// The outcome of a sync run.
struct SyncReport
{
    QString runId;    ///< the compare's run id: what `sync --resume` and `verify --run` take
    QString backupId; ///< the backup point; empty when nothing was written
    QString diffStorePath;
    CompareSummary compare;
    SyncPlanner::Plan plan;
    Applier::Outcome applied;
    qint64 policyConflicts = 0;
    bool dryRun = false;
    bool confirmed = false;
    bool resumed = false;
    QStringList warnings;
    double seconds = 0;

    qint64 conflicts() const { return policyConflicts + applied.conflictCount; }
};

/// A sync run end to end (DESIGN.md, data path steps 4 to 8): compares (reusing CompareJob),
/// plans (SyncPlanner), asks for confirmation, applies guarded (Applier), and queues the conflicts
/// (ConflictStore). The CLI and the GUI run the same job.
///
/// Before the compare, tables that are empty on the target (and that a bulk load may fill) are
/// left out of it: comparing them would fetch every row only to insert it. They are copied from a
/// stream of the source instead, and added to the run's DiffStore so that the run describes all
/// its tables. The run's options and backup point id are kept in the DiffStore (meta sync_*), so
/// that a crashed or cancelled run resumes with the same plan.
class SyncJob : public Job
{
    Q_OBJECT

public:
    explicit SyncJob(SyncRequest request, QObject* parent = nullptr);
    ~SyncJob() override;

    Status run() override;
    SyncReport report() const;

    /// The DiffStore of a run (default folder).
    static QString diffStorePath(const QString& runId);
    /// CompareOptions as JSON and back (kept with a run for --resume and verify --run).
    static QJsonObject compareOptionsToJson(const CompareOptions& options);
    static CompareOptions compareOptionsFromJson(const QJsonObject& json);
    /// A --tables/--exclude pattern matching exactly "db.table" (glob characters escaped).
    static QString exactPattern(const QString& database, const QString& table);

private:
    Status prepareNew(QStringList* streamed);
    Status runCompare(const QStringList& exclude);
    Status addStreamedTables();
    Status loadRun();
    Status loadCompare();

    SyncRequest m_request;
    mutable QMutex m_mutex;
    SyncReport m_report;
    struct Streamed
    {
        TablePlan plan;
        qint64 estimatedRows = 0;
    };
    QList<Streamed> m_streamed;
};

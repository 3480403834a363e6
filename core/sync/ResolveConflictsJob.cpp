#include "ResolveConflictsJob.h"

#include "BackupCatalog.h"
#include "ConflictStore.h"
#include "store/AppStore.h"

#include <QMutexLocker>

ResolveConflictsJob::ResolveConflictsJob(QObject* parent)
    : Job(parent)
{ }

ResolveConflictsJob* ResolveConflictsJob::apply(const QString& appStorePath, TargetResolver target,
    const QList<ConflictResolver::Decision>& decisions, QObject* parent)
{
    auto* job = new ResolveConflictsJob(parent);
    job->m_appStorePath = appStorePath;
    job->m_target = std::move(target);
    job->m_decisions = decisions;
    return job;
}

ResolveConflictsJob* ResolveConflictsJob::undo(
    const QString& appStorePath, TargetResolver target, const QString& backupId, QObject* parent)
{
    auto* job = new ResolveConflictsJob(parent);
    job->m_appStorePath = appStorePath;
    job->m_target = std::move(target);
    job->m_undoBackupId = backupId;
    return job;
}

ResolveConflictsJob::Report ResolveConflictsJob::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

Applier::Options ResolveConflictsJob::applierOptions()
{
    Applier::Options o;
    // checkpoint() also holds a paused job between batches.
    o.cancelled = [this] { return !checkpoint(); };
    o.log = [this](const QString& line) { log(line); };
    qint64 seen = 0;
    o.progress = [this, seen](const Applier::Progress& p) mutable {
        setItem(p.table);
        if (p.rowsDone > seen) {
            addWork(p.rowsDone - seen, 0);
            seen = p.rowsDone;
        }
    };
    return o;
}

Status ResolveConflictsJob::run()
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(m_appStorePath);
    if (!store)
        return store.error();
    if (!checkpoint())
        return cancelledError();
    return isUndo() ? runUndo(**store) : runApply(**store);
}

Status ResolveConflictsJob::runApply(AppStore& store)
{
    setTotals(m_decisions.size(), 1);
    bool writes = false;
    for (const ConflictResolver::Decision& d : m_decisions)
        writes = writes || d.take != ConflictResolver::Decision::Take::Target;
    ConnectionSettings settings;
    if (writes) {
        setPhase(tr("Connecting to the target"));
        Result<ConnectionSettings> target
            = m_target ? m_target() : Result<ConnectionSettings>(Error::make(tr("No target to write to.")));
        if (!target)
            return target.error();
        settings = *target;
    }
    setPhase(tr("Resolving %n conflict(s)", nullptr, int(m_decisions.size())));
    ConflictResolver resolver(store, settings, applierOptions());
    Result<ConflictResolver::Outcome> outcome = resolver.resolve(m_decisions);
    if (!outcome)
        return outcome.error();
    {
        QMutexLocker lock(&m_mutex);
        m_report.resolved = *outcome;
    }
    itemDone();
    log(tr("%n conflict(s) resolved.", nullptr, int(outcome->resolved.size())));
    if (!outcome->changedAgain.isEmpty())
        log(tr("%n conflict(s) stay open: the target row changed again.", nullptr,
            int(outcome->changedAgain.size())));
    if (!outcome->backupId.isEmpty())
        log(tr("Backup point of the resolution: %1").arg(outcome->backupId));
    return {};
}

Status ResolveConflictsJob::runUndo(AppStore& store)
{
    setTotals(-1, 1);
    setPhase(tr("Connecting to the target"));
    Result<ConnectionSettings> target
        = m_target ? m_target() : Result<ConnectionSettings>(Error::make(tr("No target to write to.")));
    if (!target)
        return target.error();
    setPhase(tr("Rolling back backup point %1").arg(m_undoBackupId));
    BackupCatalog catalog(store);
    Rollback::Options options;
    options.apply = applierOptions();
    Rollback rollback(*target, catalog, options);
    Result<Rollback::Report> report = rollback.run(m_undoBackupId);
    if (!report)
        return report.error();
    qint64 reopened = 0;
    if (report->clean()) {
        // Only a complete undo returns the rows to where the decision was taken.
        Result<qint64> n = ConflictStore(store).reopenResolvedBy(m_undoBackupId);
        if (!n)
            return n.error();
        reopened = *n;
    } else {
        log(tr("The rollback left %n row(s) as they are (changed since the resolution); their conflicts stay "
               "resolved.",
            nullptr, int(report->applied.conflictCount + report->rowsDiffering)));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_report.rollback = *report;
        m_report.reopened = reopened;
    }
    itemDone();
    log(tr("Backup point %1 rolled back; %n conflict(s) open again.", nullptr, int(reopened))
            .arg(m_undoBackupId));
    return {};
}

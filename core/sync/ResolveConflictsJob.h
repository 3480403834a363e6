#pragma once

#include "ConflictResolver.h"
#include "Rollback.h"
#include "db/ConnectionSettings.h"
#include "jobs/Job.h"

#include <QMutex>

#include <functional>

/// Settles conflicts of the queue in the background (the conflict editor's Apply), or undoes such a
/// resolution by rolling back its backup point and opening its conflicts again (Undo). It opens its
/// own AppStore on the job's thread and asks for the target's connection settings there too, since
/// finding a password may block on the keychain.
class ResolveConflictsJob : public Job
{
    Q_OBJECT

public:
    /// Gives the target's settings; called on the job's thread, only when something is written.
    using TargetResolver = std::function<Result<ConnectionSettings>()>;

    struct Report
    {
        ConflictResolver::Outcome resolved; ///< after an Apply
        Rollback::Report rollback; ///< after an Undo
        qint64 reopened = 0; ///< conflicts opened again by an Undo
    };

    /// Apply: writes `decisions` (conflicts of one target) guarded, in one backup point.
    static ResolveConflictsJob* apply(const QString& appStorePath, TargetResolver target,
        const QList<ConflictResolver::Decision>& decisions, QObject* parent = nullptr);
    /// Undo: rolls back the resolution backup point `backupId`, then reopens its conflicts.
    static ResolveConflictsJob* undo(const QString& appStorePath, TargetResolver target,
        const QString& backupId, QObject* parent = nullptr);

    Status run() override;
    Report report() const;
    bool isUndo() const { return !m_undoBackupId.isEmpty(); }

private:
    explicit ResolveConflictsJob(QObject* parent);
    Applier::Options applierOptions();
    Status runApply(AppStore& store);
    Status runUndo(AppStore& store);

    QString m_appStorePath;
    TargetResolver m_target;
    QList<ConflictResolver::Decision> m_decisions;
    QString m_undoBackupId;
    mutable QMutex m_mutex;
    Report m_report;
};

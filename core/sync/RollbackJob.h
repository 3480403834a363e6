#pragma once

#include "Rollback.h"
#include "db/ConnectionSettings.h"
#include "jobs/Job.h"
#include "schema/SchemaRollback.h"

#include <QMutex>

/// Rolls one backup point back as a Job, so the GUI's runner can show its progress, pause and
/// cancel it: a backup point of rows through Rollback (guarded, then verified row by row), one of
/// definitions (kind "schema") through SchemaRollback. Opens its own AppStore on the worker thread.
class RollbackJob : public Job
{
    Q_OBJECT

public:
    struct Request
    {
        QString backupId;
        ConnectionSettings target; ///< password included (see BackupTarget::resolve)
        QString targetText; ///< the endpoint as shown and recorded (no password)
        QString storePath; ///< the AppStore file; empty: AppStore::defaultPath()
        /// For a backup point of rows: verify, foreign key checks, batch sizes and the endpoints
        /// recorded for the rollback's own backup point; the callbacks are the job's.
        Rollback::Options options;
    };

    /// What the rollback did and what its verification found.
    struct Outcome
    {
        QString backupId;
        bool schema = false; ///< which of the two reports below holds the result
        Rollback::Report rows;
        SchemaRollback::Report definitions;

        /// Everything was put back and read back equal.
        bool clean() const;
        /// Whether a verification ran (schema rollbacks always compare the definitions).
        bool verified() const { return schema || rows.verified; }
        /// One sentence on the result of the verification, in the user's language.
        QString verificationText() const;
        /// One sentence on what was written.
        QString appliedText() const;
    };

    explicit RollbackJob(Request request, QObject* parent = nullptr);
    /// A backup point of rows on `target` (password included), as a project's Rollback action has it.
    RollbackJob(const ConnectionSettings& target, const QString& storePath, const QString& backupId,
        Rollback::Options options, QObject* parent = nullptr);
    ~RollbackJob() override;

    Status run() override;
    Outcome outcome() const;
    /// The report of a backup point of rows (outcome().rows).
    Rollback::Report report() const { return outcome().rows; }
    const Request& request() const { return m_request; }

private:
    Status runRows();
    Status runSchema();

    Request m_request;
    mutable QMutex m_mutex;
    Outcome m_outcome;
};

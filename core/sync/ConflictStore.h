#pragma once

#include "StoredConflict.h"
#include "Result.h"

#include <QCoreApplication>

class AppStore;

/// The conflict queue: the AppStore table `conflicts` (schema step 5). Syncs add to it, the CLI's
/// `conflicts` verb and the GUI's conflict editor read it, ConflictResolver settles entries. Used
/// on the thread that owns the AppStore.
class ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)

public:
    explicit ConflictStore(AppStore& store);

    /// Adds `conflict` (or refreshes it when its run already recorded the same row) and sets its id
    /// and creation time. Older open conflicts of the same target row are closed as "superseded":
    /// the newest run's view of a row is the one to decide on.
    Status record(StoredConflict& conflict);
    /// Code "not-found" when there is none.
    Result<StoredConflict> get(qint64 id) const;
    /// Oldest first; all states when `state` is empty; one run's when `runId` is set.
    Result<QList<StoredConflict>> list(std::optional<StoredConflict::State> state = std::nullopt,
                                       const QString& runId = {}) const;
    Result<qint64> count(std::optional<StoredConflict::State> state, const QString& runId = {}) const;

    /// Closes a conflict with its resolution (source, target, set) and the backup point of the write
    /// that resolved it (empty when nothing was written).
    Status markResolved(qint64 id, const QString& resolution, const QJsonObject& setValues, const QString& backupId);
    /// The target row changed again: keep the conflict open with the row found now.
    Status updateTarget(qint64 id, const std::optional<Row>& targetImage, const QString& reasonText);
    /// Opens again the conflicts that the write of backup point `backupId` resolved, once that write
    /// was rolled back: the rows are as they were, so the decision is due again. Returns how many.
    Result<qint64> reopenResolvedBy(const QString& backupId);

private:
    Error sqlError(const QString& what, const QString& detail) const;

    AppStore& m_store;
};

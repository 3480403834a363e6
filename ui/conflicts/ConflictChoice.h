#pragma once

#include "sync/ConflictPolicy.h"
#include "sync/ConflictResolver.h"
#include "sync/StoredConflict.h"

#include <QList>

#include <optional>

/// What the user has decided, so far, for one conflict: the row the target should end up with
/// (or no row), and for each column where its value came from. The conflict editor keeps one per
/// conflict it has touched; Apply turns them into ConflictResolver decisions.
struct ConflictChoice
{
    enum class Origin { Source, Target, Edited };

    std::optional<Row> result; ///< absent: the target should have no such row
    QList<Origin> origins; ///< one per SyncTable column; for a whole-row take all the same

    /// The whole source row (or none, when the source has none).
    static ConflictChoice source(const StoredConflict& conflict);
    /// The whole target row as it is now (or none).
    static ConflictChoice target(const StoredConflict& conflict);
    /// What `policy` would make of the conflict: the source's row for source-wins and manual, the
    /// target's for target-wins, the newer side's for newer-wins (the source's on a tie).
    static ConflictChoice initial(const StoredConflict& conflict, const ConflictPolicy& policy);
    /// newer-wins by `column`: the newer side's row; empty when the two are as new (or the column
    /// is unknown), so the caller can leave those alone.
    static std::optional<ConflictChoice> newer(const StoredConflict& conflict, const QString& column);

    /// Whether column `column` can get a value of its own: the result has a row, the column is
    /// written by a resolution (compared, not generated) and is not part of the key.
    static bool columnEditable(const StoredConflict& conflict, int column);

    /// The decision that makes the target hold `result`: Target when it is the target's row (nothing
    /// is written), Source when it is the source's, else Set with the exact bytes of every column
    /// that differs from the row the resolver starts from.
    ConflictResolver::Decision decision(const StoredConflict& conflict) const;

    /// The origin shown for the whole row: Source or Target when the result is that side's row,
    /// else Edited.
    Origin rowOrigin(const StoredConflict& conflict) const;

    bool operator==(const ConflictChoice& other) const = default;
};

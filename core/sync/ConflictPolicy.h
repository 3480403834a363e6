#pragma once

#include "Result.h"
#include "db/Value.h"

#include <QCoreApplication>
#include <QString>

/// How a sync settles rows that exist on both sides and differ, and what it does with the other
/// differences (`--conflict`). Whatever the policy, a write is guarded: a row that changed on the
/// target since the compare is never overwritten, it becomes a conflict.
///
///  - source-wins (default): the source's row is written (inserts, updates, and deletes unless
///    turned off).
///  - target-wins: rows the target already has are left as they are: no update and no delete;
///    only rows missing from the target are inserted. The rows left alone are counted as kept,
///    not queued as conflicts (the user chose the outcome).
///  - newer-wins:COLUMN: for a row on both sides, the side whose COLUMN is greater wins (numbers
///    compare as numbers, other values, e.g. DATETIME text, by their bytes; NULL is older than any
///    value). The source winning means an update; the target winning means the row is kept. Equal
///    values are a conflict awaiting a decision. Rows only on one side follow source-wins.
///  - manual: nothing is written; every difference becomes a conflict awaiting a decision.
class ConflictPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ConflictPolicy)

public:
    enum class Kind { SourceWins, TargetWins, NewerWins, Manual };

    /// What the policy does with one difference.
    enum class Verdict {
        Write,    ///< plan the change the source asks for
        Keep,     ///< leave the target's row as it is (target-wins, or newer-wins with the target newer)
        Conflict, ///< nothing is written; the row waits for a decision
    };

    ConflictPolicy() = default;

    /// "source-wins", "target-wins", "newer-wins:COLUMN" or "manual".
    static Result<ConflictPolicy> parse(const QString& text);

    Kind kind() const { return m_kind; }
    QString column() const { return m_column; }
    QString text() const;

    /// The verdict for a row only in the source (an insert).
    Verdict onlyInSource() const;
    /// The verdict for a row only in the target (a delete, when deletes are on).
    Verdict onlyInTarget() const;
    /// The verdict for a row on both sides; `source` and `target` are the values of column(),
    /// unused unless the policy is newer-wins.
    Verdict different(const Value& source, const Value& target) const;

    /// -1, 0, 1 as `a` is older than, as old as, newer than `b` (see the class comment).
    static int compareNewer(const Value& a, const Value& b);

private:
    Kind m_kind = Kind::SourceWins;
    QString m_column;
};

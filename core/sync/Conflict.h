#pragma once

#include "RowChange.h"

#include <QCoreApplication>
#include <QString>

/// A row the sync (or a rollback) did not write because the target changed since the images it was
/// planned from were taken. It carries all three images so that a person can decide.
struct Conflict
{
    Q_DECLARE_TR_FUNCTIONS(Conflict)

public:
    enum class Reason {
        Changed, ///< the row exists but differs from the image the plan expected
        Missing, ///< the plan expected the row, it is gone
        Present, ///< the plan expected no row with this key (an insert), one exists
        Ambiguous, ///< more than one target row has this key (a user-chosen key that is not unique)
    };

    QString database;
    QString table;
    RowChange::Kind kind = RowChange::Kind::Update; ///< what was attempted
    Reason reason = Reason::Changed;
    Row key;
    Row expected; ///< the image the plan expected (empty for an insert)
    Row actual;   ///< the image found on the target (empty when the row is missing)
    Row desired;  ///< the image the write would have produced (empty for a delete)

    /// Indexes of the columns where expected and actual differ (all columns when one is missing).
    QList<int> differingColumns() const;
    /// Why, in words that fit a sync (changed since the compare) and a rollback (since the sync).
    QString reasonText() const;
};

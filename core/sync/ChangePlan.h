#pragma once

#include "ChangeSource.h"
#include "ForeignKeyGraph.h"
#include "RowChange.h"
#include "SyncTable.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <memory>

class Connection;

/// What a sync will write: per table, its changes with the user's choices (inserts, updates and
/// deletes each on or off, single rows excluded), and the order of the work across tables.
///
/// The order: all deletes first, children before parents; then per table its updates and its
/// inserts, parents before children. Within one table that is "deletes, then updates, then
/// inserts", which also lets an update reuse a unique value a delete freed and an insert reuse one
/// an update freed. With foreign key checks off for the run the server checks nothing, and the
/// tables keep the plan's order.
///
/// A table without a key is refused: it cannot be changed in place row by row, only replaced whole
/// (Table::replace), which the user asks for explicitly. Nothing here ever
/// becomes a REPLACE (a delete plus an insert, which fires ON DELETE CASCADE on child rows).
class ChangePlan
{
    Q_DECLARE_TR_FUNCTIONS(ChangePlan)

public:
    struct Table
    {
        SyncTable table;
        std::shared_ptr<ChangeSource> changes;
        bool inserts = true;
        bool updates = true;
        bool deletes = true;
        QSet<QByteArray> excludedKeys; ///< RowChange::keyBytes() of rows the user unticked
        /// Inserts go through LOAD DATA LOCAL INFILE (BulkLoader) in large batches. Each batch is
        /// still one journaled, backed-up transaction; one the server does not take whole (a key
        /// that appeared meanwhile, a warning) is rolled back and written the guarded way.
        bool bulk = false;
        /// >= 0: the inserts come from a stream read once (SourceStreamChangeSource), so they are not
        /// counted and size-checked ahead; about this many are expected (for progress).
        qint64 streamedInserts = -1;

        /// A table without a key whose whole contents are replaced (sync --replace-keyless, or the
        /// rollback of such a replace): in one target transaction the Applier runs `guardSql` with
        /// FOR UPDATE (locking every row), goes on only while it returns `guardExpected`, backs up
        /// every row there, deletes them all and inserts the rows of `changes` (inserts only).
        struct Replace
        {
            bool enabled = false;
            QByteArray guardSql; ///< a one-row checksum of the whole table (COUNT(*) and a multiset sum)
            Row guardExpected;   ///< what it returned when the compare (or the replace undone) saw the table
            qint64 rowsExpected = 0; ///< source rows expected, for progress
        };
        Replace replace;

        bool enabled(RowChange::Kind kind) const;
        void exclude(const Row& key) { excludedKeys.insert(RowChange::keyBytes(key)); }
        bool isExcluded(const RowChange& change) const
        {
            return !excludedKeys.isEmpty() && excludedKeys.contains(RowChange::keyBytes(change.key));
        }
    };

    struct Step
    {
        int table = 0; ///< index into tables
        RowChange::Kind kind = RowChange::Kind::Insert;
        bool operator==(const Step& other) const { return table == other.table && kind == other.kind; }
    };

    QList<Table> tables;
    /// Off: the run sets foreign_key_checks = 0 on its session (no FK errors, and no cascades).
    bool foreignKeyChecks = true;

    /// Every table has a database, a name, columns, a key and a change source; no table twice.
    Status validate() const;

    /// The steps in execution order (see the class comment); only enabled kinds appear.
    QList<Step> steps(const ForeignKeyGraph& graph, QStringList* warnings = nullptr) const;
    /// As above, with the foreign keys read from the target (not read when checks are off).
    Result<QList<Step>> steps(Connection& target, QStringList* warnings = nullptr) const;

    /// What the user should know before the writes start: triggers that will fire, deletes that
    /// cascade to other tables, self-referencing tables.
    QStringList warnings(const ForeignKeyGraph& graph) const;

    QStringList databases() const;
};

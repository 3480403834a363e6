#pragma once

#include "ChangePlan.h"
#include "StoredConflict.h"
#include "SyncSelection.h"
#include "SyncOptions.h"
#include "compare/DiffStore.h"
#include "db/ConnectionSettings.h"

#include <QCoreApplication>

#include <functional>

class Connection;

/// Turns a compare run (its DiffStore) into a ChangePlan for the target: per table the target's
/// columns and key (SyncTableReader) with the compare's images mapped onto them, the conflict
/// policy and the user's choices (SyncSelection) applied, and the fast path chosen where it fits.
///
/// Per table:
///  - identical tables are left out; skipped or failed ones are reported with their reason;
///  - a table without a key is not changed row by row: it is reported, or, when the user asked for
///    it (SyncOptions::replaceKeyless), its contents are replaced whole, guarded by the checksum the
///    compare saw of the target table (ChangePlan::Table::replace);
///  - a column read by the compare in another form than it is stored in (a charset conversion,
///    FLOAT through DOUBLE on one side only) gets a guard expression, so that the guard compares
///    what the compare compared while the backup keeps the stored bytes;
///  - rows the policy holds back become conflicts (reported through `onConflict`), rows it keeps
///    are counted; unticked rows and tables are left out;
///  - inserts go in bulk (BulkLoader) when most of a table's rows are missing on the target and
///    the table allows it; a table the sync found empty on the target before the compare (and so
///    left out of it) is copied from a stream of the source's rows (see streamMetaKey()).
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)

public:
    /// What the plan does with one table of the compare.
    struct TableInfo
    {
        qint64 tableId = 0;
        QString name;        ///< the compare's name (source db.table)
        QString target;      ///< db.table on the target
        int planIndex = -1;  ///< index into Plan::plan.tables; -1 when nothing is written
        qint64 inserts = 0;
        qint64 updates = 0;
        qint64 deletes = 0;
        qint64 kept = 0;      ///< differences the policy or --no-delete leaves as they are
        qint64 conflicts = 0; ///< differences held back for a decision
        qint64 excluded = 0;  ///< rows the user unticked
        bool bulk = false;
        bool streamed = false; ///< copied whole from the source (empty on the target)
        bool replaced = false; ///< no key: its contents are replaced whole (--replace-keyless)
        bool keyless = false;  ///< the table has no key: it syncs only by replacing its contents
        QString skipped;       ///< non-empty: why nothing of this table is synced
        QStringList notes;
    };

    struct Plan
    {
        ChangePlan plan;
        QList<TableInfo> tables;
        QStringList warnings;
        qint64 policyConflicts = 0;

        qint64 inserts() const;
        qint64 updates() const;
        qint64 deletes() const;
        qint64 writes() const { return inserts() + updates() + deletes(); }
    };

    /// The DiffStore meta key under which a table copied from a source stream keeps its query
    /// (JSON: "sql" and "columns", the compare's column names in select-list order).
    static QString streamMetaKey(qint64 tableId);

    /// The DiffStore meta key under which the compare keeps a keyless table's target checksum (JSON:
    /// "sql", the checksum query, and "expected", the row it returned): the guard of a replace.
    static QString replaceGuardMetaKey(qint64 tableId);
    /// Whether the user asked for this keyless table's contents to be replaced.
    static bool replaceChosen(const SyncOptions& options, const DiffTableInfo& info);

    /// Builds the plan from the DiffStore at `diffStorePath` (opened on the calling thread).
    /// `target` is a connection to the target server; `source` is only used for streamed tables.
    /// `onConflict` receives each row the policy holds back (a StoredConflict without run ids).
    static Result<Plan> build(const QString& diffStorePath, Connection& target, const ConnectionSettings& source,
                              const SyncOptions& options,
                              const std::function<Status(StoredConflict&&)>& onConflict = {});

    /// The target table as the sync writes it, with the compare's columns mapped (see the class
    /// comment): `columnMap[i]` receives the SyncTable column of the compare's column i.
    static Result<SyncTable> syncTable(Connection& target, const DiffTableInfo& info, QList<int>* columnMap);

private:
    /// The plan table that replaces a keyless table's contents; when it cannot be replaced,
    /// `refused` receives why (reported as the table's skip reason).
    static Result<ChangePlan::Table> replacePlan(const DiffStore& store, const SyncSelection& selection,
                                                 const DiffTableInfo& info, const SyncTable& table,
                                                 const QList<int>& columnMap, const ConnectionSettings& source,
                                                 const SyncOptions& options, const SyncSelection::TableChoice& choice,
                                                 QString* refused);
};

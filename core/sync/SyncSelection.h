#pragma once

#include "RowChange.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <memory>

/// What the user ticked for a sync of one compare run: per table whether it is synced at all and
/// whether its inserts, updates and deletes are, and single rows left out. The GUI's checkboxes
/// write here; the sync planner reads it. Kept in the compare run's DiffStore file (tables
/// sync_table_choices and sync_row_exclusions), so the choices travel with the results they refer
/// to and survive a restart.
///
/// Rows are named by their DiffStore sort key (DiffRow::sortKey), which is unique per table and
/// stable for the life of the run. One object is one SQLite connection owned by the thread that
/// opened it.
class SyncSelection
{
    Q_DECLARE_TR_FUNCTIONS(SyncSelection)

public:
    struct TableChoice
    {
        bool included = true;
        bool inserts = true;
        bool updates = true;
        bool deletes = true;
    };

    /// Opens the choices kept in the DiffStore file at `diffStorePath`, creating their tables.
    static Result<std::unique_ptr<SyncSelection>> open(const QString& diffStorePath);
    ~SyncSelection();
    SyncSelection(const SyncSelection&) = delete;
    SyncSelection& operator=(const SyncSelection&) = delete;

    /// Ticks or unticks one row of a table (DiffTableInfo::id) by its sort key.
    Status setRowIncluded(qint64 tableId, const QByteArray& sortKey, bool included);
    Result<bool> isRowIncluded(qint64 tableId, const QByteArray& sortKey) const;
    /// The sort keys of the unticked rows of a table.
    Result<QSet<QByteArray>> excludedRows(qint64 tableId) const;
    /// Ticks every row of a table again.
    Status clearRowExclusions(qint64 tableId);

    Status setTableIncluded(qint64 tableId, bool included);
    Status setKindIncluded(qint64 tableId, RowChange::Kind kind, bool included);
    Result<TableChoice> tableChoice(qint64 tableId) const;

private:
    explicit SyncSelection(const QString& path);
    Status setTableChoice(qint64 tableId, const TableChoice& choice);
    Error sqlError(const QString& what, const QString& detail) const;

    QString m_path;
    QString m_connectionName;
};

#pragma once

#include "compare/DiffStore.h"

#include <QAbstractTableModel>
#include <QHash>

/// The tables of a row compare with their outcome: status, rows only in the source, only in the
/// target, different and identical, and the time taken. While a compare runs, the tables being
/// compared show how far they have come.
class DiffTablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        OnlyInSourceColumn,
        OnlyInTargetColumn,
        DifferentColumn,
        IdenticalColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers as numbers, for sorting
        TableIdRole,
        StatusRole, ///< the status word as stored: identical, different, ...
        FullNameRole, ///< "db.table" (the list shows the table's name alone)
    };

    /// What a running compare says about a table it is working on.
    struct Live
    {
        qint64 rowsDone = -1; ///< -1: unknown (several tables at once)
        double rowsPerSecond = 0;
        double seconds = 0;
    };

    explicit DiffTablesModel(QObject* parent = nullptr);

    /// Replaces the list; rows of the same tables in the same order are updated in place, so a
    /// view keeps its selection and scroll position while a compare fills the counts in.
    void setTables(const QList<DiffTableInfo>& tables);
    const QList<DiffTableInfo>& tables() const { return m_tables; }
    const DiffTableInfo& tableAt(int row) const { return m_tables.at(row); }
    /// The row of a table id, or -1.
    int rowOf(qint64 tableId) const;
    int rowOf(const QString& name) const;

    /// The tables being compared now, with their progress; the others are not running.
    void setLive(const QHash<qint64, Live>& live);
    bool isRunning(qint64 tableId) const { return m_live.contains(tableId); }

    /// Whether a table's rows can be shown (its compare has finished).
    static bool isFinished(const DiffTableInfo& table);
    /// The status in the user's words.
    static QString statusText(const QString& status);
    /// How the list names a table: its name, or "source → target" when it was mapped to another.
    static QString shownName(const DiffTableInfo& table);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant countData(qint64 count, QColor color, int role) const;

    QList<DiffTableInfo> m_tables;
    QHash<qint64, Live> m_live;
};

#pragma once

#include "jobs/JobItemProgress.h"

#include <QAbstractTableModel>
#include <QList>

/// The per-table progress of one job (JobProgress::items) as a table: name, progress bar, rows.
/// Updating with the same items in the same order only signals the rows that changed, so the
/// view keeps its scroll position and selection while a job runs.
class JobItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProgressColumn, RowsColumn, ColumnCount };
    enum Role {
        FractionRole = Qt::UserRole + 1, ///< double 0..1; -1 when unknown (busy bar)
        StateRole, ///< int(JobItemProgress::State)
    };

    explicit JobItemsModel(QObject* parent = nullptr);

    void setItems(const QList<JobItemProgress>& items);
    const QList<JobItemProgress>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobItemProgress> m_items;
};

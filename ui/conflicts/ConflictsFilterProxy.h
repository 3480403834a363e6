#pragma once

#include <QSortFilterProxyModel>

/// The conflict queue as the filter bar narrows it: by table, by reason and by state (open,
/// resolved or all), sortable by any column.
class ConflictsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter { Open, Resolved, All };

    explicit ConflictsFilterProxy(QObject* parent = nullptr);

    /// db.table; empty: every table.
    void setTableFilter(const QString& table);
    QString tableFilter() const { return m_table; }
    /// A reason code (ConflictsModel::ReasonRole); empty: every reason.
    void setReasonFilter(const QString& reason);
    QString reasonFilter() const { return m_reason; }
    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_table;
    QString m_reason;
    StateFilter m_state = StateFilter::Open;
};

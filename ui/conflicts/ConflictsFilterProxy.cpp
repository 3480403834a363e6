#include "ConflictsFilterProxy.h"

#include "ConflictsModel.h"

ConflictsFilterProxy::ConflictsFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConflictsModel::SortRole);
}

void ConflictsFilterProxy::setTableFilter(const QString& table)
{
    if (table == m_table)
        return;
    m_table = table;
    invalidateFilter();
}

void ConflictsFilterProxy::setReasonFilter(const QString& reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    invalidateFilter();
}

void ConflictsFilterProxy::setStateFilter(StateFilter state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool ConflictsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_table.isEmpty() && index.data(ConflictsModel::TableRole).toString() != m_table)
        return false;
    if (!m_reason.isEmpty() && index.data(ConflictsModel::ReasonRole).toString() != m_reason)
        return false;
    const bool open = index.data(ConflictsModel::StateRole).toString() == QLatin1String("open");
    switch (m_state) {
    case StateFilter::Open:
        return open;
    case StateFilter::Resolved:
        return !open;
    case StateFilter::All:
        break;
    }
    return true;
}

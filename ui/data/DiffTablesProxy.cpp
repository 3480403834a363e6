#include "DiffTablesProxy.h"

#include "DiffTablesModel.h"

DiffTablesProxy::DiffTablesProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiffTablesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DiffTablesProxy::setNameFilter(const QString& text)
{
    if (text.trimmed() == m_name)
        return;
    m_name = text.trimmed();
    invalidateFilter();
}

void DiffTablesProxy::setDifferencesOnly(bool on)
{
    if (on == m_differencesOnly)
        return;
    m_differencesOnly = on;
    invalidateFilter();
}

bool DiffTablesProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, DiffTablesModel::NameColumn, sourceParent);
    if (!m_name.isEmpty() && !name.data(Qt::DisplayRole).toString().contains(m_name, Qt::CaseInsensitive)
        && !name.data(DiffTablesModel::FullNameRole).toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    if (m_differencesOnly && name.data(DiffTablesModel::StatusRole).toString() == QLatin1String("identical"))
        return false;
    return true;
}

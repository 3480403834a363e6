#include "SchemaTreeFilterModel.h"

#include "SchemaTreeModel.h"

SchemaTreeFilterModel::SchemaTreeFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Kind rows are accepted through their objects only.
    setRecursiveFilteringEnabled(true);
}

void SchemaTreeFilterModel::setDifferencesOnly(bool on)
{
    if (m_differencesOnly == on)
        return;
    m_differencesOnly = on;
    invalidateFilter();
}

void SchemaTreeFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool SchemaTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, SchemaTreeModel::NameColumn, sourceParent);
    if (index.data(SchemaTreeModel::IsGroupRole).toBool())
        return false;
    if (m_differencesOnly
        && index.data(SchemaTreeModel::StatusRole).toInt() == int(ObjectDiff::Status::Identical))
        return false;
    return m_text.isEmpty() || index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

#include "BackupPointsProxy.h"

#include "BackupPointsModel.h"

#include <QDateTime>

BackupPointsProxy::BackupPointsProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BackupPointsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void BackupPointsProxy::setText(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void BackupPointsProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

bool BackupPointsProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    auto* model = qobject_cast<const BackupPointsModel*>(sourceModel());
    if (!model)
        return true;
    const std::optional<BackupInfo> b = model->backup(model->index(sourceRow, 0, sourceParent));
    if (!b)
        return false;
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::CanRollBack:
        if (b->state == BackupInfo::State::RolledBack)
            return false;
        break;
    case StateFilter::RolledBack:
        if (b->state != BackupInfo::State::RolledBack)
            return false;
        break;
    case StateFilter::Expired:
        if (!model->isExpired(b->id))
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    if (b->id.contains(m_text, Qt::CaseInsensitive) || b->source.contains(m_text, Qt::CaseInsensitive)
        || b->target.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const BackupInfo::TableCounts& t : b->tables) {
        if (t.table.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool BackupPointsProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QDateTime && b.userType() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toLongLong() < b.toLongLong();
}

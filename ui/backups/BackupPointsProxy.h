#pragma once

#include <QSortFilterProxyModel>

/// Sorts the backup points by any column (times and numbers by value) and filters them by a piece
/// of their id, endpoints or table names, and by what can still be done with them.
class BackupPointsProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter {
        All,
        CanRollBack, ///< complete or unfinished: not yet rolled back
        RolledBack,
        Expired,
    };

    explicit BackupPointsProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
};

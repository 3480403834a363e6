#pragma once

#include <QSortFilterProxyModel>

/// Sorts the compare's table list by any column (numbers as numbers) and filters it by a piece
/// of the table name and, optionally, to the tables that differ (or could not be compared).
class DiffTablesProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiffTablesProxy(QObject* parent = nullptr);

    void setNameFilter(const QString& text);
    QString nameFilter() const { return m_name; }
    void setDifferencesOnly(bool on);
    bool differencesOnly() const { return m_differencesOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_name;
    bool m_differencesOnly = false;
};

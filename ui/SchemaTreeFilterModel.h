#pragma once

#include <QSortFilterProxyModel>

/// Narrows the schema object tree to what the user looks for: differences only or every object,
/// and a name filter. A kind row shows while one of its objects does.
class SchemaTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SchemaTreeFilterModel(QObject* parent = nullptr);

    bool differencesOnly() const { return m_differencesOnly; }
    void setDifferencesOnly(bool on);
    QString text() const { return m_text; }
    /// Objects whose name contains `text`, ignoring case.
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_differencesOnly = true;
    QString m_text;
};

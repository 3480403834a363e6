#pragma once

#include <QStyledItemDelegate>

/// Paints a cell's text as a small rounded badge in the colour of its badge role (a risk label, a
/// status): the one thing the model's roles cannot express on their own.
class RiskBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// `colorRole` is the model role that holds the badge's QColor.
    explicit RiskBadgeDelegate(int colorRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_colorRole;
};

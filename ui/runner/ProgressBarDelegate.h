#pragma once

#include <QStyledItemDelegate>

/// Paints a cell as the style's progress bar: the fraction from `fractionRole` (0..1, or -1 for
/// a busy bar) and the cell's display text on it.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressBarDelegate(int fractionRole, QObject* parent = nullptr);

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_fractionRole;
};

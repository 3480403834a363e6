#include "RiskBadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int PadX = 7;
constexpr int PadY = 2;
} // namespace

RiskBadgeDelegate::RiskBadgeDelegate(int colorRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_colorRole(colorRole)
{ }

void RiskBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The row's selection and focus are drawn as usual; only the text becomes a badge.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = index.data(m_colorRole).value<QColor>();
    if (text.isEmpty() || !color.isValid())
        return;
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.88);
    font.setBold(true);
    const QFontMetrics fm(font);
    // A couple of pixels of slack: fractional glyph advances must not elide a label that fits.
    const int width = qMin(fm.horizontalAdvance(text) + 2 * PadX + 2, opt.rect.width() - 4);
    const int height = fm.height() + 2 * PadY;
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, width - 2 * PadX));
    painter->restore();
}

QSize RiskBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.88);
    font.setBold(true);
    const QFontMetrics fm(font);
    size.setWidth(fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * PadX + 10);
    size.setHeight(qMax(size.height(), fm.height() + 2 * PadY + 4));
    return size;
}

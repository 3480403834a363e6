#include "UiStyle.h"

#include <QPalette>
#include <QWidget>

namespace UiStyle {

void setTextColor(QWidget* widget, const QColor& color)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
}

void resetTextColor(QWidget* widget)
{
    widget->setPalette(QPalette());
}

QColor warningColor()
{
    return QColor(0xc0, 0x7a, 0x12);
}

} // namespace UiStyle

#include "UiStyle.h"

#include <QFontDatabase>
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

QColor onlyInSourceColor()
{
    return QColor(0x3a, 0x9a, 0x55);
}

QColor onlyInTargetColor()
{
    return QColor(0xd6, 0x45, 0x45);
}

QColor differentColor()
{
    return QColor(0xc0, 0x7a, 0x12);
}

QColor identicalColor()
{
    return QColor(0x86, 0x8c, 0x96);
}

bool isDark(const QWidget* widget)
{
    const QPalette p = widget ? widget->palette() : QPalette();
    return p.color(QPalette::Base).lightness() < p.color(QPalette::Text).lightness();
}

QColor tint(const QColor& color, const QWidget* widget, int strength)
{
    // Blend towards the base colour: about 16% of the colour for a line, twice that for a word.
    const QColor base = widget ? widget->palette().color(QPalette::Base) : QColor(Qt::white);
    const double share = qBound(0.05, (isDark(widget) ? 0.22 : 0.16) * strength, 0.9);
    auto mix = [share](int a, int b) { return int(a * share + b * (1.0 - share)); };
    return QColor(mix(color.red(), base.red()), mix(color.green(), base.green()), mix(color.blue(), base.blue()));
}

void useFixedFont(QWidget* widget)
{
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(widget->font().pointSizeF());
    widget->setFont(fixed);
}

} // namespace UiStyle

#include "DiffColors.h"

#include "UiStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace DiffColors {

namespace {

bool darkPalette()
{
    const QPalette p = QGuiApplication::palette();
    return p.color(QPalette::Base).lightness() < p.color(QPalette::Text).lightness();
}

QColor blend(const QColor& color, double share)
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    auto mix = [share](int a, int b) { return int(a * share + b * (1.0 - share)); };
    return QColor(
        mix(color.red(), base.red()), mix(color.green(), base.green()), mix(color.blue(), base.blue()));
}

} // namespace

QColor kindColor(DiffRow::Kind kind)
{
    // The same mid tones as the schema views: green is added, red removed, amber changed.
    switch (kind) {
    case DiffRow::Kind::OnlyInSource:
        return QColor(0x3a, 0x9a, 0x55);
    case DiffRow::Kind::OnlyInTarget:
        return QColor(0xd6, 0x45, 0x45);
    case DiffRow::Kind::Different:
        break;
    }
    return UiStyle::warningColor();
}

QColor blendIntoBase(const QColor& color, double share)
{
    return blend(color, share);
}

QColor rowBackground(DiffRow::Kind kind)
{
    return blend(kindColor(kind), darkPalette() ? 0.22 : 0.13);
}

QColor differingCellBackground()
{
    return blend(kindColor(DiffRow::Kind::Different), darkPalette() ? 0.45 : 0.38);
}

QColor absentBackground()
{
    const QPalette p = QGuiApplication::palette();
    return blend(p.color(QPalette::Text), darkPalette() ? 0.10 : 0.06);
}

QColor placeholderText()
{
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

} // namespace DiffColors

#pragma once

#include <QColor>

class QWidget;

/// Small styling helpers shared by the widgets, so the same meaning gets the same look.
namespace UiStyle {

/// Draws the widget's text in `color`, whatever background it sits on (a label on a Base-coloured
/// card uses the Text role, elsewhere WindowText).
void setTextColor(QWidget* widget, const QColor& color);
/// Restores the palette's own text colours.
void resetTextColor(QWidget* widget);
/// The colour of warnings that are not errors: a mid-tone amber readable on light and dark palettes.
QColor warningColor();

} // namespace UiStyle

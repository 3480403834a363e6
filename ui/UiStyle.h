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

// Differences, everywhere they are shown (object tree, side-by-side text, row grids): what only
// the source has is green (it will be added to the target), what only the target has is red (it
// will go), what differs is amber, what matches is grey. Mid tones, readable on light and dark.

QColor onlyInSourceColor();
QColor onlyInTargetColor();
QColor differentColor();
QColor identicalColor();
/// `color` made faint enough to be a background behind text of the given palette.
QColor tint(const QColor& color, const QWidget* widget, int strength = 1);
/// Whether the widget's palette is dark (light text on a dark base).
bool isDark(const QWidget* widget);
/// A font for code (SQL, CREATE statements): the system's fixed font at the widget's size.
void useFixedFont(QWidget* widget);

} // namespace UiStyle

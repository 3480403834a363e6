#pragma once

#include "compare/DiffStore.h"

#include <QColor>

/// The backgrounds of the row diff grids, from the shared difference colours (UiStyle) blended
/// into the application's palette, so they read on light and dark themes alike.
namespace DiffColors {

/// The colour of a kind: green only in source, red only in target, amber different.
QColor kindColor(DiffRow::Kind kind);
/// `color` blended into the palette's base colour; `share` 0..1 of it.
QColor blendIntoBase(const QColor& color, double share);
/// A row of this kind, on the side that has it.
QColor rowBackground(DiffRow::Kind kind);
/// A value whose bytes differ between the sides.
QColor differingCellBackground();
/// The side that does not have the row.
QColor absentBackground();
/// The text colour of NULL and other placeholders.
QColor placeholderText();

} // namespace DiffColors

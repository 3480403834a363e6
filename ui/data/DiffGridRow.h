#pragma once

#include "ValueFormat.h"
#include "compare/DiffStore.h"

#include <QList>

/// One differing row as the grids show it: the row's identity and kind, and a short, already
/// decoded preview of each value on each side. The loader thread builds these so the UI thread
/// only looks them up; the full values are read again for the detail pane.
struct DiffGridRow
{
    QByteArray sortKey;
    DiffRow::Kind kind = DiffRow::Kind::Different;
    Row key;
    QList<ValueFormat::Preview> source; ///< empty when the row is not in the source
    QList<ValueFormat::Preview> target; ///< empty when the row is not in the target
    QList<int> diffColumns;

    bool differs(int column) const { return diffColumns.contains(column); }

    /// The preview of `row` for `columns`.
    static DiffGridRow fromRow(const DiffRow& row, const QList<DiffColumn>& columns, int maxChars = 120);
};

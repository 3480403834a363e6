#pragma once

#include "compare/DiffStore.h"

#include <QList>

#include <optional>

/// A batch of row pages a grid wants from the loader thread. `generation` names the grid's
/// current table and filter (replies of an older generation are dropped); `batch` orders the
/// requests, and a newer batch makes the loader skip what is left of an older one.
struct DiffPageRequest
{
    quint64 generation = 0;
    quint64 batch = 0;
    qint64 tableId = 0;
    std::optional<DiffRow::Kind> kind;
    QList<DiffColumn> columns;
    qint64 rowCount = 0; ///< what the grid expects, to size the page index
    QList<int> pages; ///< most wanted first
};

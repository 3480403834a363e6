#include "DiffGridRow.h"

namespace {

QList<ValueFormat::Preview> previews(
    const std::optional<Row>& image, const QList<DiffColumn>& columns, int maxChars)
{
    QList<ValueFormat::Preview> out;
    if (!image)
        return out;
    out.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i)
        out.append(ValueFormat::preview(image->value(i), columns.at(i), maxChars));
    return out;
}

} // namespace

DiffGridRow DiffGridRow::fromRow(const DiffRow& row, const QList<DiffColumn>& columns, int maxChars)
{
    DiffGridRow g;
    g.sortKey = row.sortKey;
    g.kind = row.kind;
    g.key = row.key;
    g.source = previews(row.sourceImage, columns, maxChars);
    g.target = previews(row.targetImage, columns, maxChars);
    g.diffColumns = row.diffColumns;
    return g;
}

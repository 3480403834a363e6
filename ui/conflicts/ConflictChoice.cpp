#include "ConflictChoice.h"

namespace {

QList<ConflictChoice::Origin> all(const StoredConflict& c, ConflictChoice::Origin origin)
{
    return QList<ConflictChoice::Origin>(c.syncTable.columns.size(), origin);
}

/// Whether two images agree on every compared column (absent rows agree with each other only).
bool sameRow(const StoredConflict& c, const std::optional<Row>& a, const std::optional<Row>& b)
{
    if (!a || !b)
        return !a && !b;
    return c.syncTable.sameCompared(*a, *b);
}

} // namespace

ConflictChoice ConflictChoice::source(const StoredConflict& c)
{
    return ConflictChoice {c.sourceImage, all(c, Origin::Source)};
}

ConflictChoice ConflictChoice::target(const StoredConflict& c)
{
    return ConflictChoice {c.targetImage, all(c, Origin::Target)};
}

std::optional<ConflictChoice> ConflictChoice::newer(const StoredConflict& c, const QString& column)
{
    const int index = c.syncTable.columnIndex(column);
    if (index < 0)
        return std::nullopt;
    // A row only one side has follows source-wins, as the sync's newer-wins does.
    if (!c.sourceImage || !c.targetImage)
        return source(c);
    const int order = ConflictPolicy::compareNewer(c.sourceImage->value(index), c.targetImage->value(index));
    if (order == 0)
        return std::nullopt;
    return order > 0 ? source(c) : target(c);
}

ConflictChoice ConflictChoice::initial(const StoredConflict& c, const ConflictPolicy& policy)
{
    switch (policy.kind()) {
    case ConflictPolicy::Kind::TargetWins:
        return target(c);
    case ConflictPolicy::Kind::NewerWins:
        return newer(c, policy.column()).value_or(source(c));
    case ConflictPolicy::Kind::SourceWins:
    case ConflictPolicy::Kind::Manual:
        break;
    }
    return source(c);
}

bool ConflictChoice::columnEditable(const StoredConflict& c, int column)
{
    const SyncTable& t = c.syncTable;
    if (column < 0 || column >= t.columns.size())
        return false;
    const SyncTable::Column& col = t.columns.at(column);
    return col.compared && !col.generated && !t.keyColumns.contains(column);
}

ConflictChoice::Origin ConflictChoice::rowOrigin(const StoredConflict& c) const
{
    switch (decision(c).take) {
    case ConflictResolver::Decision::Take::Source:
        return Origin::Source;
    case ConflictResolver::Decision::Take::Target:
        return Origin::Target;
    case ConflictResolver::Decision::Take::Set:
        break;
    }
    return Origin::Edited;
}

ConflictResolver::Decision ConflictChoice::decision(const StoredConflict& c) const
{
    using Take = ConflictResolver::Decision::Take;
    ConflictResolver::Decision d;
    d.id = c.id;
    if (sameRow(c, result, c.targetImage)) {
        d.take = Take::Target;
        return d;
    }
    if (sameRow(c, result, c.sourceImage) || !result) {
        d.take = Take::Source;
        return d;
    }
    d.take = Take::Set;
    // The resolver lays the values over the source's row, or the target's when the source has none.
    const Row& base = c.sourceImage ? *c.sourceImage : *c.targetImage;
    for (int i = 0; i < c.syncTable.columns.size(); ++i) {
        if (!columnEditable(c, i))
            continue;
        const Value& v = result->value(i);
        if (v == base.value(i))
            continue;
        // Marked as hex: the resolver then takes the bytes exactly, whatever they look like.
        d.values.append({c.syncTable.columns.at(i).name, v ? Value(QByteArray("0x") + v->toHex()) : Value()});
    }
    return d;
}

#include "TableMatcher.h"

#include "TableFilter.h"

#include <algorithm>

namespace {


/// Key column classes whose range predicates use the index and split the rows the same way on
/// both sides.
bool isRangeableClass(const ColumnMeta& c)
{
    switch (c.cls) {
    case ColumnClass::Integer:
    case ColumnClass::Decimal:
    case ColumnClass::Double:
    case ColumnClass::Bit:
    case ColumnClass::Temporal:
    case ColumnClass::Time:
    case ColumnClass::Other:
        return true;
    case ColumnClass::Text:
    case ColumnClass::Binary:
        return !c.isLob();
    default:
        return false;
    }
}

} // namespace

const IndexMeta* TableMatcher::indexFor(const TableMeta& table, const QStringList& columns)
{
    // Prefer the primary key, then unique indexes, then any B-tree index led by exactly these
    // columns without prefix parts: ranges over it are index range scans.
    const IndexMeta* best = nullptr;
    int bestRank = 99;
    for (const IndexMeta& idx : table.indexes) {
        if (!idx.isBtree() || idx.columns.size() < columns.size())
            continue;
        bool leads = true;
        for (int i = 0; i < columns.size() && leads; ++i)
            leads = idx.columns.at(i).compare(columns.at(i), Qt::CaseInsensitive) == 0 && idx.subParts.at(i) == 0;
        if (!leads)
            continue;
        const int rank = idx.primary ? 0 : idx.unique ? 1 : 2;
        if (rank < bestRank) {
            best = &idx;
            bestRank = rank;
        }
    }
    return best;
}

QList<TablePlan> TableMatcher::match(const DatabaseMeta& source, const DatabaseMeta& target,
                                     const CompareOptions& options, QStringList* warnings)
{
    const Qt::CaseSensitivity cs = (source.lowerCaseTableNames != 0 || target.lowerCaseTableNames != 0)
        ? Qt::CaseInsensitive
        : Qt::CaseSensitive;
    TableFilter filter(options.tables, options.exclude, cs);
    QList<TablePlan> plans;
    for (const TableMeta& s : source.tables) {
        if (!s.isComparable() || !filter.matches(source.name, s.name))
            continue;
        const TableMeta* t = target.table(s.name, cs);
        if (t && t->isComparable()) {
            plans.append(plan(source, s, target, *t, options));
            continue;
        }
        TablePlan p;
        p.sourceDatabase = source.name;
        p.sourceTable = s.name;
        p.targetDatabase = target.name;
        p.targetTable = s.name;
        p.presence = TablePlan::Presence::SourceOnly;
        p.estimatedRows = s.estimatedRows;
        p.notes << (t ? tr("the target has a %1 of this name, not a table").arg(t->type.toLower())
                      : tr("the table exists only in the source"));
        plans.append(p);
    }
    for (const TableMeta& t : target.tables) {
        if (!t.isComparable() || source.table(t.name, cs))
            continue;
        if (!filter.matches(source.name, t.name) && !filter.matches(target.name, t.name))
            continue;
        TablePlan p;
        p.sourceDatabase = source.name;
        p.sourceTable = t.name;
        p.targetDatabase = target.name;
        p.targetTable = t.name;
        p.presence = TablePlan::Presence::TargetOnly;
        p.estimatedRows = t.estimatedRows;
        p.notes << tr("the table exists only in the target");
        plans.append(p);
    }
    std::sort(plans.begin(), plans.end(), [](const TablePlan& a, const TablePlan& b) {
        return a.sourceTable < b.sourceTable;
    });
    if (warnings) {
        for (const QString& unused : filter.unusedIncludes())
            warnings->append(tr("--tables pattern \"%1\" matched no table").arg(unused));
    }
    return plans;
}

TablePlan TableMatcher::plan(const DatabaseMeta& sourceDb, const TableMeta& source, const DatabaseMeta& targetDb,
                             const TableMeta& target, const CompareOptions& options)
{
    TablePlan p;
    p.sourceDatabase = sourceDb.name;
    p.sourceTable = source.name;
    p.targetDatabase = targetDb.name;
    p.targetTable = target.name;
    p.estimatedRows = qMax(source.estimatedRows, target.estimatedRows);

    // Columns: those both sides have (by name, which ignores case in MySQL), in the source's order.
    // Generated columns derive from the others and are never written, so they are not compared;
    // invisible columns are, by naming them (SELECT * would skip them).
    for (const ColumnMeta& s : source.columns) {
        const ColumnMeta* t = target.column(s.name);
        if (!t) {
            p.onlyInSource.append(s.name);
            continue;
        }
        if (s.generated || t->generated)
            continue;
        if (options.isIgnored(sourceDb.name, source.name, s.name)) {
            p.ignored.append(s.name);
            continue;
        }
        PlanColumn c;
        c.name = s.name;
        c.targetName = t->name;
        c.source = s;
        c.target = *t;
        c.nullable = s.nullable || t->nullable;
        const bool textual = s.cls == ColumnClass::Text || s.cls == ColumnClass::Enum || s.cls == ColumnClass::Set;
        if (textual && !t->charset.isEmpty() && !s.charset.isEmpty() && s.charset != t->charset) {
            c.convertCharset = true;
            p.notes << tr("column %1 is %2 in the source and %3 in the target: compared as utf8mb4 text")
                           .arg(s.name, s.charset, t->charset);
        }
        if (options.jsonSemantic && s.isJson && t->isJson)
            c.jsonSemantic = true;
        if (s.normalizedType() != t->normalizedType() && !(s.cls == ColumnClass::Integer && t->cls == ColumnClass::Integer)) {
            p.notes << tr("column %1 is %2 in the source and %3 in the target: values compared as they read")
                           .arg(s.name, s.columnType, t->columnType);
        }
        p.columns.append(c);
    }
    for (const ColumnMeta& t : target.columns) {
        if (!source.column(t.name))
            p.onlyInTarget.append(t.name);
    }
    if (!p.onlyInSource.isEmpty())
        p.notes << tr("columns only in the source (not compared): %1").arg(p.onlyInSource.join(QStringLiteral(", ")));
    if (!p.onlyInTarget.isEmpty())
        p.notes << tr("columns only in the target (not compared): %1").arg(p.onlyInTarget.join(QStringLiteral(", ")));
    if (!p.ignored.isEmpty())
        p.notes << tr("ignored columns: %1").arg(p.ignored.join(QStringLiteral(", ")));
    if (p.columns.isEmpty()) {
        p.skipReason = tr("the two tables have no column in common");
        return p;
    }
    chooseKey(p, source, target, options);
    return p;
}

void TableMatcher::chooseKey(TablePlan& p, const TableMeta& source, const TableMeta& target,
                             const CompareOptions& options)
{
    auto columnIndex = [&p](const QString& name) {
        for (int i = 0; i < p.columns.size(); ++i) {
            if (p.columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };

    QStringList keyColumns;
    const QStringList user = options.keyFor(p.sourceDatabase, p.sourceTable);
    if (!user.isEmpty()) {
        for (const QString& name : user) {
            if (columnIndex(name) < 0) {
                p.skipReason = tr("the --key column %1 is not a column both sides have").arg(name);
                return;
            }
        }
        keyColumns = user;
        p.keyOrigin = QStringLiteral("--key");
        p.userKey = true;
    } else {
        // The primary key, else the unique key with the fewest columns whose columns are NOT NULL on
        // both sides (a NULL would make the key ambiguous), B-tree before HASH (a hash index gives
        // no ranges).
        QList<const IndexMeta*> candidates;
        for (const IndexMeta& idx : source.indexes) {
            if (!idx.unique || idx.type == QLatin1String("FUNCTIONAL") || idx.columns.isEmpty())
                continue;
            bool usable = true;
            for (const QString& name : idx.columns) {
                const int i = columnIndex(name);
                usable = usable && i >= 0 && !p.columns.at(i).nullable;
            }
            if (usable)
                candidates.append(&idx);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const IndexMeta* a, const IndexMeta* b) {
            if (a->primary != b->primary)
                return a->primary;
            if (a->isBtree() != b->isBtree())
                return a->isBtree();
            return a->columns.size() < b->columns.size();
        });
        if (candidates.isEmpty()) {
            p.notes << tr("no primary or unique NOT NULL key: compared as a multiset of row hashes; not "
                          "updatable in place (give one with --key)");
            return;
        }
        keyColumns = candidates.first()->columns;
        p.keyOrigin = candidates.first()->primary ? QStringLiteral("PRIMARY KEY")
                                                  : QStringLiteral("UNIQUE KEY %1").arg(Sql::quoteIdentifier(candidates.first()->name));
        if (!candidates.first()->primary)
            p.notes << tr("no primary key: rows matched by %1").arg(p.keyOrigin);
    }

    bool rangeable = true;
    for (const QString& name : keyColumns) {
        const int i = columnIndex(name);
        PlanColumn& c = p.columns[i];
        PlanKeyColumn k;
        k.column = i;
        k.nullable = c.nullable;
        k.kind = (c.cls() == ColumnClass::Integer || c.cls() == ColumnClass::Bit) ? KeyCodec::Kind::Integer
                                                                                   : KeyCodec::Kind::Bytes;
        const bool bothInteger = c.source.cls == ColumnClass::Integer && c.target.cls == ColumnClass::Integer;
        if (!bothInteger && c.source.normalizedType() != c.target.normalizedType()) {
            p.skipReason = tr("the key column %1 is %2 in the source and %3 in the target; align the schemas first "
                              "(schema-sync)")
                               .arg(c.name, c.source.columnType, c.target.columnType);
            p.key.clear();
            return;
        }
        // Ordered by value for integers, dates and binary strings (whose index order is their byte
        // order); every other type is ordered by its bytes explicitly, CAST(... AS BINARY).
        k.nativeOrder = !c.convertCharset
            && (k.kind == KeyCodec::Kind::Integer || c.cls() == ColumnClass::Temporal
                || (c.cls() == ColumnClass::Binary && !c.source.isLob()));
        if (!isRangeableClass(c.source) || k.nullable || c.convertCharset)
            rangeable = false;
        if (c.cls() == ColumnClass::Text && !c.convertCharset && c.source.collation != c.target.collation) {
            rangeable = false;
            p.notes << tr("the key column %1 has collation %2 in the source and %3 in the target: rows are "
                          "matched by their bytes")
                           .arg(c.name, c.source.collation, c.target.collation);
        }
        p.key.append(k);
    }
    const IndexMeta* si = indexFor(source, keyColumns);
    const IndexMeta* ti = indexFor(target, keyColumns);
    if (!si || !ti)
        rangeable = false;
    if (rangeable) {
        p.sourceIndex = si->name;
        p.targetIndex = ti->name;
    }
    p.rangeable = rangeable;
    p.integerRanges = rangeable && p.key.size() == 1 && p.columns.at(p.key.first().column).cls() == ColumnClass::Integer;
    if (!rangeable)
        p.notes << tr("the key cannot be walked in index ranges on both sides: the table is read in one pass");
}

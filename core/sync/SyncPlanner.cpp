#include "SyncPlanner.h"

#include "BulkLoader.h"
#include "DiffChangeSource.h"
#include "SourceStreamChangeSource.h"
#include "SyncSelection.h"
#include "SyncTableReader.h"
#include "compare/TableFilter.h"
#include "db/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int findColumn(const QList<DiffColumn>& columns, const QString& name)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

qint64 SyncPlanner::Plan::inserts() const
{
    qint64 n = 0;
    for (const TableInfo& t : tables)
        n += t.inserts;
    return n;
}

qint64 SyncPlanner::Plan::updates() const
{
    qint64 n = 0;
    for (const TableInfo& t : tables)
        n += t.updates;
    return n;
}

qint64 SyncPlanner::Plan::deletes() const
{
    qint64 n = 0;
    for (const TableInfo& t : tables)
        n += t.deletes;
    return n;
}

QString SyncPlanner::streamMetaKey(qint64 tableId)
{
    return QStringLiteral("sync_stream_%1").arg(tableId);
}

Result<SyncTable> SyncPlanner::syncTable(Connection& target, const DiffTableInfo& info, QList<int>* columnMap)
{
    Result<SyncTable> read = SyncTableReader::read(target, info.targetDatabase, info.targetTable);
    if (!read)
        return read.error();
    SyncTable t = *read;
    for (SyncTable::Column& c : t.columns)
        c.compared = false;
    columnMap->clear();
    for (const DiffColumn& dc : info.columns) {
        const int i = t.columnIndex(dc.name);
        if (i < 0) {
            Error e = target.error(tr("The column %1 the compare saw is no longer in the target table.").arg(dc.name),
                                   tr("Compare again."));
            e.database = info.targetDatabase;
            e.table = info.targetTable;
            return e;
        }
        columnMap->append(i);
        SyncTable::Column& c = t.columns[i];
        c.compared = true;
        // How the compare read the target's column, against how the Applier reads it stored.
        QString compareForm = QStringLiteral("%1");
        QByteArray imageCharset = c.charset;
        if (dc.type.startsWith(QLatin1String("float"), Qt::CaseInsensitive)) {
            compareForm = QStringLiteral("CAST(%1 AS DOUBLE)");
        } else if (dc.literal == QLatin1String("text") && !dc.charset.isEmpty() && !c.charset.isEmpty()
                   && dc.charset.compare(QString::fromLatin1(c.charset), Qt::CaseInsensitive) != 0) {
            compareForm = QStringLiteral("CONVERT(%1 USING %2)").arg(QStringLiteral("%1"), dc.charset);
            imageCharset = dc.charset.toLatin1();
        }
        const QString storedForm = c.readAsDouble ? QStringLiteral("CAST(%1 AS DOUBLE)") : QStringLiteral("%1");
        if (compareForm != storedForm) {
            c.guard = compareForm;
            c.guardCharset = imageCharset.isEmpty() ? QByteArrayLiteral("utf8mb4") : imageCharset;
        }
    }
    t.keyColumns.clear();
    for (const QString& k : info.keyColumns) {
        const int i = t.columnIndex(k);
        if (i < 0 || !t.columns.at(i).compared) {
            Error e = target.error(tr("The key column %1 is not a compared column of the target.").arg(k),
                                   tr("Compare again."));
            e.database = info.targetDatabase;
            e.table = info.targetTable;
            return e;
        }
        if (!t.columns.at(i).guard.isEmpty()) {
            Error e = target.error(tr("The key column %1 is stored differently on the two sides (%2), so rows cannot be "
                                      "matched by their bytes on the target.")
                                       .arg(k, t.columns.at(i).guard.arg(k)),
                                   tr("Align the column's type and character set first (schema-sync)."));
            e.database = info.targetDatabase;
            e.table = info.targetTable;
            return e;
        }
        t.keyColumns.append(i);
    }
    return t;
}

QString SyncPlanner::replaceGuardMetaKey(qint64 tableId)
{
    return QStringLiteral("target_checksum_%1").arg(tableId);
}

bool SyncPlanner::replaceChosen(const SyncOptions& options, const DiffTableInfo& info)
{
    if (!options.replaceKeyless)
        return false;
    if (options.replaceKeylessTables.isEmpty())
        return true;
    const TableFilter filter(options.replaceKeylessTables, {});
    return filter.matches(info.sourceDatabase, info.sourceTable) || filter.matches(info.targetDatabase, info.targetTable);
}

Result<ChangePlan::Table> SyncPlanner::replacePlan(const DiffStore& store, const SyncSelection& selection,
                                                   const DiffTableInfo& info, const SyncTable& table,
                                                   const QList<int>& columnMap, const ConnectionSettings& source,
                                                   const SyncOptions& options, const SyncSelection::TableChoice& choice,
                                                   QString* refused)
{
    auto refuse = [refused](const QString& why) {
        *refused = why;
        return ChangePlan::Table();
    };
    if (options.policy.kind() != ConflictPolicy::Kind::SourceWins)
        return refuse(tr("no key: its contents are replaced only under the source-wins policy"));
    if (!options.deletes || !choice.deletes || !choice.inserts)
        return refuse(tr("no key: replacing its contents deletes and inserts rows, which this sync leaves out"));
    Result<QSet<QByteArray>> excluded = selection.excludedRows(info.id);
    if (!excluded)
        return excluded.error();
    if (!excluded->isEmpty())
        return refuse(tr("no key: rows were unticked, but its contents can only be replaced whole"));
    const QString where = QJsonDocument::fromJson(store.meta(QStringLiteral("options")).valueOr(QString()).toUtf8())
                              .object()
                              .value(QStringLiteral("where"))
                              .toString()
                              .trimmed();
    if (!where.isEmpty())
        return refuse(tr("no key: its contents are not replaced when the compare used --where"));
    for (const SyncTable::Column& c : table.columns) {
        if (!c.compared && !c.generated)
            return refuse(tr("no key: column %1 is not compared (not in the source, or ignored), so the contents "
                             "cannot be copied whole")
                              .arg(c.name));
        if (!c.guard.isEmpty())
            return refuse(tr("no key: column %1 is stored differently on the two sides; align it first (schema-sync)")
                              .arg(c.name));
    }
    Result<QString> guardMeta = store.meta(replaceGuardMetaKey(info.id));
    const QJsonObject guard = guardMeta ? QJsonDocument::fromJson(guardMeta->toUtf8()).object() : QJsonObject();
    if (guard.value(QStringLiteral("sql")).toString().isEmpty())
        return refuse(tr("no key: this compare did not record the target table's checksum; compare again"));

    ChangePlan::Table pt;
    pt.table = table;
    pt.inserts = true;
    pt.updates = pt.deletes = false;
    pt.replace.enabled = true;
    pt.replace.guardSql = guard.value(QStringLiteral("sql")).toString().toUtf8();
    for (const QJsonValue v : guard.value(QStringLiteral("expected")).toArray())
        pt.replace.guardExpected.append(v.isNull() ? Value() : Value(v.toString().toLatin1()));
    pt.replace.rowsExpected = info.sourceRows;
    // The source's rows in one consistent read, in the form the target stores them.
    QStringList select;
    for (int i = 0; i < info.columns.size(); ++i) {
        const QString name = Sql::quoteIdentifier(info.columns.at(i).name);
        const int c = columnMap.value(i, -1);
        select << (c >= 0 && table.columns.at(c).readAsDouble ? QStringLiteral("CAST(%1 AS DOUBLE)").arg(name) : name);
    }
    const QString sql = QStringLiteral("SELECT %1 FROM %2")
                            .arg(select.join(QStringLiteral(", ")), Sql::qualified(info.sourceDatabase, info.sourceTable));
    pt.changes = std::make_shared<SourceStreamChangeSource>(source, sql, pt.table, columnMap);
    pt.streamedInserts = info.sourceRows;
    // Into the table just emptied, LOAD DATA is the fast way (the Applier falls back to INSERTs
    // when the server does not take the rows whole).
    pt.bulk = options.bulk && BulkLoader::eligible(pt.table, nullptr, false);
    return pt;
}

Result<SyncPlanner::Plan> SyncPlanner::build(const QString& diffStorePath, Connection& target,
                                             const ConnectionSettings& source, const SyncOptions& options,
                                             const std::function<Status(StoredConflict&&)>& onConflict)
{
    Result<std::unique_ptr<DiffStore>> opened = DiffStore::open(diffStorePath);
    if (!opened)
        return opened.error();
    DiffStore& store = **opened;
    Result<std::unique_ptr<SyncSelection>> selection = SyncSelection::open(diffStorePath);
    if (!selection)
        return selection.error();
    if (Result<QString> o = store.meta(QStringLiteral("options")); o) {
        if (QJsonDocument::fromJson(o->toUtf8()).object().value(QStringLiteral("json_semantic")).toBool()) {
            return Error::make(tr("These compare results compared JSON by value, so they do not say which bytes to write."),
                               tr("Compare again without semantic JSON before syncing."));
        }
    }
    Result<QList<DiffTableInfo>> infos = store.tables();
    if (!infos)
        return infos.error();

    Plan out;
    out.plan.foreignKeyChecks = options.foreignKeyChecks;
    const ConflictPolicy& policy = options.policy;
    for (const DiffTableInfo& info : *infos) {
        TableInfo ti;
        ti.tableId = info.id;
        ti.name = info.name;
        ti.target = info.targetDatabase + QLatin1Char('.') + info.targetTable;
        auto skip = [&](const QString& why) {
            ti.skipped = why;
            out.tables.append(ti);
        };
        if (info.status == QLatin1String("identical"))
            continue;
        if (info.status != QLatin1String("different")) {
            skip(info.reason.isEmpty() ? tr("not compared (%1)").arg(info.status) : info.reason);
            continue;
        }
        if (info.targetTable.isEmpty() || info.sourceTable.isEmpty()) {
            skip(info.sourceTable.isEmpty() ? tr("the table is only in the target")
                                            : tr("the table is only in the source: create it first (schema-sync)"));
            continue;
        }
        QList<int> columnMap;
        Result<SyncTable> table = syncTable(target, info, &columnMap);
        if (!table) {
            skip(table.error().message + QLatin1Char(' ') + table.error().hint);
            continue;
        }
        const bool keyless = info.keyColumns.isEmpty();
        ti.keyless = keyless;
        if (keyless && !replaceChosen(options, info)) {
            skip(tr("no primary or unique key: not updated in place; replace its contents with --replace-keyless, "
                    "or give a key with --key"));
            continue;
        }
        Result<SyncSelection::TableChoice> choice = (*selection)->tableChoice(info.id);
        if (!choice)
            return choice.error();
        if (!choice->included) {
            skip(tr("left out by the user"));
            continue;
        }
        if (keyless) {
            QString refused;
            Result<ChangePlan::Table> replaced
                = replacePlan(store, **selection, info, *table, columnMap, source, options, *choice, &refused);
            if (!replaced)
                return replaced.error();
            if (!refused.isEmpty()) {
                skip(refused);
                continue;
            }
            if (!table->triggers.isEmpty())
                ti.notes << tr("triggers will fire: %1").arg(table->triggers.join(QStringLiteral(", ")));
            ti.notes << tr("no key: its contents are replaced whole (%1 rows deleted, %2 inserted)")
                            .arg(info.targetRows)
                            .arg(info.sourceRows);
            ti.replaced = true;
            ti.inserts = info.sourceRows;
            ti.deletes = info.targetRows;
            ti.planIndex = int(out.plan.tables.size());
            out.plan.tables.append(*replaced);
            out.tables.append(ti);
            continue;
        }
        if (!info.updatable)
            ti.notes << tr("rows are matched by the key you chose (%1); a key the target holds twice is a conflict")
                            .arg(info.keyColumns.join(QStringLiteral(", ")));
        if (!table->triggers.isEmpty())
            ti.notes << tr("triggers will fire: %1").arg(table->triggers.join(QStringLiteral(", ")));

        ChangePlan::Table pt;
        pt.table = *table;
        pt.inserts = choice->inserts;
        pt.updates = choice->updates;
        pt.deletes = choice->deletes && options.deletes;

        // A table the sync copies straight from the source: no rows in the DiffStore.
        if (Result<QString> streamMeta = store.meta(streamMetaKey(info.id)); streamMeta) {
            const QJsonObject o = QJsonDocument::fromJson(streamMeta->toUtf8()).object();
            QList<int> streamMap;
            for (const QJsonValue v : o.value(QStringLiteral("columns")).toArray())
                streamMap.append(columnMap.value(findColumn(info.columns, v.toString()), -1));
            pt.changes = std::make_shared<SourceStreamChangeSource>(source, o.value(QStringLiteral("sql")).toString(),
                                                                    pt.table, streamMap);
            pt.updates = pt.deletes = false;
            pt.streamedInserts = info.sourceRows;
            QString why;
            pt.bulk = options.bulk && BulkLoader::eligible(pt.table, &why);
            ti.streamed = true;
            ti.bulk = pt.bulk;
            ti.inserts = pt.inserts && policy.onlyInSource() == ConflictPolicy::Verdict::Write ? info.sourceRows : 0;
            if (ti.inserts == 0) {
                skip(tr("the target table is empty; the policy writes nothing"));
                continue;
            }
            ti.planIndex = int(out.plan.tables.size());
            out.plan.tables.append(pt);
            out.tables.append(ti);
            continue;
        }

        int newerColumn = -1;
        if (policy.kind() == ConflictPolicy::Kind::NewerWins) {
            newerColumn = findColumn(info.columns, policy.column());
            if (newerColumn < 0) {
                skip(tr("it has no compared column %1 to decide which side is newer").arg(policy.column()));
                continue;
            }
        }
        Result<QSet<QByteArray>> excluded = (*selection)->excludedRows(info.id);
        if (!excluded)
            return excluded.error();

        // One pass over the differences: count, and queue the rows the policy holds back.
        const QSet<QByteArray> unticked = *excluded;
        const bool inserts = pt.inserts, updates = pt.updates, deletes = pt.deletes;
        auto verdict = [policy, newerColumn](const DiffRow& r) {
            switch (r.kind) {
            case DiffRow::Kind::OnlyInSource:
                return policy.onlyInSource();
            case DiffRow::Kind::OnlyInTarget:
                return policy.onlyInTarget();
            case DiffRow::Kind::Different:
                break;
            }
            const Value none;
            return policy.different(r.sourceImage ? r.sourceImage->value(newerColumn) : none,
                                    r.targetImage ? r.targetImage->value(newerColumn) : none);
        };
        QByteArray after;
        for (;;) {
            Result<QList<DiffRow>> page = store.rows(info.id, after, 1000);
            if (!page)
                return page.error();
            for (const DiffRow& r : *page) {
                if (unticked.contains(r.sortKey)) {
                    ++ti.excluded;
                    continue;
                }
                const bool on = r.kind == DiffRow::Kind::OnlyInSource ? inserts
                    : r.kind == DiffRow::Kind::Different            ? updates
                                                                    : deletes;
                if (!on) {
                    ++ti.kept;
                    continue;
                }
                switch (verdict(r)) {
                case ConflictPolicy::Verdict::Write:
                    if (r.kind == DiffRow::Kind::OnlyInSource)
                        ++ti.inserts;
                    else if (r.kind == DiffRow::Kind::Different)
                        ++ti.updates;
                    else
                        ++ti.deletes;
                    break;
                case ConflictPolicy::Verdict::Keep:
                    ++ti.kept;
                    break;
                case ConflictPolicy::Verdict::Conflict: {
                    ++ti.conflicts;
                    if (!onConflict)
                        break;
                    const RowChange c = DiffChangeSource::toChange(r, pt.table, columnMap);
                    StoredConflict sc;
                    sc.database = pt.table.database;
                    sc.table = pt.table.table;
                    sc.key = c.key;
                    sc.keyText = pt.table.keyText(c.key);
                    sc.change = c.kind;
                    const int n = int(pt.table.columns.size());
                    if (r.sourceImage)
                        sc.sourceImage = DiffChangeSource::mapImage(*r.sourceImage, n, columnMap);
                    if (r.targetImage) {
                        sc.targetImage = DiffChangeSource::mapImage(*r.targetImage, n, columnMap);
                        sc.baseImage = sc.targetImage;
                    }
                    sc.diffColumns = StoredConflict::differingColumns(pt.table, sc.sourceImage, sc.targetImage);
                    if (policy.kind() == ConflictPolicy::Kind::Manual) {
                        sc.reason = QStringLiteral("manual");
                        sc.reasonText = tr("the manual policy leaves every difference to a decision");
                    } else {
                        sc.reason = QStringLiteral("newer-tie");
                        sc.reasonText = tr("both sides have the same %1").arg(policy.column());
                    }
                    sc.syncTable = pt.table;
                    if (Status s = onConflict(std::move(sc)); !s)
                        return s.error();
                    break;
                }
                }
            }
            if (page->size() < 1000)
                break;
            after = page->last().sortKey;
        }
        out.policyConflicts += ti.conflicts;
        if (ti.inserts + ti.updates + ti.deletes == 0) {
            out.tables.append(ti);
            continue;
        }
        pt.changes = std::make_shared<DiffChangeSource>(
            store.path(), info.id, pt.table, columnMap,
            [unticked, verdict](const DiffRow& r) {
                return !unticked.contains(r.sortKey) && verdict(r) == ConflictPolicy::Verdict::Write;
            });
        pt.inserts = pt.inserts && ti.inserts > 0;
        pt.updates = pt.updates && ti.updates > 0;
        pt.deletes = pt.deletes && ti.deletes > 0;
        QString why;
        if (options.bulk && ti.inserts >= options.bulkMinimumRows && ti.inserts > options.bulkShare * info.sourceRows
            && BulkLoader::eligible(pt.table, &why)) {
            pt.bulk = true;
            ti.bulk = true;
        }
        ti.planIndex = int(out.plan.tables.size());
        out.plan.tables.append(pt);
        out.tables.append(ti);
    }
    for (const TableInfo& ti : out.tables) {
        for (const QString& note : ti.notes)
            out.warnings << tr("%1: %2").arg(ti.target, note);
    }
    return out;
}

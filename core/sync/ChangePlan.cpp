#include "ChangePlan.h"

#include "db/Connection.h"

Status ChangePlan::validate() const
{
    QSet<QPair<QString, QString>> seen;
    for (const Table& t : tables) {
        const SyncTable& s = t.table;
        if (s.database.isEmpty() || s.table.isEmpty() || s.columns.isEmpty()) {
            return Error::make(tr("A table of the sync plan has no database, name or columns."),
                               tr("This is a bug in the code that built the plan."));
        }
        if (t.replace.enabled && (t.replace.guardSql.isEmpty() || t.updates || t.deletes)) {
            return Error::make(tr("Table %1 is to be replaced whole but has no guard, or also row changes.").arg(s.displayName()),
                               tr("This is a bug in the code that built the plan."));
        }
        if (s.keyColumns.isEmpty() && !t.replace.enabled) {
            Error e = Error::make(tr("The table has no primary key and no NOT NULL unique key, so its rows "
                                     "cannot be changed one by one."),
                                  tr("Choose key columns for it, or leave it out of the sync."));
            e.database = s.database;
            e.table = s.table;
            return e;
        }
        for (int k : s.keyColumns) {
            if (k < 0 || k >= s.columns.size()) {
                return Error::make(tr("The key of table %1 names a column it does not have.").arg(s.displayName()),
                                   tr("This is a bug in the code that built the plan."));
            }
            if (s.columns.at(k).generated) {
                Error e = Error::make(tr("The key column %1 is generated.").arg(s.columns.at(k).name),
                                      tr("Choose a key without generated columns."));
                e.database = s.database;
                e.table = s.table;
                return e;
            }
        }
        if (!t.changes) {
            return Error::make(tr("Table %1 of the sync plan has no changes attached.").arg(s.displayName()),
                               tr("This is a bug in the code that built the plan."));
        }
        if (seen.contains({s.database, s.table})) {
            return Error::make(tr("Table %1 appears twice in the sync plan.").arg(s.displayName()),
                               tr("This is a bug in the code that built the plan."));
        }
        seen.insert({s.database, s.table});
    }
    return {};
}

bool ChangePlan::Table::enabled(RowChange::Kind kind) const
{
    switch (kind) {
    case RowChange::Kind::Insert:
        return inserts;
    case RowChange::Kind::Update:
        return updates;
    case RowChange::Kind::Delete:
        return deletes;
    }
    return false;
}

QList<ChangePlan::Step> ChangePlan::steps(const ForeignKeyGraph& graph, QStringList* warnings) const
{
    QList<int> order;
    if (foreignKeyChecks) {
        QList<ForeignKeyGraph::TableName> names;
        for (const Table& t : tables)
            names.append({t.table.database, t.table.table});
        order = graph.parentsFirst(names, warnings);
    } else {
        for (int i = 0; i < tables.size(); ++i)
            order.append(i);
    }

    QList<Step> out;
    // Deletes: children before parents, so that no delete of a parent meets a child row.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (tables.at(*it).deletes)
            out.append({*it, RowChange::Kind::Delete});
    }
    // Updates and inserts: parents before children, so that a child's new parent exists first.
    for (int i : order) {
        if (tables.at(i).updates)
            out.append({i, RowChange::Kind::Update});
        if (tables.at(i).inserts)
            out.append({i, RowChange::Kind::Insert});
    }
    return out;
}

Result<QList<ChangePlan::Step>> ChangePlan::steps(Connection& target, QStringList* warnings) const
{
    if (!foreignKeyChecks)
        return steps(ForeignKeyGraph(), warnings);
    Result<ForeignKeyGraph> graph = ForeignKeyGraph::read(target, databases());
    if (!graph)
        return graph.error();
    return steps(*graph, warnings);
}

QStringList ChangePlan::warnings(const ForeignKeyGraph& graph) const
{
    QStringList out;
    for (const Table& t : tables) {
        if (!t.table.triggers.isEmpty() && (t.inserts || t.updates || t.deletes)) {
            out << tr("Table %1 has triggers that will fire for the rows the sync writes: %2.")
                       .arg(t.table.displayName(), t.table.triggers.join(QStringLiteral(", ")));
        }
    }
    if (!foreignKeyChecks) {
        out << tr("Foreign key checks are off for this run: the server will not check references, and "
                  "ON DELETE/ON UPDATE actions will not run.");
        return out;
    }
    for (const ForeignKeyGraph::Edge& e : graph.edges()) {
        const Table* parent = nullptr;
        bool selfReference = e.childDatabase == e.parentDatabase && e.child == e.parent;
        for (const Table& t : tables) {
            if (t.table.database == e.parentDatabase && t.table.table == e.parent)
                parent = &t;
        }
        if (!parent)
            continue;
        if (selfReference && (parent->inserts || parent->deletes)) {
            out << tr("Table %1 references itself (%2): its rows are written in key order, so a row "
                      "written before the row it points to fails; turn foreign key checks off if that "
                      "happens.")
                       .arg(parent->table.displayName(), e.constraint);
        }
        if (parent->deletes && (e.onDelete == QLatin1String("CASCADE") || e.onDelete == QLatin1String("SET NULL"))) {
            out << tr("Deleting rows from %1 changes rows of %2.%3 too (ON DELETE %4 of %5).")
                       .arg(parent->table.displayName(), e.childDatabase, e.child, e.onDelete, e.constraint);
        }
    }
    return out;
}

QStringList ChangePlan::databases() const
{
    QStringList out;
    for (const Table& t : tables) {
        if (!out.contains(t.table.database))
            out << t.table.database;
    }
    return out;
}

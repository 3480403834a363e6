#include "ForeignKeyGraph.h"

#include "db/Connection.h"
#include "db/Sql.h"

#include <QHash>
#include <QSet>

Result<ForeignKeyGraph> ForeignKeyGraph::read(Connection& connection, const QStringList& databases)
{
    ForeignKeyGraph graph;
    if (databases.isEmpty())
        return graph;
    QStringList literals;
    for (const QString& db : databases)
        literals << QString::fromUtf8(Sql::stringLiteral(db));
    // KEY_COLUMN_USAGE has one row per column of a key: DISTINCT gives one row per constraint.
    const QString sql = QStringLiteral(
        "SELECT DISTINCT k.TABLE_SCHEMA, k.TABLE_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, "
        "k.CONSTRAINT_NAME, r.DELETE_RULE "
        "FROM information_schema.KEY_COLUMN_USAGE k "
        "JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
        "  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
        "  AND r.TABLE_NAME = k.TABLE_NAME "
        "WHERE k.REFERENCED_TABLE_NAME IS NOT NULL AND k.TABLE_SCHEMA IN (%1) "
        "ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME")
                            .arg(literals.join(QStringLiteral(", ")));
    Result<QueryResult> r = connection.query(sql.toUtf8());
    if (!r) {
        Error e = r.error();
        e.hint = tr("The foreign keys of the target decide the order of the writes; grant the account "
                    "read access to information_schema, or turn foreign key checks off for this run.");
        return e;
    }
    for (int i = 0; i < r->rows.size(); ++i) {
        Edge e;
        e.childDatabase = r->text(i, 0);
        e.child = r->text(i, 1);
        e.parentDatabase = r->text(i, 2);
        e.parent = r->text(i, 3);
        e.constraint = r->text(i, 4);
        e.onDelete = r->text(i, 5);
        graph.addEdge(e);
    }
    return graph;
}

QList<int> ForeignKeyGraph::parentsFirst(const QList<TableName>& tables, QStringList* warnings) const
{
    QHash<TableName, int> index;
    for (int i = 0; i < tables.size(); ++i)
        index.insert(tables.at(i), i);

    // parentsOf[i]: the tables that must come before table i.
    QList<QSet<int>> parentsOf(tables.size());
    QList<QSet<int>> childrenOf(tables.size());
    for (const Edge& e : m_edges) {
        const int c = index.value({e.childDatabase, e.child}, -1);
        const int p = index.value({e.parentDatabase, e.parent}, -1);
        if (c < 0 || p < 0 || c == p)
            continue;
        parentsOf[c].insert(p);
        childrenOf[p].insert(c);
    }

    // Kahn's algorithm, always taking the first ready table in list order so that the result is
    // stable and reads like the plan.
    QList<int> order;
    QList<bool> done(tables.size(), false);
    QList<int> pending(tables.size());
    for (int i = 0; i < tables.size(); ++i)
        pending[i] = int(parentsOf.at(i).size());
    while (order.size() < tables.size()) {
        int next = -1;
        for (int i = 0; i < tables.size(); ++i) {
            if (!done.at(i) && pending.at(i) == 0) {
                next = i;
                break;
            }
        }
        if (next < 0) {
            // Only cycles are left: break the cycle at the first remaining table.
            QStringList names;
            for (int i = 0; i < tables.size(); ++i) {
                if (!done.at(i))
                    names << tables.at(i).first + QLatin1Char('.') + tables.at(i).second;
            }
            if (warnings) {
                *warnings << tr("The foreign keys between %1 form a cycle, so no order of the writes satisfies "
                                "them all; if the sync fails on a foreign key, run it with foreign key checks "
                                "off.")
                                 .arg(names.join(QStringLiteral(", ")));
            }
            // Break it at the first table that is itself on a cycle (not merely waiting behind one).
            auto onCycle = [&](int start) {
                QList<int> stack(parentsOf.at(start).cbegin(), parentsOf.at(start).cend());
                QSet<int> seen;
                while (!stack.isEmpty()) {
                    const int n = stack.takeLast();
                    if (n == start)
                        return true;
                    if (done.at(n) || seen.contains(n))
                        continue;
                    seen.insert(n);
                    for (int p : parentsOf.at(n))
                        stack.append(p);
                }
                return false;
            };
            for (int i = 0; i < tables.size() && next < 0; ++i) {
                if (!done.at(i) && onCycle(i))
                    next = i;
            }
        }
        done[next] = true;
        order.append(next);
        for (int child : childrenOf.at(next)) {
            if (!done.at(child))
                --pending[child];
        }
    }
    return order;
}

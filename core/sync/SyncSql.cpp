#include "SyncSql.h"

namespace {

QByteArray name(const QString& n)
{
    return Sql::quoteIdentifier(n).toUtf8();
}

QByteArray qualified(const SyncTable& t)
{
    return t.qualifiedName().toUtf8();
}

QByteArray keyEquals(const SyncTable& t, const Row& key)
{
    QByteArray out;
    for (int i = 0; i < t.keyColumns.size(); ++i) {
        if (i > 0)
            out += " AND ";
        const int c = t.keyColumns.at(i);
        out += name(t.columns.at(c).name) + " = " + SyncSql::literal(t, c, key.value(i));
    }
    return out;
}

} // namespace

namespace SyncSql {

QByteArray literal(const SyncTable& table, int column, const Value& value)
{
    const SyncTable::Column& c = table.columns.at(column);
    // A plan's image of a guarded column is in the form the compare read (e.g. converted to
    // utf8mb4), not in the column's own character set.
    return Sql::literal(value, c.kind, c.guard.isEmpty() ? c.charset : c.guardCharset);
}

QByteArray keyCondition(const SyncTable& table, const QList<Row>& keys)
{
    QByteArray out;
    if (table.keyColumns.size() == 1) {
        const int c = table.keyColumns.first();
        out = name(table.columns.at(c).name) + " IN (";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += literal(table, c, keys.at(i).value(0));
        }
        out += ')';
        return out;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out += " OR ";
        out += '(' + keyEquals(table, keys.at(i)) + ')';
    }
    return out;
}

QByteArray selectRows(const SyncTable& table, const QList<Row>& keys, bool forUpdate)
{
    QByteArray sql = "SELECT " + table.guardedSelectList().toUtf8() + " FROM " + qualified(table) + " WHERE "
        + keyCondition(table, keys);
    if (forUpdate)
        sql += " FOR UPDATE";
    return sql;
}

QList<int> insertColumns(const SyncTable& table)
{
    QList<int> out;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (!table.columns.at(i).generated && table.columns.at(i).compared)
            out << i;
    }
    return out;
}

QByteArray insertPrefix(const SyncTable& table)
{
    QByteArray sql = "INSERT INTO " + qualified(table) + " (";
    bool first = true;
    for (int c : insertColumns(table)) {
        if (!first)
            sql += ", ";
        first = false;
        sql += name(table.columns.at(c).name);
    }
    sql += ") VALUES ";
    return sql;
}

QByteArray insertTuple(const SyncTable& table, const Row& image)
{
    QByteArray out = "(";
    bool first = true;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).generated || !table.columns.at(c).compared)
            continue;
        if (!first)
            out += ", ";
        first = false;
        out += literal(table, c, image.value(c));
    }
    out += ')';
    return out;
}

QList<int> updateColumns(const SyncTable& table, const Row& before, const Row& after, const QList<int>& changed)
{
    QList<int> out;
    bool anyChange = false;
    for (int c = 0; c < table.columns.size(); ++c) {
        const SyncTable::Column& col = table.columns.at(c);
        if (col.generated || !col.compared || table.keyColumns.contains(c))
            continue;
        const bool differs = changed.contains(c) || before.value(c) != after.value(c);
        if (differs)
            anyChange = true;
        if (differs || col.autoUpdate)
            out << c;
    }
    if (!anyChange)
        return {};
    return out;
}

QByteArray update(const SyncTable& table, const Row& key, const Row& before, const Row& after,
                  const QList<int>& changed)
{
    const QList<int> columns = updateColumns(table, before, after, changed);
    if (columns.isEmpty())
        return {};
    QByteArray sql = "UPDATE " + qualified(table) + " SET ";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            sql += ", ";
        const int c = columns.at(i);
        sql += name(table.columns.at(c).name) + " = " + literal(table, c, after.value(c));
    }
    sql += " WHERE " + keyEquals(table, key);
    return sql;
}

QByteArray deleteRows(const SyncTable& table, const QList<Row>& keys)
{
    return "DELETE FROM " + qualified(table) + " WHERE " + keyCondition(table, keys);
}

qsizetype literalSizeBound(const SyncTable& table, int column, const Value& value)
{
    if (!value)
        return 4;
    const SyncTable::Column& c = table.columns.at(column);
    // The longest form is an introducer plus X'..': two characters per byte.
    return 2 * value->size() + 8 + c.charset.size();
}

} // namespace SyncSql

#pragma once

#include "SyncTable.h"

#include <QByteArray>
#include <QList>

/// The statements of the write side, built as UTF-8 bytes with every name quoted and every value a
/// literal for its column's kind and charset (values are exact bytes: see Sql::literal). Shared by
/// the Applier, rollback and the SQL export so that what a script shows is what a run sends.
namespace SyncSql {

/// One value of column `column` as a literal.
QByteArray literal(const SyncTable& table, int column, const Value& value);
/// The WHERE condition selecting exactly these keys: `k` IN (...) for a one-column key,
/// (`a` = .. AND `b` = ..) OR ... for a composite one (both become index ranges).
QByteArray keyCondition(const SyncTable& table, const QList<Row>& keys);
/// SELECT <all columns, then the guard expressions> FROM t WHERE <keys> [FOR UPDATE]: read rows
/// with SyncTable::rawImage() and guardView().
QByteArray selectRows(const SyncTable& table, const QList<Row>& keys, bool forUpdate);
/// The columns an INSERT writes: all but generated ones and those the plan did not compare.
QList<int> insertColumns(const SyncTable& table);
/// INSERT INTO t (cols) VALUES
QByteArray insertPrefix(const SyncTable& table);
/// (v1, v2, ...) of one full image, generated columns left out.
QByteArray insertTuple(const SyncTable& table, const Row& image);
/// The columns an UPDATE from `before` to `after` assigns: the changed ones, any other that
/// differs, and ON UPDATE CURRENT_TIMESTAMP columns (assigned explicitly so the server does not
/// stamp them); never generated, uncompared or key columns. Empty when there is nothing to write.
QList<int> updateColumns(const SyncTable& table, const Row& before, const Row& after, const QList<int>& changed);
/// UPDATE t SET ... WHERE key; empty when updateColumns() is empty.
QByteArray update(const SyncTable& table, const Row& key, const Row& before, const Row& after,
                  const QList<int>& changed);
/// DELETE FROM t WHERE <keys>
QByteArray deleteRows(const SyncTable& table, const QList<Row>& keys);

/// An upper bound of the literal size of a value, cheap to compute (no hex encoding).
qsizetype literalSizeBound(const SyncTable& table, int column, const Value& value);

} // namespace SyncSql

#pragma once

#include "DatabaseSchema.h"
#include "MigrationPlan.h"
#include "SchemaDiffOptions.h"
#include "SchemaDiffResult.h"

#include <QCoreApplication>

/// Turns a schema diff into DDL that runs in order on the target:
///  1. drop the foreign keys that are removed, changed, or in the way of a column or index change;
///  2. drop the triggers, views, routines and events that go, then the tables that go;
///  3. create new tables in foreign-key dependency order (keys to tables not yet there come later);
///  4. one ALTER TABLE per changed table (columns positioned with FIRST/AFTER, indexes, checks,
///     options), with repartitioning as its own statement;
///  5. add foreign keys; create or replace views in dependency order; recreate triggers (a whole
///     BEFORE/AFTER INSERT/UPDATE/DELETE group at a time, so their order holds), routines and events.
/// Each statement carries its risk (instant, in place, table rebuild, destructive) and the warnings
/// a DBA needs, e.g. a narrowing type change that truncates values.
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanner)

public:
    /// `diff` must come from SchemaDiff::compare(source, target, options).
    static MigrationPlan plan(const DatabaseSchema& source, const DatabaseSchema& target, const SchemaDiffResult& diff,
                              const SchemaDiffOptions& options = {});

    /// Why changing a column from `from` to `to` (full column types) may lose data, or empty.
    static QString narrowingWarning(const QString& column, const QString& from, const QString& to);
};

#pragma once

#include "DatabaseSchema.h"
#include "SchemaDiffOptions.h"
#include "SchemaDiffResult.h"

#include <QCoreApplication>

/// Compares two databases' structures object by object after SchemaNormalizer's rules, so that
/// only differences a DBA would act on are reported. Objects pair by name (tables through the
/// table mapping); names of tables, views and triggers follow lower_case_table_names, names of
/// columns, indexes, constraints, routines and events are case-insensitive as on every server.
class SchemaDiff
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiff)

public:
    static SchemaDiffResult compare(const DatabaseSchema& source, const DatabaseSchema& target,
                                    const SchemaDiffOptions& options = {});

    /// The differing attributes of two columns paired by name, e.g. "type int -> bigint".
    static QStringList columnChanges(const Column& source, const Column& target, const SchemaDiffOptions& options = {});
    /// Same kind, uniqueness and key parts (names of columns without case); not name, comment or
    /// the ignored flag.
    static bool sameIndexDefinition(const Index& a, const Index& b);

    // The canonical one-line definitions used in change descriptions (and by the migration planner).
    static QString indexDefinition(const Index& index);
    static QString foreignKeyDefinition(const ForeignKey& key, const QString& ownDatabase);
    static QString partitioningDefinition(const Table::Partitioning& partitioning);
    static QString routineSignature(const Routine& routine);
    static QString eventSchedule(const Event& event, bool withStarts = true);
};

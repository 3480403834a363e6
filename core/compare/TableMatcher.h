#pragma once

#include "CompareOptions.h"
#include "TablePlan.h"

#include <QCoreApplication>

/// Pairs the tables of a source and a target database by name (honouring lower_case_table_names
/// and the include/exclude globs), and decides per table the compared columns and the row key.
class TableMatcher
{
    Q_DECLARE_TR_FUNCTIONS(TableMatcher)

public:
    /// Plans for every selected table of either side, in name order. `warnings` gets remarks that
    /// concern the whole run (an include pattern that matched nothing).
    static QList<TablePlan> match(const DatabaseMeta& source, const DatabaseMeta& target,
                                  const CompareOptions& options, QStringList* warnings = nullptr);

    /// The plan for one table present on both sides.
    static TablePlan plan(const DatabaseMeta& sourceDb, const TableMeta& source, const DatabaseMeta& targetDb,
                          const TableMeta& target, const CompareOptions& options);

private:
    static void chooseKey(TablePlan& plan, const TableMeta& source, const TableMeta& target,
                          const CompareOptions& options);
    static const IndexMeta* indexFor(const TableMeta& table, const QStringList& columns);
};

#pragma once

#include "Result.h"
#include "TableMeta.h"

#include <QCoreApplication>

class Connection;

/// Reads the tables, columns and indexes of one database with a fixed handful of information_schema
/// queries (not one per table), so that introspecting a database of thousands of tables is quick.
class MetaReader
{
    Q_DECLARE_TR_FUNCTIONS(MetaReader)

public:
    /// `detectJson`: on MariaDB also read CHECK constraints to find JSON columns (LONGTEXT with
    /// json_valid()). Code "not-found" when the database does not exist.
    static Result<DatabaseMeta> read(Connection& connection, const QString& database, bool detectJson = false);

    /// The class of a column from its lower-case DATA_TYPE.
    static ColumnClass classify(const QString& dataType);
};

#pragma once

#include "SyncTable.h"
#include "Result.h"

#include <QCoreApplication>

class Connection;

/// Reads SyncTable descriptions of target tables from information_schema: four queries per
/// database (columns, keys, triggers, foreign keys), whatever the number of tables.
class SyncTableReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncTableReader)

public:
    /// The tables `tables` of `database`, in that order. A missing table is an error naming it.
    static Result<QList<SyncTable>> read(Connection& connection, const QString& database, const QStringList& tables);
    static Result<SyncTable> read(Connection& connection, const QString& database, const QString& table);

    /// How a value of this information_schema DATA_TYPE is written back.
    static Sql::LiteralKind literalKind(const QString& dataType);
};

#pragma once

#include "DatabaseSchema.h"
#include "ObjectType.h"
#include "Result.h"

#include <QCoreApplication>

class Connection;

/// Reads one database's structure from information_schema: one query per kind of object for the
/// whole database (never one round trip per table), so that a schema of thousands of tables reads
/// in about a dozen round trips.
///
/// The CREATE statements shown in the UI come from SHOW CREATE, which the server answers for one
/// object at a time. They are fetched lazily through createStatement() when an object is looked at;
/// `withCreateStatements` fetches all of them in one loop after the batch, for callers that need
/// every statement (a migration script, an export).
class SchemaReader
{
    Q_DECLARE_TR_FUNCTIONS(SchemaReader)

public:
    struct Options
    {
        bool withCreateStatements = false;
    };

    static Result<DatabaseSchema> read(Connection& connection, const QString& database, const Options& options);
    static Result<DatabaseSchema> read(Connection& connection, const QString& database)
    {
        return read(connection, database, Options {});
    }

    /// SHOW CREATE TABLE/VIEW/TRIGGER/PROCEDURE/FUNCTION/EVENT for one object, as the server prints it.
    static Result<QString> createStatement(Connection& connection, ObjectType type, const QString& database,
                                           const QString& name);
};

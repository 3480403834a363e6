#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Connection;

/// What a server holds that a user picks from before comparing: its databases. Used by the GUI's
/// database choosers when a profile names no default database.
class ServerCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ServerCatalog)

public:
    /// The databases the account can see, in lessThan() order; the server's own (information_schema,
    /// mysql, performance_schema, sys) only when `includeSystem`.
    static Result<QStringList> databases(Connection& connection, bool includeSystem = false);

    /// Whether `name` is one of the server's own databases.
    static bool isSystemDatabase(const QString& name);
    /// Name order ignoring case (names that differ only in case: upper case first).
    static bool lessThan(const QString& a, const QString& b);
};

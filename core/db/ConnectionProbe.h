#pragma once

#include "ConnectionSettings.h"
#include "Result.h"

#include <QStringList>

/// What "Test connection" found out about a server and an account.
struct ConnectionReport
{
    QString serverVersion;
    bool isMariaDb = false;
    bool tlsInUse = false;
    QString tlsVersion;
    QString tlsCipher;
    double latencyMs = 0;   ///< median round trip
    int roundTrips = 0;
    QString database;       ///< the database checked, empty when none was given
    bool canRead = false;   ///< SELECT on the database (or globally when none was given)
    bool canWrite = false;  ///< INSERT, UPDATE and DELETE on it
    QStringList privileges; ///< the privileges that apply, e.g. SELECT, INSERT, ...
};

/// Connects once and measures: the shared engine of `profile test` and the GUI's Test button.
/// Access is judged from the privilege tables the account can see about itself, without writing.
namespace ConnectionProbe {
Result<ConnectionReport> run(const ConnectionSettings& settings);
}

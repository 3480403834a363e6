#pragma once

#include "db/Connection.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Shared helpers for the test suite: throwaway servers, the CLI binary, temporary homes.
namespace TestSupport {

/// Connection settings for a sandbox server. `name` is "src", "dst" or "tls": when
/// SYNCSTUDIO_TEST_<NAME> (host:port) is set, that server is used; otherwise the test starts the
/// sandbox ss-test-<name> itself with scripts/sandbox (and leaves it running for the next test).
/// Fails the calling test (QFAIL semantics are the caller's: check the returned error).
Result<ConnectionSettings> server(const QString& name);

/// Opens a connection to a sandbox server as root, with an optional default database.
Result<std::unique_ptr<Connection>> connect(const QString& name, const QString& database = {});

/// Runs scripts/sandbox with the arguments; returns its stdout, or an Error with its stderr.
Result<QString> sandbox(const QStringList& arguments);

/// The folder of the TLS material of the tls sandbox (ca.pem, server-cert.pem, other-ca.pem...).
QString tlsDir();

/// Result of running syncstudio-cli.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs the built syncstudio-cli with arguments, optional stdin, and extra environment.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 120000);

/// A unique name for a database or table made by a test, so tests never collide.
QString uniqueName(const QString& prefix);

} // namespace TestSupport

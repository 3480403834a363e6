#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"
#include "db/Endpoint.h"

#include <QTextStream>

#include <memory>
#include <optional>

class AppStore;
class SecretStore;

/// What every verb needs: the output streams, standard input, and lazily opened local state.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(FILE* out, FILE* err, FILE* in);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Prints an error as one line on stderr and returns ExitError.
    int fail(const Error& error);
    int fail(const QString& message, const QString& hint = {});
    void warn(const QString& message);

    /// The whole of standard input without the trailing newline (for --password-stdin).
    QString readStdinLine();

    /// The local state, opened on first use.
    Result<AppStore*> store();
    /// The OS keychain, created on first use; tests may install another.
    SecretStore& secrets();
    void setSecretStore(std::unique_ptr<SecretStore> secrets);

    /// Turns an endpoint into connection settings with the password filled in: for a profile from
    /// SYNCSTUDIO_PASSWORD or the keychain; for a URL from the URL (with a warning),
    /// SYNCSTUDIO_PASSWORD, or none.
    Result<ConnectionSettings> resolve(const Endpoint& endpoint);

private:
    QTextStream m_out;
    QTextStream m_err;
    FILE* m_in;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};

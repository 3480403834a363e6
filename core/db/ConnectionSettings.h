#pragma once

#include <QString>

/// TLS policy for a connection, in the order of increasing strictness.
enum class TlsMode {
    Disabled,      ///< never use TLS
    Preferred,     ///< use TLS when the server offers it
    Required,      ///< fail unless the connection is encrypted (the certificate is not checked)
    VerifyCa,      ///< encrypted, and the server certificate chains to the given CA
    VerifyIdentity ///< as VerifyCa, and the certificate names the host we connected to
};

QString tlsModeName(TlsMode mode);              ///< "DISABLED", "PREFERRED", ... as in the CLI
bool parseTlsMode(const QString& text, TlsMode* mode); ///< accepts the names case-insensitively

/// Everything needed to open one connection. The password is filled in at connect time from the
/// keychain, stdin or the environment; it is never persisted with these settings.
struct ConnectionSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 3306;
    QString socket;   ///< a Unix socket path; used instead of host/port when set
    QString user;
    QString password;
    QString database; ///< default database, may be empty
    TlsMode tlsMode = TlsMode::Preferred;
    QString tlsCa;
    QString tlsCert;
    QString tlsKey;
    int connectTimeoutSeconds = 10;
    int readTimeoutSeconds = 3600;  ///< generous: a chunk checksum on a cold table may take a while
    int writeTimeoutSeconds = 600;
    QString label;    ///< how errors name this server: profile name, else host:port
    /// Offer LOAD DATA LOCAL INFILE to the server (it is negotiated at connect time). Only for a
    /// connection whose owner installs an in-memory handler (mysql_set_local_infile_handler) so that
    /// no file of this machine can ever be read at the server's request; off for every other one.
    bool localInfile = false;

    /// "name (host:port)" or "host:port" or the socket path, for messages.
    QString displayName() const;
};

#pragma once

#include <QCoreApplication>
#include <QString>

/// A failure the user can act on: what failed, where (server, database, table), and what to do.
/// The MySQL error number and SQLSTATE travel with it so callers can decide whether to retry.
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    /// How a caller should react; derived from the server error number where there is one.
    enum class Retry {
        None,            ///< not retryable: fix the input, permissions or the server
        Deadlock,        ///< retry the whole transaction (1213)
        LockWaitTimeout, ///< roll back explicitly, then retry (1205)
        LostConnection,  ///< reconnect, consult the run journal, continue (2006, 2013, 1927, 4031)
        PacketTooLarge,  ///< split the batch (1153, 1301)
        AccessDenied,    ///< credentials or grants (1044, 1045, 1142, 1143, 1227, 1698)
    };

    QString message;    ///< what happened, in the user's language
    QString hint;       ///< what the user can do about it
    QString server;     ///< host:port, socket path or profile name
    QString database;
    QString table;
    unsigned errnum = 0; ///< MySQL/MariaDB error number (client errors are 2000+), 0 when not a server error
    QString sqlState;
    Retry retry = Retry::None;
    QString code;       ///< a stable machine-readable code for errors that are not the server's,
                        ///< e.g. "not-found", "no-keychain", "cancelled"

    static Error make(const QString& message, const QString& hint = {});
    static Retry classify(unsigned errnum);

    Error& at(const QString& server, const QString& database = {}, const QString& table = {});
    Error& withHint(const QString& hint);

    /// One line for stderr and logs: "server 127.0.0.1:3307, database shop, table t: message (MySQL
    /// error N, SQLSTATE S). Hint"
    QString toString() const;
    bool isRetryable() const { return retry != Retry::None && retry != Retry::AccessDenied; }
};

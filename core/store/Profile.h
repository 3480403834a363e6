#pragma once

#include "db/ConnectionSettings.h"

#include <QDateTime>
#include <QString>

/// A saved connection: everything but the password, which lives in the OS keychain under
/// service "SyncStudio" with the profile's id as the key.
struct Profile
{
    qint64 id = 0;          ///< assigned by the AppStore; 0 for a profile not yet saved
    QString name;           ///< unique, what the CLI and the sidebar show
    QString host = QStringLiteral("127.0.0.1");
    int port = 3306;
    QString socket;
    QString user;
    QString database;       ///< default database, may be empty
    TlsMode tlsMode = TlsMode::Preferred;
    QString tlsCa;
    QString tlsCert;
    QString tlsKey;
    QString tag;            ///< environment: "prod", "staging", "dev" or empty
    QString notes;
    bool hasPassword = false; ///< whether a password was stored in the keychain for it
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The keychain key for this profile's password.
    QString secretKey() const { return QString::number(id); }
    /// Connection settings without the password.
    ConnectionSettings settings() const;
    bool isProduction() const { return tag.compare(QLatin1String("prod"), Qt::CaseInsensitive) == 0; }
};

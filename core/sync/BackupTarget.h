#pragma once

#include "BackupInfo.h"
#include "Result.h"
#include "db/ConnectionSettings.h"
#include "db/Endpoint.h"
#include "store/Profile.h"

#include <QCoreApplication>

#include <optional>

class AppStore;
class SecretStore;

/// Finds the server a backup point is rolled back on: the target endpoint the run recorded (a
/// profile with a database, or a URL), or another endpoint the user names for the same server.
/// The CLI's rollback verbs and the GUI's Backup Points view share it.
class BackupTarget
{
    Q_DECLARE_TR_FUNCTIONS(BackupTarget)

public:
    /// The endpoint to roll `info` back on: `override` when given, else the one it recorded.
    static Result<Endpoint> endpoint(const BackupInfo& info, const QString& override = {});

    /// The saved profile the endpoint names, if it names one (to ask for the typed name of a
    /// production profile before writing).
    static std::optional<Profile> profile(
        const AppStore& store, const BackupInfo& info, const QString& override = {});

    /// Connection settings without the password (to connect with one the user types when no
    /// keychain answers).
    static Result<ConnectionSettings> settingsWithoutPassword(
        const AppStore& store, const BackupInfo& info, const QString& override = {});

    /// Connection settings with the password filled in: a profile's from $SYNCSTUDIO_PASSWORD or the
    /// keychain, a URL's from $SYNCSTUDIO_PASSWORD. The keychain blocks: call it off the UI thread,
    /// with a store opened on that thread.
    static Result<ConnectionSettings> resolve(
        AppStore& store, SecretStore& secrets, const BackupInfo& info, const QString& override = {});
};

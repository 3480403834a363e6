#pragma once

#include "Result.h"
#include "db/ConnectionProbe.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class SecretStore;

/// The profile operations the GUI runs on worker threads, because the keychain blocks while it
/// answers and a server may take seconds to connect. Each call opens its own AppStore on the
/// given file (a store belongs to the thread that opened it) and takes everything by value, so
/// it stays valid when the window that started it has closed.
class ProfileTasks
{
    Q_DECLARE_TR_FUNCTIONS(ProfileTasks)

public:
    /// What to do with the keychain entry when a profile is saved.
    struct PasswordChange
    {
        /// Nothing: keep what is stored (or store nothing for a new profile). An empty string
        /// removes the stored password; any other value replaces it.
        std::optional<QString> password;
        /// When set and `password` is not, the password of this profile is read and stored for the
        /// saved one (Duplicate carries the password over without showing it).
        std::optional<Profile> copyFrom;
    };

    /// Saves the profile and its password through ProfileService, both or neither; returns the
    /// profile as stored (with its id).
    static Result<Profile> save(
        const QString& storePath, SecretStore& secrets, Profile profile, const PasswordChange& change);
    /// Removes the profile and its keychain entry, both or neither.
    static Status remove(const QString& storePath, SecretStore& secrets, qint64 id);
    /// Probes the server. The password is `password` when given, else the stored one (or
    /// $SYNCSTUDIO_PASSWORD, as in the CLI).
    static Result<ConnectionReport> test(const QString& storePath, SecretStore& secrets,
        const Profile& profile, const std::optional<QString>& password);
    /// Whether the keychain answers.
    static Status probeKeychain(SecretStore& secrets);
};

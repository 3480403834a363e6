#pragma once

#include "AppStore.h"
#include "secrets/SecretStore.h"

#include <optional>

/// The profile flows the CLI and the GUI share, where the AppStore (everything but the password)
/// and the SecretStore (only the password, under key = profile id) must change together: a profile
/// is never left half-saved, with a row but no secret or the other way round.
///
/// Blocks while the keychain answers: use it on the CLI's main thread or a worker thread, with an
/// AppStore opened on that thread.
class ProfileService
{
    Q_DECLARE_TR_FUNCTIONS(ProfileService)

public:
    /// The environment variable that, when set, supplies the password for one-off runs and wins
    /// over the keychain.
    static const char* passwordEnvironmentVariable() { return "SYNCSTUDIO_PASSWORD"; }

    ProfileService(AppStore& store, SecretStore& secrets);

    /// Saves `profile` (insert when its id is 0, else update) and, when `password` is given, stores
    /// it in the keychain and sets hasPassword; an empty password removes the stored one and clears
    /// hasPassword. Without `password` the keychain is not touched. The row and the keychain change
    /// in one store transaction: when the keychain is unreachable the call fails with its
    /// "no-keychain" error and nothing at all is written.
    Status saveProfileWithPassword(Profile& profile, const std::optional<QString>& password);

    /// Removes the profile and its keychain entry, both or neither: when the profile has a stored
    /// password and the keychain is unreachable, the profile stays and the error says why.
    Status removeProfileAndSecret(qint64 id);

    /// The password to connect with: $SYNCSTUDIO_PASSWORD when set (even empty), else the keychain's
    /// entry when the profile has one, else an empty password.
    Result<QString> passwordFor(const Profile& profile);

private:
    AppStore& m_store;
    SecretStore& m_secrets;
};

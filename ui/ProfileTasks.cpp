#include "ProfileTasks.h"

#include "secrets/SecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"

Result<Profile> ProfileTasks::save(
    const QString& storePath, SecretStore& secrets, Profile profile, const PasswordChange& change)
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
    if (!store)
        return store.error();
    ProfileService service(**store, secrets);

    std::optional<QString> password = change.password;
    if (!password && change.copyFrom && change.copyFrom->hasPassword) {
        Result<QString> copied = service.passwordFor(*change.copyFrom);
        if (!copied)
            return copied.error();
        password = *copied;
    }
    if (Status saved = service.saveProfileWithPassword(profile, password); !saved)
        return saved.error();
    return profile;
}

Status ProfileTasks::remove(const QString& storePath, SecretStore& secrets, qint64 id)
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
    if (!store)
        return store.error();
    return ProfileService(**store, secrets).removeProfileAndSecret(id);
}

Result<ConnectionReport> ProfileTasks::test(const QString& storePath, SecretStore& secrets,
    const Profile& profile, const std::optional<QString>& password)
{
    ConnectionSettings settings = profile.settings();
    if (password) {
        settings.password = *password;
    } else if (profile.id != 0) {
        Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
        if (!store)
            return store.error();
        Result<QString> stored = ProfileService(**store, secrets).passwordFor(profile);
        if (!stored)
            return stored.error();
        settings.password = *stored;
    }
    return ConnectionProbe::run(settings);
}

Status ProfileTasks::probeKeychain(SecretStore& secrets)
{
    return secrets.probe();
}

#include "ProfileService.h"

ProfileService::ProfileService(AppStore& store, SecretStore& secrets)
    : m_store(store)
    , m_secrets(secrets)
{ }

Status ProfileService::saveProfileWithPassword(Profile& profile, const std::optional<QString>& password)
{
    if (!password)
        return m_store.saveProfile(profile);

    Profile saved = profile;
    const bool storePassword = !password->isEmpty();
    Status status = m_store.transaction([&]() -> Status {
        // What the store says, not what the caller's copy says, decides whether a secret is to remove.
        bool hadPassword = false;
        if (saved.id != 0) {
            Result<Profile> before = m_store.profile(saved.id);
            if (!before)
                return before.error();
            hadPassword = before->hasPassword;
        }
        // The row goes first, inside the transaction, because a new profile's keychain key is the id
        // the insert assigns; a keychain failure rolls the row back.
        saved.hasPassword = storePassword;
        if (Status s = m_store.saveProfile(saved); !s)
            return s;
        if (!storePassword && !hadPassword)
            return {};
        const Status secret = storePassword ? m_secrets.write(saved.secretKey(), *password)
                                            : m_secrets.remove(saved.secretKey());
        if (!secret) {
            Error e = secret.error();
            e.message
                = tr("The password of profile \"%1\" could not be stored, so the profile was not saved: %2")
                      .arg(saved.name, e.message);
            return e;
        }
        return {};
    });
    if (!status) {
        // A secret written for a new profile whose commit then failed must not linger under an id
        // the store never kept.
        if (storePassword && profile.id == 0 && saved.id != 0 && !SecretStore::isUnreachable(status.error()))
            (void)m_secrets.remove(saved.secretKey());
        return status;
    }
    profile = saved;
    return {};
}

Status ProfileService::removeProfileAndSecret(qint64 id)
{
    return m_store.transaction([&]() -> Status {
        Result<Profile> profile = m_store.profile(id);
        if (!profile)
            return profile.error();
        if (Status s = m_store.removeProfile(id); !s)
            return s;
        // Without a stored password there is nothing to remove, and no reason to wait for a keychain.
        if (!profile->hasPassword)
            return {};
        if (Status secret = m_secrets.remove(profile->secretKey()); !secret) {
            Error e = secret.error();
            e.message
                = tr("Profile \"%1\" was not removed because its password could not be removed from the "
                     "keychain: %2")
                      .arg(profile->name, e.message);
            return e;
        }
        return {};
    });
}

Result<QString> ProfileService::passwordFor(const Profile& profile)
{
    if (qEnvironmentVariableIsSet(passwordEnvironmentVariable()))
        return qEnvironmentVariable(passwordEnvironmentVariable());
    if (!profile.hasPassword)
        return QString();

    Result<QString> secret = m_secrets.read(profile.secretKey());
    if (secret)
        return secret;
    Error e = secret.error();
    if (SecretStore::isNotFound(e)) {
        e.message
            = tr("Profile \"%1\" should have a password in the keychain, but the keychain has none for it.")
                  .arg(profile.name);
        e.hint = tr("Save the profile again with its password, or set SYNCSTUDIO_PASSWORD for this run.");
    } else {
        e.message = tr("The password of profile \"%1\" could not be read: %2").arg(profile.name, e.message);
    }
    return e;
}

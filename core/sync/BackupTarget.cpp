#include "BackupTarget.h"

#include "store/AppStore.h"
#include "store/ProfileService.h"

Result<Endpoint> BackupTarget::endpoint(const BackupInfo& info, const QString& override)
{
    const QString text = override.isEmpty() ? info.target : override;
    if (text.isEmpty()) {
        Error e = Error::make(tr("Backup point %1 does not record its target.").arg(info.id),
            tr("Give the target with --target ENDPOINT."));
        e.code = QStringLiteral("no-target");
        return e;
    }
    Result<Endpoint> parsed = Endpoint::parse(text);
    if (!parsed && override.isEmpty()) {
        Error e = parsed.error();
        e.hint = tr(
            "The target recorded in the backup point, \"%1\", is not usable; give it with --target ENDPOINT.")
                     .arg(text);
        return e;
    }
    return parsed;
}

std::optional<Profile> BackupTarget::profile(
    const AppStore& store, const BackupInfo& info, const QString& override)
{
    Result<Endpoint> parsed = endpoint(info, override);
    if (!parsed || parsed->kind != Endpoint::Kind::Profile)
        return std::nullopt;
    Result<Profile> found = store.profileByName(parsed->profile);
    if (!found)
        return std::nullopt;
    return *found;
}

Result<ConnectionSettings> BackupTarget::settingsWithoutPassword(
    const AppStore& store, const BackupInfo& info, const QString& override)
{
    Result<Endpoint> parsed = endpoint(info, override);
    if (!parsed)
        return parsed.error();
    if (parsed->kind == Endpoint::Kind::Url)
        return parsed->url;
    Result<Profile> found = store.profileByName(parsed->profile);
    if (!found) {
        return Error::make(tr("There is no profile named \"%1\", the target of backup point %2.")
                               .arg(parsed->profile, info.id),
            tr("Create a profile of that name for the same server, or give another target."));
    }
    ConnectionSettings settings = found->settings();
    if (!parsed->database.isEmpty())
        settings.database = parsed->database;
    return settings;
}

Result<ConnectionSettings> BackupTarget::resolve(
    AppStore& store, SecretStore& secrets, const BackupInfo& info, const QString& override)
{
    Result<ConnectionSettings> settings = settingsWithoutPassword(store, info, override);
    if (!settings)
        return settings;
    Result<Endpoint> parsed = endpoint(info, override);
    const char* variable = ProfileService::passwordEnvironmentVariable();
    if (parsed->kind == Endpoint::Kind::Url) {
        if (!parsed->passwordInUrl && qEnvironmentVariableIsSet(variable))
            settings->password = qEnvironmentVariable(variable);
        return settings;
    }
    Result<Profile> found = store.profileByName(parsed->profile);
    if (!found)
        return found.error();
    Result<QString> password = ProfileService(store, secrets).passwordFor(*found);
    if (!password)
        return password.error();
    settings->password = *password;
    return settings;
}

#include "ProjectTasks.h"

#include "db/Connection.h"
#include "db/Endpoint.h"
#include "db/ServerCatalog.h"
#include "schema/SchemaBackup.h"
#include "schema/SchemaReader.h"
#include "secrets/SecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"
#include "store/SyncProject.h"

QString ProjectTasks::endpointText(const Profile& profile, const QString& database)
{
    return database.isEmpty() ? profile.name : profile.name + QLatin1Char('/') + database;
}

std::optional<Profile> ProjectTasks::profileOf(const QString& endpoint, const QList<Profile>& profiles)
{
    Result<Endpoint> parsed = Endpoint::parse(endpoint);
    if (!parsed || parsed->kind != Endpoint::Kind::Profile)
        return std::nullopt;
    for (const Profile& p : profiles) {
        if (p.name.compare(parsed->profile, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString ProjectTasks::databaseOf(const QString& endpoint, const QList<Profile>& profiles)
{
    Result<Endpoint> parsed = Endpoint::parse(endpoint);
    if (!parsed)
        return {};
    if (!parsed->database.isEmpty())
        return parsed->database;
    if (const std::optional<Profile> p = profileOf(endpoint, profiles))
        return p->database;
    return {};
}

Result<ConnectionSettings> ProjectTasks::resolve(
    AppStore& store, SecretStore& secrets, const QString& endpoint, bool needDatabase)
{
    Result<Endpoint> parsed = Endpoint::parse(endpoint);
    if (!parsed)
        return parsed.error();
    ConnectionSettings settings;
    if (parsed->kind == Endpoint::Kind::Url) {
        settings = parsed->url;
        // A project file never holds a password; one-off URLs take it from the environment, as in the CLI.
        if (qEnvironmentVariableIsSet(ProfileService::passwordEnvironmentVariable()))
            settings.password = qEnvironmentVariable(ProfileService::passwordEnvironmentVariable());
    } else {
        Result<Profile> profile = store.profileByName(parsed->profile);
        if (!profile) {
            return Error::make(tr("There is no profile named “%1”.").arg(parsed->profile),
                tr("Create the profile, or open the project file and point it at an existing one."));
        }
        settings = profile->settings();
        if (!parsed->database.isEmpty())
            settings.database = parsed->database;
        Result<QString> password = ProfileService(store, secrets).passwordFor(*profile);
        if (!password)
            return password.error();
        settings.password = *password;
    }
    if (needDatabase && settings.database.isEmpty()) {
        return Error::make(tr("“%1” names no database.").arg(parsed->displayText()),
            tr("Choose a database for this side of the comparison."));
    }
    return settings;
}

Result<QPair<ConnectionSettings, ConnectionSettings>> ProjectTasks::resolvePair(
    const QString& storePath, SecretStore& secrets, const SyncProject& project)
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
    if (!store)
        return store.error();
    Result<ConnectionSettings> source = resolve(**store, secrets, project.source);
    if (!source)
        return source.error();
    Result<ConnectionSettings> target = resolve(**store, secrets, project.target);
    if (!target)
        return target.error();
    return qMakePair(*source, *target);
}

Result<QStringList> ProjectTasks::listDatabases(const QString& storePath, SecretStore& secrets, const Profile& profile)
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
    if (!store)
        return store.error();
    ConnectionSettings settings = profile.settings();
    Result<QString> password = ProfileService(**store, secrets).passwordFor(profile);
    if (!password)
        return password.error();
    settings.password = *password;
    // The profile's default database may not exist yet; listing needs none. A chooser waiting on
    // an unreachable server is worse than a quick error with the reason.
    settings.database.clear();
    settings.connectTimeoutSeconds = qMin(settings.connectTimeoutSeconds, 5);
    Result<std::unique_ptr<Connection>> connection = Connection::open(settings);
    if (!connection)
        return connection.error();
    Result<QStringList> names = ServerCatalog::databases(**connection);
    if (!names)
        return names;
    // Where schema syncs park dropped tables: nothing anyone means to compare.
    names->removeAll(QLatin1String(SchemaBackup::DefaultQuarantineDatabase));
    return names;
}

Result<QPair<QString, QString>> ProjectTasks::createStatements(const QString& storePath, SecretStore& secrets,
    const SyncProject& project, ObjectType type, const QString& sourceName, const QString& targetName)
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
    if (!store)
        return store.error();
    QPair<QString, QString> out;
    const struct
    {
        const QString& endpoint;
        const QString& name;
        QString* into;
    } sides[] = {{project.source, sourceName, &out.first}, {project.target, targetName, &out.second}};
    for (const auto& side : sides) {
        if (side.name.isEmpty())
            continue;
        Result<ConnectionSettings> settings = resolve(**store, secrets, side.endpoint);
        if (!settings)
            return settings.error();
        Result<std::unique_ptr<Connection>> connection = Connection::open(*settings);
        if (!connection)
            return connection.error();
        Result<QString> ddl = SchemaReader::createStatement(**connection, type, settings->database, side.name);
        if (!ddl)
            return ddl.error();
        *side.into = *ddl;
    }
    return out;
}

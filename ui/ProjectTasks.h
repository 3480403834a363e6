#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"
#include "schema/ObjectType.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

class AppStore;
class SecretStore;
struct SyncProject;

/// The project operations the GUI runs on worker threads: turning an endpoint into connection
/// settings with its password (the keychain blocks), listing a server's databases, reading CREATE
/// statements. Like ProfileTasks, each call opens its own AppStore on the given file and takes
/// everything by value.
class ProjectTasks
{
    Q_DECLARE_TR_FUNCTIONS(ProjectTasks)

public:
    /// "profile/database", or just "profile" without a database: the project file's endpoint text.
    static QString endpointText(const Profile& profile, const QString& database);
    /// The saved profile an endpoint names (by name, ignoring case), if it names one of `profiles`.
    static std::optional<Profile> profileOf(const QString& endpoint, const QList<Profile>& profiles);
    /// The database an endpoint names: its own, else its profile's default; empty when neither.
    static QString databaseOf(const QString& endpoint, const QList<Profile>& profiles);

    /// The settings to connect to `endpoint` with, password included: the profile's (keychain or
    /// $SYNCSTUDIO_PASSWORD) or, for a mysql:// URL, $SYNCSTUDIO_PASSWORD. Fails when the endpoint
    /// names no database and `needDatabase`. Call on the thread that opened `store`.
    static Result<ConnectionSettings> resolve(
        AppStore& store, SecretStore& secrets, const QString& endpoint, bool needDatabase = true);

    /// resolve() for a project's source and target, with a store of its own on `storePath`.
    static Result<QPair<ConnectionSettings, ConnectionSettings>> resolvePair(
        const QString& storePath, SecretStore& secrets, const SyncProject& project);

    /// The user databases on the profile's server, in name order.
    static Result<QStringList> listDatabases(const QString& storePath, SecretStore& secrets, const Profile& profile);

    /// SHOW CREATE of one object on each side that has it (an empty name skips that side).
    static Result<QPair<QString, QString>> createStatements(const QString& storePath, SecretStore& secrets,
        const SyncProject& project, ObjectType type, const QString& sourceName, const QString& targetName);
};

#pragma once

#include "Profile.h"
#include "Result.h"
#include "Setting.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;
class QThread;

/// The local state of SyncStudio: one SQLite file (`syncstudio.db`) holding profiles without their
/// passwords, settings and recent projects, with a versioned schema migrated forward on open.
///
/// One AppStore is one SQLite connection owned by the thread that opened it, and may only be used
/// (and destroyed) there. A worker thread that needs the store opens its own AppStore on the same
/// file with open(path()); SQLite's WAL mode lets them read while another writes.
class AppStore
{
    Q_DECLARE_TR_FUNCTIONS(AppStore)

public:
    /// The file name of the store inside its folder.
    static QString fileName();
    /// `$SYNCSTUDIO_HOME` when set, else the platform's application data folder.
    static QString defaultFolder();
    /// defaultFolder() + "/" + fileName().
    static QString defaultPath();
    /// The schema version this build writes; older files are migrated up to it on open.
    static int latestSchemaVersion();

    /// Opens (creating when missing) the store at `filePath`, or at defaultPath() when empty.
    /// A folder it creates gets mode 0700 and a new file mode 0600. Migrates an older schema
    /// forward; refuses, without touching it, a file written by a newer SyncStudio.
    static Result<std::unique_ptr<AppStore>> open(const QString& filePath = {});

    ~AppStore();
    AppStore(const AppStore&) = delete;
    AppStore& operator=(const AppStore&) = delete;

    /// The absolute path of the SQLite file.
    QString path() const { return m_path; }
    /// PRAGMA user_version of the file: latestSchemaVersion() once open() succeeded.
    Result<int> schemaVersion() const;

    // Profiles. Names are trimmed, non-empty and unique ignoring case.

    /// All profiles, ordered by tag, then name.
    Result<QList<Profile>> profiles() const;
    /// Code "not-found" when there is no such profile.
    Result<Profile> profile(qint64 id) const;
    /// Case-insensitive; code "not-found" when there is no such profile.
    Result<Profile> profileByName(const QString& name) const;
    /// Inserts when `profile.id` is 0, else updates that row; on success `profile` is re-read from
    /// the store (id, trimmed name, timestamps). A name already used by another profile is refused
    /// with code "duplicate". Never stores a password: only the hasPassword flag.
    Status saveProfile(Profile& profile);
    /// Code "not-found" when there is no such profile. Does not touch the keychain: see
    /// ProfileService::removeProfileAndSecret().
    Status removeProfile(qint64 id);

    // Settings.

    /// The setting's stored value converted to the type of its default, or the default when unset
    /// (or unreadable, which is logged).
    QVariant value(Setting setting) const;
    Status setValue(Setting setting, const QVariant& value);
    /// Forgets the stored value: value() returns the default again.
    Status resetValue(Setting setting);
    /// The raw text stored under `key`, for the enum-keyed API above and for tools that dump the
    /// store; application code uses value()/setValue().
    Result<QString> setting(const QString& key, const QString& defaultValue = {}) const;
    Status setSetting(const QString& key, const QString& value);

    // Recent projects.

    /// Most recently opened first, at most Setting::MaxRecentProjects of them.
    Result<QStringList> recentProjects() const;
    /// Records `projectPath` (made absolute) as opened now.
    Status addRecentProject(const QString& projectPath);
    Status removeRecentProject(const QString& projectPath);

    /// Runs `work` inside one write transaction (BEGIN IMMEDIATE): committed when it succeeds,
    /// rolled back when it fails. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);

    /// This store's connection, for stores of later features that keep their tables in the same
    /// file; valid only on the owning thread.
    QSqlDatabase database() const { return m_db; }

private:
    explicit AppStore(const QString& path);

    Status initialize();
    Status migrate(int fromVersion);
    Status checkThread() const;
    /// Runs `sql` with `bindings` on this connection; `what` names the operation in the error.
    Result<QSqlQuery> exec(const QString& what, const QString& sql, const QVariantList& bindings = {}) const;
    /// As exec(), for statements whose rows (if any) are not needed.
    Status run(const QString& what, const QString& sql, const QVariantList& bindings = {}) const;
    Error sqlError(const QString& what, const QSqlError& error) const;
    Result<Profile> oneProfile(const QString& what, const QString& condition, const QVariant& binding) const;
    Error profileNotFound(const QString& which) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread* m_thread = nullptr;
    int m_transactionDepth = 0;
};

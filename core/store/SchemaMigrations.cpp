#include "SchemaMigrations.h"

namespace {

// Timestamps are UTC ISO-8601 text with milliseconds, the form Qt::ISODateWithMs writes, so that
// values written by SQL and by C++ sort and compare alike.
QString sqlNow()
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

} // namespace

const QList<SchemaMigrations::Step>& SchemaMigrations::steps()
{
    static const QList<Step> list = {
        {1, "saved connection profiles",
            {
                // AUTOINCREMENT: a profile's id is its keychain key, so an id must never be reused by a
                // later profile that would then find a stale password.
                QStringLiteral("CREATE TABLE profiles ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                               " host TEXT NOT NULL DEFAULT '127.0.0.1',"
                               " port INTEGER NOT NULL DEFAULT 3306,"
                               " \"user\" TEXT NOT NULL DEFAULT '',"
                               " \"database\" TEXT NOT NULL DEFAULT '')"),
            }},
        {2, "socket, TLS, tag, notes and timestamps of profiles",
            {
                QStringLiteral("ALTER TABLE profiles ADD COLUMN socket TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN tls_mode TEXT NOT NULL DEFAULT 'PREFERRED'"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN tls_ca TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN tls_cert TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN tls_key TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN tag TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN has_password INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN created_at TEXT"),
                QStringLiteral("ALTER TABLE profiles ADD COLUMN updated_at TEXT"),
                // Profiles from v1 have no history: the migration is the earliest time we can vouch for.
                QStringLiteral("UPDATE profiles SET created_at = %1, updated_at = %1").arg(sqlNow()),
            }},
        {3, "settings and recent projects",
            {
                QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
                QStringLiteral(
                    "CREATE TABLE recent_projects (path TEXT PRIMARY KEY, opened_at TEXT NOT NULL)"),
            }},
        {4, "catalog of backup points",
            {
                // One row per sync or rollback run; the rows themselves live in
                // <store folder>/backups/<id>/rows.ssbk (see core/sync/BackupFormat.h), so the folder
                // is derived from the id rather than stored. `tables` is a JSON array of per-table
                // counts; `digest` is the file's digest chain (hex), set when the run completes.
                QStringLiteral("CREATE TABLE backup_points ("
                               " id TEXT PRIMARY KEY,"
                               " kind TEXT NOT NULL DEFAULT 'sync',"
                               " parent_id TEXT NOT NULL DEFAULT '',"
                               " state TEXT NOT NULL DEFAULT 'partial',"
                               " created_at TEXT NOT NULL,"
                               " finished_at TEXT NOT NULL DEFAULT '',"
                               " source TEXT NOT NULL DEFAULT '',"
                               " target TEXT NOT NULL DEFAULT '',"
                               " tables TEXT NOT NULL DEFAULT '[]',"
                               " inserted INTEGER NOT NULL DEFAULT 0,"
                               " updated INTEGER NOT NULL DEFAULT 0,"
                               " deleted INTEGER NOT NULL DEFAULT 0,"
                               " conflicts INTEGER NOT NULL DEFAULT 0,"
                               " size_bytes INTEGER NOT NULL DEFAULT 0,"
                               " digest TEXT NOT NULL DEFAULT '',"
                               " message TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX backup_points_parent ON backup_points (parent_id)"),
            }},
    };
    return list;
}

int SchemaMigrations::latestVersion()
{
    return int(steps().size());
}

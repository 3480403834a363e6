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
    };
    return list;
}

int SchemaMigrations::latestVersion()
{
    return int(steps().size());
}

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
        {5, "the conflict queue of syncs",
            {
                // One row per row of the target a sync did not write: the guard found it changed
                // since the compare, or the conflict policy left the decision to a person. Images are
                // core/compare DiffStore::encodeRow() blobs in the columns order of `table_json` (the
                // SyncTable a resolution is written with); NULL when that side has no row. `base_image`
                // is the target row the compare saw. `resolution`: "source", "target", "set" (with
                // `set_values`, JSON) or "superseded"; `resolution_backup_id` the backup point of the
                // write that resolved it.
                QStringLiteral("CREATE TABLE conflicts ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " run_id TEXT NOT NULL,"
                               " backup_id TEXT NOT NULL DEFAULT '',"
                               " source TEXT NOT NULL DEFAULT '',"
                               " target TEXT NOT NULL DEFAULT '',"
                               " db TEXT NOT NULL,"
                               " tbl TEXT NOT NULL,"
                               " key_text TEXT NOT NULL,"
                               " key_values BLOB NOT NULL,"
                               " change TEXT NOT NULL DEFAULT 'update',"
                               " source_image BLOB,"
                               " target_image BLOB,"
                               " base_image BLOB,"
                               " diff_columns TEXT NOT NULL DEFAULT '[]',"
                               " reason TEXT NOT NULL,"
                               " reason_text TEXT NOT NULL DEFAULT '',"
                               " table_json TEXT NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'open',"
                               " resolution TEXT NOT NULL DEFAULT '',"
                               " set_values TEXT NOT NULL DEFAULT '',"
                               " resolution_backup_id TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL,"
                               " resolved_at TEXT NOT NULL DEFAULT '',"
                               " UNIQUE (run_id, db, tbl, key_values))"),
                QStringLiteral("CREATE INDEX conflicts_state ON conflicts (state, id)"),
                QStringLiteral("CREATE INDEX conflicts_row ON conflicts (target, db, tbl, key_values)"),
            }},
    };
    return list;
}

int SchemaMigrations::latestVersion()
{
    return int(steps().size());
}

#pragma once

#include "SchemaBackup.h"
#include "db/ConnectionSettings.h"
#include "jobs/Job.h"

#include <QMutex>

#include <functional>

class Connection;
struct DatabaseSchema;

/// Puts a target back as a schema backup point (kind "schema", see SchemaBackup) recorded it, as a
/// Job. In order:
///  1. the backup point's files are checked against their digests before anything is touched;
///  2. triggers the sync touched are dropped (and, while their values are written back, every
///     trigger of a table whose columns are restored, so they do not fire);
///  3. quarantined tables move back from the quarantine database;
///  4. tables: the saved CREATE TABLE statements are replayed into a scratch database, read back,
///     and the MigrationPlanner plans the way from the current tables to them (tables the sync
///     created move into quarantine, like any dropped table); then the saved SHOW CREATE TABLE
///     text itself settles what the planner's DDL leaves different (index and check order,
///     server-made constraint names, options; see CreateTableText);
///  5. saved column values are written back by key (ColumnSnapshot);
///  6. views, triggers, routines and events are recreated from their saved SHOW CREATE text under
///     their own sql_mode (and time zone), those the sync created are dropped;
///  7. every touched object's SHOW CREATE output is compared with the saved one.
/// Each step works from the current state, so a rollback that stopped (cancel, error) is finished
/// by running it again. The backup point is marked rolled back when everything matched.
class SchemaRollback : public Job
{
    Q_OBJECT

public:
    struct Options
    {
        QString storePath; ///< the AppStore file; empty: AppStore::defaultPath()
        /// Tests: called before each statement; an error is handled like the server's.
        std::function<Status(const QString& sql, Connection& target)> beforeStatement;
    };

    struct Report
    {
        QString backupId;
        int statements = 0; ///< DDL statements run
        QStringList fromQuarantine; ///< tables moved back
        QStringList toQuarantine; ///< tables the sync created, now in the quarantine database...
        QStringList quarantineNames; ///< ...under these names...
        QString quarantineDatabase; ///< ...in this database
        qint64 valuesSaved = 0; ///< rows of saved column values
        qint64 valuesWritten = 0;
        qint64 valuesMissing = 0; ///< saved rows whose key is gone
        qint64 valuesDiffering = 0; ///< rows left as they are (changed since the sync)
        int objectsChecked = 0;
        QStringList differences; ///< objects whose SHOW CREATE differs from the saved text
        QStringList warnings;

        bool clean() const { return differences.isEmpty() && valuesDiffering == 0 && valuesMissing == 0; }
    };

    /// `target` is the server to roll back (its database is taken from the backup point).
    SchemaRollback(const ConnectionSettings& target, const QString& backupId, Options options = {},
        QObject* parent = nullptr);
    ~SchemaRollback() override;

    Status run() override;
    Report report() const;

private:
    /// Runs `sql` (sent as `bytes` when given: text in another client character set).
    Status execute(Connection& connection, const QString& sql, const QByteArray& bytes = {});
    Status restoreTables(Connection& connection, const SchemaBackup& backup);
    Result<DatabaseSchema> savedTables(const SchemaBackup& backup);
    Status recreate(Connection& connection, const SchemaBackup::SavedObject& object);
    void warn(const QString& line);

    ConnectionSettings m_settings;
    QString m_backupId;
    Options m_options;
    QString m_sessionCollation; ///< the connection's own collation_connection, restored after each object
    mutable QMutex m_mutex;
    Report m_report;
};

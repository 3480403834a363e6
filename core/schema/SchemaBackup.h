#pragma once

#include "ObjectType.h"
#include "Result.h"
#include "SchemaSyncStep.h"
#include "sync/SyncTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

class Connection;

/// What a schema sync saved before changing the target, kept as schema.json in its backup point's
/// folder (kind "schema"): the SHOW CREATE text of every object the sync touched, the tables it
/// moved into the quarantine database, the files holding the values of columns it dropped or
/// narrowed, and each statement with what became of it. SchemaRollback needs nothing else.
///
/// The file is written (atomically, synced to disk) before the first statement runs and after
/// each one; once the sync ends it no longer changes, and the catalog keeps its SHA-256.
struct SchemaBackup
{
    Q_DECLARE_TR_FUNCTIONS(SchemaBackup)

public:
    static constexpr int CurrentFormat = 1;
    static constexpr const char* DefaultQuarantineDatabase = "_syncstudio_quarantine";

    /// One object as it was before the sync, with the session settings SHOW CREATE reported for it
    /// (a stored program is recreated under its own sql_mode and, for events, time zone).
    struct SavedObject
    {
        ObjectType type = ObjectType::Table;
        QString name;
        bool existed = true; ///< false: the sync created it, and a rollback removes it
        QString createStatement; ///< SHOW CREATE text, as printed (decoded for people to read)
        /// The same as the bytes the server sent: a view's or stored program's text is in the client
        /// character set it was created under (characterSetClient), and goes back in it.
        QByteArray createBytes;
        QString sqlMode;
        QString timeZone; ///< events
        QString characterSetClient;
        QString collationConnection;
        // Triggers: where they fire and in which order.
        QString table;
        QString timing;
        QString event;
        int order = 0;
    };

    /// A table the sync moved into the quarantine database instead of dropping it.
    struct Quarantined
    {
        QString table; ///< its name in the target database
        QString quarantineName; ///< its name in the quarantine database
        int step = -1; ///< the index of the RENAME step
    };

    /// Values of some columns of one table, saved with the rows' keys before a step dropped the
    /// columns or changed their type in a way that may lose data.
    struct SavedColumns
    {
        enum class Reason {
            Dropped, ///< the column goes; a rollback adds it back with its default, then these values
            Narrowed, ///< the new type may truncate; a rollback restores rows still holding the post-image
            Replaced, ///< a plain column becomes generated: its values are replaced by the expression
        };
        QString table;
        QStringList columns;
        Reason reason = Reason::Dropped;
        int step = -1; ///< the step that changes them
        bool keyless = false; ///< no usable key: rows are matched on all their other columns
        SyncTable shape; ///< the key columns first, then `columns`; keyColumns index the key
        QString beforeFile; ///< relative to the backup folder
        QString beforeDigest; ///< the file's digest chain, hex
        qint64 beforeRows = -1; ///< -1: not saved (the step never ran)
        QString afterFile; ///< Narrowed: the values the step left, to guard the restore
        QString afterDigest;
        qint64 afterRows = -1;

        static QString reasonName(Reason reason);
    };

    int format = CurrentFormat;
    QString id;
    QString source; ///< endpoints as shown to the user (never with a password)
    QString target;
    QString server; ///< the target server as errors name it
    QString database; ///< the target database
    QString sourceDatabase;
    QDateTime created;
    bool allowDrop = false;
    QString quarantineDatabase = QLatin1String(DefaultQuarantineDatabase);
    QList<SavedObject> objects;
    QList<Quarantined> quarantined;
    QList<SavedColumns> columns;
    QList<SchemaSyncStep> steps;
    QString state = QStringLiteral("running"); ///< running, complete, cancelled, failed

    static QString fileName() { return QStringLiteral("schema.json"); }

    const SavedObject* object(ObjectType type, const QString& name) const;

    QJsonObject toJson() const;
    static Result<SchemaBackup> fromJson(const QJsonObject& json);

    /// Writes folder/schema.json atomically; returns the SHA-256 (hex) of what was written.
    Result<QString> save(const QString& folder) const;
    /// Reads folder/schema.json; when `expectedDigest` is given the file must hash to it.
    static Result<SchemaBackup> load(const QString& folder, const QString& expectedDigest = {});

    /// SHOW CREATE of one object, with the settings the server reports beside it. An object that
    /// does not exist comes back with `existed` false.
    static Result<SavedObject> readObject(
        Connection& connection, const QString& database, ObjectType type, const QString& name);

    /// A table name in the quarantine database that no other table can have: <db>__<table>__<suffix>.
    /// Names longer than the server's 64 characters keep the suffix and a hash of the full names.
    static QString quarantineName(const QString& database, const QString& table, const QString& suffix);
};

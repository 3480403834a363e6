#include "SchemaRollback.h"

#include "ColumnSnapshot.h"
#include "CreateTableText.h"
#include "DatabaseSchema.h"
#include "MigrationPlanner.h"
#include "SchemaDiff.h"
#include "SchemaReader.h"
#include "SchemaSyncPlan.h"
#include "db/Connection.h"
#include "db/Sql.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"
#include "sync/BackupReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchemaRollback)
};

QString q(const QString& name)
{
    return Sql::quoteIdentifier(name);
}

QString literal(const QString& text)
{
    return QString::fromUtf8(Sql::stringLiteral(text));
}

QString keyword(ObjectType type)
{
    switch (type) {
    case ObjectType::Table:
        return QStringLiteral("TABLE");
    case ObjectType::View:
        return QStringLiteral("VIEW");
    case ObjectType::Trigger:
        return QStringLiteral("TRIGGER");
    case ObjectType::Procedure:
        return QStringLiteral("PROCEDURE");
    case ObjectType::Function:
        return QStringLiteral("FUNCTION");
    case ObjectType::Event:
        return QStringLiteral("EVENT");
    }
    return {};
}

bool isStoredProgram(ObjectType type)
{
    return type == ObjectType::Trigger || type == ObjectType::Procedure || type == ObjectType::Function
        || type == ObjectType::Event;
}

/// The same definition: the statement, and for stored programs the sql_mode they run under (and
/// an event's time zone), which SHOW CREATE prints beside them.
bool sameDefinition(const SchemaBackup::SavedObject& a, const SchemaBackup::SavedObject& b)
{
    if (a.existed != b.existed)
        return false;
    if (!a.existed)
        return true;
    return a.createBytes == b.createBytes && a.sqlMode == b.sqlMode && a.timeZone == b.timeZone
        && a.characterSetClient == b.characterSetClient && a.collationConnection == b.collationConnection;
}

/// Removes `DEFINER=user@host ` from a CREATE statement, for an account that may not name others.
QString withoutDefiner(const QString& sql)
{
    static const QRegularExpression re(
        QStringLiteral("^(CREATE(?: OR REPLACE)?(?: ALGORITHM=\\w+)?) "
                       "DEFINER=(?:`(?:[^`]|``)*`|\\S+)@(?:`(?:[^`]|``)*`|\\S+) "));
    QString out = sql;
    out.replace(re, QStringLiteral("\\1 "));
    return out;
}

/// Removes a trigger's FOLLOWS/PRECEDES clause, for when the trigger it names is gone.
QString withoutTriggerOrder(const QString& sql)
{
    static const QRegularExpression re(
        QStringLiteral("(FOR EACH ROW)\\s+(?:FOLLOWS|PRECEDES)\\s+(?:`(?:[^`]|``)*`|\\S+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = sql;
    out.replace(re, QStringLiteral("\\1"));
    return out;
}

int timingOrder(const QString& timing)
{
    return timing.compare(QLatin1String("BEFORE"), Qt::CaseInsensitive) == 0 ? 0 : 1;
}

} // namespace

SchemaRollback::SchemaRollback(
    const ConnectionSettings& target, const QString& backupId, Options options, QObject* parent)
    : Job(parent)
    , m_settings(target)
    , m_backupId(backupId)
    , m_options(std::move(options))
{ }

SchemaRollback::~SchemaRollback() = default;

SchemaRollback::Report SchemaRollback::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

void SchemaRollback::warn(const QString& line)
{
    {
        QMutexLocker lock(&m_mutex);
        m_report.warnings << line;
    }
    log(line);
}

Status SchemaRollback::execute(Connection& connection, const QString& sql, const QByteArray& bytes)
{
    if (m_options.beforeStatement) {
        if (Status s = m_options.beforeStatement(sql, connection); !s)
            return s;
    }
    if (Status s = connection.execute(bytes.isNull() ? sql.toUtf8() : bytes); !s) {
        Error e = s.error();
        e.message = Tr::tr("%1 Statement: %2").arg(e.message, sql.simplified().left(300));
        return e;
    }
    QMutexLocker lock(&m_mutex);
    ++m_report.statements;
    return {};
}

Status SchemaRollback::recreate(Connection& connection, const SchemaBackup::SavedObject& object)
{
    // The statement goes back as the bytes SHOW CREATE sent, under the client character set,
    // sql_mode and (events) time zone it was created with: SHOW CREATE prints all of them. Edits
    // (OR REPLACE, no DEFINER, no FOLLOWS) touch only ASCII, so they are made on a Latin-1 view of
    // the bytes, which keeps every other byte as it is.
    QString raw = QString::fromLatin1(
        object.createBytes.isEmpty() ? object.createStatement.toUtf8() : object.createBytes);
    if (object.type == ObjectType::View && raw.startsWith(QLatin1String("CREATE ")))
        raw = QStringLiteral("CREATE OR REPLACE ") + raw.mid(7);
    QStringList settings;
    if (isStoredProgram(object.type))
        settings << QStringLiteral("sql_mode = %1").arg(literal(object.sqlMode));
    if (object.type == ObjectType::Event && !object.timeZone.isEmpty())
        settings << QStringLiteral("time_zone = %1").arg(literal(object.timeZone));
    static const QRegularExpression name(QStringLiteral("^\\w+$"));
    const QString charset = object.characterSetClient.toLower();
    if (!charset.isEmpty() && name.match(charset).hasMatch()
        && name.match(object.collationConnection).hasMatch()
        && (charset != QLatin1String("utf8mb4") || object.collationConnection != m_sessionCollation))
        settings << QStringLiteral("character_set_client = %1, collation_connection = %2")
                        .arg(charset, object.collationConnection);
    if (!settings.isEmpty()) {
        if (Status s = connection.execute(
                QStringLiteral("SET SESSION %1").arg(settings.join(QStringLiteral(", "))).toUtf8());
            !s)
            return s;
    }
    auto run = [&](const QString& latin1View) {
        const QByteArray bytes = latin1View.toLatin1();
        const bool utf8 = charset.isEmpty() || charset.startsWith(QLatin1String("utf8"));
        return execute(connection, utf8 ? QString::fromUtf8(bytes) : latin1View, bytes);
    };
    Status result = run(raw);
    if (!result && result.error().errnum == 1227) {
        // The account may not create objects for other definers: create it as itself.
        result = run(withoutDefiner(raw));
        if (result)
            warn(Tr::tr("%1 %2 was recreated with this account as its definer (it may not name another).")
                     .arg(objectTypeName(object.type), object.name));
    }
    if (!result && object.type == ObjectType::Trigger && withoutTriggerOrder(raw) != raw) {
        Status retry = run(withoutTriggerOrder(raw));
        if (retry) {
            warn(Tr::tr("trigger %1 was recreated without its FOLLOWS/PRECEDES clause (the trigger it names "
                        "is gone).")
                     .arg(object.name));
            result = retry;
        }
    }
    if (!settings.isEmpty()) {
        const QString reset = QStringLiteral("SET SESSION sql_mode = '%1', time_zone = '+00:00', "
                                             "character_set_client = utf8mb4, collation_connection = %2")
                                  .arg(QLatin1String(Connection::SessionSqlMode), m_sessionCollation);
        if (Status s = connection.execute(reset.toUtf8()); !s && result)
            return s;
    }
    return result;
}

Result<DatabaseSchema> SchemaRollback::savedTables(const SchemaBackup& backup)
{
    // The saved CREATE TABLE statements, replayed into a scratch database and read back, are the
    // model the migration planner needs; the scratch database goes away whatever happens.
    ConnectionSettings settings = m_settings;
    settings.database.clear();
    Result<std::unique_ptr<Connection>> opened = Connection::open(settings);
    if (!opened)
        return opened.error();
    Connection& c = **opened;
    const QString scratch = QStringLiteral("_syncstudio_rollback_") + backup.id;
    struct Drop
    {
        Connection& c;
        QString name;
        ~Drop() { (void)c.execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(q(name)).toUtf8()); }
    } drop {c, scratch};
    for (const QString& sql : {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(q(scratch)),
             QStringLiteral("CREATE DATABASE %1").arg(q(scratch)), QStringLiteral("USE %1").arg(q(scratch)),
             QStringLiteral("SET SESSION foreign_key_checks = 0")}) {
        if (Status s = c.execute(sql.toUtf8()); !s) {
            Error e = s.error();
            if (e.hint.isEmpty())
                e.hint = Tr::tr("A rollback needs the CREATE and DROP privileges for a scratch database %1.")
                             .arg(scratch);
            return e;
        }
    }
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        if (o.type != ObjectType::Table || !o.existed)
            continue;
        if (Status s = c.execute(o.createStatement.toUtf8()); !s) {
            Error e = s.error();
            e.message = Tr::tr("The saved definition of table %1 could not be read back: %2")
                            .arg(o.name, e.message);
            e.at(c.serverName(), backup.database, o.name);
            return e;
        }
    }
    Result<DatabaseSchema> read = SchemaReader::read(c, scratch);
    if (!read)
        return read.error();
    DatabaseSchema schema = std::move(*read);
    schema.name = backup.database;
    for (Table& t : schema.tables) {
        for (ForeignKey& fk : t.foreignKeys) {
            if (fk.referencedDatabase == scratch)
                fk.referencedDatabase = backup.database;
        }
    }
    return schema;
}

Status SchemaRollback::restoreTables(Connection& connection, const SchemaBackup& backup)
{
    QSet<QString> touched;
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        if (o.type == ObjectType::Table)
            touched.insert(o.name);
    }
    if (touched.isEmpty())
        return {};
    setPhase(Tr::tr("Restoring the tables"));
    Result<DatabaseSchema> saved = savedTables(backup);
    if (!saved)
        return saved.error();
    Result<DatabaseSchema> current = SchemaReader::read(connection, backup.database);
    if (!current)
        return current.error();

    // What the tables should be: the saved ones where the sync touched them, the rest as they are.
    DatabaseSchema wanted = *current;
    wanted.tables.removeIf([&touched](const Table& t) { return touched.contains(t.name); });
    wanted.tables += saved->tables;
    std::sort(wanted.tables.begin(), wanted.tables.end(),
        [](const Table& a, const Table& b) { return a.name < b.name; });
    SchemaDiffResult diff = SchemaDiff::compare(wanted, *current);
    diff.objects.removeIf([](const ObjectDiff& o) { return o.type != ObjectType::Table; });
    const MigrationPlan plan = MigrationPlanner::plan(wanted, *current, diff);
    const QList<SchemaSyncStep> steps = SchemaSyncPlan::build(
        plan, *current, diff, backup.quarantineDatabase, backup.id + QStringLiteral("-rb"));
    for (const SchemaSyncStep& step : steps) {
        if (!checkpoint())
            return cancelledError();
        setItem(step.step.objectName);
        if (Status s = execute(connection, step.step.sql); !s) {
            Error e = s.error();
            e.at(m_settings.displayName(), backup.database, step.step.objectName);
            return e;
        }
        log(Tr::tr("%1 %2: %3")
                .arg(objectTypeName(step.step.objectType), step.step.objectName, step.step.description));
        if (!step.quarantineOf.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            m_report.toQuarantine << step.quarantineOf;
            m_report.quarantineDatabase = backup.quarantineDatabase;
            m_report.quarantineNames << SchemaBackup::quarantineName(
                backup.database, step.quarantineOf, backup.id + QStringLiteral("-rb"));
        }
    }

    // What the planner's statements leave different from the saved text (index and check order,
    // constraint names the server made up, options) is written back from that text.
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        if (o.type != ObjectType::Table || !o.existed)
            continue;
        Result<SchemaBackup::SavedObject> now
            = SchemaBackup::readObject(connection, backup.database, ObjectType::Table, o.name);
        if (!now)
            return now.error();
        if (!now->existed || now->createStatement == o.createStatement)
            continue;
        const std::optional<CreateTableText> have = CreateTableText::parse(now->createStatement);
        const std::optional<CreateTableText> want = CreateTableText::parse(o.createStatement);
        if (!have || !want)
            continue; // reported by the final check
        for (const QString& sql :
            CreateTableText::fixups(*have, *want, Sql::qualified(backup.database, o.name))) {
            if (!checkpoint())
                return cancelledError();
            if (Status s = execute(connection, sql); !s) {
                Error e = s.error();
                e.at(m_settings.displayName(), backup.database, o.name);
                return e;
            }
        }
    }
    return {};
}

Status SchemaRollback::run()
{
    {
        QMutexLocker lock(&m_mutex);
        m_report = Report();
        m_report.backupId = m_backupId;
    }
    setPhase(Tr::tr("Checking the backup point"));
    Result<std::unique_ptr<AppStore>> store = AppStore::open(m_options.storePath);
    if (!store)
        return store.error();
    BackupCatalog catalog(**store);
    Result<BackupInfo> info = catalog.get(m_backupId);
    if (!info)
        return info.error();
    {
        QMutexLocker lock(&m_mutex);
        m_report.backupId = info->id;
    }
    if (info->kind != QLatin1String("schema")) {
        return Error::make(
            Tr::tr("Backup point %1 is a %2 backup point, not a schema one.").arg(info->id, info->kind),
            Tr::tr("Roll it back with syncstudio-cli rollback %1.").arg(info->id));
    }
    if (info->state == BackupInfo::State::RolledBack) {
        Error e = Error::make(Tr::tr("Backup point %1 has already been rolled back.").arg(info->id),
            Tr::tr("Run the schema sync again to redo it."));
        e.code = QStringLiteral("already-rolled-back");
        return e;
    }
    const QString folder = catalog.folderOf(info->id);
    Result<SchemaBackup> loaded = SchemaBackup::load(folder, info->digest);
    if (!loaded)
        return loaded.error();
    const SchemaBackup& backup = *loaded;
    // Every file of saved values is checked before the server is touched.
    for (const SchemaBackup::SavedColumns& c : backup.columns) {
        for (const auto& [file, digest, rows] : {std::tuple(c.beforeFile, c.beforeDigest, c.beforeRows),
                 std::tuple(c.afterFile, c.afterDigest, c.afterRows)}) {
            if (rows < 0 || file.isEmpty())
                continue;
            Result<std::unique_ptr<BackupReader>> reader = BackupReader::open(QDir(folder).filePath(file));
            if (!reader)
                return reader.error();
            if (Status s = (*reader)->scan(true, digest.toLatin1()); !s)
                return s;
        }
    }

    ConnectionSettings settings = m_settings;
    settings.database = backup.database;
    m_settings = settings;
    Result<std::unique_ptr<Connection>> opened = Connection::open(settings);
    if (!opened)
        return opened.error();
    Connection& c = **opened;
    const QString db = backup.database;
    {
        Result<Value> collation = c.scalar(QByteArrayView("SELECT @@collation_connection"));
        if (!collation)
            return collation.error();
        m_sessionCollation = QString::fromUtf8(collation->value_or(QByteArray("utf8mb4_general_ci")));
    }
    auto located = [&](Error e, const QString& object = {}) {
        if (e.server.isEmpty())
            e.at(settings.displayName(), db, object);
        return e;
    };
    Result<DatabaseSchema> before = SchemaReader::read(c, db);
    if (!before)
        return located(before.error());

    // The saved values to write back: of statements that ran (a crash may have hidden that a
    // column was dropped: it is gone).
    QList<const SchemaBackup::SavedColumns*> restores;
    QSet<QString> writtenTables; // tables whose values are written back
    for (const SchemaBackup::SavedColumns& sc : backup.columns) {
        if (sc.beforeRows < 0 || sc.step < 0 || sc.step >= backup.steps.size())
            continue;
        bool applied = backup.steps.at(sc.step).state == SchemaSyncStep::State::Applied;
        if (!applied && backup.state == QLatin1String("running")) {
            const Table* t = before->table(sc.table);
            for (const QString& name : sc.columns) {
                const Column* col = t ? t->column(name) : nullptr;
                applied = applied || (sc.reason == SchemaBackup::SavedColumns::Reason::Dropped && !col)
                    || (sc.reason == SchemaBackup::SavedColumns::Reason::Replaced && col
                        && col->generated != Column::Generated::No);
            }
        }
        if (applied) {
            restores << &sc;
            writtenTables.insert(sc.table);
        }
    }

    // 2. Triggers: those the sync touched, and for as long as values are written back, those of
    // the tables written to. The latter are put back as they are now.
    setPhase(Tr::tr("Dropping triggers"));
    QSet<QString> touchedTriggers, createdTables;
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        if (o.type == ObjectType::Trigger)
            touchedTriggers.insert(o.name);
        if (o.type == ObjectType::Table && !o.existed)
            createdTables.insert(o.name);
    }
    QList<SchemaBackup::SavedObject> reinstate, dropped;
    for (const Trigger& t : before->triggers) {
        const bool touched = touchedTriggers.contains(t.name);
        if (!touched && !writtenTables.contains(t.table) && !createdTables.contains(t.table))
            continue;
        if (!touched) {
            Result<SchemaBackup::SavedObject> now
                = SchemaBackup::readObject(c, db, ObjectType::Trigger, t.name);
            if (!now)
                return located(now.error(), t.table);
            now->table = t.table;
            now->timing = t.timing;
            now->event = t.event;
            now->order = t.order;
            (createdTables.contains(t.table) ? dropped : reinstate) << *now;
        }
    }
    if (!reinstate.isEmpty() || !dropped.isEmpty()) {
        // Kept beside the backup point, so that no definition lives only in this process.
        QJsonArray list;
        for (const SchemaBackup::SavedObject& o : reinstate + dropped)
            list.append(QJsonObject {{QStringLiteral("name"), o.name}, {QStringLiteral("table"), o.table},
                {QStringLiteral("create"), o.createStatement}, {QStringLiteral("sql_mode"), o.sqlMode}});
        QSaveFile f(QDir(folder).filePath(QStringLiteral("rollback-triggers.json")));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(list).toJson());
            (void)f.commit();
        }
    }
    for (const SchemaBackup::SavedObject& o : std::as_const(dropped))
        warn(Tr::tr("trigger %1 on table %2 (created after the sync) was dropped with its table; its "
                    "definition is in "
                    "rollback-triggers.json of the backup point.")
                 .arg(o.name, o.table));
    for (const Trigger& t : before->triggers) {
        if (touchedTriggers.contains(t.name) || writtenTables.contains(t.table)
            || createdTables.contains(t.table)) {
            if (Status s = execute(c, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(q(t.name))); !s)
                return located(s.error(), t.table);
        }
    }

    // 3. Tables back from the quarantine database.
    setPhase(Tr::tr("Moving tables back from quarantine"));
    for (const SchemaBackup::Quarantined& qt : backup.quarantined) {
        Result<QueryResult> exists = c.query(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = "
            "%2), "
            "(SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %3 AND TABLE_NAME = %4)")
                                                 .arg(literal(backup.quarantineDatabase),
                                                     literal(qt.quarantineName), literal(db),
                                                     literal(qt.table))
                                                 .toUtf8());
        if (!exists)
            return located(exists.error(), qt.table);
        if (exists->text(0, 0) == QLatin1String("0")) {
            // Never moved, or already back; or gone, and then only an empty table can come back.
            const bool moved = qt.step >= 0 && qt.step < backup.steps.size()
                && backup.steps.at(qt.step).state == SchemaSyncStep::State::Applied;
            if (moved && exists->text(0, 1) == QLatin1String("0"))
                warn(Tr::tr("table %1 is no longer in the quarantine database as %2.%3: it comes back empty.")
                         .arg(qt.table, backup.quarantineDatabase, qt.quarantineName));
            continue;
        }
        if (exists->text(0, 1) != QLatin1String("0")) {
            return located(
                Error::make(
                    Tr::tr("Table %1 is in quarantine as %2.%3, but a table of that name exists again.")
                        .arg(qt.table, backup.quarantineDatabase, qt.quarantineName),
                    Tr::tr("Rename or drop the new table %1, then run the rollback again.").arg(qt.table)),
                qt.table);
        }
        if (!checkpoint())
            return cancelledError();
        if (Status s = execute(c,
                QStringLiteral("RENAME TABLE %1 TO %2")
                    .arg(Sql::qualified(backup.quarantineDatabase, qt.quarantineName),
                        Sql::qualified(db, qt.table)));
            !s)
            return located(s.error(), qt.table);
        QMutexLocker lock(&m_mutex);
        m_report.fromQuarantine << qt.table;
    }

    // 4. Table definitions.
    if (Status s = restoreTables(c, backup); !s)
        return located(s.error());

    // 5. Saved values, by key.
    setPhase(Tr::tr("Restoring column values"));
    for (const SchemaBackup::SavedColumns* sc : std::as_const(restores)) {
        if (!checkpoint())
            return cancelledError();
        setItem(sc->table);
        const bool guarded = sc->reason == SchemaBackup::SavedColumns::Reason::Narrowed && sc->afterRows >= 0;
        Result<ColumnSnapshot::Restored> r
            = ColumnSnapshot::restore(c, sc->shape, sc->keyless, QDir(folder).filePath(sc->beforeFile),
                sc->beforeDigest, guarded ? QDir(folder).filePath(sc->afterFile) : QString(),
                guarded ? sc->afterDigest : QString());
        if (!r)
            return located(r.error(), sc->table);
        addWork(r->saved, 0);
        {
            QMutexLocker lock(&m_mutex);
            m_report.valuesSaved += r->saved;
            m_report.valuesWritten += r->written;
            m_report.valuesMissing += r->missing;
            m_report.valuesDiffering += r->differing;
        }
        log(Tr::tr("%1 (%2): %n value row(s) written back", nullptr, int(r->written))
                .arg(sc->table, sc->columns.join(QStringLiteral(", "))));
        if (r->missing > 0)
            warn(Tr::tr("%1: %n saved row(s) are no longer in the table; their values were not restored.",
                nullptr, int(r->missing))
                     .arg(sc->table));
        if (r->differing > 0)
            warn(Tr::tr(
                "%1: %n row(s) changed since the sync and were left as they are.", nullptr, int(r->differing))
                     .arg(sc->table));
    }

    // 6. Views (in dependency order: a view on a view waits for it), triggers, routines, events.
    setPhase(Tr::tr("Restoring views, triggers, routines and events"));
    QList<const SchemaBackup::SavedObject*> views;
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        if (o.type != ObjectType::View)
            continue;
        if (o.existed) {
            views << &o;
        } else if (Status s = execute(c, QStringLiteral("DROP VIEW IF EXISTS %1").arg(q(o.name))); !s) {
            return located(s.error(), o.name);
        }
    }
    while (!views.isEmpty()) {
        QList<const SchemaBackup::SavedObject*> failed;
        std::optional<Error> first;
        for (const SchemaBackup::SavedObject* v : std::as_const(views)) {
            if (Status s = recreate(c, *v); !s) {
                failed << v;
                if (!first)
                    first = located(s.error(), v->name);
            }
        }
        if (failed.size() == views.size())
            return *first;
        views = failed;
    }

    QList<SchemaBackup::SavedObject> triggers = reinstate;
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        if (o.type == ObjectType::Trigger && o.existed)
            triggers << o;
    }
    std::stable_sort(triggers.begin(), triggers.end(),
        [](const SchemaBackup::SavedObject& a, const SchemaBackup::SavedObject& b) {
            return std::tuple(a.table, timingOrder(a.timing), a.event, a.order)
                < std::tuple(b.table, timingOrder(b.timing), b.event, b.order);
        });
    Result<DatabaseSchema> now = SchemaReader::read(c, db);
    if (!now)
        return located(now.error());
    for (const SchemaBackup::SavedObject& t : std::as_const(triggers)) {
        if (!now->table(t.table)) {
            warn(Tr::tr("trigger %1 was not recreated: its table %2 does not exist.").arg(t.name, t.table));
            continue;
        }
        if (Status s = recreate(c, t); !s)
            return located(s.error(), t.table);
    }
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        if (o.type != ObjectType::Procedure && o.type != ObjectType::Function && o.type != ObjectType::Event)
            continue;
        if (!checkpoint())
            return cancelledError();
        if (Status s = execute(c, QStringLiteral("DROP %1 IF EXISTS %2").arg(keyword(o.type), q(o.name))); !s)
            return located(s.error(), o.name);
        if (o.existed) {
            if (Status s = recreate(c, o); !s)
                return located(s.error(), o.name);
        }
    }

    // 7. Every object the sync touched must print as it did.
    setPhase(Tr::tr("Checking the definitions"));
    QStringList differences;
    for (const SchemaBackup::SavedObject& o : backup.objects) {
        Result<SchemaBackup::SavedObject> shown = SchemaBackup::readObject(c, db, o.type, o.name);
        if (!shown)
            return located(shown.error(), o.name);
        if (!sameDefinition(o, *shown))
            differences << QStringLiteral("%1 %2").arg(objectTypeName(o.type), o.name);
    }
    Report report;
    {
        QMutexLocker lock(&m_mutex);
        m_report.objectsChecked = int(backup.objects.size());
        m_report.differences = differences;
        report = m_report;
    }
    for (const QString& d : std::as_const(differences))
        warn(Tr::tr("%1 does not print as it did before the sync.").arg(d));

    // The rollback's own record, beside the backup point.
    QSaveFile out(QDir(folder).filePath(QStringLiteral("rollback.json")));
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(
            QJsonObject {
                {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("statements"), report.statements},
                {QStringLiteral("from_quarantine"), QJsonArray::fromStringList(report.fromQuarantine)},
                {QStringLiteral("to_quarantine"), QJsonArray::fromStringList(report.quarantineNames)},
                {QStringLiteral("values_written"), report.valuesWritten},
                {QStringLiteral("values_missing"), report.valuesMissing},
                {QStringLiteral("values_differing"), report.valuesDiffering},
                {QStringLiteral("differences"), QJsonArray::fromStringList(report.differences)},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
            })
                      .toJson());
        (void)out.commit();
    }
    info->message = report.clean()
        ? Tr::tr("rolled back: %n object(s) as before the sync", nullptr, report.objectsChecked)
        : Tr::tr("rolled back with %1 difference(s) and %2 value row(s) not restored")
              .arg(report.differences.size())
              .arg(report.valuesDiffering + report.valuesMissing);
    if (report.clean())
        info->state = BackupInfo::State::RolledBack;
    if (Status s = catalog.save(*info); !s)
        return s;
    return {};
}

#include "SchemaSync.h"

#include "ColumnSnapshot.h"
#include "MigrationPlanner.h"
#include "SchemaDiff.h"
#include "SchemaNormalizer.h"
#include "SchemaReader.h"
#include "SchemaSyncPlan.h"
#include "db/Connection.h"
#include "db/Sql.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QMutexLocker>
#include <QSet>

namespace N = SchemaNormalizer;

struct SchemaSync::Planned
{
    DatabaseSchema source;
    DatabaseSchema target;
    SchemaDiffResult diff;
    MigrationPlan migration;
    QList<SchemaSyncStep> steps;
    QList<SchemaBackup::SavedColumns> columns; ///< shapes and files are filled in by run()
    QHash<QString, QStringList> affected; ///< target table -> every column whose values are saved
    QHash<QString, QString> sourceNameOf; ///< target table -> its name in the source (mapping)
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchemaSync)
};

/// One line of SQL for messages: line breaks folded, long statements shortened.
QString oneLine(const QString& sql, int max = 300)
{
    QString s = sql.simplified();
    return s.size() > max ? s.left(max - 3) + QStringLiteral("...") : s;
}

bool isQuarantineDatabaseStep(const SchemaSyncStep& s)
{
    return s.step.sql.startsWith(QLatin1String("CREATE DATABASE IF NOT EXISTS "));
}

/// The columns whose values a step loses (or may), grouped by table, step and reason, with the
/// step each group belongs to; the steps learn which columns they save.
void findSavedColumns(const DatabaseSchema& source, const DatabaseSchema& target,
    const SchemaDiffResult& diff, QList<SchemaSyncStep>& steps, QList<SchemaBackup::SavedColumns>* out,
    QHash<QString, QStringList>* affected)
{
    using Reason = SchemaBackup::SavedColumns::Reason;
    for (const ObjectDiff& o : diff.objects) {
        if (o.type != ObjectType::Table || o.status != ObjectDiff::Status::Different)
            continue;
        const Table* s = source.table(o.sourceName);
        const Table* t = target.table(o.targetName);
        if (!s || !t)
            continue;
        QList<QPair<QString, Reason>> columns;
        for (const Column& tc : t->columns) {
            if (tc.generated != Column::Generated::No)
                continue; // computed from other columns: nothing of its own to lose
            const Column* sc = s->column(tc.name);
            if (!sc) {
                columns.append({tc.name, Reason::Dropped});
            } else if (sc->generated != Column::Generated::No) {
                columns.append({tc.name, Reason::Replaced});
            } else {
                const bool narrower
                    = !MigrationPlanner::narrowingWarning(tc.name, tc.type, sc->type).isEmpty();
                const bool charsetLoss = !tc.charset.isEmpty()
                    && N::charset(tc.charset) != N::charset(sc->charset)
                    && N::charset(sc->charset) != QLatin1String("utf8mb4");
                if (narrower || charsetLoss)
                    columns.append({tc.name, Reason::Narrowed});
            }
        }
        for (const auto& [name, reason] : std::as_const(columns)) {
            int at = -1;
            for (int i = 0; i < steps.size() && at < 0; ++i) {
                const MigrationStep& step = steps[i].step;
                if (step.objectType == ObjectType::Table && step.objectName == t->name
                    && SchemaSyncPlan::touchesColumn(step.sql, name))
                    at = i;
            }
            if (at < 0)
                continue; // the plan leaves it alone (an ignored difference)
            (*affected)[t->name] << name;
            steps[at].savedColumns << name;
            bool grouped = false;
            for (SchemaBackup::SavedColumns& c : *out) {
                if (c.table == t->name && c.step == at && c.reason == reason) {
                    c.columns << name;
                    grouped = true;
                }
            }
            if (!grouped) {
                SchemaBackup::SavedColumns c;
                c.table = t->name;
                c.columns = {name};
                c.reason = reason;
                c.step = at;
                out->append(c);
            }
        }
    }
}

QStringList plannerSql(const MigrationPlan& plan)
{
    QStringList out;
    for (const MigrationStep& s : plan.steps)
        out << s.sql;
    return out;
}

qint64 folderSize(const QString& folder)
{
    qint64 size = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        size += it.fileInfo().size();
    }
    return size;
}

} // namespace

SchemaSync::SchemaSync(
    const ConnectionSettings& source, const ConnectionSettings& target, Options options, QObject* parent)
    : Job(parent)
    , m_sourceSettings(source)
    , m_targetSettings(target)
    , m_options(std::move(options))
{ }

SchemaSync::~SchemaSync() = default;

Result<SchemaSync::Planned> SchemaSync::plan(Connection& source, Connection& target, const QString& suffix)
{
    Planned p;
    Result<DatabaseSchema> s = SchemaReader::read(source, m_sourceSettings.database);
    if (!s)
        return s.error();
    Result<DatabaseSchema> t = SchemaReader::read(target, m_targetSettings.database);
    if (!t)
        return t.error();
    p.source = std::move(*s);
    p.target = std::move(*t);
    p.diff = SchemaDiff::compare(p.source, p.target, m_options.diff);
    p.migration = MigrationPlanner::plan(p.source, p.target, p.diff, m_options.diff);
    p.steps = SchemaSyncPlan::build(p.migration, p.target, p.diff, m_options.quarantineDatabase, suffix);
    for (const ObjectDiff& o : std::as_const(p.diff.objects)) {
        if (o.type == ObjectType::Table && !o.sourceName.isEmpty() && !o.targetName.isEmpty())
            p.sourceNameOf.insert(o.targetName, o.sourceName);
    }
    findSavedColumns(p.source, p.target, p.diff, p.steps, &p.columns, &p.affected);
    return p;
}

Status SchemaSync::prepare()
{
    setPhase(Tr::tr("Reading the schemas"));
    Result<std::unique_ptr<Connection>> source = Connection::open(m_sourceSettings);
    if (!source)
        return source.error();
    Result<std::unique_ptr<Connection>> target = Connection::open(m_targetSettings);
    if (!target)
        return target.error();
    Result<Planned> planned = plan(**source, **target, SchemaSyncPlan::backupIdPlaceholder());
    if (!planned)
        return planned.error();
    QMutexLocker lock(&m_mutex);
    m_prepared = true;
    m_preparedSql = plannerSql(planned->migration);
    m_diff = planned->diff;
    m_migration = planned->migration;
    m_steps = planned->steps;
    return {};
}

SchemaDiffResult SchemaSync::diff() const
{
    QMutexLocker lock(&m_mutex);
    return m_diff;
}

MigrationPlan SchemaSync::migration() const
{
    QMutexLocker lock(&m_mutex);
    return m_migration;
}

QList<SchemaSyncStep> SchemaSync::steps() const
{
    QMutexLocker lock(&m_mutex);
    return m_steps;
}

QString SchemaSync::script(const QString& suffix) const
{
    QList<SchemaSyncStep> steps = this->steps();
    if (!suffix.isEmpty()) {
        for (SchemaSyncStep& s : steps) {
            s.step.sql.replace(SchemaSyncPlan::backupIdPlaceholder(), suffix);
            s.step.description.replace(SchemaSyncPlan::backupIdPlaceholder(), suffix);
        }
    }
    return SchemaSyncPlan::toSql(
        steps, m_sourceSettings.database, m_targetSettings.database, m_options.allowDrop);
}

SchemaSync::Report SchemaSync::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

Status SchemaSync::saveBackup(SchemaBackup& backup, const QString& folder)
{
    Result<QString> digest = backup.save(folder);
    if (!digest)
        return digest.error();
    return {};
}

Status SchemaSync::run()
{
    {
        QMutexLocker lock(&m_mutex);
        m_report = Report();
    }
    auto fail = [this](Error e) -> Status {
        QMutexLocker lock(&m_mutex);
        m_report.error = e;
        return e;
    };

    setPhase(Tr::tr("Reading the schemas"));
    Result<std::unique_ptr<Connection>> source = Connection::open(m_sourceSettings);
    if (!source)
        return fail(source.error());
    Result<std::unique_ptr<Connection>> target = Connection::open(m_targetSettings);
    if (!target)
        return fail(target.error());
    Result<Planned> planned = plan(**source, **target, SchemaSyncPlan::backupIdPlaceholder());
    if (!planned)
        return fail(planned.error());
    source->reset();
    {
        QMutexLocker lock(&m_mutex);
        if (m_prepared && plannerSql(planned->migration) != m_preparedSql) {
            Error e
                = Error::make(Tr::tr("The schemas changed since the plan was shown: nothing was applied."),
                    Tr::tr("Review the new plan and run the schema sync again."));
            e.at(m_targetSettings.displayName(), m_targetSettings.database);
            e.code = QStringLiteral("plan-changed");
            m_report.error = e;
            return e;
        }
        m_diff = planned->diff;
        m_migration = planned->migration;
        m_steps = planned->steps;
        m_report.steps = planned->steps;
    }

    int runnable = 0;
    for (const SchemaSyncStep& s : planned->steps)
        runnable += SchemaSyncPlan::runs(s, m_options.allowDrop) ? 1 : 0;
    if (runnable == 0) {
        // Nothing to do, or only destructive steps the user did not allow: no backup point.
        QMutexLocker lock(&m_mutex);
        for (SchemaSyncStep& s : m_report.steps) {
            s.state = SchemaSyncStep::State::Skipped;
            s.message = Tr::tr("destructive: runs only when dropping is allowed");
            ++m_report.skippedDestructive;
        }
        m_steps = m_report.steps;
        return {};
    }

    // The backup point: its id names the quarantined tables.
    Result<std::unique_ptr<AppStore>> store = AppStore::open(m_options.storePath);
    if (!store)
        return fail(store.error());
    BackupCatalog catalog(**store);
    Result<BackupInfo> info
        = catalog.create(QStringLiteral("schema"), QString(), m_options.sourceLabel, m_options.targetLabel);
    if (!info)
        return fail(info.error());
    const QString folder = catalog.folderOf(info->id);
    planned->steps = SchemaSyncPlan::build(
        planned->migration, planned->target, planned->diff, m_options.quarantineDatabase, info->id);
    planned->columns.clear();
    planned->affected.clear();
    findSavedColumns(planned->source, planned->target, planned->diff, planned->steps, &planned->columns,
        &planned->affected);
    {
        QMutexLocker lock(&m_mutex);
        m_report.backupId = info->id;
        m_report.steps = planned->steps;
        m_steps = planned->steps;
    }

    SchemaBackup backup;
    backup.id = info->id;
    backup.source = m_options.sourceLabel;
    backup.target = m_options.targetLabel;
    backup.server = m_targetSettings.displayName();
    backup.database = m_targetSettings.database;
    backup.sourceDatabase = m_sourceSettings.database;
    backup.created = info->created;
    backup.allowDrop = m_options.allowDrop;
    backup.quarantineDatabase = m_options.quarantineDatabase;
    backup.steps = planned->steps;

    // The definitions of everything a statement that runs touches, as SHOW CREATE prints them.
    setPhase(Tr::tr("Saving the definitions"));
    QSet<QString> seen;
    QStringList tables;
    for (const SchemaSyncStep& s : std::as_const(planned->steps)) {
        if (!SchemaSyncPlan::runs(s, m_options.allowDrop) || isQuarantineDatabaseStep(s))
            continue;
        const QString key = objectTypeName(s.step.objectType) + QLatin1Char('/') + s.step.objectName;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Result<SchemaBackup::SavedObject> saved = SchemaBackup::readObject(
            **target, m_targetSettings.database, s.step.objectType, s.step.objectName);
        if (!saved)
            return fail(saved.error());
        if (s.step.objectType == ObjectType::Trigger) {
            for (const Trigger& t : planned->target.triggers) {
                if (t.name == s.step.objectName) {
                    saved->table = t.table;
                    saved->timing = t.timing;
                    saved->event = t.event;
                    saved->order = t.order;
                }
            }
        }
        if (s.step.objectType == ObjectType::Table)
            tables << s.step.objectName;
        backup.objects << *saved;
    }
    for (const SchemaSyncStep& s : std::as_const(planned->steps)) {
        if (!s.quarantineOf.isEmpty() && SchemaSyncPlan::runs(s, m_options.allowDrop)) {
            const qsizetype index = &s - planned->steps.constData();
            SchemaBackup::Quarantined q;
            q.table = s.quarantineOf;
            q.quarantineName
                = SchemaBackup::quarantineName(m_targetSettings.database, s.quarantineOf, info->id);
            q.step = int(index);
            backup.quarantined << q;
        }
    }
    int fileNumber = 0;
    for (SchemaBackup::SavedColumns c : std::as_const(planned->columns)) {
        if (!SchemaSyncPlan::runs(planned->steps.at(c.step), m_options.allowDrop))
            continue;
        const Table* table = planned->target.table(c.table);
        if (!table)
            continue;
        Result<SyncTable> shape = ColumnSnapshot::shape(**target, m_targetSettings.database, *table,
            c.columns, planned->affected.value(c.table), &c.keyless);
        if (!shape)
            return fail(shape.error());
        c.shape = *shape;
        c.beforeFile = QStringLiteral("columns/%1-before.ssbk").arg(fileNumber);
        if (c.reason == SchemaBackup::SavedColumns::Reason::Narrowed)
            c.afterFile = QStringLiteral("columns/%1-after.ssbk").arg(fileNumber);
        ++fileNumber;
        backup.columns << c;
    }
    if (!backup.columns.isEmpty() && !QDir(folder).mkpath(QStringLiteral("columns")))
        return fail(Error::make(Tr::tr("Cannot create the folder %1.")
                                    .arg(QDir::toNativeSeparators(folder + QStringLiteral("/columns"))),
            Tr::tr("Check the permissions of the backups folder.")));

    info->tables.clear();
    for (const QString& t : std::as_const(tables))
        info->tables << BackupInfo::TableCounts {
            m_targetSettings.database + QLatin1Char('.') + t, 0, 0, 0, 0};
    info->message = Tr::tr("schema sync running");
    if (Status s = catalog.save(*info); !s)
        return fail(s.error());
    if (Status s = saveBackup(backup, folder); !s)
        return fail(s.error());

    // Apply, one statement at a time.
    setPhase(Tr::tr("Applying the schema changes"));
    setTotals(-1, runnable);
    (void)apply(**target, *planned, backup, folder); // the report holds the outcome

    Report report;
    {
        QMutexLocker lock(&m_mutex);
        report = m_report;
        m_steps = report.steps;
    }
    backup.steps = report.steps;
    backup.state = report.cancelled ? QStringLiteral("cancelled")
        : report.error              ? QStringLiteral("failed")
                                    : QStringLiteral("complete");
    Result<QString> digest = backup.save(folder);
    if (!digest)
        return fail(digest.error());
    info->digest = *digest;
    info->finished = QDateTime::currentDateTimeUtc();
    info->state = backup.state == QLatin1String("complete") ? BackupInfo::State::Complete
                                                            : BackupInfo::State::Partial;
    info->sizeBytes = folderSize(folder);
    info->message = report.cancelled
        ? Tr::tr("schema sync cancelled after %n statement(s)", nullptr, report.applied)
        : report.error ? Tr::tr("schema sync stopped at statement %1: %2")
                             .arg(report.failedStep + 1)
                             .arg(report.error->message)
                       : Tr::tr("schema sync: %n statement(s) applied", nullptr, report.applied);
    if (Status s = catalog.save(*info); !s)
        return fail(s.error());
    if (report.cancelled) {
        Error e = Error::make(
            Tr::tr("Cancelled after %n statement(s); the target is consistent.", nullptr, report.applied),
            Tr::tr("Roll back backup point %1 to undo them, or run the schema sync again to finish.")
                .arg(info->id));
        e.code = QStringLiteral("cancelled");
        return e;
    }
    if (report.error)
        return *report.error;
    return {};
}

Status SchemaSync::apply(Connection& target, Planned& planned, SchemaBackup& backup, const QString& folder)
{
    const QString database = m_targetSettings.database;
    const int total = int(planned.steps.size());
    int runnable = 0;
    for (const SchemaSyncStep& s : std::as_const(planned.steps))
        runnable += SchemaSyncPlan::runs(s, m_options.allowDrop) ? 1 : 0;
    int done = 0;
    auto update = [this](int index, SchemaSyncStep::State state, const QString& message) {
        QMutexLocker lock(&m_mutex);
        SchemaSyncStep& s = m_report.steps[index];
        s.state = state;
        s.message = message;
        switch (state) {
        case SchemaSyncStep::State::Applied:
            ++m_report.applied;
            break;
        case SchemaSyncStep::State::Skipped:
            ++m_report.skippedDestructive;
            break;
        case SchemaSyncStep::State::Failed:
        case SchemaSyncStep::State::Pending:
            break;
        }
    };
    auto persist = [&]() -> Status {
        {
            QMutexLocker lock(&m_mutex);
            backup.steps = m_report.steps;
        }
        return saveBackup(backup, folder);
    };
    auto stop = [&](int index, Error e) {
        update(index, SchemaSyncStep::State::Failed, e.message);
        QMutexLocker lock(&m_mutex);
        m_report.failedStep = index;
        m_report.error = e;
        for (int j = index + 1; j < total; ++j) {
            if (SchemaSyncPlan::runs(m_report.steps[j], m_options.allowDrop))
                ++m_report.notRun;
        }
    };
    // The table a statement works on, for errors: a trigger's table, or the object itself.
    auto tableOf = [&](const MigrationStep& step) {
        if (step.objectType == ObjectType::Trigger) {
            for (const Trigger& t : std::as_const(planned.target.triggers)) {
                if (t.name == step.objectName)
                    return t.table;
            }
        }
        return step.objectName;
    };

    for (int i = 0; i < total; ++i) {
        const SchemaSyncStep& step = planned.steps.at(i);
        if (!SchemaSyncPlan::runs(step, m_options.allowDrop)) {
            update(
                i, SchemaSyncStep::State::Skipped, Tr::tr("destructive: runs only when dropping is allowed"));
            continue;
        }
        if (!checkpoint()) {
            QMutexLocker lock(&m_mutex);
            m_report.cancelled = true;
            for (int j = i; j < total; ++j) {
                if (SchemaSyncPlan::runs(m_report.steps[j], m_options.allowDrop))
                    ++m_report.notRun;
                else {
                    m_report.steps[j].state = SchemaSyncStep::State::Skipped;
                    ++m_report.skippedDestructive;
                }
            }
            break;
        }
        setItem(step.step.objectName);
        auto failed = [&](Error e, const QString& why) {
            Error out = e;
            out.message = Tr::tr("Statement %1 of %2 (%3 %4) failed: %5 Statement: %6")
                              .arg(done + 1)
                              .arg(runnable)
                              .arg(objectTypeName(step.step.objectType), step.step.objectName, why,
                                  oneLine(step.step.sql));
            out.server = m_targetSettings.displayName();
            out.database = database;
            out.table = tableOf(step.step);
            out.hint = done == 0
                ? Tr::tr("Nothing was changed. Fix the cause and run the schema sync again.")
                : Tr::tr("The %n statement(s) before it were applied: roll back backup point %1 to undo "
                         "them, or fix the cause and run the schema sync again.",
                    nullptr, done)
                      .arg(backup.id);
            stop(i, out);
            (void)persist();
        };
        if (m_options.beforeStep) {
            if (Status h = m_options.beforeStep(i, target); !h) {
                failed(h.error(), h.error().message);
                return h;
            }
        }

        // The values this statement may lose go to the backup point first.
        for (SchemaBackup::SavedColumns& c : backup.columns) {
            if (c.step != i)
                continue;
            setPhase(Tr::tr("Saving column values of %1").arg(c.table));
            Result<ColumnSnapshot::Saved> saved
                = ColumnSnapshot::save(target, c.shape, QDir(folder).filePath(c.beforeFile), backup.id);
            if (!saved) {
                failed(saved.error(),
                    Tr::tr("the values of %1 could not be saved: %2")
                        .arg(c.columns.join(QStringLiteral(", ")), saved.error().message));
                return saved.error();
            }
            c.beforeRows = saved->rows;
            c.beforeDigest = saved->digest;
            addWork(saved->rows, 0);
            log(Tr::tr("saved %n row(s) of %1 (%2) in the backup point", nullptr, int(saved->rows))
                    .arg(c.table, c.columns.join(QStringLiteral(", "))));
            setPhase(Tr::tr("Applying the schema changes"));
        }
        if (Status s = persist(); !s) {
            failed(s.error(), s.error().message);
            return s;
        }

        if (!step.quarantineOf.isEmpty()) {
            // A rename would carry other tables' foreign keys along into the quarantine database,
            // where DROP TABLE would have refused: refuse as well.
            Result<QueryResult> refs = target.query(
                QStringLiteral("SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME FROM "
                               "information_schema.REFERENTIAL_CONSTRAINTS "
                               "WHERE UNIQUE_CONSTRAINT_SCHEMA = %1 AND REFERENCED_TABLE_NAME = %2 "
                               "AND NOT (CONSTRAINT_SCHEMA = %1 AND TABLE_NAME = %2)")
                    .arg(QString::fromUtf8(Sql::stringLiteral(database)),
                        QString::fromUtf8(Sql::stringLiteral(step.quarantineOf)))
                    .toUtf8());
            if (!refs) {
                failed(refs.error(), refs.error().message);
                return refs.error();
            }
            if (!refs->rows.isEmpty()) {
                Error e = Error::make(
                    Tr::tr("table %1 is referenced by foreign key %2 of %3.%4, which the plan keeps")
                        .arg(step.quarantineOf, refs->text(0, 2), refs->text(0, 0), refs->text(0, 1)),
                    QString());
                failed(e, e.message);
                return e;
            }
        }

        if (Status s = target.execute(step.step.sql.toUtf8()); !s) {
            failed(s.error(), s.error().message);
            return s;
        }
        ++done;

        // What a narrowing left in the column, to guard the restore.
        for (SchemaBackup::SavedColumns& c : backup.columns) {
            if (c.step != i || c.afterFile.isEmpty())
                continue;
            // Read as the values will be once a rollback gave the columns their old types back.
            QStringList expressions;
            const Table* now = planned.source.table(planned.sourceNameOf.value(c.table, c.table));
            for (const QString& name : std::as_const(c.columns)) {
                const Column* sc = now ? now->column(name) : nullptr;
                const int k = c.shape.columnIndex(name);
                expressions << ColumnSnapshot::postImageExpression(name, sc ? sc->type : QString(),
                    sc ? sc->charset : QString(),
                    k >= 0 ? QString::fromLatin1(c.shape.columns.at(k).charset) : QString());
            }
            Result<ColumnSnapshot::Saved> saved = ColumnSnapshot::save(
                target, c.shape, QDir(folder).filePath(c.afterFile), backup.id, expressions);
            if (saved) {
                c.afterRows = saved->rows;
                c.afterDigest = saved->digest;
            } else {
                log(Tr::tr(
                    "the values %1 holds now could not be saved (%2): a rollback will restore them unguarded")
                        .arg(c.table, saved.error().message));
            }
        }
        update(i, SchemaSyncStep::State::Applied, QString());
        itemDone();
        log(Tr::tr("applied %1/%2 [%3] %4 %5: %6")
                .arg(done)
                .arg(runnable)
                .arg(MigrationStep::riskName(step.step.risk), objectTypeName(step.step.objectType),
                    step.step.objectName, step.step.description));
        if (Status s = persist(); !s) {
            QMutexLocker lock(&m_mutex);
            m_report.error = s.error();
            for (int j = i + 1; j < total; ++j) {
                if (SchemaSyncPlan::runs(m_report.steps[j], m_options.allowDrop))
                    ++m_report.notRun;
            }
            return s;
        }
    }
    return {};
}

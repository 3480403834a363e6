#include "SchemaCompareJob.h"

#include "ProjectTasks.h"
#include "db/Connection.h"
#include "db/Endpoint.h"
#include "schema/MigrationPlanner.h"
#include "schema/SchemaBackup.h"
#include "schema/SchemaSyncPlan.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaReader.h"
#include "store/AppStore.h"

#include <QElapsedTimer>

SchemaCompareJob::SchemaCompareJob(
    const QString& storePath, SecretStore& secrets, const SyncProject& project, QObject* parent)
    : Job(parent)
    , m_storePath(storePath)
    , m_secrets(secrets)
    , m_project(project)
{ }

SchemaDiffOptions SchemaCompareJob::optionsFor(const SyncProject& project)
{
    SchemaDiffOptions options;
    options.include = project.tables;
    options.exclude = project.exclude;
    for (auto it = project.tableMapping.cbegin(); it != project.tableMapping.cend(); ++it)
        options.tableMap.insert(it.key(), it.value());
    return options;
}

Status SchemaCompareJob::run()
{
    QElapsedTimer clock;
    clock.start();
    m_result = SchemaComparison();
    auto display = [](const QString& endpoint) {
        Result<Endpoint> e = Endpoint::parse(endpoint);
        return e ? e->displayText() : endpoint;
    };
    m_result.sourceEndpoint = display(m_project.source);
    m_result.targetEndpoint = display(m_project.target);

    setPhase(tr("Reading the saved connection details"));
    Result<std::unique_ptr<AppStore>> store = AppStore::open(m_storePath);
    if (!store)
        return store.error();

    struct Side
    {
        QString endpoint;
        QString shown;
        std::unique_ptr<Connection> connection;
        DatabaseSchema* schema;
        QHash<QString, QString>* create;
    };
    Side sides[2] = {{m_project.source, m_result.sourceEndpoint, nullptr, &m_result.source, &m_result.sourceCreate},
        {m_project.target, m_result.targetEndpoint, nullptr, &m_result.target, &m_result.targetCreate}};
    setTotals(-1, 2);

    for (Side& side : sides) {
        if (!checkpoint())
            return cancelledError();
        Result<ConnectionSettings> settings = ProjectTasks::resolve(**store, m_secrets, side.endpoint);
        if (!settings)
            return settings.error();
        setPhase(tr("Connecting to %1").arg(settings->displayName()));
        log(tr("Connecting to %1 for %2").arg(settings->displayName(), side.shown));
        Result<std::unique_ptr<Connection>> connection = Connection::open(*settings);
        if (!connection)
            return connection.error();
        side.connection = std::move(connection.value());
        if (!checkpoint())
            return cancelledError();

        setPhase(tr("Reading the schema of %1").arg(side.shown));
        setItem(side.shown);
        log(tr("Schema read of %1 started (server %2)").arg(side.shown, side.connection->serverVersion()));
        QElapsedTimer read;
        read.start();
        Result<DatabaseSchema> schema = SchemaReader::read(*side.connection, settings->database);
        if (!schema)
            return schema.error();
        *side.schema = std::move(schema.value());
        log(tr("Schema read of %1 finished in %2 s: %3 tables, %4 views, %5 triggers, %6 routines, %7 events")
                .arg(side.shown)
                .arg(read.elapsed() / 1000.0, 0, 'f', 2)
                .arg(side.schema->tables.size())
                .arg(side.schema->views.size())
                .arg(side.schema->triggers.size())
                .arg(side.schema->routines.size())
                .arg(side.schema->events.size()));
        itemDone();
    }
    if (!checkpoint())
        return cancelledError();

    setPhase(tr("Comparing the schemas"));
    const SchemaDiffOptions options = optionsFor(m_project);
    m_result.diff = SchemaDiff::compare(m_result.source, m_result.target, options);
    setPhase(tr("Planning the migration"));
    m_result.plan = MigrationPlanner::plan(m_result.source, m_result.target, m_result.diff, options);
    m_result.syncSteps = SchemaSyncPlan::build(m_result.plan, m_result.target, m_result.diff,
        QLatin1String(SchemaBackup::DefaultQuarantineDatabase), SchemaSyncPlan::backupIdPlaceholder());
    log(tr("Compared: %1 only in source, %2 only in target, %3 different, %4 identical; the migration has %n "
           "statement(s).",
        nullptr, int(m_result.syncSteps.size()))
            .arg(m_result.diff.count(ObjectDiff::Status::OnlyInSource))
            .arg(m_result.diff.count(ObjectDiff::Status::OnlyInTarget))
            .arg(m_result.diff.count(ObjectDiff::Status::Different))
            .arg(m_result.diff.count(ObjectDiff::Status::Identical)));

    // The statements of what differs, so the side-by-side view needs no round trip for them.
    QList<const ObjectDiff*> wanted;
    for (const ObjectDiff& o : m_result.diff.objects) {
        if (o.status != ObjectDiff::Status::Identical && wanted.size() < EagerCreateStatements)
            wanted.append(&o);
    }
    setPhase(tr("Reading CREATE statements"));
    // The two schema reads count as done items: the total covers them too.
    setTotals(-1, 2 + int(wanted.size()));
    for (const ObjectDiff* o : wanted) {
        if (!checkpoint())
            return cancelledError();
        setItem(o->name);
        const QString names[2] = {o->sourceName, o->targetName};
        for (int i = 0; i < 2; ++i) {
            if (names[i].isEmpty())
                continue;
            Result<QString> ddl
                = SchemaReader::createStatement(*sides[i].connection, o->type, sides[i].schema->name, names[i]);
            if (!ddl)
                return ddl.error();
            sides[i].create->insert(SchemaComparison::createKey(o->type, names[i]), *ddl);
        }
        itemDone();
    }
    m_result.seconds = clock.elapsed() / 1000.0;
    log(tr("Schema compare finished in %1 s").arg(m_result.seconds, 0, 'f', 2));
    return {};
}

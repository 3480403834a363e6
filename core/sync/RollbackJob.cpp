#include "RollbackJob.h"

#include "jobs/JobRunner.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"

#include <QMutexLocker>

bool RollbackJob::Outcome::clean() const
{
    return schema ? definitions.clean() : rows.clean() && rows.verified;
}

QString RollbackJob::Outcome::verificationText() const
{
    if (schema) {
        if (!definitions.differences.isEmpty()) {
            return tr("Verification failed: %n object(s) differ from their saved definition: %1.", nullptr,
                int(definitions.differences.size()))
                .arg(definitions.differences.join(QStringLiteral(", ")));
        }
        QString text = tr(
            "Verified: %n object(s) are as they were before the sync.", nullptr, definitions.objectsChecked);
        if (definitions.valuesDiffering > 0 || definitions.valuesMissing > 0) {
            text += QLatin1Char(' ')
                + tr("%1 saved row(s) changed since the sync and %2 are gone; they were left as they are.")
                      .arg(definitions.valuesDiffering)
                      .arg(definitions.valuesMissing);
        }
        return text;
    }
    if (!rows.verified)
        return tr("Not verified: the rows were not read back.");
    QString text = rows.rowsDiffering == 0
        ? tr("Verified: %n row(s) read back equal to their before-image.", nullptr, int(rows.rowsMatching))
        : tr("Verification failed: %1 of %2 row(s) differ from their before-image.")
              .arg(rows.rowsDiffering)
              .arg(rows.rowsChecked);
    if (rows.applied.conflictCount > 0) {
        text += QLatin1Char(' ')
            + tr("%n row(s) changed on the target after the sync and were left as they are; fix or accept "
                 "them, "
                 "then roll back again to finish.",
                nullptr, int(rows.applied.conflictCount));
    }
    return text;
}

QString RollbackJob::Outcome::appliedText() const
{
    if (schema) {
        return tr(
            "%n statement(s) run, %1 saved column value(s) written back.", nullptr, definitions.statements)
            .arg(definitions.valuesWritten);
    }
    return tr(
        "Removed %1 row(s) the sync inserted, restored %2 updated row(s), re-inserted %3 deleted row(s); %4 "
        "were already as before.")
        .arg(rows.applied.deleted)
        .arg(rows.applied.updated)
        .arg(rows.applied.inserted)
        .arg(rows.applied.unchanged);
}

RollbackJob::RollbackJob(Request request, QObject* parent)
    : Job(parent)
    , m_request(std::move(request))
{ }

RollbackJob::RollbackJob(const ConnectionSettings& target, const QString& storePath, const QString& backupId,
    Rollback::Options options, QObject* parent)
    : Job(parent)
{
    m_request.backupId = backupId;
    m_request.target = target;
    m_request.targetText = options.apply.target;
    m_request.storePath = storePath;
    m_request.options = std::move(options);
}

RollbackJob::~RollbackJob() = default;

RollbackJob::Outcome RollbackJob::outcome() const
{
    QMutexLocker lock(&m_mutex);
    return m_outcome;
}

Status RollbackJob::run()
{
    setPhase(tr("Checking the backup point"));
    setItem(m_request.backupId);
    Result<std::unique_ptr<AppStore>> store = AppStore::open(m_request.storePath);
    if (!store)
        return store.error();
    BackupCatalog catalog(**store);
    Result<BackupInfo> info = catalog.get(m_request.backupId);
    if (!info)
        return info.error();
    {
        QMutexLocker lock(&m_mutex);
        m_outcome.backupId = info->id;
        m_outcome.schema = info->kind == QLatin1String("schema");
    }
    m_request.backupId = info->id;
    // The runner panel's per-table list: what each table's rollback has to put back.
    QStringList tables;
    if (info->kind != QLatin1String("schema")) {
        for (const BackupInfo::TableCounts& t : info->tables) {
            addItem(t.table, t.inserted + t.updated + t.deleted);
            tables << t.table;
        }
    }
    // The AppStore belongs to this thread; the rollback of rows opens its own catalog on it, the
    // schema rollback opens its own store.
    store->reset();
    if (outcome().schema)
        return runSchema();
    const Status status = runRows();
    if (status) {
        for (const QString& t : std::as_const(tables))
            itemFinished(t);
    }
    return status;
}

Status RollbackJob::runRows()
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(m_request.storePath);
    if (!store)
        return store.error();
    BackupCatalog catalog(**store);

    Rollback::Options options = m_request.options;
    if (options.apply.target.isEmpty())
        options.apply.target = m_request.targetText;
    // checkpoint() holds a paused job between batches and says when it was cancelled.
    options.apply.cancelled = [this] { return !checkpoint(); };
    options.apply.log = [this](const QString& line) { log(line); };
    qint64 reported = 0;
    qint64 total = -1;
    QString table;
    bool verifying = false;
    options.apply.progress = [this, &reported, &total, &table, &verifying](const Applier::Progress& p) {
        if (p.rowsTotal != total) {
            total = p.rowsTotal;
            setTotals(total, 0);
        }
        if (p.table != table) {
            table = p.table;
            setItem(table);
        }
        if (p.rowsDone > reported) {
            addWork(p.rowsDone - reported, 0);
            addItemWork(p.table, p.rowsDone - reported);
            reported = p.rowsDone;
        }
        if (!verifying && m_request.options.verify && p.rowsTotal > 0 && p.rowsDone >= p.rowsTotal) {
            verifying = true;
            setPhase(tr("Reading the rows back"));
        }
    };
    setPhase(tr("Rolling back rows"));
    Rollback rollback(m_request.target, catalog, options);
    Result<Rollback::Report> report = rollback.run(m_request.backupId);
    if (!report)
        return report.error();
    {
        QMutexLocker lock(&m_mutex);
        m_outcome.rows = *report;
    }
    if (report->applied.cancelled)
        return cancelledError();
    for (const Rollback::Mismatch& m : report->mismatches)
        log(tr("Differs from its before-image: %1 %2").arg(m.table, m.key));
    log(outcome().verificationText());
    return {};
}

Status RollbackJob::runSchema()
{
    SchemaRollback::Options options;
    options.storePath = m_request.storePath;
    SchemaRollback inner(m_request.target, m_request.backupId, options);
    // The inner job runs on this thread; its notifications are where this job's pause and cancel
    // reach it (SchemaRollback checks its own flag between steps).
    auto forward = [this, &inner] {
        const JobProgress p = inner.progress();
        setPhase(p.phase);
        setItem(p.item);
        if (!checkpoint())
            inner.cancel();
    };
    connect(&inner, &Job::progressChanged, this, forward, Qt::DirectConnection);
    connect(
        &inner, &Job::logMessage, this,
        [this, forward](const QString& line) {
            log(line);
            forward();
        },
        Qt::DirectConnection);
    const Status status = JobRunner::runBlocking(inner);
    {
        QMutexLocker lock(&m_mutex);
        m_outcome.definitions = inner.report();
    }
    if (status)
        log(outcome().verificationText());
    return status;
}

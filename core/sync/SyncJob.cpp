#include "SyncJob.h"

#include "BackupCatalog.h"
#include "ConflictStore.h"
#include "compare/ChecksumQuery.h"
#include "compare/MetaReader.h"
#include "compare/TableMatcher.h"
#include "db/Connection.h"
#include "jobs/JobRunner.h"
#include "store/AppStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace {

const QString MetaOptions = QStringLiteral("sync_options");
const QString MetaCompareOptions = QStringLiteral("sync_compare_options");
const QString MetaBackupId = QStringLiteral("sync_backup_id");
const QString MetaSource = QStringLiteral("sync_source");
const QString MetaTarget = QStringLiteral("sync_target");
const QString MetaTables = QStringLiteral("sync_tables");
const QString MetaConfirmed = QStringLiteral("sync_confirmed_at");
const QString MetaFinished = QStringLiteral("sync_finished_at");

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// Whether the sync may copy this table from a stream instead of comparing it, if it turns out to
/// be empty on the target: a key, every target column compared, nothing converted.
bool streamable(const TablePlan& p, const DatabaseMeta& target)
{
    if (p.presence != TablePlan::Presence::Both || !p.skipReason.isEmpty() || !p.hasKey())
        return false;
    if (!p.onlyInTarget.isEmpty() || !p.ignored.isEmpty())
        return false;
    const TableMeta* t = target.table(p.targetTable, Qt::CaseSensitive);
    if (!t || t->columns.size() != p.columns.size())
        return false;
    for (const PlanColumn& c : p.columns) {
        if (c.convertCharset || c.jsonSemantic)
            return false;
    }
    return true;
}

} // namespace

SyncJob::SyncJob(SyncRequest request, QObject* parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

SyncJob::~SyncJob() = default;

SyncReport SyncJob::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

QString SyncJob::diffStorePath(const QString& runId)
{
    return DiffStore::defaultFolder(runId) + QLatin1Char('/') + QLatin1String(DiffStore::FileName);
}

QString SyncJob::exactPattern(const QString& database, const QString& table)
{
    QString out;
    for (const QChar c : database + QLatin1Char('.') + table) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            out += QLatin1Char('[') + c + QLatin1Char(']');
        else
            out += c;
    }
    return out;
}

QJsonObject SyncJob::compareOptionsToJson(const CompareOptions& o)
{
    QJsonObject keys;
    for (auto it = o.keys.cbegin(); it != o.keys.cend(); ++it)
        keys.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject {
        {QStringLiteral("tables"), QJsonArray::fromStringList(o.tables)},
        {QStringLiteral("exclude"), QJsonArray::fromStringList(o.exclude)},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("where"), o.where},
        {QStringLiteral("ignore_columns"), QJsonArray::fromStringList(o.ignoreColumns)},
        {QStringLiteral("parallel"), o.parallel},
        {QStringLiteral("max_load_variable"), o.maxLoadVariable},
        {QStringLiteral("max_load_value"), o.maxLoadValue},
        {QStringLiteral("chunk_seconds"), o.chunkSeconds},
    };
}

CompareOptions SyncJob::compareOptionsFromJson(const QJsonObject& j)
{
    auto strings = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue x : v.toArray())
            out.append(x.toString());
        return out;
    };
    CompareOptions o;
    o.tables = strings(j.value(QStringLiteral("tables")));
    o.exclude = strings(j.value(QStringLiteral("exclude")));
    const QJsonObject keys = j.value(QStringLiteral("keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it)
        o.keys.insert(it.key(), strings(it.value()));
    o.where = j.value(QStringLiteral("where")).toString();
    o.ignoreColumns = strings(j.value(QStringLiteral("ignore_columns")));
    o.parallel = j.value(QStringLiteral("parallel")).toInt(1);
    o.maxLoadVariable = j.value(QStringLiteral("max_load_variable")).toString();
    o.maxLoadValue = j.value(QStringLiteral("max_load_value")).toInteger();
    o.chunkSeconds = j.value(QStringLiteral("chunk_seconds")).toDouble(0.5);
    return o;
}

Status SyncJob::prepareNew(QStringList* exclude)
{
    m_streamed.clear();
    const SyncOptions& so = m_request.sync;
    // Only a policy that writes inserts as the source has them can skip the compare of a table.
    if (!so.bulk || so.policy.onlyInSource() != ConflictPolicy::Verdict::Write)
        return {};
    setPhase(tr("Looking for empty target tables"));
    Result<std::unique_ptr<Connection>> src = Connection::open(m_request.source);
    if (!src)
        return src.error();
    Result<std::unique_ptr<Connection>> dst = Connection::open(m_request.target);
    if (!dst)
        return dst.error();
    Result<DatabaseMeta> ms = MetaReader::read(**src, m_request.source.database);
    if (!ms)
        return ms.error();
    Result<DatabaseMeta> mt = MetaReader::read(**dst, m_request.target.database);
    if (!mt)
        return mt.error();
    const QList<TablePlan> plans = TableMatcher::match(*ms, *mt, m_request.compare);
    const QString where = m_request.compare.where.trimmed();
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(where);
    for (const TablePlan& p : plans) {
        if (!streamable(p, *mt))
            continue;
        auto empty = [&](Connection& c, const QString& table) -> Result<bool> {
            Result<QueryResult> r = c.query(QStringLiteral("SELECT 1 FROM %1%2 LIMIT 1").arg(table, filter).toUtf8());
            if (!r)
                return r.error();
            return r->rows.isEmpty();
        };
        Result<bool> targetEmpty = empty(**dst, Sql::qualified(p.targetDatabase, p.targetTable));
        if (!targetEmpty)
            return targetEmpty.error();
        if (!*targetEmpty)
            continue;
        Result<bool> sourceEmpty = empty(**src, Sql::qualified(p.sourceDatabase, p.sourceTable));
        if (!sourceEmpty)
            return sourceEmpty.error();
        if (*sourceEmpty)
            continue;
        const TableMeta* meta = ms->table(p.sourceTable, Qt::CaseSensitive);
        m_streamed.append({p, meta ? qMax<qint64>(1, meta->estimatedRows) : 1});
        exclude->append(exactPattern(p.sourceDatabase, p.sourceTable));
        log(tr("%1 is empty on the target: it is copied from the source without a row compare.").arg(p.displayName()));
    }
    return {};
}

Status SyncJob::runCompare(const QStringList& exclude)
{
    setPhase(tr("Comparing rows"));
    CompareOptions options = m_request.compare;
    options.exclude += exclude;
    options.jsonSemantic = false; // a sync writes bytes: it compares them
    options.diffFolder.clear();
    CompareJob compare(m_request.source, m_request.target, options);
    qint64 seen = 0;
    connect(&compare, &Job::logMessage, this, [this](const QString& line) { log(line); }, Qt::DirectConnection);
    connect(&compare, &Job::progressChanged, this, [this, &compare, &seen]() {
        const JobProgress p = compare.progress();
        if (p.rowsDone > seen) {
            addWork(p.rowsDone - seen, 0);
            seen = p.rowsDone;
        }
        setItems(p.items);
        if (isCancelled())
            compare.cancel();
    }, Qt::DirectConnection);
    const Status status = JobRunner::runBlocking(compare);
    CompareSummary summary = compare.summary();
    if (!m_streamed.isEmpty())
        summary.warnings.removeIf([](const QString& w) { return w.startsWith(QLatin1String("no table to compare")); });
    {
        QMutexLocker lock(&m_mutex);
        m_report.compare = summary;
        m_report.runId = summary.runId;
        m_report.diffStorePath = summary.diffStorePath;
    }
    if (!status)
        return status;
    if (summary.erroredTables() > 0) {
        QStringList failed;
        for (const DiffTableInfo& t : summary.tables) {
            if (t.status == QLatin1String("error"))
                failed << t.name + QStringLiteral(": ") + t.reason;
        }
        Error e = Error::make(tr("The compare failed for %n table(s), so nothing was synced: %1", nullptr, int(failed.size()))
                                  .arg(failed.join(QStringLiteral("; "))),
                              tr("Fix the cause, or leave those tables out with --exclude."));
        e.code = QStringLiteral("compare-failed");
        return e;
    }
    return {};
}

Status SyncJob::addStreamedTables()
{
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(m_report.diffStorePath);
    if (!store)
        return store.error();
    QList<DiffTableInfo> added;
    for (const Streamed& s : m_streamed) {
        const TablePlan& p = s.plan;
        DiffTableInfo info;
        info.name = p.displayName();
        info.sourceDatabase = p.sourceDatabase;
        info.sourceTable = p.sourceTable;
        info.targetDatabase = p.targetDatabase;
        info.targetTable = p.targetTable;
        info.status = QStringLiteral("different");
        info.reason = tr("empty on the target: copied from the source without a row compare");
        info.keyColumns = p.keyNames();
        info.updatable = p.updatable();
        info.sourceRows = s.estimatedRows;
        info.onlyInSource = s.estimatedRows;
        QStringList select;
        const ChecksumQuery query(p, ChecksumQuery::Side::Source, HashFlavor::Md5);
        for (int c = 0; c < p.columns.size(); ++c) {
            const PlanColumn& col = p.columns.at(c);
            const Sql::LiteralKind kind = col.literalKind();
            info.columns.append(DiffColumn {col.name, col.source.columnType,
                                            kind == Sql::LiteralKind::Numeric  ? QStringLiteral("numeric")
                                                : kind == Sql::LiteralKind::Binary ? QStringLiteral("binary")
                                                                                   : QStringLiteral("text"),
                                            QString::fromLatin1(col.literalCharset())});
            select << query.image(c);
        }
        if (Status st = (*store)->addTable(info); !st)
            return st;
        if (Status st = (*store)->updateTable(info); !st)
            return st;
        const QString where = m_request.compare.where.trimmed();
        const QString sql = QStringLiteral("SELECT %1 FROM %2%3")
                                .arg(select.join(QStringLiteral(", ")), Sql::qualified(p.sourceDatabase, p.sourceTable),
                                     where.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(where));
        const QJsonObject meta {{QStringLiteral("sql"), sql},
                                {QStringLiteral("columns"), QJsonArray::fromStringList(p.columnNames())}};
        if (Status st = (*store)->setMeta(SyncPlanner::streamMetaKey(info.id), json(meta)); !st)
            return st;
        added.append(info);
    }
    QMutexLocker lock(&m_mutex);
    m_report.compare.tables += added;
    std::sort(m_report.compare.tables.begin(), m_report.compare.tables.end(),
              [](const DiffTableInfo& a, const DiffTableInfo& b) { return a.name < b.name; });
    return {};
}

Status SyncJob::loadRun()
{
    const QString path = diffStorePath(m_request.resumeRunId);
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(path);
    if (!store) {
        Error e = store.error();
        e.hint = tr("There is no sync run %1 on this machine; list the backup points with syncstudio-cli backups list.")
                     .arg(m_request.resumeRunId);
        return e;
    }
    Result<QString> options = (*store)->meta(MetaOptions);
    if (!options) {
        return Error::make(tr("Run %1 is a compare, not a sync: there is nothing to resume.").arg(m_request.resumeRunId),
                           tr("Start a new sync."));
    }
    m_request.sync = SyncOptions::fromJson(object(*options));
    if (Result<QString> c = (*store)->meta(MetaCompareOptions); c)
        m_request.compare = compareOptionsFromJson(object(*c));
    Result<QList<DiffTableInfo>> tables = (*store)->tables();
    if (!tables)
        return tables.error();
    QMutexLocker lock(&m_mutex);
    m_report.runId = m_request.resumeRunId;
    m_report.diffStorePath = path;
    m_report.resumed = true;
    m_report.compare.runId = m_report.runId;
    m_report.compare.diffStorePath = path;
    m_report.compare.source = (*store)->meta(QStringLiteral("source")).valueOr(QString());
    m_report.compare.target = (*store)->meta(QStringLiteral("target")).valueOr(QString());
    m_report.compare.tables = *tables;
    m_report.backupId = (*store)->meta(MetaBackupId).valueOr(QString());
    return {};
}

Status SyncJob::loadCompare()
{
    const QString path = diffStorePath(m_request.compareRunId);
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(path);
    if (!store)
        return store.error();
    // A run whose plan was only looked at (declined, or stopped before the question) may be
    // synced again, with other options; one that was confirmed may only be resumed.
    const bool synced = !(*store)->meta(MetaConfirmed).valueOr(QString()).isEmpty()
        || !(*store)->meta(MetaBackupId).valueOr(QString()).isEmpty()
        || !(*store)->meta(MetaFinished).valueOr(QString()).isEmpty();
    if (synced) {
        return Error::make(tr("Run %1 has already been synced.").arg(m_request.compareRunId),
                           tr("Resume it with --resume, or compare again."));
    }
    Result<QList<DiffTableInfo>> tables = (*store)->tables();
    if (!tables)
        return tables.error();
    QMutexLocker lock(&m_mutex);
    m_report.runId = m_request.compareRunId;
    m_report.diffStorePath = path;
    m_report.compare.runId = m_report.runId;
    m_report.compare.diffStorePath = path;
    m_report.compare.source = (*store)->meta(QStringLiteral("source")).valueOr(QString());
    m_report.compare.target = (*store)->meta(QStringLiteral("target")).valueOr(QString());
    m_report.compare.tables = *tables;
    return {};
}

Status SyncJob::run()
{
    QElapsedTimer clock;
    clock.start();
    {
        QMutexLocker lock(&m_mutex);
        m_report = SyncReport();
        m_report.dryRun = m_request.dryRun != nullptr;
    }
    if (!m_request.resumeRunId.isEmpty()) {
        if (Status s = loadRun(); !s)
            return s;
    } else {
        if (!m_request.compareRunId.isEmpty()) {
            if (Status s = loadCompare(); !s)
                return s;
        } else {
            QStringList exclude;
            if (Status s = prepareNew(&exclude); !s)
                return s;
            if (Status s = runCompare(exclude); !s)
                return s;
            if (isCancelled())
                return cancelledError();
            if (Status s = addStreamedTables(); !s)
                return s;
        }
        Result<std::unique_ptr<DiffStore>> store = DiffStore::open(m_report.diffStorePath);
        if (!store)
            return store.error();
        // What --resume and verify --run need; a dry run leaves the compare as it was.
        QList<std::pair<QString, QString>> meta;
        if (!m_request.dryRun) {
            meta = {{MetaOptions, json(m_request.sync.toJson())},
                    {MetaCompareOptions, json(compareOptionsToJson(m_request.compare))},
                    {MetaSource, m_request.sourceText},
                    {MetaTarget, m_request.targetText}};
        }
        for (const auto& [key, value] : meta) {
            if (Status s = (*store)->setMeta(key, value); !s)
                return s;
        }
    }

    setPhase(tr("Planning"));
    Result<std::unique_ptr<Connection>> target = Connection::open(m_request.target);
    if (!target)
        return target.error();
    QList<StoredConflict> held;
    Result<SyncPlanner::Plan> plan = SyncPlanner::build(m_report.diffStorePath, **target, m_request.source, m_request.sync,
                                                        [&held](StoredConflict&& c) -> Status {
                                                            held.append(std::move(c));
                                                            return {};
                                                        });
    target->reset();
    if (!plan)
        return plan.error();
    {
        QMutexLocker lock(&m_mutex);
        m_report.plan = *plan;
        // The report leaves this thread; the change sources hold connections that must not.
        for (ChangePlan::Table& t : m_report.plan.plan.tables)
            t.changes.reset();
        m_report.policyConflicts = plan->policyConflicts;
        m_report.warnings = m_report.compare.warnings + plan->warnings;
    }
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(m_report.diffStorePath);
    if (!store)
        return store.error();
    QJsonArray touched;
    for (const SyncPlanner::TableInfo& t : plan->tables) {
        if (t.planIndex >= 0 || t.conflicts > 0)
            touched.append(t.name);
    }
    if (!m_request.dryRun) {
        if (Status s = (*store)->setMeta(MetaTables, QString::fromUtf8(QJsonDocument(touched).toJson(QJsonDocument::Compact))); !s)
            return s;
    }

    Applier::Options o = m_request.apply;
    o.kind = QStringLiteral("sync");
    o.source = m_request.sourceText;
    o.target = m_request.targetText;
    o.maxConflictsKept = 1000000;
    o.dryRunScript = m_request.dryRun;
    o.cancelled = [this] { return isCancelled(); };
    o.log = [this](const QString& line) { log(line); };
    qint64 reported = 0;
    // Per-table progress: the Applier counts rows over the whole run, so each step's rows go to the
    // table of the batch that reported them.
    QHash<QString, qint64> tableLeft;
    o.progress = [this, &reported, &tableLeft](const Applier::Progress& p) {
        setItem(p.table);
        if (p.rowsDone > reported) {
            addWork(p.rowsDone - reported, 0);
            addItemWork(p.table, p.rowsDone - reported);
            auto left = tableLeft.find(p.table);
            if (left != tableLeft.end()) {
                *left -= p.rowsDone - reported;
                if (*left <= 0) {
                    tableLeft.erase(left);
                    itemFinished(p.table);
                }
            }
            reported = p.rowsDone;
        }
    };
    DiffStore* diff = store->get();
    o.started = [this, diff](const QString& id) {
        (void)diff->setMeta(MetaBackupId, id);
        QMutexLocker lock(&m_mutex);
        m_report.backupId = id;
    };

    if (m_request.dryRun) {
        setPhase(tr("Writing the SQL"));
        Result<std::unique_ptr<AppStore>> appStore = AppStore::open(m_request.appStorePath);
        if (!appStore)
            return appStore.error();
        BackupCatalog catalog(**appStore);
        Applier applier(m_request.target, catalog, o);
        Result<Applier::Outcome> applied = applier.run(plan.value().plan);
        if (!applied)
            return applied.error();
        QMutexLocker lock(&m_mutex);
        m_report.applied = *applied;
        m_report.seconds = clock.elapsed() / 1000.0;
        return {};
    }

    if (m_request.confirm && !m_request.confirm(*plan)) {
        QMutexLocker lock(&m_mutex);
        m_report.seconds = clock.elapsed() / 1000.0;
        return {};
    }
    if (Status s = (*store)->setMeta(MetaConfirmed, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)); !s)
        return s;
    {
        QMutexLocker lock(&m_mutex);
        m_report.confirmed = true;
    }

    setPhase(tr("Writing"));
    setTotals(plan->writes(), int(plan->plan.tables.size()));
    setItems({});
    for (const SyncPlanner::TableInfo& t : plan->tables) {
        if (t.planIndex < 0)
            continue;
        const QString name = plan->plan.tables.at(t.planIndex).table.displayName();
        const qint64 writes = t.inserts + t.updates + t.deletes;
        addItem(name, writes);
        tableLeft.insert(name, writes);
    }
    Result<std::unique_ptr<AppStore>> appStore = AppStore::open(m_request.appStorePath);
    if (!appStore)
        return appStore.error();
    BackupCatalog catalog(**appStore);
    ConflictStore conflicts(**appStore);
    auto recordHeld = [&]() -> Status {
        for (StoredConflict& c : held) {
            c.runId = m_report.runId;
            c.source = m_request.sourceText;
            c.target = m_request.targetText;
            if (Status s = conflicts.record(c); !s)
                return s;
        }
        held.clear();
        return {};
    };
    if (Status s = recordHeld(); !s)
        return s;

    Applier applier(m_request.target, catalog, o);
    Result<Applier::Outcome> applied = Applier::Outcome();
    const QString backupId = report().backupId;
    bool resume = false;
    if (m_report.resumed && !backupId.isEmpty()) {
        Result<BackupInfo> info = catalog.get(backupId);
        resume = info && info->state == BackupInfo::State::Partial;
        if (info && info->state != BackupInfo::State::Partial)
            log(tr("Run %1 had finished writing (backup point %2); planning what is left.").arg(m_report.runId, backupId));
    }
    if (plan->writes() > 0 || resume)
        applied = resume ? applier.resume(backupId, plan.value().plan) : applier.run(plan.value().plan);
    if (!applied)
        return applied.error();
    if (!applied->cancelled) {
        for (auto left = tableLeft.cbegin(); left != tableLeft.cend(); ++left)
            itemFinished(left.key());
    }
    {
        QMutexLocker lock(&m_mutex);
        m_report.applied = *applied;
        if (!applied->runId.isEmpty())
            m_report.backupId = applied->runId;
    }

    // The rows the guard held back, with the images to decide on.
    for (const Conflict& c : applied->conflicts) {
        const SyncTable* table = nullptr;
        for (const ChangePlan::Table& t : plan->plan.tables) {
            if (t.table.database == c.database && t.table.table == c.table)
                table = &t.table;
        }
        if (!table)
            continue;
        StoredConflict sc = StoredConflict::fromConflict(c, *table);
        sc.runId = m_report.runId;
        sc.backupId = m_report.backupId;
        sc.source = m_request.sourceText;
        sc.target = m_request.targetText;
        if (Status s = conflicts.record(sc); !s)
            return s;
    }

    // Streamed tables: their counts are known now.
    for (const SyncPlanner::TableInfo& t : plan->tables) {
        if (!t.streamed || t.planIndex < 0)
            continue;
        Result<DiffTableInfo> info = (*store)->table(t.tableId);
        if (!info)
            continue;
        const qint64 inserted = applied->tables.value(t.planIndex).inserted;
        info->sourceRows = info->onlyInSource = inserted;
        (void)(*store)->updateTable(*info);
        QMutexLocker lock(&m_mutex);
        for (DiffTableInfo& d : m_report.compare.tables) {
            if (d.id == info->id) {
                d.sourceRows = d.onlyInSource = inserted;
            }
        }
        for (SyncPlanner::TableInfo& ti : m_report.plan.tables) {
            if (ti.tableId == t.tableId)
                ti.inserts = inserted;
        }
    }
    (void)(*store)->setMeta(MetaFinished, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    {
        QMutexLocker lock(&m_mutex);
        m_report.seconds = clock.elapsed() / 1000.0;
    }
    setPhase(tr("Done"));
    if (applied->cancelled)
        return cancelledError();
    return {};
}

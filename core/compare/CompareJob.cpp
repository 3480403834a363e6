#include "CompareJob.h"

#include "MetaReader.h"
#include "ServerLane.h"
#include "TableMatcher.h"
#include "db/Connection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace {

struct HashSupport
{
    bool crcVar = false;
    bool crcTwice = false;
    bool md5 = false;
};

bool selfTest(Connection& c, HashFlavor flavor)
{
    Result<QueryResult> r = c.query(ChecksumQuery::selfTestSql(flavor).toUtf8());
    if (!r)
        return false;
    const QList<Row> expected = ChecksumQuery::selfTestExpected(flavor);
    if (r->rows.size() != expected.size())
        return false;
    for (int i = 0; i < expected.size(); ++i) {
        if (r->rows.at(i).mid(1) != expected.at(i))
            return false;
    }
    return true;
}

/// Which row hash a server computes as the client does. The user-variable form is the fast one;
/// it relies on the server evaluating CRC32(@v := x) before CRC32C(@v), which the test checks.
HashSupport probe(Connection& c)
{
    HashSupport s;
    s.crcVar = selfTest(c, HashFlavor::Crc64Var);
    s.crcTwice = s.crcVar || selfTest(c, HashFlavor::Crc64Twice);
    return s;
}

} // namespace

int CompareSummary::differentTables() const
{
    int n = 0;
    for (const DiffTableInfo& t : tables)
        n += t.status == QLatin1String("different") || t.status == QLatin1String("skipped");
    return n;
}

int CompareSummary::erroredTables() const
{
    int n = 0;
    for (const DiffTableInfo& t : tables)
        n += t.status == QLatin1String("error");
    return n;
}

qint64 CompareSummary::onlyInSource() const
{
    qint64 n = 0;
    for (const DiffTableInfo& t : tables)
        n += t.onlyInSource;
    return n;
}

qint64 CompareSummary::onlyInTarget() const
{
    qint64 n = 0;
    for (const DiffTableInfo& t : tables)
        n += t.onlyInTarget;
    return n;
}

qint64 CompareSummary::different() const
{
    qint64 n = 0;
    for (const DiffTableInfo& t : tables)
        n += t.different;
    return n;
}

bool CompareSummary::identical() const
{
    return differentTables() == 0 && erroredTables() == 0;
}

CompareJob::CompareJob(const ConnectionSettings& source, const ConnectionSettings& target,
                       const CompareOptions& options, QObject* parent)
    : Job(parent)
    , m_sourceSettings(source)
    , m_targetSettings(target)
    , m_options(options)
{
    m_tuning.chunkSeconds = options.chunkSeconds > 0 ? options.chunkSeconds : 0.5;
    m_tuning.where = options.where;
    m_tuning.maxLoadVariable = options.maxLoadVariable;
    m_tuning.maxLoadValue = options.maxLoadValue;
}

CompareSummary CompareJob::summary() const
{
    QMutexLocker lock(&m_mutex);
    return m_summary;
}

Status CompareJob::prepare()
{
    if (m_sourceSettings.database.isEmpty() || m_targetSettings.database.isEmpty()) {
        return Error::make(tr("Both endpoints must name a database."),
                           tr("Give it as profile/database (prod/shop) or in the URL path (mysql://host/shop)."));
    }
    setPhase(tr("Connecting"));
    // Both servers are probed and read at the same time, each on a connection of its own thread.
    ServerLane sourceLane(m_sourceSettings);
    ServerLane targetLane(m_targetSettings);
    if (Status s = sourceLane.open(); !s)
        return s;
    if (Status s = targetLane.open(); !s)
        return s;
    struct Inspection
    {
        HashSupport hash;
        Result<DatabaseMeta> meta;
    };
    const bool json = m_options.jsonSemantic;
    auto inspect = [json](const QString& database) {
        return [database, json](Connection& c) {
            HashSupport h = probe(c);
            h.md5 = selfTest(c, HashFlavor::Md5);
            return Inspection {h, MetaReader::read(c, database, json)};
        };
    };
    std::future<Inspection> fs = sourceLane.submit(inspect(m_sourceSettings.database));
    std::future<Inspection> ft = targetLane.submit(inspect(m_targetSettings.database));
    setPhase(tr("Reading the schema"));
    Inspection is = fs.get();
    Inspection it = ft.get();

    // Both sides must compute the same hash; each may use its own (equal-valued) way to do it.
    const HashSupport& hs = is.hash;
    const HashSupport& ht = it.hash;
    if (hs.crcTwice && ht.crcTwice) {
        m_sourceFlavor = hs.crcVar ? HashFlavor::Crc64Var : HashFlavor::Crc64Twice;
        m_targetFlavor = ht.crcVar ? HashFlavor::Crc64Var : HashFlavor::Crc64Twice;
    } else if (hs.md5 && ht.md5) {
        m_sourceFlavor = m_targetFlavor = HashFlavor::Md5;
        log(tr("One server has no CRC32C(): row hashes use MD5, which is slower."));
    } else {
        return Error::make(tr("The servers do not compute row hashes the same way (CRC32/CRC32C or MD5)."),
                           tr("Compare needs MariaDB 10.8 or later, or MySQL 5.7 or later, on both sides."));
    }
    Result<DatabaseMeta>& ms = is.meta;
    Result<DatabaseMeta>& mt = it.meta;
    if (!ms)
        return ms.error();
    if (!mt)
        return mt.error();
    m_tuning.maxStatementBytes = qMax<qint64>(64 * 1024, qMin(ms->maxAllowedPacket, mt->maxAllowedPacket) / 2);
    QStringList warnings;
    m_plans = TableMatcher::match(*ms, *mt, m_options, &warnings);
    for (const QString& key : m_options.keys.keys()) {
        bool used = false;
        for (const TablePlan& p : m_plans)
            used = used || p.sourceTable == key || p.displayName() == key;
        if (!used)
            warnings.append(tr("--key %1 names no compared table").arg(key));
    }
    if (m_plans.isEmpty())
        warnings.append(tr("no table to compare (check --tables and --exclude)"));
    for (const QString& w : warnings)
        log(w);

    const QString runId = DiffStore::newRunId();
    const QString folder = m_options.diffFolder.isEmpty() ? DiffStore::defaultFolder(runId) : m_options.diffFolder;
    Result<std::unique_ptr<DiffStore>> store = DiffStore::create(folder, runId);
    if (!store)
        return store.error();
    const QString source = m_sourceSettings.displayName() + QLatin1Char('/') + m_sourceSettings.database;
    const QString target = m_targetSettings.displayName() + QLatin1Char('/') + m_targetSettings.database;
    const QJsonObject options {
        {QStringLiteral("tables"), m_options.tables.join(QLatin1Char(','))},
        {QStringLiteral("exclude"), m_options.exclude.join(QLatin1Char(','))},
        {QStringLiteral("where"), m_options.where},
        {QStringLiteral("ignore_columns"), m_options.ignoreColumns.join(QLatin1Char(','))},
        {QStringLiteral("json_semantic"), m_options.jsonSemantic},
    };
    for (const auto& [key, value] : {std::pair {QStringLiteral("source"), source},
                                     std::pair {QStringLiteral("target"), target},
                                     std::pair {QStringLiteral("source_database"), m_sourceSettings.database},
                                     std::pair {QStringLiteral("target_database"), m_targetSettings.database},
                                     std::pair {QStringLiteral("started_at"),
                                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                     std::pair {QStringLiteral("options"),
                                                QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact))}}) {
        if (Status st = (*store)->setMeta(key, value); !st)
            return st;
    }
    qint64 estimate = 0;
    m_tableIds.clear();
    QList<DiffTableInfo> infos;
    for (const TablePlan& p : m_plans) {
        DiffTableInfo info;
        info.name = p.displayName();
        info.sourceDatabase = p.sourceDatabase;
        info.sourceTable = p.sourceTable;
        info.targetDatabase = p.targetDatabase;
        info.targetTable = p.targetTable;
        info.status = QStringLiteral("pending");
        info.keyColumns = p.keyNames();
        info.updatable = p.updatable();
        if (Status st = (*store)->addTable(info); !st)
            return st;
        m_tableIds.append(info.id);
        infos.append(info);
        estimate += p.estimatedRows;
        addItem(p.displayName(), p.estimatedRows > 0 ? p.estimatedRows : -1);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_summary.runId = runId;
        m_summary.diffStorePath = (*store)->path();
        m_summary.source = source;
        m_summary.target = target;
        m_summary.warnings = warnings;
        m_summary.tables = infos;
    }
    setTotals(estimate, int(m_plans.size()));
    return {};
}

Status CompareJob::run()
{
    QElapsedTimer clock;
    clock.start();
    if (Status s = prepare(); !s)
        return s;
    setPhase(tr("Comparing rows"));
    const QString storePath = summary().diffStorePath;
    const int workers = qBound(1, m_options.parallel, qMax(1, int(m_plans.size())));
    std::atomic<int> next {0};
    std::atomic_bool cancelled {false};

    auto worker = [&]() {
        Result<std::unique_ptr<DiffStore>> store = DiffStore::open(storePath);
        std::unique_ptr<ServerLane> source, target;
        for (;;) {
            const int i = next++;
            if (i >= m_plans.size())
                break;
            const TablePlan& plan = m_plans.at(i);
            DiffTableInfo info;
            if (cancelled || isCancelled() || !store) {
                info.status = cancelled || isCancelled() ? QStringLiteral("skipped") : QStringLiteral("error");
                info.reason = store ? tr("cancelled before this table") : store.error().toString();
            } else {
                // Lanes are opened once per worker and again after a failure (a lost connection).
                Status opened;
                if (!source || !target) {
                    source = std::make_unique<ServerLane>(m_sourceSettings);
                    target = std::make_unique<ServerLane>(m_targetSettings);
                    opened = source->open();
                    if (opened) {
                        Status t = target->open();
                        if (!t)
                            opened = t;
                    }
                }
                if (!opened) {
                    info.status = QStringLiteral("error");
                    info.reason = opened.error().toString();
                    itemFinished(plan.displayName(), false);
                    source.reset();
                    target.reset();
                } else {
                    QString running;
                    {
                        QMutexLocker lock(&m_mutex);
                        m_running.append(plan.displayName());
                        running = m_running.join(QStringLiteral(", "));
                    }
                    setItem(running);
                    CompareHooks hooks;
                    hooks.checkpoint = [this] { return checkpoint(); };
                    const QString itemName = plan.displayName();
                    hooks.progress = [this, itemName](qint64 rows, qint64 bytes) {
                        addWork(rows, bytes);
                        addItemWork(itemName, rows);
                    };
                    hooks.log = [this](const QString& line) { log(line); };
                    TableComparer comparer(plan, *source, *target, **store, m_tableIds.at(i), m_sourceFlavor,
                                           m_targetFlavor, m_tuning, hooks);
                    bool wasCancelled = false;
                    info = comparer.run(&wasCancelled);
                    if (wasCancelled)
                        cancelled = true;
                    else
                        itemFinished(itemName, info.status != QLatin1String("error"));
                    if (info.status == QLatin1String("error")) {
                        source.reset();
                        target.reset();
                    }
                    {
                        QMutexLocker lock(&m_mutex);
                        m_running.removeOne(plan.displayName());
                    }
                    const TableComparer::Stats& st = comparer.stats();
                    log(tr("%1: %2 in %3 s (checksums %4 s, folds %5 s, streams %6 s, fetches %7 s, boundaries %8 s; "
                           "%9 chunks, %10 of %11 segments differed, %12 ranges folded, %13 rows streamed)")
                            .arg(plan.displayName(), DiffStore::statusWord(info.status))
                            .arg(info.seconds, 0, 'f', 2)
                            .arg(st.checksumSeconds, 0, 'f', 2)
                            .arg(st.foldSeconds, 0, 'f', 2)
                            .arg(st.streamSeconds, 0, 'f', 2)
                            .arg(st.fetchSeconds, 0, 'f', 2)
                            .arg(st.boundarySeconds, 0, 'f', 2)
                            .arg(st.batches)
                            .arg(st.differingSegments)
                            .arg(st.segments)
                            .arg(st.foldedRanges)
                            .arg(st.streamedRows));
                }
            }
            if (info.name.isEmpty()) {
                info.id = m_tableIds.at(i);
                info.name = plan.displayName();
                info.sourceDatabase = plan.sourceDatabase;
                info.sourceTable = plan.sourceTable;
                info.targetDatabase = plan.targetDatabase;
                info.targetTable = plan.targetTable;
                info.keyColumns = plan.keyNames();
                if (store)
                    (void)(*store)->updateTable(info);
            }
            {
                QMutexLocker lock(&m_mutex);
                m_summary.tables[i] = info;
            }
            itemDone();
        }
    };

    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    QList<QFuture<void>> futures;
    for (int w = 0; w < workers; ++w)
        futures.append(QtConcurrent::run(&pool, worker));
    for (QFuture<void>& f : futures)
        f.waitForFinished();

    {
        QMutexLocker lock(&m_mutex);
        m_summary.seconds = clock.elapsed() / 1000.0;
    }
    if (Result<std::unique_ptr<DiffStore>> store = DiffStore::open(storePath); store) {
        (void)(*store)->setMeta(QStringLiteral("finished_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        (void)(*store)->setMeta(QStringLiteral("seconds"), QString::number(summary().seconds, 'f', 3));
    }
    setPhase(tr("Done"));
    if (cancelled || isCancelled())
        return cancelledError();
    return {};
}

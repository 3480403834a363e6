#include "TableComparer.h"

#include "RowBatchQueue.h"
#include "ServerLane.h"
#include "jobs/Job.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtEndian>

#include <cmath>
#include <deque>

namespace {

__extension__ typedef __int128 Int128;

/// Segments checked before dense drift may be declared: one early difference is not a trend.
constexpr double MinSegmentsToJudge = 6;
/// Checksum batches queued on the lanes at once: two until the differences are known to be sparse
/// (dense drift is streamed instead, and every batch queued before that is read twice), then three.
constexpr size_t PipelineDepth = 2;
constexpr size_t SparsePipelineDepth = 3;
/// Folding pays off while a group of 2^n rows is unlikely to hold a difference: up to this many
/// differences per row (groups of 16 then), beyond it every row's hash is streamed.
constexpr double MaxFoldDensity = 1.0 / 320;
/// Groups are sized so that about this share of them holds a difference (and is streamed).
constexpr double FoldDifferingShare = 0.05;
constexpr int MinFoldBits = 4;
constexpr int MaxFoldBits = 12;
/// Ranges per key + hash statement when streaming the differing stretches a fold found.
constexpr int MaxRangesPerStream = 1000;

std::optional<Int128> parseInteger(const Value& v)
{
    if (!v || v->isEmpty())
        return std::nullopt;
    const QByteArray& t = *v;
    qsizetype i = 0;
    bool negative = false;
    if (t[0] == '-' || t[0] == '+') {
        negative = t[0] == '-';
        i = 1;
    }
    if (i >= t.size())
        return std::nullopt;
    Int128 n = 0;
    for (; i < t.size(); ++i) {
        if (t[i] < '0' || t[i] > '9')
            return std::nullopt;
        n = n * 10 + (t[i] - '0');
        if (n > (Int128(1) << 100))
            return std::nullopt;
    }
    return negative ? -n : n;
}

QByteArray integerText(Int128 v)
{
    if (v == 0)
        return QByteArrayLiteral("0");
    const bool negative = v < 0;
    QByteArray digits;
    while (v != 0) {
        const int d = int(v % 10);
        digits.prepend(char('0' + (d < 0 ? -d : d)));
        v /= 10;
    }
    if (negative)
        digits.prepend('-');
    return digits;
}

KeyRange closedRange(Int128 a, Int128 b)
{
    KeyRange r;
    r.lower = KeyBound {Row {integerText(a)}, true};
    r.upper = KeyBound {Row {integerText(b)}, true};
    return r;
}

Error poisonError()
{
    Error e = Error::make(QCoreApplication::translate("TableComparer", "A row is too long to hash in one piece."));
    e.code = QStringLiteral("poison");
    return e;
}

/// Runs a checksum query. A row whose encoding passed max_allowed_packet is left out of the
/// aggregates, and the server says so with warning 1301: that makes the answer a "poison" error
/// (the caller compares again with large columns hashed one by one). `mayOverflow`: the table has
/// columns long enough for that, so warnings SHOW WARNINGS did not list count as a possible 1301.
Result<QueryResult> checksumQuery(Connection& c, const QByteArray& sql, bool mayOverflow)
{
    Result<QueryResult> r = c.query(sql);
    if (!r || c.warningCount() == 0)
        return r;
    bool truncated = false;
    Result<QList<unsigned>> codes = c.warningCodes(&truncated);
    if (!codes)
        return codes.error();
    if (codes->contains(1301u) || (truncated && mayOverflow))
        return poisonError();
    return r;
}

/// Reads one side's stream into batches: encoded key, row hash, and (full-row streams) the images.
/// Runs on that side's lane thread.
void produce(Connection& c, const QString& sql, const KeyCodec& codec, int keyColumns, bool hashIsKey,
             bool withImages, RowBatchQueue& queue)
{
    Result<RowStream> r = c.stream(sql.toUtf8());
    if (!r) {
        queue.close(r.error());
        return;
    }
    RowStream& s = *r;
    constexpr size_t MaxItems = 4096;
    constexpr qsizetype MaxBytes = 4 * 1024 * 1024;
    auto fresh = [withImages]() {
        RowBatch b;
        b.items.reserve(MaxItems);
        b.bytes.reserve(qsizetype(MaxItems) * 32);
        if (withImages)
            b.images.reserve(MaxItems);
        return b;
    };
    RowBatch batch = fresh();
    qint64 batchBytes = 0;
    const int hashColumn = hashIsKey ? 0 : keyColumns;
    while (s.next()) {
        RowBatch::Item item {};
        item.keyOffset = quint32(batch.bytes.size());
        const QByteArrayView hash = s.value(hashColumn);
        if (s.isNull(hashColumn)) {
            queue.close(poisonError());
            return;
        }
        bool ok = true;
        if (hashIsKey) {
            ok = KeyCodec::encodeInteger(batch.bytes, hash.data(), hash.size());
        } else {
            for (int k = 0; k < keyColumns && ok; ++k) {
                const QByteArrayView v = s.value(k);
                ok = codec.append(batch.bytes, k, v.data(), v.size(), s.isNull(k));
            }
        }
        if (!ok) {
            Error e = Error::make(QCoreApplication::translate("TableComparer",
                                                              "A key value could not be read (NULL or not a number)."),
                                  QCoreApplication::translate("TableComparer",
                                                              "Check the key columns, or choose another key with --key."));
            e.code = QStringLiteral("bad-key");
            queue.close(e);
            return;
        }
        item.keyLength = quint32(batch.bytes.size()) - item.keyOffset;
        item.hashOffset = quint32(batch.bytes.size());
        batch.bytes.append(hash.data(), hash.size());
        item.hashLength = quint32(hash.size());
        batch.items.push_back(item);
        qint64 rowBytes = 0;
        for (int i = 0; i < s.columnCount(); ++i)
            rowBytes += s.value(i).size();
        batch.payloadBytes += rowBytes;
        batchBytes += rowBytes;
        if (withImages) {
            Row image;
            image.reserve(s.columnCount() - hashColumn - 1);
            for (int i = hashColumn + 1; i < s.columnCount(); ++i)
                image.append(s.valueCopy(i));
            batch.images.push_back(std::move(image));
        }
        if (batch.items.size() >= MaxItems || batch.bytes.size() >= MaxBytes || batchBytes >= MaxBytes) {
            if (!queue.push(std::move(batch)))
                return; // the consumer stopped; destroying the stream reads and drops the rest
            batch = fresh();
            batchBytes = 0;
        }
    }
    if (s.error()) {
        queue.close(*s.error());
        return;
    }
    if (!batch.items.empty() && !queue.push(std::move(batch)))
        return;
    queue.close();
}

/// The merge's view of one side's queue.
class QueueInput : public RowDiffer::Input
{
public:
    explicit QueueInput(RowBatchQueue& queue)
        : m_queue(queue)
    {
    }
    bool next(RowDiffer::Entry* e) override
    {
        while (!m_batch || m_index >= m_batch->items.size()) {
            m_batch = m_queue.pop();
            m_index = 0;
            if (!m_batch)
                return false;
            m_bytes += m_batch->payloadBytes;
        }
        e->key = m_batch->key(m_index);
        e->hash = m_batch->hash(m_index);
        e->row = m_batch->images.empty() ? nullptr : &m_batch->images[m_index];
        ++m_index;
        return true;
    }
    qint64 bytes() const { return m_bytes; }

private:
    RowBatchQueue& m_queue;
    std::optional<RowBatch> m_batch;
    size_t m_index = 0;
    qint64 m_bytes = 0;
};

QList<int> differingColumns(const Row& a, const Row& b)
{
    QList<int> columns;
    for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            columns.append(i);
    }
    return columns;
}

} // namespace

/// A fold's state on one side at a group end: the key, and the XOR of the signatures and the count
/// of all rows of the folded range up to and including it.
struct TableComparer::FoldPoint
{
    Int128 key = 0;
    quint64 signature = 0;
    qint64 rows = 0;
};

/// One side's fold of a range: the group ends, then the state after the range's last row.
struct TableComparer::FoldRun
{
    std::optional<Error> error;
    QList<FoldPoint> points;
    FoldPoint end;
    double seconds = 0;
};

/// A range queued for folding on both servers.
struct TableComparer::FoldChunk
{
    Int128 first = 0;
    Int128 last = 0;
    std::future<FoldRun> source;
    std::future<FoldRun> target;
};

namespace {

std::optional<quint64> parseSignature(const Value& v)
{
    // User variables hold the bits as a signed or an unsigned integer, depending on the last XOR.
    if (!v)
        return std::nullopt;
    bool ok = false;
    if (v->startsWith('-')) {
        const qint64 n = v->toLongLong(&ok);
        return ok ? std::optional<quint64>(quint64(n)) : std::nullopt;
    }
    const quint64 n = v->toULongLong(&ok);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

} // namespace

/// Runs a fold (ChecksumQuery::foldStream) on one side's lane. An over-long row (warning 1301)
/// is a "poison" error, as for checksums.
TableComparer::FoldRun TableComparer::runFold(Connection& c, const QByteArray& sql, bool mayOverflow)
{
    QElapsedTimer timer;
    timer.start();
    FoldRun out;
    auto fail = [&out](Error e) {
        out.error = std::move(e);
        return std::move(out);
    };
    if (Status s = c.execute(ChecksumQuery::foldStart().toUtf8()); !s)
        return fail(s.error());
    Result<QueryResult> r = checksumQuery(c, sql, mayOverflow);
    if (!r)
        return fail(r.error());
    Result<QueryResult> end = c.query(ChecksumQuery::foldEnd().toUtf8());
    if (!end)
        return fail(end.error());
    auto point = [](const Row& row, int offset, std::optional<Int128> key) -> std::optional<FoldPoint> {
        const std::optional<quint64> sig = parseSignature(row.value(offset));
        bool ok = false;
        const qint64 rows = row.value(offset + 1).value_or(QByteArray()).toLongLong(&ok);
        if (!key || !sig || !ok)
            return std::nullopt;
        return FoldPoint {*key, *sig, rows};
    };
    const Error unreadable = Error::make(QCoreApplication::translate("TableComparer", "The server returned a fold this version cannot read."),
                                         QCoreApplication::translate("TableComparer", "Report this with the server's version."));
    out.points.reserve(r->rows.size());
    for (const Row& row : r->rows) {
        const std::optional<FoldPoint> p = point(row, 1, parseInteger(row.value(0)));
        if (!p)
            return fail(unreadable);
        out.points.append(*p);
    }
    // A row too long to encode makes the running signature NULL (the warning above says so first).
    if (!end->rows.isEmpty() && !end->rows.first().value(0))
        return fail(poisonError());
    const std::optional<FoldPoint> last = end->rows.isEmpty() ? std::nullopt : point(end->rows.first(), 0, Int128(0));
    if (!last)
        return fail(unreadable);
    out.end = *last;
    out.seconds = timer.elapsed() / 1000.0;
    return out;
}

TableComparer::TableComparer(const TablePlan& plan, ServerLane& source, ServerLane& target, DiffStore& store,
                             qint64 tableId, HashFlavor sourceFlavor, HashFlavor targetFlavor,
                             const CompareTuning& tuning, const CompareHooks& hooks)
    : m_plan(plan)
    , m_source(source)
    , m_target(target)
    , m_store(store)
    , m_tableId(tableId)
    , m_sourceFlavor(sourceFlavor)
    , m_targetFlavor(targetFlavor)
    , m_tuning(tuning)
    , m_hooks(hooks)
{
    rebuildQueries();
}

TableComparer::~TableComparer() = default;

void TableComparer::rebuildQueries()
{
    m_sq = std::make_unique<ChecksumQuery>(m_plan, ChecksumQuery::Side::Source, m_sourceFlavor, m_tuning.where);
    m_tq = std::make_unique<ChecksumQuery>(m_plan, ChecksumQuery::Side::Target, m_targetFlavor, m_tuning.where);
    m_codec = m_plan.keyCodec();
}

void TableComparer::resetCounts()
{
    m_sourceRows = m_targetRows = m_onlyInSource = m_onlyInTarget = m_different = m_identical = 0;
    m_pending.clear();
    m_rows.clear();
    m_lastSortKey.clear();
    m_sortSequence = 0;
    m_streaming = false;
    m_density = -1;
    m_segmentsSeen = m_segmentsDiffering = 0;
    m_rowsChecked = 0;
}

bool TableComparer::checkpoint()
{
    if (m_hooks.checkpoint && !m_hooks.checkpoint()) {
        m_cancelled = true;
        return false;
    }
    return true;
}

Error TableComparer::located(Error e, bool sourceSide) const
{
    if (sourceSide)
        e.at(m_source.settings().displayName(), m_plan.sourceDatabase, m_plan.sourceTable);
    else
        e.at(m_target.settings().displayName(), m_plan.targetDatabase, m_plan.targetTable);
    return e;
}

DiffTableInfo TableComparer::outcome(const QString& status, const QString& reason) const
{
    DiffTableInfo info;
    info.id = m_tableId;
    info.name = m_plan.displayName();
    info.sourceDatabase = m_plan.sourceDatabase;
    info.sourceTable = m_plan.sourceTable;
    info.targetDatabase = m_plan.targetDatabase;
    info.targetTable = m_plan.targetTable;
    info.status = status;
    info.reason = reason;
    info.keyColumns = m_plan.keyNames();
    info.updatable = m_plan.updatable();
    for (int c = 0; c < m_plan.columns.size(); ++c) {
        const PlanColumn& col = m_plan.columns.at(c);
        const Sql::LiteralKind kind = col.literalKind();
        info.columns.append(DiffColumn {col.name, col.source.columnType,
                                        kind == Sql::LiteralKind::Numeric ? QStringLiteral("numeric")
                                            : kind == Sql::LiteralKind::Binary ? QStringLiteral("binary")
                                                                               : QStringLiteral("text"),
                                        QString::fromLatin1(col.literalCharset())});
    }
    info.sourceRows = m_sourceRows;
    info.targetRows = m_targetRows;
    info.onlyInSource = m_onlyInSource;
    info.onlyInTarget = m_onlyInTarget;
    info.different = m_different;
    info.identical = m_identical;
    return info;
}

DiffTableInfo TableComparer::run(bool* cancelled)
{
    QElapsedTimer clock;
    clock.start();
    DiffTableInfo info;
    if (!m_plan.skipReason.isEmpty()) {
        info = outcome(QStringLiteral("skipped"), m_plan.skipReason);
    } else {
        Status s = compareTable();
        // A row longer than max_allowed_packet cannot be encoded in one piece: compare again with
        // large objects hashed on their own.
        if (!s && s.error().code == QLatin1String("poison")) {
            bool any = false;
            for (PlanColumn& c : m_plan.columns) {
                if (c.source.isLob() || c.target.isLob()) {
                    c.hashSeparately = true;
                    any = true;
                }
            }
            if (any) {
                if (m_hooks.log)
                    m_hooks.log(tr("%1: a row exceeds max_allowed_packet when encoded whole; comparing again "
                                   "with large columns hashed one by one")
                                    .arg(m_plan.displayName()));
                m_stats.lobsHashedSeparately = true;
                rebuildQueries();
                resetCounts();
                s = m_store.clearRows(m_tableId);
                if (s)
                    s = compareTable();
            }
        }
        if (s)
            s = flushRows(true);
        QStringList notes = m_plan.notes;
        if (!s) {
            if (s.error().code == QLatin1String("cancelled"))
                m_cancelled = true;
            info = outcome(QStringLiteral("error"), s.error().toString());
        } else {
            const bool differs = m_onlyInSource || m_onlyInTarget || m_different
                || m_plan.presence != TablePlan::Presence::Both;
            info = outcome(differs ? QStringLiteral("different") : QStringLiteral("identical"),
                           notes.join(QStringLiteral("; ")));
        }
    }
    info.seconds = clock.elapsed() / 1000.0;
    if (Status saved = m_store.updateTable(info); !saved && info.status != QLatin1String("error")) {
        info.status = QStringLiteral("error");
        info.reason = saved.error().toString();
    }
    if (cancelled)
        *cancelled = m_cancelled;
    return info;
}

Status TableComparer::compareTable()
{
    // One point in time per side for the whole table. The two snapshots start together; no locks.
    auto snapshot = [](Connection& c) { return c.startConsistentSnapshot(); };
    std::future<Status> sa = m_source.submit(snapshot);
    std::future<Status> sb = m_target.submit(snapshot);
    const Status snapS = sa.get(), snapT = sb.get();
    if (!snapS)
        return located(snapS.error(), true);
    if (!snapT)
        return located(snapT.error(), false);
    Status s;
    if (m_plan.presence != TablePlan::Presence::Both)
        s = compareOneSided();
    else if (!m_plan.hasKey() || !m_plan.rangeable)
        s = compareWhole();
    else if (m_plan.integerRanges)
        s = compareIntegerRanges();
    else
        s = compareGenericRanges();
    auto end = [](Connection& c) { return c.rollback(); };
    std::future<Status> a = m_source.submit(end);
    std::future<Status> b = m_target.submit(end);
    // Ending a read-only transaction cannot lose anything; a failure here shows up on the next use.
    (void)a.get();
    (void)b.get();
    return s;
}

Status TableComparer::compareOneSided()
{
    const bool sourceSide = m_plan.presence == TablePlan::Presence::SourceOnly;
    const QString table = sourceSide ? Sql::qualified(m_plan.sourceDatabase, m_plan.sourceTable)
                                     : Sql::qualified(m_plan.targetDatabase, m_plan.targetTable);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(table);
    if (!m_tuning.where.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE (%1)").arg(m_tuning.where);
    ServerLane& lane = sourceSide ? m_source : m_target;
    Result<Value> n = lane.submit([sql](Connection& c) { return c.scalar(sql.toUtf8()); }).get();
    if (!n)
        return located(n.error(), sourceSide);
    const qint64 rows = n->value_or(QByteArray("0")).toLongLong();
    if (sourceSide) {
        m_sourceRows = m_onlyInSource = rows;
    } else {
        m_targetRows = m_onlyInTarget = rows;
    }
    if (m_hooks.progress)
        m_hooks.progress(sourceSide ? rows : 0, 0);
    return {};
}

Status TableComparer::waitForLoad()
{
    if (m_tuning.maxLoadVariable.isEmpty())
        return {};
    // The name is checked to be a plain identifier (CompareOptions::setMaxLoad); WHERE rather than
    // LIKE so that '_' is not a wildcard.
    const QString sql = QStringLiteral("SHOW GLOBAL STATUS WHERE Variable_name = %1")
                            .arg(QString::fromUtf8(Sql::stringLiteral(m_tuning.maxLoadVariable)));
    bool logged = false;
    for (;;) {
        auto read = [sql](Connection& c) { return c.query(sql.toUtf8()); };
        std::future<Result<QueryResult>> a = m_source.submit(read);
        std::future<Result<QueryResult>> b = m_target.submit(read);
        Result<QueryResult> ra = a.get(), rb = b.get();
        if (!ra)
            return located(ra.error(), true);
        if (!rb)
            return located(rb.error(), false);
        if (ra->rows.isEmpty() || rb->rows.isEmpty()) {
            return Error::make(tr("The server has no status variable %1.").arg(m_tuning.maxLoadVariable),
                               tr("Use a variable of SHOW GLOBAL STATUS, e.g. Threads_running."));
        }
        const qint64 va = ra->text(0, 1).toLongLong(), vb = rb->text(0, 1).toLongLong();
        if (va <= m_tuning.maxLoadValue && vb <= m_tuning.maxLoadValue) {
            if (logged && m_hooks.log)
                m_hooks.log(tr("%1: load is back under the limit, resuming").arg(m_plan.displayName()));
            return {};
        }
        if (!logged && m_hooks.log) {
            m_hooks.log(tr("%1: pausing while %2 is above %3 (source %4, target %5)")
                            .arg(m_plan.displayName(), m_tuning.maxLoadVariable)
                            .arg(m_tuning.maxLoadValue)
                            .arg(va)
                            .arg(vb));
        }
        logged = true;
        for (int i = 0; i < 10; ++i) {
            if (!checkpoint())
                return Job::cancelledError();
            QThread::msleep(100);
        }
    }
}

TableComparer::BatchFutures TableComparer::submitChecksum(const QList<KeyRange>& ranges)
{
    // Each lane times its own query, so that sizing sees server time, not time spent queued.
    const bool mayOverflow = m_plan.hasLongColumns();
    auto run = [mayOverflow](const QByteArray& sql) {
        return [sql, mayOverflow](Connection& c) {
            QElapsedTimer t;
            t.start();
            Result<QueryResult> r = checksumQuery(c, sql, mayOverflow);
            return TimedResult {std::move(r), t.elapsed() / 1000.0};
        };
    };
    BatchFutures f;
    f.source = m_source.submit(run(m_sq->checksum(ranges).toUtf8()));
    f.target = m_target.submit(run(m_tq->checksum(ranges).toUtf8()));
    return f;
}

Status TableComparer::collectChecksum(BatchFutures& futures, const QList<KeyRange>& ranges, QList<Sums>* source,
                                      QList<Sums>* target, double* serverSeconds)
{
    QElapsedTimer timer;
    timer.start();
    TimedResult ra = futures.source.get();
    TimedResult rb = futures.target.get();
    m_stats.checksumSeconds += timer.elapsed() / 1000.0;
    if (serverSeconds)
        *serverSeconds = qMax(ra.seconds, rb.seconds);
    if (!ra.result)
        return located(ra.result.error(), true);
    if (!rb.result)
        return located(rb.result.error(), false);
    auto read = [&ranges](const QueryResult& r, QList<Sums>* out) {
        out->clear();
        out->resize(ranges.size());
        for (const Row& row : r.rows) {
            const int i = row.value(0).value_or(QByteArray("-1")).toInt();
            if (i < 0 || i >= out->size())
                continue;
            (*out)[i].count = row.value(1).value_or(QByteArray("0")).toLongLong();
            (*out)[i].sum = row.value(2).value_or(QByteArray());
        }
    };
    read(*ra.result, source);
    read(*rb.result, target);
    ++m_stats.batches;
    m_stats.segments += int(ranges.size());
    return {};
}

Status TableComparer::checksumBatch(const QList<KeyRange>& ranges, QList<Sums>* source, QList<Sums>* target,
                                    double* serverSeconds)
{
    BatchFutures f = submitChecksum(ranges);
    return collectChecksum(f, ranges, source, target, serverSeconds);
}

Status TableComparer::handleBatch(const QList<KeyRange>& ranges, const QList<Sums>& source,
                                  const QList<Sums>& target, int* differing)
{
    *differing = 0;
    qint64 rows = 0;
    qint64 differences = 0;
    // Runs of adjacent differing segments are streamed as one range.
    int runStart = -1;
    auto flushRun = [&](int endExclusive) -> Status {
        if (runStart < 0)
            return {};
        KeyRange r;
        r.lower = ranges.at(runStart).lower;
        r.upper = ranges.at(endExclusive - 1).upper;
        runStart = -1;
        StreamOutcome o;
        Status st = streamRange(r, &o);
        differences += o.differences;
        return st;
    };
    for (int i = 0; i < ranges.size(); ++i) {
        rows += source.at(i).count;
        const bool same = source.at(i).count == target.at(i).count && source.at(i).sum == target.at(i).sum;
        if (same) {
            m_identical += source.at(i).count;
            m_sourceRows += source.at(i).count;
            m_targetRows += target.at(i).count;
            if (Status s = flushRun(i); !s)
                return s;
            continue;
        }
        ++*differing;
        if (runStart < 0)
            runStart = i;
    }
    if (Status s = flushRun(int(ranges.size())); !s)
        return s;
    m_stats.differingSegments += *differing;
    if (rows > 0) {
        // Differences per row over the whole batch (segments that agree count too): what sizes a
        // fold should the drift turn dense.
        const double density = double(differences) / double(rows);
        m_density = m_density < 0 ? density : 0.5 * m_density + 0.5 * density;
    }
    if (m_hooks.progress)
        m_hooks.progress(rows, 0);
    return {};
}

void TableComparer::noteMode(bool streaming, const QString& why)
{
    if (m_streaming == streaming)
        return;
    m_streaming = streaming;
    ++m_stats.modeSwitches;
    if (m_hooks.log) {
        m_hooks.log(streaming ? tr("%1: many chunks differ (%2): streaming row hashes instead of checksumming")
                                    .arg(m_plan.displayName(), why)
                              : tr("%1: differences are sparse again (%2): back to chunk checksums")
                                    .arg(m_plan.displayName(), why));
    }
}

void TableComparer::followStreamedDrift(qint64 rows, qint64 differences, qint64 segmentRows)
{
    const double density = double(differences) / double(rows);
    m_density = m_density < 0 ? density : 0.5 * m_density + 0.5 * density;
    // Would checksums have paid off here? The share of segments that would have differed, had the
    // differences been spread evenly.
    const double segments = qMax(1.0, double(rows) / double(segmentRows));
    const double wouldDiffer = 1.0 - std::pow(1.0 - qMin(1.0, density), double(segmentRows));
    m_segmentsSeen = m_segmentsSeen * 0.5 + segments;
    m_segmentsDiffering = m_segmentsDiffering * 0.5 + segments * wouldDiffer;
    if (m_segmentsDiffering / m_segmentsSeen < 0.1)
        noteMode(false, tr("%1 differences in %2 rows").arg(differences).arg(rows));
}

int TableComparer::maxSegmentsPerStatement() const
{
    // Each segment repeats the hash expression; the range literals add at most a few KB.
    const qint64 perSegment = qint64(m_sq->aggregates().size()) * 2 + 4096;
    return int(qBound<qint64>(1, m_tuning.maxStatementBytes / perSegment, qint64(m_tuning.maxBatchSegments)));
}

void TableComparer::adaptSizes(qint64 rows, double serverSeconds, int segments, qint64* segmentRows,
                               int* batchSegments)
{
    // Segments aim at segmentSeconds of server time (the unit a difference is narrowed to: small
    // enough that streaming one costs little, large enough that a statement's own overhead does
    // not show); batches aim at chunkSeconds. Growth is at most 2x a step, so one fast batch over
    // a sparse range cannot make the next one huge.
    m_rowsChecked += qMax<qint64>(0, rows);
    if (rows <= 0 || serverSeconds <= 0) {
        *batchSegments = qMin(m_tuning.maxBatchSegments, *batchSegments * 2);
        return;
    }
    const double perRow = serverSeconds / double(rows);
    m_secondsPerRow = m_secondsPerRow > 0 ? 0.5 * m_secondsPerRow + 0.5 * perRow : perRow;
    const qint64 byTime = qint64(m_tuning.segmentSeconds / qMax(1e-9, m_secondsPerRow));
    qint64 wanted = byTime;
    if (m_stats.differingSegments > 0 && m_rowsChecked > 0) {
        // Differences seen so far: segments small enough that about one in ten holds one, since
        // each differing segment is streamed whole. Not below a fifth of the time target, where a
        // statement's own overhead would start to show; denser drift is streamed instead.
        const double density = double(m_stats.differingSegments) / double(m_rowsChecked);
        wanted = qMin(wanted, qMax(byTime / 5, qint64(0.1 / density)));
    }
    *segmentRows = qBound(m_tuning.minSegmentRows, wanted,
                          qMax(m_tuning.minSegmentRows, qMin(m_tuning.maxSegmentRows, *segmentRows * 2)));
    const double segmentTime = double(*segmentRows) * m_secondsPerRow;
    *batchSegments = qBound(1, int(m_tuning.chunkSeconds / qMax(1e-6, segmentTime)),
                            qMin(m_tuning.maxBatchSegments, qMax(segments, *batchSegments) * 2));
}

Status TableComparer::compareIntegerRanges()
{
    const QByteArray mmS = m_sq->minMax().toUtf8();
    const QByteArray mmT = m_tq->minMax().toUtf8();
    std::future<Result<QueryResult>> a = m_source.submit([mmS](Connection& c) { return c.query(mmS); });
    std::future<Result<QueryResult>> b = m_target.submit([mmT](Connection& c) { return c.query(mmT); });
    Result<QueryResult> ra = a.get(), rb = b.get();
    if (!ra)
        return located(ra.error(), true);
    if (!rb)
        return located(rb.error(), false);
    std::optional<Int128> lo, hi;
    for (const QueryResult* r : {&*ra, &*rb}) {
        if (r->rows.isEmpty())
            continue;
        const std::optional<Int128> mn = parseInteger(r->rows.first().value(0));
        const std::optional<Int128> mx = parseInteger(r->rows.first().value(1));
        if (mn && (!lo || *mn < *lo))
            lo = mn;
        if (mx && (!hi || *mx > *hi))
            hi = mx;
    }
    if (!lo || !hi)
        return {}; // both sides empty

    // Keys per row: how wide a range holds a segment's worth of rows. Starts from the table
    // statistics and follows what the checksums count.
    const double span = double(*hi - *lo + 1);
    double keysPerRow = m_plan.estimatedRows > 0 ? qMax(1.0, span / double(m_plan.estimatedRows)) : 1.0;
    qint64 segmentRows = m_tuning.initialSegmentRows;
    int batchSegments = m_tuning.firstBatchSegments;

    // Checksum batches are pipelined: each lane already has the next batch queued when it finishes
    // one, so neither server waits for the other (or for this thread) between batches. Once the
    // drift is known to be sparse, three deep: a differing segment's stream is then queued behind
    // two batches, which keep the lanes busy while this thread merges it and fetches the rows.
    struct Batch
    {
        QList<KeyRange> ranges;
        Int128 end; // the first key after the batch
        BatchFutures futures;
    };
    std::deque<Batch> inFlight;
    std::deque<FoldChunk> folds; // dense drift, folded: the next range is folded while one is streamed
    Int128 planned = *lo; // the first key not yet in a batch
    Int128 cursor = *lo;  // the first key not yet compared
    auto cleanup = [&inFlight, &folds]() {
        // Wait for what is queued: the lanes must be idle before their connections are reused.
        for (Batch& b : inFlight) {
            b.futures.source.wait();
            b.futures.target.wait();
        }
        inFlight.clear();
        for (FoldChunk& f : folds) {
            f.source.wait();
            f.target.wait();
        }
        folds.clear();
    };
    // After a streamed or folded chunk: how wide a range holds a chunk's rows, the time per row,
    // and the drift's density.
    auto followDrift = [&](const StreamOutcome& o, Int128 first, Int128 last, double secondsPerRow) {
        if (o.sourceRows <= 0) {
            keysPerRow *= 4;
            return;
        }
        keysPerRow = qMax(1.0, qBound(keysPerRow / 4, double(last - first + 1) / double(o.sourceRows), keysPerRow * 4));
        const double perRow = m_secondsPerRow > 0 ? m_secondsPerRow : 2e-6;
        m_secondsPerRow = 0.5 * perRow + 0.5 * secondsPerRow;
        followStreamedDrift(o.sourceRows, o.differences, segmentRows);
    };
    // The end of a streamed or folded chunk starting at `from`: about chunkSeconds of server time.
    auto chunkEnd = [&](Int128 from) {
        const double perRow = m_secondsPerRow > 0 ? m_secondsPerRow : 2e-6;
        const qint64 rowsWanted = qBound<qint64>(1000, qint64(m_tuning.chunkSeconds / perRow), m_tuning.maxStreamRows);
        const Int128 width = Int128(qMax(1.0, std::floor(double(rowsWanted) * keysPerRow)));
        return (*hi - from < width - 1) ? *hi : from + width - 1;
    };
    while (cursor <= *hi) {
        if (!checkpoint()) {
            cleanup();
            return Job::cancelledError();
        }
        if (Status s = waitForLoad(); !s) {
            cleanup();
            return s;
        }
        if (!folds.empty()) {
            FoldChunk chunk = std::move(folds.front());
            folds.pop_front();
            // Queue the next fold before streaming this one's differing stretches: the lanes fold
            // ahead while this thread merges and fetches.
            if (m_streaming && foldWanted() && planned <= *hi) {
                const Int128 end = chunkEnd(planned);
                FoldChunk next = submitFold(closedRange(planned, end), foldBits());
                next.first = planned;
                next.last = end;
                folds.push_back(std::move(next));
                planned = end + 1;
            }
            StreamOutcome o;
            double serverSeconds = 0;
            if (Status st = handleFold(chunk, &o, &serverSeconds); !st) {
                cleanup();
                return st;
            }
            if (m_hooks.progress)
                m_hooks.progress(o.sourceRows, o.bytes);
            followDrift(o, chunk.first, chunk.last, o.sourceRows > 0 ? serverSeconds / double(o.sourceRows) : 0);
            cursor = chunk.last + 1;
            continue;
        }
        // A batch is one statement: wide tables get fewer segments per batch.
        batchSegments = qMin(batchSegments, maxSegmentsPerStatement());
        const bool sparse = m_segmentsSeen >= MinSegmentsToJudge && m_segmentsDiffering / m_segmentsSeen < 0.05;
        const size_t depth = sparse ? SparsePipelineDepth : PipelineDepth;
        while (!m_streaming && inFlight.size() < depth && planned <= *hi) {
            const Int128 width = Int128(qMax(1.0, std::floor(double(segmentRows) * keysPerRow)));
            Batch batch;
            Int128 next = planned;
            while (batch.ranges.size() < batchSegments && next <= *hi) {
                const Int128 end = (*hi - next < width - 1) ? *hi : next + width - 1;
                batch.ranges.append(closedRange(next, end));
                next = end + 1;
            }
            batch.end = next;
            batch.futures = submitChecksum(batch.ranges);
            planned = next;
            inFlight.push_back(std::move(batch));
        }
        if (!inFlight.empty()) {
            Batch batch = std::move(inFlight.front());
            inFlight.pop_front();
            QList<Sums> s, t;
            double serverSeconds = 0;
            Status st = collectChecksum(batch.futures, batch.ranges, &s, &t, &serverSeconds);
            int differing = 0;
            if (st)
                st = handleBatch(batch.ranges, s, t, &differing);
            if (!st) {
                cleanup();
                return st;
            }
            qint64 rowsS = 0, rowsT = 0;
            for (int i = 0; i < batch.ranges.size(); ++i) {
                rowsS += s.at(i).count;
                rowsT += t.at(i).count;
            }
            const qint64 rows = qMax(rowsS, rowsT);
            const double covered = double(batch.end - cursor);
            keysPerRow = rows > 0 ? qMax(1.0, qBound(keysPerRow / 4, covered / double(rows), keysPerRow * 4)) : keysPerRow * 4;
            adaptSizes(rows, serverSeconds, int(batch.ranges.size()), &segmentRows, &batchSegments);
            m_segmentsSeen = m_segmentsSeen * 0.5 + double(batch.ranges.size());
            m_segmentsDiffering = m_segmentsDiffering * 0.5 + double(differing);
            if (m_segmentsSeen >= MinSegmentsToJudge && m_segmentsDiffering / m_segmentsSeen > 0.3)
                noteMode(true, tr("%1 of %2").arg(differing).arg(batch.ranges.size()));
            cursor = batch.end;
            if (rows == 0 && inFlight.empty() && cursor <= *hi) {
                // A gap in the keys: jump to the next key either side has.
                const QByteArray nS = m_sq->nextKey(integerText(cursor)).toUtf8();
                const QByteArray nT = m_tq->nextKey(integerText(cursor)).toUtf8();
                std::future<Result<Value>> fa = m_source.submit([nS](Connection& c) { return c.scalar(nS); });
                std::future<Result<Value>> fb = m_target.submit([nT](Connection& c) { return c.scalar(nT); });
                Result<Value> va = fa.get(), vb = fb.get();
                if (!va)
                    return located(va.error(), true);
                if (!vb)
                    return located(vb.error(), false);
                std::optional<Int128> jump;
                for (const Value& v : {*va, *vb}) {
                    const std::optional<Int128> k = parseInteger(v);
                    if (k && (!jump || *k < *jump))
                        jump = k;
                }
                if (!jump)
                    break;
                cursor = planned = qMax(cursor, *jump);
            }
            continue;
        }
        // Streaming: key + hash for a chunk of about chunkSeconds, or folded when the drift is thin.
        const Int128 end = chunkEnd(cursor);
        if (foldWanted() && m_foldState == FoldState::Untested) {
            const Int128 testEnd = qMin(end, cursor + Int128(qMax(64.0, std::floor(512 * keysPerRow))));
            if (Status st = testFold(closedRange(cursor, testEnd)); !st)
                return st;
            if (m_foldState == FoldState::Works && m_hooks.log) {
                m_hooks.log(tr("%1: differences are thin (about one row in %2): the servers fold row hashes in groups of %3")
                                .arg(m_plan.displayName())
                                .arg(qRound64(1.0 / qMax(1e-9, m_density)))
                                .arg(1 << foldBits()));
            }
        }
        if (foldWanted() && m_foldState == FoldState::Works) {
            FoldChunk chunk = submitFold(closedRange(cursor, end), foldBits());
            chunk.first = cursor;
            chunk.last = end;
            folds.push_back(std::move(chunk));
            planned = end + 1;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        StreamOutcome o;
        if (Status st = streamRange(closedRange(cursor, end), &o); !st)
            return st;
        const double seconds = timer.elapsed() / 1000.0;
        if (m_hooks.progress)
            m_hooks.progress(o.sourceRows, o.bytes);
        // Streaming costs more per row than a checksum; about three quarters of it is the
        // checksum's share, which is what sizes the chunks.
        followDrift(o, cursor, end, o.sourceRows > 0 ? (seconds / double(o.sourceRows)) * 0.75 : 0);
        cursor = planned = end + 1;
    }
    cleanup();
    return {};
}

Result<std::optional<Row>> TableComparer::boundary(const std::optional<KeyBound>& lower, qint64 offset)
{
    const QByteArray sql = m_sq->boundary(lower, offset).toUtf8();
    QElapsedTimer timer;
    timer.start();
    Result<QueryResult> r = m_source.submit([sql](Connection& c) { return c.query(sql); }).get();
    m_stats.boundarySeconds += timer.elapsed() / 1000.0;
    if (!r)
        return located(r.error(), true);
    if (r->rows.isEmpty())
        return std::optional<Row>();
    return std::optional<Row>(r->rows.first());
}

Status TableComparer::compareGenericRanges()
{
    qint64 segmentRows = m_tuning.initialSegmentRows;
    int batchSegments = m_tuning.firstBatchSegments;
    std::optional<KeyBound> lower;
    bool done = false;
    while (!done) {
        if (!checkpoint())
            return Job::cancelledError();
        if (Status s = waitForLoad(); !s)
            return s;
        QElapsedTimer timer;
        timer.start();
        if (!m_streaming) {
            // Boundaries come from the source's index, one segment at a time; the checksums of the
            // whole batch then go to both servers in one round trip.
            QList<KeyRange> ranges;
            batchSegments = qMin(batchSegments, maxSegmentsPerStatement());
            while (ranges.size() < batchSegments && !done) {
                Result<std::optional<Row>> b = boundary(lower, segmentRows - 1);
                if (!b)
                    return b.error();
                KeyRange r;
                r.lower = lower;
                if (*b) {
                    r.upper = KeyBound {**b, true};
                    lower = KeyBound {**b, false};
                } else {
                    done = true; // the last segment is open-ended: it also takes what only the target has
                }
                ranges.append(r);
            }
            QList<Sums> s, t;
            double serverSeconds = 0;
            if (Status st = checksumBatch(ranges, &s, &t, &serverSeconds); !st)
                return st;
            qint64 rows = 0;
            for (int i = 0; i < ranges.size(); ++i)
                rows += qMax(s.at(i).count, t.at(i).count);
            int differing = 0;
            if (Status st = handleBatch(ranges, s, t, &differing); !st)
                return st;
            adaptSizes(rows, serverSeconds, int(ranges.size()), &segmentRows, &batchSegments);
            m_segmentsSeen = m_segmentsSeen * 0.5 + double(ranges.size());
            m_segmentsDiffering = m_segmentsDiffering * 0.5 + double(differing);
            if (m_segmentsSeen >= MinSegmentsToJudge && m_segmentsDiffering / m_segmentsSeen > 0.3)
                noteMode(true, tr("%1 of %2").arg(differing).arg(ranges.size()));
        } else {
            const double perRow = m_secondsPerRow > 0 ? m_secondsPerRow : 2e-6;
            const qint64 rowsWanted = qBound<qint64>(1000, qint64(m_tuning.chunkSeconds / perRow), m_tuning.maxStreamRows);
            Result<std::optional<Row>> b = boundary(lower, rowsWanted - 1);
            if (!b)
                return b.error();
            KeyRange r;
            r.lower = lower;
            if (*b) {
                r.upper = KeyBound {**b, true};
                lower = KeyBound {**b, false};
            } else {
                done = true;
            }
            StreamOutcome o;
            if (Status st = streamRange(r, &o); !st)
                return st;
            if (m_hooks.progress)
                m_hooks.progress(o.sourceRows, o.bytes);
            if (o.sourceRows > 0)
                followStreamedDrift(o.sourceRows, o.differences, segmentRows);
        }
    }
    return {};
}

Status TableComparer::streamRange(const std::optional<KeyRange>& range, StreamOutcome* outcome)
{
    return streamKeyHashes(m_sq->keyHashStream(range), m_tq->keyHashStream(range), outcome);
}

Status TableComparer::streamRanges(const QList<KeyRange>& ranges, StreamOutcome* outcome)
{
    return streamKeyHashes(m_sq->keyHashStream(ranges), m_tq->keyHashStream(ranges), outcome);
}

Status TableComparer::streamKeyHashes(const QString& sqlS, const QString& sqlT, StreamOutcome* outcome)
{
    QElapsedTimer timer;
    timer.start();
    RowBatchQueue queueS(32), queueT(32); // room for one side to run ahead of the other
    const KeyCodec codec = m_codec;
    const int keys = int(m_plan.key.size());
    std::future<void> a = m_source.submit([&queueS, sqlS, codec, keys](Connection& c) {
        produce(c, sqlS, codec, keys, false, false, queueS);
    });
    std::future<void> b = m_target.submit([&queueT, sqlT, codec, keys](Connection& c) {
        produce(c, sqlT, codec, keys, false, false, queueT);
    });
    QueueInput inS(queueS), inT(queueT);
    qint64 seen = 0;
    qint64 differences = 0;
    qint64 sourceRows = 0;
    Status merged = RowDiffer::merge(inS, inT, [&](RowDiffer::Kind kind, const RowDiffer::Entry& s,
                                                   const RowDiffer::Entry& t) {
        switch (kind) {
        case RowDiffer::Kind::Identical:
            ++m_identical;
            ++m_sourceRows;
            ++m_targetRows;
            ++sourceRows;
            break;
        case RowDiffer::Kind::Different:
            ++m_sourceRows;
            ++m_targetRows;
            ++sourceRows;
            ++differences;
            m_pending.push_back(Pending {s.key.toByteArray(), kind});
            break;
        case RowDiffer::Kind::OnlyInSource:
            ++m_sourceRows;
            ++sourceRows;
            ++differences;
            m_pending.push_back(Pending {s.key.toByteArray(), kind});
            break;
        case RowDiffer::Kind::OnlyInTarget:
            ++m_targetRows;
            ++differences;
            m_pending.push_back(Pending {t.key.toByteArray(), kind});
            break;
        }
        if ((++seen & 0xFFFF) == 0 && !checkpoint())
            return false;
        return true;
    });
    // Stop the producers if the merge ended early, and wait for them: their connections must be
    // free before anything else runs on them.
    queueS.abandon();
    queueT.abandon();
    a.get();
    b.get();
    ++m_stats.streamedRanges;
    m_stats.streamedRows += seen;
    if (!merged)
        return located(merged.error(), merged.error().code.startsWith(QLatin1String("source")));
    if (std::optional<Error> e = queueS.error())
        return located(*e, true);
    if (std::optional<Error> e = queueT.error())
        return located(*e, false);
    if (m_cancelled)
        return Job::cancelledError();
    outcome->sourceRows = sourceRows;
    outcome->differences = differences;
    outcome->bytes = inS.bytes() + inT.bytes();
    m_stats.streamSeconds += timer.elapsed() / 1000.0;
    return fetchPending();
}

bool TableComparer::foldWanted() const
{
    // XOR cancels repeated rows: only real unique keys. Both sides must compute the same
    // signature, and --where would have to be evaluated ahead of the folding.
    return m_foldState != FoldState::Unusable && !m_plan.userKey && m_tuning.where.trimmed().isEmpty()
        && m_sourceFlavor == m_targetFlavor && m_density >= 0 && m_density <= MaxFoldDensity;
}

int TableComparer::foldBits() const
{
    const double rows = FoldDifferingShare / qMax(1e-9, m_density);
    return qBound(MinFoldBits, int(std::floor(std::log2(rows))), MaxFoldBits);
}

TableComparer::FoldChunk TableComparer::submitFold(const KeyRange& range, int groupBits)
{
    const bool mayOverflow = m_plan.hasLongColumns();
    auto run = [mayOverflow](const QByteArray& sql) {
        return [sql, mayOverflow](Connection& c) { return runFold(c, sql, mayOverflow); };
    };
    FoldChunk chunk;
    chunk.source = m_source.submit(run(m_sq->foldStream(range, groupBits).toUtf8()));
    chunk.target = m_target.submit(run(m_tq->foldStream(range, groupBits).toUtf8()));
    ++m_stats.foldedRanges;
    return chunk;
}

Status TableComparer::testFold(const KeyRange& range)
{
    // Folding relies on the server evaluating the condition for each row, in index order, and the
    // select list right after it: true of MariaDB's range scans, but not promised. So before a
    // table is folded, each side folds a small range and also streams its row hashes, and the
    // client folds those itself: any disagreement and the table is streamed row by row instead.
    constexpr int TestBits = 3;
    const bool mayOverflow = m_plan.hasLongColumns();
    auto test = [mayOverflow](const QByteArray& foldSql, const QByteArray& hashSql, HashFlavor flavor) {
        return [=](Connection& c) -> Result<int> {
            Result<QueryResult> hashes = c.query(hashSql);
            if (!hashes)
                return hashes.error();
            if (hashes->rows.isEmpty())
                return -1; // nothing to test on here
            FoldRun fold = runFold(c, foldSql, mayOverflow);
            if (fold.error)
                return *fold.error;
            QList<FoldPoint> expected;
            FoldPoint state;
            for (const Row& row : hashes->rows) {
                const std::optional<Int128> key = parseInteger(row.value(0));
                if (!row.value(1))
                    return poisonError();
                bool ok = false;
                const quint64 hash = row.value(1)->toULongLong(&ok);
                if (!key || !ok)
                    return 0;
                state.key = *key;
                state.signature ^= ChecksumQuery::signature(hash, flavor);
                ++state.rows;
                if (ChecksumQuery::groupEnd(quint64(*key), TestBits))
                    expected.append(state);
            }
            auto same = [](const FoldPoint& a, const FoldPoint& b, bool keys) {
                return (!keys || a.key == b.key) && a.signature == b.signature && a.rows == b.rows;
            };
            if (expected.size() != fold.points.size() || !same(state, fold.end, false))
                return 0;
            for (int i = 0; i < expected.size(); ++i) {
                if (!same(expected.at(i), fold.points.at(i), true))
                    return 0;
            }
            return 1;
        };
    };
    std::future<Result<int>> a = m_source.submit(
        test(m_sq->foldStream(range, TestBits).toUtf8(), m_sq->keyHashStream(range).toUtf8(), m_sourceFlavor));
    std::future<Result<int>> b = m_target.submit(
        test(m_tq->foldStream(range, TestBits).toUtf8(), m_tq->keyHashStream(range).toUtf8(), m_targetFlavor));
    Result<int> ra = a.get(), rb = b.get();
    if (!ra)
        return located(ra.error(), true);
    if (!rb)
        return located(rb.error(), false);
    if (*ra == 0 || *rb == 0) {
        m_foldState = FoldState::Unusable;
        if (m_hooks.log) {
            m_hooks.log((*ra == 0 ? tr("%1: the source server does not fold row hashes in index order; streaming them instead")
                                  : tr("%1: the target server does not fold row hashes in index order; streaming them instead"))
                            .arg(m_plan.displayName()));
        }
    } else if (*ra == 1 && *rb == 1) {
        m_foldState = FoldState::Works;
    } else if (++m_foldTests >= 3) {
        m_foldState = FoldState::Unusable; // keep finding gaps: not worth more round trips
    }
    return {};
}

Status TableComparer::handleFold(FoldChunk& chunk, StreamOutcome* outcome, double* serverSeconds)
{
    QElapsedTimer timer;
    timer.start();
    FoldRun s = chunk.source.get();
    FoldRun t = chunk.target.get();
    m_stats.foldSeconds += timer.elapsed() / 1000.0;
    if (s.error)
        return located(*s.error, true);
    if (t.error)
        return located(*t.error, false);
    *serverSeconds = qMax(s.seconds, t.seconds);

    // Walk the group ends both sides returned. Between two shared ends, equal XORs and counts mean
    // the same rows; otherwise the stretch differs (a group end that only one side has, deleted or
    // inserted, just makes the stretch longer) and its rows are streamed.
    QList<KeyRange> differing;
    std::optional<KeyBound> lower = KeyBound {Row {integerText(chunk.first)}, true};
    FoldPoint prevS, prevT;
    auto stretch = [&](const FoldPoint& ps, const FoldPoint& pt, const KeyBound& upper) {
        const qint64 rowsS = ps.rows - prevS.rows, rowsT = pt.rows - prevT.rows;
        if (rowsS == rowsT && (ps.signature ^ prevS.signature) == (pt.signature ^ prevT.signature)) {
            m_identical += rowsS;
            m_sourceRows += rowsS;
            m_targetRows += rowsT;
        } else if (!differing.isEmpty() && !lower->inclusive && differing.last().upper->values == lower->values) {
            differing.last().upper = upper; // adjacent to the previous differing stretch
        } else {
            differing.append(KeyRange {lower, upper});
        }
        prevS = ps;
        prevT = pt;
        lower = KeyBound {upper.values, false};
    };
    for (qsizetype i = 0, j = 0; i < s.points.size() && j < t.points.size();) {
        if (s.points.at(i).key < t.points.at(j).key) {
            ++i;
        } else if (t.points.at(j).key < s.points.at(i).key) {
            ++j;
        } else {
            stretch(s.points.at(i), t.points.at(j), KeyBound {Row {integerText(s.points.at(i).key)}, true});
            ++i;
            ++j;
        }
    }
    stretch(s.end, t.end, KeyBound {Row {integerText(chunk.last)}, true});

    outcome->sourceRows = s.end.rows;
    outcome->bytes = (s.points.size() + t.points.size()) * 48;
    for (qsizetype start = 0; start < differing.size(); start += MaxRangesPerStream) {
        StreamOutcome o;
        // Counted by the stream's merge: the rows of the stretches were not counted above.
        if (Status st = streamRanges(differing.mid(start, MaxRangesPerStream), &o); !st)
            return st;
        outcome->differences += o.differences;
        outcome->bytes += o.bytes;
    }
    return {};
}

Status TableComparer::fetchPending()
{
    QElapsedTimer timer;
    timer.start();
    struct Account
    {
        QElapsedTimer& timer;
        double& seconds;
        ~Account() { seconds += timer.elapsed() / 1000.0; }
    } account {timer, m_stats.fetchSeconds};
    const int keys = int(m_plan.key.size());
    // Rows with large objects are fetched a few at a time, so a batch's images stay small.
    const size_t batch = size_t(m_plan.hasLongColumns() ? qMax(1, m_tuning.fetchBatch / 10) : qMax(1, m_tuning.fetchBatch));
    for (size_t start = 0; start < m_pending.size(); start += batch) {
        const size_t end = qMin(m_pending.size(), start + batch);
        QList<Row> keysS, keysT;
        QList<Row> decoded;
        for (size_t i = start; i < end; ++i) {
            const std::optional<Row> key = m_codec.decode(m_pending[i].key);
            if (!key)
                return Error::make(tr("Internal error: a key could not be decoded."));
            decoded.append(*key);
            if (m_pending[i].kind != RowDiffer::Kind::OnlyInTarget)
                keysS.append(*key);
            if (m_pending[i].kind != RowDiffer::Kind::OnlyInSource)
                keysT.append(*key);
        }
        auto fetch = [keys, this](const QList<Row>& wanted, bool sourceSide) -> std::future<Result<QueryResult>> {
            const QByteArray sql = (sourceSide ? m_sq : m_tq)->fetch(wanted).toUtf8();
            return (sourceSide ? m_source : m_target).submit([sql](Connection& c) { return c.query(sql); });
        };
        std::optional<std::future<Result<QueryResult>>> fs, ft;
        if (!keysS.isEmpty())
            fs = fetch(keysS, true);
        if (!keysT.isEmpty())
            ft = fetch(keysT, false);
        QHash<QByteArray, Row> imagesS, imagesT;
        auto collect = [keys, this](Result<QueryResult>&& r, QHash<QByteArray, Row>* out) -> Status {
            if (!r)
                return r.error();
            for (Row& row : r->rows) {
                const std::optional<QByteArray> key = m_codec.encode(row.mid(0, keys));
                if (key)
                    out->insert(*key, row.mid(keys));
            }
            return {};
        };
        if (fs) {
            if (Status s = collect(fs->get(), &imagesS); !s)
                return located(s.error(), true);
        }
        if (ft) {
            if (Status s = collect(ft->get(), &imagesT); !s)
                return located(s.error(), false);
        }
        for (size_t i = start; i < end; ++i) {
            const Pending& p = m_pending[i];
            DiffRow row;
            row.sortKey = p.key;
            row.key = decoded.at(int(i - start));
            if (p.kind != RowDiffer::Kind::OnlyInTarget) {
                auto it = imagesS.find(p.key);
                if (it == imagesS.end())
                    return located(Error::make(tr("A row seen in the key stream was not found when fetched."),
                                               tr("Check that --where is deterministic.")),
                                   true);
                row.sourceImage = *it;
            }
            if (p.kind != RowDiffer::Kind::OnlyInSource) {
                auto it = imagesT.find(p.key);
                if (it == imagesT.end())
                    return located(Error::make(tr("A row seen in the key stream was not found when fetched."),
                                               tr("Check that --where is deterministic.")),
                                   false);
                row.targetImage = *it;
            }
            switch (p.kind) {
            case RowDiffer::Kind::OnlyInSource:
                row.kind = DiffRow::Kind::OnlyInSource;
                ++m_onlyInSource;
                break;
            case RowDiffer::Kind::OnlyInTarget:
                row.kind = DiffRow::Kind::OnlyInTarget;
                ++m_onlyInTarget;
                break;
            default:
                row.kind = DiffRow::Kind::Different;
                row.diffColumns = differingColumns(*row.sourceImage, *row.targetImage);
                if (row.diffColumns.isEmpty()) {
                    // The hashes differed but every byte agrees: cannot happen with the encoding
                    // above; count the row as identical rather than report an empty change.
                    ++m_identical;
                    if (m_hooks.log)
                        m_hooks.log(tr("%1: a row's hashes differed but its values are equal").arg(m_plan.displayName()));
                    continue;
                }
                ++m_different;
                break;
            }
            m_rows.append(std::move(row));
            if (Status s = flushRows(false); !s)
                return s;
        }
    }
    m_pending.clear();
    return {};
}

Status TableComparer::flushRows(bool force)
{
    if (m_rows.isEmpty() || (!force && m_rows.size() < 1000))
        return {};
    Status s = m_store.addRows(m_tableId, m_rows);
    m_rows.clear();
    return s;
}

Status TableComparer::compareWhole()
{
    // First one checksum of the whole table per side: equal tables cost one scan and no transfer.
    const QByteArray sumS = m_sq->checksumAll().toUtf8();
    const QByteArray sumT = m_tq->checksumAll().toUtf8();
    const bool mayOverflow = m_plan.hasLongColumns();
    auto run = [mayOverflow](const QByteArray& sql) {
        return [sql, mayOverflow](Connection& c) { return checksumQuery(c, sql, mayOverflow); };
    };
    std::future<Result<QueryResult>> a = m_source.submit(run(sumS));
    std::future<Result<QueryResult>> b = m_target.submit(run(sumT));
    Result<QueryResult> ra = a.get(), rb = b.get();
    if (!ra)
        return located(ra.error(), true);
    if (!rb)
        return located(rb.error(), false);
    const qint64 countS = ra->rows.isEmpty() ? 0 : ra->text(0, 0).toLongLong();
    const qint64 countT = rb->rows.isEmpty() ? 0 : rb->text(0, 0).toLongLong();
    const Value sS = ra->rows.isEmpty() ? Value() : ra->rows.first().value(1);
    const Value sT = rb->rows.isEmpty() ? Value() : rb->rows.first().value(1);
    ++m_stats.batches;
    if (!m_plan.hasKey()) {
        // What a sync that replaces a keyless table's contents checks before it writes: the target
        // must still return this checksum (see SyncPlanner::replaceGuardMetaKey).
        QJsonArray expected;
        for (const Value& v : rb->rows.isEmpty() ? Row() : rb->rows.first())
            expected.append(v ? QJsonValue(QString::fromLatin1(*v)) : QJsonValue(QJsonValue::Null));
        const QJsonObject guard {{QStringLiteral("sql"), QString::fromUtf8(sumT)}, {QStringLiteral("expected"), expected}};
        if (Status st = m_store.setMeta(QStringLiteral("target_checksum_%1").arg(m_tableId),
                                        QString::fromUtf8(QJsonDocument(guard).toJson(QJsonDocument::Compact)));
            !st)
            return st;
    }
    if (countS == countT && sS == sT) {
        m_identical = m_sourceRows = countS;
        m_targetRows = countT;
        if (m_hooks.progress)
            m_hooks.progress(countS, 0);
        return {};
    }
    return streamWhole();
}

Status TableComparer::streamWhole()
{
    // Whole rows in key order (keyless: in hash order), merged as they come: no second fetch,
    // constant memory. Only tables that differ and have no index range to walk get here.
    RowBatchQueue queueS(32), queueT(32); // room for one side to run ahead of the other
    const QString sqlS = m_sq->rowStream();
    const QString sqlT = m_tq->rowStream();
    const KeyCodec codec = m_codec;
    const int keys = int(m_plan.key.size());
    const bool keyless = !m_plan.hasKey();
    std::future<void> a = m_source.submit([&queueS, sqlS, codec, keys, keyless](Connection& c) {
        produce(c, sqlS, codec, keys, keyless, true, queueS);
    });
    std::future<void> b = m_target.submit([&queueT, sqlT, codec, keys, keyless](Connection& c) {
        produce(c, sqlT, codec, keys, keyless, true, queueT);
    });
    QueueInput inS(queueS), inT(queueT);
    qint64 seen = 0;
    Status failure;
    Status merged = RowDiffer::merge(
        inS, inT,
        [&](RowDiffer::Kind kind, const RowDiffer::Entry& s, const RowDiffer::Entry& t) {
            const Row* rs = static_cast<const Row*>(s.row);
            const Row* rt = static_cast<const Row*>(t.row);
            if (kind == RowDiffer::Kind::Identical) {
                ++m_identical;
                ++m_sourceRows;
                ++m_targetRows;
            } else {
                DiffRow row;
                const QByteArrayView key = kind == RowDiffer::Kind::OnlyInTarget ? t.key : s.key;
                if (keyless) {
                    // The key is the row hash; copies of one row get a sequence number.
                    row.sortKey = key.toByteArray();
                    if (row.sortKey == m_lastSortKey) {
                        ++m_sortSequence;
                    } else {
                        m_lastSortKey = row.sortKey;
                        m_sortSequence = 0;
                    }
                    char seq[4];
                    qToBigEndian<quint32>(m_sortSequence, seq);
                    row.sortKey.append(seq, 4);
                    row.key = Row {(kind == RowDiffer::Kind::OnlyInTarget ? t.hash : s.hash).toByteArray()};
                } else {
                    row.sortKey = key.toByteArray();
                    row.key = m_codec.decode(key).value_or(Row());
                }
                switch (kind) {
                case RowDiffer::Kind::OnlyInSource:
                    row.kind = DiffRow::Kind::OnlyInSource;
                    row.sourceImage = *rs;
                    ++m_onlyInSource;
                    ++m_sourceRows;
                    break;
                case RowDiffer::Kind::OnlyInTarget:
                    row.kind = DiffRow::Kind::OnlyInTarget;
                    row.targetImage = *rt;
                    ++m_onlyInTarget;
                    ++m_targetRows;
                    break;
                default:
                    row.kind = DiffRow::Kind::Different;
                    row.sourceImage = *rs;
                    row.targetImage = *rt;
                    row.diffColumns = differingColumns(*rs, *rt);
                    ++m_sourceRows;
                    ++m_targetRows;
                    if (row.diffColumns.isEmpty()) {
                        ++m_identical;
                        return true;
                    }
                    ++m_different;
                    break;
                }
                m_rows.append(std::move(row));
                if (Status f = flushRows(false); !f) {
                    failure = f;
                    return false;
                }
            }
            if ((++seen & 0xFFFF) == 0) {
                if (m_hooks.progress)
                    m_hooks.progress(0x10000, 0);
                if (!checkpoint())
                    return false;
            }
            return true;
        },
        keyless);
    queueS.abandon();
    queueT.abandon();
    a.get();
    b.get();
    ++m_stats.streamedRanges;
    m_stats.streamedRows += seen;
    if (!failure)
        return failure;
    if (!merged)
        return located(merged.error(), merged.error().code.startsWith(QLatin1String("source")));
    if (std::optional<Error> e = queueS.error())
        return located(*e, true);
    if (std::optional<Error> e = queueT.error())
        return located(*e, false);
    if (m_cancelled)
        return Job::cancelledError();
    return {};
}

#pragma once

#include "ChecksumQuery.h"
#include "DiffStore.h"
#include "RowDiffer.h"
#include "TablePlan.h"
#include "db/Value.h"

#include <QCoreApplication>

#include <functional>
#include <future>
#include <memory>
#include <vector>

class Connection;
class ServerLane;

/// How hard and how finely a table is walked. The defaults suit production; tests shrink them.
struct CompareTuning
{
    double chunkSeconds = 0.5;     ///< server time of one checksum round trip (a batch of segments)
    double segmentSeconds = 0.01; ///< server time of one segment: the unit a difference is narrowed to
    qint64 initialSegmentRows = 2000;
    qint64 minSegmentRows = 64;
    qint64 maxSegmentRows = 200000;
    int firstBatchSegments = 2;    ///< a small first batch finds dense drift before much is wasted
    int maxBatchSegments = 256;
    qint64 maxStreamRows = 200000; ///< rows per key+hash stream query (bounds the keys held to fetch)
    int fetchBatch = 500;          ///< keys per full-row fetch
    qint64 maxStatementBytes = 4 * 1024 * 1024; ///< half the smaller max_allowed_packet: batch SQL stays below
    QString where;
    QString maxLoadVariable;
    qint64 maxLoadValue = 0;
};

/// The comparer's line back to its job: cancel/pause, progress and log.
struct CompareHooks
{
    std::function<bool()> checkpoint;                      ///< false: cancelled
    std::function<void(qint64 rows, qint64 bytes)> progress;
    std::function<void(const QString& line)> log;
};

/// Compares one table on two lanes (one connection per side) and records the differing rows in
/// the DiffStore. The algorithm (DESIGN.md, "The data path", steps 4 and 5):
///
/// 1. Both sides start a consistent snapshot; everything after reads that point in time.
/// 2. The key space is cut into segments of a few milliseconds of server work each (arithmetic
///    ranges for a single integer key, else boundaries found by `LIMIT n,1` on the source), and a
///    batch of segments worth about chunkSeconds goes to both servers at once as one UNION ALL of
///    COUNT(*) + SUM(row hash). Segment sizes and batch lengths adapt to the measured time.
/// 3. Segments whose checksums agree are done: no row crosses the network. Differing (adjacent)
///    segments are streamed as key + row hash from both servers, in key order, and merge-joined;
///    only rows whose hashes differ or that one side lacks are then fetched in full.
/// 4. When many segments differ (dense drift), checksumming first would read everything twice, so
///    the comparer switches to streaming key + hash for whole chunks, and back when the drift
///    thins out again. On a single integer key, drift that is dense but still thin (about one row
///    in a few hundred) is folded instead: each server XORs the row hashes into a running
///    signature and returns it every 2^n keys (ChecksumQuery::foldStream), so a few percent of
///    the rows are streamed afterwards rather than all of them.
/// Tables without a usable index range (and keyless tables) are checksummed whole first and, if
/// they differ, streamed whole with their images in key (or hash) order.
class TableComparer
{
    Q_DECLARE_TR_FUNCTIONS(TableComparer)

public:
    /// What happened while walking the table, for the log and the tests.
    struct Stats
    {
        int batches = 0;
        int segments = 0;
        int differingSegments = 0;
        int streamedRanges = 0;
        qint64 streamedRows = 0;
        int modeSwitches = 0;
        int foldedRanges = 0;       ///< dense drift: ranges folded into group signatures on the servers
        double foldSeconds = 0;     ///< waiting for folds
        bool lobsHashedSeparately = false;
        double checksumSeconds = 0; ///< waiting for chunk checksums
        double streamSeconds = 0;   ///< streaming and merging key + hash
        double fetchSeconds = 0;    ///< fetching the differing rows
        double boundarySeconds = 0; ///< finding chunk ends on the source
    };

    TableComparer(const TablePlan& plan, ServerLane& source, ServerLane& target, DiffStore& store, qint64 tableId,
                  HashFlavor sourceFlavor, HashFlavor targetFlavor, const CompareTuning& tuning,
                  const CompareHooks& hooks);
    ~TableComparer();

    /// Compares the table and returns its outcome; a failure becomes status "error" with the
    /// reason (other tables go on). `cancelled` is set when the job was cancelled meanwhile.
    DiffTableInfo run(bool* cancelled = nullptr);
    const Stats& stats() const { return m_stats; }

private:
    struct Sums
    {
        qint64 count = 0;
        QByteArray sum;
    };
    struct Pending
    {
        QByteArray key;
        RowDiffer::Kind kind;
    };
    struct StreamOutcome
    {
        qint64 sourceRows = 0;
        qint64 differences = 0;
        qint64 bytes = 0;
    };

    struct FoldPoint;
    struct FoldRun;
    struct FoldChunk;

    Status compareTable();
    Status compareOneSided();
    Status compareIntegerRanges();
    Status compareGenericRanges();
    Status compareWhole();
    struct TimedResult
    {
        Result<QueryResult> result;
        double seconds = 0;
    };
    struct BatchFutures
    {
        std::future<TimedResult> source;
        std::future<TimedResult> target;
    };
    BatchFutures submitChecksum(const QList<KeyRange>& ranges);
    Status collectChecksum(BatchFutures& futures, const QList<KeyRange>& ranges, QList<Sums>* source,
                           QList<Sums>* target, double* serverSeconds);
    Status checksumBatch(const QList<KeyRange>& ranges, QList<Sums>* source, QList<Sums>* target,
                         double* serverSeconds = nullptr);
    int maxSegmentsPerStatement() const;
    void adaptSizes(qint64 rows, double serverSeconds, int segments, qint64* segmentRows, int* batchSegments);
    Status handleBatch(const QList<KeyRange>& ranges, const QList<Sums>& source, const QList<Sums>& target,
                       int* differing);
    Status streamRange(const std::optional<KeyRange>& range, StreamOutcome* outcome);
    Status streamRanges(const QList<KeyRange>& ranges, StreamOutcome* outcome);
    Status streamKeyHashes(const QString& sqlS, const QString& sqlT, StreamOutcome* outcome);
    Status streamWhole();
    Status fetchPending();
    bool foldWanted() const;
    int foldBits() const;
    static FoldRun runFold(Connection& c, const QByteArray& sql, bool mayOverflow);
    FoldChunk submitFold(const KeyRange& range, int groupBits);
    Status testFold(const KeyRange& range);
    Status handleFold(FoldChunk& chunk, StreamOutcome* outcome, double* serverSeconds);
    Status flushRows(bool force);
    Status waitForLoad();
    Result<std::optional<Row>> boundary(const std::optional<KeyBound>& lower, qint64 offset);
    void rebuildQueries();
    void resetCounts();
    bool checkpoint();
    void noteMode(bool streaming, const QString& why);
    /// After a streamed or folded stretch: follow the drift's density, and go back to checksums
    /// once they would pay off again.
    void followStreamedDrift(qint64 rows, qint64 differences, qint64 segmentRows);
    DiffTableInfo outcome(const QString& status, const QString& reason) const;
    Error located(Error e, bool sourceSide) const;

    TablePlan m_plan;
    ServerLane& m_source;
    ServerLane& m_target;
    DiffStore& m_store;
    qint64 m_tableId;
    HashFlavor m_sourceFlavor;
    HashFlavor m_targetFlavor;
    CompareTuning m_tuning;
    CompareHooks m_hooks;
    std::unique_ptr<ChecksumQuery> m_sq;
    std::unique_ptr<ChecksumQuery> m_tq;
    KeyCodec m_codec;

    qint64 m_sourceRows = 0;
    qint64 m_targetRows = 0;
    qint64 m_onlyInSource = 0;
    qint64 m_onlyInTarget = 0;
    qint64 m_different = 0;
    qint64 m_identical = 0;
    std::vector<Pending> m_pending;
    QList<DiffRow> m_rows;
    QByteArray m_lastSortKey; ///< keyless tables: repeated hashes get a sequence number
    quint32 m_sortSequence = 0;
    bool m_streaming = false;
    enum class FoldState { Untested, Works, Unusable };
    FoldState m_foldState = FoldState::Untested;
    int m_foldTests = 0;
    double m_density = -1;         ///< differences per row in recent streams; -1: not measured yet
    double m_segmentsSeen = 0;     ///< decayed counts of checked and differing segments
    double m_segmentsDiffering = 0;
    double m_secondsPerRow = 0;    ///< measured server time per row, for sizing
    qint64 m_rowsChecked = 0;      ///< rows covered by checksum batches so far
    Stats m_stats;
    bool m_cancelled = false;
};

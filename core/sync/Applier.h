#pragma once

#include "BackupCatalog.h"
#include "BackupInfo.h"
#include "ChangePlan.h"
#include "Conflict.h"
#include "RunJournal.h"
#include "db/ConnectionSettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

class BackupWriter;
class Connection;
class QIODevice;
struct BackupRecord;

/// Writes a ChangePlan to the target, guarded, batched and journaled.
///
/// Per batch (one table, one kind of change, at most maxBatchRows rows and maxBatchBytes of SQL,
/// never more than the server's max_allowed_packet per statement), one short transaction:
///   1. SELECT <all compared columns> ... WHERE <the batch's keys> FOR UPDATE;
///   2. guard: an update or delete goes ahead only while the row is byte-for-byte (NULL-aware) the
///      image the compare saw, an insert only while its key is absent; a row already in the desired
///      state is left alone; any other row becomes a Conflict (both images kept) and is not written;
///   3. the writes: multi-row INSERT, UPDATE ... SET <changed columns> WHERE <key>, DELETE ... WHERE
///      <keys> IN (...). Never REPLACE; generated columns are never written;
///   4. re-read the rows written (their post-images: what triggers, ON UPDATE columns and generated
///      columns made of them), so a rollback can check nobody touched them since;
///   5. the run-journal row for this batch on the target (see RunJournal);
///   6. the batch's backup records (before-images, post-images, inserted keys, conflicts) appended
///      to the backup point file and fsync'ed;
///   7. COMMIT, then a commit marker in the file.
///
/// Failures: a deadlock (1213) retries the whole batch with backoff; a lock wait timeout (1205)
/// rolls back explicitly, then retries; a lost connection reconnects and asks the run journal
/// whether the batch committed, then continues or retries it. Anything else rolls back the batch
/// and stops the run, leaving a partial backup point that resume() continues: the batches already
/// committed are recognised by their records and skipped.
///
/// Rows that exceed max_allowed_packet are found before anything is written. Cancel (checked
/// between batches) stops after the current batch, leaving the same resumable state. Binary
/// logging is left as the server has it, so replicas receive the changes.
///
/// The plan's images may hold a column in another form than it is stored in (SyncTable::Column::
/// guard): the locked read then fetches both, the guard compares the plan's form, the backup keeps
/// the stored bytes. Columns the plan did not compare are read and backed up, never guarded or
/// written.
///
/// Bulk inserts (ChangePlan::Table::bulk) go through LOAD DATA LOCAL INFILE fed from memory
/// (BulkLoader), with the key absent as the guard: a load the server does not take whole (a key
/// that appeared meanwhile, any warning) is rolled back and the batch written the guarded way. A
/// table that was empty on the target and is streamed from the source is loaded by one statement
/// in one transaction (InnoDB's fast path into an empty table), its backup written in sub-batches
/// meanwhile; it all commits, or none of it does. Bulk backups keep each row's key and digest
/// (RowChange::rowDigest) rather than its image: a rollback deletes a row only while it is still the
/// row loaded.
///
/// A table without a key whose contents are replaced whole (ChangePlan::Table::replace) is one
/// transaction: SELECT <its checksum> ... FOR UPDATE locks every row (and the gaps, so nothing can be
/// inserted); unless the checksum is still the one the compare saw, nothing is written and the run
/// stops (code "replace-changed"). Otherwise every row there goes to the backup point (Replaced
/// records, in chunks of their own batch numbers), DELETE removes them all, the new rows go in by one
/// LOAD DATA LOCAL (BulkLoader) when the table allows it, else (or when the server does not take them
/// whole) by multi-row INSERTs under max_allowed_packet; the checksum after the writes goes into a
/// Replace record, and the journal rows and COMMIT follow. A failure rolls it all back: the table
/// keeps its old contents.
///
/// A dry run (Options::dryRunScript) plans the same batches and writes their statements instead.
///
/// Runs on the calling thread; the catalog's AppStore must belong to that thread.
class Applier
{
    Q_DECLARE_TR_FUNCTIONS(Applier)

public:
    /// Where a test may inject a failure (see Options::faultHook).
    enum class FaultPoint {
        BeforeLock,   ///< the batch's transaction has not started
        BeforeWrite,  ///< rows are locked and guarded, nothing written
        BeforeCommit, ///< everything written, journaled and backed up; COMMIT not sent
        AfterCommit,  ///< COMMIT succeeded; an error here stands for a reply lost on the way
    };

    struct Progress
    {
        QString table; ///< db.table of the current batch
        RowChange::Kind kind = RowChange::Kind::Insert;
        qint64 batch = 0;
        qint64 rowsDone = 0; ///< rows settled: written, unchanged or in conflict
        qint64 rowsTotal = 0;
        qint64 bytesDone = 0; ///< SQL bytes (an estimate computed before the run)
        qint64 bytesTotal = 0;
        double rowsPerSecond = 0;
        qint64 conflicts = 0;
    };

    struct Options
    {
        QString kind = QStringLiteral("sync"); ///< recorded in the catalog: "sync", "rollback", ...
        QString parentId;                      ///< for a rollback: the backup point it undoes
        QString source;                        ///< endpoints for the catalog (no passwords)
        QString target;
        int maxBatchRows = 1000;
        qint64 maxBatchBytes = 4 << 20;
        int bulkBatchRows = 20000;       ///< rows per LOAD DATA batch (ChangePlan::Table::bulk)
        qint64 bulkBatchBytes = 32 << 20;
        qint64 maxAllowedPacket = 0; ///< 0: the server's; otherwise the smaller of the two
        int maxRetries = 8;          ///< deadlocks and lock wait timeouts, per batch
        int retryDelayMs = 100;      ///< first backoff; doubles per attempt, up to 5 s
        int reconnectAttempts = 6;   ///< per lost connection; 0 stops the run instead
        int reconnectDelayMs = 500;  ///< first wait before reconnecting; doubles, up to 8 s
        int lockWaitTimeoutSeconds = 0; ///< session innodb_lock_wait_timeout; 0 keeps the server's
        QString journalDatabase = QStringLiteral("_syncstudio");
        int maxConflictsKept = 10000; ///< Outcome::conflicts holds at most this many
        std::function<bool()> cancelled;
        std::function<void(const Progress&)> progress;
        std::function<void(const QString&)> log;
        std::function<void(const Conflict&)> onConflict; ///< each conflict once its batch committed
        /// Called once the run's backup point exists (before the first write), with its id: what a
        /// caller records to resume the run after a crash.
        std::function<void(const QString& runId)> started;
        /// Set: a dry run. Nothing is written and no backup point is taken; the statements a run
        /// would send (if every guard passed) go to this device as an SQL script, batch by batch,
        /// with each batch's guard as comments.
        QIODevice* dryRunScript = nullptr;
        /// Tests only: called at each FaultPoint; an error returned is handled as if the server had
        /// returned it there.
        std::function<Status(FaultPoint, qint64 batch, Connection& target)> faultHook;
    };

    struct Outcome
    {
        QString runId; ///< the backup point's id
        bool resumed = false;
        bool cancelled = false;
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 deleted = 0;
        qint64 unchanged = 0;  ///< already as desired on the target: nothing written
        qint64 skipped = 0;    ///< excluded by the user
        qint64 conflictCount = 0;
        QList<Conflict> conflicts; ///< the first Options::maxConflictsKept of them
        qint64 writeMismatches = 0; ///< rows that read back differently from what was written
        qint64 batches = 0;
        int deadlockRetries = 0;
        int lockWaitRetries = 0;
        int reconnects = 0;
        QStringList warnings;
        QList<BackupInfo::TableCounts> tables;
        qint64 backupBytes = 0;
    };

    Applier(const ConnectionSettings& target, BackupCatalog& catalog, Options options);
    ~Applier();

    /// A new run: a new backup point, then the plan. A plan with nothing to write takes no backup
    /// point and touches nothing (Outcome::runId stays empty).
    Result<Outcome> run(ChangePlan& plan);
    /// Continues the unfinished run `runId` with the same plan (rebuilt from the same compare):
    /// settles its last batch from the run journal, skips every row it already wrote or found in
    /// conflict, and goes on.
    Result<Outcome> resume(const QString& runId, ChangePlan& plan);

    /// The run id of the last run()/resume(), also when it failed (to resume it).
    QString runId() const { return m_info.id; }

    /// Settles the batches of `writer` written but never marked: committed if the run journal on
    /// `target` has them, aborted otherwise.
    static Status settle(BackupWriter& writer, Connection& target, const RunJournal& journal, const QString& runId);

private:
    struct BatchChange;
    struct Attempt;

    Result<Outcome> execute(ChangePlan& plan, bool resuming);
    Status openSession(bool foreignKeyChecks);
    Status reconnect(bool foreignKeyChecks);
    Status preflight(ChangePlan& plan, const QList<ChangePlan::Step>& steps);
    Status runStep(ChangePlan& plan, const ChangePlan::Step& step);
    Status processBatch(ChangePlan& plan, const ChangePlan::Step& step, QList<BatchChange>& batch);
    Status attemptBatch(const ChangePlan::Table& table, int headerTable, RowChange::Kind kind,
                        QList<BatchChange>& batch, qint64 batchNumber, Attempt& attempt);
    struct Statement
    {
        QByteArray sql;
        qint64 expectedRows = -1; ///< rows it must change; -1: not checked (updates)
    };
    QList<Statement> buildWrites(const SyncTable& table, RowChange::Kind kind, const QList<const BatchChange*>& rows) const;
    Status applyWrites(const SyncTable& table, RowChange::Kind kind, const QList<const BatchChange*>& rows);
    Status attemptBulk(const ChangePlan::Table& table, int headerTable, QList<BatchChange>& batch, qint64 number,
                       Attempt& attempt);
    Status runBulkCopy(ChangePlan& plan, const ChangePlan::Step& step);
    /// A keyless table replaced whole (ChangePlan::Table::replace): one transaction, retried on a
    /// lost connection or a lock problem.
    Status runReplace(ChangePlan& plan, const ChangePlan::Step& step);
    struct ReplaceAttempt;
    Status attemptReplace(ChangePlan::Table& table, int headerTable, ReplaceAttempt& attempt);
    /// The table's inserts read from its change stream and handed to `flush` in batches under the
    /// statement budget (the last one with `last`); `flush` sets *stop to end early.
    /// `refuseOversize`: a row longer than max_allowed_packet allows is an error.
    Status insertBatches(ChangePlan::Table& table, bool refuseOversize,
                         const std::function<Status(const QList<BatchChange>& batch, bool last, bool* stop)>& flush);
    Status insertReplace(ChangePlan::Table& table, ReplaceAttempt& attempt);
    Status bulkReplace(ChangePlan::Table& table, ReplaceAttempt& attempt);
    Status scriptReplace(ChangePlan::Table& table, int headerTable);
    Status scriptBatch(const SyncTable& table, int headerTable, RowChange::Kind kind, QList<BatchChange>& batch,
                       qint64 number);
    Status hook(FaultPoint point, qint64 batch);
    void account(const QList<BatchChange>& batch, const Attempt& attempt, int headerTable, RowChange::Kind kind,
                 qint64 number);
    Status loadDone(); // resume: keys already settled, and their counts
    qint64 rowSize(const SyncTable& table, const RowChange& change, bool* tooBig, qint64* exact) const;
    void saveInfo(const QString& message);
    void log(const QString& line);
    void reportProgress(const SyncTable& table, RowChange::Kind kind);
    void sleepMs(int ms) const;

    ConnectionSettings m_settings;
    BackupCatalog& m_catalog;
    Options m_options;
    RunJournal m_journal;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<BackupWriter> m_writer;
    BackupInfo m_info;
    Outcome m_outcome;
    bool m_foreignKeyChecks = true;
    qint64 m_statementLimit = 0;
    qint64 m_batchBudget = 0;
    qint64 m_nextBatch = 0;
    QList<int> m_headerIndex;                // plan table -> header table
    QHash<int, QSet<QByteArray>> m_doneKeys; // header table -> keys settled by earlier attempts
    bool m_streamed = false; // a table's inserts are streamed, not counted ahead
    QSet<int> m_copyFellBack; // plan tables whose one-statement copy gave way to batches
    QSet<int> m_replacedDone; // header tables whose replace committed in an earlier attempt (resume)
    qint64 m_rowsTotal = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_rowsDone = 0;
    qint64 m_bytesDone = 0;
    QElapsedTimer m_clock;
    qint64 m_lastBatch = 0;
};

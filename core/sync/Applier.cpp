#include "Applier.h"

#include "BackupReader.h"
#include "BackupRecord.h"
#include "BackupWriter.h"
#include "BulkLoader.h"
#include "SourceStreamChangeSource.h"
#include "SyncSql.h"
#include "db/Connection.h"

#include <QFileInfo>
#include <QLocale>

#include <mysql.h>
#include <QRandomGenerator>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {

/// Points `views` (table column order) at the raw stream's next row in place; `selectOf` gives
/// each column's select-list entry (-1: not selected, NULL). False at the end of the stream, or on
/// a read error, which then goes to `failure`.
bool nextRawRow(RowStream& rs, const QList<int>& selectOf, QList<BulkLoader::View>& views, Status& failure)
{
    if (!rs.next()) {
        if (rs.error())
            failure = *rs.error();
        return false;
    }
    for (int c = 0; c < views.size(); ++c) {
        const int i = selectOf.at(c);
        BulkLoader::View& v = views[c];
        v.null = i < 0 || rs.isNull(i);
        const QByteArrayView bytes = v.null ? QByteArrayView() : rs.value(i);
        v.data = bytes.data();
        v.size = bytes.size();
    }
    return true;
}

/// The rows of a table's inserts for a bulk load, handed out 256 at a time as LOAD DATA lines:
/// straight from a source stream's buffer when the changes are one and `raw` allows it, else change
/// by change. `onRaw` sees each raw row's columns in place; `onChange` sees each change and says
/// whether it is loaded (false: left out). `between` runs before every fill (cancel, progress; it
/// sets *abort to stop); a read error goes to `failure` and stops the load.
class BulkFeed
{
public:
    using RawRow = std::function<void(const QList<BulkLoader::View>&)>;
    using Change = std::function<bool(RowChange&)>;

    BulkFeed(ChangePlan::Table& table, std::function<void(bool*)> between, Status& failure)
        : m_table(table)
        , m_between(std::move(between))
        , m_failure(failure)
    {
    }

    Status open(bool raw, RawRow onRaw, Change onChange)
    {
        m_onRaw = std::move(onRaw);
        m_onChange = std::move(onChange);
        auto* streamed = raw ? dynamic_cast<SourceStreamChangeSource*>(m_table.changes.get()) : nullptr;
        if (!streamed)
            return m_table.changes->open(RowChange::Kind::Insert);
        Result<std::unique_ptr<SourceStreamChangeSource::Raw>> opened = streamed->openRaw();
        if (!opened)
            return opened.error();
        m_raw = std::move(*opened);
        const qsizetype columns = m_table.table.columns.size();
        m_selectOf = streamed->selectIndexes(columns);
        m_views.resize(columns);
        return {};
    }

    int fill(QByteArray& out, bool* abort)
    {
        m_between(abort);
        if (*abort)
            return 0;
        const SyncTable& t = m_table.table;
        int n = 0;
        if (m_raw) {
            for (; n < 256; ++n) {
                if (!nextRawRow(*m_raw->stream, m_selectOf, m_views, m_failure)) {
                    if (!m_failure.ok()) {
                        *abort = true;
                        return 0;
                    }
                    break;
                }
                BulkLoader::appendLine(out, t, m_views);
                m_onRaw(m_views);
            }
            return n;
        }
        while (n < 256) {
            Result<std::optional<RowChange>> c = m_table.changes->next();
            if (!c) {
                m_failure = c.error();
                *abort = true;
                return 0;
            }
            if (!c->has_value())
                break;
            if (!m_onChange(**c))
                continue;
            BulkLoader::appendLine(out, t, (*c)->after);
            ++n;
        }
        return n;
    }

    /// Closes an unfinished source stream (it ends with its connection).
    void close() { m_raw.reset(); }

private:
    ChangePlan::Table& m_table;
    std::function<void(bool*)> m_between;
    Status& m_failure;
    RawRow m_onRaw;
    Change m_onChange;
    std::unique_ptr<SourceStreamChangeSource::Raw> m_raw;
    QList<int> m_selectOf; // table column -> select-list entry of the raw stream (-1: none)
    QList<BulkLoader::View> m_views;
};

constexpr unsigned ErDupEntry = 1062;

/// Runs one statement and returns the rows it changed. Connection::execute() reads every result
/// set, which resets the count, so the count is taken right after the statement.
Result<quint64> executeCounting(Connection& c, const QByteArray& sql)
{
    MYSQL* m = c.handle();
    if (mysql_real_query(m, sql.constData(), static_cast<unsigned long>(sql.size())) != 0)
        return c.lastError();
    const quint64 affected = mysql_affected_rows(m);
    for (;;) {
        if (MYSQL_RES* r = mysql_store_result(m))
            mysql_free_result(r);
        else if (mysql_field_count(m) != 0)
            return c.lastError();
        const int more = mysql_next_result(m);
        if (more > 0)
            return c.lastError();
        if (more < 0)
            break;
    }
    return affected;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

/// One change of the current batch with what the guard decided for it in the latest attempt.
struct Applier::BatchChange
{
    enum class Verdict { Apply, Unchanged, Conflict };

    RowChange change;
    QByteArray key;  ///< RowChange::keyBytes(change.key)
    qint64 bytes = 0;
    Verdict verdict = Verdict::Apply;
    Row current;     ///< the locked target row as stored (empty when absent): what the backup keeps
    Row view;        ///< the same row in the plan's form (SyncTable::guardView): what the guard compares
    Row post;        ///< the row as written, re-read in the same transaction
    Conflict conflict;
};

/// How far one attempt at a batch got, which decides how a failure is settled.
struct Applier::Attempt
{
    bool chunkWritten = false; ///< the batch's records are in the backup file
    bool committed = false;    ///< COMMIT returned success
    qint64 writeMismatches = 0;
};

Applier::Applier(const ConnectionSettings& target, BackupCatalog& catalog, Options options)
    : m_settings(target)
    , m_catalog(catalog)
    , m_options(std::move(options))
    , m_journal(m_options.journalDatabase)
{
}

Applier::~Applier() = default;

Result<Applier::Outcome> Applier::run(ChangePlan& plan)
{
    m_info = BackupInfo();
    return execute(plan, false);
}

Result<Applier::Outcome> Applier::resume(const QString& runId, ChangePlan& plan)
{
    m_info = BackupInfo();
    m_info.id = runId;
    return execute(plan, true);
}

void Applier::log(const QString& line)
{
    if (m_options.log)
        m_options.log(line);
}

void Applier::sleepMs(int ms) const
{
    if (ms > 0)
        QThread::msleep(ulong(ms));
}

Status Applier::openSession(bool foreignKeyChecks)
{
    Result<std::unique_ptr<Connection>> c = Connection::open(m_settings);
    if (!c)
        return c.error();
    m_conn = std::move(*c);
    // REPEATABLE READ: the locking read of an absent key also locks the gap, so no other session can
    // insert that key between the guard and our INSERT.
    QStringList setup {QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")};
    if (!foreignKeyChecks)
        setup << QStringLiteral("SET SESSION foreign_key_checks = 0");
    if (m_options.lockWaitTimeoutSeconds > 0)
        setup << QStringLiteral("SET SESSION innodb_lock_wait_timeout = %1").arg(m_options.lockWaitTimeoutSeconds);
    if (Status s = m_conn->execute(setup.join(QStringLiteral("; ")).toUtf8()); !s) {
        Error e = s.error();
        e.hint = tr("The write session could not be prepared; check that the account may set session variables.");
        return e;
    }
    return {};
}

Status Applier::reconnect(bool foreignKeyChecks)
{
    m_conn.reset();
    int delay = qMax(1, m_options.reconnectDelayMs);
    Error last = Error::make(tr("The connection to the target was lost."));
    const int attempts = qMax(1, m_options.reconnectAttempts);
    for (int i = 0; i < attempts; ++i) {
        sleepMs(delay);
        delay = qMin(delay * 2, 8000);
        Status s = openSession(foreignKeyChecks);
        if (s) {
            log(tr("Reconnected to %1.").arg(m_settings.displayName()));
            return {};
        }
        last = s.error();
        log(tr("Reconnecting to %1 failed (%2 of %3): %4").arg(m_settings.displayName()).arg(i + 1).arg(attempts).arg(last.message));
    }
    last.hint = tr("The target could not be reached again. The run is partial: every batch before the "
                   "current one is committed and backed up. Resume it once the server is back.");
    return last;
}

Status Applier::hook(FaultPoint point, qint64 batch)
{
    if (!m_options.faultHook)
        return {};
    return m_options.faultHook(point, batch, *m_conn);
}

Status Applier::settle(BackupWriter& writer, Connection& target, const RunJournal& journal, const QString& runId)
{
    for (const BackupReader::Batch& b : writer.pendingBatches()) {
        Result<bool> committed = journal.isCommitted(target, runId, b.batch);
        if (!committed)
            return committed.error();
        if (Status s = *committed ? writer.markCommitted(b.batch) : writer.markAborted(b.batch); !s)
            return s;
    }
    return {};
}

qint64 Applier::rowSize(const SyncTable& t, const RowChange& c, bool* tooBig, qint64* exact) const
{
    // A cheap upper bound first; the exact statement is built only for rows near the limit.
    qint64 bound = t.qualifiedName().size() + 32;
    switch (c.kind) {
    case RowChange::Kind::Insert:
        for (int i = 0; i < t.columns.size(); ++i) {
            if (!t.columns.at(i).generated && t.columns.at(i).compared)
                bound += t.columns.at(i).name.size() * 4 + 6 + SyncSql::literalSizeBound(t, i, c.after.value(i));
        }
        break;
    case RowChange::Kind::Update:
        for (int i : SyncSql::updateColumns(t, c.before, c.after, c.changedColumns))
            bound += t.columns.at(i).name.size() * 4 + 6 + SyncSql::literalSizeBound(t, i, c.after.value(i));
        [[fallthrough]];
    case RowChange::Kind::Delete:
        for (int k = 0; k < t.keyColumns.size(); ++k) {
            const int col = t.keyColumns.at(k);
            bound += t.columns.at(col).name.size() * 4 + 10 + SyncSql::literalSizeBound(t, col, c.key.value(k));
        }
        break;
    }
    *tooBig = false;
    *exact = bound;
    if (bound <= m_statementLimit)
        return bound;
    QByteArray sql;
    switch (c.kind) {
    case RowChange::Kind::Insert:
        sql = SyncSql::insertPrefix(t) + SyncSql::insertTuple(t, c.after);
        break;
    case RowChange::Kind::Update:
        sql = SyncSql::update(t, c.key, c.before, c.after, c.changedColumns);
        break;
    case RowChange::Kind::Delete:
        sql = SyncSql::deleteRows(t, {c.key});
        break;
    }
    *exact = sql.size();
    *tooBig = sql.size() > m_statementLimit;
    return sql.size();
}

Status Applier::preflight(ChangePlan& plan, const QList<ChangePlan::Step>& steps)
{
    m_rowsTotal = 0;
    m_bytesTotal = 0;
    m_streamed = false;
    for (const ChangePlan::Step& step : steps) {
        ChangePlan::Table& table = plan.tables[step.table];
        const SyncTable& t = table.table;
        const QSet<QByteArray> done = m_doneKeys.value(m_headerIndex.at(step.table));
        auto planError = [&](const QString& what) {
            Error e = Error::make(tr("The sync plan is inconsistent: %1.").arg(what),
                                  tr("This is a bug in the code that built the plan; nothing was written."));
            e.at(m_settings.displayName(), t.database, t.table);
            return e;
        };
        if (table.replace.enabled) {
            // Replaced whole: the rows are read while writing, like a stream.
            m_rowsTotal += table.replace.rowsExpected;
            m_bytesTotal += table.replace.rowsExpected * 64;
            m_streamed = true;
            continue;
        }
        if (step.kind == RowChange::Kind::Insert && table.streamedInserts >= 0) {
            // Read once, while writing: counted as it goes (rows too large fail their batch).
            m_rowsTotal += table.streamedInserts;
            m_bytesTotal += table.streamedInserts * 64;
            m_streamed = true;
            continue;
        }
        if (Status s = table.changes->open(step.kind); !s)
            return s;
        for (;;) {
            Result<std::optional<RowChange>> next = table.changes->next();
            if (!next)
                return next.error();
            if (!next->has_value())
                break;
            const RowChange& c = **next;
            if (c.key.size() != t.keyColumns.size())
                return planError(tr("a key has %1 values, the table's key %2 columns").arg(c.key.size()).arg(t.keyColumns.size()));
            for (const Value& v : c.key) {
                if (!v)
                    return planError(tr("a key holds NULL"));
            }
            if (c.kind != RowChange::Kind::Insert && c.before.size() != t.columns.size()
                && !(c.kind == RowChange::Kind::Delete && !c.beforeDigest.isEmpty()))
                return planError(tr("the row %1 has no complete before-image").arg(t.keyText(c.key)));
            if (c.kind != RowChange::Kind::Delete && c.after.size() != t.columns.size())
                return planError(tr("the row %1 has no complete new image").arg(t.keyText(c.key)));
            if (table.isExcluded(c) || done.contains(RowChange::keyBytes(c.key)))
                continue;
            bool tooBig = false;
            qint64 exact = 0;
            const qint64 size = rowSize(t, c, &tooBig, &exact);
            if (tooBig) {
                Error e = Error::make(
                    tr("The row %1 needs a %2 %3 statement, more than the target's max_allowed_packet "
                       "(%4) allows. Nothing was written.")
                        .arg(t.keyText(c.key), sizeText(exact), RowChange::kindName(c.kind).toUpper(),
                             sizeText(m_statementLimit + 1024)),
                    tr("Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then "
                       "reconnect), or exclude this row from the sync.")
                        .arg(((exact + 2048) / 1024 + 1) * 1024));
                e.at(m_settings.displayName(), t.database, t.table);
                e.code = QStringLiteral("row-too-large");
                return e;
            }
            ++m_rowsTotal;
            m_bytesTotal += size;
        }
    }
    return {};
}

Status Applier::loadDone()
{
    Result<std::unique_ptr<BackupReader>> reader = BackupReader::open(m_catalog.fileOf(m_info.id));
    if (!reader)
        return reader.error();
    if (Status s = (*reader)->scan(); !s)
        return s;
    const QList<SyncTable>& tables = (*reader)->header().tables;
    for (const BackupReader::Batch& b : (*reader)->batches()) {
        if (b.state != BackupReader::Batch::State::Committed)
            continue;
        ++m_outcome.batches;
        Result<QList<BackupRecord>> records = (*reader)->records(b);
        if (!records)
            return records.error();
        BackupInfo::TableCounts& counts = m_outcome.tables[b.table];
        QSet<QByteArray>& done = m_doneKeys[b.table];
        for (const BackupRecord& r : *records) {
            done.insert(RowChange::keyBytes(r.key));
            switch (r.kind) {
            case BackupRecord::Kind::Inserted:
                ++m_outcome.inserted;
                ++counts.inserted;
                break;
            case BackupRecord::Kind::Updated:
                ++m_outcome.updated;
                ++counts.updated;
                break;
            case BackupRecord::Kind::Deleted:
                ++m_outcome.deleted;
                ++counts.deleted;
                break;
            case BackupRecord::Kind::Replaced:
                ++m_outcome.deleted;
                ++counts.deleted;
                break;
            case BackupRecord::Kind::Replace: {
                m_replacedDone.insert(b.table);
                const qint64 rows = r.after.value(0).value_or(QByteArray("0")).toLongLong();
                m_outcome.inserted += rows;
                counts.inserted += rows;
                break;
            }
            case BackupRecord::Kind::Conflict: {
                ++m_outcome.conflictCount;
                ++counts.conflicts;
                if (m_outcome.conflicts.size() < m_options.maxConflictsKept) {
                    Conflict c;
                    c.database = tables.at(b.table).database;
                    c.table = tables.at(b.table).table;
                    c.kind = r.change;
                    c.reason = r.reason;
                    c.key = r.key;
                    c.expected = r.expected;
                    c.actual = r.before;
                    c.desired = r.after;
                    m_outcome.conflicts.append(c);
                }
                break;
            }
            }
        }
    }
    return {};
}

void Applier::saveInfo(const QString& message)
{
    m_info.inserted = m_outcome.inserted;
    m_info.updated = m_outcome.updated;
    m_info.deleted = m_outcome.deleted;
    m_info.conflicts = m_outcome.conflictCount;
    m_info.tables = m_outcome.tables;
    m_info.message = message;
    if (m_writer)
        m_info.sizeBytes = m_writer->size();
    if (Status s = m_catalog.save(m_info); !s)
        log(s.error().toString());
}

Result<Applier::Outcome> Applier::execute(ChangePlan& plan, bool resuming)
{
    m_outcome = Outcome();
    m_doneKeys.clear();
    m_replacedDone.clear();
    m_writer.reset();
    m_rowsDone = m_bytesDone = 0;
    m_clock.start();
    m_foreignKeyChecks = plan.foreignKeyChecks;
    if (Status s = plan.validate(); !s)
        return s.error();
    for (const ChangePlan::Table& t : plan.tables) {
        // LOAD DATA LOCAL is offered on this connection only, and only when a table loads in bulk.
        if (t.bulk && (t.inserts || t.replace.enabled) && !m_options.dryRunScript)
            m_settings.localInfile = true;
    }
    if (Status s = openSession(m_foreignKeyChecks); !s)
        return s.error();

    ForeignKeyGraph graph;
    if (m_foreignKeyChecks) {
        Result<ForeignKeyGraph> g = ForeignKeyGraph::read(*m_conn, plan.databases());
        if (!g)
            return g.error();
        graph = *g;
    }
    QStringList warnings = plan.warnings(graph);
    const QList<ChangePlan::Step> steps = plan.steps(graph, &warnings);
    for (const QString& w : warnings)
        log(w);
    m_outcome.warnings = warnings;

    Result<Value> packet = m_conn->scalar(QByteArrayView("SELECT @@max_allowed_packet"));
    if (!packet)
        return packet.error();
    qint64 limit = packet->value_or(QByteArray("4194304")).toLongLong();
    if (m_options.maxAllowedPacket > 0)
        limit = qMin(limit, m_options.maxAllowedPacket);
    // Leave room for the packet header and the statement around a value.
    m_statementLimit = qMax<qint64>(1024, limit - 1024);
    m_batchBudget = qMax<qint64>(1, qMin(m_options.maxBatchBytes, m_statementLimit));

    auto ensureJournal = [this]() -> Status {
        if (Status s = m_journal.ensure(*m_conn); !s) {
            Error e = s.error();
            e.server = m_settings.displayName();
            return e;
        }
        return {};
    };

    BackupHeader header;
    if (resuming && m_options.dryRunScript) {
        return Error::make(tr("A dry run cannot continue a run."), tr("Leave out --dry-run to resume run %1.").arg(m_info.id));
    }
    if (resuming) {
        if (Status s = ensureJournal(); !s)
            return s.error();
        Result<BackupInfo> info = m_catalog.get(m_info.id);
        if (!info)
            return info.error();
        m_info = *info;
        if (m_info.state != BackupInfo::State::Partial) {
            return Error::make(tr("The run %1 has finished (%2): there is nothing to resume.")
                                   .arg(m_info.id, BackupInfo::stateName(m_info.state)),
                               tr("Start a new run instead."));
        }
        Result<std::unique_ptr<BackupWriter>> writer = BackupWriter::reopen(m_catalog.fileOf(m_info.id));
        if (!writer)
            return writer.error();
        m_writer = std::move(*writer);
        if (Status s = settle(*m_writer, *m_conn, m_journal, m_info.id); !s)
            return s.error();
        header = m_writer->header();
        m_headerIndex.clear();
        for (const ChangePlan::Table& t : plan.tables) {
            int found = -1;
            for (int i = 0; i < header.tables.size(); ++i) {
                if (header.tables.at(i).database == t.table.database && header.tables.at(i).table == t.table.table)
                    found = i;
            }
            QString why;
            if (found < 0 || !header.tables.at(found).sameShape(t.table, &why)) {
                Error e = Error::make(found < 0 ? tr("The run %1 did not include this table.").arg(m_info.id)
                                                : tr("The table is not as it was when run %1 started: %2.").arg(m_info.id, why),
                                      tr("Resume with the plan the run started with, or start a new run."));
                e.at(m_settings.displayName(), t.table.database, t.table.table);
                return e;
            }
            m_headerIndex.append(found);
        }
        for (const SyncTable& t : header.tables)
            m_outcome.tables.append({t.displayName()});
        if (Status s = loadDone(); !s)
            return s.error();
        m_nextBatch = m_writer->lastBatch() + 1;
        m_outcome.resumed = true;
        if (Status s = preflight(plan, steps); !s)
            return s.error();
        log(tr("Resuming run %1: %2 rows already settled, %3 to go.")
                .arg(m_info.id)
                .arg(m_outcome.inserted + m_outcome.updated + m_outcome.deleted + m_outcome.conflictCount)
                .arg(m_rowsTotal));
    } else {
        m_headerIndex.clear();
        for (int i = 0; i < plan.tables.size(); ++i) {
            m_headerIndex.append(i);
            // The backup keeps stored bytes of every column: a rollback restores whole rows.
            header.tables.append(plan.tables.at(i).table.rawForm());
            if (plan.tables.at(i).replace.enabled)
                header.replaced.append(i);
            m_outcome.tables.append({plan.tables.at(i).table.displayName()});
        }
        for (const ForeignKeyGraph::Edge& e : graph.edges()) {
            int child = -1, parent = -1;
            for (int i = 0; i < header.tables.size(); ++i) {
                const SyncTable& t = header.tables.at(i);
                if (t.database == e.childDatabase && t.table == e.child)
                    child = i;
                if (t.database == e.parentDatabase && t.table == e.parent)
                    parent = i;
            }
            if (child >= 0 && parent >= 0 && child != parent)
                header.foreignKeys.append({child, parent});
        }
        // Everything is counted and size-checked before the first write.
        if (Status s = preflight(plan, steps); !s)
            return s.error();
        if (m_rowsTotal == 0 && !m_streamed) {
            // Nothing to write: no backup point, no journal, nothing on the target touched.
            log(tr("Nothing to write."));
            return m_outcome;
        }
        if (m_options.dryRunScript) {
            m_outcome.runId.clear();
            m_nextBatch = 0;
            QByteArray prologue = "-- " + tr("SyncStudio dry run: the statements a sync would send to %1, batch by batch.")
                                              .arg(m_options.target.isEmpty() ? m_settings.displayName() : m_options.target)
                                              .toUtf8()
                + "\n-- " + tr("Each batch is one transaction; its guard locks the rows and checks that each still "
                                "reads as shown, and only then writes.")
                                 .toUtf8()
                + "\n-- " + tr("Run by hand, this script has no guard: it overwrites rows changed since the compare.")
                                 .toUtf8()
                + "\nSET NAMES utf8mb4;\nSET time_zone = '+00:00';\nSET sql_mode = '" + Connection::SessionSqlMode + "';\n";
            if (!m_foreignKeyChecks)
                prologue += "SET foreign_key_checks = 0;\n";
            if (m_options.dryRunScript->write(prologue) != prologue.size())
                return Error::make(tr("Cannot write the SQL script: %1").arg(m_options.dryRunScript->errorString()));
            for (const ChangePlan::Step& step : steps) {
                if (Status s = runStep(plan, step); !s)
                    return s.error();
            }
            return m_outcome;
        }
        if (Status s = ensureJournal(); !s)
            return s.error();
        Result<BackupInfo> info = m_catalog.create(m_options.kind, m_options.parentId, m_options.source, m_options.target);
        if (!info)
            return info.error();
        m_info = *info;
        header.id = m_info.id;
        header.kind = m_info.kind;
        header.parentId = m_info.parentId;
        header.source = m_info.source;
        header.target = m_info.target;
        header.created = m_info.created;
        Result<std::unique_ptr<BackupWriter>> writer = BackupWriter::create(m_catalog.fileOf(m_info.id), header);
        if (!writer) {
            (void)m_catalog.remove(m_info.id);
            return writer.error();
        }
        m_writer = std::move(*writer);
        m_nextBatch = 0;
    }
    m_outcome.runId = m_info.id;
    saveInfo(tr("running"));
    if (m_options.started)
        m_options.started(m_info.id);

    for (const ChangePlan::Step& step : steps) {
        if (Status s = runStep(plan, step); !s) {
            Error e = s.error();
            const QString resumeHint = tr("The batches committed before the stop are in backup point %1, so "
                                          "the run can be resumed or rolled back.")
                                           .arg(m_info.id);
            e.hint = e.hint.isEmpty() ? resumeHint : e.hint + QLatin1Char(' ') + resumeHint;
            saveInfo(e.toString());
            return e;
        }
        if (m_outcome.cancelled)
            break;
    }
    if (m_outcome.cancelled) {
        saveInfo(tr("cancelled; resume run %1 to finish it").arg(m_info.id));
        m_outcome.backupBytes = m_writer->size();
        return m_outcome;
    }

    QJsonObject summary {{QStringLiteral("inserted"), m_outcome.inserted},
                         {QStringLiteral("updated"), m_outcome.updated},
                         {QStringLiteral("deleted"), m_outcome.deleted},
                         {QStringLiteral("conflicts"), m_outcome.conflictCount},
                         {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (Status s = m_writer->finish(summary); !s) {
        saveInfo(s.error().toString());
        return s.error();
    }
    m_info.state = BackupInfo::State::Complete;
    m_info.finished = QDateTime::currentDateTimeUtc();
    m_info.digest = QString::fromLatin1(m_writer->digestHex());
    m_outcome.backupBytes = m_writer->size();
    saveInfo(m_outcome.conflictCount > 0 ? tr("%n conflict(s) left unwritten", nullptr, int(m_outcome.conflictCount))
                                         : QString());
    if (Status s = m_journal.clear(*m_conn, m_info.id); !s)
        log(tr("The run journal rows of %1 could not be removed (harmless): %2").arg(m_info.id, s.error().message));
    return m_outcome;
}

Status Applier::runStep(ChangePlan& plan, const ChangePlan::Step& step)
{
    ChangePlan::Table& table = plan.tables[step.table];
    const SyncTable& t = table.table;
    if (table.replace.enabled)
        return runReplace(plan, step);
    const QSet<QByteArray> done = m_doneKeys.value(m_headerIndex.at(step.table));
    const bool bulk = table.bulk && step.kind == RowChange::Kind::Insert && !m_options.dryRunScript;
    if (bulk && table.streamedInserts >= 0 && done.isEmpty() && !m_copyFellBack.contains(step.table)) {
        Status s = runBulkCopy(plan, step);
        if (s || s.error().code != QLatin1String("bulk-fallback"))
            return s;
        log(tr("%1: %2; copying it in batches instead.").arg(t.displayName(), s.error().message));
        m_copyFellBack.insert(step.table);
        return runStep(plan, step);
    }
    if (Status s = table.changes->open(step.kind); !s)
        return s;
    QList<BatchChange> batch;
    QSet<QByteArray> keysInBatch;
    qint64 bytes = 0;
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        Status s = processBatch(plan, step, batch);
        batch.clear();
        keysInBatch.clear();
        bytes = 0;
        if (s && m_options.cancelled && m_options.cancelled())
            m_outcome.cancelled = true;
        return s;
    };
    for (;;) {
        Result<std::optional<RowChange>> next = table.changes->next();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        BatchChange bc;
        bc.change = std::move(**next);
        if (table.isExcluded(bc.change)) {
            ++m_outcome.skipped;
            continue;
        }
        if (bulk) {
            // The fast path does per row only what it must: the key's bytes are needed to skip rows
            // a resumed run already wrote (and by a batch that falls back to the guarded way).
            if (!done.isEmpty()) {
                bc.key = RowChange::keyBytes(bc.change.key);
                if (done.contains(bc.key))
                    continue;
            }
            // LOAD DATA streams: no statement to fit under max_allowed_packet, only a transaction size.
            bc.bytes = 8;
            for (const Value& v : bc.change.after)
                bc.bytes += v ? v->size() + 1 : 3;
            if (!batch.isEmpty() && (bytes + bc.bytes > m_options.bulkBatchBytes || batch.size() >= m_options.bulkBatchRows)) {
                if (Status s = flush(); !s)
                    return s;
                if (m_outcome.cancelled)
                    return {};
            }
            bytes += bc.bytes;
            batch.append(std::move(bc));
            continue;
        }
        bc.key = RowChange::keyBytes(bc.change.key);
        if (done.contains(bc.key))
            continue;
        bool tooBig = false;
        qint64 exact = 0;
        bc.bytes = rowSize(t, bc.change, &tooBig, &exact);
        // The same key twice in one batch would be guarded against one locked image: split instead.
        if (!batch.isEmpty()
            && (bytes + bc.bytes > m_batchBudget || batch.size() >= m_options.maxBatchRows || keysInBatch.contains(bc.key))) {
            if (Status s = flush(); !s)
                return s;
            if (m_outcome.cancelled)
                return {};
        }
        bytes += bc.bytes;
        keysInBatch.insert(bc.key);
        batch.append(std::move(bc));
    }
    return flush();
}

Status Applier::processBatch(ChangePlan& plan, const ChangePlan::Step& step, QList<BatchChange>& batch)
{
    const ChangePlan::Table& table = plan.tables.at(step.table);
    const SyncTable& t = table.table;
    const int headerTable = m_headerIndex.at(step.table);
    const qint64 number = m_nextBatch++;
    if (m_options.dryRunScript) {
        if (Status s = scriptBatch(t, m_headerIndex.at(step.table), step.kind, batch, number); !s)
            return s;
        reportProgress(t, step.kind);
        return {};
    }
    int retries = 0;
    int reconnects = 0;
    bool bulk = table.bulk && step.kind == RowChange::Kind::Insert;
    for (;;) {
        Attempt attempt;
        Status s = bulk ? attemptBulk(table, headerTable, batch, number, attempt)
                        : attemptBatch(table, headerTable, step.kind, batch, number, attempt);
        if (!s && s.error().code == QLatin1String("bulk-fallback")) {
            // Not a failure: the server did not take the batch whole. Write it the guarded way.
            log(tr("Batch %1 of %2: %3; writing it row by row, guarded.").arg(number).arg(t.displayName(), s.error().message));
            for (BatchChange& bc : batch) {
                if (bc.key.isEmpty())
                    bc.key = RowChange::keyBytes(bc.change.key);
            }
            bulk = false;
            continue;
        }
        if (s) {
            account(batch, attempt, headerTable, step.kind, number);
            reportProgress(t, step.kind);
            return {};
        }
        Error e = s.error();
        e.at(m_settings.displayName(), t.database, t.table);

        if (e.retry == Error::Retry::LostConnection) {
            if (++reconnects > m_options.reconnectAttempts) {
                if (e.hint.isEmpty())
                    e.hint = tr("The connection to the target was lost.");
                return e;
            }
            ++m_outcome.reconnects;
            log(tr("The connection was lost during batch %1 of %2 (%3); reconnecting.").arg(number).arg(t.displayName(), e.message));
            if (Status r = reconnect(m_foreignKeyChecks); !r)
                return r;
            if (attempt.chunkWritten) {
                // The COMMIT may or may not have reached the server: the journal row says which.
                Result<bool> committed = m_journal.isCommitted(*m_conn, m_info.id, number);
                if (!committed)
                    return committed.error();
                if (*committed) {
                    log(tr("Batch %1 had committed before the connection was lost.").arg(number));
                    if (Status m = m_writer->markCommitted(number); !m)
                        return m;
                    attempt.committed = true;
                    account(batch, attempt, headerTable, step.kind, number);
                    reportProgress(t, step.kind);
                    return {};
                }
                if (Status m = m_writer->markAborted(number); !m)
                    return m;
            }
            log(tr("Batch %1 did not commit; running it again.").arg(number));
            continue;
        }

        if (attempt.committed) {
            // Committed, but its marker could not be written: the run journal settles it on resume.
            return e;
        }
        (void)m_conn->rollback();
        if (attempt.chunkWritten) {
            if (Status m = m_writer->markAborted(number); !m)
                return m;
        }
        const bool lockProblem = e.retry == Error::Retry::Deadlock || e.retry == Error::Retry::LockWaitTimeout;
        // A duplicate key on insert means another session inserted the key between our check and our
        // write (or a key equal under the column's collation exists): the next attempt's guard sees it.
        const bool raced = e.errnum == ErDupEntry && step.kind == RowChange::Kind::Insert;
        if ((lockProblem || raced) && retries < m_options.maxRetries) {
            if (e.retry == Error::Retry::Deadlock)
                ++m_outcome.deadlockRetries;
            else if (e.retry == Error::Retry::LockWaitTimeout)
                ++m_outcome.lockWaitRetries;
            const int delay = qMin(5000, m_options.retryDelayMs * (1 << qMin(retries, 12)))
                + int(QRandomGenerator::global()->bounded(qMax(1, m_options.retryDelayMs)));
            log(tr("Batch %1 of %2: %3; retrying in %4 ms.").arg(number).arg(t.displayName(), e.message).arg(delay));
            ++retries;
            sleepMs(delay);
            continue;
        }
        if (lockProblem) {
            e.hint = tr("Other sessions kept the rows locked through %1 attempts; run the sync again when the "
                        "target is quieter.")
                         .arg(retries + 1);
        } else if (e.errnum == 1451 || e.errnum == 1452) {
            // ER_ROW_IS_REFERENCED_2 / ER_NO_REFERENCED_ROW_2
            e.hint = tr("A foreign key refused the write: rows of a table outside the sync refer to these rows, "
                        "or the tables' keys refer to each other in a cycle. Include the other table in the sync, "
                        "or run with foreign key checks off.");
        }
        return e;
    }
}

Status Applier::attemptBatch(const ChangePlan::Table& table, int headerTable, RowChange::Kind kind,
                             QList<BatchChange>& batch, qint64 number, Attempt& attempt)
{
    const SyncTable& t = table.table;
    if (Status s = hook(FaultPoint::BeforeLock, number); !s)
        return s;
    if (Status s = m_conn->begin(); !s)
        return s;

    // 1. Lock the batch's rows (and, for absent keys, their gaps) and read what is there now.
    QList<Row> keys;
    QSet<QByteArray> requested;
    keys.reserve(batch.size());
    for (const BatchChange& bc : batch) {
        keys.append(bc.change.key);
        requested.insert(bc.key);
    }
    Result<QueryResult> locked = m_conn->query(SyncSql::selectRows(t, keys, true));
    if (!locked)
        return locked.error();
    QHash<QByteArray, qsizetype> current;
    QSet<QByteArray> ambiguous;
    int strays = 0;
    for (qsizetype i = 0; i < locked->rows.size(); ++i) {
        const QByteArray k = RowChange::keyBytes(t.keyOf(t.guardView(locked->rows.at(i))));
        if (!requested.contains(k))
            ++strays; // equal to a requested key under the column's collation, not in bytes
        if (current.contains(k))
            ambiguous.insert(k); // a user-chosen key that the target does not keep unique
        current.insert(k, i);
    }

    // 2. Guard every row.
    QList<const BatchChange*> toWrite;
    for (BatchChange& bc : batch) {
        const RowChange& c = bc.change;
        bc.post.clear();
        bc.current.clear();
        bc.view.clear();
        bool twin = false;
        if (auto it = current.constFind(bc.key); it != current.constEnd()) {
            bc.current = t.rawImage(locked->rows.at(*it));
            bc.view = t.guardView(locked->rows.at(*it));
        } else if (strays > 0) {
            Result<QueryResult> one = m_conn->query(SyncSql::selectRows(t, {c.key}, true));
            if (!one)
                return one.error();
            if (!one->rows.isEmpty()) {
                bc.current = t.rawImage(one->rows.first());
                bc.view = t.guardView(one->rows.first());
                twin = true;
            }
        }
        const bool present = !bc.current.isEmpty();
        Conflict::Reason reason = Conflict::Reason::Changed;
        if (present && ambiguous.contains(bc.key)) {
            bc.verdict = BatchChange::Verdict::Conflict;
            reason = Conflict::Reason::Ambiguous;
        } else switch (kind) {
        case RowChange::Kind::Insert:
            if (!present)
                bc.verdict = BatchChange::Verdict::Apply;
            else if (!twin && t.sameCompared(bc.view, c.after))
                bc.verdict = BatchChange::Verdict::Unchanged;
            else {
                bc.verdict = BatchChange::Verdict::Conflict;
                reason = Conflict::Reason::Present;
            }
            break;
        case RowChange::Kind::Update:
            if (!present || twin) {
                bc.verdict = BatchChange::Verdict::Conflict;
                reason = Conflict::Reason::Missing;
            } else if (t.sameCompared(bc.view, c.before)) {
                bc.verdict = SyncSql::updateColumns(t, bc.view, c.after, c.changedColumns).isEmpty()
                    ? BatchChange::Verdict::Unchanged
                    : BatchChange::Verdict::Apply;
            } else if (t.sameCompared(bc.view, c.after)) {
                bc.verdict = BatchChange::Verdict::Unchanged;
            } else {
                bc.verdict = BatchChange::Verdict::Conflict;
            }
            break;
        case RowChange::Kind::Delete:
            if (!present)
                bc.verdict = BatchChange::Verdict::Unchanged; // already gone: what the delete wanted
            else if (!twin && !c.beforeDigest.isEmpty())
                bc.verdict = RowChange::rowDigest(bc.current) == c.beforeDigest ? BatchChange::Verdict::Apply
                                                                                 : BatchChange::Verdict::Conflict;
            else if (!twin && t.sameCompared(bc.view, c.before))
                bc.verdict = BatchChange::Verdict::Apply;
            else
                bc.verdict = BatchChange::Verdict::Conflict;
            break;
        }
        if (bc.verdict == BatchChange::Verdict::Conflict) {
            Conflict& x = bc.conflict;
            x = Conflict();
            x.database = t.database;
            x.table = t.table;
            x.kind = kind;
            x.reason = reason;
            x.key = c.key;
            x.expected = kind == RowChange::Kind::Insert ? Row() : c.before;
            x.actual = bc.view;
            x.desired = kind == RowChange::Kind::Delete ? Row() : c.after;
        } else if (bc.verdict == BatchChange::Verdict::Apply) {
            toWrite.append(&bc);
        }
    }
    if (Status s = hook(FaultPoint::BeforeWrite, number); !s)
        return s;

    // 3. Write.
    if (!toWrite.isEmpty()) {
        if (Status s = applyWrites(t, kind, toWrite); !s)
            return s;
    }

    // 4. Read back what was written.
    if (kind != RowChange::Kind::Delete && !toWrite.isEmpty()) {
        QList<Row> writtenKeys;
        for (const BatchChange* bc : toWrite)
            writtenKeys.append(bc->change.key);
        Result<QueryResult> post = m_conn->query(SyncSql::selectRows(t, writtenKeys, false));
        if (!post)
            return post.error();
        QHash<QByteArray, qsizetype> byKey;
        for (qsizetype i = 0; i < post->rows.size(); ++i)
            byKey.insert(RowChange::keyBytes(t.keyOf(t.guardView(post->rows.at(i)))), i);
        for (const BatchChange* cbc : toWrite) {
            auto* bc = const_cast<BatchChange*>(cbc);
            Row postView;
            if (auto it = byKey.constFind(bc->key); it != byKey.constEnd()) {
                bc->post = t.rawImage(post->rows.at(*it));
                postView = t.guardView(post->rows.at(*it));
            }
            // Compare what was written with what reads back (generated and uncompared columns excepted).
            bool same = postView.size() == t.columns.size();
            for (int c = 0; same && c < t.columns.size(); ++c) {
                const SyncTable::Column& col = t.columns.at(c);
                if (!col.generated && col.compared && postView.at(c) != bc->change.after.value(c))
                    same = false;
            }
            if (!same) {
                if (m_outcome.writeMismatches + attempt.writeMismatches < 5) {
                    log(tr("Row %1 of %2 reads back differently from what was written (a trigger or a type "
                           "conversion changed it).")
                            .arg(t.keyText(bc->change.key), t.displayName()));
                }
                ++attempt.writeMismatches;
            }
        }
    }

    // 5. Journal row, 6. backup records (fsync'ed), 7. commit.
    if (Status s = m_conn->execute(m_journal.recordStatement(m_info.id, number, t.displayName(),
                                                             RowChange::kindName(kind), batch.size()));
        !s)
        return s;
    QList<BackupRecord> records;
    for (const BatchChange& bc : batch) {
        if (bc.verdict == BatchChange::Verdict::Unchanged)
            continue;
        BackupRecord r;
        r.table = headerTable;
        r.change = kind;
        r.key = bc.change.key;
        if (bc.verdict == BatchChange::Verdict::Conflict) {
            r.kind = BackupRecord::Kind::Conflict;
            r.reason = bc.conflict.reason;
            r.before = bc.conflict.actual;
            r.after = bc.conflict.desired;
            r.expected = bc.conflict.expected;
        } else if (kind == RowChange::Kind::Insert) {
            r.kind = BackupRecord::Kind::Inserted;
            r.after = bc.post;
        } else if (kind == RowChange::Kind::Update) {
            r.kind = BackupRecord::Kind::Updated;
            r.before = bc.current;
            r.after = bc.post;
        } else {
            r.kind = BackupRecord::Kind::Deleted;
            r.before = bc.current;
        }
        records.append(std::move(r));
    }
    if (Status s = m_writer->writeBatch(number, headerTable, kind, records); !s)
        return s;
    attempt.chunkWritten = true;
    if (Status s = hook(FaultPoint::BeforeCommit, number); !s)
        return s;
    if (Status s = m_conn->commit(); !s)
        return s;
    attempt.committed = true;
    if (Status s = hook(FaultPoint::AfterCommit, number); !s)
        return s;
    return m_writer->markCommitted(number);
}

Status Applier::runBulkCopy(ChangePlan& plan, const ChangePlan::Step& step)
{
    // A table that was empty on the target is copied by one LOAD DATA statement in one transaction:
    // into an empty table InnoDB then logs one undo record for the whole load instead of one per
    // row (so it is as fast as a plain LOAD DATA, and a rollback is instant). The backup still gets
    // its records in sub-batches of bulkBatchRows rows, each with its batch number, its chunk and
    // its journal row; all of them commit together. Anything but a complete load is rolled back.
    ChangePlan::Table& table = plan.tables[step.table];
    const SyncTable& t = table.table;
    const int headerTable = m_headerIndex.at(step.table);
    if (Status s = hook(FaultPoint::BeforeLock, m_nextBatch); !s)
        return s;
    if (Status s = m_conn->begin(); !s)
        return s;
    auto abandonStart = [this](Error e) -> Status {
        (void)m_conn->rollback();
        return e;
    };

    const qint64 rowsBefore = m_rowsDone;
    QList<qint64> numbers;   // the sub-batches whose chunks were written
    QList<BackupRecord> records; // the current sub-batch: keys and digests
    QFuture<Status> writing; // the previous sub-batch's chunk
    Status failure;
    qint64 sent = 0;
    BackupWriter* writer = m_writer.get();
    auto flush = [&]() -> Status {
        if (writing.isValid()) {
            writing.waitForFinished();
            if (Status s = writing.result(); !s)
                return s;
            writing = QFuture<Status>();
        }
        if (records.isEmpty())
            return {};
        const qint64 number = m_nextBatch++;
        numbers.append(number);
        writing = QtConcurrent::run([out = std::move(records), headerTable, number, writer]() -> Status {
            return writer->writePrepared(BackupWriter::prepareBatch(number, headerTable, RowChange::Kind::Insert, out));
        });
        records = QList<BackupRecord>();
        records.reserve(m_options.bulkBatchRows);
        return {};
    };
    records.reserve(m_options.bulkBatchRows);
    auto record = [&](Row key, QByteArray digest) {
        BackupRecord r;
        r.kind = BackupRecord::Kind::Inserted;
        r.change = RowChange::Kind::Insert;
        r.table = headerTable;
        r.key = std::move(key);
        r.expected = Row {std::move(digest)};
        records.append(std::move(r));
        ++sent;
    };
    // Between two fills: a full sub-batch leaves for the backup, cancel and progress are checked.
    auto between = [&](bool* abort) {
        if (records.size() < m_options.bulkBatchRows)
            return;
        if (Status s = flush(); !s) {
            failure = s;
            *abort = true;
            return;
        }
        if (m_options.cancelled && m_options.cancelled()) {
            m_outcome.cancelled = true;
            *abort = true;
            return;
        }
        m_rowsDone = rowsBefore + sent;
        reportProgress(t, RowChange::Kind::Insert);
    };

    BulkFeed feed(table, between, failure);
    const Status opened = feed.open(
        table.excludedKeys.isEmpty(),
        [&](const QList<BulkLoader::View>& views) {
            Row key;
            key.reserve(t.keyColumns.size());
            for (int k : t.keyColumns)
                key.append(views.at(k).null ? Value() : Value(QByteArray(views.at(k).data, views.at(k).size)));
            record(std::move(key), BulkLoader::digest(views));
        },
        [&](RowChange& c) {
            if (table.isExcluded(c)) {
                ++m_outcome.skipped;
                return false;
            }
            record(std::move(c.key), RowChange::rowDigest(c.after));
            return true;
        });
    if (!opened)
        return abandonStart(opened.error());
    Result<BulkLoader::Loaded> loaded
        = BulkLoader::stream(*m_conn, t, [&feed](QByteArray& out, bool* abort) { return feed.fill(out, abort); });
    feed.close();
    if (loaded && !failure)
        loaded = failure.error();
    Status backedUp = flush();
    if (backedUp) {
        writing.waitForFinished();
        if (writing.isValid())
            backedUp = writing.result();
    }
    auto abandon = [&](Error e) -> Status {
        (void)m_conn->rollback();
        for (qint64 n : numbers) {
            if (Status m = m_writer->markAborted(n); !m)
                return m;
        }
        return e;
    };
    if (m_outcome.cancelled) {
        // Nothing of the table stays; the run ends as cancelled and resumes with this table.
        (void)m_conn->rollback();
        for (qint64 n : numbers) {
            if (Status m = m_writer->markAborted(n); !m)
                return m;
        }
        return {};
    }
    if (!loaded) {
        Error e = loaded.error();
        if (!failure || e.retry != Error::Retry::LostConnection)
            return abandon(e);
        // The server rolled the load back with the connection; the table is copied in batches.
        for (qint64 n : numbers) {
            if (Status m = m_writer->markAborted(n); !m)
                return m;
        }
        if (Status r = reconnect(m_foreignKeyChecks); !r)
            return r;
        Error fallback = Error::make(tr("the connection was lost during the load (%1)").arg(e.message));
        fallback.code = QStringLiteral("bulk-fallback");
        return fallback;
    }
    if (!backedUp)
        return abandon(backedUp.error());
    if (!loaded->complete()) {
        Error e = Error::make(loaded->affected != loaded->rowsSent
                                  ? tr("%1 of %2 rows were inserted (keys that exist now)").arg(loaded->affected).arg(loaded->rowsSent)
                                  : tr("the server warned: %1").arg(loaded->firstWarning));
        e.code = QStringLiteral("bulk-fallback");
        return abandon(e);
    }
    QByteArray journal;
    for (qint64 n : numbers) {
        journal += m_journal.recordStatement(m_info.id, n, t.displayName(), RowChange::kindName(RowChange::Kind::Insert),
                                             m_options.bulkBatchRows)
            + ";\n";
    }
    if (!journal.isEmpty()) {
        if (Status s = m_conn->execute(journal); !s)
            return abandon(s.error());
    }
    const qint64 last = numbers.isEmpty() ? m_nextBatch : numbers.last();
    if (Status s = hook(FaultPoint::BeforeCommit, last); !s)
        return abandon(s.error());
    if (Status s = m_conn->commit(); !s) {
        // Whether the COMMIT reached the server is for the run journal to say (see settle()).
        return s;
    }
    for (qint64 n : numbers) {
        if (Status s = m_writer->markCommitted(n); !s)
            return s;
    }
    BackupInfo::TableCounts& counts = m_outcome.tables[headerTable];
    m_outcome.inserted += sent;
    counts.inserted += sent;
    m_outcome.batches += numbers.size();
    m_rowsDone = rowsBefore + sent;
    if (!numbers.isEmpty())
        m_lastBatch = numbers.last();
    reportProgress(t, RowChange::Kind::Insert);
    return {};
}

/// How far one attempt at replacing a table got.
struct Applier::ReplaceAttempt
{
    bool bulk = false;     ///< the new rows go in by LOAD DATA LOCAL (BulkLoader)
    QList<qint64> numbers; ///< batch numbers whose chunks are in the backup file
    bool committed = false;
    qint64 deleted = 0;
    qint64 inserted = 0;
    qint64 bytes = 0;
};

Status Applier::runReplace(ChangePlan& plan, const ChangePlan::Step& step)
{
    ChangePlan::Table& table = plan.tables[step.table];
    const SyncTable& t = table.table;
    const int headerTable = m_headerIndex.at(step.table);
    if (m_replacedDone.contains(headerTable))
        return {}; // a resumed run: this table's replace committed before
    if (m_options.dryRunScript)
        return scriptReplace(table, headerTable);
    int retries = 0;
    int reconnects = 0;
    const qint64 rowsBefore = m_rowsDone;
    for (;;) {
        ReplaceAttempt attempt;
        attempt.bulk = table.bulk && !m_copyFellBack.contains(step.table);
        Status s = attemptReplace(table, headerTable, attempt);
        if (!s && s.error().code == QLatin1String("bulk-fallback")) {
            // Not a failure: the server did not take the rows whole. Again, with INSERTs.
            (void)m_conn->rollback();
            for (qint64 n : attempt.numbers) {
                if (Status m = m_writer->markAborted(n); !m)
                    return m;
            }
            m_rowsDone = rowsBefore;
            log(tr("%1: %2; replacing it with INSERTs instead.").arg(t.displayName(), s.error().message));
            m_copyFellBack.insert(step.table);
            continue;
        }
        if (s && m_outcome.cancelled)
            return {};
        std::optional<Error> failure;
        if (!s) {
            failure = s.error();
            failure->at(m_settings.displayName(), t.database, t.table);
        }
        if (failure && failure->retry == Error::Retry::LostConnection && !attempt.numbers.isEmpty()
            && reconnects < m_options.reconnectAttempts) {
            ++reconnects;
            ++m_outcome.reconnects;
            log(tr("The connection was lost while replacing %1 (%2); reconnecting.").arg(t.displayName(), failure->message));
            if (Status r = reconnect(m_foreignKeyChecks); !r)
                return r;
            // Every chunk of the attempt has its journal row in the one transaction: the last says it all.
            Result<bool> committed = m_journal.isCommitted(*m_conn, m_info.id, attempt.numbers.last());
            if (!committed)
                return committed.error();
            attempt.committed = *committed;
            if (!*committed) {
                for (qint64 n : attempt.numbers) {
                    if (Status m = m_writer->markAborted(n); !m)
                        return m;
                }
                m_rowsDone = rowsBefore;
                log(tr("The replace of %1 did not commit; the table kept its old contents. Running it again.").arg(t.displayName()));
                continue;
            }
            log(tr("The replace of %1 had committed before the connection was lost.").arg(t.displayName()));
            failure.reset();
        } else if (failure && failure->retry == Error::Retry::LostConnection && attempt.numbers.isEmpty()
                   && reconnects < m_options.reconnectAttempts) {
            ++reconnects;
            ++m_outcome.reconnects;
            if (Status r = reconnect(m_foreignKeyChecks); !r)
                return r;
            m_rowsDone = rowsBefore;
            continue;
        }
        if (failure) {
            // Committed with its markers unwritten, or the connection lost with the COMMIT's fate
            // unknown: the run journal settles the chunks on resume (or rollback).
            if (attempt.committed || failure->retry == Error::Retry::LostConnection)
                return *failure;
            (void)m_conn->rollback();
            for (qint64 n : attempt.numbers) {
                if (Status m = m_writer->markAborted(n); !m)
                    return m;
            }
            m_rowsDone = rowsBefore;
            const bool lockProblem
                = failure->retry == Error::Retry::Deadlock || failure->retry == Error::Retry::LockWaitTimeout;
            if (lockProblem && retries < m_options.maxRetries) {
                const int delay = qMin(5000, m_options.retryDelayMs * (1 << qMin(retries, 12)));
                log(tr("Replacing %1: %2; retrying in %3 ms.").arg(t.displayName(), failure->message).arg(delay));
                ++retries;
                if (failure->retry == Error::Retry::Deadlock)
                    ++m_outcome.deadlockRetries;
                else
                    ++m_outcome.lockWaitRetries;
                sleepMs(delay);
                continue;
            }
            return *failure;
        }
        for (qint64 n : attempt.numbers) {
            if (Status m = m_writer->markCommitted(n); !m)
                return m;
        }
        BackupInfo::TableCounts& counts = m_outcome.tables[headerTable];
        m_outcome.deleted += attempt.deleted;
        m_outcome.inserted += attempt.inserted;
        counts.deleted += attempt.deleted;
        counts.inserted += attempt.inserted;
        m_outcome.batches += attempt.numbers.size();
        m_rowsDone = rowsBefore + attempt.inserted;
        m_bytesDone += attempt.bytes;
        m_lastBatch = attempt.numbers.last();
        reportProgress(t, RowChange::Kind::Insert);
        log(tr("%1: replaced %2 rows with %3.").arg(t.displayName()).arg(attempt.deleted).arg(attempt.inserted));
        return {};
    }
}

Status Applier::attemptReplace(ChangePlan::Table& table, int headerTable, ReplaceAttempt& attempt)
{
    const SyncTable& t = table.table;
    const ChangePlan::Table::Replace& replace = table.replace;
    if (Status s = hook(FaultPoint::BeforeLock, m_nextBatch); !s)
        return s;
    if (Status s = m_conn->begin(); !s)
        return s;

    // 1. Lock every row (and gap) and check the table still holds what the compare saw.
    const QByteArray guardSql = replace.guardSql + " FOR UPDATE";
    Result<QueryResult> found = m_conn->query(guardSql);
    if (!found)
        return found.error();
    const Row now = found->rows.value(0);
    if (now != replace.guardExpected) {
        const QString then = QString::fromLatin1(replace.guardExpected.value(0).value_or("?"));
        const QString rows = QString::fromLatin1(now.value(0).value_or("?"));
        const bool rollback = m_options.kind == QLatin1String("rollback");
        Error e = rollback
            ? Error::make(tr("The table changed after the sync wrote it (it had %1 rows then, %2 now, and its checksum "
                             "differs), so its old contents were not put back. Nothing of it was written.")
                              .arg(then, rows),
                          tr("Undo the later changes and roll back again, or restore the rows from the backup's "
                             "export (syncstudio-cli backups export)."))
            : Error::make(tr("The table changed after it was compared (it had %1 rows then, %2 now, and its checksum "
                             "differs), so its contents were not replaced. Nothing of it was written.")
                              .arg(then, rows),
                          tr("Compare again and sync, or leave the table out."));
        e.code = QStringLiteral("replace-changed");
        return e;
    }
    if (Status s = hook(FaultPoint::BeforeWrite, m_nextBatch); !s)
        return s;

    // 2. Every row there goes to the backup point before anything is written.
    {
        Result<RowStream> rows = m_conn->stream(QStringLiteral("SELECT %1 FROM %2 FOR UPDATE")
                                                     .arg(t.selectList(), t.qualifiedName())
                                                     .toUtf8());
        if (!rows)
            return rows.error();
        QList<BackupRecord> records;
        qint64 bytes = 0;
        auto flush = [&]() -> Status {
            if (records.isEmpty())
                return {};
            const qint64 number = m_nextBatch++;
            if (Status s = m_writer->writeBatch(number, headerTable, RowChange::Kind::Delete, records); !s)
                return s;
            attempt.numbers.append(number);
            records.clear();
            bytes = 0;
            return {};
        };
        while (rows->next()) {
            BackupRecord r;
            r.kind = BackupRecord::Kind::Replaced;
            r.change = RowChange::Kind::Delete;
            r.table = headerTable;
            r.before = rows->rowCopy();
            for (const Value& v : r.before)
                bytes += v ? v->size() + 4 : 4;
            records.append(std::move(r));
            ++attempt.deleted;
            if (records.size() >= m_options.bulkBatchRows || bytes >= m_options.maxBatchBytes) {
                if (Status s = flush(); !s)
                    return s;
            }
        }
        if (rows->error())
            return *rows->error();
        if (Status s = flush(); !s)
            return s;
    }

    // 3. Out with the old rows.
    Result<quint64> deleted = executeCounting(*m_conn, "DELETE FROM " + t.qualifiedName().toUtf8());
    if (!deleted)
        return deleted.error();
    if (qint64(*deleted) != attempt.deleted) {
        return Error::make(tr("The DELETE removed %1 rows where %2 were locked; the replace was rolled back.")
                               .arg(*deleted)
                               .arg(attempt.deleted),
                           tr("A trigger may have changed the table; compare again."));
    }

    // 4. In with the new ones: one LOAD DATA into the emptied table, or statements under
    // max_allowed_packet.
    if (attempt.bulk) {
        if (Status s = bulkReplace(table, attempt); !s)
            return s;
    } else if (Status s = insertReplace(table, attempt); !s) {
        return s;
    }
    if (m_outcome.cancelled) {
        // Nothing of the table stays; the run ends as cancelled and resumes with this table.
        (void)m_conn->rollback();
        for (qint64 n : attempt.numbers) {
            if (Status m = m_writer->markAborted(n); !m)
                return m;
        }
        attempt.numbers.clear();
        return {};
    }

    // 5. What the table reads as now: the guard of a rollback, and proof of what was written.
    Result<QueryResult> after = m_conn->query(guardSql);
    if (!after)
        return after.error();
    BackupRecord summary;
    summary.kind = BackupRecord::Kind::Replace;
    summary.change = RowChange::Kind::Insert;
    summary.table = headerTable;
    summary.expected = Row {Value(replace.guardSql)} + now;
    summary.after = after->rows.value(0);
    const qint64 number = m_nextBatch++;
    if (Status s = m_writer->writeBatch(number, headerTable, RowChange::Kind::Insert, {summary}); !s)
        return s;
    attempt.numbers.append(number);

    // 6. Journal rows, then COMMIT.
    QByteArray journal;
    for (qint64 n : attempt.numbers) {
        journal += m_journal.recordStatement(m_info.id, n, t.displayName(), QStringLiteral("replace"),
                                             n == number ? attempt.inserted : attempt.deleted)
            + ";\n";
    }
    if (Status s = m_conn->execute(journal); !s)
        return s;
    if (Status s = hook(FaultPoint::BeforeCommit, number); !s)
        return s;
    if (Status s = m_conn->commit(); !s)
        return s;
    attempt.committed = true;
    return hook(FaultPoint::AfterCommit, number);
}

Status Applier::insertBatches(ChangePlan::Table& table, bool refuseOversize,
                              const std::function<Status(const QList<BatchChange>& batch, bool last, bool* stop)>& flush)
{
    const SyncTable& t = table.table;
    if (Status s = table.changes->open(RowChange::Kind::Insert); !s)
        return s;
    QList<BatchChange> batch;
    qint64 bytes = 0;
    for (;;) {
        Result<std::optional<RowChange>> next = table.changes->next();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        BatchChange bc;
        bc.change = std::move(**next);
        bool tooBig = false;
        qint64 exact = 0;
        bc.bytes = rowSize(t, bc.change, &tooBig, &exact);
        if (tooBig && refuseOversize) {
            Error e = Error::make(tr("A row of the source needs a %1 INSERT statement, more than the target's "
                                     "max_allowed_packet (%2) allows. The replace was rolled back.")
                                      .arg(sizeText(exact), sizeText(m_statementLimit + 1024)),
                                  tr("Raise max_allowed_packet on the target (SET GLOBAL max_allowed_packet = %1, then "
                                     "reconnect).")
                                      .arg(((exact + 2048) / 1024 + 1) * 1024));
            e.code = QStringLiteral("row-too-large");
            return e;
        }
        if (!batch.isEmpty() && (bytes + bc.bytes > m_batchBudget || batch.size() >= m_options.maxBatchRows)) {
            bool stop = false;
            if (Status s = flush(batch, false, &stop); !s || stop)
                return s;
            batch.clear();
            bytes = 0;
        }
        bytes += bc.bytes;
        batch.append(std::move(bc));
    }
    if (batch.isEmpty())
        return {};
    bool stop = false;
    return flush(batch, true, &stop);
}

Status Applier::insertReplace(ChangePlan::Table& table, ReplaceAttempt& attempt)
{
    const SyncTable& t = table.table;
    return insertBatches(table, true, [&](const QList<BatchChange>& batch, bool last, bool* stop) -> Status {
        QList<const BatchChange*> rows;
        rows.reserve(batch.size());
        for (const BatchChange& bc : batch)
            rows.append(&bc);
        if (Status s = applyWrites(t, RowChange::Kind::Insert, rows); !s)
            return s;
        attempt.inserted += batch.size();
        for (const BatchChange& bc : batch)
            attempt.bytes += bc.bytes;
        m_rowsDone += batch.size();
        reportProgress(t, RowChange::Kind::Insert);
        if (!last && m_options.cancelled && m_options.cancelled()) {
            m_outcome.cancelled = true;
            *stop = true;
        }
        return {};
    });
}

Status Applier::bulkReplace(ChangePlan::Table& table, ReplaceAttempt& attempt)
{
    const SyncTable& t = table.table;
    Status failure;
    qint64 sent = 0;
    qint64 fills = 0;
    const qint64 rowsBefore = m_rowsDone;
    // Every so many fills: cancel and progress.
    auto between = [&](bool* abort) {
        if ((++fills & 0xFF) != 0)
            return;
        m_rowsDone = rowsBefore + sent;
        if (m_options.cancelled && m_options.cancelled()) {
            m_outcome.cancelled = true;
            *abort = true;
            return;
        }
        reportProgress(t, RowChange::Kind::Insert);
    };
    BulkFeed feed(table, between, failure);
    if (Status s = feed.open(
            true, [&](const QList<BulkLoader::View>&) { ++sent; },
            [&](RowChange&) {
                ++sent;
                return true;
            });
        !s)
        return s;
    Result<BulkLoader::Loaded> loaded
        = BulkLoader::stream(*m_conn, t, [&feed](QByteArray& out, bool* abort) { return feed.fill(out, abort); });
    feed.close();
    if (m_outcome.cancelled)
        return {};
    if (!failure)
        return failure;
    if (!loaded)
        return loaded.error();
    if (!loaded->complete()) {
        Error e = Error::make(loaded->affected != loaded->rowsSent
                                  ? tr("%1 of %2 rows were loaded").arg(loaded->affected).arg(loaded->rowsSent)
                                  : tr("the server warned: %1").arg(loaded->firstWarning));
        e.code = QStringLiteral("bulk-fallback");
        return e;
    }
    attempt.inserted = sent;
    m_rowsDone = rowsBefore + sent;
    return {};
}

Status Applier::scriptReplace(ChangePlan::Table& table, int headerTable)
{
    const SyncTable& t = table.table;
    const ChangePlan::Table::Replace& replace = table.replace;
    QIODevice& out = *m_options.dryRunScript;
    const qint64 number = m_nextBatch++;
    QByteArray text = "\n-- batch " + QByteArray::number(number) + ": replace the contents of "
        + t.displayName().toUtf8() + " (no key), in one transaction\n";
    text += "START TRANSACTION;\n";
    text += "-- guard: " + replace.guardSql + " FOR UPDATE;\n";
    text += "--   must return (";
    for (int i = 0; i < replace.guardExpected.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += replace.guardExpected.at(i) ? *replace.guardExpected.at(i) : QByteArray("NULL");
    }
    text += "): the rows the compare saw; otherwise nothing is written and the sync stops.\n";
    text += "-- backup: SELECT " + t.selectList().toUtf8() + " FROM " + t.qualifiedName().toUtf8()
        + " FOR UPDATE; every row goes to the backup point.\n";
    text += "DELETE FROM " + t.qualifiedName().toUtf8() + ";\n";
    if (out.write(text) != text.size())
        return Error::make(tr("Cannot write the SQL script: %1").arg(out.errorString()));
    qint64 inserted = 0;
    if (Status s = insertBatches(table, false, [&](const QList<BatchChange>& batch, bool, bool*) -> Status {
            QList<const BatchChange*> rows;
            for (const BatchChange& bc : batch)
                rows.append(&bc);
            QByteArray sql;
            for (const Statement& st : buildWrites(t, RowChange::Kind::Insert, rows))
                sql += st.sql + ";\n";
            if (out.write(sql) != sql.size())
                return Error::make(tr("Cannot write the SQL script: %1").arg(out.errorString()));
            inserted += batch.size();
            return {};
        });
        !s)
        return s;
    const QByteArray end = "COMMIT;\n";
    if (out.write(end) != end.size())
        return Error::make(tr("Cannot write the SQL script: %1").arg(out.errorString()));
    const qint64 deleted = replace.guardExpected.value(0).value_or(QByteArray("0")).toLongLong();
    BackupInfo::TableCounts& counts = m_outcome.tables[headerTable];
    m_outcome.deleted += deleted;
    m_outcome.inserted += inserted;
    counts.deleted += deleted;
    counts.inserted += inserted;
    ++m_outcome.batches;
    m_rowsDone += inserted;
    m_lastBatch = number;
    reportProgress(t, RowChange::Kind::Insert);
    return {};
}

Status Applier::attemptBulk(const ChangePlan::Table& table, int headerTable, QList<BatchChange>& batch, qint64 number,
                            Attempt& attempt)
{
    const SyncTable& t = table.table;
    if (Status s = hook(FaultPoint::BeforeLock, number); !s)
        return s;
    if (Status s = m_conn->begin(); !s)
        return s;
    // The batch's backup records are encoded and compressed while the server loads the rows. What
    // the rows read as afterwards is what was sent: the table has no triggers, every column is in
    // the image, and a load with any warning is not kept (BulkLoader::eligible, Loaded::complete).
    // The backup batch is written (and fsync'ed) by this task while the rows load; the main thread
    // does not touch the writer until the task is done.
    BackupWriter* writer = m_writer.get();
    QFuture<Status> written = QtConcurrent::run([&batch, headerTable, number, writer]() -> Status {
        QList<BackupRecord> records;
        records.reserve(batch.size());
        for (const BatchChange& bc : batch) {
            BackupRecord r;
            r.kind = BackupRecord::Kind::Inserted;
            r.change = RowChange::Kind::Insert;
            r.table = headerTable;
            r.key = bc.change.key;
            // The key and a digest of the row: a rollback deletes the row only while it is still
            // the row loaded, and the backup of a large copy stays small and quick to write.
            r.expected = Row {RowChange::rowDigest(bc.change.after)};
            records.append(std::move(r));
        }
        return writer->writePrepared(BackupWriter::prepareBatch(number, headerTable, RowChange::Kind::Insert, records));
    });
    auto backupDone = [&written, &attempt]() -> Status {
        written.waitForFinished();
        Status s = written.result();
        if (s)
            attempt.chunkWritten = true;
        return s;
    };
    if (Status s = hook(FaultPoint::BeforeWrite, number); !s) {
        (void)backupDone();
        return s;
    }
    Result<BulkLoader::Loaded> loaded = BulkLoader::load(*m_conn, t, batch.size(),
                                                         [&batch](qint64 i) -> const Row& { return batch.at(i).change.after; });
    const Status backedUp = backupDone();
    if (!loaded)
        return loaded.error();
    if (!backedUp)
        return backedUp;
    if (!loaded->complete()) {
        (void)m_conn->rollback();
        if (Status m = m_writer->markAborted(number); !m)
            return m;
        Error e = Error::make(loaded->affected != loaded->rowsSent
                                  ? tr("%1 of %2 rows were inserted (keys that exist now)").arg(loaded->affected).arg(loaded->rowsSent)
                                  : tr("the server warned: %1").arg(loaded->firstWarning));
        e.code = QStringLiteral("bulk-fallback");
        return e;
    }
    for (BatchChange& bc : batch) {
        bc.verdict = BatchChange::Verdict::Apply;
        bc.post = bc.change.after;
    }
    if (Status s = m_conn->execute(m_journal.recordStatement(m_info.id, number, t.displayName(),
                                                             RowChange::kindName(RowChange::Kind::Insert), batch.size()));
        !s)
        return s;
    if (Status s = hook(FaultPoint::BeforeCommit, number); !s)
        return s;
    if (Status s = m_conn->commit(); !s)
        return s;
    attempt.committed = true;
    if (Status s = hook(FaultPoint::AfterCommit, number); !s)
        return s;
    return m_writer->markCommitted(number);
}

QList<Applier::Statement> Applier::buildWrites(const SyncTable& t, RowChange::Kind kind,
                                               const QList<const BatchChange*>& rows) const
{
    // Statements are packed up to the statement limit; each batch is far below it unless rows are
    // large, in which case a batch becomes several statements in the same transaction.
    QList<Statement> out;
    switch (kind) {
    case RowChange::Kind::Insert: {
        const QByteArray prefix = SyncSql::insertPrefix(t);
        QByteArray sql = prefix;
        qint64 inStatement = 0;
        for (const BatchChange* bc : rows) {
            const QByteArray tuple = SyncSql::insertTuple(t, bc->change.after);
            if (inStatement > 0 && sql.size() + 2 + tuple.size() > m_statementLimit) {
                out.append({sql, inStatement});
                sql = prefix;
                inStatement = 0;
            }
            if (inStatement > 0)
                sql += ", ";
            sql += tuple;
            ++inStatement;
        }
        if (inStatement > 0)
            out.append({sql, inStatement});
        break;
    }
    case RowChange::Kind::Update: {
        QByteArray sql;
        for (const BatchChange* bc : rows) {
            const QByteArray one = SyncSql::update(t, bc->change.key, bc->view, bc->change.after, bc->change.changedColumns);
            if (one.isEmpty())
                continue;
            if (!sql.isEmpty() && sql.size() + 2 + one.size() > m_statementLimit) {
                out.append({sql, -1});
                sql.clear();
            }
            if (!sql.isEmpty())
                sql += ";\n";
            sql += one;
        }
        if (!sql.isEmpty())
            out.append({sql, -1});
        break;
    }
    case RowChange::Kind::Delete: {
        QList<Row> keys;
        qint64 size = 0;
        for (const BatchChange* bc : rows) {
            qint64 one = 16;
            for (int k = 0; k < t.keyColumns.size(); ++k)
                one += SyncSql::literalSizeBound(t, t.keyColumns.at(k), bc->change.key.value(k)) + 16
                    + t.columns.at(t.keyColumns.at(k)).name.size() * 4;
            if (!keys.isEmpty() && size + one > m_statementLimit - t.qualifiedName().size() * 4 - 64) {
                out.append({SyncSql::deleteRows(t, keys), qint64(keys.size())});
                keys.clear();
                size = 0;
            }
            keys.append(bc->change.key);
            size += one;
        }
        if (!keys.isEmpty())
            out.append({SyncSql::deleteRows(t, keys), qint64(keys.size())});
        break;
    }
    }
    return out;
}

Status Applier::applyWrites(const SyncTable& t, RowChange::Kind kind, const QList<const BatchChange*>& rows)
{
    for (const Statement& st : buildWrites(t, kind, rows)) {
        if (st.expectedRows < 0) {
            if (Status s = m_conn->execute(st.sql); !s)
                return s;
            continue;
        }
        Result<quint64> affected = executeCounting(*m_conn, st.sql);
        if (!affected)
            return affected.error();
        if (qint64(*affected) != st.expectedRows) {
            return Error::make(tr("The %1 changed %2 rows where %3 were expected; the batch was rolled back.")
                                   .arg(RowChange::kindName(kind).toUpper())
                                   .arg(*affected)
                                   .arg(st.expectedRows),
                               tr("The table may have changed its keys or have a trigger that removes rows; "
                                  "compare again."));
        }
    }
    return {};
}

Status Applier::scriptBatch(const SyncTable& t, int headerTable, RowChange::Kind kind, QList<BatchChange>& batch,
                            qint64 number)
{
    // What a real run would send for this batch when every guard passes: the rows found as the
    // compare saw them (updates then write the columns that differ from that image).
    QIODevice& out = *m_options.dryRunScript;
    QList<const BatchChange*> rows;
    QList<Row> keys;
    for (BatchChange& bc : batch) {
        bc.verdict = BatchChange::Verdict::Apply;
        bc.view = bc.change.before;
        bc.current = bc.change.before;
        keys.append(bc.change.key);
        if (kind == RowChange::Kind::Update
            && SyncSql::updateColumns(t, bc.view, bc.change.after, bc.change.changedColumns).isEmpty())
            bc.verdict = BatchChange::Verdict::Unchanged;
        else
            rows.append(&bc);
    }
    QByteArray text = "\n-- batch " + QByteArray::number(number) + ": " + RowChange::kindName(kind).toUtf8() + " "
        + QByteArray::number(batch.size()) + " row(s) of " + t.displayName().toUtf8() + "\n";
    text += "START TRANSACTION;\n";
    text += "-- guard: " + SyncSql::selectRows(t, keys, true) + ";\n";
    for (const BatchChange& bc : batch) {
        text += "--   " + t.keyText(bc.change.key).toUtf8().replace('\n', ' ') + ": ";
        if (kind == RowChange::Kind::Insert) {
            text += "must be absent\n";
            continue;
        }
        text += "must read (";
        bool first = true;
        for (int c = 0; c < t.columns.size(); ++c) {
            if (!t.columns.at(c).compared)
                continue;
            if (!first)
                text += ", ";
            first = false;
            text += SyncSql::literal(t, c, bc.change.before.value(c));
        }
        text += ")\n";
    }
    text += "--   a row that reads otherwise is not written: it becomes a conflict.\n";
    for (const Statement& st : buildWrites(t, kind, rows))
        text += st.sql + ";\n";
    text += "COMMIT;\n";
    if (out.write(text) != text.size())
        return Error::make(tr("Cannot write the SQL script: %1").arg(out.errorString()));
    Attempt attempt;
    account(batch, attempt, headerTable, kind, number);
    return {};
}

void Applier::account(const QList<BatchChange>& batch, const Attempt& attempt, int headerTable, RowChange::Kind kind,
                      qint64 number)
{
    BackupInfo::TableCounts& counts = m_outcome.tables[headerTable];
    for (const BatchChange& bc : batch) {
        m_bytesDone += bc.bytes;
        switch (bc.verdict) {
        case BatchChange::Verdict::Apply:
            if (kind == RowChange::Kind::Insert) {
                ++m_outcome.inserted;
                ++counts.inserted;
            } else if (kind == RowChange::Kind::Update) {
                ++m_outcome.updated;
                ++counts.updated;
            } else {
                ++m_outcome.deleted;
                ++counts.deleted;
            }
            break;
        case BatchChange::Verdict::Unchanged:
            ++m_outcome.unchanged;
            break;
        case BatchChange::Verdict::Conflict:
            ++m_outcome.conflictCount;
            ++counts.conflicts;
            if (m_outcome.conflicts.size() < m_options.maxConflictsKept)
                m_outcome.conflicts.append(bc.conflict);
            if (m_options.onConflict)
                m_options.onConflict(bc.conflict);
            break;
        }
    }
    m_rowsDone += batch.size();
    m_outcome.writeMismatches += attempt.writeMismatches;
    ++m_outcome.batches;
    m_lastBatch = number;
}

void Applier::reportProgress(const SyncTable& table, RowChange::Kind kind)
{
    if (!m_options.progress)
        return;
    Progress p;
    p.table = table.displayName();
    p.kind = kind;
    p.batch = m_lastBatch;
    p.rowsDone = m_rowsDone;
    p.rowsTotal = m_rowsTotal;
    p.bytesDone = m_bytesDone;
    p.bytesTotal = m_bytesTotal;
    const double seconds = m_clock.elapsed() / 1000.0;
    p.rowsPerSecond = seconds > 0 ? m_rowsDone / seconds : 0;
    p.conflicts = m_outcome.conflictCount;
    m_options.progress(p);
}

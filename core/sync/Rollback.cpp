#include "Rollback.h"

#include "BackupChangeSource.h"
#include "BackupWriter.h"
#include "BulkLoader.h"
#include "RunJournal.h"
#include "SyncSql.h"
#include "SyncTableReader.h"
#include "db/Connection.h"

#include <QHash>
#include <QSet>

Rollback::Rollback(const ConnectionSettings& target, BackupCatalog& catalog, Options options)
    : m_settings(target)
    , m_catalog(catalog)
    , m_options(std::move(options))
{
}

Result<std::unique_ptr<BackupReader>> Rollback::openChecked(const BackupCatalog& catalog, const BackupInfo& info)
{
    Result<std::unique_ptr<BackupReader>> reader = BackupReader::open(catalog.fileOf(info.id));
    if (!reader)
        return reader.error();
    const bool complete = info.state != BackupInfo::State::Partial;
    if (Status s = (*reader)->scan(complete, complete ? info.digest.toLatin1() : QByteArray()); !s)
        return s.error();
    if ((*reader)->header().id != info.id) {
        return Error::make(tr("The backup file in the folder of %1 belongs to backup point %2.")
                               .arg(info.id, (*reader)->header().id),
                           tr("The backups folder has been rearranged; put the folders back under their own ids."));
    }
    return reader;
}

Result<Rollback::Report> Rollback::run(const QString& backupId)
{
    Result<BackupInfo> info = m_catalog.get(backupId);
    if (!info)
        return info.error();
    if (info->state == BackupInfo::State::RolledBack) {
        Error e = Error::make(tr("Backup point %1 has already been rolled back.").arg(info->id),
                              tr("Its rollback is a backup point of its own: roll that back to redo the sync."));
        e.code = QStringLiteral("already-rolled-back");
        return e;
    }

    // 1. The file, whole, before any server is touched.
    Result<std::unique_ptr<BackupReader>> reader = openChecked(m_catalog, *info);
    if (!reader)
        return reader.error();

    Result<std::unique_ptr<Connection>> conn = Connection::open(m_settings);
    if (!conn)
        return conn.error();
    const RunJournal journal(m_options.apply.journalDatabase);

    // 2. A sync that stopped in the middle may have a batch whose fate only the run journal knows.
    bool pending = false;
    for (const BackupReader::Batch& b : (*reader)->batches())
        pending = pending || b.state == BackupReader::Batch::State::Pending;
    if (pending) {
        reader->reset();
        Result<std::unique_ptr<BackupWriter>> writer = BackupWriter::reopen(m_catalog.fileOf(info->id));
        if (!writer)
            return writer.error();
        if (Status s = Applier::settle(**writer, **conn, journal, info->id); !s)
            return s.error();
        writer->reset();
        reader = openChecked(m_catalog, *info);
        if (!reader)
            return reader.error();
    }

    // 3. The tables must still be the tables the backup describes.
    const QList<SyncTable> recorded = (*reader)->header().tables;
    QList<SyncTable> current;
    for (const SyncTable& t : recorded) {
        Result<SyncTable> now = SyncTableReader::read(**conn, t.database, t.table);
        if (!now)
            return now.error();
        QString why;
        if (!t.sameShape(*now, &why)) {
            Error e = Error::make(tr("The table has changed since backup point %1 was taken (%2), so its rows "
                                     "cannot be put back as they were. Nothing was rolled back.")
                                      .arg(info->id, why),
                                  tr("Restore the table's structure first (schema sync), then roll back."));
            e.at(m_settings.displayName(), t.database, t.table);
            return e;
        }
        current.append(*now);
    }

    // 4. Undo, as a guarded, journaled run of its own.
    ChangePlan plan;
    plan.foreignKeyChecks = m_options.foreignKeyChecks;
    for (int i = 0; i < recorded.size(); ++i) {
        ChangePlan::Table t;
        t.table = recorded.at(i);
        t.table.triggers = current.at(i).triggers; // warn about the triggers there now
        t.changes = std::make_shared<BackupChangeSource>(**reader, i);
        if ((*reader)->header().replaced.contains(i)) {
            // A keyless table replaced whole gets its old contents back the same way, guarded by the
            // checksum the sync left; a replace that never committed left nothing to undo.
            Result<std::optional<BackupRecord>> summary = replaceSummary(**reader, i);
            if (!summary)
                return summary.error();
            if (!summary->has_value())
                continue;
            const BackupRecord& r = **summary;
            t.updates = t.deletes = false;
            t.replace.enabled = true;
            t.replace.guardSql = r.expected.value(0).value_or(QByteArray());
            t.replace.guardExpected = r.after;
            t.replace.rowsExpected = r.expected.value(1).value_or(QByteArray("0")).toLongLong();
            t.streamedInserts = t.replace.rowsExpected;
            t.bulk = BulkLoader::eligible(t.table, nullptr, false);
        }
        plan.tables.append(t);
    }
    Applier::Options o = m_options.apply;
    o.kind = QStringLiteral("rollback");
    o.parentId = info->id;
    if (o.target.isEmpty())
        o.target = info->target;
    o.source = tr("backup point %1").arg(info->id);
    Applier applier(m_settings, m_catalog, o);
    Result<std::optional<BackupInfo>> unfinished = m_catalog.unfinishedRollbackOf(info->id);
    if (!unfinished)
        return unfinished.error();
    Result<Applier::Outcome> applied = unfinished->has_value() ? applier.resume((*unfinished)->id, plan) : applier.run(plan);
    Report report;
    report.backupId = info->id;
    if (!applied)
        return applied.error();
    report.applied = *applied;
    report.rollbackId = applied->runId;
    if (applied->cancelled)
        return report;

    // 5. Read every row back.
    if (m_options.verify) {
        if (Status s = verify(**conn, **reader, report.rollbackId, report); !s)
            return s.error();
    }

    Result<BackupInfo> mine = m_catalog.get(report.rollbackId);
    const QString summary = report.clean()
        ? tr("rolled back and verified: %n row(s) as before the sync", nullptr, int(report.rowsChecked))
        : tr("%1 conflict(s) left; %2 row(s) differ from their before-image")
              .arg(report.applied.conflictCount)
              .arg(report.rowsDiffering);
    if (mine) {
        mine->message = summary;
        (void)m_catalog.save(*mine);
    }
    info->message = tr("rollback %1: %2").arg(report.rollbackId, summary);
    if (report.clean() && report.verified)
        info->state = BackupInfo::State::RolledBack;
    if (Status s = m_catalog.save(*info); !s)
        return s.error();
    return report;
}

Status Rollback::verify(Connection& target, BackupReader& original, const QString& rollbackId, Report& report)
{
    // Rows the rollback left alone as conflicts are not expected to match.
    QHash<int, QSet<QByteArray>> conflicted;
    {
        Result<std::unique_ptr<BackupReader>> mine = BackupReader::open(m_catalog.fileOf(rollbackId));
        if (!mine)
            return mine.error();
        if (Status s = (*mine)->scan(); !s)
            return s;
        for (const BackupReader::Batch& b : (*mine)->batches()) {
            if (b.state != BackupReader::Batch::State::Committed)
                continue;
            Result<QList<BackupRecord>> records = (*mine)->records(b);
            if (!records)
                return records.error();
            for (const BackupRecord& r : *records) {
                if (r.kind == BackupRecord::Kind::Conflict)
                    conflicted[b.table].insert(RowChange::keyBytes(r.key));
            }
        }
    }

    const QList<SyncTable>& tables = original.header().tables;
    for (const BackupReader::Batch& b : original.batches()) {
        if (b.state != BackupReader::Batch::State::Committed)
            continue;
        Result<QList<BackupRecord>> records = original.records(b);
        if (!records)
            return records.error();
        const SyncTable& t = tables.at(b.table);
        // key -> the row it should be (empty: absent)
        QHash<QByteArray, Row> expected;
        QList<Row> keys;
        for (const BackupRecord& r : *records) {
            if (r.kind == BackupRecord::Kind::Conflict || r.kind == BackupRecord::Kind::Replaced
                || r.kind == BackupRecord::Kind::Replace)
                continue; // a replaced table is checked whole, below
            const QByteArray k = RowChange::keyBytes(r.key);
            if (conflicted.value(b.table).contains(k)) {
                ++report.rowsInConflict;
                continue;
            }
            expected.insert(k, r.kind == BackupRecord::Kind::Inserted ? Row() : r.before);
            keys.append(r.key);
        }
        if (keys.isEmpty())
            continue;
        Result<QueryResult> now = target.query(SyncSql::selectRows(t, keys, false));
        if (!now) {
            Error e = now.error();
            e.at(m_settings.displayName(), t.database, t.table);
            return e;
        }
        QHash<QByteArray, Row> actual;
        for (const Row& row : now->rows)
            actual.insert(RowChange::keyBytes(t.keyOf(row)), row);
        for (const Row& key : keys) {
            const QByteArray k = RowChange::keyBytes(key);
            const Row want = expected.value(k);
            const Row have = actual.value(k);
            ++report.rowsChecked;
            if (sameImage(want, have)) {
                ++report.rowsMatching;
                continue;
            }
            ++report.rowsDiffering;
            if (report.mismatches.size() < m_options.maxMismatchesKept)
                report.mismatches.append({t.displayName(), t.keyText(key), want, have});
        }
    }
    // Keyless tables replaced whole: their checksum must be the one from before the sync.
    for (int i : original.header().replaced) {
        Result<std::optional<BackupRecord>> summary = replaceSummary(original, i);
        if (!summary)
            return summary.error();
        if (!summary->has_value())
            continue;
        const BackupRecord& r = **summary;
        const SyncTable& t = tables.at(i);
        Result<QueryResult> now = target.query(r.expected.value(0).value_or(QByteArray()));
        if (!now) {
            Error e = now.error();
            e.at(m_settings.displayName(), t.database, t.table);
            return e;
        }
        const Row want = r.expected.mid(1);
        const Row have = now->rows.value(0);
        const qint64 rows = want.value(0).value_or(QByteArray("0")).toLongLong();
        report.rowsChecked += rows;
        if (have == want) {
            report.rowsMatching += rows;
            continue;
        }
        report.rowsDiffering += qMax<qint64>(1, rows);
        if (report.mismatches.size() < m_options.maxMismatchesKept)
            report.mismatches.append({t.displayName(), tr("(whole table: row count and checksum)"), want, have});
    }
    report.verified = true;
    return {};
}

Result<std::optional<BackupRecord>> Rollback::replaceSummary(BackupReader& reader, int table)
{
    for (const BackupReader::Batch& b : reader.batches()) {
        if (b.table != table || b.change != RowChange::Kind::Insert || b.state != BackupReader::Batch::State::Committed)
            continue;
        Result<QList<BackupRecord>> records = reader.records(b);
        if (!records)
            return records.error();
        for (const BackupRecord& r : *records) {
            if (r.kind == BackupRecord::Kind::Replace && r.expected.size() >= 2)
                return std::optional<BackupRecord>(r);
        }
    }
    return std::optional<BackupRecord>();
}

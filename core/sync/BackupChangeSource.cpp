#include "BackupChangeSource.h"

BackupChangeSource::BackupChangeSource(BackupReader& reader, int table)
    : m_reader(reader)
    , m_table(table)
{
}

std::optional<RowChange> BackupChangeSource::undo(const BackupRecord& r)
{
    RowChange c;
    c.key = r.key;
    switch (r.kind) {
    case BackupRecord::Kind::Inserted:
        c.kind = RowChange::Kind::Delete;
        if (r.after.isEmpty()) {
            if (r.expected.size() != 1 || !r.expected.first())
                return std::nullopt;
            c.beforeDigest = *r.expected.first();
            return c;
        }
        c.before = r.after;
        return c;
    case BackupRecord::Kind::Updated:
        if (r.after.isEmpty() || r.before.isEmpty())
            return std::nullopt;
        c.kind = RowChange::Kind::Update;
        c.before = r.after;
        c.after = r.before;
        for (int i = 0; i < c.after.size() && i < c.before.size(); ++i) {
            if (c.after.at(i) != c.before.at(i))
                c.changedColumns << i;
        }
        return c;
    case BackupRecord::Kind::Deleted:
        if (r.before.isEmpty())
            return std::nullopt;
        c.kind = RowChange::Kind::Insert;
        c.after = r.before;
        return c;
    case BackupRecord::Kind::Replaced:
        // A row of a keyless table's old contents: the rollback's replace inserts it again.
        if (r.before.isEmpty())
            return std::nullopt;
        c.kind = RowChange::Kind::Insert;
        c.after = r.before;
        return c;
    case BackupRecord::Kind::Replace:
    case BackupRecord::Kind::Conflict:
        break;
    }
    return std::nullopt;
}

Status BackupChangeSource::open(RowChange::Kind kind)
{
    m_kind = kind;
    m_records.clear();
    m_batches.clear();
    // Undoing an insert is a delete, and so on: pick the run's batches of the opposite kind.
    RowChange::Kind original = RowChange::Kind::Update;
    if (kind == RowChange::Kind::Delete)
        original = RowChange::Kind::Insert;
    else if (kind == RowChange::Kind::Insert)
        original = RowChange::Kind::Delete;
    const QList<BackupReader::Batch>& batches = m_reader.batches();
    // Kept in file order; next() takes from the back, so the newest batch is undone first.
    for (int i = 0; i < batches.size(); ++i) {
        const BackupReader::Batch& b = batches.at(i);
        if (b.table == m_table && b.change == original && b.state == BackupReader::Batch::State::Committed)
            m_batches.append(i);
    }
    return {};
}

Result<std::optional<RowChange>> BackupChangeSource::next()
{
    for (;;) {
        while (!m_records.isEmpty()) {
            const BackupRecord r = m_records.takeLast();
            if (std::optional<RowChange> c = undo(r))
                return c;
        }
        if (m_batches.isEmpty())
            return std::optional<RowChange>();
        Result<QList<BackupRecord>> records = m_reader.records(m_reader.batches().at(m_batches.takeLast()));
        if (!records)
            return records.error();
        m_records = std::move(*records);
    }
}

#pragma once

#include "BackupReader.h"
#include "ChangeSource.h"

#include <QCoreApplication>

/// The changes that undo one table's part of a backup point, read from its file one batch at a
/// time: a row the run inserted is deleted (guarded by the image the run wrote), an updated row gets
/// its before-image back (guarded the same way), a deleted row is inserted again (guarded by its
/// key being free), and the old contents of a keyless table replaced whole come back as inserts
/// (its rollback is a replace of its own: see Rollback). Batches are replayed newest first. Only committed batches count; conflict
/// records (rows the run never wrote) are skipped.
class BackupChangeSource : public ChangeSource
{
    Q_DECLARE_TR_FUNCTIONS(BackupChangeSource)

public:
    /// `reader` must have been scanned and outlive this source.
    BackupChangeSource(BackupReader& reader, int table);

    Status open(RowChange::Kind kind) override;
    Result<std::optional<RowChange>> next() override;

    /// What a record of the run becomes when undone.
    static std::optional<RowChange> undo(const BackupRecord& record);

private:
    BackupReader& m_reader;
    int m_table = 0;
    RowChange::Kind m_kind = RowChange::Kind::Insert;
    QList<int> m_batches;      ///< indexes into m_reader.batches() still to read, next last
    QList<BackupRecord> m_records; ///< of the current batch, next last
};

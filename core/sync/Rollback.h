#pragma once

#include "Applier.h"
#include "BackupCatalog.h"
#include "BackupReader.h"
#include "db/ConnectionSettings.h"

#include <QCoreApplication>

#include <memory>

/// Returns the target to the state a backup point recorded, guarded like a sync.
///
/// The backup file is checked first (every chunk's CRC-32 and SHA-256, the digest chain, and the
/// digest in the catalog): a damaged file stops the rollback before anything is written. The target
/// tables must still have the shape the backup recorded. The undo is a ChangePlan (see
/// BackupChangeSource) run by the Applier as a run of its own, kind "rollback": it is journaled and
/// backed up like a sync (so it can itself be undone), a row changed since the sync becomes a
/// conflict rather than being overwritten, and a rollback that was interrupted is resumed by running
/// the rollback again. Afterwards every row the backup point covers is read again and compared with
/// the state it should be in (its before-image, or absent for a row the sync inserted). A keyless
/// table whose contents the sync replaced is replaced back with its old contents, guarded by the
/// checksum the sync left, and verified by the checksum it had before the sync.
class Rollback
{
    Q_DECLARE_TR_FUNCTIONS(Rollback)

public:
    struct Options
    {
        Applier::Options apply; ///< kind, parent and journal are set by Rollback
        bool verify = true;
        bool foreignKeyChecks = true; ///< off: foreign_key_checks = 0 for the rollback's session
        int maxMismatchesKept = 100;
    };

    /// A row that does not read back as its before-image after the rollback.
    struct Mismatch
    {
        QString table; ///< db.table
        QString key;   ///< as text
        Row expected;  ///< empty: the row should be absent
        Row actual;    ///< empty: the row is absent
    };

    struct Report
    {
        QString backupId;
        QString rollbackId; ///< the rollback's own run (and backup point)
        Applier::Outcome applied;
        bool verified = false;
        qint64 rowsChecked = 0;
        qint64 rowsMatching = 0;
        qint64 rowsDiffering = 0;
        qint64 rowsInConflict = 0; ///< not checked: left as they are, reported as conflicts
        QList<Mismatch> mismatches;

        bool clean() const { return applied.conflictCount == 0 && rowsDiffering == 0; }
    };

    Rollback(const ConnectionSettings& target, BackupCatalog& catalog, Options options);

    /// Rolls `backupId` back, resuming an unfinished rollback of it if there is one.
    Result<Report> run(const QString& backupId);

    /// Opens a backup point's file and checks all of it (no server needed). A complete backup must
    /// end with its trailer and match the digest in the catalog.
    static Result<std::unique_ptr<BackupReader>> openChecked(const BackupCatalog& catalog, const BackupInfo& info);

    /// The Replace record of a keyless table the run replaced whole (header().replaced), from its
    /// committed batches; none when the replace never committed.
    static Result<std::optional<BackupRecord>> replaceSummary(BackupReader& reader, int table);

private:
    Status verify(Connection& target, BackupReader& original, const QString& rollbackId, Report& report);

    ConnectionSettings m_settings;
    BackupCatalog& m_catalog;
    Options m_options;
};

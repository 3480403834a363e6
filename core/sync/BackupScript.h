#pragma once

#include "BackupReader.h"
#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>

/// Writes a backup point as a readable SQL script: the statements its rollback would run, in the
/// rollback's order, each row preceded by a comment with the image the guard expects to find. The
/// script is for reading and for emergencies; run by hand it has no guard, so it overwrites rows
/// changed since the sync, which `syncstudio-cli rollback` never does.
class BackupScript
{
    Q_DECLARE_TR_FUNCTIONS(BackupScript)

public:
    /// `reader` must have been scanned. Streams batch by batch into `out`.
    static Status write(BackupReader& reader, QIODevice& out);
};

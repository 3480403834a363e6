#pragma once

#include "Conflict.h"
#include "RowChange.h"

#include <QByteArray>
#include <QByteArrayView>

/// One entry of a backup point: what one row looked like before a run changed it and what the run
/// left there, so that a rollback can restore the first while checking the second is still there.
///
/// Images are full rows in the table's column order (SyncTable::columns); an empty Row means "no
/// row". Binary form (big-endian): u8 kind, u8 attempted change kind, u8 conflict reason,
/// u8 reserved, u32 table index, then four rows (key, before, after, expected), each a u32 value
/// count followed by values, each a u32 length (0xFFFFFFFF for NULL) and its bytes.
struct BackupRecord
{
    enum class Kind : quint8 {
        Inserted = 1, ///< `after` is the row the run inserted; a rollback deletes it. A bulk load
                      ///< keeps only the key and, as the one value of `expected`, the row's
                      ///< RowChange::rowDigest(): enough to guard the delete, a fraction of the bytes
        Updated = 2,  ///< `before` is the old row, `after` the row the run left; a rollback restores `before`
        Deleted = 3,  ///< `before` is the row the run deleted; a rollback inserts it again
        Conflict = 4, ///< not written: `before` = the row found, `after` = the desired row,
                      ///< `expected` = the row the plan expected (kept so a resumed run skips it)
        // File version 2 (BackupFormat): the contents of a table without a key, replaced whole.
        Replaced = 5, ///< `before` is one row of the old contents (no key); a rollback inserts it again
        Replace = 6,  ///< once per replaced table, last: `expected` = the guard query and the checksum
                      ///< it returned before the replace, `after` = the checksum after it (what a
                      ///< rollback must find before it puts the old contents back)
    };

    Kind kind = Kind::Inserted;
    RowChange::Kind change = RowChange::Kind::Insert; ///< the attempted change (for conflicts)
    Conflict::Reason reason = Conflict::Reason::Changed;
    int table = 0; ///< index into the backup header's tables
    Row key;
    Row before;
    Row after;
    Row expected;

    void encode(QByteArray& out) const;
    /// Reads one record from the front of `in` and advances it; false on malformed input.
    static bool decode(QByteArrayView& in, BackupRecord* record);
};

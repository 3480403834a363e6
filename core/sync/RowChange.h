#pragma once

#include "db/Value.h"

#include <QList>
#include <QString>

/// One row the sync wants to change on the target, with the target image the compare saw, so that
/// the write can be guarded: it happens only while the target row still looks like that.
///
/// Images are full rows in SyncTable::columns order; `key` is in SyncTable::keyColumns order.
struct RowChange
{
    /// Also the order of a table's work: deletes, then updates, then inserts.
    enum class Kind { Delete, Update, Insert };

    Kind kind = Kind::Insert;
    Row key;
    Row before;               ///< Update/Delete: the target row as the compare saw it
    Row after;                ///< Insert/Update: the row the target should have (the source's)
    QList<int> changedColumns; ///< Update: the columns that differ (indexes into SyncTable::columns);
                               ///< the Applier also writes any other column where before != after
    /// Delete: instead of a `before` image, the digest (rowDigest()) of the row the delete expects.
    /// A rollback of a bulk load guards its deletes this way: its backup keeps keys and digests.
    QByteArray beforeDigest;

    /// An unambiguous byte encoding of a key (length-prefixed values with a NULL marker), for sets
    /// and maps of keys: two keys encode alike exactly when their bytes are equal.
    static QByteArray keyBytes(const Row& key);
    static QString kindName(Kind kind); ///< "insert", "update", "delete"
    /// A 128-bit digest of a full stored image (BLAKE2s over keyBytes(image)).
    static QByteArray rowDigest(const Row& image);
};

/// NULL-aware byte equality of two images.
bool sameImage(const Row& a, const Row& b);

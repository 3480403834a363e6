#pragma once

#include "KeyCodec.h"
#include "TableMeta.h"
#include "db/Sql.h"

#include <QStringList>

/// One compared column: the same name on both sides, with what each side says about it.
struct PlanColumn
{
    QString name;       ///< the source's spelling
    QString targetName; ///< the target's spelling (column names ignore case)
    ColumnMeta source;
    ColumnMeta target;
    bool nullable = false;        ///< on either side
    bool convertCharset = false;  ///< the two sides use different character sets: compared as utf8mb4
    bool jsonSemantic = false;    ///< compared as normalized JSON
    bool hashSeparately = false;  ///< a large object hashed on its own (see ChecksumQuery)

    ColumnClass cls() const { return source.cls; }
    /// How the image of this column is written as a literal, and in which character set.
    Sql::LiteralKind literalKind() const;
    QByteArray literalCharset() const;
};

/// One column of the row key.
struct PlanKeyColumn
{
    int column = 0;           ///< index into TablePlan::columns
    KeyCodec::Kind kind = KeyCodec::Kind::Bytes;
    bool nullable = false;    ///< only user keys may hold NULLs
    bool nativeOrder = false; ///< ORDER BY the column already gives the codec's (byte) order
};

/// Everything decided about one table before any row is read: which tables pair up, which columns
/// are compared, the row key, and whether the key space can be walked in index ranges.
struct TablePlan
{
    enum class Presence { Both, SourceOnly, TargetOnly };

    QString sourceDatabase;
    QString sourceTable;
    QString targetDatabase;
    QString targetTable;
    Presence presence = Presence::Both;

    QList<PlanColumn> columns;
    QList<PlanKeyColumn> key;   ///< empty: compared as a multiset of row hashes
    QString keyOrigin;          ///< "PRIMARY KEY", "UNIQUE KEY `uk`", "--key"
    bool userKey = false;
    QString sourceIndex;        ///< the index the key walks on each side (FORCE INDEX)
    QString targetIndex;
    bool rangeable = false;     ///< chunk by key ranges; else stream the whole table in key order
    bool integerRanges = false; ///< a single integer key: chunks are arithmetic ranges

    QStringList onlyInSource;   ///< columns only the source has (not compared)
    QStringList onlyInTarget;
    QStringList ignored;        ///< left out by --ignore-columns
    QStringList notes;          ///< things the user should know, shown as the table's reason
    QString skipReason;         ///< non-empty: the table cannot be compared
    qint64 estimatedRows = 0;

    /// "db.table" of the source (of the target for a table only the target has).
    QString displayName() const;
    bool hasKey() const { return !key.isEmpty(); }
    /// Whether a row may be longer than max_allowed_packet: some compared column is a large
    /// object on either side.
    bool hasLongColumns() const;
    /// Whether sync may update rows in place: a key that is the table's own unique key.
    bool updatable() const { return hasKey() && !userKey; }
    QStringList keyNames() const;
    KeyCodec keyCodec() const;
    /// The names of the compared columns, in order.
    QStringList columnNames() const;
};

#pragma once

#include "TablePlan.h"

#include <QString>

#include <optional>

/// How a server computes the 64-bit row hash, chosen per server by a self-test (see selfTestSql).
enum class HashFlavor {
    /// CRC32 in the high and CRC32C in the low 32 bits of one encoding held in a user variable,
    /// so the (costly) encoding is built once per row. MariaDB 10.8+.
    Crc64Var,
    /// The same value with the encoding built twice: for servers where the variable trick fails.
    Crc64Twice,
    /// The first 64 bits of MD5: for servers without CRC32C (MySQL). Slower.
    Md5,
};

/// One end of a key range: the key column values and whether the range includes them.
struct KeyBound
{
    Row values;
    bool inclusive = false;
};

/// A range of the key space; an absent bound is open.
struct KeyRange
{
    std::optional<KeyBound> lower;
    std::optional<KeyBound> upper;
};

/// Builds the SQL the compare runs on one side of one table. Pure text: unit-tested without a server.
///
/// The row hash. Each compared column contributes its exact bytes to one encoding that no two
/// different rows share:
///   CONCAT_WS(0xFF, v1, v2, ..., nullbits)
/// Numbers and dates are printed by the server and cannot hold a 0xFF byte, and neither can
/// well-formed UTF-8 (utf8mb4/utf8mb3/ascii columns, which the server keeps well-formed), so those
/// values need no length. Other values (latin1, gbk, binary, BLOB, GEOMETRY, ...) may, so each is
/// written as LENGTH(v), v. CONCAT_WS skips NULLs; the bitmap fields say which columns were NULL,
/// so NULL, '' and 'NULL' all differ. Case and trailing spaces count: the bytes are hashed, never a
/// collation's idea of equality. FLOAT is hashed as CAST(.. AS DOUBLE) (its own text is rounded),
/// BIT as its unsigned value, TIMESTAMP in the session's UTC.
/// The 64-bit hash of the encoding is CRC32 << 32 | CRC32C (or MD5's first 64 bits), wrapped in
/// IFNULL(.., 2^120): CONCAT_WS returns NULL when a row's encoding exceeds max_allowed_packet, and
/// the poison value makes such rows visible (see isPoisoned) instead of silently equal; the
/// compare then re-runs the table with large objects hashed column by column (hashSeparately).
///
/// Chunk checksums are COUNT(*) and SUM of the row hashes. SUM rather than BIT_XOR: both CRCs are
/// affine over GF(2), so with BIT_XOR two rows swapping equal-length values would cancel out; the
/// integer sum of affine hashes does not. The sum is DECIMAL, exact, compared as text.
class ChecksumQuery
{
public:
    enum class Side { Source, Target };

    ChecksumQuery(const TablePlan& plan, Side side, HashFlavor flavor, const QString& where = {});

    /// `db`.`table` on this side.
    QString table() const;
    /// The row encoding (CONCAT_WS(...)).
    QString encoding() const;
    /// The 64-bit row hash expression, never NULL.
    QString rowHash() const;

    /// SELECT i, COUNT(*), SUM(hash) for each range, one result row per range (UNION ALL: one
    /// round trip). Column 0 is the range's index.
    QString checksum(const QList<KeyRange>& ranges) const;
    /// COUNT(*) and SUM(hash) of the whole table (with --where).
    QString checksumAll() const;
    /// Key columns then the row hash, in key order, for rows in `range` (nullopt: whole table).
    QString keyHashStream(const std::optional<KeyRange>& range) const;
    /// Key columns, the row hash, then every compared column's image: a whole-table stream in key
    /// order, or (keyless tables) in hash order.
    QString rowStream() const;
    /// Key columns then every compared column's image for the rows with these keys.
    QString fetch(const QList<Row>& keys) const;
    /// The key of the row `offset` rows after `lower` in index order (source side): the end of the
    /// next chunk.
    QString boundary(const std::optional<KeyBound>& lower, qint64 offset) const;
    /// MIN and MAX of a single integer key.
    QString minMax() const;
    /// The smallest integer key >= `from`.
    QString nextKey(const QByteArray& from) const;

    /// The WHERE condition selecting `range` (without --where), expanded so that the index is used:
    /// (a, b) > (x, y) becomes a >= x AND (a > x OR (a = x AND b > y)).
    QString rangePredicate(const KeyRange& range) const;
    /// The expression selected for key column `k` (its value as the codec reads it).
    QString keySelect(int k) const;
    /// The expression selected as the image of compared column `c`.
    QString image(int c) const;

    /// Whether a chunk sum or a streamed row hash carries the poison of an over-long row.
    static bool isPoisoned(QByteArrayView hashOrSum);
    static QByteArray poison();

    /// A query returning the row hash of three known encodings, and the values the client expects
    /// for it: the server is trusted with `flavor` only when they agree.
    static QString selfTestSql(HashFlavor flavor);
    static QList<QByteArray> selfTestExpected(HashFlavor flavor);

private:
    QString column(int c) const;       ///< the quoted column name on this side
    QString hashField(int c) const;    ///< the column's part of the encoding
    QString keyColumnExpr(int k) const; ///< what range and equality predicates compare
    QString keyLiteral(int k, const Value& v) const;
    QString boundPredicate(const KeyBound& bound, bool lower) const;
    QString keyOrder(bool forStream) const;
    QString forceIndex() const;
    QString whereClause(const QString& condition) const;
    static QString hashOf(const QString& encoding, HashFlavor flavor);

    const TablePlan& m_plan;
    Side m_side;
    HashFlavor m_flavor;
    QString m_where;
};

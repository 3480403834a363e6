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
/// The row encoding. Each compared column contributes its exact bytes to one string that no two
/// different rows share:
///   CONCAT_WS(0xFF, v1, v2, ...)
/// Numbers and dates are printed by the server and cannot hold a 0xFF or 0xFE byte, and neither can
/// well-formed UTF-8 (utf8mb4/utf8mb3/ascii columns, which the server keeps well-formed), so those
/// values need no length, and a NULL is written as the lone byte 0xFE. Values that may hold any
/// byte (latin1, gbk, binary, BLOB, GEOMETRY, ...) are written as LENGTH(v), v, and a NULL as
/// 'N' (a length that is not a number) with no value. So NULL, '' and 'NULL' all differ, and
/// ('a', 'b#c') differs from ('a#b', 'c'). Case and trailing spaces count: the bytes are hashed,
/// never a collation's idea of equality. FLOAT is hashed as CAST(.. AS DOUBLE) (its own text is
/// rounded), BIT as its unsigned value, TIMESTAMP in the session's UTC.
///
/// The row hash, 64 bits: CRC32(e) << 32 | CRC32C(e), with the encoding kept in a user variable so
/// that the server builds it once per row (the expensive part; the server's evaluation order is
/// checked by selfTestSql before a server is trusted with it), or the first 64 bits of MD5(e) on
/// servers without CRC32C. CONCAT_WS returns NULL when a row's encoding exceeds max_allowed_packet
/// and raises warning 1301 (ER_WARN_ALLOWED_PACKET_OVERFLOWED): streams see a NULL hash, checksums
/// leave the row out of the aggregate and the caller sees the warning (a per-row count of the
/// hashed rows would cost 5% of the scan), and the compare re-runs the table with large objects
/// hashed column by column (hashSeparately).
///
/// Chunk checksums are COUNT(*) and an aggregate of the row hashes. For
/// tables with a unique key the aggregate is BIT_XOR of CRC32(e) * CRC32C(e): cheap integer work,
/// and the product is not linear the way the CRCs are (a BIT_XOR of the CRCs themselves would
/// cancel out when two rows swap equal-length values). Keyless tables and user keys may repeat
/// rows, which an XOR would cancel in pairs, so there the aggregate is the exact (DECIMAL) SUM of
/// the 64-bit hashes.
class ChecksumQuery
{
public:
    enum class Side { Source, Target };

    ChecksumQuery(const TablePlan& plan, Side side, HashFlavor flavor, const QString& where = {});

    /// `db`.`table` on this side.
    QString table() const;
    /// The row encoding (CONCAT_WS(...)).
    QString encoding() const;
    /// The 64-bit row hash expression (NULL for a row too long to encode).
    QString rowHash() const;
    /// COUNT(*) and the hash aggregate: a checksum's select list. A row too long to encode is left
    /// out of the aggregate and raises warning 1301 (see TableComparer).
    QString aggregates() const;

    /// SELECT i, aggregates() for each range, one result row per range (UNION ALL: one round trip).
    /// Column 0 is the range's index.
    QString checksum(const QList<KeyRange>& ranges) const;
    /// aggregates() of the whole table (with --where).
    QString checksumAll() const;
    /// Key columns then the row hash, in key order, for rows in `range` (nullopt: whole table).
    QString keyHashStream(const std::optional<KeyRange>& range) const;
    /// The same for the rows in any of `ranges` (ascending, disjoint): one statement, one merge.
    QString keyHashStream(const QList<KeyRange>& ranges) const;

    /// Folding, for dense drift on a single integer key: the rows of `range` in key order, each
    /// XORed into a running signature (as the BIT_XOR checksum does) and counted, with one result
    /// row at about every 2^groupBits-th key k (groupEnd(k)): k, the signature and the
    /// count so far (groupEnd() mixes higher bits of k in). A stretch between two such keys both
    /// sides return is then compared by two
    /// XORs and a subtraction, and only about one row in 2^groupBits crosses the network. Run
    /// foldStart() before it on the same connection and foldEnd() after it, which returns the
    /// signature and count after the range's last row. Valid only for unique keys (an XOR cancels
    /// repeated rows) and only where the server evaluates the condition row by row in index order,
    /// which TableComparer checks on each table against the row hashes before relying on it.
    QString foldStream(const KeyRange& range, int groupBits) const;
    static QString foldStart();
    static QString foldEnd();
    /// Whether a fold in groups of 2^groupBits returns a row at `key` (its 64 bits as the server sees them).
    static bool groupEnd(quint64 key, int groupBits);
    /// What one row contributes to a fold or BIT_XOR checksum, from its 64-bit row hash.
    static quint64 signature(quint64 rowHash, HashFlavor flavor);
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

    /// A query returning row hashes and both aggregates for known encodings (one of them NULL), and
    /// the rows the client expects back: the server is trusted with `flavor` only when they agree.
    static QString selfTestSql(HashFlavor flavor);
    static QList<Row> selfTestExpected(HashFlavor flavor);

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
    static QString signatureOf(const QString& encoding, HashFlavor flavor);
    static QString aggregatesOf(const QString& encoding, HashFlavor flavor, bool multiset);

    const TablePlan& m_plan;
    Side m_side;
    HashFlavor m_flavor;
    QString m_where;
};

#pragma once

#include "db/Value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/// Turns a row key (one or more column values as the server sent them) into bytes whose memcmp
/// order is the order the compare streams rows in, and back. Two sorted streams can then be
/// merge-joined with plain byte comparisons, and the DiffStore sorts rows by key in SQLite.
///
/// Integer columns are ordered by value: a sign byte and 8 big-endian bytes (so signed, unsigned
/// and mixed widths on the two sides agree). Every other column is ordered by its bytes, the way
/// the server orders `CAST(col AS BINARY)`: 0x00 is escaped as 00 FF and the value ends with 00 00,
/// so a prefix sorts first. A nullable column (only user keys have them) gets a 00 (NULL, first)
/// or 01 marker.
class KeyCodec
{
public:
    enum class Kind { Integer, Bytes };

    KeyCodec() = default;
    KeyCodec(QList<Kind> kinds, QList<bool> nullable);

    int columnCount() const { return int(m_kinds.size()); }
    Kind kind(int column) const { return m_kinds.at(column); }

    /// Appends the encoding of one column value. False when an Integer column's text is not an
    /// integer (the caller reports it).
    bool append(QByteArray& out, int column, const char* data, qsizetype size, bool isNull) const;
    /// Encodes a whole key; an empty optional when a value does not fit its kind.
    std::optional<QByteArray> encode(const Row& values) const;
    /// The column values back, as the server's text (integers in decimal).
    std::optional<Row> decode(QByteArrayView encoded) const;

    /// Parses a decimal integer ("-12", "18446744073709551615") into the 9-byte form.
    static bool encodeInteger(QByteArray& out, const char* data, qsizetype size);

private:
    QList<Kind> m_kinds;
    QList<bool> m_nullable;
};

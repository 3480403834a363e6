#pragma once

#include "compare/DiffStore.h"

#include <QString>

#include <optional>

/// How the row diff views turn a column's exact bytes into something a DBA can read: text decoded
/// with the column's character set, binary values in hex, NULL kept apart from the empty string.
/// Pure functions, safe on the loader thread.
namespace ValueFormat {

/// What a grid cell shows of a value.
struct Preview
{
    QString text;
    bool null = false; ///< the value is SQL NULL (text is "NULL")
    bool hex = false; ///< shown as 0x... (binary, or text that could not be decoded)
    bool truncated = false; ///< only the start of the value is shown
};

/// A value decoded for the detail pane.
struct Decoded
{
    QString text;
    bool null = false;
    bool binary = false; ///< no text form: show bytes (text is empty)
    QString note; ///< why a text column is shown as bytes, or empty
};

/// Whether the column holds bytes rather than text (literal "binary").
bool isBinary(const DiffColumn& column);
/// Whether the column is declared JSON (MySQL's JSON type, or MariaDB's alias reported as json).
bool isJsonColumn(const DiffColumn& column);

/// The text of `bytes` in a MySQL character set (utf8mb4, latin1, gbk, ...); empty when the
/// character set is unknown here or the bytes are not valid in it.
std::optional<QString> decode(const QByteArray& bytes, const QString& charset);

/// `text` in a MySQL character set; empty when it cannot be encoded there.
std::optional<QByteArray> encode(const QString& text, const QString& charset);

/// A one-line preview of at most about `maxChars` characters.
Preview preview(const Value& value, const DiffColumn& column, int maxChars = 120);

/// The whole value, decoded when it is text.
Decoded decodeFull(const Value& value, const DiffColumn& column);

/// `text` pretty-printed when it is a JSON object or array; empty otherwise.
std::optional<QString> prettyJson(const QString& text);

/// A classic hex dump: offset, 16 bytes in hex, and their printable ASCII, one line each; at
/// most `maxBytes` bytes (a last line says how many more there are).
QString hexDump(const QByteArray& bytes, qsizetype maxBytes = 64 * 1024);

} // namespace ValueFormat

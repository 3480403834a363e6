#pragma once

#include "Value.h"

#include <QString>
#include <QStringList>

/// Building SQL text safely. Identifiers are always backtick-quoted; values become literals that
/// mean the same bytes under any sql_mode (no backslash escapes are relied on).
namespace Sql {

/// `name` with embedded backticks doubled. Use isValidIdentifier() on names that come from users.
QString quoteIdentifier(QStringView name);
/// `db`.`table`
QString qualified(QStringView database, QStringView table);
/// Quotes each name and joins them with ", ".
QString identifierList(const QStringList& names);

/// Whether the server can hold this name: not empty, at most 64 characters, no NUL, no trailing
/// space. `why` gets the reason when it cannot.
bool isValidIdentifier(QStringView name, QString* why = nullptr);

/// How a value's bytes must be written back.
enum class LiteralKind {
    Text,    ///< a character string in `charset` (utf8mb4 when empty)
    Binary,  ///< raw bytes (BINARY, VARBINARY, BLOB, BIT, GEOMETRY)
    Numeric, ///< the server's own text of an integer, decimal or floating-point number
};

/// A literal for one value: NULL; a plain '...' string for printable UTF-8 text; otherwise
/// X'..' (binary) or _charset X'..' (text in another charset, or with control characters or
/// backslashes); a number as it came for Numeric (anything not purely numeric is quoted instead).
QByteArray literal(const Value& value, LiteralKind kind, QByteArrayView charset = {});
/// A '...' literal for UTF-8 text typed by the user or the program (never hex).
QByteArray stringLiteral(QStringView text);
/// X'..', or X'' for empty.
QByteArray hexLiteral(QByteArrayView bytes);

/// A LIKE pattern matching `text` literally (%, _ and \ escaped with \).
QString escapeLike(QStringView text);

} // namespace Sql

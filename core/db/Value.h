#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

/// One column value exactly as the server sent it: the bytes with their length, or NULL.
using Value = std::optional<QByteArray>;
using Row = QList<Value>;

/// What the client knows of a result column.
struct FieldInfo
{
    QByteArray name;
    QByteArray table;     ///< the column's table alias, may be empty for expressions
    int type = 0;         ///< enum_field_types
    unsigned charsetNr = 0; ///< 63 is binary
    unsigned flags = 0;
    unsigned long length = 0;
    unsigned decimals = 0;

    bool isBinary() const { return charsetNr == 63; }
};

/// A fully buffered result, for small answers (information_schema, SHOW, single values).
struct QueryResult
{
    QList<FieldInfo> fields;
    QList<Row> rows;

    int columnIndex(QByteArrayView name) const;
    /// The value in row r, column c as UTF-8 text; a NULL is an empty string.
    QString text(int r, int c) const;
    QString text(int r, QByteArrayView column) const;
    bool isNull(int r, int c) const { return !rows.at(r).at(c).has_value(); }
};

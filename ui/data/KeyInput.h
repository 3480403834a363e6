#pragma once

#include "Result.h"
#include "compare/DiffStore.h"
#include "compare/KeyCodec.h"

#include <QCoreApplication>

/// Turns a row key typed by the user ("42", or "7, 'Oslo, NO'" for a key of two columns) into
/// the DiffStore's sort key, so the grid can jump to that row or to the next one after it.
class KeyInput
{
    Q_DECLARE_TR_FUNCTIONS(KeyInput)

public:
    /// The key values typed: one value per key column, comma-separated; a value may be quoted
    /// ('a,b', with '' for a quote), NULL unquoted is NULL, 0x... is bytes for binary columns.
    static Result<Row> parse(const DiffTableInfo& table, const QString& typed);

    /// The codec the compare used for the table's keys: integers by value, other types by their
    /// bytes. A stored row (its key and sort key) settles which key columns took NULL markers.
    static KeyCodec codecFor(const DiffTableInfo& table, const DiffRow* sample = nullptr);

    /// parse() and then the sort key under codecFor().
    static Result<QByteArray> sortKey(
        const DiffTableInfo& table, const QString& typed, const DiffRow* sample = nullptr);
};

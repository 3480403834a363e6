#pragma once

#include "SyncTable.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

class Connection;

/// Inserts rows with LOAD DATA LOCAL INFILE fed from memory: the fast path for tables that are
/// empty on the target or miss most of their rows.
///
/// The connection must have been opened with ConnectionSettings::localInfile. While a load runs,
/// the client library's file callbacks are replaced by ours: they serve only the rows of that load,
/// to a request for the one file name the statement names, and refuse any other (a server cannot
/// make this process read a file). Rows go as tab-separated lines in CHARACTER SET binary, so every
/// value arrives as its exact bytes.
///
/// LOAD DATA LOCAL turns duplicate keys and data conversions into skipped rows and warnings instead
/// of errors, so the caller checks that every row was inserted and that the server had nothing to
/// say (Loaded::complete()); otherwise it rolls the transaction back and writes the rows the
/// guarded way.
class BulkLoader
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoader)

public:
    struct Loaded
    {
        quint64 rowsSent = 0;
        quint64 affected = 0;
        unsigned warnings = 0;
        QString firstWarning;

        bool complete() const { return affected == rowsSent && warnings == 0; }
    };

    /// Whether the inserts into this table may use the bulk path: no triggers (they would change
    /// what was written), every column part of the images (no defaults to guess), no generated
    /// column, no guard form, and a key (unless `keyRequired` is false: a keyless table replaced
    /// whole, whose backup needs no keys). `why` says what stands in the way.
    static bool eligible(const SyncTable& table, QString* why = nullptr, bool keyRequired = true);

    /// The LOAD DATA LOCAL INFILE statement for the table's written columns.
    static QByteArray statement(const SyncTable& table);
    /// Appends one image as a line of the file (NULL as \N; backslash, tab, newline, NUL escaped).
    static void appendLine(QByteArray& out, const SyncTable& table, const Row& image);

    /// Runs the statement, the file's lines coming from `row(i)` for i in [0, rows) as the server
    /// asks for them (so encoding overlaps the server's work).
    static Result<Loaded> load(Connection& connection, const SyncTable& table, qint64 rows,
                               const std::function<const Row&(qint64)>& row);
    /// As load(), with the file's lines appended by `fill` as the server asks for them: it appends
    /// the lines of a few rows and returns how many (0: the end), or sets `*abort` (the statement
    /// then fails and the caller rolls back).
    static Result<Loaded> stream(Connection& connection, const SyncTable& table,
                                 const std::function<int(QByteArray& out, bool* abort)>& fill);

    /// One value seen in place (no copy): the bytes, or NULL.
    struct View
    {
        const char* data = nullptr;
        qsizetype size = 0;
        bool null = true;
    };
    /// appendLine() for values seen in place, in the table's column order (written columns only
    /// are taken, as for an image).
    static void appendLine(QByteArray& out, const SyncTable& table, const QList<View>& values);
    /// RowChange::rowDigest() of values seen in place (the full image, in the table's order).
    static QByteArray digest(const QList<View>& values);
};

#pragma once

#include "Result.h"
#include "Table.h"
#include "sync/SyncTable.h"

#include <QCoreApplication>

#include <functional>

class Connection;

/// Saves the values of some columns of a table, each with its row's key, into a compressed and
/// checksummed file of a backup point (the row journal format of BackupWriter), and writes them back
/// once a rollback has restored the columns' definitions.
///
/// The key is the primary key, else a unique key over NOT NULL whole columns, as long as it does
/// not use a saved column (its values may change). A table without such a key is "keyless": rows
/// are matched on all their other stored columns, NULL-safe; rows that are equal in all of them
/// cannot be told apart, so each gets one of the saved values (the set of rows comes out right).
/// A narrowed column of such rows is restored by the join alone, which gives every row of the group
/// the same saved value: the restore reports those rows as differing.
///
/// The restore is set-based: the saved values go into a temporary table on the target, and one
/// UPDATE ... JOIN writes them, assigning ON UPDATE CURRENT_TIMESTAMP columns to themselves so the
/// server does not stamp them. With post-images (`after`) a row is only written while it still
/// holds the value the sync left: one changed since is left alone and counted.
class ColumnSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ColumnSnapshot)

public:
    /// How to save `columns` of `table` (as the model read it): the key columns first, then the
    /// saved ones, each with how its value is written back. The key uses none of `avoid` (every
    /// column of the table whose values the sync changes) nor `columns`.
    static Result<SyncTable> shape(Connection& connection, const QString& database, const Table& table,
        const QStringList& columns, const QStringList& avoid, bool* keyless);

    struct Saved
    {
        qint64 rows = 0;
        QString digest; ///< hex digest chain of the file
    };
    /// Streams the values into a new file at `path`. `expressions`, when given, replace the select
    /// expressions of the saved (non-key) columns: a post-image is read as the value the column will
    /// hold once a rollback has given it back its old type (see postImageExpression()).
    static Result<Saved> save(Connection& connection, const SyncTable& shape, const QString& path,
        const QString& backupId, const QStringList& expressions = {});

    /// How to read a column of type `newType` (charset `newCharset`) so that the value compares
    /// with one of `oldType`/`oldCharset`: a FLOAT as DOUBLE (the text protocol rounds it), text
    /// converted back to the old charset.
    static QString postImageExpression(
        const QString& column, const QString& newType, const QString& newCharset, const QString& oldCharset);

    struct Restored
    {
        qint64 saved = 0; ///< rows in the file
        qint64 written = 0; ///< rows whose values changed back
        qint64 missing = 0; ///< saved rows whose key is no longer in the table (not counted when keyless)
        qint64 differing = 0; ///< rows still different afterwards (changed since the sync, when guarded);
                              ///< keyless: saved rows the table no longer holds
    };
    /// Writes the values of `beforePath` back; with `afterPath`, only into rows that still hold the
    /// values recorded there. Digests are checked first.
    static Result<Restored> restore(Connection& connection, const SyncTable& shape, bool keyless,
        const QString& beforePath, const QString& beforeDigest, const QString& afterPath = {},
        const QString& afterDigest = {});
};

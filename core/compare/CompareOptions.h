#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

/// What the user asked a row compare to do: which tables, which key, which rows and columns, and
/// how hard it may push the servers.
struct CompareOptions
{
    Q_DECLARE_TR_FUNCTIONS(CompareOptions)

public:
    QStringList tables;   ///< include globs; empty means every table
    QStringList exclude;  ///< exclude globs; a pattern with a dot matches "db.table", else the table name
    /// Row key chosen by the user for tables without a usable one: "db.table" or "table" -> columns.
    QHash<QString, QStringList> keys;
    QString where;        ///< an SQL condition applied on both sides, e.g. "created_at >= '2024-01-01'"
    /// Columns left out of the comparison: "db.table.column", "table.column" or "*.column".
    QStringList ignoreColumns;
    int parallel = 1;     ///< tables compared at once (each uses one connection per side)
    QString maxLoadVariable; ///< a GLOBAL STATUS variable, e.g. Threads_running; empty: no throttling
    qint64 maxLoadValue = 0; ///< pause between chunks while the variable is above this
    double chunkSeconds = 0.5; ///< server time one checksum round trip aims at
    bool jsonSemantic = false; ///< compare JSON columns by value (JSON_NORMALIZE) rather than by text
    QString diffFolder;   ///< where the DiffStore goes; empty: <app data>/diffs/<run id>

    /// Parses "db.t=c1,c2" or "t=c1" into `keys`.
    Status addKey(const QString& spec);
    /// Parses "Threads_running=25".
    Status setMaxLoad(const QString& spec);
    /// The user key for a table, if one was given.
    QStringList keyFor(const QString& database, const QString& table) const;
    /// Whether a column is to be left out.
    bool isIgnored(const QString& database, const QString& table, const QString& column) const;
};

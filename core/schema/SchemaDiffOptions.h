#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

/// What a schema diff compares and how it pairs objects: attributes to ignore, renamed tables and
/// databases, include and exclude globs.
struct SchemaDiffOptions
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiffOptions)

public:
    bool ignoreAutoIncrement = false; ///< AUTO_INCREMENT counters of tables
    bool ignoreComments = false;      ///< table, column, index, partition, routine and event comments
    bool ignoreColumnOrder = false;
    bool ignoreTableOptions = false;  ///< engine, row format and other CREATE options
    bool ignoreCollations = false;    ///< collations (a charset change is still reported)

    /// Renamed tables: source name -> target name. Views, routines and events keep their names.
    QHash<QString, QString> tableMap;
    /// Other databases referenced by foreign keys: source name -> target name. The two compared
    /// databases are paired by the caller and need no entry.
    QHash<QString, QString> databaseMap;

    /// Globs (see ObjectFilter): tables, views, routines and events match by their own name,
    /// triggers by their table's.
    QStringList include;
    QStringList exclude;

    /// Sets the ignore flags from the CLI's comma-separated list (auto-increment, comments,
    /// column-order, table-options, collations). Unknown words are an error that lists the known ones.
    Status setIgnored(const QString& list);
    /// Adds "a=b,c=d" pairs to tableMap.
    Status addTableMappings(const QString& list);
    static QStringList ignorableNames();
};

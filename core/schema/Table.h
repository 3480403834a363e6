#pragma once

#include "CheckConstraint.h"
#include "Column.h"
#include "ForeignKey.h"
#include "Index.h"

#include <QList>
#include <QString>

#include <optional>

/// A base table with its columns, indexes, constraints, options and partitioning.
struct Table
{
    /// One partition, with the names of its subpartitions.
    struct Partition
    {
        QString name;
        QString description; ///< VALUES LESS THAN / IN list as the server prints it; empty for HASH/KEY
        QString comment;
        QStringList subpartitions;
    };
    /// PARTITION BY ...; `method` is empty for an unpartitioned table.
    struct Partitioning
    {
        QString method;        ///< RANGE, LIST, HASH, KEY, LINEAR HASH, RANGE COLUMNS, SYSTEM_TIME...
        QString expression;
        QString subMethod;
        QString subExpression;
        QList<Partition> partitions;

        bool isEmpty() const { return method.isEmpty(); }
    };

    QString name;
    QString tableType = QStringLiteral("BASE TABLE"); ///< BASE TABLE, SYSTEM VERSIONED, SEQUENCE
    QString engine;
    QString charset;       ///< default charset, derived from the default collation
    QString collation;     ///< default collation
    QString rowFormat;
    QString comment;
    QString createOptions; ///< CREATE_OPTIONS as reported (e.g. "partitioned stats_persistent=0")
    std::optional<quint64> autoIncrement;
    Partitioning partitioning;
    QList<Column> columns;  ///< in ordinal order
    QList<Index> indexes;   ///< PRIMARY first, then in name order
    QList<ForeignKey> foreignKeys;
    QList<CheckConstraint> checks;
    QString createStatement; ///< SHOW CREATE TABLE, when it was asked for

    const Column* column(const QString& name) const;
    const Index* index(const QString& name) const;
    const Index* primaryKey() const;
};

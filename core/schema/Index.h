#pragma once

#include <QList>
#include <QString>

/// An index (key) of a table, from information_schema.STATISTICS.
struct Index
{
    /// One key part: a column (with an optional prefix length) or, on MySQL 8, an expression.
    struct Part
    {
        QString column;        ///< empty for a functional key part
        QString expression;    ///< MySQL 8 functional key part, empty otherwise
        int prefixLength = 0;  ///< SUB_PART: 0 when the whole column is indexed
        bool descending = false;
    };

    QString name;      ///< "PRIMARY" for the primary key
    bool primary = false;
    bool unique = false;
    QString type;      ///< BTREE, HASH, FULLTEXT or SPATIAL
    QList<Part> parts;
    bool invisible = false; ///< MariaDB 10.6+ IGNORED, MySQL 8 invisible
    QString comment;
};

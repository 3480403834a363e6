#pragma once

#include "ColumnDefault.h"

#include <QString>

/// One column of a table as read from information_schema.COLUMNS, in server-neutral form.
struct Column
{
    enum class Generated { No, Virtual, Stored };

    int ordinal = 0;  ///< 1-based position in the table
    QString name;
    QString type;     ///< the full column type as the server reports it, e.g. "int(10) unsigned"
    bool nullable = true;
    ColumnDefault defaultValue;
    bool autoIncrement = false;
    QString onUpdate; ///< the ON UPDATE expression (e.g. current_timestamp()), empty when none
    Generated generated = Generated::No;
    QString generationExpression; ///< set when generated != No
    bool invisible = false;       ///< MariaDB INVISIBLE / MySQL 8.0.23+ INVISIBLE
    QString charset;   ///< empty for non-character types
    QString collation; ///< empty for non-character types
    QString comment;
};

#pragma once

#include <QString>

/// A CHECK constraint (MySQL 8.0.16+, MariaDB 10.2+).
struct CheckConstraint
{
    QString name;
    QString clause;            ///< the expression as the server prints it
    bool columnLevel = false;  ///< MariaDB: written on a column (its name is the column's)
};

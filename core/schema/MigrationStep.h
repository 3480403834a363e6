#pragma once

#include "ObjectType.h"

#include <QString>
#include <QStringList>

/// One DDL statement of a migration, with what it does to the server and the data.
struct MigrationStep
{
    /// Ordered from harmless to dangerous; a statement takes the highest risk of its parts.
    enum class Risk {
        Instant,     ///< metadata only
        InPlace,     ///< works on the table without copying it (e.g. building an index)
        Rebuild,     ///< copies the whole table
        Destructive, ///< drops or may lose data; never runs without explicit consent
    };

    ObjectType objectType = ObjectType::Table;
    QString objectName;  ///< the object in the target database
    QString description; ///< e.g. "add column note after id; drop index k_old"
    QString sql;         ///< one statement, without a delimiter
    Risk risk = Risk::Instant;
    QStringList warnings; ///< what a DBA must know before running it

    /// "instant", "in place", "table rebuild", "destructive".
    static QString riskName(Risk risk);
};

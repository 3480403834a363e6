#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

/// The AppStore's schema history: the forward steps from an empty file to the current schema.
/// A released step never changes; a new table or column is a new step appended to the list, and
/// AppStore applies the missing ones on open, one transaction per step.
class SchemaMigrations
{
public:
    struct Step
    {
        int version; ///< the schema version (PRAGMA user_version) after this step
        const char* summary; ///< for error messages: what the step adds
        QStringList statements; ///< run in order inside the step's transaction
        /// Work that plain statements cannot express (rewriting values), run after them in the same
        /// transaction; empty for most steps.
        std::function<Status(QSqlDatabase&)> transform = {};
    };

    /// All steps, ordered; step i brings the schema to version i + 1.
    static const QList<Step>& steps();
    /// The schema version this build writes and understands.
    static int latestVersion();
};

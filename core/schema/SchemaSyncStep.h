#pragma once

#include "MigrationStep.h"

#include <QJsonObject>
#include <QStringList>

/// One statement of a schema sync as it runs on the target: the planner's step, rewritten where
/// SyncStudio does something safer (a dropped table is moved into the quarantine database, not
/// dropped), with whether it needs the user's consent to drop things and what became of it.
struct SchemaSyncStep
{
    enum class State {
        Pending, ///< not run yet (or never: the sync stopped before it)
        Applied,
        Skipped, ///< destructive, and the user did not allow dropping
        Failed,
    };

    MigrationStep step; ///< what runs; `step.sql` is one statement
    QString plannedSql; ///< the planner's statement when SyncStudio rewrote it (DROP TABLE ...), else empty
    bool needsConsent = false; ///< destructive or part of a destructive change: runs only with allowDrop
    QString quarantineOf; ///< the table this step moves into the quarantine database, if it does
    QStringList savedColumns; ///< columns whose values are saved (with their keys) before it runs
    State state = State::Pending;
    QString message; ///< why it was skipped, or the server's error

    /// "pending", "applied", "skipped", "failed": the JSON spelling.
    static QString stateName(State state);
    static State stateFromName(const QString& name);
    /// The inverse of objectTypeName(); Table for an unknown name.
    static ObjectType objectTypeFromName(const QString& name);
    /// The inverse of MigrationStep::riskName(); Destructive for an unknown name.
    static MigrationStep::Risk riskFromName(const QString& name);

    /// {"object_type","object","description","risk","warnings","sql","planned_sql","needs_consent",
    ///  "saved_columns","state","message"}
    QJsonObject toJson() const;
    static SchemaSyncStep fromJson(const QJsonObject& json);
};

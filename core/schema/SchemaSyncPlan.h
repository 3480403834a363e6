#pragma once

#include "DatabaseSchema.h"
#include "MigrationPlan.h"
#include "SchemaDiffResult.h"
#include "SchemaSyncStep.h"

#include <QCoreApplication>
#include <QJsonArray>

/// The statements a schema sync (or a schema rollback) runs, made from the migration planner's
/// plan: every step the planner wrote, except that a table the plan drops is moved into the
/// quarantine database instead (its triggers dropped and its foreign keys to other tables removed
/// first, since neither can live across databases), and every step that drops anything is marked
/// as needing the user's consent.
class SchemaSyncPlan
{
    Q_DECLARE_TR_FUNCTIONS(SchemaSyncPlan)

public:
    /// Stands for the backup point's id in quarantine names before the backup point exists.
    static QString backupIdPlaceholder() { return QStringLiteral("<backup-id>"); }

    /// `target` is the schema the plan was made against; `suffix` ends quarantine names (the
    /// backup point's id).
    static QList<SchemaSyncStep> build(const MigrationPlan& plan, const DatabaseSchema& target,
        const SchemaDiffResult& diff, const QString& quarantineDatabase, const QString& suffix);

    /// Whether the step runs: it needs no consent, or dropping is allowed.
    static bool runs(const SchemaSyncStep& step, bool allowDrop) { return !step.needsConsent || allowDrop; }

    /// A script for the mariadb/mysql client with what runs, each statement under its risk and
    /// warnings, as MigrationPlan::toSql() writes it; steps that are skipped for want of consent
    /// follow as comments.
    static QString toSql(const QList<SchemaSyncStep>& steps, const QString& sourceDatabase,
        const QString& targetDatabase, bool allowDrop);
    static QJsonArray toJson(const QList<SchemaSyncStep>& steps);

    /// Whether `sql` (an ALTER TABLE of the planner) drops, modifies or changes column `column`.
    static bool touchesColumn(const QString& sql, const QString& column);
};

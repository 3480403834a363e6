#pragma once

#include "schema/DatabaseSchema.h"
#include "schema/MigrationPlan.h"
#include "schema/SchemaDiffResult.h"
#include "schema/SchemaSyncStep.h"

#include <QHash>
#include <QString>

/// Everything one schema compare of a project found: both structures, the diff, the migration plan,
/// and the CREATE statements read so far (those of differing objects come with the compare, others
/// are read when the user looks at them).
struct SchemaComparison
{
    QString sourceEndpoint; ///< as shown, e.g. "prod/shop"
    QString targetEndpoint;
    DatabaseSchema source;
    DatabaseSchema target;
    SchemaDiffResult diff;
    MigrationPlan plan;
    /// The statements a schema sync of this plan runs: the plan with dropped tables moved to the
    /// quarantine database instead, and consent marked (SchemaSyncPlan::build; quarantine names
    /// hold the backup id placeholder until a sync takes its backup point).
    QList<SchemaSyncStep> syncSteps;
    /// SHOW CREATE output by createKey(), of the source's and the target's objects.
    QHash<QString, QString> sourceCreate;
    QHash<QString, QString> targetCreate;
    double seconds = 0;

    /// The key of an object's CREATE statement: its type and its name on that side.
    static QString createKey(ObjectType type, const QString& name)
    {
        return QString::number(int(type)) + QLatin1Char(':') + name;
    }
    /// Whether the CREATE statements of both sides of `object` (those that exist) are known.
    bool hasCreateStatements(const ObjectDiff& object) const
    {
        return (object.sourceName.isEmpty() || sourceCreate.contains(createKey(object.type, object.sourceName)))
            && (object.targetName.isEmpty() || targetCreate.contains(createKey(object.type, object.targetName)));
    }
};

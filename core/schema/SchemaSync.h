#pragma once

#include "DatabaseSchema.h"
#include "MigrationPlan.h"
#include "SchemaBackup.h"
#include "SchemaDiffOptions.h"
#include "SchemaDiffResult.h"
#include "SchemaSyncStep.h"
#include "db/ConnectionSettings.h"
#include "jobs/Job.h"

#include <QMutex>

#include <functional>
#include <optional>

class Connection;

/// Brings a target database's structure in line with a source's, as a Job (DESIGN.md: schema sync
/// with a backup point): reads both schemas, plans with the MigrationPlanner, takes a backup point
/// of kind "schema" (see SchemaBackup), then runs the statements one at a time with progress.
///
/// What keeps it safe:
/// - destructive statements run only with Options::allowDrop; without it they are skipped and
///   reported, and so is everything that only serves them;
/// - a dropped table is renamed into the quarantine database (`_syncstudio_quarantine`), never
///   dropped (see SchemaSyncPlan);
/// - before a statement drops a column, turns it into a generated one or narrows its type, the
///   column's values are saved with the rows' keys (ColumnSnapshot); after a narrowing the values
///   it left are saved too, so a rollback only restores rows nobody changed since;
/// - cancel is honoured between statements; a statement that fails stops the run. Either way the
///   target is left with the statements before it applied and the backup point rolls them back
///   (SchemaRollback, or `syncstudio-cli rollback ID`).
///
/// prepare() shows the plan before anything is changed; run() plans again and refuses to go on if
/// the schemas changed in between. Connections are opened and closed inside each call, so prepare()
/// may run on the GUI's worker thread and run() on another. The backup point is catalogued in the
/// AppStore at Options::storePath, which run() opens on its own thread.
class SchemaSync : public Job
{
    Q_OBJECT

public:
    struct Options
    {
        SchemaDiffOptions diff;
        bool allowDrop = false;
        QString storePath; ///< the AppStore file; empty: AppStore::defaultPath()
        QString sourceLabel; ///< endpoints as shown to the user, for the catalog (never a password)
        QString targetLabel;
        QString quarantineDatabase = QLatin1String(SchemaBackup::DefaultQuarantineDatabase);
        /// Tests: called before step `index` runs, after the cancel checkpoint; an error returned
        /// is handled as if the statement had failed with it.
        std::function<Status(int index, Connection& target)> beforeStep;
    };

    struct Report
    {
        QString backupId; ///< empty when nothing ran (nothing to do, or everything skipped)
        QList<SchemaSyncStep> steps;
        int applied = 0;
        int skippedDestructive = 0;
        int notRun = 0; ///< left pending by a cancel or a failure
        bool cancelled = false;
        int failedStep = -1;
        std::optional<Error> error;
        QStringList warnings;
    };

    /// Both settings must name a database.
    SchemaSync(const ConnectionSettings& source, const ConnectionSettings& target, Options options,
        QObject* parent = nullptr);
    ~SchemaSync() override;

    /// Reads both schemas and plans; nothing is written. Quarantine names hold
    /// SchemaSyncPlan::backupIdPlaceholder() until run() knows the backup point's id.
    Status prepare();
    /// From prepare() (or run()).
    SchemaDiffResult diff() const;
    MigrationPlan migration() const;
    QList<SchemaSyncStep> steps() const;
    /// The prepared steps as a client script (see SchemaSyncPlan::toSql); `suffix` replaces the
    /// backup id placeholder in quarantine names (a dry run has no backup point).
    QString script(const QString& suffix = {}) const;

    /// Plans again, takes the backup point and applies. A cancelled run returns Job::cancelledError().
    Status run() override;
    Report report() const;

private:
    struct Planned;
    Result<Planned> plan(Connection& source, Connection& target, const QString& suffix);
    Status apply(Connection& target, Planned& planned, SchemaBackup& backup, const QString& folder);
    Status saveBackup(SchemaBackup& backup, const QString& folder);

    ConnectionSettings m_sourceSettings;
    ConnectionSettings m_targetSettings;
    Options m_options;
    mutable QMutex m_mutex;
    bool m_prepared = false;
    QStringList m_preparedSql; ///< the planner's statements as prepare() saw them
    SchemaDiffResult m_diff;
    MigrationPlan m_migration;
    QList<SchemaSyncStep> m_steps;
    Report m_report;
};

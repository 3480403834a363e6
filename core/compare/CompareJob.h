#pragma once

#include "CompareOptions.h"
#include "DiffStore.h"
#include "TableComparer.h"
#include "db/ConnectionSettings.h"
#include "jobs/Job.h"

#include <QMutex>

/// The result of a whole compare run.
struct CompareSummary
{
    QString runId;
    QString diffStorePath;
    QString source;   ///< "server/database" as shown
    QString target;
    QList<DiffTableInfo> tables; ///< in name order
    QStringList warnings;
    double seconds = 0;

    int differentTables() const;
    int erroredTables() const;
    qint64 onlyInSource() const;
    qint64 onlyInTarget() const;
    qint64 different() const;
    /// Identical everywhere: no difference, no error, nothing skipped.
    bool identical() const;
};

/// Compares the rows of every selected table of a source and a target database (DESIGN.md, data
/// path steps 2 to 5): reads both catalogs, pairs the tables, then compares up to `parallel`
/// tables at a time, each on its own pair of connections, and writes the differences to a
/// DiffStore. The CLI and the GUI run the same job.
class CompareJob : public Job
{
    Q_OBJECT

public:
    /// Both settings must name a database.
    CompareJob(const ConnectionSettings& source, const ConnectionSettings& target, const CompareOptions& options,
               QObject* parent = nullptr);

    Status run() override;

    /// The outcome so far (complete once run() returned).
    CompareSummary summary() const;
    /// Overrides the walking parameters (tests use small chunks).
    void setTuning(const CompareTuning& tuning) { m_tuning = tuning; }

private:
    Status prepare();

    ConnectionSettings m_sourceSettings;
    ConnectionSettings m_targetSettings;
    CompareOptions m_options;
    CompareTuning m_tuning;
    HashFlavor m_sourceFlavor = HashFlavor::Crc64Var;
    HashFlavor m_targetFlavor = HashFlavor::Crc64Var;
    QList<TablePlan> m_plans;
    QList<qint64> m_tableIds;
    mutable QMutex m_mutex;
    CompareSummary m_summary;
    QStringList m_running;
};

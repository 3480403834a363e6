#pragma once

#include "compare/CompareJob.h"

#include <QHash>
#include <QSet>

/// What a verify compares: the options (tables restricted to what a sync run wrote, with its keys,
/// condition and ignored columns), the endpoints the run recorded, and the rows the user left out.
struct VerifyScope
{
    QString runId;      ///< the sync run; empty for a verify by filters alone
    CompareOptions options;
    QString source;     ///< the endpoints the run recorded (profile/db or URL), empty when unknown
    QString target;
    bool nothingWritten = false; ///< the run wrote no table: there is nothing to compare
    /// Per table (db.table as the compare names it), the sort keys of the rows the user unticked
    /// before the sync: they are expected to differ still.
    QHash<QString, QSet<QByteArray>> leftOut;
};

/// Re-runs the checksum compare over what a sync run touched (DESIGN.md, data path step 9) and
/// says per table whether it passed: identical, or different only in rows the user left out of
/// the sync. The CLI's verify and the GUI's Verify run this job.
class VerifyJob : public CompareJob
{
    Q_OBJECT

public:
    /// How one table came out.
    struct TableResult
    {
        enum class Outcome { Identical, OnlyLeftOut, Different, Skipped, Error };
        QString table; ///< db.table
        Outcome outcome = Outcome::Identical;
        qint64 differing = 0; ///< rows that differ (only in source, only in target, different)
        qint64 leftOut = 0;   ///< of those, rows the user left out of the sync
        QString reason;       ///< for skipped and errored tables

        bool passed() const { return outcome == Outcome::Identical || outcome == Outcome::OnlyLeftOut; }
    };

    /// The scope of sync run `runId` (its DiffStore in the default folder), its options merged
    /// into `base`: keys are added, `where` and ignored columns are taken when `base` has none.
    static Result<VerifyScope> scopeOfRun(const QString& runId, CompareOptions base = {});

    VerifyJob(const ConnectionSettings& source, const ConnectionSettings& target, VerifyScope scope,
              QObject* parent = nullptr);

    Status run() override;

    /// Per table, in the compare's order (complete once run() returned successfully).
    QList<TableResult> results() const;
    /// Every table passed (none different beyond the rows left out, skipped or failed).
    bool passed() const;

private:
    Status classify();

    VerifyScope m_scope;
    mutable QMutex m_resultsMutex;
    QList<TableResult> m_results;
};

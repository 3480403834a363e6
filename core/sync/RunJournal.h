#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Connection;

/// The run journal on the target: a small InnoDB table, `_syncstudio`.`journal` by default, that
/// gets one row (run id, batch number) inside every batch's transaction.
///
/// Why a table on the target rather than re-reading the post-images after a lost connection: the
/// journal row commits atomically with the batch, so its presence is proof the batch committed and
/// its absence proof it did not. Post-images cannot prove either: a trigger, a concurrent writer or a
/// batch whose rows already looked like the result make "the rows look applied" an inference, and a
/// delete leaves nothing to look at. The cost is one tiny row per batch (removed when the run
/// finishes), which the binary log carries to replicas like the batch itself, and the CREATE
/// privilege for the journal's database the first time.
class RunJournal
{
    Q_DECLARE_TR_FUNCTIONS(RunJournal)

public:
    explicit RunJournal(QString database = QStringLiteral("_syncstudio"));

    QString database() const { return m_database; }
    /// `_syncstudio`.`journal`
    QString qualifiedTable() const;

    /// Creates the database and table when missing (DDL: call it outside any batch).
    Status ensure(Connection& target) const;
    /// The journal row of one batch; run it inside the batch's transaction.
    QByteArray recordStatement(const QString& runId, qint64 batch, const QString& table, const QString& kind,
                               qint64 rows) const;
    /// Whether that batch's transaction committed (run it on a fresh connection after a loss).
    Result<bool> isCommitted(Connection& target, const QString& runId, qint64 batch) const;
    /// Removes a finished run's rows.
    Status clear(Connection& target, const QString& runId) const;

private:
    QString m_database;
};

#pragma once

#include "Result.h"
#include "db/Value.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

/// The rows a user unticked while reviewing a compare: kept beside the results, in the run's
/// DiffStore file (table `row_exclusions`), so that the choice survives closing the window and the
/// sync plan can leave those rows out (ChangePlan::Table::exclude takes the keys from keys()).
///
/// Rows are named by the DiffStore's sort key (unique within a table) and carry their key values.
/// One object is one SQLite connection, owned by the thread that opened it.
class RowExclusions
{
    Q_DECLARE_TR_FUNCTIONS(RowExclusions)

public:
    /// Opens the exclusions of the DiffStore at `diffStorePath` (creating the table on first use).
    static Result<std::unique_ptr<RowExclusions>> open(const QString& diffStorePath);

    ~RowExclusions();
    RowExclusions(const RowExclusions&) = delete;
    RowExclusions& operator=(const RowExclusions&) = delete;

    /// Ticks (included) or unticks (excluded) one row; `key` is the row's key values.
    Status setIncluded(qint64 tableId, const QByteArray& sortKey, const Row& key, bool included);
    /// The sort keys of a table's excluded rows.
    Result<QSet<QByteArray>> excludedSortKeys(qint64 tableId) const;
    /// The key values of a table's excluded rows, in sort key order.
    Result<QList<Row>> excludedKeys(qint64 tableId) const;
    Result<qint64> excludedCount(qint64 tableId) const;

private:
    explicit RowExclusions(const QString& path);
    Error sqlError(const QString& what, const class QSqlQuery& query) const;

    QString m_path;
    QString m_connectionName;
};

#pragma once

#include "ChangeSource.h"
#include "SyncTable.h"
#include "db/Connection.h"
#include "db/ConnectionSettings.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

/// The rows of a source table as inserts, streamed straight from the source server: the changes
/// of a table that is empty on the target (a full copy needs no row compare). A reader thread with
/// its own connection runs one SELECT (a consistent read: one point in time, no locks) and hands
/// rows over through a bounded queue, so reading the source overlaps writing the target and a table
/// of any size costs a few thousand rows of memory.
///
/// Only inserts: the passes over updates and deletes are empty. Each pass over the inserts runs the
/// query again.
class SourceStreamChangeSource : public ChangeSource
{
    Q_DECLARE_TR_FUNCTIONS(SourceStreamChangeSource)

public:
    /// `sql` selects the compare's columns in the compare's form; `columnMap[i]` is the SyncTable
    /// column of select-list entry i.
    SourceStreamChangeSource(ConnectionSettings source, QString sql, SyncTable table, QList<int> columnMap);
    ~SourceStreamChangeSource() override;

    Status open(RowChange::Kind kind) override;
    Result<std::optional<RowChange>> next() override;

    /// The same rows read on the calling thread and seen in place (no copies): the bulk copy
    /// encodes them straight from the client library's buffer. The stream's columns are in
    /// select-list order; columnMap() gives each one's table column.
    struct Raw
    {
        std::unique_ptr<Connection> connection;
        std::optional<RowStream> stream; ///< declared after the connection: destroyed before it
    };
    Result<std::unique_ptr<Raw>> openRaw() const;
    const QList<int>& columnMap() const { return m_columnMap; }
    /// The inverse of columnMap() for a table of `columnCount` columns: each table column's
    /// select-list entry, -1 for a column the stream does not select.
    QList<int> selectIndexes(qsizetype columnCount) const;

private:
    void stop();
    void produce();
    void read();

    ConnectionSettings m_settings;
    QString m_sql;
    SyncTable m_table;
    QList<int> m_columnMap;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<RowChange>> m_chunks;
    QList<RowChange> m_current;
    qsizetype m_position = 0;
    bool m_active = false;   ///< a pass over the inserts is open
    bool m_finished = false; ///< the reader has delivered everything (or failed)
    bool m_abandoned = false;
    std::optional<Error> m_error;
};

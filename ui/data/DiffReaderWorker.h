#pragma once

#include "DiffGridRow.h"
#include "DiffPageRequest.h"
#include "compare/DiffStore.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class DiffReader;

/// The loader thread's side of DiffReader: owns the thread's own DiffStore connection, reads
/// pages of rows, single rows and the table list, and answers on the reader's thread.
///
/// Random access: the store pages by key (rows after a sort key), so the worker keeps, per table
/// and kind filter, a sparse index of the sort keys where blocks of rows end. A page whose block
/// start is known costs one keyset read; an unknown one first walks the index entries from the
/// nearest known block (pageEnds()), recording every block end on the way. While idle, the worker
/// extends the index of the grid being shown in short slices, so after a second or so every jump
/// on a table of a million rows is a seek.
class DiffReaderWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 128;

    explicit DiffReaderWorker(DiffReader* reader);
    ~DiffReaderWorker() override;

    // Everything below runs on the worker's thread.
    void open(const QString& path, quint64 token);
    void close();
    void loadTables(quint64 token);
    void loadPages(const DiffPageRequest& request);
    void loadRow(quint64 generation, qint64 tableId, const QByteArray& sortKey);
    /// The position of the first row whose sort key is at least `lowerBound`.
    void locate(quint64 generation, qint64 tableId, std::optional<DiffRow::Kind> kind, qint64 rowCount,
        const QByteArray& lowerBound);

    /// The newest batch the grid asked for; set from the grid's thread.
    std::atomic<quint64> latestBatch {0};

private:
    struct PageIndex
    {
        int blockPages = 1; ///< pages per indexed block (more on very long tables)
        QList<QByteArray> ends; ///< ends[b]: the sort key of the last row of block b
        bool complete = false; ///< every block end is known
    };
    using IndexKey = QPair<qint64, int>;

    PageIndex& index(qint64 tableId, std::optional<DiffRow::Kind> kind, qint64 rowCount);
    /// Makes index.ends cover block `block` (or the end of the table). False on a store error.
    bool extendTo(
        PageIndex& index, qint64 tableId, std::optional<DiffRow::Kind> kind, int block, QString* error);
    /// The sort key the page starts after; std::nullopt past the end of the table.
    std::optional<QByteArray> pageAfter(
        PageIndex& index, qint64 tableId, std::optional<DiffRow::Kind> kind, int page, QString* error);
    void scheduleIndexing();
    void indexSlice();

    DiffReader* m_reader;
    std::unique_ptr<DiffStore> m_store;
    QHash<IndexKey, PageIndex> m_indexes;
    // The grid being shown: its index is extended in the background.
    qint64 m_activeTable = 0;
    std::optional<DiffRow::Kind> m_activeKind;
    qint64 m_activeRows = 0;
    bool m_indexingScheduled = false;
};

#include "DiffReaderWorker.h"

#include "DiffReader.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {

/// Block ends kept per table and filter at most (beyond it blocks hold more pages), so that the
/// index of a 100-million-row table stays a few hundred kilobytes.
constexpr qint64 MaxIndexedBlocks = 16384;
/// Block ends read per background slice: a few tens of milliseconds of work.
constexpr int IndexSlice = 256;

int kindKey(std::optional<DiffRow::Kind> kind)
{
    return kind ? int(*kind) : 0;
}

} // namespace

DiffReaderWorker::DiffReaderWorker(DiffReader* reader)
    : m_reader(reader)
{ }

DiffReaderWorker::~DiffReaderWorker() = default;

void DiffReaderWorker::open(const QString& path, quint64 token)
{
    m_store.reset();
    m_indexes.clear();
    m_activeTable = 0;
    QString error;
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(path);
    if (store)
        m_store = std::move(*store);
    else
        error = store.error().toString();
    DiffReader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, path, token, error]() {
            if (token == reader->m_openToken)
                emit reader->opened(path, error);
        },
        Qt::QueuedConnection);
}

void DiffReaderWorker::close()
{
    m_store.reset();
    m_indexes.clear();
}

void DiffReaderWorker::loadTables(quint64 token)
{
    QList<DiffTableInfo> tables;
    QString error;
    if (!m_store) {
        error = tr("The compare results are not open.");
    } else if (Result<QList<DiffTableInfo>> r = m_store->tables(); r) {
        tables = *r;
    } else {
        error = r.error().toString();
    }
    DiffReader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, token, tables, error]() {
            if (token == reader->m_openToken)
                emit reader->tablesLoaded(tables, error);
        },
        Qt::QueuedConnection);
}

DiffReaderWorker::PageIndex& DiffReaderWorker::index(
    qint64 tableId, std::optional<DiffRow::Kind> kind, qint64 rowCount)
{
    const IndexKey key(tableId, kindKey(kind));
    auto it = m_indexes.find(key);
    if (it == m_indexes.end()) {
        PageIndex fresh;
        const double blocks = double(rowCount) / (double(PageSize) * double(MaxIndexedBlocks));
        fresh.blockPages = qMax(1, int(std::ceil(blocks)));
        it = m_indexes.insert(key, fresh);
    }
    return *it;
}

bool DiffReaderWorker::extendTo(
    PageIndex& index, qint64 tableId, std::optional<DiffRow::Kind> kind, int block, QString* error)
{
    if (index.complete || index.ends.size() > block)
        return true;
    const int wanted = block - int(index.ends.size()) + 1;
    const QByteArray after = index.ends.isEmpty() ? QByteArray() : index.ends.last();
    Result<QList<QByteArray>> ends
        = m_store->pageEnds(tableId, after, index.blockPages * PageSize, wanted, kind);
    if (!ends) {
        *error = ends.error().toString();
        return false;
    }
    index.ends.append(*ends);
    if (ends->size() < wanted)
        index.complete = true;
    return true;
}

std::optional<QByteArray> DiffReaderWorker::pageAfter(
    PageIndex& index, qint64 tableId, std::optional<DiffRow::Kind> kind, int page, QString* error)
{
    const int block = page / index.blockPages;
    const int inBlock = page % index.blockPages;
    QByteArray start;
    if (block > 0) {
        if (!extendTo(index, tableId, kind, block - 1, error))
            return std::nullopt;
        if (index.ends.size() < block)
            return std::nullopt; // past the end
        start = index.ends.at(block - 1);
    }
    if (inBlock == 0)
        return start;
    Result<QList<QByteArray>> ends = m_store->pageEnds(tableId, start, inBlock * PageSize, 1, kind);
    if (!ends) {
        *error = ends.error().toString();
        return std::nullopt;
    }
    if (ends->isEmpty())
        return std::nullopt;
    return ends->first();
}

void DiffReaderWorker::loadPages(const DiffPageRequest& request)
{
    m_activeTable = request.tableId;
    m_activeKind = request.kind;
    m_activeRows = request.rowCount;
    DiffReader* reader = m_reader;
    for (int page : request.pages) {
        // A newer batch means the grid has moved on: what it still wants is in that batch.
        if (request.batch < latestBatch.load())
            break;
        QString error;
        QList<DiffGridRow> grid;
        if (!m_store) {
            error = tr("The compare results are not open.");
        } else {
            PageIndex& idx = index(request.tableId, request.kind, request.rowCount);
            const std::optional<QByteArray> after
                = pageAfter(idx, request.tableId, request.kind, page, &error);
            if (after && error.isEmpty()) {
                Result<QList<DiffRow>> rows = m_store->rows(request.tableId, *after, PageSize, request.kind);
                if (!rows) {
                    error = rows.error().toString();
                } else {
                    // The last page of a block ends that block: remember it for the next jump.
                    const int block = page / idx.blockPages;
                    if (rows->size() == PageSize && (page + 1) % idx.blockPages == 0
                        && idx.ends.size() == block)
                        idx.ends.append(rows->last().sortKey);
                    grid.reserve(rows->size());
                    for (const DiffRow& r : *rows)
                        grid.append(DiffGridRow::fromRow(r, request.columns));
                }
            }
        }
        ++reader->m_pagesRead;
        QMetaObject::invokeMethod(
            reader,
            [reader, generation = request.generation, page, grid = std::move(grid), error]() {
                emit reader->pageLoaded(generation, page, grid, error);
            },
            Qt::QueuedConnection);
    }
    scheduleIndexing();
}

void DiffReaderWorker::loadRow(quint64 generation, qint64 tableId, const QByteArray& sortKey)
{
    DiffRow row;
    QString error;
    if (!m_store) {
        error = tr("The compare results are not open.");
    } else if (Result<DiffRow> r = m_store->row(tableId, sortKey); r) {
        row = *r;
    } else {
        error = r.error().toString();
    }
    DiffReader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, generation, row, error]() { emit reader->rowLoaded(generation, row, error); },
        Qt::QueuedConnection);
}

void DiffReaderWorker::locate(quint64 generation, qint64 tableId, std::optional<DiffRow::Kind> kind,
    qint64 rowCount, const QByteArray& lowerBound)
{
    qint64 position = -1;
    DiffRow found;
    QString error;
    if (!m_store) {
        error = tr("The compare results are not open.");
    } else {
        PageIndex& idx = index(tableId, kind, rowCount);
        while (!idx.complete && error.isEmpty())
            extendTo(idx, tableId, kind, int(idx.ends.size()) + 4096, &error);
        if (error.isEmpty()) {
            // The first block whose last key is at least the bound holds the row (or the tail).
            const auto it = std::lower_bound(idx.ends.cbegin(), idx.ends.cend(), lowerBound);
            const int block = int(it - idx.ends.cbegin());
            QByteArray after = block == 0 ? QByteArray() : idx.ends.at(block - 1);
            qint64 base = qint64(block) * idx.blockPages * PageSize;
            for (int p = 0; p < idx.blockPages && position < 0; ++p) {
                Result<QList<DiffRow>> rows = m_store->rows(tableId, after, PageSize, kind);
                if (!rows) {
                    error = rows.error().toString();
                    break;
                }
                for (int i = 0; i < rows->size(); ++i) {
                    if (!(rows->at(i).sortKey < lowerBound)) {
                        position = base + i;
                        found = rows->at(i);
                        break;
                    }
                }
                if (position >= 0)
                    break;
                base += rows->size();
                if (rows->size() < PageSize) {
                    position = base; // every row sorts before the bound
                    break;
                }
                after = rows->last().sortKey;
            }
            if (position < 0 && error.isEmpty())
                position = base;
        }
    }
    DiffReader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, generation, position, found, error]() {
            emit reader->located(generation, position, found, error);
        },
        Qt::QueuedConnection);
}

void DiffReaderWorker::scheduleIndexing()
{
    if (m_indexingScheduled || !m_store || m_activeTable == 0)
        return;
    const auto it = m_indexes.constFind(IndexKey(m_activeTable, kindKey(m_activeKind)));
    if (it == m_indexes.cend() || it->complete)
        return;
    m_indexingScheduled = true;
    QTimer::singleShot(0, this, [this]() {
        m_indexingScheduled = false;
        indexSlice();
    });
}

void DiffReaderWorker::indexSlice()
{
    if (!m_store || m_activeTable == 0)
        return;
    PageIndex& idx = index(m_activeTable, m_activeKind, m_activeRows);
    QString error;
    if (!extendTo(idx, m_activeTable, m_activeKind, int(idx.ends.size()) + IndexSlice - 1, &error))
        return; // the next page request reports the error
    scheduleIndexing();
}

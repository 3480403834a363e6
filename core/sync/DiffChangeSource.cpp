#include "DiffChangeSource.h"

#include <QThread>

namespace {
constexpr int PageRows = 1000;
}

DiffChangeSource::DiffChangeSource(QString diffStorePath, qint64 tableId, SyncTable table, QList<int> columnMap,
                                   Filter filter)
    : m_path(std::move(diffStorePath))
    , m_tableId(tableId)
    , m_table(std::move(table))
    , m_columnMap(std::move(columnMap))
    , m_filter(std::move(filter))
{
}

DiffChangeSource::~DiffChangeSource() = default;

DiffRow::Kind DiffChangeSource::rowKind(RowChange::Kind kind)
{
    switch (kind) {
    case RowChange::Kind::Insert:
        return DiffRow::Kind::OnlyInSource;
    case RowChange::Kind::Delete:
        return DiffRow::Kind::OnlyInTarget;
    case RowChange::Kind::Update:
        break;
    }
    return DiffRow::Kind::Different;
}

Row DiffChangeSource::mapImage(const Row& image, int columns, const QList<int>& columnMap)
{
    Row out(columns);
    for (qsizetype i = 0; i < image.size() && i < columnMap.size(); ++i) {
        const int c = columnMap.at(i);
        if (c >= 0 && c < columns)
            out[c] = image.at(i);
    }
    return out;
}

RowChange DiffChangeSource::toChange(const DiffRow& row, const SyncTable& table, const QList<int>& columnMap)
{
    RowChange c;
    const int n = int(table.columns.size());
    if (row.sourceImage)
        c.after = mapImage(*row.sourceImage, n, columnMap);
    if (row.targetImage)
        c.before = mapImage(*row.targetImage, n, columnMap);
    switch (row.kind) {
    case DiffRow::Kind::OnlyInSource:
        c.kind = RowChange::Kind::Insert;
        c.key = table.keyOf(c.after);
        c.before.clear();
        break;
    case DiffRow::Kind::OnlyInTarget:
        c.kind = RowChange::Kind::Delete;
        c.key = table.keyOf(c.before);
        c.after.clear();
        break;
    case DiffRow::Kind::Different:
        c.kind = RowChange::Kind::Update;
        // The keys' bytes are equal on both sides (rows are matched by their bytes).
        c.key = table.keyOf(c.before);
        for (int d : row.diffColumns) {
            const int m = columnMap.value(d, -1);
            if (m >= 0)
                c.changedColumns.append(m);
        }
        break;
    }
    return c;
}

Status DiffChangeSource::open(RowChange::Kind kind)
{
    if (!m_store || m_storeThread != QThread::currentThread()) {
        m_store.reset();
        Result<std::unique_ptr<DiffStore>> store = DiffStore::open(m_path);
        if (!store)
            return store.error();
        m_store = std::move(*store);
        m_storeThread = QThread::currentThread();
    }
    m_kind = rowKind(kind);
    m_page.clear();
    m_position = 0;
    m_after.clear();
    m_end = false;
    return {};
}

Result<std::optional<RowChange>> DiffChangeSource::next()
{
    for (;;) {
        while (m_position < m_page.size()) {
            const DiffRow& row = m_page.at(m_position++);
            if (m_filter && !m_filter(row))
                continue;
            return std::optional<RowChange>(toChange(row, m_table, m_columnMap));
        }
        if (m_end || !m_store)
            return std::optional<RowChange>();
        Result<QList<DiffRow>> page = m_store->rows(m_tableId, m_after, PageRows, m_kind);
        if (!page)
            return page.error();
        m_page = std::move(*page);
        m_position = 0;
        if (m_page.size() < PageRows)
            m_end = true;
        if (!m_page.isEmpty())
            m_after = m_page.last().sortKey;
    }
}

#include "DiffRowModel.h"

#include "DiffColors.h"
#include "DiffReader.h"
#include "DiffReaderWorker.h"
#include "UiResources.h"
#include "sync/SyncSelection.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>

#include <algorithm>

namespace {

constexpr int PageSize = DiffReaderWorker::PageSize;

} // namespace

DiffRowModel::DiffRowModel(DiffReader* reader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_icons {QIcon(QStringLiteral(":/icons/status-only-source.svg")),
          QIcon(QStringLiteral(":/icons/status-only-target.svg")),
          QIcon(QStringLiteral(":/icons/status-different.svg"))}
{
    UiResources::ensureLoaded();
    // Requests made while the views paint are gathered and sent once the paint is over.
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &DiffRowModel::sendBatch);
    connect(m_reader, &DiffReader::pageLoaded, this, &DiffRowModel::acceptPage);
    connect(m_reader, &DiffReader::located, this, &DiffRowModel::onLocated);
}

DiffRowModel::~DiffRowModel() = default;

void DiffRowModel::setSelection(SyncSelection* selection)
{
    reset([&]() { m_selection = selection; });
}

void DiffRowModel::setTable(const DiffTableInfo& table)
{
    reset([&]() {
        m_table = table;
        m_kind.reset();
    });
}

void DiffRowModel::clear()
{
    setTable(DiffTableInfo());
}

void DiffRowModel::setKindFilter(std::optional<DiffRow::Kind> kind)
{
    if (kind == m_kind)
        return;
    reset([&]() { m_kind = kind; });
}

void DiffRowModel::reset(const std::function<void()>& change)
{
    beginResetModel();
    change();
    ++m_generation;
    m_pages.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_needBatch = false;
    m_batchTimer.stop();
    m_rowCount = int(qMin<qint64>(countOf(m_kind), std::numeric_limits<int>::max()));
    m_excluded.clear();
    if (m_selection && hasTable()) {
        if (Result<QSet<QByteArray>> keys = m_selection->excludedRows(m_table.id); keys)
            m_excluded = *keys;
        else
            emit errorOccurred(keys.error().toString());
    }
    endResetModel();
    emit exclusionsChanged(excludedCount());
}

qint64 DiffRowModel::countOf(std::optional<DiffRow::Kind> kind) const
{
    if (!hasTable())
        return 0;
    if (!kind)
        return m_table.onlyInSource + m_table.onlyInTarget + m_table.different;
    switch (*kind) {
    case DiffRow::Kind::OnlyInSource:
        return m_table.onlyInSource;
    case DiffRow::Kind::OnlyInTarget:
        return m_table.onlyInTarget;
    case DiffRow::Kind::Different:
        return m_table.different;
    }
    return 0;
}

DiffRowModel::Side DiffRowModel::sideOf(int modelColumn, int* column) const
{
    const int n = valueColumns();
    const int c = modelColumn - FirstValueColumn;
    if (c < 0 || c >= 2 * n)
        return NoSide;
    if (column)
        *column = c % n;
    return c < n ? SourceSide : TargetSide;
}

const DiffGridRow* DiffRowModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto it = m_pages.find(row / PageSize);
    if (it == m_pages.end()) {
        want(row / PageSize);
        return nullptr;
    }
    it->used = ++m_useClock;
    const int i = row % PageSize;
    return i < it->rows.size() ? &it->rows.at(i) : nullptr;
}

void DiffRowModel::want(int page) const
{
    if (!m_wanted.contains(page))
        m_wanted.append(page);
    if (!m_inFlight.contains(page))
        m_needBatch = true;
    if (m_needBatch && !m_batchTimer.isActive())
        m_batchTimer.start();
}

void DiffRowModel::sendBatch()
{
    if (!m_needBatch || !hasTable()) {
        m_wanted.clear();
        return;
    }
    // What the views showed first, then a page on either side of it for smooth scrolling.
    QList<int> pages;
    const int lastPage = m_rowCount > 0 ? (m_rowCount - 1) / PageSize : -1;
    for (int p : std::as_const(m_wanted)) {
        if (!m_pages.contains(p) && !pages.contains(p))
            pages.append(p);
    }
    const QList<int> shown = pages;
    for (int p : shown) {
        for (int n : {p + 1, p - 1}) {
            if (n >= 0 && n <= lastPage && !m_pages.contains(n) && !pages.contains(n))
                pages.append(n);
        }
    }
    m_wanted.clear();
    m_needBatch = false;
    if (pages.isEmpty())
        return;
    DiffPageRequest request;
    request.generation = m_generation;
    request.batch = ++m_batch;
    request.tableId = m_table.id;
    request.kind = m_kind;
    request.columns = m_table.columns;
    request.rowCount = m_rowCount;
    request.pages = pages;
    m_inFlight = QSet<int>(pages.cbegin(), pages.cend());
    m_reader->requestPages(request);
}

bool DiffRowModel::acceptPage(
    quint64 generation, int page, const QList<DiffGridRow>& rows, const QString& error)
{
    if (generation != m_generation) {
        ++m_staleAnswers;
        return false;
    }
    m_inFlight.remove(page);
    if (!error.isEmpty()) {
        emit errorOccurred(error);
        return true;
    }
    const int first = page * PageSize;
    if (first >= m_rowCount)
        return true;
    insertPage(page, rows);
    // Fewer rows than the counts promised: the store is the truth.
    const int end = first + int(rows.size());
    if (rows.size() < PageSize && end < m_rowCount) {
        beginRemoveRows({}, end, m_rowCount - 1);
        m_rowCount = end;
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        const int last = qMin(end, m_rowCount) - 1;
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit rowsLoaded(first, last);
    }
    return true;
}

void DiffRowModel::insertPage(int page, const QList<DiffGridRow>& rows)
{
    while (m_pages.size() >= m_cacheLimit && !m_pages.contains(page)) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    Page& p = m_pages[page];
    p.rows = rows;
    p.used = ++m_useClock;
}

void DiffRowModel::setCacheLimit(int pages)
{
    m_cacheLimit = qMax(4, pages);
}

void DiffRowModel::locate(const QByteArray& lowerBound)
{
    if (hasTable())
        m_reader->requestLocate(m_generation, m_table.id, m_kind, m_rowCount, lowerBound);
}

void DiffRowModel::onLocated(quint64 generation, qint64 position, const DiffRow& row, const QString& error)
{
    if (generation != m_generation) {
        ++m_staleAnswers;
        return;
    }
    if (!error.isEmpty()) {
        emit errorOccurred(error);
        return;
    }
    emit located(int(qMin<qint64>(position, m_rowCount)), row);
}

bool DiffRowModel::setRowsIncluded(const QList<int>& rows, bool included)
{
    if (!hasRowChoices())
        return false;
    bool changed = false;
    for (int r : rows) {
        const DiffGridRow* row = rowAt(r);
        if (!row || isExcluded(row->sortKey) == !included)
            continue;
        if (Status s = m_selection->setRowIncluded(m_table.id, row->sortKey, included); !s) {
            emit errorOccurred(s.error().toString());
            return changed;
        }
        if (included)
            m_excluded.remove(row->sortKey);
        else
            m_excluded.insert(row->sortKey);
        changed = true;
        emit dataChanged(index(r, IncludeColumn), index(r, KindColumn));
    }
    if (changed)
        emit exclusionsChanged(excludedCount());
    return changed;
}

int DiffRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DiffRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasTable() ? 0 : FirstValueColumn + 2 * valueColumns();
}

QString DiffRowModel::kindMark(DiffRow::Kind kind)
{
    switch (kind) {
    case DiffRow::Kind::OnlyInSource:
        return QStringLiteral("+");
    case DiffRow::Kind::OnlyInTarget:
        return QString(QChar(0x2212)); // −
    case DiffRow::Kind::Different:
        break;
    }
    return QString(QChar(0x2260)); // ≠
}

QIcon DiffRowModel::kindIcon(DiffRow::Kind kind) const
{
    switch (kind) {
    case DiffRow::Kind::OnlyInSource:
        return m_icons[0];
    case DiffRow::Kind::OnlyInTarget:
        return m_icons[1];
    case DiffRow::Kind::Different:
        break;
    }
    return m_icons[2];
}

QString DiffRowModel::kindText(DiffRow::Kind kind)
{
    switch (kind) {
    case DiffRow::Kind::OnlyInSource:
        return tr("Only in the source: sync inserts it into the target");
    case DiffRow::Kind::OnlyInTarget:
        return tr("Only in the target: sync deletes it from the target");
    case DiffRow::Kind::Different:
        break;
    }
    return tr("Different: sync updates the target's values");
}

QVariant DiffRowModel::markData(const DiffGridRow* row, int modelColumn, int role) const
{
    if (!row)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    switch (role) {
    case Qt::DecorationRole:
        return kindIcon(row->kind);
    case Qt::AccessibleTextRole:
        return kindText(row->kind);
    case Qt::CheckStateRole:
        if (modelColumn == IncludeColumn && hasRowChoices())
            return isExcluded(row->sortKey) ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::ToolTipRole: {
        QString tip = kindText(row->kind);
        if (modelColumn == IncludeColumn && hasRowChoices()) {
            tip += QLatin1Char('\n')
                + (isExcluded(row->sortKey) ? tr("Excluded: sync leaves this row alone.")
                                            : tr("Included in the sync. Untick to leave it alone."));
        }
        return tip;
    }
    case Qt::ForegroundRole:
        return DiffColors::kindColor(row->kind);
    case Qt::FontRole: {
        QFont f = QGuiApplication::font();
        f.setBold(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return DiffColors::rowBackground(row->kind);
    default:
        return {};
    }
}

QVariant DiffRowModel::valueData(const DiffGridRow& row, Side side, int column, int role) const
{
    const QList<ValueFormat::Preview>& values = side == SourceSide ? row.source : row.target;
    const bool absent = values.isEmpty();
    const ValueFormat::Preview empty;
    const ValueFormat::Preview& v = absent ? empty : values.value(column);
    const bool differs = !absent && row.kind == DiffRow::Kind::Different && row.differs(column);
    switch (role) {
    case Qt::DisplayRole:
        return absent ? QString() : v.text;
    case Qt::ToolTipRole:
        if (absent)
            return side == SourceSide ? tr("Not in the source") : tr("Not in the target");
        if (v.truncated)
            return tr("%1\n(the start of a long value: select the row to see all of it)").arg(v.text);
        return v.null ? tr("NULL (no value)") : v.text;
    case Qt::BackgroundRole:
        if (absent)
            return DiffColors::absentBackground();
        if (differs)
            return DiffColors::differingCellBackground();
        return DiffColors::rowBackground(row.kind);
    case Qt::FontRole:
        if (differs || v.null) {
            QFont f = QGuiApplication::font();
            f.setBold(differs);
            f.setItalic(v.null);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (v.null || v.hex)
            return DiffColors::placeholderText();
        return {};
    case Qt::TextAlignmentRole:
        if (m_table.columns.value(column).literal == QLatin1String("numeric"))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case DiffersRole:
        return differs;
    case NullRole:
        return !absent && v.null;
    case AbsentRole:
        return absent;
    default:
        return {};
    }
}

QVariant DiffRowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= columnCount())
        return {};
    const DiffGridRow* row = rowAt(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (row && role == KindRole)
        return int(row->kind);
    if (row && role == SortKeyRole)
        return row->sortKey;
    int column = 0;
    const Side side = sideOf(index.column(), &column);
    if (side == NoSide)
        return markData(row, index.column(), role);
    if (!row)
        return {};
    return valueData(*row, side, column, role);
}

bool DiffRowModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != IncludeColumn || role != Qt::CheckStateRole)
        return false;
    const auto state = static_cast<Qt::CheckState>(value.toInt());
    return setRowsIncluded({index.row()}, state == Qt::Checked);
}

QVariant DiffRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QString::number(section + 1);
        return {};
    }
    int column = 0;
    const Side side = sideOf(section, &column);
    if (side == NoSide) {
        if (role == Qt::ToolTipRole) {
            return section == IncludeColumn
                ? tr("Included in the sync (untick to leave a row alone) and the kind of "
                     "difference: + only in source, − only in target, ≠ different")
                : tr("The kind of difference: + only in source, − only in target, "
                     "≠ different");
        }
        return {};
    }
    const DiffColumn& c = m_table.columns.at(column);
    const bool key = m_table.keyColumns.contains(c.name);
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole: {
        QString tip = c.type;
        if (!c.charset.isEmpty() && c.literal == QLatin1String("text"))
            tip += QStringLiteral(" · ") + c.charset;
        if (key)
            tip += QLatin1Char('\n') + tr("Part of the row key");
        return tip;
    }
    case Qt::FontRole:
        if (key) {
            QFont f = QGuiApplication::font();
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags DiffRowModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == IncludeColumn && hasRowChoices())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

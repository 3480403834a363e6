#include "SideBySideGrid.h"

#include "DiffRowModel.h"
#include "UiResources.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTableView>

namespace {

QTableView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setSortingEnabled(false);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Equal viewports on both sides, whatever their columns need.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsMovable(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    return view;
}

} // namespace

SideBySideGrid::SideBySideGrid(QWidget* parent)
    : QWidget(parent)
    , m_sourceCaption(new QLabel(this))
    , m_targetCaption(new QLabel(this))
    , m_source(makeView(this, QStringLiteral("sourceGrid")))
    , m_target(makeView(this, QStringLiteral("targetGrid")))
{
    UiResources::ensureLoaded();
    // The left grid scrolls with the right one's bar.
    m_source->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_target->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    auto caption = [this](QLabel* label, const QString& icon) {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(2, 0, 0, 0);
        h->setSpacing(6);
        auto* i = new QLabel(row);
        const int size = fontMetrics().height();
        i->setPixmap(QIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
        h->addWidget(i);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        // A long server or table name must not widen the window: the label gives way.
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        h->addWidget(label, 1);
        return row;
    };
    layout->addWidget(caption(m_sourceCaption, QStringLiteral(":/icons/source.svg")), 0, 0);
    layout->addWidget(caption(m_targetCaption, QStringLiteral(":/icons/target.svg")), 0, 1);
    layout->addWidget(m_source, 1, 0);
    layout->addWidget(m_target, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    setCaptions(tr("Source"), tr("Target"));

    auto sync = [this](QScrollBar* from, QScrollBar* to) {
        connect(from, &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    sync(m_source->verticalScrollBar(), m_target->verticalScrollBar());
    sync(m_target->verticalScrollBar(), m_source->verticalScrollBar());
    sync(m_source->horizontalScrollBar(), m_target->horizontalScrollBar());
    sync(m_target->horizontalScrollBar(), m_source->horizontalScrollBar());
    connect(m_source->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int section, int, int size) { syncSection(m_source, m_target, section, size); });
    connect(m_target->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int section, int, int size) { syncSection(m_target, m_source, section, size); });
    for (QTableView* view : {m_source, m_target}) {
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
            emit contextMenuRequested(view->viewport()->mapToGlobal(pos));
        });
    }
}

void SideBySideGrid::setCaptions(const QString& source, const QString& target)
{
    m_sourceCaption->setText(source);
    m_sourceCaption->setToolTip(source);
    m_targetCaption->setText(target);
    m_targetCaption->setToolTip(target);
}

void SideBySideGrid::setModel(DiffRowModel* model)
{
    m_model = model;
    m_source->setModel(model);
    m_target->setModel(model);
    // One selection for both grids.
    QItemSelectionModel* unused = m_target->selectionModel();
    m_target->setSelectionModel(m_source->selectionModel());
    delete unused;
    connect(m_source->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](
            const QModelIndex& current) { emit currentRowChanged(current.isValid() ? current.row() : -1); });
    connect(model, &QAbstractItemModel::modelReset, this, &SideBySideGrid::layoutColumns);
    connect(model, &DiffRowModel::rowsLoaded, this, [this]() {
        if (!m_fitted)
            fitColumnsToContents();
    });
    layoutColumns();
}

int SideBySideGrid::counterpart(int column) const
{
    if (column == DiffRowModel::IncludeColumn)
        return DiffRowModel::KindColumn;
    if (column == DiffRowModel::KindColumn)
        return DiffRowModel::IncludeColumn;
    int c = 0;
    const DiffRowModel::Side side = m_model->sideOf(column, &c);
    return side == DiffRowModel::SourceSide ? m_model->targetColumn(c) : m_model->sourceColumn(c);
}

void SideBySideGrid::syncSection(QTableView* from, QTableView* to, int section, int size)
{
    Q_UNUSED(from);
    if (m_syncing || !m_model || section >= m_model->columnCount())
        return;
    m_syncing = true;
    to->horizontalHeader()->resizeSection(counterpart(section), size);
    m_syncing = false;
}

void SideBySideGrid::layoutColumns()
{
    if (!m_model)
        return;
    m_fitted = false;
    const int n = m_model->columnCount();
    for (int c = 0; c < n; ++c) {
        int column = 0;
        const DiffRowModel::Side side = m_model->sideOf(c, &column);
        const bool onSource = c == DiffRowModel::IncludeColumn || side == DiffRowModel::SourceSide;
        m_source->setColumnHidden(c, !onSource);
        m_target->setColumnHidden(c, onSource);
    }
    const int lead = fontMetrics().horizontalAdvance(QStringLiteral("≠")) + 44;
    m_syncing = true;
    m_source->horizontalHeader()->resizeSection(DiffRowModel::IncludeColumn, lead);
    if (n > DiffRowModel::KindColumn)
        m_target->horizontalHeader()->resizeSection(DiffRowModel::KindColumn, lead);
    for (int c = 0; c < m_model->valueColumns(); ++c) {
        const QString name = m_model->headerData(m_model->sourceColumn(c), Qt::Horizontal).toString();
        const int width = qBound(70, fontMetrics().horizontalAdvance(name) + 36, 220);
        m_source->horizontalHeader()->resizeSection(m_model->sourceColumn(c), width);
        m_target->horizontalHeader()->resizeSection(m_model->targetColumn(c), width);
    }
    m_syncing = false;
}

void SideBySideGrid::fitColumnsToContents()
{
    // Once the first rows are in, widen each column pair to what both sides show (capped), from
    // the texts themselves: the views may not be laid out yet when the rows arrive.
    m_fitted = true;
    const int rows = qMin(m_model->rowCount(), 64);
    const QFont plain = m_source->font();
    QFont bold = plain;
    bold.setBold(true);
    const QFontMetrics plainMetrics(plain);
    const QFontMetrics boldMetrics(bold);
    const int padding
        = 2 * m_source->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_source) + 12;
    m_syncing = true;
    for (int c = 0; c < m_model->valueColumns(); ++c) {
        int width = m_source->horizontalHeader()->sectionSize(m_model->sourceColumn(c));
        for (int r = 0; r < rows; ++r) {
            for (int column : {m_model->sourceColumn(c), m_model->targetColumn(c)}) {
                const QModelIndex index = m_model->index(r, column);
                const QString text = index.data().toString();
                if (text.isEmpty())
                    continue;
                const bool isBold = index.data(Qt::FontRole).value<QFont>().bold();
                width = qMax(width, (isBold ? boldMetrics : plainMetrics).horizontalAdvance(text) + padding);
            }
        }
        width = qMin(width, 360);
        m_source->horizontalHeader()->resizeSection(m_model->sourceColumn(c), width);
        m_target->horizontalHeader()->resizeSection(m_model->targetColumn(c), width);
    }
    m_syncing = false;
}

int SideBySideGrid::currentRow() const
{
    const QModelIndex current
        = m_source->selectionModel() ? m_source->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void SideBySideGrid::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const int column = m_model->valueColumns() > 0 ? m_model->sourceColumn(0) : 0;
    const QModelIndex index = m_model->index(row, column);
    m_source->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_source->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QList<int> SideBySideGrid::selectedRows() const
{
    QList<int> rows;
    if (!m_source->selectionModel())
        return rows;
    // Ranges, not indexes: a select-all on a million rows stays cheap.
    QSet<int> seen;
    for (const QItemSelectionRange& range : m_source->selectionModel()->selection()) {
        for (int r = range.top(); r <= range.bottom() && seen.size() < MaxSelectedRows; ++r)
            seen.insert(r);
    }
    rows = QList<int>(seen.cbegin(), seen.cend());
    std::sort(rows.begin(), rows.end());
    return rows;
}

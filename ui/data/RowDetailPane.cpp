#include "RowDetailPane.h"

#include "DiffColors.h"
#include "DiffRowModel.h"
#include "ValueDiffView.h"
#include "ValueFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

RowDetailPane::RowDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_title(new QLabel(this))
    , m_columns(new QTableWidget(this))
    , m_values(new ValueDiffView(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_columns->setObjectName(QStringLiteral("detailColumns"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Source"), tr("Target")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setWordWrap(false);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_columns, &QTableWidget::currentCellChanged, this, [this](int row) { showColumn(row); });

    auto* detail = new QWidget(this);
    auto* splitter = new QSplitter(Qt::Horizontal, detail);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_columns);
    splitter->addWidget(m_values);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 700});
    auto* v = new QVBoxLayout(detail);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    v->addWidget(m_title);
    v->addWidget(splitter, 1);

    m_pages->addWidget(m_message);
    m_pages->addWidget(detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showMessage(tr("Select a row to see its values in full."));
}

void RowDetailPane::showMessage(const QString& text)
{
    m_hasRow = false;
    m_message->setText(text);
    m_pages->setCurrentIndex(0);
}

int RowDetailPane::currentColumn() const
{
    return m_hasRow ? m_columns->currentRow() : -1;
}

void RowDetailPane::setCurrentColumn(int column)
{
    m_columns->setCurrentCell(column, 0);
}

void RowDetailPane::showRow(const DiffTableInfo& table, const DiffRow& row)
{
    const bool sameTable = m_hasRow && m_table.id == table.id;
    const int keepColumn = sameTable ? m_columns->currentRow() : -1;
    m_table = table;
    m_row = row;
    m_hasRow = true;

    QStringList key;
    for (const Value& v : row.key)
        key.append(v ? ValueFormat::preview(v, DiffColumn(), 40).text : QStringLiteral("NULL"));
    // A table without a key is compared by row hashes: there is no key to show.
    m_title->setText(table.keyColumns.isEmpty()
            ? tr("%1 · %2").arg(table.name, DiffRowModel::kindText(row.kind))
            : tr("%1 · key %2 · %3")
                  .arg(table.name, key.join(QStringLiteral(", ")), DiffRowModel::kindText(row.kind)));

    QSignalBlocker block(m_columns);
    m_columns->clearContents();
    m_columns->setRowCount(int(table.columns.size()));
    int firstDiffering = -1;
    for (int i = 0; i < table.columns.size(); ++i) {
        const DiffColumn& c = table.columns.at(i);
        const bool differs = row.kind == DiffRow::Kind::Different && row.diffColumns.contains(i);
        if (differs && firstDiffering < 0)
            firstDiffering = i;
        auto* name = new QTableWidgetItem(c.name);
        name->setToolTip(c.type);
        m_columns->setItem(i, 0, name);
        auto side = [&](const std::optional<Row>& image, int column) {
            auto* item = new QTableWidgetItem;
            if (!image) {
                item->setBackground(DiffColors::absentBackground());
            } else {
                const ValueFormat::Preview p = ValueFormat::preview(image->value(i), c, 80);
                item->setText(p.text);
                if (p.null || p.hex)
                    item->setForeground(DiffColors::placeholderText());
                if (p.null) {
                    QFont f = item->font();
                    f.setItalic(true);
                    item->setFont(f);
                }
            }
            m_columns->setItem(i, column, item);
            return item;
        };
        QTableWidgetItem* s = side(row.sourceImage, 1);
        QTableWidgetItem* t = side(row.targetImage, 2);
        if (differs) {
            for (QTableWidgetItem* item : {name, s, t}) {
                item->setBackground(DiffColors::differingCellBackground());
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
    }
    m_columns->resizeColumnToContents(0);
    m_pages->setCurrentIndex(1);
    // Stay on the column the user was reading while it still differs (or nothing does).
    const bool keep = keepColumn >= 0 && keepColumn < table.columns.size()
        && (firstDiffering < 0 || row.diffColumns.contains(keepColumn));
    const int column = keep ? keepColumn : qMax(0, firstDiffering);
    m_columns->setCurrentCell(column, 0);
    showColumn(column);
}

void RowDetailPane::showColumn(int column)
{
    if (!m_hasRow || column < 0 || column >= m_table.columns.size()) {
        m_values->clear();
        return;
    }
    const Value none;
    m_values->setValues(m_table.columns.at(column),
        m_row.sourceImage ? m_row.sourceImage->value(column) : none, m_row.sourceImage.has_value(),
        m_row.targetImage ? m_row.targetImage->value(column) : none, m_row.targetImage.has_value());
}

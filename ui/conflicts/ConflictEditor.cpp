#include "ConflictEditor.h"

#include "ConflictFieldsModel.h"
#include "ConflictsFilterProxy.h"
#include "ConflictsModel.h"
#include "EmptyState.h"
#include "runner/JobsModel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QPushButton* button(
    const QString& icon, const QString& text, const QString& name, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(icon.isEmpty() ? QIcon() : QIcon(icon), text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

/// The row a resolved conflict asked the target to hold, rebuilt from what was recorded.
ConflictChoice resolvedChoice(const StoredConflict& c)
{
    if (c.resolution == QLatin1String("target"))
        return ConflictChoice::target(c);
    if (c.resolution != QLatin1String("set"))
        return ConflictChoice::source(c);
    ConflictResolver::Decision d;
    d.take = ConflictResolver::Decision::Take::Set;
    for (auto it = c.setValues.begin(); it != c.setValues.end(); ++it)
        d.values.append({it.key(), it.value().isNull() ? Value() : Value(it.value().toString().toUtf8())});
    Result<std::optional<Row>> row = ConflictResolver::desiredImage(c, d);
    ConflictChoice choice = ConflictChoice::source(c);
    if (row) {
        choice.result = *row;
        for (const auto& [name, v] : d.values) {
            const int i = c.syncTable.columnIndex(name);
            if (i >= 0)
                choice.origins[i] = ConflictChoice::Origin::Edited;
        }
    }
    return choice;
}

} // namespace

ConflictEditor::ConflictEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new ConflictsModel(this))
    , m_proxy(new ConflictsFilterProxy(this))
    , m_fields(new ConflictFieldsModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_pages = new QStackedWidget(this);
    auto* empty = new EmptyState(QStringLiteral(":/icons/conflicts.svg"), tr("No conflicts"),
        tr("A conflict is a target row that changed after the compare saw it, or a difference the conflict "
           "policy left for you to decide. A sync never overwrites such a row: it lists it here, with the "
           "source, the target and the result side by side."),
        m_pages);
    empty->setObjectName(QStringLiteral("conflictsEmptyPage"));
    QPushButton* reload = empty->addButton(QIcon(QStringLiteral(":/icons/compare.svg")), tr("Look Again"),
        QStringLiteral("conflictsReloadButton"));
    connect(reload, &QPushButton::clicked, this, &ConflictEditor::refresh);
    m_pages->addWidget(empty);
    m_pages->addWidget(buildEditorPage());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_model, &ConflictsModel::refreshed, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            setStatus(tr("Cannot read the conflicts: %1").arg(error));
            emit logMessage(LogView::Level::Error, tr("Cannot read the conflicts: %1").arg(error));
        }
        emit refreshed();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_pages->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
        updateFilters();
        // Keep showing the same conflict while the filters still show it.
        const int row = m_model->rowOf(m_shownId);
        const QModelIndex same = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        m_shownId = 0;
        if (same.isValid())
            m_queue->setCurrentIndex(same);
        else if (m_proxy->rowCount() > 0)
            m_queue->setCurrentIndex(m_proxy->index(0, 0));
        if (m_shownId == 0)
            showConflict(
                m_queue->currentIndex().isValid() ? m_proxy->mapToSource(m_queue->currentIndex()).row() : -1);
        updateActions();
    });
    connect(m_model, &ConflictsModel::openCountChanged, this, &ConflictEditor::openCountChanged);
    connect(m_model, &ConflictsModel::choicesChanged, this, [this] {
        // A decision ticked off in the queue: the grid shows what will be written.
        const int row = m_model->rowOf(m_shownId);
        if (row >= 0 && m_fields->hasConflict() && !(m_fields->choice() == m_model->choice(row))) {
            const QSignalBlocker block(m_fields);
            m_fields->setChoice(m_model->choice(row));
        }
        updateActions();
    });
    connect(m_fields, &ConflictFieldsModel::choiceChanged, this, [this](const ConflictChoice& choice) {
        const int row = m_model->rowOf(m_shownId);
        if (row >= 0)
            m_model->setChoice(row, choice);
    });
    m_pages->setCurrentIndex(0);
    updateActions();
}

ConflictEditor::~ConflictEditor()
{
    // The job winds down on its worker thread; its callbacks die with this widget.
    if (m_job)
        m_job->cancel();
}

QWidget* ConflictEditor::buildEditorPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("conflictEditorPage"));

    // Filter bar.
    m_tableFilter = new QComboBox(page);
    m_tableFilter->setObjectName(QStringLiteral("conflictTableFilter"));
    m_tableFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reasonFilter = new QComboBox(page);
    m_reasonFilter->setObjectName(QStringLiteral("conflictReasonFilter"));
    m_reasonFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter = new QComboBox(page);
    m_stateFilter->setObjectName(QStringLiteral("conflictStateFilter"));
    m_stateFilter->addItem(tr("Open"), int(ConflictsFilterProxy::StateFilter::Open));
    m_stateFilter->addItem(tr("Resolved"), int(ConflictsFilterProxy::StateFilter::Resolved));
    m_stateFilter->addItem(tr("All"), int(ConflictsFilterProxy::StateFilter::All));
    m_countLabel = new QLabel(page);
    m_countLabel->setObjectName(QStringLiteral("conflictCountLabel"));
    auto* refreshButton = new QToolButton(page);
    refreshButton->setObjectName(QStringLiteral("conflictRefreshButton"));
    refreshButton->setIcon(QIcon(QStringLiteral(":/icons/compare.svg")));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refreshButton->setToolTip(tr("Read the conflict queue again"));
    connect(refreshButton, &QToolButton::clicked, this, &ConflictEditor::refresh);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Table:"), page));
    filters->addWidget(m_tableFilter);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Why:"), page));
    filters->addWidget(m_reasonFilter);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("State:"), page));
    filters->addWidget(m_stateFilter);
    filters->addSpacing(12);
    filters->addWidget(m_countLabel);
    filters->addStretch(1);
    filters->addWidget(refreshButton);

    auto filterChanged = [this] {
        m_proxy->setTableFilter(m_tableFilter->currentData().toString());
        m_proxy->setReasonFilter(m_reasonFilter->currentData().toString());
        m_proxy->setStateFilter(ConflictsFilterProxy::StateFilter(m_stateFilter->currentData().toInt()));
        if (!m_queue->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_queue->setCurrentIndex(m_proxy->index(0, 0));
        else if (m_proxy->rowCount() == 0)
            showConflict(-1);
        updateActions();
    };
    connect(m_tableFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_reasonFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, filterChanged);

    // The queue.
    m_queue = new QTableView(page);
    m_queue->setObjectName(QStringLiteral("conflictQueue"));
    m_queue->setModel(m_proxy);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setSortingEnabled(true);
    m_queue->sortByColumn(ConflictsModel::IdColumn, Qt::AscendingOrder);
    m_queue->setAlternatingRowColors(true);
    m_queue->verticalHeader()->hide();
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 8);
    m_queue->horizontalHeader()->setHighlightSections(false);
    m_queue->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setColumnWidth(ConflictsModel::IdColumn, 56);
    m_queue->setColumnWidth(ConflictsModel::TableColumn, 120);
    m_queue->setColumnWidth(ConflictsModel::KeyColumn, 64);
    m_queue->setColumnWidth(ConflictsModel::ReasonColumn, 200);
    m_queue->setColumnWidth(ConflictsModel::StateColumn, 70);
    m_queue->setColumnWidth(ConflictsModel::CreatedColumn, 110);
    // The decision column stays in sight: move it next to the key.
    m_queue->horizontalHeader()->moveSection(ConflictsModel::DecisionColumn, ConflictsModel::KeyColumn + 1);
    m_queue->setColumnWidth(ConflictsModel::DecisionColumn, 90);
    m_queue->setWordWrap(false);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            showConflict(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
        });

    // One conflict.
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason = new QLabel(page);
    m_reason->setObjectName(QStringLiteral("conflictReason"));
    m_reason->setWordWrap(true);
    m_details = new QLabel(page);
    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette dim = m_details->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_details->setPalette(dim);

    m_grid = new QTableView(page);
    m_grid->setObjectName(QStringLiteral("conflictFields"));
    m_grid->setModel(m_fields);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_grid->verticalHeader()->hide();
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->horizontalHeader()->setHighlightSections(false);
    m_grid->horizontalHeader()->setSectionResizeMode(
        ConflictFieldsModel::NameColumn, QHeaderView::Interactive);
    m_grid->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::SourceColumn, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::TargetColumn, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::ResultColumn, QHeaderView::Stretch);
    m_grid->setColumnWidth(ConflictFieldsModel::NameColumn, 140);
    m_grid->setWordWrap(false);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QTableView::customContextMenuRequested, this, &ConflictEditor::fieldsContextMenu);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConflictEditor::updateActions);

    m_takeSourceRow = button(QStringLiteral(":/icons/source.svg"), tr("Take Source Row"),
        QStringLiteral("takeSourceRowButton"), tr("The result is the source's row, every column"), page);
    m_takeTargetRow = button(QStringLiteral(":/icons/target.svg"), tr("Take Target Row"),
        QStringLiteral("takeTargetRowButton"),
        tr("The result is the target's row as it is now: nothing is written"), page);
    m_takeSourceValue = button({}, tr("← Source Value"), QStringLiteral("takeSourceValueButton"),
        tr("The selected fields take the source's value"), page);
    m_takeTargetValue = button({}, tr("Target Value →"), QStringLiteral("takeTargetValueButton"),
        tr("The selected fields take the target's value"), page);
    m_setNull = button(
        {}, tr("Set NULL"), QStringLiteral("setNullButton"), tr("The selected fields become NULL"), page);
    m_reset
        = button(QStringLiteral(":/icons/rollback.svg"), tr("Reset"), QStringLiteral("resetDecisionButton"),
            tr("Back to what the conflict policy proposes, not decided"), page);
    // Shortcuts while the editor has focus: Alt+arrows take values, with Shift whole rows.
    m_takeSourceValue->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_takeTargetValue->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_takeSourceRow->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left));
    m_takeTargetRow->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right));
    for (QPushButton* b : {m_takeSourceValue, m_takeTargetValue, m_takeSourceRow, m_takeTargetRow})
        b->setToolTip(
            QStringLiteral("%1 (%2)").arg(b->toolTip(), b->shortcut().toString(QKeySequence::NativeText)));
    connect(m_takeSourceRow, &QPushButton::clicked, this, &ConflictEditor::takeSourceRow);
    connect(m_takeTargetRow, &QPushButton::clicked, this, &ConflictEditor::takeTargetRow);
    connect(m_takeSourceValue, &QPushButton::clicked, this, &ConflictEditor::takeSourceValue);
    connect(m_takeTargetValue, &QPushButton::clicked, this, &ConflictEditor::takeTargetValue);
    connect(m_setNull, &QPushButton::clicked, this, &ConflictEditor::setNullValue);
    connect(m_reset, &QPushButton::clicked, this, &ConflictEditor::resetDecision);

    auto* takes = new QHBoxLayout;
    takes->addWidget(m_takeSourceRow);
    takes->addWidget(m_takeTargetRow);
    takes->addSpacing(16);
    takes->addWidget(m_takeSourceValue);
    takes->addWidget(m_takeTargetValue);
    takes->addWidget(m_setNull);
    takes->addStretch(1);
    takes->addWidget(m_reset);

    auto* legend = new QLabel(
        tr("Result: <span style=\"background:%1\">&nbsp;from the source&nbsp;</span> "
           "<span style=\"background:%2\">&nbsp;from the target&nbsp;</span> "
           "<span style=\"background:%3\">&nbsp;edited&nbsp;</span> · bold: the target's value changes · "
           "double-click a result to edit it")
            .arg(ConflictFieldsModel::originBackground(ConflictChoice::Origin::Source).name(),
                ConflictFieldsModel::originBackground(ConflictChoice::Origin::Target).name(),
                ConflictFieldsModel::originBackground(ConflictChoice::Origin::Edited).name()),
        page);
    legend->setObjectName(QStringLiteral("conflictLegend"));
    legend->setWordWrap(true);

    // Bulk rules for the table.
    auto* bulkBox = new QGroupBox(tr("Bulk decisions"), page);
    bulkBox->setObjectName(QStringLiteral("conflictBulkBox"));
    m_bulkLabel = new QLabel(bulkBox);
    m_bulkLabel->setObjectName(QStringLiteral("conflictBulkLabel"));
    m_allSource
        = button(QStringLiteral(":/icons/source.svg"), tr("All Source"), QStringLiteral("allSourceButton"),
            tr("Every open conflict of this table takes the source's row"), bulkBox);
    m_allTarget
        = button(QStringLiteral(":/icons/target.svg"), tr("All Target"), QStringLiteral("allTargetButton"),
            tr("Every open conflict of this table keeps the target's row"), bulkBox);
    m_newerColumn = new QComboBox(bulkBox);
    m_newerColumn->setObjectName(QStringLiteral("newerWinsColumn"));
    m_newerColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_newerColumn->setToolTip(tr("The column that tells which side is newer, e.g. updated_at"));
    m_newerWins = button({}, tr("Newer Wins"), QStringLiteral("newerWinsButton"),
        tr("Each open conflict of this table takes the side whose column is greater; ties stay undecided"),
        bulkBox);
    connect(m_allSource, &QPushButton::clicked, this, &ConflictEditor::allSource);
    connect(m_allTarget, &QPushButton::clicked, this, &ConflictEditor::allTarget);
    connect(m_newerWins, &QPushButton::clicked, this, [this] { newerWins(m_newerColumn->currentText()); });
    auto* bulkLayout = new QHBoxLayout(bulkBox);
    bulkLayout->addWidget(m_bulkLabel);
    bulkLayout->addSpacing(8);
    bulkLayout->addWidget(m_allSource);
    bulkLayout->addWidget(m_allTarget);
    bulkLayout->addSpacing(16);
    bulkLayout->addWidget(new QLabel(tr("By column:"), bulkBox));
    bulkLayout->addWidget(m_newerColumn);
    bulkLayout->addWidget(m_newerWins);
    bulkLayout->addStretch(1);

    auto* detail = new QWidget(page);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_reason);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_grid, 1);
    detailLayout->addLayout(takes);
    detailLayout->addWidget(legend);
    detailLayout->addWidget(bulkBox);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("conflictSplitter"));
    splitter->addWidget(m_queue);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 840});
    splitter->setChildrenCollapsible(false);

    // Action bar.
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("conflictStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("conflictProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = button(QStringLiteral(":/icons/cancel.svg"), tr("Cancel"),
        QStringLiteral("conflictCancelButton"), tr("Stop after the current batch"), page);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ConflictEditor::cancel);
    m_undo = button(QStringLiteral(":/icons/rollback.svg"), tr("Undo Resolution…"),
        QStringLiteral("undoResolutionButton"),
        tr("Roll the target back to before this resolution was written, and open its conflicts again"), page);
    m_apply = button(QStringLiteral(":/icons/sync.svg"), tr("Apply Decisions…"),
        QStringLiteral("applyDecisionsButton"),
        tr("Write the decided conflicts to the target, guarded, with a backup point"), page);
    m_apply->setDefault(true);
    connect(m_undo, &QPushButton::clicked, this, &ConflictEditor::undoResolution);
    connect(m_apply, &QPushButton::clicked, this, &ConflictEditor::applyDecisions);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addSpacing(12);
    actions->addWidget(m_undo);
    actions->addWidget(m_apply);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    return page;
}

void ConflictEditor::setSource(const QString& appStorePath, const QString& target)
{
    m_model->setSource(appStorePath, target);
}

void ConflictEditor::setPolicy(const ConflictPolicy& policy)
{
    m_model->setPolicy(policy);
}

void ConflictEditor::setTargetResolver(ResolveConflictsJob::TargetResolver resolver)
{
    m_resolver = std::move(resolver);
}

void ConflictEditor::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

void ConflictEditor::refresh()
{
    m_model->refresh();
}

qint64 ConflictEditor::currentId() const
{
    return m_shownId;
}

QString ConflictEditor::statusText() const
{
    return m_status->text();
}

QString ConflictEditor::currentTable() const
{
    return m_fields->hasConflict() ? m_fields->conflict().displayTable() : QString();
}

bool ConflictEditor::selectConflict(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Filtered out: show every table, reason and state.
        m_tableFilter->setCurrentIndex(0);
        m_reasonFilter->setCurrentIndex(0);
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(int(ConflictsFilterProxy::StateFilter::All)));
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_queue->setCurrentIndex(index);
    m_queue->scrollTo(index);
    if (m_shownId != id)
        showConflict(row);
    return true;
}

void ConflictEditor::updateFilters()
{
    auto fill = [](QComboBox* box, const QString& all, const QStringList& values,
                    const std::function<QString(const QString&)>& label) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString& v : values)
            box->addItem(label(v), v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_tableFilter, tr("All tables"), m_model->tables(), [](const QString& t) { return t; });
    fill(m_reasonFilter, tr("All reasons"), m_model->reasons(),
        [](const QString& r) { return ConflictsModel::reasonInWords(r); });
    m_proxy->setTableFilter(m_tableFilter->currentData().toString());
    m_proxy->setReasonFilter(m_reasonFilter->currentData().toString());
}

void ConflictEditor::showConflict(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        m_shownId = 0;
        m_fields->clear();
        m_title->setText(tr("No conflict selected"));
        m_reason->clear();
        m_details->clear();
        updateBulkColumns();
        updateActions();
        return;
    }
    const StoredConflict& c = m_model->conflict(sourceRow);
    m_shownId = c.id;
    const bool open = c.state == StoredConflict::State::Open;
    m_fields->setConflict(c, open ? m_model->choice(sourceRow) : resolvedChoice(c), !open);
    m_title->setText(tr("%1 · %2").arg(c.displayTable(), c.keyText));
    QString reason = QStringLiteral("<b>%1</b>").arg(ConflictsModel::reasonInWords(c.reason).toHtmlEscaped());
    if (!c.reasonText.isEmpty() && c.reasonText != ConflictsModel::reasonInWords(c.reason))
        reason += QStringLiteral(": ") + c.reasonText.toHtmlEscaped();
    if (!c.diffColumns.isEmpty())
        reason += QStringLiteral("<br>")
            + tr("Differing columns: %1").arg(c.diffColumns.join(QStringLiteral(", ")).toHtmlEscaped());
    m_reason->setText(reason);
    QString details = tr("The sync would have done: %1 · run %2 · %3 → %4")
                          .arg(RowChange::kindName(c.change), c.runId, c.source, c.target);
    if (!open) {
        details += QStringLiteral("\n")
            + (c.resolutionBackupId.isEmpty()
                    ? tr("Resolved (%1) without writing.").arg(c.resolution)
                    : tr("Resolved (%1), backup point %2.").arg(c.resolution, c.resolutionBackupId));
    }
    m_details->setText(details);
    m_grid->resizeColumnToContents(ConflictFieldsModel::NameColumn);
    m_grid->setColumnWidth(ConflictFieldsModel::NameColumn,
        qBound(90, m_grid->columnWidth(ConflictFieldsModel::NameColumn) + 16, 220));
    updateBulkColumns();
    updateActions();
}

void ConflictEditor::updateBulkColumns()
{
    const QString table = currentTable();
    m_bulkLabel->setText(
        table.isEmpty() ? tr("Open conflicts of the table:") : tr("Open conflicts of %1:").arg(table));
    const QString previous = m_newerColumn->currentText();
    const QSignalBlocker block(m_newerColumn);
    m_newerColumn->clear();
    if (!m_fields->hasConflict())
        return;
    const SyncTable& t = m_fields->conflict().syncTable;
    int preferred = -1;
    for (const SyncTable::Column& c : t.columns) {
        if (!c.compared)
            continue;
        m_newerColumn->addItem(c.name);
        const QString lower = c.name.toLower();
        if (preferred < 0
            && (lower.contains(QLatin1String("updated")) || lower.contains(QLatin1String("modified"))
                || lower.contains(QLatin1String("changed"))))
            preferred = m_newerColumn->count() - 1;
    }
    const int keep = m_newerColumn->findText(previous);
    m_newerColumn->setCurrentIndex(keep >= 0 ? keep : qMax(0, preferred));
}

void ConflictEditor::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ConflictEditor::updateActions()
{
    const bool busy = isBusy();
    const bool shown = m_fields->hasConflict();
    const bool open = shown && m_fields->conflict().state == StoredConflict::State::Open;
    const bool bothRows = open && m_fields->conflict().sourceImage && m_fields->conflict().targetImage;
    bool anyEditable = false;
    bool anyTakeable = false;
    for (int row : selectedFieldRows()) {
        anyEditable = anyEditable || m_fields->canEdit(row);
        anyTakeable = anyTakeable || m_fields->canTakeField(row);
    }
    m_takeSourceRow->setEnabled(open && !busy);
    m_takeTargetRow->setEnabled(open && !busy);
    m_takeSourceValue->setEnabled(!busy && bothRows && anyTakeable);
    m_takeTargetValue->setEnabled(!busy && bothRows && anyTakeable);
    m_setNull->setEnabled(!busy && open && anyEditable);
    m_reset->setEnabled(
        !busy && open && m_model->rowOf(m_shownId) >= 0 && m_model->isDecided(m_model->rowOf(m_shownId)));
    const bool tableHasOpen = shown && !m_model->openRowsOf(currentTable()).isEmpty();
    m_allSource->setEnabled(!busy && tableHasOpen);
    m_allTarget->setEnabled(!busy && tableHasOpen);
    m_newerWins->setEnabled(!busy && tableHasOpen && m_newerColumn->count() > 0);
    m_newerColumn->setEnabled(!busy && tableHasOpen);
    m_grid->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::AnyKeyPressed);
    const int decided = m_model->decidedCount();
    m_apply->setEnabled(!busy && decided > 0);
    m_apply->setText(decided > 0 ? tr("Apply %n Decision(s)…", nullptr, decided) : tr("Apply Decisions…"));
    m_undo->setEnabled(!busy && shown && !open && !m_fields->conflict().resolutionBackupId.isEmpty());
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_countLabel->setText(tr("%n open", nullptr, int(m_model->openCount())) + QStringLiteral(" · ")
        + tr("%n shown", nullptr, m_proxy->rowCount()));
    if (!busy && m_status->text().isEmpty() && decided == 0 && m_model->openCount() > 0)
        setStatus(
            tr("Decide per conflict, or per table with the bulk decisions; nothing is written until Apply."));
}

QList<int> ConflictEditor::selectedFieldRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_grid->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_grid->currentIndex().isValid())
        rows.append(m_grid->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ConflictEditor::takeSourceRow()
{
    if (m_fields->hasConflict() && m_fields->conflict().state == StoredConflict::State::Open)
        m_fields->takeSourceRow();
}

void ConflictEditor::takeTargetRow()
{
    if (m_fields->hasConflict() && m_fields->conflict().state == StoredConflict::State::Open)
        m_fields->takeTargetRow();
}

void ConflictEditor::takeSourceValue()
{
    for (int row : selectedFieldRows())
        m_fields->takeSource(row);
}

void ConflictEditor::takeTargetValue()
{
    for (int row : selectedFieldRows())
        m_fields->takeTarget(row);
}

void ConflictEditor::setNullValue()
{
    for (int row : selectedFieldRows())
        m_fields->setNull(row);
}

void ConflictEditor::resetDecision()
{
    const int row = m_model->rowOf(m_shownId);
    if (row < 0)
        return;
    m_model->clearChoice(row);
    const QSignalBlocker block(m_fields);
    m_fields->setChoice(m_model->choice(row));
    updateActions();
}

void ConflictEditor::fieldsContextMenu(const QPoint& pos)
{
    if (!m_fields->hasConflict() || m_fields->conflict().state != StoredConflict::State::Open || isBusy())
        return;
    const QModelIndex at = m_grid->indexAt(pos);
    if (at.isValid() && !m_grid->selectionModel()->isRowSelected(at.row(), {}))
        m_grid->selectRow(at.row());
    QMenu menu(this);
    menu.addAction(tr("Take Source Value"), this, &ConflictEditor::takeSourceValue)
        ->setEnabled(m_takeSourceValue->isEnabled());
    menu.addAction(tr("Take Target Value"), this, &ConflictEditor::takeTargetValue)
        ->setEnabled(m_takeTargetValue->isEnabled());
    menu.addAction(tr("Set NULL"), this, &ConflictEditor::setNullValue)->setEnabled(m_setNull->isEnabled());
    QAction* edit = menu.addAction(tr("Edit Result…"), this,
        [this, at] { m_grid->edit(m_fields->index(at.row(), ConflictFieldsModel::ResultColumn)); });
    edit->setEnabled(at.isValid() && m_fields->canEdit(at.row()));
    menu.addSeparator();
    menu.addAction(QIcon(QStringLiteral(":/icons/source.svg")), tr("Take Source Row"), this,
        &ConflictEditor::takeSourceRow);
    menu.addAction(QIcon(QStringLiteral(":/icons/target.svg")), tr("Take Target Row"), this,
        &ConflictEditor::takeTargetRow);
    menu.exec(m_grid->viewport()->mapToGlobal(pos));
}

void ConflictEditor::bulk(
    const std::function<std::optional<ConflictChoice>(const StoredConflict&)>& rule, const QString& what)
{
    const QString table = currentTable();
    int decided = 0;
    int left = 0;
    for (int row : m_model->openRowsOf(table)) {
        if (std::optional<ConflictChoice> choice = rule(m_model->conflict(row))) {
            m_model->setChoice(row, *choice);
            ++decided;
        } else {
            ++left;
        }
    }
    QString text = tr("%1: %n conflict(s) of %2 decided.", nullptr, decided).arg(what, table);
    if (left > 0)
        text += QLatin1Char(' ') + tr("%n left undecided (both sides as new).", nullptr, left);
    setStatus(text);
    updateActions();
}

void ConflictEditor::allSource()
{
    bulk([](const StoredConflict& c) { return ConflictChoice::source(c); }, tr("All source"));
}

void ConflictEditor::allTarget()
{
    bulk([](const StoredConflict& c) { return ConflictChoice::target(c); }, tr("All target"));
}

int ConflictEditor::newerWins(const QString& column)
{
    if (column.isEmpty())
        return 0;
    int decided = 0;
    bulk(
        [&column, &decided](const StoredConflict& c) {
            std::optional<ConflictChoice> choice = ConflictChoice::newer(c, column);
            decided += choice ? 1 : 0;
            return choice;
        },
        tr("Newer wins by %1").arg(column));
    return decided;
}

bool ConflictEditor::confirm(const QString& title, const QString& what, const QString& confirmText)
{
    if (m_confirmation)
        return m_confirmation(title, what, confirmText);
    QMessageBox box(QMessageBox::Question, title, what, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("conflictConfirmBox"));
    QPushButton* ok = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == ok;
}

void ConflictEditor::applyDecisions()
{
    if (isBusy())
        return;
    const QList<ConflictResolver::Decision> decisions = m_model->decisions();
    if (decisions.isEmpty())
        return;
    int writes = 0;
    for (const ConflictResolver::Decision& d : decisions)
        writes += d.take == ConflictResolver::Decision::Take::Target ? 0 : 1;
    const int keeps = int(decisions.size()) - writes;
    QString what = tr("Resolve %n conflict(s) on %1.", nullptr, int(decisions.size())).arg(m_model->target());
    if (writes > 0) {
        what += QLatin1Char(' ')
            + tr(
                "%n row(s) are written, each only while the target row is still as the conflict recorded it; "
                "a backup point is taken first, so Undo can restore them.",
                nullptr, writes);
    }
    if (keeps > 0)
        what += QLatin1Char(' ')
            + tr("%n keep the target's row: nothing is written for them.", nullptr, keeps);
    if (!confirm(tr("Apply Conflict Decisions"), what, tr("Apply")))
        return;
    emit logMessage(LogView::Level::Info, tr("Resolving %n conflict(s).", nullptr, int(decisions.size())));
    runJob(
        ResolveConflictsJob::apply(m_model->storePath(), m_resolver, decisions), tr("Resolving conflicts…"));
}

void ConflictEditor::undoResolution()
{
    if (isBusy() || !m_fields->hasConflict())
        return;
    const QString backupId = m_fields->conflict().resolutionBackupId;
    if (backupId.isEmpty() || m_fields->conflict().state != StoredConflict::State::Resolved)
        return;
    int covered = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        covered += m_model->conflict(row).resolutionBackupId == backupId ? 1 : 0;
    const QString what
        = tr("Roll back backup point %1 on %2: the %n row(s) this resolution wrote return to how they "
             "were, and their conflicts open again. A row changed since stays as it is.",
            nullptr, covered)
              .arg(backupId, m_model->target());
    if (!confirm(tr("Undo Conflict Resolution"), what, tr("Roll Back")))
        return;
    emit logMessage(LogView::Level::Info, tr("Undoing the resolution of backup point %1.").arg(backupId));
    runJob(ResolveConflictsJob::undo(m_model->storePath(), m_resolver, backupId), tr("Rolling back…"));
}

void ConflictEditor::cancel()
{
    if (m_job) {
        m_job->cancel();
        setStatus(tr("Cancelling: stopping after the current batch…"));
    }
}

void ConflictEditor::runJob(ResolveConflictsJob* raw, const QString& busyText)
{
    // deleteLater: the last reference may go on the worker thread, the job lives on this one.
    std::shared_ptr<ResolveConflictsJob> job(raw, [](ResolveConflictsJob* j) { j->deleteLater(); });
    m_job = job;
    setStatus(busyText);
    const QPointer<ResolveConflictsJob> guard(raw);
    connect(raw, &Job::progressChanged, this, [this, guard] {
        if (!guard)
            return;
        const JobProgress p = guard->progress();
        setStatus(p.item.isEmpty() ? p.phase : tr("%1: %2").arg(p.phase, p.item));
    });
    connect(raw, &Job::logMessage, this,
        [this](const QString& line) { emit logMessage(LogView::Level::Info, line); });
    updateActions();
    emit busyChanged(true);
    JobsModel::start(job, job->isUndo() ? tr("Undo of a conflict resolution") : tr("Conflict resolution"),
        m_model->target(), this, [this, job](const Status& status) {
        m_job.reset();
        QString message;
        if (!status) {
            message = status.error().code == QLatin1String("cancelled")
                ? tr("Cancelled: nothing more was written.")
                : status.error().toString();
        } else if (job->isUndo()) {
            const ResolveConflictsJob::Report r = job->report();
            message = r.rollback.clean()
                ? tr("Rolled back: %n conflict(s) open again.", nullptr, int(r.reopened))
                : tr("Rolled back in part: %n row(s) had changed since and were left as they are.", nullptr,
                    int(r.rollback.applied.conflictCount + r.rollback.rowsDiffering));
        } else {
            const ResolveConflictsJob::Report r = job->report();
            message = tr("%n conflict(s) resolved.", nullptr, int(r.resolved.resolved.size()));
            if (!r.resolved.changedAgain.isEmpty()) {
                message += QLatin1Char(' ')
                    + tr("%n stay open: the target row changed again (shown now as it is).", nullptr,
                        int(r.resolved.changedAgain.size()));
            }
            if (!r.resolved.backupId.isEmpty()) {
                message += QLatin1Char(' ')
                    + tr("Backup point %1: to undo, pick a resolved conflict (State: Resolved) and Undo "
                         "Resolution.")
                          .arg(r.resolved.backupId);
            }
        }
        setStatus(message);
        emit logMessage(status ? LogView::Level::Info : LogView::Level::Error, message);
        updateActions();
        emit busyChanged(false);
        emit jobFinished(status.ok(), message);
        refresh();
    });
}

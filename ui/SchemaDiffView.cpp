#include "SchemaDiffView.h"

#include "EmptyState.h"
#include "MigrationScriptView.h"
#include "SchemaTreeFilterModel.h"
#include "SchemaTreeModel.h"
#include "SideBySideDiffView.h"
#include "UiStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/// The most room the list of an object's changes takes above its definitions (about six lines).
constexpr int MaxChangesHeight = 110;

/// "● 3 only in source" in the status colour, for the summary line.
QString chip(ObjectDiff::Status status, int count)
{
    return QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2&nbsp;%3")
        .arg(SchemaTreeModel::statusColor(status).name())
        .arg(count)
        .arg(SchemaTreeModel::statusText(status).toLower().toHtmlEscaped());
}

} // namespace

SchemaDiffView::SchemaDiffView(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_busyBar(new QWidget(this))
    , m_busyProgress(new QProgressBar(m_busyBar))
    , m_busyText(new QLabel(m_busyBar))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), m_busyBar))
    , m_model(new SchemaTreeModel(this))
    , m_filter(new SchemaTreeFilterModel(this))
{
    setObjectName(QStringLiteral("schemaDiffView"));
    m_filter->setSourceModel(m_model);

    // The strip shown over existing results while a new compare runs.
    m_busyProgress->setRange(0, 0);
    m_busyProgress->setMaximumWidth(160);
    m_busyProgress->setMaximumHeight(14);
    m_busyProgress->setTextVisible(false);
    m_busyText->setObjectName(QStringLiteral("schemaBusyText"));
    m_cancel->setObjectName(QStringLiteral("schemaCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &SchemaDiffView::cancelRequested);
    auto* busyLayout = new QHBoxLayout(m_busyBar);
    busyLayout->setContentsMargins(8, 4, 8, 4);
    busyLayout->addWidget(m_busyProgress);
    busyLayout->addWidget(m_busyText, 1);
    busyLayout->addWidget(m_cancel);
    m_busyBar->hide();

    m_pages->addWidget(buildNotComparedPage());
    m_pages->addWidget(buildBusyPage());
    m_pages->addWidget(buildErrorPage());
    m_pages->addWidget(buildResultsPage());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_pages, 1);
    showNotCompared();
}

QWidget* SchemaDiffView::buildNotComparedPage()
{
    auto* page = new EmptyState(QStringLiteral(":/icons/compare.svg"), tr("The schemas have not been compared yet"),
        tr("Compare reads the structure of both databases — tables, views, triggers, routines and events — "
           "and shows every difference here, with the statements that would bring the target in line. "
           "Nothing is written to either server."),
        m_pages);
    page->setObjectName(QStringLiteral("schemaNotComparedPage"));
    m_compareButton
        = page->addButton(QIcon(QStringLiteral(":/icons/compare.svg")), tr("Compare"), QStringLiteral("schemaCompareButton"));
    connect(m_compareButton, &QPushButton::clicked, this, &SchemaDiffView::compareRequested);
    return page;
}

QWidget* SchemaDiffView::buildBusyPage()
{
    auto* page = new EmptyState(QStringLiteral(":/icons/compare.svg"), tr("Comparing the schemas…"), QString(), m_pages);
    page->setObjectName(QStringLiteral("schemaBusyPage"));
    m_busyPageText = page->textLabel();
    m_busyPageCancel
        = page->addButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), QStringLiteral("schemaBusyCancelButton"));
    connect(m_busyPageCancel, &QPushButton::clicked, this, &SchemaDiffView::cancelRequested);
    return page;
}

QWidget* SchemaDiffView::buildErrorPage()
{
    auto* page = new EmptyState(QStringLiteral(":/icons/error.svg"), tr("The schemas could not be compared"), QString(), m_pages);
    page->setObjectName(QStringLiteral("schemaErrorPage"));
    m_errorText = page->textLabel();
    m_errorText->setObjectName(QStringLiteral("schemaErrorText"));
    m_errorText->setForegroundRole(QPalette::WindowText);
    m_errorText->setTextFormat(Qt::RichText);
    auto* retry = page->addButton(QIcon(QStringLiteral(":/icons/compare.svg")), tr("Try Again"), QStringLiteral("schemaRetryButton"));
    connect(retry, &QPushButton::clicked, this, &SchemaDiffView::compareRequested);
    return page;
}

QWidget* SchemaDiffView::buildResultsPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("schemaResultsPage"));

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("schemaSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_show = new QComboBox(page);
    m_show->setObjectName(QStringLiteral("schemaShowCombo"));
    m_show->addItem(tr("Differences only"), true);
    m_show->addItem(tr("All objects"), false);
    m_show->setToolTip(tr("Show only the objects that differ, or every object compared"));
    m_filterEdit = new QLineEdit(page);
    m_filterEdit->setObjectName(QStringLiteral("schemaFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(220);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDifferencesOnly(m_show->currentData().toBool());
        m_tree->expandAll();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        m_tree->expandAll();
    });

    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 6);
    top->setSpacing(8);
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Show:"), page));
    top->addWidget(m_show);
    top->addWidget(m_filterEdit);

    m_tree = new QTreeView(page);
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SchemaTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SchemaTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showObject(current); });

    // Definitions: the object's differences, then its CREATE statements side by side.
    auto* definitions = new QWidget(page);
    m_objectTitle = new QLabel(definitions);
    m_objectTitle->setObjectName(QStringLiteral("schemaObjectTitle"));
    m_objectTitle->setTextFormat(Qt::RichText);
    m_objectTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_objectChanges = new QLabel(definitions);
    m_objectChanges->setObjectName(QStringLiteral("schemaObjectChanges"));
    m_objectChanges->setTextFormat(Qt::RichText);
    m_objectChanges->setWordWrap(true);
    m_objectChanges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_objectChanges->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_changesArea = new QScrollArea(definitions);
    m_changesArea->setWidget(m_objectChanges);
    m_changesArea->setWidgetResizable(true);
    m_changesArea->setFrameShape(QFrame::NoFrame);

    m_definitions = new SideBySideDiffView(definitions);
    auto* definitionsLayout = new QVBoxLayout(definitions);
    definitionsLayout->setContentsMargins(8, 8, 8, 8);
    definitionsLayout->setSpacing(6);
    definitionsLayout->addWidget(m_objectTitle);
    definitionsLayout->addWidget(m_changesArea);
    definitionsLayout->addWidget(m_definitions, 1);

    m_migration = new MigrationScriptView(page);
    connect(m_migration, &MigrationScriptView::applyRequested, this, &SchemaDiffView::applyRequested);
    connect(m_migration, &MigrationScriptView::scriptChanged, this, [this] {
        m_detailTabs->setTabText(1, tr("Migration Script (%1)").arg(m_migration->includedPlan().steps.size()));
    });

    m_detailTabs = new QTabWidget(page);
    m_detailTabs->setObjectName(QStringLiteral("schemaDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(definitions, QIcon(QStringLiteral(":/icons/object-table.svg")), tr("Definitions"));
    m_detailTabs->addTab(m_migration, QIcon(QStringLiteral(":/icons/preview-sql.svg")), tr("Migration Script"));

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("schemaSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 800});

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    return page;
}

void SchemaDiffView::setEndpoints(const QString& source, const QString& target)
{
    m_sourceName = source;
    m_targetName = target;
    m_definitions->setTitles(tr("Source: %1").arg(source), tr("Target: %1").arg(target));
}

void SchemaDiffView::showNotCompared()
{
    m_hasComparison = false;
    m_model->clear();
    m_pages->setCurrentIndex(NotComparedPage);
}

void SchemaDiffView::setBusy(const QString& phase)
{
    m_busy = true;
    m_busyText->setText(phase);
    m_busyPageText->setText(phase);
    m_compareButton->setEnabled(false);
    if (m_hasComparison) {
        m_busyBar->show();
    } else {
        m_busyBar->hide();
        m_pages->setCurrentIndex(BusyPage);
    }
}

void SchemaDiffView::setIdle()
{
    m_busy = false;
    m_busyBar->hide();
    m_compareButton->setEnabled(true);
    if (m_pages->currentIndex() == BusyPage)
        m_pages->setCurrentIndex(m_hasComparison ? ResultsPage : NotComparedPage);
}

void SchemaDiffView::setError(const Error& error)
{
    setIdle();
    QString text = error.message.toHtmlEscaped();
    if (!error.hint.isEmpty())
        text += QStringLiteral("<br><br>") + error.hint.toHtmlEscaped();
    m_errorText->setText(text);
    m_errorText->setToolTip(error.toString());
    m_pages->setCurrentIndex(ErrorPage);
}

void SchemaDiffView::setComparison(const SchemaComparison& comparison)
{
    setIdle();
    // Keep the user's place: the object shown before a re-compare is shown again if it still exists.
    const ObjectDiff* previous = m_hasComparison && m_shownObject >= 0 ? &m_comparison.diff.objects.at(m_shownObject) : nullptr;
    const ObjectType previousType = previous ? previous->type : ObjectType::Table;
    const QString previousName = previous ? previous->name : QString();

    m_comparison = comparison;
    m_hasComparison = true;
    m_shownObject = -1;
    m_model->setResult(m_comparison.diff);
    // Identical schemas: "differences only" would show an empty tree, so show what was compared.
    const bool identical = m_comparison.diff.identical();
    m_show->setCurrentIndex(identical ? 1 : 0);
    m_filter->setDifferencesOnly(!identical);
    m_tree->expandAll();
    m_migration->setSteps(m_comparison.syncSteps, m_comparison.plan.sourceDatabase, m_comparison.plan.targetDatabase);
    m_detailTabs->setTabText(1, tr("Migration Script (%1)").arg(m_migration->includedPlan().steps.size()));
    updateSummary();
    m_pages->setCurrentIndex(ResultsPage);

    if (previous && selectObject(previousType, previousName))
        return;
    // Start on the first difference, so the side-by-side view is never empty after a compare.
    for (int g = 0; g < m_filter->rowCount(); ++g) {
        const QModelIndex group = m_filter->index(g, 0);
        if (m_filter->rowCount(group) > 0) {
            m_tree->setCurrentIndex(m_filter->index(0, 0, group));
            return;
        }
    }
    showObject({});
}

void SchemaDiffView::updateSummary()
{
    const SchemaDiffResult& d = m_comparison.diff;
    if (d.identical()) {
        m_summary->setText(tr("<b>The schemas are identical</b> (%n object(s) compared).", nullptr,
            d.count(ObjectDiff::Status::Identical)));
        return;
    }
    QStringList chips;
    for (ObjectDiff::Status s : {ObjectDiff::Status::OnlyInSource, ObjectDiff::Status::OnlyInTarget,
             ObjectDiff::Status::Different, ObjectDiff::Status::Identical}) {
        chips << chip(s, d.count(s));
    }
    m_summary->setText(chips.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
}

bool SchemaDiffView::selectObject(ObjectType type, const QString& name)
{
    const QModelIndex source = m_model->indexOf(type, name);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_filterEdit->clear();
        m_show->setCurrentIndex(1);
        proxy = m_filter->mapFromSource(source);
    }
    if (!proxy.isValid())
        return false;
    m_tree->expand(proxy.parent());
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    return true;
}

void SchemaDiffView::showMigrationScript()
{
    if (m_hasComparison)
        m_detailTabs->setCurrentWidget(m_migration);
}

void SchemaDiffView::showObject(const QModelIndex& proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    const ObjectDiff* o = m_model->object(source);
    m_detailTabs->setCurrentIndex(0);
    if (!o) {
        m_shownObject = -1;
        m_objectTitle->setText(tr("<b>Select an object</b> to see its definition on both sides."));
        m_objectChanges->clear();
        m_changesArea->hide();
        m_definitions->clear();
        return;
    }
    m_shownObject = source.data(SchemaTreeModel::ObjectIndexRole).toInt();
    m_objectTitle->setText(QStringLiteral("%1 <b>%2</b> &nbsp;<span style=\"color:%3\">%4</span>")
                               .arg(SchemaTreeModel::typeWord(o->type).toHtmlEscaped(), o->name.toHtmlEscaped(),
                                   SchemaTreeModel::statusColor(o->status).name(),
                                   SchemaTreeModel::statusText(o->status).toHtmlEscaped()));
    QStringList items;
    for (const QString& change : o->changes)
        items << QStringLiteral("• ") + change.toHtmlEscaped();
    m_objectChanges->setText(items.join(QStringLiteral("<br>")));
    // The list takes the room it needs, up to a few lines; longer lists scroll.
    m_changesArea->setVisible(!items.isEmpty());
    if (!items.isEmpty()) {
        const int width = qMax(200, m_changesArea->viewport()->width());
        m_changesArea->setFixedHeight(qMin(MaxChangesHeight, m_objectChanges->heightForWidth(width) + 2));
    }

    if (!m_comparison.hasCreateStatements(*o)) {
        m_definitions->setMessage(tr("Reading the CREATE statements…"));
        emit createStatementsNeeded(o->type, o->sourceName, o->targetName);
        return;
    }
    const QString sourceText = o->sourceName.isEmpty()
        ? QString()
        : m_comparison.sourceCreate.value(SchemaComparison::createKey(o->type, o->sourceName));
    const QString target = o->targetName.isEmpty()
        ? QString()
        : m_comparison.targetCreate.value(SchemaComparison::createKey(o->type, o->targetName));
    m_definitions->setTexts(sourceText, target, tr("Not in the source: this %1 exists only in the target.").arg(SchemaTreeModel::typeWord(o->type)),
        tr("Not in the target: this %1 exists only in the source.").arg(SchemaTreeModel::typeWord(o->type)));
}

void SchemaDiffView::setCreateStatements(ObjectType type, const QString& sourceName, const QString& targetName,
    const QString& sourceCreate, const QString& targetCreate)
{
    if (!m_hasComparison)
        return;
    if (!sourceName.isEmpty())
        m_comparison.sourceCreate.insert(SchemaComparison::createKey(type, sourceName), sourceCreate);
    if (!targetName.isEmpty())
        m_comparison.targetCreate.insert(SchemaComparison::createKey(type, targetName), targetCreate);
    // Only redraw when the reply is for the object still shown (the user may have moved on).
    if (m_shownObject >= 0) {
        const ObjectDiff& shown = m_comparison.diff.objects.at(m_shownObject);
        if (shown.type == type && shown.sourceName == sourceName && shown.targetName == targetName)
            showObject(m_tree->currentIndex());
    }
}

void SchemaDiffView::setCreateStatementsError(
    ObjectType type, const QString& sourceName, const QString& targetName, const Error& error)
{
    if (!m_hasComparison || m_shownObject < 0)
        return;
    const ObjectDiff& shown = m_comparison.diff.objects.at(m_shownObject);
    if (shown.type == type && shown.sourceName == sourceName && shown.targetName == targetName)
        m_definitions->setMessage(tr("The CREATE statements could not be read: %1").arg(error.message));
}

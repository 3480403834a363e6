#include "DataDiffView.h"

#include "DiffReader.h"
#include "DiffRowModel.h"
#include "DiffTablesProxy.h"
#include "KeyInput.h"
#include "RowDetailPane.h"
#include "SideBySideGrid.h"
#include "UiResources.h"
#include "UiStyle.h"
#include "ValueFormat.h"
#include "compare/CompareJob.h"
#include "jobs/JobRunner.h"
#include "runner/JobsModel.h"
#include "store/SyncProject.h"
#include "sync/SyncSelection.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString duration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    const qint64 t = qint64(seconds + 0.5);
    if (t < 3600)
        return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(t / 3600)
        .arg((t / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(t % 60, 2, 10, QLatin1Char('0'));
}

/// A server as the captions name it: its profile's name, else host:port.
QString serverLabel(const ConnectionSettings& settings)
{
    return settings.label.isEmpty() ? settings.displayName() : settings.label;
}

QString keyText(const Row& key)
{
    QStringList parts;
    for (const Value& v : key)
        parts.append(v ? ValueFormat::preview(v, DiffColumn(), 60).text : QStringLiteral("NULL"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

DataDiffView::DataDiffView(QWidget* parent)
    : QWidget(parent)
    , m_watcher(new QFutureWatcher<Status>(this))
    , m_ticker(new QTimer(this))
    , m_reader(new DiffReader(this))
    , m_tables(new DiffTablesModel(this))
    , m_proxy(new DiffTablesProxy(this))
    , m_rows(new DiffRowModel(m_reader, this))
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("dataDiffView"));
    m_proxy->setSourceModel(m_tables);

    // The run bar: compare, cancel, progress.
    m_compare = new QPushButton(QIcon(QStringLiteral(":/icons/compare.svg")), tr("Compare Rows"), this);
    m_compare->setObjectName(QStringLiteral("compareRowsButton"));
    m_compare->setToolTip(
        tr("Compare the rows of every selected table on the servers, without locking the source"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCompareButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("compareProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressText = new QLabel(tr("Compare the rows of the two databases to see what differs."), this);
    m_progressText->setObjectName(QStringLiteral("compareProgressText"));
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_compare);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_progressText, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("dataDiffSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(buildTablesPane());
    m_mainSplitter->addWidget(buildRowsPane());
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({470, 930});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_compare, &QPushButton::clicked, this, &DataDiffView::startCompare);
    connect(m_cancel, &QPushButton::clicked, this, &DataDiffView::cancelCompare);
    connect(m_watcher, &QFutureWatcher<Status>::finished, this, &DataDiffView::onCompareFinished);
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &DataDiffView::onProgress);

    connect(m_reader, &DiffReader::opened, this, [this](const QString& path, const QString& error) {
        if (!error.isEmpty()) {
            setMessage(error, true);
            return;
        }
        if (!isComparing())
            m_reader->requestTables();
        emit resultsOpened(path);
    });
    connect(m_reader, &DiffReader::tablesLoaded, this, &DataDiffView::onTablesLoaded);
    connect(m_reader, &DiffReader::rowLoaded, this, &DataDiffView::onRowLoaded);
    connect(m_rows, &DiffRowModel::located, this, &DataDiffView::onLocated);
    connect(m_rows, &DiffRowModel::exclusionsChanged, this, &DataDiffView::updateStatus);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, &DataDiffView::updateStatus);
    connect(m_rows, &DiffRowModel::errorOccurred, this,
        [this](const QString& error) { setMessage(error, true); });
    connect(m_rows, &DiffRowModel::rowsLoaded, this, [this](int first, int last) {
        // A table opens on its first difference, so the detail pane has something to say.
        if (first == 0 && m_grid->currentRow() < 0) {
            m_grid->selectRow(0);
            return;
        }
        if (m_pendingDetailRow >= first && m_pendingDetailRow <= last)
            requestDetail();
    });
}

DataDiffView::~DataDiffView()
{
    // A running compare is cancelled and winds down on its own (it stops at its next chunk, which
    // may take a moment on a busy server): closing the view does not wait for it.
    if (m_job && !m_watcher->isFinished()) {
        m_job->cancel();
        CompareJob* job = m_job.release();
        auto* orphan = new QFutureWatcher<Status>;
        QObject::connect(orphan, &QFutureWatcherBase::finished, orphan, [job, orphan]() {
            delete job;
            orphan->deleteLater();
        });
        orphan->setFuture(m_watcher->future());
    }
}

QWidget* DataDiffView::buildTablesPane()
{
    auto* pane = new QWidget(this);
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_differencesOnly = new QCheckBox(tr("Differences only"), pane);
    m_differencesOnly->setObjectName(QStringLiteral("differencesOnly"));
    m_differencesOnly->setToolTip(tr("Hide the tables whose rows are identical"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_differencesOnly);

    m_tablesView = new QTableView(pane);
    m_tablesView->setObjectName(QStringLiteral("diffTablesView"));
    m_tablesView->setModel(m_proxy);
    m_tablesView->setSortingEnabled(true);
    m_tablesView->sortByColumn(DiffTablesModel::NameColumn, Qt::AscendingOrder);
    m_tablesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tablesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tablesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tablesView->setWordWrap(false);
    m_tablesView->setAlternatingRowColors(true);
    m_tablesView->verticalHeader()->hide();
    m_tablesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tablesView->horizontalHeader()->setSectionResizeMode(DiffTablesModel::NameColumn, QHeaderView::Stretch);
    // The status keeps its width while a compare writes progress into it; the counts fit their numbers.
    m_tablesView->horizontalHeader()->setSectionResizeMode(
        DiffTablesModel::StatusColumn, QHeaderView::Interactive);
    int statusWidth
        = fontMetrics().horizontalAdvance(DiffTablesModel::tr("%1 rows").arg(QLocale().toString(99999)));
    for (const char* status : {"different", "identical", "pending", "skipped", "error"})
        statusWidth = qMax(
            statusWidth, fontMetrics().horizontalAdvance(DiffTablesModel::statusText(QLatin1String(status))));
    m_tablesView->horizontalHeader()->resizeSection(
        DiffTablesModel::StatusColumn, statusWidth + fontMetrics().height() + 16);
    for (int c = DiffTablesModel::OnlyInSourceColumn; c < DiffTablesModel::ColumnCount; ++c)
        m_tablesView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tablesView->horizontalHeader()->setMinimumSectionSize(48);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DiffTablesProxy::setNameFilter);
    connect(m_differencesOnly, &QCheckBox::toggled, m_proxy, &DiffTablesProxy::setDifferencesOnly);
    connect(m_tablesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DataDiffView::onCurrentTableChanged);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_tablesView, 1);
    pane->setMinimumWidth(320);
    return pane;
}

QWidget* DataDiffView::buildRowsPane()
{
    m_rightPages = new QStackedWidget(this);
    m_rightMessage = new QLabel(m_rightPages);
    m_rightMessage->setObjectName(QStringLiteral("rowsMessage"));
    m_rightMessage->setAlignment(Qt::AlignCenter);
    m_rightMessage->setWordWrap(true);
    m_rightMessage->setForegroundRole(QPalette::PlaceholderText);
    m_rightMessage->setText(tr("Choose a table to see its rows side by side."));
    m_rightPages->addWidget(m_rightMessage);

    auto* page = new QWidget(m_rightPages);
    m_tableTitle = new QLabel(page);
    m_tableTitle->setObjectName(QStringLiteral("tableTitle"));
    QFont title = m_tableTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_tableTitle->setFont(title);
    m_tableFacts = new QLabel(page);
    m_tableFacts->setForegroundRole(QPalette::PlaceholderText);
    m_tableFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tableFacts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* heading = new QHBoxLayout;
    heading->setSpacing(12);
    heading->addWidget(m_tableTitle);
    heading->addWidget(m_tableFacts, 1);

    // Kind filter, jump to key, detail toggle.
    m_kinds = new QButtonGroup(page);
    m_kinds->setExclusive(true);
    auto* tools = new QHBoxLayout;
    tools->setSpacing(4);
    const QStringList names {QStringLiteral("kindAll"), QStringLiteral("kindOnlyInSource"),
        QStringLiteral("kindOnlyInTarget"), QStringLiteral("kindDifferent")};
    const QStringList icons {QString(), QStringLiteral(":/icons/status-only-source.svg"),
        QStringLiteral(":/icons/status-only-target.svg"), QStringLiteral(":/icons/status-different.svg")};
    for (int i = 0; i < 4; ++i) {
        auto* button = new QToolButton(page);
        button->setObjectName(names.at(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        if (!icons.at(i).isEmpty())
            button->setIcon(QIcon(icons.at(i)));
        button->setToolButtonStyle(
            icons.at(i).isEmpty() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
        m_kinds->addButton(button, i);
        tools->addWidget(button);
    }
    m_kinds->button(0)->setChecked(true);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) {
        static const std::optional<DiffRow::Kind> kinds[] = {
            std::nullopt, DiffRow::Kind::OnlyInSource, DiffRow::Kind::OnlyInTarget, DiffRow::Kind::Different};
        m_rows->setKindFilter(kinds[qBound(0, id, 3)]);
        m_detail->showMessage(tr("Select a row to see its values in full."));
        updateStatus();
    });
    tools->addStretch(1);
    m_jump = new QLineEdit(page);
    m_jump->setObjectName(QStringLiteral("jumpToKey"));
    m_jump->setClearButtonEnabled(true);
    m_jump->setMinimumWidth(150);
    m_jump->setMaximumWidth(260);
    m_jump->setToolTip(tr("Type a key and press Enter to go to that row (or the next one after it); "
                          "separate the values of a composite key with commas"));
    connect(m_jump, &QLineEdit::returnPressed, this, &DataDiffView::jumpToKey);
    m_detailToggle = new QToolButton(page);
    m_detailToggle->setObjectName(QStringLiteral("detailToggle"));
    m_detailToggle->setText(tr("Details"));
    m_detailToggle->setToolTip(tr("Show the selected row's values in full below the grid"));
    m_detailToggle->setCheckable(true);
    m_detailToggle->setChecked(true);
    m_detailToggle->setAutoRaise(true);
    connect(m_detailToggle, &QToolButton::toggled, this, &DataDiffView::setDetailVisible);
    tools->addSpacing(12);
    tools->addWidget(m_jump);
    tools->addSpacing(8);
    tools->addWidget(m_detailToggle);

    m_grid = new SideBySideGrid(page);
    m_grid->setModel(m_rows);
    connect(m_grid, &SideBySideGrid::currentRowChanged, this, &DataDiffView::onCurrentRowChanged);
    connect(m_grid, &SideBySideGrid::contextMenuRequested, this, &DataDiffView::showContextMenu);
    for (QTableView* view : {m_grid->sourceView(), m_grid->targetView()}) {
        auto* space = new QShortcut(QKeySequence(Qt::Key_Space), view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(space, &QShortcut::activated, this, [this]() {
            // Space flips the selected rows: all included unless every one already is.
            const QList<int> rows = m_grid->selectedRows();
            bool allIncluded = true;
            for (int r : rows) {
                const DiffGridRow* row = m_rows->rowAt(r);
                allIncluded = allIncluded && row && !m_rows->isExcluded(row->sortKey);
            }
            m_rows->setRowsIncluded(rows, !allIncluded);
        });
    }
    m_detail = new RowDetailPane(page);
    m_detail->setObjectName(QStringLiteral("rowDetailPane"));
    m_rowsSplitter = new QSplitter(Qt::Vertical, page);
    m_rowsSplitter->setChildrenCollapsible(false);
    m_rowsSplitter->addWidget(m_grid);
    m_rowsSplitter->addWidget(m_detail);
    m_rowsSplitter->setStretchFactor(0, 3);
    m_rowsSplitter->setStretchFactor(1, 2);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("rowsStatus"));
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("rowsMessage"));
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* statusBar = new QHBoxLayout;
    statusBar->addWidget(m_status, 1);
    statusBar->addWidget(m_message, 1);

    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    v->addLayout(heading);
    v->addLayout(tools);
    v->addWidget(m_rowsSplitter, 1);
    v->addLayout(statusBar);
    m_rightPages->addWidget(page);
    return m_rightPages;
}

QByteArray DataDiffView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_mainSplitter->saveState() << m_rowsSplitter->saveState()
        << m_detailToggle->isChecked();
    return state;
}

bool DataDiffView::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray main;
    QByteArray rows;
    bool detail = true;
    in >> version >> main >> rows >> detail;
    if (in.status() != QDataStream::Ok || version != 1)
        return false;
    m_mainSplitter->restoreState(main);
    m_rowsSplitter->restoreState(rows);
    setDetailVisible(detail);
    return true;
}

QToolButton* DataDiffView::kindButton(int index) const
{
    return qobject_cast<QToolButton*>(m_kinds->button(index));
}

void DataDiffView::setEndpoints(const ConnectionSettings& source, const ConnectionSettings& target)
{
    m_resolver = nullptr;
    m_source = source;
    m_target = target;
    m_sourceLabel = serverLabel(source);
    m_targetLabel = serverLabel(target);
}

void DataDiffView::setEndpointResolver(EndpointResolver resolver)
{
    m_resolver = std::move(resolver);
}

CompareOptions DataDiffView::compareOptionsFor(const SyncProject& project)
{
    CompareOptions options;
    options.tables = project.tables;
    options.exclude = project.exclude;
    for (auto it = project.keys.cbegin(); it != project.keys.cend(); ++it)
        options.keys.insert(it.key(), it.value());
    options.ignoreColumns = project.ignoreColumns;
    options.where = project.where;
    options.parallel = qMax(1, project.parallel);
    if (!project.maxLoad.isEmpty())
        (void)options.setMaxLoad(project.maxLoad); // the project file was validated on load
    options.jsonSemantic = project.semanticJson;
    return options;
}

void DataDiffView::setCompareOptions(const CompareOptions& options)
{
    m_options = options;
}

bool DataDiffView::isComparing() const
{
    return m_job != nullptr || m_resolving;
}

void DataDiffView::setMessage(const QString& text, bool warning)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    if (warning)
        UiStyle::setTextColor(m_message, UiStyle::warningColor());
    else
        UiStyle::resetTextColor(m_message);
    if (warning && m_rightPages->currentIndex() == 0)
        m_progressText->setText(text);
}

void DataDiffView::startCompare()
{
    if (isComparing())
        return;
    UiStyle::resetTextColor(m_progressText);
    if (!m_resolver) {
        if (m_source.database.isEmpty() || m_target.database.isEmpty()) {
            m_progressText->setText(tr("Choose a source and a target database first."));
            UiStyle::setTextColor(m_progressText, UiStyle::warningColor());
            return;
        }
        runCompare(Endpoints {m_source, m_target});
        return;
    }
    // The keychain may take its time: find the passwords off the UI thread.
    m_resolving = true;
    m_cancelWhileResolving = false;
    m_compare->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Reading the connection details…"));
    emit compareStarted();
    auto* watcher = new QFutureWatcher<Result<Endpoints>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_resolving = false;
        const Result<Endpoints> endpoints = watcher->future().result();
        if (!endpoints || m_cancelWhileResolving) {
            m_compare->setEnabled(true);
            m_cancel->setEnabled(false);
            m_progress->hide();
            const QString message = m_cancelWhileResolving ? tr("Cancelled.") : endpoints.error().toString();
            m_cancelWhileResolving = false;
            m_progressText->setText(message);
            UiStyle::setTextColor(m_progressText, UiStyle::warningColor());
            emit compareFinished(false, message);
            return;
        }
        m_source = endpoints->source;
        m_target = endpoints->target;
        m_sourceLabel = serverLabel(m_source);
        m_targetLabel = serverLabel(m_target);
        runCompare(*endpoints);
    });
    watcher->setFuture(QtConcurrent::run(m_resolver));
}

void DataDiffView::runCompare(const Endpoints& endpoints)
{
    const bool announced = m_resolver != nullptr;
    m_rows->setSelection(nullptr);
    m_rows->clear();
    m_selection.reset();
    m_shown = DiffTableInfo();
    m_resultsPath.clear();
    m_tables->setLive({});
    m_tables->setTables({});
    m_started.clear();
    m_autoSelect = true;
    m_rightMessage->setText(tr("Rows appear here as each table is compared."));
    m_rightPages->setCurrentIndex(0);

    m_job = std::make_unique<CompareJob>(endpoints.source, endpoints.target, m_options);
    connect(m_job.get(), &Job::progressChanged, this, &DataDiffView::onProgress);
    m_runClock.start();
    m_compare->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Connecting…"));
    m_ticker->start();
    JobsModel::instance()->add(m_job.get(), tr("Data compare"),
        tr("%1 → %2").arg(endpoints.source.database, endpoints.target.database));
    m_watcher->setFuture(JobRunner().start(m_job.get()));
    if (!announced)
        emit compareStarted();
}

void DataDiffView::cancelCompare()
{
    if (m_resolving) {
        m_cancelWhileResolving = true;
        m_cancel->setEnabled(false);
        return;
    }
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling: the tables being compared stop after their current chunk…"));
}

void DataDiffView::onProgress()
{
    if (!m_job)
        return;
    const JobProgress p = m_job->progress();
    const CompareSummary summary = m_job->summary();
    if (!summary.diffStorePath.isEmpty() && m_resultsPath.isEmpty())
        openStore(summary.diffStorePath);
    applySummary(summary.tables);

    // The tables being compared now, and how far each has come.
    QHash<qint64, DiffTablesModel::Live> live;
    const qint64 now = m_runClock.elapsed();
    QList<qint64> running;
    for (const QString& name : p.item.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const int row = m_tables->rowOf(name);
        if (row >= 0 && !DiffTablesModel::isFinished(m_tables->tableAt(row)))
            running.append(m_tables->tableAt(row).id);
    }
    for (qint64 id : std::as_const(running)) {
        if (!m_started.contains(id))
            m_started.insert(id, Started {p.rowsDone, now});
        const Started& s = m_started.value(id);
        DiffTablesModel::Live l;
        l.seconds = (now - s.ms) / 1000.0;
        // Rows done are counted for the whole job: they belong to a table only when it runs alone.
        if (running.size() == 1) {
            l.rowsDone = p.rowsDone - s.rowsDone;
            l.rowsPerSecond = l.seconds > 0.5 ? l.rowsDone / l.seconds : 0;
        }
        live.insert(id, l);
    }
    m_tables->setLive(live);

    if (p.rowsTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(999, p.rowsDone * 1000 / qMax<qint64>(1, p.rowsTotal))));
    }
    QString text = p.phase;
    if (p.itemsTotal > 0)
        text += QStringLiteral(" · ") + tr("%1 of %n table(s)", nullptr, p.itemsTotal).arg(p.itemsDone);
    if (p.rowsDone > 0)
        text += QStringLiteral(" · ") + tr("%1 rows").arg(number(p.rowsDone));
    if (p.rowsPerSecond > 0)
        text += QStringLiteral(" · ") + tr("%1 rows/s").arg(number(qint64(p.rowsPerSecond)));
    if (p.etaSeconds >= 0)
        text += QStringLiteral(" · ") + tr("about %1 left").arg(duration(p.etaSeconds));
    if (p.paused)
        text += QStringLiteral(" · ") + tr("paused");
    if (m_cancel->isEnabled())
        m_progressText->setText(text);
}

void DataDiffView::onCompareFinished()
{
    if (!m_job)
        return;
    m_ticker->stop();
    const Status status = m_watcher->result();
    const CompareSummary summary = m_job->summary();
    m_job.reset();
    m_started.clear();
    m_tables->setLive({});
    if (!summary.diffStorePath.isEmpty() && m_resultsPath.isEmpty())
        openStore(summary.diffStorePath);
    applySummary(summary.tables);
    m_compare->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();

    QString message;
    bool ok = status.ok();
    if (!status && status.error().code == QLatin1String("cancelled")) {
        message = tr("Cancelled after %1 s; the tables compared so far are shown.")
                      .arg(summary.seconds, 0, 'f', 1);
    } else if (!status) {
        message = status.error().toString();
    } else {
        const int differing = summary.differentTables();
        const int errors = summary.erroredTables();
        message = tr("Compared %n table(s) in %1 s", nullptr, int(summary.tables.size()))
                      .arg(summary.seconds, 0, 'f', 1);
        if (differing == 0 && errors == 0)
            message += QStringLiteral(": ") + tr("every row is identical.");
        else
            message += QStringLiteral(": ") + tr("%n table(s) differ", nullptr, differing);
        if (errors > 0) {
            message += QStringLiteral(", ") + tr("%n could not be compared", nullptr, errors);
            ok = false;
        }
        if (differing > 0 || errors > 0)
            message += QLatin1Char('.');
        for (const QString& w : summary.warnings)
            message += QStringLiteral(" ") + w + QLatin1Char('.');
    }
    m_progressText->setText(message);
    m_progressText->setToolTip(message);
    if (!status)
        UiStyle::setTextColor(m_progressText, UiStyle::warningColor());
    if (m_tables->rowCount() == 0) {
        m_rightMessage->setText(status ? tr("No table was compared: check the table filters.") : message);
        m_rightPages->setCurrentIndex(0);
    }
    emit compareFinished(ok, message);
}

void DataDiffView::openStore(const QString& path)
{
    m_resultsPath = path;
    m_reader->open(path);
    // The row checkboxes write the sync's choices, kept in the results file.
    Result<std::unique_ptr<SyncSelection>> selection = SyncSelection::open(path);
    if (selection) {
        m_selection = std::move(*selection);
    } else {
        m_selection.reset();
        setMessage(selection.error().toString(), true);
    }
    m_rows->setSelection(m_selection.get());
}

void DataDiffView::openResults(const QString& diffStorePath)
{
    if (isComparing())
        return;
    m_rows->setSelection(nullptr);
    m_rows->clear();
    m_shown = DiffTableInfo();
    m_tables->setTables({});
    m_autoSelect = true;
    m_rightMessage->setText(tr("Reading the results…"));
    m_rightPages->setCurrentIndex(0);
    openStore(diffStorePath);
}

void DataDiffView::onTablesLoaded(const QList<DiffTableInfo>& tables, const QString& error)
{
    if (!error.isEmpty()) {
        m_rightMessage->setText(error);
        return;
    }
    applySummary(tables);
    if (tables.isEmpty()) {
        m_rightMessage->setText(tr("These results hold no table."));
        m_rightPages->setCurrentIndex(0);
    }
}

void DataDiffView::applySummary(const QList<DiffTableInfo>& tables)
{
    m_tables->setTables(tables);
    if (m_autoSelect && !m_tablesView->selectionModel()->currentIndex().isValid()) {
        // Start where the differences are: the first differing table in the list's order.
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex index = m_proxy->index(r, 0);
            if (index.data(DiffTablesModel::StatusRole).toString() == QLatin1String("different")) {
                m_autoSelect = false;
                m_tablesView->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    onCurrentTableChanged();
}

bool DataDiffView::showTable(const QString& name)
{
    const int row = m_tables->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_tables->index(row, 0));
    if (!index.isValid())
        return false;
    m_tablesView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

DiffTableInfo DataDiffView::currentTable() const
{
    return m_rows->table();
}

void DataDiffView::onCurrentTableChanged()
{
    const QModelIndex current = m_tablesView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        if (m_shown.id != 0) {
            m_shown = DiffTableInfo();
            m_rows->clear();
            m_rightMessage->setText(tr("Choose a table to see its rows side by side."));
            m_rightPages->setCurrentIndex(0);
        }
        return;
    }
    m_autoSelect = false;
    const DiffTableInfo& table = m_tables->tableAt(m_proxy->mapToSource(current).row());
    // The same table in the same state: keep the grid as it is (a compare is filling others in).
    if (table.id == m_shown.id && table.status == m_shown.status && table.different == m_shown.different
        && table.onlyInSource == m_shown.onlyInSource && table.onlyInTarget == m_shown.onlyInTarget)
        return;
    showTableRows(table);
}

void DataDiffView::showTableRows(const DiffTableInfo& table)
{
    m_shown = table;
    m_message->clear();
    if (!DiffTablesModel::isFinished(table)) {
        m_rows->clear();
        m_rightMessage->setText(m_tables->isRunning(table.id) || isComparing()
                ? tr("%1 is being compared; its rows appear here when it is done.").arg(table.name)
                : tr("%1 was not compared.").arg(table.name));
        m_rightPages->setCurrentIndex(0);
        return;
    }
    if (table.status == QLatin1String("error") || table.status == QLatin1String("skipped")) {
        m_rows->clear();
        m_rightMessage->setText(tr("%1: %2").arg(DiffTablesModel::statusText(table.status), table.reason));
        m_rightPages->setCurrentIndex(0);
        return;
    }
    if (table.columns.isEmpty()) {
        // A table on one side only: its rows are counted, there is nothing to pair them with.
        m_rows->clear();
        m_rightMessage->setText(
            tr("%1: %2.\nIts rows are counted (%3 in the source, %4 in the target) but not listed "
               "one by one: there is nothing to compare them with.")
                .arg(table.name, table.reason, number(table.sourceRows), number(table.targetRows)));
        m_rightPages->setCurrentIndex(0);
        return;
    }
    m_tableTitle->setText(table.name);
    QStringList facts;
    facts.append(table.keyColumns.isEmpty() ? tr("no key: rows compared as a multiset")
                                            : tr("key %1").arg(table.keyColumns.join(QStringLiteral(", "))));
    facts.append(tr("%1 rows in the source, %2 in the target, %3 identical")
                     .arg(number(table.sourceRows), number(table.targetRows), number(table.identical)));
    if (!table.updatable)
        facts.append(tr("not updatable in place"));
    m_tableFacts->setText(facts.join(QStringLiteral(" · ")));
    m_tableFacts->setToolTip(table.reason.isEmpty()
            ? m_tableFacts->text()
            : m_tableFacts->text() + QLatin1Char('\n') + table.reason);
    const QString sourceName = table.sourceDatabase + QLatin1Char('.') + table.sourceTable;
    const QString targetName = table.targetDatabase + QLatin1Char('.') + table.targetTable;
    m_grid->setCaptions(m_sourceLabel.isEmpty() ? tr("Source · %1").arg(sourceName)
                                                : tr("Source · %1 · %2").arg(m_sourceLabel, sourceName),
        m_targetLabel.isEmpty() ? tr("Target · %1").arg(targetName)
                                : tr("Target · %1 · %2").arg(m_targetLabel, targetName));
    m_kinds->button(0)->setChecked(true);
    m_rows->setTable(table);
    m_pendingDetailKey.clear();
    m_pendingDetailRow = -1;
    m_jump->setEnabled(!table.keyColumns.isEmpty());
    m_jump->setPlaceholderText(table.keyColumns.isEmpty()
            ? tr("No key to jump to")
            : tr("Jump to %1…").arg(table.keyColumns.join(QStringLiteral(", "))));
    updateKindButtons();
    m_detail->showMessage(m_rows->rowCount() == 0 ? tr("The rows of this table are identical.")
                                                  : tr("Select a row to see its values in full."));
    m_rightPages->setCurrentIndex(1);
    updateStatus();
}

void DataDiffView::updateKindButtons()
{
    const QString texts[]
        = {tr("All %1"), tr("Only in source %1"), tr("Only in target %1"), tr("Different %1")};
    static const std::optional<DiffRow::Kind> kinds[]
        = {std::nullopt, DiffRow::Kind::OnlyInSource, DiffRow::Kind::OnlyInTarget, DiffRow::Kind::Different};
    for (int i = 0; i < 4; ++i) {
        const qint64 n = m_rows->countOf(kinds[i]);
        QAbstractButton* button = m_kinds->button(i);
        button->setText(texts[i].arg(number(n)));
        button->setEnabled(i == 0 || n > 0);
    }
}

void DataDiffView::setDetailVisible(bool visible)
{
    m_detail->setVisible(visible);
    if (m_detailToggle->isChecked() != visible)
        m_detailToggle->setChecked(visible);
    if (visible)
        requestDetail();
}

void DataDiffView::onCurrentRowChanged(int row)
{
    Q_UNUSED(row);
    updateStatus();
    requestDetail();
}

void DataDiffView::requestDetail()
{
    const int row = m_grid->currentRow();
    m_pendingDetailRow = -1;
    if (row < 0 || !m_rows->hasTable()) {
        m_pendingDetailKey.clear();
        return;
    }
    if (!m_detail->isVisible() && !m_detailToggle->isChecked())
        return;
    const DiffGridRow* g = m_rows->rowAt(row);
    if (!g) {
        m_pendingDetailRow = row;
        m_detail->showMessage(tr("Loading the row…"));
        return;
    }
    if (m_detail->hasRow() && m_detail->row().sortKey == g->sortKey && m_pendingDetailKey == g->sortKey)
        return;
    m_pendingDetailKey = g->sortKey;
    m_reader->requestRow(m_rows->generation(), m_rows->table().id, g->sortKey);
}

void DataDiffView::onRowLoaded(quint64 generation, const DiffRow& row, const QString& error)
{
    if (generation != m_rows->generation() || row.sortKey != m_pendingDetailKey) {
        if (!error.isEmpty() && generation == m_rows->generation())
            m_detail->showMessage(error);
        return;
    }
    if (!error.isEmpty()) {
        m_detail->showMessage(error);
        return;
    }
    m_detail->showRow(m_rows->table(), row);
    emit rowShown(row.sortKey);
}

void DataDiffView::jumpToKey()
{
    const DiffTableInfo& table = m_rows->table();
    const QString typed = m_jump->text().trimmed();
    if (!m_rows->hasTable() || typed.isEmpty())
        return;
    Result<Row> key = KeyInput::parse(table, typed);
    if (!key) {
        setMessage(key.error().message, true);
        return;
    }
    // A stored row settles how the compare encoded this table's keys.
    DiffRow sample;
    const DiffGridRow* first = m_rows->rowCount() > 0 ? m_rows->rowAt(0) : nullptr;
    if (first) {
        sample.key = first->key;
        sample.sortKey = first->sortKey;
    }
    Result<QByteArray> sortKey = KeyInput::sortKey(table, typed, first ? &sample : nullptr);
    if (!sortKey) {
        setMessage(sortKey.error().message, true);
        return;
    }
    m_jumpKey = *key;
    setMessage(tr("Looking for %1…").arg(keyText(m_jumpKey)));
    m_rows->locate(*sortKey);
}

void DataDiffView::onLocated(int row, const DiffRow& found)
{
    if (row >= m_rows->rowCount()) {
        setMessage(tr("No row here has the key %1 or a later one.").arg(keyText(m_jumpKey)), true);
        if (m_rows->rowCount() > 0)
            m_grid->selectRow(m_rows->rowCount() - 1);
        return;
    }
    m_grid->selectRow(row);
    if (found.key == m_jumpKey)
        setMessage(tr("Row %1: key %2.").arg(number(row + 1), keyText(found.key)));
    else
        setMessage(tr("No row here has the key %1; this is the next one, %2.")
                       .arg(keyText(m_jumpKey), keyText(found.key)),
            true);
}

void DataDiffView::updateStatus()
{
    if (!m_rows->hasTable()) {
        m_status->clear();
        return;
    }
    QStringList parts;
    const int row = m_grid->currentRow();
    if (row >= 0)
        parts.append(tr("Row %1 of %2").arg(number(row + 1), number(m_rows->rowCount())));
    else
        parts.append(tr("%n row(s)", nullptr, m_rows->rowCount()));
    if (m_rows->hasRowChoices()) {
        const int excluded = m_rows->excludedCount();
        parts.append(excluded == 0 ? tr("every row goes into the sync")
                                   : tr("%n row(s) left out of the sync", nullptr, excluded));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void DataDiffView::showContextMenu(const QPoint& globalPos)
{
    const QList<int> rows = m_grid->selectedRows();
    if (rows.isEmpty())
        return;
    QMenu menu(this);
    QAction* include = menu.addAction(tr("Include in the Sync"));
    QAction* exclude = menu.addAction(tr("Leave out of the Sync"));
    include->setEnabled(m_rows->hasRowChoices());
    exclude->setEnabled(m_rows->hasRowChoices());
    menu.addSeparator();
    QAction* copyKey = menu.addAction(tr("Copy Key"));
    QAction* chosen = menu.exec(globalPos);
    if (chosen == include || chosen == exclude) {
        m_rows->setRowsIncluded(rows, chosen == include);
    } else if (chosen == copyKey) {
        QStringList keys;
        for (int r : rows) {
            if (const DiffGridRow* row = m_rows->rowAt(r))
                keys.append(keyText(row->key));
        }
        QApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
    }
}

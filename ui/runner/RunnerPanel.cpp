#include "RunnerPanel.h"

#include "JobItemsModel.h"
#include "JobsModel.h"
#include "ProgressBarDelegate.h"
#include "ThroughputChart.h"
#include "UiStyle.h"
#include "jobs/Job.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

} // namespace

RunnerPanel::RunnerPanel(QWidget* parent)
    : RunnerPanel(JobsModel::instance(), parent)
{ }

RunnerPanel::RunnerPanel(JobsModel* model, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_model(model)
    , m_itemsModel(new JobItemsModel(this))
{
    setObjectName(QStringLiteral("runnerDock"));
    setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    buildUi();

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        // A new job is what the user wants to watch, unless they are looking at one still running.
        const int current = currentRow();
        if (current < 0 || m_model->isFinished(current))
            setCurrentRow(first);
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { showCurrent(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showCurrent(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (topLeft.row() == currentRow()) {
            updateDetails();
            updateActions();
        }
    });
    connect(m_model, &JobsModel::logAppended, this, [this](int row, const QString& line) {
        if (row == currentRow())
            appendLogLine(line);
    });
    connect(m_model, &JobsModel::sampled, this, [this](int row) {
        if (row == currentRow())
            m_chart->setSamples(m_model->entry(row).samples);
    });
    connect(m_model, &JobsModel::jobFinished, this, [this](int row) {
        if (row == currentRow())
            showCurrent();
    });
    connect(
        m_jobs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
    if (m_model->rowCount() > 0)
        setCurrentRow(0);
    showCurrent();
}

void RunnerPanel::buildUi()
{
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("runnerPanel"));

    m_pause = new QAction(QIcon(QStringLiteral(":/icons/pause.svg")), tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("actionPauseJob"));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pause->setToolTip(tr("Hold the selected job after its current step (%1)")
                            .arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
    m_resume = new QAction(QIcon(QStringLiteral(":/icons/resume.svg")), tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("actionResumeJob"));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resume->setToolTip(
        tr("Let the paused job continue (%1)").arg(m_resume->shortcut().toString(QKeySequence::NativeText)));
    m_cancel = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel Job"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancelJob"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_cancel->setToolTip(tr("Stop the selected job after its current step, leaving a consistent state (%1)")
                             .arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    m_clear = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("C&lear Finished"), this);
    m_clear->setObjectName(QStringLiteral("actionClearFinishedJobs"));
    m_clear->setToolTip(tr("Remove the finished jobs from the list"));
    m_copy = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy Log"), this);
    m_copy->setObjectName(QStringLiteral("actionCopyJobLog"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setToolTip(tr("Copy the selected text, or the lines shown, to the clipboard (%1)")
                           .arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    // The keys act where the panel has focus, so they never stop a job by accident elsewhere.
    for (QAction* action : {m_pause, m_resume, m_cancel, m_copy}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        content->addAction(action);
    }
    connect(m_pause, &QAction::triggered, this, &RunnerPanel::pauseCurrent);
    connect(m_resume, &QAction::triggered, this, &RunnerPanel::resumeCurrent);
    connect(m_cancel, &QAction::triggered, this, &RunnerPanel::cancelCurrent);
    connect(m_copy, &QAction::triggered, this, &RunnerPanel::copyLog);
    connect(m_clear, &QAction::triggered, m_model, &JobsModel::clearFinished);

    auto* toolBar = new QToolBar(content);
    toolBar->setObjectName(QStringLiteral("runnerToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_pause);
    toolBar->addAction(m_resume);
    toolBar->addAction(m_cancel);
    toolBar->addSeparator();
    toolBar->addAction(m_clear);

    // The jobs list.
    m_jobs = makeTable(content, QStringLiteral("jobsView"));
    m_jobs->setModel(m_model);
    m_jobs->setItemDelegateForColumn(
        JobsModel::ProgressColumn, new ProgressBarDelegate(JobsModel::FractionRole, m_jobs));
    QHeaderView* header = m_jobs->horizontalHeader();
    header->setSectionResizeMode(JobsModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(JobsModel::StateColumn, 100);
    header->resizeSection(JobsModel::ProgressColumn, 100);
    header->resizeSection(JobsModel::RateColumn, 72);
    header->resizeSection(JobsModel::EtaColumn, 48);
    header->resizeSection(JobsModel::ElapsedColumn, 58);
    m_jobs->setTextElideMode(Qt::ElideRight);
    m_jobs->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(m_jobs);
    separator->setSeparator(true);
    m_jobs->addActions({m_pause, m_resume, m_cancel, separator, m_clear});
    m_jobs->setMinimumWidth(420);

    // The selected job: a header with its overall progress.
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("jobTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("jobStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(content);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);

    m_items = makeTable(content, QStringLiteral("jobItemsView"));
    m_items->setModel(m_itemsModel);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setItemDelegateForColumn(
        JobItemsModel::ProgressColumn, new ProgressBarDelegate(JobItemsModel::FractionRole, m_items));
    m_items->horizontalHeader()->setSectionResizeMode(JobItemsModel::NameColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->resizeSection(JobItemsModel::ProgressColumn, 100);
    m_items->horizontalHeader()->resizeSection(JobItemsModel::RowsColumn, 120);
    m_items->setMinimumWidth(340);

    m_chart = new ThroughputChart(content);

    m_filter = new QComboBox(content);
    m_filter->setObjectName(QStringLiteral("logLevelFilter"));
    m_filter->addItem(tr("All levels"), int(LogFilter::All));
    m_filter->addItem(QIcon(QStringLiteral(":/icons/warning.svg")), tr("Warnings and errors"),
        int(LogFilter::WarningsAndErrors));
    m_filter->addItem(QIcon(QStringLiteral(":/icons/error.svg")), tr("Errors only"), int(LogFilter::Errors));
    m_filter->setToolTip(tr("Which log lines to show"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { rebuildLog(); });
    auto* copyButton = new QPushButton(m_copy->icon(), m_copy->text(), content);
    copyButton->setObjectName(QStringLiteral("copyJobLogButton"));
    copyButton->setToolTip(m_copy->toolTip());
    connect(copyButton, &QPushButton::clicked, m_copy, &QAction::trigger);
    connect(m_copy, &QAction::changed, copyButton,
        [this, copyButton] { copyButton->setEnabled(m_copy->isEnabled()); });
    auto* logLabel = new QLabel(tr("Log"), content);
    logLabel->setFont(bold);

    m_log = new QPlainTextEdit(content);
    m_log->setObjectName(QStringLiteral("jobLogText"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(JobsModel::MaxLogLines + 10);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    UiStyle::useFixedFont(m_log);

    auto* logBar = new QHBoxLayout;
    logBar->setContentsMargins(0, 0, 0, 0);
    logBar->addWidget(logLabel);
    logBar->addStretch(1);
    logBar->addWidget(m_filter);
    logBar->addWidget(copyButton);

    auto* right = new QWidget(content);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(6);
    rightLayout->addWidget(m_chart, 2);
    rightLayout->addLayout(logBar);
    rightLayout->addWidget(m_log, 3);

    auto* lower = new QSplitter(Qt::Horizontal, content);
    lower->setObjectName(QStringLiteral("jobDetailSplitter"));
    lower->setChildrenCollapsible(false);
    lower->addWidget(m_items);
    lower->addWidget(right);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({400, 420});

    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_title);
    headerText->addWidget(m_status);
    auto* headerRow = new QHBoxLayout;
    headerRow->addLayout(headerText, 1);
    headerRow->addWidget(m_bar, 1);

    auto* detail = new QWidget(content);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(6);
    detailLayout->addLayout(headerRow);
    detailLayout->addWidget(lower, 1);

    m_empty
        = new QLabel(tr("No jobs yet. Compares, syncs, verifies and rollbacks appear here while they run, "
                        "and stay with their log until you clear them."),
            content);
    m_empty->setObjectName(QStringLiteral("runnerEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* stack = new QStackedWidget(content);
    stack->setObjectName(QStringLiteral("jobDetailStack"));
    stack->addWidget(m_empty);
    stack->addWidget(detail);

    auto* split = new QSplitter(Qt::Horizontal, content);
    split->setObjectName(QStringLiteral("runnerSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_jobs);
    split->addWidget(stack);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 900});

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(split, 1);
    setWidget(content);
}

int RunnerPanel::currentRow() const
{
    const QModelIndex current = m_jobs->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RunnerPanel::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_jobs->selectionModel()->clear();
        return;
    }
    m_jobs->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RunnerPanel::showCurrent()
{
    const int row = currentRow();
    auto* stack = findChild<QStackedWidget*>(QStringLiteral("jobDetailStack"));
    stack->setCurrentIndex(row < 0 ? 0 : 1);
    if (row < 0) {
        m_itemsModel->setItems({});
        m_chart->setSamples({});
        m_log->clear();
        updateActions();
        return;
    }
    m_chart->setSamples(m_model->entry(row).samples);
    rebuildLog();
    updateDetails();
    updateActions();
}

void RunnerPanel::updateDetails()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const JobsModel::Entry& e = m_model->entry(row);
    const JobProgress& p = e.progress;
    const bool finished = m_model->isFinished(row);
    m_title->setText(e.project.isEmpty() ? e.title : tr("%1 — %2").arg(e.title, e.project));

    const QLocale locale;
    QStringList parts;
    parts << JobsModel::stateName(e.state);
    if (!finished && !p.phase.isEmpty())
        parts << (p.item.isEmpty() || p.phase.contains(p.item) ? p.phase : tr("%1: %2").arg(p.phase, p.item));
    if (p.rowsTotal > 0)
        parts << tr("%1 of %2 rows").arg(locale.toString(p.rowsDone), locale.toString(p.rowsTotal));
    else if (p.rowsDone > 0)
        parts << tr("%1 rows").arg(locale.toString(p.rowsDone));
    if (p.itemsTotal > 0)
        parts << tr("%1 of %2 tables").arg(p.itemsDone).arg(p.itemsTotal);
    const QString rate = m_model->data(m_model->index(row, JobsModel::RateColumn)).toString();
    if (!rate.isEmpty())
        parts << tr("%1 rows/s").arg(rate);
    if (!finished && p.etaSeconds >= 0)
        parts << tr("%1 left").arg(JobsModel::formatDuration(p.etaSeconds));
    parts << tr("%1 elapsed").arg(m_model->data(m_model->index(row, JobsModel::ElapsedColumn)).toString());
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setToolTip(e.error);
    if (e.state == JobsModel::State::Failed)
        UiStyle::setTextColor(m_status, UiStyle::onlyInTargetColor());
    else
        UiStyle::resetTextColor(m_status);

    const double fraction = m_model->data(m_model->index(row, 0), JobsModel::FractionRole).toDouble();
    if (fraction < 0) {
        m_bar->setRange(0, 0); // busy: the total is not known yet
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
        m_bar->setFormat(tr("%1%").arg(int(fraction * 100)));
    }
    m_itemsModel->setItems(p.items);
    m_chart->setActive(e.state == JobsModel::State::Running);
}

void RunnerPanel::updateActions()
{
    const int row = currentRow();
    Job* job = m_model->job(row);
    const JobsModel::State state = row >= 0 ? m_model->entry(row).state : JobsModel::State::Succeeded;
    m_pause->setEnabled(job && state == JobsModel::State::Running);
    m_resume->setEnabled(job && state == JobsModel::State::Paused);
    m_cancel->setEnabled(job && state != JobsModel::State::Cancelling);
    m_copy->setEnabled(row >= 0 && !m_log->document()->isEmpty());
    m_clear->setEnabled(m_model->rowCount() > m_model->runningCount());
}

void RunnerPanel::pauseCurrent()
{
    m_model->pause(currentRow());
    updateActions();
}

void RunnerPanel::resumeCurrent()
{
    m_model->resume(currentRow());
    updateActions();
}

void RunnerPanel::cancelCurrent()
{
    m_model->cancel(currentRow());
    updateActions();
}

LogView::Level RunnerPanel::levelOf(const QString& line)
{
    const QString text = line.trimmed();
    const auto starts
        = [&text](const QString& prefix) { return text.startsWith(prefix, Qt::CaseInsensitive); };
    if (starts(QStringLiteral("error:")) || starts(QStringLiteral("[error]")) || starts(tr("Error:")))
        return LogView::Level::Error;
    if (starts(QStringLiteral("warning:")) || starts(QStringLiteral("[warning]")) || starts(tr("Warning:")))
        return LogView::Level::Warning;
    if (starts(QStringLiteral("info:")) || starts(QStringLiteral("[info]")))
        return LogView::Level::Info;
    // Lines without a prefix: the words jobs use when something went wrong.
    static const QStringList errors {
        QStringLiteral(" failed"), QStringLiteral(": error"), QStringLiteral("error:")};
    static const QStringList warnings {QStringLiteral("warning"), QStringLiteral("cancelled"),
        QStringLiteral("skipped"), QStringLiteral("conflict")};
    for (const QString& word : errors) {
        if (text.contains(word, Qt::CaseInsensitive))
            return LogView::Level::Error;
    }
    for (const QString& word : warnings) {
        if (text.contains(word, Qt::CaseInsensitive))
            return LogView::Level::Warning;
    }
    return LogView::Level::Info;
}

bool RunnerPanel::passes(const QString& line) const
{
    const auto filter = LogFilter(m_filter->currentData().toInt());
    const LogView::Level level = levelOf(line);
    switch (filter) {
    case LogFilter::All:
        return true;
    case LogFilter::WarningsAndErrors:
        return level != LogView::Level::Info;
    case LogFilter::Errors:
        return level == LogView::Level::Error;
    }
    return true;
}

void RunnerPanel::setLogFilter(LogFilter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void RunnerPanel::rebuildLog()
{
    m_log->clear();
    const int row = currentRow();
    if (row >= 0) {
        for (const QString& line : m_model->entry(row).log)
            appendLogLine(line);
    }
    updateActions();
}

void RunnerPanel::appendLogLine(const QString& line)
{
    if (!passes(line))
        return;
    const LogView::Level level = levelOf(line);
    QTextCharFormat format;
    if (level == LogView::Level::Warning)
        format.setForeground(UiStyle::warningColor());
    else if (level == LogView::Level::Error)
        format.setForeground(UiStyle::onlyInTargetColor());
    QScrollBar* scroll = m_log->verticalScrollBar();
    const bool atEnd = scroll->value() >= scroll->maximum() - 2;
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_log->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(line, format);
    // Follow new lines unless the user scrolled up to read.
    if (atEnd)
        scroll->setValue(scroll->maximum());
    if (!m_copy->isEnabled())
        updateActions();
}

QStringList RunnerPanel::visibleLogLines() const
{
    QStringList out;
    if (m_log->document()->isEmpty())
        return out;
    for (QTextBlock b = m_log->document()->begin(); b.isValid(); b = b.next())
        out << b.text();
    return out;
}

void RunnerPanel::copyLog()
{
    QString text = m_log->textCursor().selectedText();
    if (text.isEmpty())
        text = visibleLogLines().join(QLatin1Char('\n'));
    // QTextCursor marks line breaks in a selection with U+2029.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QApplication::clipboard()->setText(text);
}

bool RunnerPanel::confirmQuit(QWidget* parent, JobsModel* model)
{
    if (!model)
        model = JobsModel::instance();
    // Jobs already being cancelled (a closed tab's) wind down on their own: nothing to ask about.
    int running = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const JobsModel::State state = model->entry(row).state;
        running += state == JobsModel::State::Running || state == JobsModel::State::Paused ? 1 : 0;
    }
    if (running == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Jobs Are Running"),
        tr("%n job(s) still running.", nullptr, running), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("quitWithJobsBox"));
    box.setInformativeText(
        tr("Cancelling stops each job after its current step and leaves the target consistent; "
           "a cancelled sync can be resumed or rolled back later."));
    QPushButton* quit = box.addButton(tr("Cancel Jobs and Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("cancelJobsAndQuitButton"));
    QPushButton* keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != quit)
        return false;
    model->cancelAll();
    return true;
}

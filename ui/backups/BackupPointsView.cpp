#include "BackupPointsView.h"

#include "Async.h"
#include "BackupPointsModel.h"
#include "BackupPointsProxy.h"
#include "EmptyState.h"
#include "RollbackConfirmDialog.h"
#include "UiResources.h"
#include "UiStyle.h"
#include "runner/JobsModel.h"
#include "schema/SchemaBackup.h"
#include "secrets/SecretStore.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"
#include "sync/BackupScript.h"
#include "sync/BackupTarget.h"
#include "sync/Rollback.h"
#include "sync/RollbackJob.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString localTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QStringLiteral("—");
}

/// An error's message and, when it has one, what to do about it.
QString withHint(const Error& e)
{
    return e.hint.isEmpty() ? e.message : e.message + QLatin1Char(' ') + e.hint;
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

/// Checks a backup point's files on a worker thread: the whole row journal (CRC, SHA-256 and the
/// digest chain), or the schema backup's definitions file against its digest.
Status checkBackup(const QString& storePath, const BackupInfo& info)
{
    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
    if (!store)
        return store.error();
    BackupCatalog catalog(**store);
    if (info.kind == QLatin1String("schema")) {
        Result<SchemaBackup> backup = SchemaBackup::load(catalog.folderOf(info.id), info.digest);
        if (!backup)
            return backup.error();
        return {};
    }
    Result<std::unique_ptr<BackupReader>> reader = Rollback::openChecked(catalog, info);
    if (!reader)
        return reader.error();
    return {};
}

Status writeScript(const QString& storePath, const QString& id, const QString& path)
{
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(BackupPointsView)
    };
    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
    if (!store)
        return store.error();
    BackupCatalog catalog(**store);
    Result<BackupInfo> info = catalog.get(id);
    if (!info)
        return info.error();
    Result<std::unique_ptr<BackupReader>> reader = Rollback::openChecked(catalog, *info);
    if (!reader)
        return reader.error();
    // Written whole or not at all: a half script is worse than none.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            Tr::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status s = BackupScript::write(**reader, file); !s)
        return s;
    if (!file.commit())
        return Error::make(
            Tr::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

BackupPointsView::BackupPointsView(AppStore& store, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new BackupPointsModel(store, this))
    , m_proxy(new BackupPointsProxy(this))
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("backupPointsView"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    reload();
}

BackupPointsView::~BackupPointsView()
{
    // The job stops at its next safe point on its worker thread; its callbacks die with the view.
    if (m_job)
        m_job->cancel();
}

void BackupPointsView::buildUi()
{
    auto make = [this](const QString& text, const QString& icon, const QString& name, const QString& tip) {
        auto* action = new QAction(QIcon(icon), text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_rollBack = make(tr("Roll Back…"), QStringLiteral(":/icons/rollback.svg"),
        QStringLiteral("actionBackupRollBack"),
        tr("Put the target back as it was before this run, guarded and verified"));
    m_export
        = make(tr("Export SQL…"), QStringLiteral(":/icons/save.svg"), QStringLiteral("actionBackupExport"),
            tr("Write the statements the rollback would run to a SQL file, for reading or emergencies"));
    m_delete = make(tr("Delete"), QStringLiteral(":/icons/delete.svg"), QStringLiteral("actionBackupDelete"),
        tr("Delete this backup point and its files; it can no longer be rolled back"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reveal = make(tr("Reveal Folder"), QStringLiteral(":/icons/folder-open.svg"),
        QStringLiteral("actionBackupReveal"), tr("Open the folder holding this backup point's files"));
    m_refresh = make(tr("Refresh"), QStringLiteral(":/icons/compare.svg"),
        QStringLiteral("actionBackupRefresh"), tr("Read the backup points again"));
    // No F5 here: that is Compare, window-wide, and two owners of one key make neither fire.
    m_deleteExpired = make(tr("Delete Expired…"), QStringLiteral(":/icons/delete.svg"),
        QStringLiteral("actionBackupDeleteExpired"),
        tr("Delete the backup points older than the retention setting"));
    m_deleteExpired->setVisible(false);
    connect(m_deleteExpired, &QAction::triggered, this, &BackupPointsView::deleteExpired);
    connect(m_rollBack, &QAction::triggered, this, &BackupPointsView::rollBack);
    connect(m_export, &QAction::triggered, this, &BackupPointsView::exportScript);
    connect(m_delete, &QAction::triggered, this, &BackupPointsView::deleteBackup);
    connect(m_reveal, &QAction::triggered, this, &BackupPointsView::revealFolder);
    connect(m_refresh, &QAction::triggered, this, &BackupPointsView::reload);

    // The bar above the list: filters on the left, actions on the right.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("backupFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by id, endpoint or table"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &BackupPointsProxy::setText);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("backupStateFilter"));
    m_stateFilter->addItem(tr("All backup points"), int(BackupPointsProxy::StateFilter::All));
    m_stateFilter->addItem(tr("Not rolled back"), int(BackupPointsProxy::StateFilter::CanRollBack));
    m_stateFilter->addItem(tr("Rolled back"), int(BackupPointsProxy::StateFilter::RolledBack));
    m_stateFilter->addItem(tr("Past retention"), int(BackupPointsProxy::StateFilter::Expired));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(BackupPointsProxy::StateFilter(m_stateFilter->currentData().toInt()));
    });
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->setSpacing(6);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_stateFilter);
    bar->addStretch(1);
    for (QAction* action : {m_rollBack, m_export, m_delete, m_reveal, m_deleteExpired, m_refresh}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        // A tool button outside a toolbar does not follow its action's visibility by itself.
        button->setVisible(action->isVisible());
        connect(
            action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
        bar->addWidget(button);
    }

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("backupPointsList"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(BackupPointsModel::TimeColumn, Qt::DescendingOrder);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_rollBack, m_export, m_reveal, m_delete});
    // Numbers and states take what they need; the endpoints share the rest, elided in the middle
    // where database names differ.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(BackupPointsModel::SourceColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(BackupPointsModel::TargetColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &BackupPointsView::showDetails);
    connect(m_list, &QTreeView::activated, this, [this] { m_tables->setFocus(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BackupPointsView::showDetails);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BackupPointsView::showDetails);

    // The details of the selected backup point.
    auto* details = new QWidget(this);
    details->setObjectName(QStringLiteral("backupDetails"));
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("backupTitleLabel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_facts = new QLabel(details);
    m_facts->setObjectName(QStringLiteral("backupFactsLabel"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_check = new QLabel(details);
    m_check->setObjectName(QStringLiteral("backupCheckLabel"));
    m_check->setWordWrap(true);

    m_tables = new QTreeWidget(details);
    m_tables->setObjectName(QStringLiteral("backupTablesTree"));
    m_tables->setRootIsDecorated(false);
    m_tables->setTextElideMode(Qt::ElideMiddle);
    m_tables->setUniformRowHeights(true);
    m_tables->setAlternatingRowColors(true);
    m_tables->setHeaderLabels({tr("Table"), tr("Inserted"), tr("Updated"), tr("Deleted"), tr("Conflicts")});
    m_tables->header()->setStretchLastSection(false);
    m_tables->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tables->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files = new QTreeWidget(details);
    m_files->setObjectName(QStringLiteral("backupFilesTree"));
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setHeaderLabels({tr("File"), tr("Size")});
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_files->setMaximumHeight(110);
    // Low minimums, so that the dock can be made as flat as the user likes.
    m_tables->setMinimumHeight(90);
    m_files->setMinimumHeight(44);
    m_list->setMinimumHeight(60);

    // While a rollback runs: its phase, its progress and Cancel.
    m_running = new QFrame(details);
    m_running->setObjectName(QStringLiteral("backupRollbackProgress"));
    m_running->setFrameShape(QFrame::StyledPanel);
    m_phase = new QLabel(m_running);
    m_phase->setWordWrap(true);
    m_progress = new QProgressBar(m_running);
    m_progress->setObjectName(QStringLiteral("backupRollbackProgressBar"));
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), m_running);
    m_cancel->setObjectName(QStringLiteral("backupRollbackCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &BackupPointsView::cancelRollback);
    auto* runningLayout = new QGridLayout(m_running);
    runningLayout->addWidget(m_phase, 0, 0, 1, 2);
    runningLayout->addWidget(m_progress, 1, 0);
    runningLayout->addWidget(m_cancel, 1, 1);
    m_running->hide();

    // The result of the last rollback: what it wrote and what the verification found.
    m_result = new QFrame(details);
    m_result->setObjectName(QStringLiteral("backupRollbackResult"));
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setAutoFillBackground(true);
    m_resultIcon = new QLabel(m_result);
    m_resultTitle = new QLabel(m_result);
    m_resultTitle->setObjectName(QStringLiteral("backupResultTitle"));
    QFont bold = m_resultTitle->font();
    bold.setBold(true);
    m_resultTitle->setFont(bold);
    m_resultTitle->setWordWrap(true);
    m_resultText = new QLabel(m_result);
    m_resultText->setObjectName(QStringLiteral("backupResultText"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* resultLayout = new QGridLayout(m_result);
    resultLayout->addWidget(m_resultIcon, 0, 0, 2, 1, Qt::AlignTop);
    resultLayout->addWidget(m_resultTitle, 0, 1);
    resultLayout->addWidget(m_resultText, 1, 1);
    resultLayout->setColumnStretch(1, 1);
    m_result->hide();

    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(12, 8, 8, 8);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_facts);
    detailsLayout->addWidget(m_check);
    detailsLayout->addWidget(m_running);
    detailsLayout->addWidget(m_result);
    detailsLayout->addWidget(sectionLabel(tr("What it holds"), details));
    detailsLayout->addWidget(m_tables, 1);
    detailsLayout->addWidget(sectionLabel(tr("Files"), details));
    detailsLayout->addWidget(m_files);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("backupPointsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // Scrolls rather than holding the dock open: the details are taller than a flat dock.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("backupDetailsScroll"));
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 420});

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_splitter, 1);

    m_empty = new EmptyState(QStringLiteral(":/icons/rollback.svg"), tr("No Backup Points Yet"),
        tr("Every sync, schema sync and rollback takes a backup point before it writes: the rows and "
           "definitions it changes, as they were. They appear here, ready to be rolled back."),
        this);
    m_empty->setObjectName(QStringLiteral("backupPointsEmpty"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(page);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QString BackupPointsView::checkText() const
{
    return m_checkDone ? m_check->text() : QString();
}

QString BackupPointsView::resultText() const
{
    return m_result->isVisible() || !m_resultTitle->text().isEmpty()
        ? m_resultTitle->text() + QLatin1Char('\n') + m_resultText->text()
        : QString();
}

QString BackupPointsView::currentId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(BackupPointsModel::IdRole).toString() : QString();
}

bool BackupPointsView::selectBackup(const QString& id)
{
    const QModelIndex source = m_model->indexOf(id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void BackupPointsView::reload()
{
    m_recheck = true; // asked for: the files may have been touched outside
    refreshList();
}

void BackupPointsView::refreshList()
{
    const QString keep = currentId();
    // The reset drops the selection for a moment; the details wait for it to come back.
    m_reloading = true;
    const Status loaded = m_model->reload();
    m_reloading = false;
    if (!loaded) {
        m_empty->setTitle(tr("Backup Points Not Read"));
        m_empty->setText(loaded.error().message);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_empty->setTitle(tr("No Backup Points Yet"));
    qsizetype expired = 0;
    for (const BackupInfo& b : m_model->backups())
        expired += m_model->isExpired(b.id) ? 1 : 0;
    m_deleteExpired->setVisible(expired > 0);
    m_deleteExpired->setText(tr("Delete Expired (%1)…").arg(expired));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    if (!keep.isEmpty() && selectBackup(keep))
        return;
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void BackupPointsView::showDetails()
{
    if (m_reloading)
        return;
    const std::optional<BackupInfo> info = m_model->backupById(currentId());
    m_tables->clear();
    m_files->clear();
    updateActions();
    if (!info) {
        m_title->setText(tr("No backup point selected"));
        m_facts->clear();
        m_check->clear();
        m_checkDone = false;
        m_checkedKey.clear();
        return;
    }
    const QLocale locale;
    const BackupInfo& b = *info;
    const bool schema = b.kind == QLatin1String("schema");
    m_title->setText(b.kind == QLatin1String("rollback")
            ? tr("Rollback of %1 on %2").arg(b.parentId, b.target)
            : schema ? tr("Schema sync into %1").arg(b.target)
                     : tr("Sync into %1").arg(b.target));
    QString state = BackupPointsModel::stateText(b.state);
    if (m_model->isExpired(b.id))
        state = tr("%1, past the retention of %n day(s)", nullptr, m_model->retentionDays()).arg(state);
    QStringList rows;
    auto row = [&rows](const QString& name, const QString& value) {
        rows << QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Id"), b.id);
    row(tr("Taken"), localTime(b.created));
    row(tr("Finished"), localTime(b.finished));
    row(tr("Source"), b.source.isEmpty() ? QStringLiteral("—") : b.source);
    row(tr("Target"), b.target.isEmpty() ? QStringLiteral("—") : b.target);
    row(tr("State"), state);
    if (!schema) {
        row(tr("Rows"),
            tr("%1 inserted, %2 updated, %3 deleted, %4 conflict(s)")
                .arg(locale.toString(b.inserted), locale.toString(b.updated), locale.toString(b.deleted),
                    locale.toString(b.conflicts)));
    }
    row(tr("Size"), BackupPointsModel::sizeText(b.sizeBytes));
    if (!b.message.isEmpty())
        row(tr("Note"), b.message);
    m_facts->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));

    m_tables->setHeaderLabels(schema
            ? QStringList {tr("Object"), tr("Inserted"), tr("Updated"), tr("Deleted"), tr("Conflicts")}
            : QStringList {tr("Table"), tr("Inserted"), tr("Updated"), tr("Deleted"), tr("Conflicts")});
    for (const BackupInfo::TableCounts& t : b.tables) {
        auto* item = new QTreeWidgetItem(m_tables);
        item->setText(0, t.table);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/object-table.svg")));
        const qint64 counts[] = {t.inserted, t.updated, t.deleted, t.conflicts};
        const QColor colors[] = {UiStyle::onlyInSourceColor(), UiStyle::differentColor(),
            UiStyle::onlyInTargetColor(), UiStyle::warningColor()};
        for (int c = 0; c < 4; ++c) {
            item->setText(c + 1, locale.toString(counts[c]));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
            if (counts[c] != 0)
                item->setForeground(c + 1, colors[c]);
        }
    }

    const QString folder = BackupCatalog(m_store).folderOf(b.id);
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        auto* item = new QTreeWidgetItem(m_files);
        item->setText(0, QDir(folder).relativeFilePath(files.filePath()));
        item->setToolTip(0, QDir::toNativeSeparators(files.filePath()));
        item->setText(1, BackupPointsModel::sizeText(files.fileInfo().size()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_files->sortItems(0, Qt::AscendingOrder);
    checkFiles(b);
}

void BackupPointsView::checkFiles(const BackupInfo& info)
{
    // Reading a whole backup file again is only worth it when it may have changed.
    const QString checked
        = QStringLiteral("%1|%2|%3|%4").arg(info.id, info.digest).arg(info.sizeBytes).arg(int(info.state));
    if (checked == m_checkedKey && !m_recheck)
        return;
    m_checkedKey = checked;
    m_recheck = false;
    const quint64 generation = ++m_checkGeneration;
    m_checkDone = false;
    m_check->setText(tr("Checking the files…"));
    UiStyle::resetTextColor(m_check);
    const QString storePath = m_store.path();
    Async::run(
        this, [storePath, info] { return checkBackup(storePath, info); },
        [this, generation](const Status& status) {
            // A newer selection asked again meanwhile: this answer is about another backup point.
            if (generation != m_checkGeneration)
                return;
            m_checkDone = true;
            m_checkFailed = !status;
            if (status) {
                m_check->setText(tr("✓ Files intact: every checksum matches."));
                UiStyle::setTextColor(m_check, UiStyle::onlyInSourceColor());
            } else {
                m_check->setText(tr("✗ Files damaged or missing: %1").arg(status.error().message));
                UiStyle::setTextColor(m_check, UiStyle::onlyInTargetColor());
            }
            updateActions();
        });
}

void BackupPointsView::updateActions()
{
    const std::optional<BackupInfo> info = m_model->backupById(currentId());
    const bool selected = info.has_value();
    const bool busy = isBusy();
    const bool damaged = m_checkDone && m_checkFailed;
    QString why;
    if (!selected)
        why = tr("Select a backup point first.");
    else if (busy)
        why = tr("A rollback is running.");
    else if (info->state == BackupInfo::State::RolledBack)
        why = tr("Already rolled back. Its rollback is a backup point of its own: roll that back to redo the "
                 "run.");
    else if (damaged)
        why = tr("Its files are damaged: it cannot be rolled back.");
    m_rollBack->setEnabled(why.isEmpty());
    m_rollBack->setToolTip(
        why.isEmpty() ? tr("Put the target back as it was before this run, guarded and verified") : why);
    m_export->setEnabled(selected && info->kind != QLatin1String("schema") && !damaged);
    m_delete->setEnabled(selected && !(busy && info->id == m_jobBackupId));
    m_reveal->setEnabled(selected);
}

void BackupPointsView::rollBack()
{
    const std::optional<BackupInfo> info = m_model->backupById(currentId());
    if (!info || !m_rollBack->isEnabled())
        return;
    Result<Endpoint> endpoint = BackupTarget::endpoint(*info);
    if (!endpoint) {
        QMessageBox::warning(this, tr("Rollback Not Possible"), endpoint.error().message);
        return;
    }
    const QString targetText = endpoint->displayText();
    const std::optional<Profile> profile = BackupTarget::profile(m_store, *info);
    const QString production = profile && profile->isProduction() ? profile->name : QString();
    if (!RollbackConfirmDialog::confirm(this, *info, targetText, production))
        return;
    startRollback(*info, targetText);
}

void BackupPointsView::startRollback(const BackupInfo& info, const QString& targetText)
{
    m_result->hide();
    m_running->show();
    m_phase->setText(tr("Reading the connection details of %1…").arg(targetText));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(false);
    m_jobBackupId = info.id;
    m_rollBack->setEnabled(false);

    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    Async::run(
        this,
        [storePath, secrets, info]() -> Result<ConnectionSettings> {
            Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
            if (!store)
                return store.error();
            return BackupTarget::resolve(**store, *secrets, info);
        },
        [this, info, targetText](Result<ConnectionSettings> settings) {
            if (!settings && SecretStore::isUnreachable(settings.error()))
                settings = askPassword(info, targetText);
            if (!settings) {
                m_running->hide();
                m_jobBackupId.clear();
                showResult(QStringLiteral(":/icons/error.svg"), tr("Rollback not started"),
                    withHint(settings.error()));
                updateActions();
                return;
            }
            RollbackJob::Request request;
            request.backupId = info.id;
            request.target = *settings;
            request.targetText = targetText;
            request.storePath = m_store.path();
            // deleteLater: the last reference may go on the worker thread, the job lives on this one.
            auto job = std::shared_ptr<RollbackJob>(
                new RollbackJob(request), [](RollbackJob* j) { j->deleteLater(); });
            m_job = job;
            m_cancel->setEnabled(true);
            const QPointer<RollbackJob> guard(job.get());
            connect(job.get(), &Job::progressChanged, this, [this, guard] {
                if (!guard)
                    return;
                const JobProgress p = guard->progress();
                QString text = p.item.isEmpty() ? p.phase : tr("%1: %2").arg(p.phase, p.item);
                if (p.paused)
                    text = tr("Paused — %1").arg(text);
                m_phase->setText(text);
                if (p.rowsTotal > 0) {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(int(1000.0 * double(p.rowsDone) / double(p.rowsTotal)));
                    m_progress->setFormat(
                        tr("%1 of %2 rows")
                            .arg(QLocale().toString(p.rowsDone), QLocale().toString(p.rowsTotal)));
                } else {
                    m_progress->setRange(0, 0);
                }
            });
            emit jobStarted(job.get(), tr("Rollback of %1").arg(info.id));
            // The runner panel lists it with every other job, with its log and throughput; the
            // worker holds the job too, so that closing the view mid-run leaves it alive to its end.
            JobsModel::start(job, tr("Rollback of %1").arg(info.id), targetText, this, [this, job](const Status& status) {
                m_job.reset();
                m_running->hide();
                const RollbackJob::Outcome outcome = job->outcome();
                const QString id = job->request().backupId;
                m_jobBackupId.clear();
                bool clean = false;
                if (status) {
                    clean = outcome.clean();
                    showResult(
                        clean ? QStringLiteral(":/icons/ok.svg") : QStringLiteral(":/icons/warning.svg"),
                        clean ? tr("Rolled back and verified") : tr("Rolled back, with differences"),
                        outcome.appliedText() + QLatin1Char('\n') + outcome.verificationText());
                } else if (status.error().code == QLatin1String("cancelled")) {
                    showResult(QStringLiteral(":/icons/warning.svg"), tr("Rollback cancelled"),
                        tr("It stopped between batches and left the target consistent. Roll back again to "
                           "finish: "
                           "it continues where it stopped."));
                } else {
                    showResult(
                        QStringLiteral(":/icons/error.svg"), tr("Rollback failed"), withHint(status.error()));
                }
                reload();
                selectBackup(id);
                emit rollbackFinished(id, clean);
            });
        });
}

Result<ConnectionSettings> BackupPointsView::askPassword(const BackupInfo& info, const QString& targetText)
{
    // No keychain answered: passwords are asked each time, never stored elsewhere.
    Result<ConnectionSettings> settings = BackupTarget::settingsWithoutPassword(m_store, info);
    if (!settings)
        return settings;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("rollbackPasswordDialog"));
    dialog.setWindowTitle(tr("Password Needed"));
    dialog.setLabelText(tr("No keychain is reachable, so the password of %1 is not stored.\nPassword for %2:")
                            .arg(targetText, settings->user.isEmpty() ? targetText : settings->user));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(tr("Connect"));
    if (dialog.exec() != QDialog::Accepted) {
        Error e = Error::make(tr("No password was given for %1.").arg(targetText));
        e.code = QStringLiteral("cancelled");
        return e;
    }
    settings->password = dialog.textValue();
    return settings;
}

void BackupPointsView::showResult(const QString& icon, const QString& title, const QString& text)
{
    m_resultIcon->setPixmap(QIcon(icon).pixmap(QSize(24, 24), devicePixelRatioF()));
    m_resultTitle->setText(title);
    m_resultText->setText(text);
    QPalette palette = m_result->palette();
    const QColor accent = icon.endsWith(QLatin1String("ok.svg")) ? UiStyle::onlyInSourceColor()
        : icon.endsWith(QLatin1String("error.svg"))              ? UiStyle::onlyInTargetColor()
                                                                 : UiStyle::warningColor();
    palette.setColor(QPalette::Window, UiStyle::tint(accent, this));
    m_result->setPalette(palette);
    m_result->show();
}

void BackupPointsView::cancelRollback()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Cancelling at the next safe point…"));
}

void BackupPointsView::exportScript()
{
    const std::optional<BackupInfo> info = m_model->backupById(currentId());
    if (!info || !m_export->isEnabled())
        return;
    const QString suggested = QDir::home().filePath(tr("rollback-%1.sql").arg(info->id));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Rollback Script"), suggested, tr("SQL scripts (*.sql);;All files (*)"));
    if (!path.isEmpty())
        exportScriptTo(info->id, path);
}

void BackupPointsView::exportScriptTo(const QString& id, const QString& path)
{
    const QString storePath = m_store.path();
    Async::run(
        this, [storePath, id, path] { return writeScript(storePath, id, path); },
        [this, path](const Status& written) {
            if (!written) {
                QMessageBox::warning(this, tr("Script Not Exported"), written.error().message);
            }
            emit exportFinished(path, bool(written));
        });
}

void BackupPointsView::deleteBackup()
{
    const std::optional<BackupInfo> info = m_model->backupById(currentId());
    if (!info || !m_delete->isEnabled())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Backup Point"),
        tr("Delete backup point %1 (%2, %n row(s))?", nullptr, int(info->rows()))
            .arg(info->id, localTime(info->created)),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteBackupBox"));
    QString detail
        = tr("Its files are deleted and it can no longer be rolled back. The target is not touched.");
    if (info->state == BackupInfo::State::Partial)
        detail
            += QLatin1Char(' ') + tr("Its run did not finish, so it could still be resumed or rolled back.");
    box.setInformativeText(detail);
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (Status removed = BackupCatalog(m_store).remove(info->id); !removed) {
        QMessageBox::warning(this, tr("Backup Point Not Deleted"), removed.error().message);
        return;
    }
    reload();
}

void BackupPointsView::deleteExpired()
{
    QList<BackupInfo> victims;
    for (const BackupInfo& b : m_model->backups()) {
        if (m_model->isExpired(b.id) && !(isBusy() && b.id == m_jobBackupId))
            victims.append(b);
    }
    if (victims.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Expired Backup Points"),
        tr("Delete %n backup point(s) older than %1 day(s)?", nullptr, int(victims.size()))
            .arg(m_model->retentionDays()),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteExpiredBox"));
    box.setInformativeText(
        tr("Their files are deleted and they can no longer be rolled back. The targets are not "
           "touched. The retention is set in Preferences."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    BackupCatalog catalog(m_store);
    for (const BackupInfo& b : victims) {
        if (Status removed = catalog.remove(b.id); !removed) {
            QMessageBox::warning(this, tr("Backup Point Not Deleted"), removed.error().message);
            break;
        }
    }
    reload();
}

void BackupPointsView::revealFolder()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(BackupCatalog(m_store).folderOf(id)));
}

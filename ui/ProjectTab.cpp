#include "ProjectTab.h"

#include "Async.h"
#include "EmptyState.h"
#include "EnvironmentBand.h"
#include "MigrationScriptView.h"
#include "ProductionConfirmDialog.h"
#include "ProfilesModel.h"
#include "ProjectTasks.h"
#include "SchemaCompareJob.h"
#include "SchemaDiffView.h"
#include "SchemaTreeModel.h"
#include "conflicts/ConflictEditor.h"
#include "data/DataDiffView.h"
#include "db/Endpoint.h"
#include "runner/JobsModel.h"
#include "schema/SchemaRollback.h"
#include "schema/SchemaSync.h"
#include "store/AppStore.h"
#include "sync/ProjectSync.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QString shown(const QString& endpoint)
{
    Result<Endpoint> e = Endpoint::parse(endpoint);
    return e ? e->displayText() : endpoint;
}

} // namespace

ProjectTab::ProjectTab(const SyncProject& project, const QString& filePath, ProfilesModel* profiles,
    AppStore& store, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_filePath(filePath)
    , m_profiles(profiles)
    , m_store(store)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("projectTab"));
    buildUi();
    refreshProfiles();
    connect(m_profiles, &QAbstractItemModel::modelReset, this, &ProjectTab::refreshProfiles);
    log(LogView::Level::Info,
        m_filePath.isEmpty() ? tr("New comparison %1 → %2").arg(shown(m_project.source), shown(m_project.target))
                             : tr("Opened project %1").arg(QDir::toNativeSeparators(m_filePath)));
}

ProjectTab::~ProjectTab()
{
    // The job finishes on its worker thread at its next checkpoint; its callbacks die with this tab.
    if (m_job)
        m_job->cancel();
}

void ProjectTab::buildUi()
{
    m_band = new EnvironmentBand(this);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("projectViews"));
    m_views->setDocumentMode(true);

    m_schema = new SchemaDiffView(m_views);
    m_schema->setEndpoints(shown(m_project.source), shown(m_project.target));
    connect(m_schema, &SchemaDiffView::compareRequested, this, &ProjectTab::compare);
    connect(m_schema, &SchemaDiffView::cancelRequested, this, &ProjectTab::cancel);
    connect(m_schema, &SchemaDiffView::createStatementsNeeded, this, &ProjectTab::fetchCreateStatements);
    connect(m_schema, &SchemaDiffView::applyRequested, this, &ProjectTab::applySchema);

    m_data = new QStackedWidget(m_views);
    m_data->setObjectName(QStringLiteral("dataViewHost"));
    m_data->addWidget(buildDataPage());
    // Every Compare also compares the rows; the first one puts the row diff view in place of the
    // placeholder. Endpoints and passwords are resolved on a worker thread, as for the schema.
    connect(this, &ProjectTab::compareStarted, this, [this] {
        auto* rows = qobject_cast<DataDiffView*>(dataView());
        if (!rows) {
            rows = new DataDiffView;
            rows->setCompareOptions(DataDiffView::compareOptionsFor(m_project));
            rows->setEndpointResolver(
                [storePath = m_store.path(), secrets = &m_secrets, project = m_project]() -> Result<DataDiffView::Endpoints> {
                    Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
                    if (!store)
                        return store.error();
                    Result<ConnectionSettings> source = ProjectTasks::resolve(**store, *secrets, project.source);
                    if (!source)
                        return source.error();
                    Result<ConnectionSettings> target = ProjectTasks::resolve(**store, *secrets, project.target);
                    if (!target)
                        return target.error();
                    return DataDiffView::Endpoints {*source, *target};
                });
            connect(rows, &DataDiffView::compareFinished, this, [this](bool ok, const QString& message) {
                log(ok ? LogView::Level::Info : LogView::Level::Warning, tr("Row compare: %1").arg(message));
            });
            connect(rows, &DataDiffView::compareFinished, m_sync, &ProjectSync::rowCompareFinished);
            setDataView(rows);
        }
        rows->startCompare();
    });

    m_log = new LogView(m_views);
    connect(m_log, &LogView::problemLogged, this, [this](LogView::Level level) {
        if (m_views->currentWidget() != m_log) {
            m_views->setTabIcon(int(SubView::Log),
                QIcon(level == LogView::Level::Error ? QStringLiteral(":/icons/error.svg") : QStringLiteral(":/icons/warning.svg")));
        }
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_views->currentWidget() == m_log)
            m_views->setTabIcon(int(SubView::Log), QIcon(QStringLiteral(":/icons/log.svg")));
    });

    m_views->addTab(m_schema, QIcon(QStringLiteral(":/icons/object-table.svg")), tr("Schema"));
    m_views->addTab(m_data, QIcon(QStringLiteral(":/icons/data.svg")), tr("Data"));
    m_views->addTab(buildConflictsPage(), QIcon(QStringLiteral(":/icons/conflicts.svg")), tr("Conflicts"));
    m_views->addTab(m_log, QIcon(QStringLiteral(":/icons/log.svg")), tr("Log"));
    m_views->setTabToolTip(int(SubView::Schema), tr("Structure differences and the migration script"));
    m_views->setTabToolTip(int(SubView::Data), tr("Row differences, table by table"));
    m_views->setTabToolTip(int(SubView::Conflicts), tr("Target rows that changed after the compare"));
    m_views->setTabToolTip(int(SubView::Log), tr("What this project's jobs did, with times"));

    m_sync = new ProjectSync(this, m_store, m_secrets);
    // Preview SQL shows the row sync's script on the Data view, the migration script elsewhere.
    connect(m_views, &QTabWidget::currentChanged, this, &ProjectTab::stateChanged);
    connect(m_sync, &ProjectSync::stateChanged, this, [this] {
        updateApply();
        emit stateChanged();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_band);
    layout->addWidget(m_sync->progressWidget());
    layout->addWidget(m_views, 1);
}

QWidget* ProjectTab::buildDataPage()
{
    auto* page = new EmptyState(QStringLiteral(":/icons/data.svg"), tr("The rows have not been compared yet"),
        tr("The row comparison checks every table on both servers by checksums of key ranges and lists, "
           "per table, the rows only in the source, only in the target, and different, side by side. "
           "It reads the source in a consistent snapshot and writes nothing."),
        m_data);
    page->setObjectName(QStringLiteral("dataNotComparedPage"));
    QPushButton* compare
        = page->addButton(QIcon(QStringLiteral(":/icons/compare.svg")), tr("Compare"), QStringLiteral("dataCompareButton"));
    connect(compare, &QPushButton::clicked, this, &ProjectTab::compare);
    connect(this, &ProjectTab::stateChanged, compare, [this, compare] { compare->setEnabled(!isBusy()); });
    return page;
}

QWidget* ProjectTab::buildConflictsPage()
{
    // The conflicts of this project's target, read again whenever the tab's state moves (a sync
    // that queued some ended) and the view is shown; the sub-view's title counts the open ones.
    auto* editor = new ConflictEditor(m_views);
    editor->setObjectName(QStringLiteral("conflictEditor"));
    editor->setSource(m_store.path(), m_project.target);
    if (Result<ConflictPolicy> policy = ConflictPolicy::parse(m_project.conflictPolicy))
        editor->setPolicy(*policy);
    editor->setTargetResolver([storePath = m_store.path(), secrets = &m_secrets, target = m_project.target]()
                                  -> Result<ConnectionSettings> {
        Result<std::unique_ptr<AppStore>> store = AppStore::open(storePath);
        if (!store)
            return store.error();
        return ProjectTasks::resolve(**store, *secrets, target);
    });
    editor->setConfirmation([this](const QString& title, const QString& what, const QString& confirmText) {
        return confirmWrite(title, what, confirmText);
    });
    connect(editor, &ConflictEditor::logMessage, this, &ProjectTab::log);
    connect(editor, &ConflictEditor::openCountChanged, this, [this](qint64 open) {
        m_views->setTabText(int(SubView::Conflicts), open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    });
    connect(this, &ProjectTab::stateChanged, editor, [this, editor] {
        if (!isBusy() && !editor->isBusy())
            editor->refresh();
    });
    editor->refresh();
    return editor;
}

QString ProjectTab::title() const
{
    if (!m_project.name.trimmed().isEmpty())
        return m_project.name.trimmed();
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("%1 → %2").arg(shown(m_project.source), shown(m_project.target));
}

void ProjectTab::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit titleChanged();
}

Status ProjectTab::saveTo(const QString& path)
{
    if (Status saved = m_project.save(path); !saved) {
        log(LogView::Level::Error, saved.error().toString());
        return saved;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_modified = false;
    log(LogView::Level::Info, tr("Saved the project to %1").arg(QDir::toNativeSeparators(m_filePath)));
    emit titleChanged();
    return {};
}

std::optional<Profile> ProjectTab::sourceProfile() const
{
    return ProjectTasks::profileOf(m_project.source, m_profiles->profiles());
}

std::optional<Profile> ProjectTab::targetProfile() const
{
    return ProjectTasks::profileOf(m_project.target, m_profiles->profiles());
}

bool ProjectTab::targetIsProduction() const
{
    const std::optional<Profile> target = targetProfile();
    return target && target->isProduction();
}

void ProjectTab::refreshProfiles()
{
    m_band->setEndpoints(shown(m_project.source), sourceProfile(), shown(m_project.target), targetProfile());
    updateApply();
}

bool ProjectTab::isBusy() const
{
    return m_state != State::Idle || (m_sync && m_sync->isBusy());
}

QString ProjectTab::runningJobName() const
{
    if (m_sync && m_sync->isBusy())
        return m_sync->runningJobName();
    switch (m_state) {
    case State::Idle:
        break;
    case State::Comparing:
        return tr("compare");
    case State::Resolving:
    case State::Applying:
        return tr("schema sync");
    case State::RollingBack:
        return tr("rollback");
    }
    return {};
}

void ProjectTab::setState(State state)
{
    m_state = state;
    updateApply();
    emit stateChanged();
}

ProjectTab::ActionState ProjectTab::compareState() const
{
    if (isBusy())
        return {false, tr("A %1 of this project is running.").arg(runningJobName())};
    return {true, tr("Compare the schemas of %1 and %2").arg(shown(m_project.source), shown(m_project.target))};
}

ProjectTab::ActionState ProjectTab::previewSqlState() const
{
    const ActionState rows = m_sync->previewState();
    if (rows.enabled && (m_views->currentWidget() == m_data || !m_schema->hasComparison() || m_schema->comparison().plan.isEmpty()))
        return rows;
    if (!m_schema->hasComparison())
        return {false, tr("Run a compare first: the script is made from its result.")};
    if (m_schema->comparison().plan.isEmpty())
        return {false, tr("The structures match: there is no migration script to preview.")};
    return {true, tr("Show the statements that bring the target's structure in line")};
}

ProjectTab::ActionState ProjectTab::syncState() const
{
    return m_sync->syncState();
}

ProjectTab::ActionState ProjectTab::verifyState() const
{
    return m_sync->verifyState();
}

ProjectTab::ActionState ProjectTab::rollbackState() const
{
    if (m_lastBackupId.isEmpty())
        return m_sync->rollbackState();
    if (isBusy())
        return {false, tr("A %1 of this project is running.").arg(runningJobName())};
    return {true, tr("Undo the last schema sync: put %1 back as backup point %2 recorded it")
                      .arg(shown(m_project.target), m_lastBackupId)};
}

ProjectTab::ActionState ProjectTab::applySchemaState() const
{
    if (isBusy())
        return {false, tr("A %1 of this project is running.").arg(runningJobName())};
    if (!m_schema->hasComparison())
        return {false, tr("Run a compare first.")};
    if (m_schema->migrationView()->includedSteps().isEmpty())
        return {false, m_schema->comparison().plan.isEmpty()
                ? tr("The structures match: there is nothing to apply.")
                : tr("Every statement is left out: allow destructive changes to apply them.")};
    return {true, targetIsProduction()
            ? tr("Run the script's statements on %1, a production target: its profile name is asked first. A "
                 "backup point is taken before the first change.")
                  .arg(shown(m_project.target))
            : tr("Run the script's statements on %1. A backup point is taken before the first change.")
                  .arg(shown(m_project.target))};
}

void ProjectTab::updateApply()
{
    if (!m_schema)
        return;
    const ActionState state = applySchemaState();
    m_schema->migrationView()->setApplyEnabled(state.enabled, state.reason);
}

QWidget* ProjectTab::dataView() const
{
    return m_data->currentWidget();
}

void ProjectTab::showSubView(SubView view)
{
    m_views->setCurrentIndex(int(view));
}

void ProjectTab::setDataView(QWidget* view)
{
    if (!view || view == m_data->currentWidget())
        return;
    while (m_data->count() > 0) {
        QWidget* old = m_data->widget(0);
        m_data->removeWidget(old);
        old->deleteLater();
    }
    m_data->addWidget(view);
    m_data->setCurrentWidget(view);
}

void ProjectTab::log(LogView::Level level, const QString& text)
{
    m_log->append(level, text);
}

void ProjectTab::runJob(std::shared_ptr<Job> job, State state, std::function<Status()> before,
    std::function<void(const Status&)> done)
{
    m_job = job;
    m_cancelling = false;
    const QPointer<Job> guard(job.get());
    connect(job.get(), &Job::progressChanged, this, [this, guard] {
        if (!guard || m_cancelling)
            return;
        const JobProgress p = guard->progress();
        m_schema->setBusy(p.item.isEmpty() || p.phase.contains(p.item) ? p.phase : tr("%1: %2").arg(p.phase, p.item));
    });
    connect(job.get(), &Job::logMessage, this, [this](const QString& line) { log(LogView::Level::Info, line); });

    setState(state);
    const QString name = state == State::Comparing ? tr("Schema compare")
        : state == State::RollingBack              ? tr("Schema rollback")
                                                   : tr("Schema sync");
    JobsModel::start(job, name, title(), this, [this, job, done](const Status& status) {
        m_job.reset();
        // An error that ends a cancelled run (a read cut short) is part of the cancel, not news.
        Status reported = status;
        if (!status && m_cancelling && status.error().code != QLatin1String("cancelled"))
            reported = Job::cancelledError();
        m_cancelling = false;
        m_state = State::Idle;
        JobsModel::instance()->finish(job.get(), reported);
        done(reported);
        updateApply();
        emit stateChanged();
    }, before);
}

void ProjectTab::compare()
{
    if (isBusy())
        return;
    // deleteLater: the last reference may go on the worker thread, the job lives on this one.
    auto job = std::shared_ptr<SchemaCompareJob>(
        new SchemaCompareJob(m_store.path(), m_secrets, m_project), [](SchemaCompareJob* j) { j->deleteLater(); });
    m_schema->setBusy(tr("Starting the compare…"));
    log(LogView::Level::Info, tr("Schema compare started: %1 → %2").arg(shown(m_project.source), shown(m_project.target)));
    runJob(job, State::Comparing, {}, [this, job](const Status& status) {
        const bool cancelled = !status && status.error().code == QLatin1String("cancelled");
        if (status) {
            m_schema->setComparison(job->result());
        } else if (cancelled) {
            log(LogView::Level::Warning, tr("Schema compare cancelled."));
            m_schema->setIdle();
        } else {
            log(LogView::Level::Error, tr("Schema compare failed: %1").arg(status.error().toString()));
            m_schema->setError(status.error());
        }
        emit compareFinished(status.ok());
    });
    emit compareStarted();
}

void ProjectTab::cancel()
{
    if (!m_job || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    m_schema->setBusy(m_state == State::Comparing ? tr("Cancelling: stopping after the current step…")
                                                  : tr("Cancelling: stopping after the current statement…"));
    log(LogView::Level::Info, tr("Cancel requested."));
}

bool ProjectTab::confirmWrite(const QString& title, const QString& what, const QString& confirmText)
{
    const std::optional<Profile> target = targetProfile();
    if (target && target->isProduction())
        return ProductionConfirmDialog::confirm(this, target->name, what, confirmText);
    QMessageBox box(QMessageBox::Question, title, what, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmWriteBox"));
    QPushButton* confirm = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void ProjectTab::applySchema()
{
    if (!applySchemaState().enabled)
        return;
    MigrationScriptView* script = m_schema->migrationView();
    const int statements = int(script->includedSteps().size());
    const bool allowDrop = script->allowDestructive();
    QString what = tr("Apply %n schema statement(s) to %1.", nullptr, statements).arg(shown(m_project.target));
    what += QLatin1Char(' ')
        + tr("A backup point of every object they touch is taken first, so the change can be rolled back.");
    if (allowDrop) {
        what += QLatin1Char(' ')
            + tr("Destructive changes are included: dropped tables move to the quarantine database, and the "
                 "values of dropped or narrowed columns are saved in the backup point.");
    }
    if (!confirmWrite(tr("Apply Schema Changes"), what, tr("Apply")))
        return;

    // The statements the user reviewed; the sync plans again and must arrive at the same ones.
    QStringList reviewed;
    for (const MigrationStep& step : m_schema->comparison().plan.steps)
        reviewed << step.sql;
    log(LogView::Level::Info, tr("Schema sync requested: %n statement(s) on %1%2.", nullptr, statements)
                                  .arg(shown(m_project.target), allowDrop ? tr(", destructive changes allowed") : QString()));
    m_schema->setBusy(tr("Reading the connection details…"));
    setState(State::Resolving);

    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    const SyncProject project = m_project;
    Async::run(
        this, [storePath, secrets, project] { return ProjectTasks::resolvePair(storePath, *secrets, project); },
        [this, allowDrop, reviewed](Result<QPair<ConnectionSettings, ConnectionSettings>> settings) {
            if (!settings) {
                setState(State::Idle);
                m_schema->setIdle();
                log(LogView::Level::Error, tr("Schema sync not started: %1").arg(settings.error().toString()));
                QMessageBox::warning(this, tr("Schema Sync Not Started"),
                    settings.error().message + QStringLiteral("\n\n") + settings.error().hint);
                return;
            }
            SchemaSync::Options options;
            options.diff = SchemaCompareJob::optionsFor(m_project);
            options.allowDrop = allowDrop;
            options.storePath = m_store.path();
            options.sourceLabel = shown(m_project.source);
            options.targetLabel = shown(m_project.target);
            auto sync = std::shared_ptr<SchemaSync>(new SchemaSync(settings->first, settings->second, options),
                [](SchemaSync* j) { j->deleteLater(); });
            SchemaSync* raw = sync.get();
            auto before = [raw, reviewed]() -> Status {
                if (Status prepared = raw->prepare(); !prepared)
                    return prepared;
                QStringList planned;
                for (const MigrationStep& step : raw->migration().steps)
                    planned << step.sql;
                if (planned != reviewed) {
                    Error e = Error::make(tr("The schemas changed since the compare: nothing was applied."),
                        tr("Review the new comparison, then apply again."));
                    e.code = QStringLiteral("plan-changed");
                    return e;
                }
                return {};
            };
            runJob(sync, State::Applying, before, [this, sync](const Status& status) {
                const SchemaSync::Report report = sync->report();
                if (!report.backupId.isEmpty())
                    m_lastBackupId = report.backupId;
                for (const QString& warning : report.warnings)
                    log(LogView::Level::Warning, warning);
                const QString backup = report.backupId.isEmpty()
                    ? QString()
                    : QLatin1Char(' ') + tr("Backup point %1 rolls it back (Rollback, or syncstudio-cli rollback %1).")
                                             .arg(report.backupId);
                if (status) {
                    log(LogView::Level::Info,
                        tr("Schema sync finished: %1 statement(s) applied, %2 left out (destructive, not allowed).")
                                .arg(report.applied)
                                .arg(report.skippedDestructive)
                            + backup);
                } else if (status.error().code == QLatin1String("cancelled")) {
                    log(LogView::Level::Warning,
                        tr("Schema sync cancelled: %1 statement(s) applied, %2 not run.").arg(report.applied).arg(report.notRun)
                            + backup);
                } else {
                    log(LogView::Level::Error, tr("Schema sync failed: %1").arg(status.error().toString()) + backup);
                    QMessageBox box(QMessageBox::Warning, tr("Schema Sync Failed"), status.error().message,
                        QMessageBox::Ok, this);
                    box.setObjectName(QStringLiteral("schemaSyncFailedBox"));
                    box.setInformativeText(
                        (status.error().hint + QLatin1Char(' ') + tr("%n statement(s) ran before it.", nullptr, report.applied)
                            + backup)
                            .trimmed());
                    box.exec();
                }
                // Show the target as it is now.
                QMetaObject::invokeMethod(this, &ProjectTab::compare, Qt::QueuedConnection);
            });
        });
}

void ProjectTab::sync()
{
    m_sync->sync();
}

void ProjectTab::verify()
{
    m_sync->verify();
}

void ProjectTab::rollback()
{
    if (!rollbackState().enabled)
        return;
    if (m_lastBackupId.isEmpty()) {
        m_sync->rollback();
        return;
    }
    if (m_sync->rollbackState().enabled) {
        QMessageBox box(QMessageBox::Question, tr("Roll Back"),
            tr("This project has two backup points: the last row sync's (%1) and the last schema sync's (%2). "
               "Which one do you want to roll back?")
                .arg(m_sync->lastBackupId(), m_lastBackupId),
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("rollbackChoiceBox"));
        QPushButton* rows = box.addButton(tr("Row Sync"), QMessageBox::AcceptRole);
        rows->setObjectName(QStringLiteral("rollbackRowsButton"));
        QPushButton* schema = box.addButton(tr("Schema Sync"), QMessageBox::AcceptRole);
        schema->setObjectName(QStringLiteral("rollbackSchemaButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == rows) {
            m_sync->rollback();
            return;
        }
        if (box.clickedButton() != schema)
            return;
    }
    const QString backupId = m_lastBackupId;
    const QString what = tr("Roll %1 back to backup point %2: the schema changes of the last sync are undone, "
                            "quarantined tables move back and saved column values are written back. Rows changed "
                            "since the sync are left as they are.")
                             .arg(shown(m_project.target), backupId);
    if (!confirmWrite(tr("Roll Back Schema Sync"), what, tr("Roll Back")))
        return;
    log(LogView::Level::Info, tr("Rollback of backup point %1 requested.").arg(backupId));
    m_schema->setBusy(tr("Reading the connection details…"));
    setState(State::Resolving);
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    const SyncProject project = m_project;
    Async::run(
        this, [storePath, secrets, project] { return ProjectTasks::resolvePair(storePath, *secrets, project); },
        [this, backupId](Result<QPair<ConnectionSettings, ConnectionSettings>> settings) {
            if (!settings) {
                setState(State::Idle);
                m_schema->setIdle();
                log(LogView::Level::Error, tr("Rollback not started: %1").arg(settings.error().toString()));
                return;
            }
            SchemaRollback::Options options;
            options.storePath = m_store.path();
            auto job = std::shared_ptr<SchemaRollback>(new SchemaRollback(settings->second, backupId, options),
                [](SchemaRollback* j) { j->deleteLater(); });
            runJob(job, State::RollingBack, {}, [this, job, backupId](const Status& status) {
                const SchemaRollback::Report report = job->report();
                for (const QString& warning : report.warnings)
                    log(LogView::Level::Warning, warning);
                for (const QString& difference : report.differences)
                    log(LogView::Level::Warning, tr("Still different after the rollback: %1").arg(difference));
                if (!report.fromQuarantine.isEmpty())
                    log(LogView::Level::Info, tr("Moved back from the quarantine database: %1").arg(report.fromQuarantine.join(QStringLiteral(", "))));
                if (!report.toQuarantine.isEmpty()) {
                    log(LogView::Level::Info, tr("Tables the sync had created were moved to the quarantine database %1: %2")
                                                  .arg(report.quarantineDatabase, report.quarantineNames.join(QStringLiteral(", "))));
                }
                if (status) {
                    log(report.clean() ? LogView::Level::Info : LogView::Level::Warning,
                        tr("Rollback of %1 finished: %2 statement(s), %3 column value(s) written back; %4.")
                            .arg(backupId)
                            .arg(report.statements)
                            .arg(report.valuesWritten)
                            .arg(report.clean() ? tr("every object matches its saved definition")
                                                : tr("some objects or rows differ, see the warnings")));
                    m_lastBackupId.clear();
                } else if (status.error().code == QLatin1String("cancelled")) {
                    log(LogView::Level::Warning,
                        tr("Rollback cancelled; run it again to finish (it continues from where it stopped)."));
                } else {
                    log(LogView::Level::Error, tr("Rollback failed: %1").arg(status.error().toString()));
                    QMessageBox::warning(this, tr("Rollback Failed"),
                        status.error().message + QStringLiteral("\n\n")
                            + tr("Run the rollback again to finish it: it continues from the current state."));
                }
                QMetaObject::invokeMethod(this, &ProjectTab::compare, Qt::QueuedConnection);
            });
        });
}

void ProjectTab::previewSql()
{
    if (!previewSqlState().enabled)
        return;
    const ActionState rows = m_sync->previewState();
    if (rows.enabled && (m_views->currentWidget() == m_data || !m_schema->hasComparison() || m_schema->comparison().plan.isEmpty())) {
        m_sync->previewSql();
        return;
    }
    showSubView(SubView::Schema);
    m_schema->showMigrationScript();
}

void ProjectTab::fetchCreateStatements(ObjectType type, const QString& sourceName, const QString& targetName)
{
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    const SyncProject project = m_project;
    Async::run(
        this,
        [storePath, secrets, project, type, sourceName, targetName] {
            return ProjectTasks::createStatements(storePath, *secrets, project, type, sourceName, targetName);
        },
        [this, type, sourceName, targetName](Result<QPair<QString, QString>> result) {
            if (!result) {
                log(LogView::Level::Error, tr("Reading the CREATE statements of %1 failed: %2")
                                               .arg(sourceName.isEmpty() ? targetName : sourceName, result.error().toString()));
                m_schema->setCreateStatementsError(type, sourceName, targetName, result.error());
                return;
            }
            m_schema->setCreateStatements(type, sourceName, targetName, result->first, result->second);
        });
}

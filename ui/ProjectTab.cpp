#include "ProjectTab.h"

#include "Async.h"
#include "EmptyState.h"
#include "EnvironmentBand.h"
#include "ProfilesModel.h"
#include "ProjectTasks.h"
#include "SchemaCompareJob.h"
#include "SchemaDiffView.h"
#include "SchemaTreeModel.h"
#include "db/Endpoint.h"
#include "jobs/JobRunner.h"
#include "store/AppStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

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

    m_data = new QStackedWidget(m_views);
    m_data->setObjectName(QStringLiteral("dataViewHost"));
    m_data->addWidget(buildDataPage());

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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_band);
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
    auto* page = new EmptyState(QStringLiteral(":/icons/conflicts.svg"), tr("No conflicts"),
        tr("A conflict is a target row that changed after the compare saw it. A sync never overwrites "
           "such a row: it leaves it as it is and lists it here, with the source, the target and the "
           "result side by side for you to decide. Nothing has been synced from this comparison yet, "
           "so there is nothing to resolve."),
        m_views);
    page->setObjectName(QStringLiteral("conflictsEmptyPage"));
    return page;
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
}

bool ProjectTab::isBusy() const
{
    return m_job != nullptr;
}

ProjectTab::ActionState ProjectTab::compareState() const
{
    if (isBusy())
        return {false, tr("A compare of this project is running.")};
    return {true, tr("Compare the schemas of %1 and %2").arg(shown(m_project.source), shown(m_project.target))};
}

ProjectTab::ActionState ProjectTab::previewSqlState() const
{
    if (!m_schema->hasComparison())
        return {false, tr("Run a compare first: the script is made from its result.")};
    if (m_schema->comparison().plan.isEmpty())
        return {false, tr("The structures match: there is no migration script to preview.")};
    return {true, tr("Show the statements that bring the target's structure in line")};
}

ProjectTab::ActionState ProjectTab::syncState() const
{
    return {false, tr("Sync writes row changes found by the row comparison in the Data view, which has not run "
                      "for this project.")};
}

ProjectTab::ActionState ProjectTab::verifyState() const
{
    return {false, tr("Verify checks the target after a sync; nothing has been synced from this project yet.")};
}

ProjectTab::ActionState ProjectTab::rollbackState() const
{
    return {false, tr("There is no backup point from this project yet: a sync takes one before its first change.")};
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

void ProjectTab::compare()
{
    if (m_job)
        return;
    // deleteLater: the last reference may go on the worker thread, the job lives on this one.
    m_job = std::shared_ptr<SchemaCompareJob>(
        new SchemaCompareJob(m_store.path(), m_secrets, m_project), [](SchemaCompareJob* job) { job->deleteLater(); });
    m_cancelling = false;
    std::shared_ptr<SchemaCompareJob> job = m_job;
    const QPointer<SchemaCompareJob> guard(job.get());

    connect(job.get(), &Job::progressChanged, this, [this, guard] {
        if (!guard || m_cancelling)
            return;
        const JobProgress p = guard->progress();
        m_schema->setBusy(p.item.isEmpty() || p.phase.contains(p.item) ? p.phase : tr("%1: %2").arg(p.phase, p.item));
    });
    connect(job.get(), &Job::logMessage, this, [this](const QString& line) { log(LogView::Level::Info, line); });

    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, job] {
        const Status status = watcher->future().result();
        watcher->deleteLater();
        m_job.reset();
        // An error that ends a cancelled run (a read cut short) is part of the cancel, not news.
        const bool cancelled = !status && (status.error().code == QLatin1String("cancelled") || m_cancelling);
        m_cancelling = false;
        if (status) {
            m_schema->setComparison(job->result());
        } else if (cancelled) {
            log(LogView::Level::Warning, tr("Schema compare cancelled."));
            m_schema->setIdle();
        } else {
            log(LogView::Level::Error, tr("Schema compare failed: %1").arg(status.error().toString()));
            m_schema->setError(status.error());
        }
        emit stateChanged();
        emit compareFinished(status.ok());
    });

    m_schema->setBusy(tr("Starting the compare…"));
    log(LogView::Level::Info, tr("Schema compare started: %1 → %2").arg(shown(m_project.source), shown(m_project.target)));
    watcher->setFuture(QtConcurrent::run([job] { return JobRunner::runBlocking(*job); }));
    emit stateChanged();
    emit compareStarted();
}

void ProjectTab::cancel()
{
    if (!m_job || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    m_schema->setBusy(tr("Cancelling: stopping after the current step…"));
    log(LogView::Level::Info, tr("Cancel requested."));
}

void ProjectTab::previewSql()
{
    if (!previewSqlState().enabled)
        return;
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

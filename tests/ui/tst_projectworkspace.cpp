// The comparison workspace journey through the real main window and a real server: choose a pair
// on the welcome page (a database chosen from the server's list), compare the schemas, read the
// tree, the side-by-side definitions and the migration script, save the project, close it and open
// it again from the recent list; cancel and failure on the way.
#include "ComparisonWorkspace.h"
#include "EnvironmentBand.h"
#include "LogView.h"
#include "MainWindow.h"
#include "MigrationScriptView.h"
#include "MigrationStepsModel.h"
#include "ProductionConfirmDialog.h"
#include "ProjectTab.h"
#include "SchemaDiffView.h"
#include "SchemaTreeFilterModel.h"
#include "SchemaTreeModel.h"
#include "SideBySideDiffView.h"
#include "TestSupport.h"
#include "UiStyle.h"
#include "db/Sql.h"
#include "jobs/Job.h"
#include "runner/JobsModel.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"
#include "store/SyncProject.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>

namespace {

constexpr int CompareTimeoutMs = 60000;

/// Runs `handle` on the next modal dialog of type T as soon as it is open (polling, since a modal
/// dialog's exec() blocks the caller). The flag says whether it ran.
template <typename T> std::shared_ptr<bool> whenModal(QObject* context, std::function<void(T*)> handle)
{
    auto handled = std::make_shared<bool>(false);
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handle, handled] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *handled = true;
            handle(dialog);
        }
    });
    timer->start();
    return handled;
}

} // namespace

class TstProjectWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void comparesSchemasFromTheWelcomePage();
    void savesClosesAndReopensProject();
    void cancelStopsTheCompare();
    void failureIsShownAndLogged();
    void unreadableProjectFileIsReported();
    void dataViewCanBeReplaced();
    void appliesToProductionOnlyWithItsNameAndRollsBack();

private:
    std::unique_ptr<MainWindow> openWindow();
    ProjectTab* compareInNewTab(MainWindow& window, const SyncProject& project);
    Status exec(const QString& sql);

    std::unique_ptr<Connection> m_root;
    ConnectionSettings m_server;
    QString m_sourceDb;
    QString m_targetDb;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    Profile m_source;
    Profile m_target;
};

Status TstProjectWorkspace::exec(const QString& sql)
{
    return m_root->execute(sql.toUtf8());
}

void TstProjectWorkspace::initTestCase()
{
    Result<ConnectionSettings> server = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().toString()));
    m_server = *server;
    Result<std::unique_ptr<Connection>> root = TestSupport::connect(QStringLiteral("src"));
    QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().toString()));
    m_root = std::move(root.value());

    m_sourceDb = TestSupport::uniqueName(QStringLiteral("ws_src"));
    m_targetDb = TestSupport::uniqueName(QStringLiteral("ws_dst"));
    const QString s = Sql::quoteIdentifier(m_sourceDb);
    const QString t = Sql::quoteIdentifier(m_targetDb);
    const QStringList statements {
        QStringLiteral("CREATE DATABASE %1").arg(s),
        QStringLiteral("CREATE DATABASE %1").arg(t),
        // The source: customers with a wider name and an index the target lacks, a table of its own.
        QStringLiteral("CREATE TABLE %1.customers (id int NOT NULL, name varchar(80) NOT NULL, email varchar(120) "
                       "DEFAULT NULL, PRIMARY KEY (id), KEY k_email (email)) ENGINE=InnoDB")
            .arg(s),
        QStringLiteral("CREATE TABLE %1.orders (id int NOT NULL, customer_id int NOT NULL, total decimal(10,2) NOT "
                       "NULL, PRIMARY KEY (id)) ENGINE=InnoDB")
            .arg(s),
        QStringLiteral("CREATE TABLE %1.only_src (id int NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB").arg(s),
        QStringLiteral("CREATE VIEW %1.v_totals AS SELECT id, total FROM %1.orders").arg(s),
        // The target: customers drifted, orders the same, a table of its own (dropping it is destructive).
        QStringLiteral("CREATE TABLE %1.customers (id int NOT NULL, name varchar(40) NOT NULL, email varchar(120) "
                       "DEFAULT NULL, PRIMARY KEY (id)) ENGINE=InnoDB")
            .arg(t),
        QStringLiteral("CREATE TABLE %1.orders (id int NOT NULL, customer_id int NOT NULL, total decimal(10,2) NOT "
                       "NULL, PRIMARY KEY (id)) ENGINE=InnoDB")
            .arg(t),
        QStringLiteral("CREATE TABLE %1.only_dst (id int NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB").arg(t),
        QStringLiteral("CREATE VIEW %1.v_totals AS SELECT id, total FROM %1.orders").arg(t),
    };
    for (const QString& sql : statements) {
        const Status done = exec(sql);
        QVERIFY2(done.ok(), qPrintable(sql + QStringLiteral(": ") + (done.ok() ? QString() : done.error().toString())));
    }
}

void TstProjectWorkspace::cleanupTestCase()
{
    if (!m_root)
        return;
    for (const QString& db : {m_sourceDb, m_targetDb}) {
        if (!db.isEmpty())
            (void)exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(db)));
    }
    // Tables the rollback moved to the quarantine database are named after the target database.
    Result<QueryResult> quarantined = m_root->query(
        QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '_syncstudio_quarantine' "
                       "AND TABLE_NAME LIKE %1")
            .arg(QString::fromUtf8(Sql::stringLiteral(Sql::escapeLike(m_targetDb.left(12)) + QLatin1Char('%'))))
            .toUtf8());
    if (quarantined) {
        for (int r = 0; r < quarantined->rows.size(); ++r) {
            (void)exec(QStringLiteral("DROP TABLE IF EXISTS %1")
                           .arg(Sql::qualified(QStringLiteral("_syncstudio_quarantine"), quarantined->text(r, 0))));
        }
    }
}

void TstProjectWorkspace::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SYNCSTUDIO_HOME", m_home->path().toUtf8());
    qunsetenv("SYNCSTUDIO_PASSWORD");
    Result<std::unique_ptr<AppStore>> store = AppStore::open();
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(store.value());
    m_secrets = std::make_unique<MemorySecretStore>();

    // Two profiles on the sandbox: the source names its database, the target does not (so the
    // welcome page offers the server's databases).
    ProfileService service(*m_store, *m_secrets);
    m_source = Profile();
    m_source.name = QStringLiteral("ws-source");
    m_source.tag = QStringLiteral("dev");
    m_source.host = m_server.host;
    m_source.port = m_server.port;
    m_source.user = m_server.user;
    m_source.tlsMode = TlsMode::Disabled;
    m_source.database = m_sourceDb;
    QVERIFY(service.saveProfileWithPassword(m_source, m_server.password).ok());
    m_target = m_source;
    m_target.id = 0;
    m_target.name = QStringLiteral("ws-target");
    m_target.tag = QStringLiteral("staging");
    m_target.database.clear();
    QVERIFY(service.saveProfileWithPassword(m_target, m_server.password).ok());
}

void TstProjectWorkspace::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_secrets.reset();
    m_store.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TstProjectWorkspace::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store, *m_secrets);
    window->resize(1300, 850);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("main window not exposed");
    return window;
}

ProjectTab* TstProjectWorkspace::compareInNewTab(MainWindow& window, const SyncProject& project)
{
    ProjectTab* tab = window.openProject(project, {}, true);
    if (!QTest::qWaitFor([tab] { return !tab->isBusy(); }, CompareTimeoutMs))
        qWarning("the compare did not finish");
    return tab;
}

void TstProjectWorkspace::comparesSchemasFromTheWelcomePage()
{
    const auto window = openWindow();
    ComparisonWorkspace* workspace = window->workspace();
    QCOMPARE(window->tabs()->currentWidget(), static_cast<QWidget*>(workspace));
    workspace->setSourceProfile(m_source.id);
    workspace->setTargetProfile(m_target.id);
    QCOMPARE(workspace->sourceDatabase(), m_sourceDb);

    // The target names no database: its chooser lists the server's databases in the background.
    auto* chooser = workspace->findChild<QComboBox*>(QStringLiteral("targetComboDatabase"));
    QVERIFY(chooser && chooser->isVisible());
    QVERIFY(!workspace->findChild<QComboBox*>(QStringLiteral("sourceComboDatabase"))->isVisible());
    auto* compareButton = workspace->findChild<QPushButton*>(QStringLiteral("workspaceCompareButton"));
    QVERIFY(!compareButton->isEnabled());
    QVERIFY(workspace->findChild<QLabel*>(QStringLiteral("compareHint"))->text().contains(QStringLiteral("target database")));
    QTRY_VERIFY_WITH_TIMEOUT(chooser->findText(m_targetDb) >= 0, 20000);
    QVERIFY(chooser->findText(m_sourceDb) >= 0);
    QCOMPARE(chooser->findText(QStringLiteral("mysql")), -1);
    QCOMPARE(chooser->findText(QStringLiteral("_syncstudio_quarantine")), -1);
    chooser->setCurrentIndex(chooser->findText(m_targetDb));
    QCOMPARE(workspace->targetDatabase(), m_targetDb);
    QVERIFY(compareButton->isEnabled());

    QTest::mouseClick(compareButton, Qt::LeftButton);
    ProjectTab* tab = window->currentProjectTab();
    QVERIFY(tab);
    // The new comparison took the welcome page's place.
    QCOMPARE(window->tabs()->count(), 1);
    QCOMPARE(tab->project().source, QStringLiteral("ws-source/") + m_sourceDb);
    QCOMPARE(tab->project().target, QStringLiteral("ws-target/") + m_targetDb);
    QCOMPARE(tab->band()->sourceTag(), QStringLiteral("DEV"));
    QCOMPARE(tab->band()->targetTag(), QStringLiteral("STAGING"));

    SchemaDiffView* view = tab->schemaView();
    QAbstractItemModelTester treeTester(view->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(view->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester stepsTester(
        view->migrationView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(tab->isBusy() || view->hasComparison());
    QVERIFY(!window->compareAction()->isEnabled() || view->hasComparison());
    QTRY_VERIFY_WITH_TIMEOUT(view->hasComparison(), CompareTimeoutMs);
    QTRY_VERIFY(!tab->isBusy());

    // The tree: each object's status through its roles.
    SchemaTreeModel* model = view->treeModel();
    auto statusOf = [&](ObjectType type, const QString& name) {
        const QModelIndex index = model->indexOf(type, name);
        return index.isValid() ? index.data(SchemaTreeModel::StatusRole).toInt() : -1;
    };
    QCOMPARE(statusOf(ObjectType::Table, m_sourceDb + QStringLiteral(".customers")), int(ObjectDiff::Status::Different));
    QCOMPARE(statusOf(ObjectType::Table, m_sourceDb + QStringLiteral(".only_src")), int(ObjectDiff::Status::OnlyInSource));
    QCOMPARE(statusOf(ObjectType::Table, m_targetDb + QStringLiteral(".only_dst")), int(ObjectDiff::Status::OnlyInTarget));
    QCOMPARE(statusOf(ObjectType::Table, m_sourceDb + QStringLiteral(".orders")), int(ObjectDiff::Status::Identical));
    QCOMPARE(statusOf(ObjectType::View, m_sourceDb + QStringLiteral(".v_totals")), int(ObjectDiff::Status::Identical));
    const QModelIndex onlyDst = model->indexOf(ObjectType::Table, m_targetDb + QStringLiteral(".only_dst"));
    QCOMPARE(onlyDst.data(Qt::ForegroundRole).value<QBrush>().color(), UiStyle::onlyInTargetColor());

    // Differences only by default: three tables, no views; "All objects" shows the rest.
    SchemaTreeFilterModel* filter = view->filterModel();
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->rowCount(filter->index(0, 0)), 3);
    view->showCombo()->setCurrentIndex(1);
    QCOMPARE(filter->rowCount(), 2);
    QCOMPARE(filter->rowCount(filter->index(0, 0)), 4);
    QTest::keyClicks(view->filterEdit(), QStringLiteral("only"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->rowCount(filter->index(0, 0)), 2);
    view->filterEdit()->clear();
    view->showCombo()->setCurrentIndex(0);
    QVERIFY(view->summaryLabel()->text().contains(QStringLiteral("1&nbsp;only in source")));

    // The first difference is shown at once; pick the customers table.
    QVERIFY(view->treeView()->currentIndex().isValid());
    QVERIFY(view->selectObject(ObjectType::Table, m_sourceDb + QStringLiteral(".customers")));
    SideBySideDiffView* definitions = view->definitionsView();
    QTRY_VERIFY(!definitions->leftText().isEmpty());
    QVERIFY(definitions->leftText().startsWith(QStringLiteral("CREATE TABLE `customers`")));
    QVERIFY(definitions->leftText().contains(QStringLiteral("varchar(80)")));
    QVERIFY(definitions->rightText().contains(QStringLiteral("varchar(40)")));
    QVERIFY(definitions->leftText().contains(QStringLiteral("KEY `k_email`")));
    QVERIFY(!definitions->rightText().contains(QStringLiteral("k_email")));
    QVERIFY(!definitions->leftEditor()->extraSelections().isEmpty());
    QVERIFY(!definitions->rightEditor()->extraSelections().isEmpty());
    QVERIFY(definitions->changedLineCount() >= 2);
    QVERIFY(definitions->changedWordCount() >= 2);
    const QString changes = view->findChild<QLabel*>(QStringLiteral("schemaObjectChanges"))->text();
    QVERIFY2(changes.contains(QStringLiteral("k_email")), qPrintable(changes));

    // An identical table's statements are read when it is looked at.
    QVERIFY(view->selectObject(ObjectType::Table, m_sourceDb + QStringLiteral(".orders")));
    QCOMPARE(view->showCombo()->currentIndex(), 1); // switched to all objects to show it
    QTRY_VERIFY_WITH_TIMEOUT(definitions->leftText().contains(QStringLiteral("`orders`")), 20000);
    QCOMPARE(definitions->leftText(), definitions->rightText());
    QCOMPARE(definitions->changedLineCount(), 0);

    // The migration script: the ALTER that brings customers in line; the drop of only_dst is left
    // out until destructive changes are allowed.
    MigrationScriptView* migration = view->migrationView();
    QVERIFY(migration->script().contains(QStringLiteral("ALTER TABLE `customers`")));
    QVERIFY(migration->script().contains(QStringLiteral("varchar(80)")));
    QVERIFY(migration->script().contains(QStringLiteral("CREATE TABLE `only_src`")));
    QVERIFY(migration->script().contains(QStringLiteral("USE %1;").arg(Sql::quoteIdentifier(m_targetDb))));
    // Dropping only_dst needs consent, and so does the quarantine database it would move into.
    QCOMPARE(migration->excludedCount(), 2);
    QVERIFY(!migration->script().contains(QStringLiteral("`only_dst`")));
    QVERIFY(migration->excludedLabel()->isVisibleTo(migration));
    migration->allowDestructiveBox()->click();
    QCOMPARE(migration->excludedCount(), 0);
    // What a schema sync really runs: the table moves to the quarantine database, it is not dropped.
    QVERIFY(migration->script().contains(QStringLiteral("RENAME TABLE `only_dst` TO `_syncstudio_quarantine`.")));
    QVERIFY(!migration->script().contains(QStringLiteral("DROP TABLE `only_dst`")));
    migration->allowDestructiveBox()->click();

    // The toolbar: Compare and Preview SQL work; what cannot run yet says why.
    QVERIFY(window->compareAction()->isEnabled());
    QVERIFY(window->previewSqlAction()->isEnabled());
    window->previewSqlAction()->trigger();
    QVERIFY(migration->isVisible());
    // Sync follows the row compare, which found differences; nothing has been synced to verify or undo.
    QTRY_VERIFY_WITH_TIMEOUT(window->syncAction()->isEnabled(), CompareTimeoutMs);
    for (QAction* action : {window->verifyAction(), window->rollbackAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY(!action->toolTip().isEmpty());
    }

    // The log tells what happened, with times.
    const QString log = tab->logView()->lines().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("Schema read of ws-source/%1 started").arg(m_sourceDb)), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Schema read of ws-target/%1 finished").arg(m_targetDb)), qPrintable(log));
    QVERIFY(log.contains(QStringLiteral("Schema compare finished")));
    QCOMPARE(tab->logView()->count(LogView::Level::Error), 0);

    // Compare again (F5): the object shown stays shown.
    view->selectObject(ObjectType::Table, m_sourceDb + QStringLiteral(".customers"));
    window->compareAction()->trigger();
    QVERIFY(tab->isBusy());
    QVERIFY(!window->compareAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), CompareTimeoutMs);
    QVERIFY(view->hasComparison());
    const SchemaTreeModel* tree = view->treeModel();
    QCOMPARE(tree->object(view->filterModel()->mapToSource(view->treeView()->currentIndex()))->sourceName,
        QStringLiteral("customers"));
    QVERIFY(window->compareAction()->isEnabled());
}

void TstProjectWorkspace::savesClosesAndReopensProject()
{
    const auto window = openWindow();
    SyncProject project;
    project.source = QStringLiteral("ws-source");
    project.target = QStringLiteral("ws-target/") + m_targetDb;
    project.exclude = {QStringLiteral("only_*")};
    ProjectTab* tab = window->openProject(project);
    QVERIFY(tab->filePath().isEmpty());
    QCOMPARE(tab->schemaView()->hasComparison(), false);

    // Save (Ctrl+S) on a project without a file asks where, through the file dialog.
    const QString path = m_home->filePath(QStringLiteral("shop nightly.ssproj"));
    const auto handled = whenModal<QFileDialog>(this, [path](QFileDialog* dialog) {
        // Typed into the name field, as a user would: selectFile() races the dialog's folder loading.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (name)
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    window->saveProjectAction()->trigger();
    QVERIFY(*handled);
    QVERIFY(QFile::exists(path));
    QCOMPARE(tab->filePath(), path);
    QCOMPARE(window->tabs()->tabText(window->tabs()->indexOf(tab)), QStringLiteral("shop nightly"));
    Result<SyncProject> saved = SyncProject::load(path);
    QVERIFY(saved.ok());
    QCOMPARE(saved->target, project.target);
    QCOMPARE(saved->exclude, project.exclude);

    // The file is in the recent list, in the store and in the menu.
    QCOMPARE(m_store->recentProjects().value().value(0), path);
    window->recentProjectsMenu()->aboutToShow();
    QAction* recent = nullptr;
    for (QAction* action : window->recentProjectsMenu()->actions()) {
        if (action->data().toString() == path)
            recent = action;
    }
    QVERIFY(recent);

    // Close (Ctrl+W): the welcome page comes back.
    window->closeTabAction()->trigger();
    QTRY_COMPARE(window->projectTabs().size(), 0);
    QCOMPARE(window->tabs()->currentWidget(), static_cast<QWidget*>(window->workspace()));

    // Open it again from the recent list, then compare: the exclude glob from the file applies.
    recent->trigger();
    QCOMPARE(window->projectTabs().size(), 1);
    ProjectTab* again = window->currentProjectTab();
    QCOMPARE(again->filePath(), path);
    QCOMPARE(again->project().source, project.source);
    QCOMPARE(again->project().target, project.target);
    QCOMPARE(again->project().exclude, project.exclude);
    QVERIFY(window->openProjectFile(path)); // already open: its tab is selected, not a second one
    QCOMPARE(window->projectTabs().size(), 1);
    again->compare();
    QTRY_VERIFY_WITH_TIMEOUT(again->schemaView()->hasComparison(), CompareTimeoutMs);
    const SchemaTreeModel* model = again->schemaView()->treeModel();
    QVERIFY(model->indexOf(ObjectType::Table, m_sourceDb + QStringLiteral(".customers")).isValid());
    QVERIFY(!model->indexOf(ObjectType::Table, m_sourceDb + QStringLiteral(".only_src")).isValid());
}

void TstProjectWorkspace::cancelStopsTheCompare()
{
    const auto window = openWindow();
    SyncProject project;
    project.source = QStringLiteral("ws-source");
    project.target = QStringLiteral("ws-target/") + m_targetDb;
    ProjectTab* tab = window->openProject(project);
    QSignalSpy finished(tab, &ProjectTab::compareFinished);
    // Hold the schema compare at its first checkpoint, so that it cannot end before the cancel
    // lands (on a loaded machine the GUI thread may lose the CPU while the compare runs through):
    // the tab registers the job before starting it, so it is paused before it runs. Cancel wakes a
    // held job to stop it.
    Job* held = nullptr;
    const QMetaObject::Connection hold
        = connect(JobsModel::instance(), &QAbstractItemModel::rowsInserted, this, [&held](const QModelIndex&, int first, int last) {
              for (int row = first; row <= last; ++row) {
                  if (JobsModel::instance()->entry(row).title == QLatin1String("Schema compare") && !held) {
                      held = JobsModel::instance()->job(row);
                      held->pause();
                  }
              }
          });
    tab->compare();
    disconnect(hold);
    QVERIFY(tab->isBusy());
    QVERIFY(held);
    // Cancel through the view's own button, as a user would.
    auto* cancel = tab->schemaView()->findChild<QPushButton*>(QStringLiteral("schemaBusyCancelButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), CompareTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!tab->schemaView()->hasComparison());
    QVERIFY(tab->logView()->lines().join(QLatin1Char('\n')).contains(QStringLiteral("cancelled")));
    QCOMPARE(tab->logView()->count(LogView::Level::Error), 0);
    QVERIFY(window->compareAction()->isEnabled());
}

void TstProjectWorkspace::failureIsShownAndLogged()
{
    const auto window = openWindow();
    SyncProject project;
    project.source = QStringLiteral("ws-source");
    project.target = QStringLiteral("ws-target/no_such_db_here");
    ProjectTab* tab = compareInNewTab(*window, project);
    QVERIFY(!tab->isBusy());
    QVERIFY(!tab->schemaView()->hasComparison());
    auto* error = tab->schemaView()->findChild<QLabel*>(QStringLiteral("schemaErrorText"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("no_such_db_here")), qPrintable(error->text()));
    QCOMPARE(tab->logView()->count(LogView::Level::Error), 1);
    QVERIFY(!window->previewSqlAction()->isEnabled());
    QVERIFY(window->previewSqlAction()->toolTip().contains(QStringLiteral("compare")));

    // A project naming a profile that does not exist says so.
    project.target = QStringLiteral("nobody/") + m_targetDb;
    ProjectTab* other = compareInNewTab(*window, project);
    QVERIFY(other->schemaView()->findChild<QLabel*>(QStringLiteral("schemaErrorText"))->text().contains(QStringLiteral("nobody")));
    QVERIFY(other->band()->findChild<QLabel*>(QStringLiteral("bandNote"))->text().contains(QStringLiteral("profile")));
}

void TstProjectWorkspace::unreadableProjectFileIsReported()
{
    const auto window = openWindow();
    const QString path = m_home->filePath(QStringLiteral("broken.ssproj"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\"}");
    file.close();
    QString shown;
    const auto handled = whenModal<QMessageBox>(this, [&shown](QMessageBox* box) {
        shown = box->text();
        box->accept();
    });
    QVERIFY(!window->openProjectFile(path));
    QVERIFY(*handled);
    QVERIFY2(shown.contains(QStringLiteral("broken.ssproj")), qPrintable(shown));
    QCOMPARE(window->projectTabs().size(), 0);
    QVERIFY(m_store->recentProjects().value().isEmpty());
}

void TstProjectWorkspace::dataViewCanBeReplaced()
{
    const auto window = openWindow();
    SyncProject project;
    project.source = QStringLiteral("ws-source");
    project.target = QStringLiteral("ws-target/") + m_targetDb;
    ProjectTab* tab = window->openProject(project);
    QCOMPARE(tab->subViews()->count(), 4);
    QCOMPARE(tab->subViews()->tabText(1), QStringLiteral("Data"));
    QCOMPARE(tab->dataView()->objectName(), QStringLiteral("dataNotComparedPage"));
    // The Data page's Compare starts the project's compare.
    tab->showSubView(ProjectTab::SubView::Data);
    QSignalSpy started(tab, &ProjectTab::compareStarted);
    QTest::mouseClick(tab->dataView()->findChild<QPushButton*>(QStringLiteral("dataCompareButton")), Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), CompareTimeoutMs);

    auto* grid = new QLabel(QStringLiteral("row grid"));
    grid->setObjectName(QStringLiteral("rowGrid"));
    tab->setDataView(grid);
    QCOMPARE(tab->dataView(), static_cast<QWidget*>(grid));
    QCOMPARE(grid->parentWidget()->objectName(), QStringLiteral("dataViewHost"));
    QVERIFY(!tab->findChild<QWidget*>(QStringLiteral("conflictsEmptyPage"))->isVisible());
    tab->showSubView(ProjectTab::SubView::Conflicts);
    QVERIFY(tab->findChild<QWidget*>(QStringLiteral("conflictsEmptyPage"))->isVisible());
}

void TstProjectWorkspace::appliesToProductionOnlyWithItsNameAndRollsBack()
{
    // The target is production now: every write asks for its profile name.
    m_target.tag = QStringLiteral("prod");
    QVERIFY(m_store->saveProfile(m_target).ok());
    const auto window = openWindow();
    SyncProject project;
    project.source = QStringLiteral("ws-source");
    project.target = QStringLiteral("ws-target/") + m_targetDb;
    ProjectTab* tab = compareInNewTab(*window, project);
    QVERIFY(tab->schemaView()->hasComparison());
    QVERIFY(tab->targetIsProduction());
    QCOMPARE(tab->band()->targetTag(), QStringLiteral("PROD"));
    SchemaTreeModel* model = tab->schemaView()->treeModel();
    auto statusOf = [model](const QString& name) {
        const QModelIndex index = model->indexOf(ObjectType::Table, name);
        return index.isValid() ? index.data(SchemaTreeModel::StatusRole).toInt() : -1;
    };
    const QString customers = m_sourceDb + QStringLiteral(".customers");
    QCOMPARE(statusOf(customers), int(ObjectDiff::Status::Different));

    QPushButton* apply = tab->schemaView()->migrationView()->applyButton();
    QVERIFY(!apply->isHidden());
    QVERIFY(apply->isEnabled());
    QVERIFY(apply->toolTip().contains(QStringLiteral("production")));
    QVERIFY(!window->rollbackAction()->isEnabled());

    // A wrong name: the dialog refuses it, the user gives up, nothing runs.
    bool wrongNameRefused = false;
    auto handled = whenModal<ProductionConfirmDialog>(this, [&wrongNameRefused](ProductionConfirmDialog* dialog) {
        dialog->nameEdit()->setText(QStringLiteral("ws-targe"));
        dialog->accept();
        wrongNameRefused = dialog->isVisible() && !dialog->confirmButton()->isEnabled();
        dialog->reject();
    });
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(*handled);
    QVERIFY(wrongNameRefused);
    QVERIFY(!tab->isBusy());
    QVERIFY(tab->lastBackupId().isEmpty());
    QVERIFY(!tab->logView()->lines().join(QLatin1Char('\n')).contains(QStringLiteral("Schema sync requested")));

    // The right name: the sync runs, takes a backup point, and the compare runs again.
    handled = whenModal<ProductionConfirmDialog>(this, [](ProductionConfirmDialog* dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("ws-target"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(*handled);
    QVERIFY(tab->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!tab->lastBackupId().isEmpty(), CompareTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && statusOf(customers) == int(ObjectDiff::Status::Identical), CompareTimeoutMs);
    // Only what was allowed ran: the table only the target has is still there.
    QCOMPARE(statusOf(m_targetDb + QStringLiteral(".only_dst")), int(ObjectDiff::Status::OnlyInTarget));
    QCOMPARE(statusOf(m_sourceDb + QStringLiteral(".only_src")), int(ObjectDiff::Status::Identical));
    const QString log = tab->logView()->lines().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("Schema sync finished: 2 statement(s) applied")), qPrintable(log));
    QVERIFY(log.contains(tab->lastBackupId()));

    // Rollback undoes it, after the name again.
    QVERIFY(window->rollbackAction()->isEnabled());
    const QString backupId = tab->lastBackupId();
    handled = whenModal<ProductionConfirmDialog>(this, [](ProductionConfirmDialog* dialog) {
        dialog->nameEdit()->setText(QStringLiteral("ws-target"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    window->rollbackAction()->trigger();
    QVERIFY(*handled);
    QTRY_VERIFY_WITH_TIMEOUT(tab->lastBackupId().isEmpty(), CompareTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && statusOf(customers) == int(ObjectDiff::Status::Different), CompareTimeoutMs);
    QCOMPARE(statusOf(m_sourceDb + QStringLiteral(".only_src")), int(ObjectDiff::Status::OnlyInSource));
    const QString after = tab->logView()->lines().join(QLatin1Char('\n'));
    QVERIFY2(after.contains(QStringLiteral("Rollback of %1 finished").arg(backupId)), qPrintable(after));
    QVERIFY(after.contains(QStringLiteral("every object matches its saved definition")));
    QCOMPARE(tab->logView()->count(LogView::Level::Error), 0);
    QVERIFY(!window->rollbackAction()->isEnabled());
}

QTEST_MAIN(TstProjectWorkspace)
#include "tst_projectworkspace.moc"

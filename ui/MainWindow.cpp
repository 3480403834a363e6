#include "MainWindow.h"

#include "AboutDialog.h"
#include "Async.h"
#include "ComparisonWorkspace.h"
#include "ConnectionTestDialog.h"
#include "ProfileDialog.h"
#include "ProfileTasks.h"
#include "ProfilesModel.h"
#include "ProfilesSidebar.h"
#include "PreferencesDialog.h"
#include "ProjectTab.h"
#include "SchemaDiffView.h"
#include "SplitterMemory.h"
#include "UiResources.h"
#include "backups/BackupPointsView.h"
#include "runner/JobNotifier.h"
#include "runner/RunnerPanel.h"
#include "secrets/SecretStore.h"
#include "store/AppStore.h"
#include "store/SyncProject.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace {

constexpr int StatusMessageMs = 6000;

/// The file dialogs' filter for project files.
QString projectFilter()
{
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(MainWindow)
    };
    return Tr::tr("SyncStudio projects (*.ssproj);;JSON files (*.json);;All files (*)");
}

} // namespace

MainWindow::MainWindow(AppStore& store, SecretStore& secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new ProfilesModel(store, this))
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("SyncStudio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/syncstudio.svg")));
    setUnifiedTitleAndToolBarOnMac(true);

    if (Status loaded = m_model->reload(); !loaded) {
        QMessageBox::warning(this, tr("Profiles Not Loaded"),
            tr("The saved profiles could not be read: %1").arg(loaded.error().toString()));
    }

    m_workspace = new ComparisonWorkspace(m_model, m_store, m_secrets, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideMiddle);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateProjectActions);

    createActions();
    createProjectActions();
    createDock();
    createBackupPoints();
    createMenus();
    createToolBar();
    createStatusBar();

    m_sidebar->setNewProfileAction(m_newProfile);
    m_workspace->setNewProfileAction(m_newProfile);
    m_workspace->setOpenProjectAction(m_openProject);
    connect(m_workspace, &ComparisonWorkspace::testRequested, this, &MainWindow::testProfileById);
    connect(m_workspace, &ComparisonWorkspace::compareRequested, this,
        [this](const SyncProject& project) { openProject(project, {}, true); });
    newComparison();
    connect(m_sidebar, &ProfilesSidebar::currentProfileChanged, this, &MainWindow::updateActions);
    connect(m_sidebar, &ProfilesSidebar::profileActivated, this, &MainWindow::editProfileById);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateProfileCount();
        // A profile's environment may have changed: tab icons and the write actions follow it.
        for (ProjectTab* tab : projectTabs())
            updateTabTitle(tab);
        updateProjectActions();
    });

    m_splitters = new SplitterMemory(m_store, this);
    restoreWindowState();
    // Start with a profile selected, so the toolbar's actions are ready to use.
    if (const QList<Profile> all = m_model->profiles(); !all.isEmpty())
        m_sidebar->selectProfile(all.first().id);
    updateActions();
    updateProfileCount();
    updateProjectActions();
    probeKeychain();
}

MainWindow::~MainWindow() = default;

QString MainWindow::keychainStatus() const
{
    return m_keychain->text();
}

void MainWindow::reloadProfiles(qint64 selectId)
{
    const qint64 keep = selectId != 0 ? selectId : m_sidebar->currentProfileId();
    if (Status loaded = m_model->reload(); !loaded) {
        statusBar()->showMessage(
            tr("The profiles could not be read: %1").arg(loaded.error().message), StatusMessageMs);
        return;
    }
    // After a delete the kept id is gone: fall back to the first profile so the actions stay usable.
    if (keep != 0 && m_model->indexOfProfile(keep).isValid())
        m_sidebar->selectProfile(keep);
    else if (const QList<Profile> all = m_model->profiles(); !all.isEmpty())
        m_sidebar->selectProfile(all.first().id);
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QString& icon, const QString& name) {
        auto* action = new QAction(QIcon(icon), text, this);
        action->setObjectName(name);
        return action;
    };

    m_newProfile
        = make(tr("&New Profile…"), QStringLiteral(":/icons/add.svg"), QStringLiteral("actionNewProfile"));
    m_newProfile->setIconText(tr("New Profile"));
    m_newProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newProfile->setStatusTip(tr("Create a connection profile for a MySQL or MariaDB server"));
    connect(m_newProfile, &QAction::triggered, this, &MainWindow::newProfile);

    m_editProfile
        = make(tr("&Edit Profile…"), QStringLiteral(":/icons/edit.svg"), QStringLiteral("actionEditProfile"));
    m_editProfile->setIconText(tr("Edit"));
    m_editProfile->setShortcut(QKeySequence(Qt::Key_F2));
    m_editProfile->setStatusTip(tr("Change the selected profile"));
    connect(m_editProfile, &QAction::triggered, this, &MainWindow::editProfile);

    m_duplicateProfile = make(tr("D&uplicate Profile…"), QStringLiteral(":/icons/duplicate.svg"),
        QStringLiteral("actionDuplicateProfile"));
    m_duplicateProfile->setIconText(tr("Duplicate"));
    m_duplicateProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateProfile->setStatusTip(tr("Start a new profile from the selected one's settings"));
    connect(m_duplicateProfile, &QAction::triggered, this, &MainWindow::duplicateProfile);

    m_deleteProfile = make(
        tr("&Delete Profile"), QStringLiteral(":/icons/delete.svg"), QStringLiteral("actionDeleteProfile"));
    m_deleteProfile->setIconText(tr("Delete"));
    m_deleteProfile->setShortcut(QKeySequence::Delete);
    m_deleteProfile->setStatusTip(tr("Delete the selected profile and its stored password"));
    connect(m_deleteProfile, &QAction::triggered, this, &MainWindow::deleteProfile);

    m_testProfile = make(
        tr("&Test Connection"), QStringLiteral(":/icons/test.svg"), QStringLiteral("actionTestProfile"));
    m_testProfile->setIconText(tr("Test"));
    m_testProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testProfile->setStatusTip(tr("Connect to the selected profile's server and report what it allows"));
    connect(m_testProfile, &QAction::triggered, this, &MainWindow::testProfile);

    m_quit = make(tr("&Quit"), QStringLiteral(":/icons/quit.svg"), QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    m_quit->setStatusTip(tr("Close SyncStudio"));
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_showStatusBar = new QAction(tr("&Status Bar"), this);
    m_showStatusBar->setObjectName(QStringLiteral("actionShowStatusBar"));
    m_showStatusBar->setCheckable(true);
    m_showStatusBar->setChecked(true);
    connect(m_showStatusBar, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });

    m_about
        = make(tr("&About SyncStudio"), QStringLiteral(":/icons/about.svg"), QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_preferences = make(tr("&Preferences…"), QString(), QStringLiteral("actionPreferences"));
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setStatusTip(tr("Language, backup retention and other settings"));
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createDock()
{
    m_sidebar = new ProfilesSidebar(m_model, this);
    m_sidebar->setContextActions(
        {m_editProfile, m_duplicateProfile, m_testProfile, nullptr, m_deleteProfile, nullptr, m_newProfile});
    // Delete acts on the sidebar only, so the key never removes a profile while the user types elsewhere.
    m_deleteProfile->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sidebar->addAction(m_deleteProfile);

    m_dock = new QDockWidget(tr("Profiles"), this);
    m_dock->setObjectName(QStringLiteral("profilesDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setWidget(m_sidebar);
    m_dock->setMinimumWidth(200);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {260}, Qt::Horizontal);

    // Every job of the application, hidden until asked for (View > Jobs); a long one that ends
    // while the window is in the background is announced on the desktop.
    auto* runner = new RunnerPanel(this);
    runner->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, runner);
    runner->hide();
    new JobNotifier(this);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newComparison);
    file->addAction(m_openProject);
    m_recentMenu = file->addMenu(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(m_saveProject);
    file->addAction(m_saveProjectAs);
    file->addAction(m_closeTab);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* comparison = menuBar()->addMenu(tr("&Comparison"));
    comparison->setObjectName(QStringLiteral("comparisonMenu"));
    comparison->addAction(m_compare);
    comparison->addAction(m_previewSql);
    comparison->addSeparator();
    comparison->addAction(m_sync);
    comparison->addAction(m_verify);
    comparison->addAction(m_rollback);

    QMenu* profiles = menuBar()->addMenu(tr("&Profiles"));
    profiles->addAction(m_newProfile);
    profiles->addAction(m_editProfile);
    profiles->addAction(m_duplicateProfile);
    profiles->addAction(m_deleteProfile);
    profiles->addSeparator();
    profiles->addAction(m_testProfile);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* sidebar = m_dock->toggleViewAction();
    sidebar->setText(tr("Profiles &Sidebar"));
    sidebar->setIcon(QIcon(QStringLiteral(":/icons/sidebar.svg")));
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    sidebar->setObjectName(QStringLiteral("actionShowSidebar"));
    view->addAction(sidebar);
    QAction* jobs = findChild<RunnerPanel*>()->toggleViewAction();
    jobs->setText(tr("&Jobs"));
    jobs->setIcon(QIcon(QStringLiteral(":/icons/jobs.svg")));
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    jobs->setObjectName(QStringLiteral("actionShowJobs"));
    view->addAction(jobs);
    view->addAction(backupPointsAction());
    // The toolbar is created after the menus; its toggle is added once it exists (createToolBar).
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showStatusBar);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(backupPointsAction());
    tools->addSeparator();
    tools->addAction(m_preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Profiles Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("profilesToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_newProfile);
    m_toolBar->addAction(m_editProfile);
    m_toolBar->addAction(m_duplicateProfile);
    m_toolBar->addAction(m_deleteProfile);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_testProfile);

    m_projectToolBar = addToolBar(tr("Comparison Toolbar"));
    m_projectToolBar->setObjectName(QStringLiteral("comparisonToolBar"));
    m_projectToolBar->setMovable(false);
    m_projectToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_projectToolBar->setIconSize(QSize(20, 20));
    for (QAction* action : {m_compare, m_previewSql, m_sync, m_verify, m_rollback})
        m_projectToolBar->addAction(action);

    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* toggle = m_toolBar->toggleViewAction();
        toggle->setText(tr("&Toolbar"));
        toggle->setObjectName(QStringLiteral("actionShowToolBar"));
        view->insertAction(m_showStatusBar, toggle);
        QAction* projectToggle = m_projectToolBar->toggleViewAction();
        projectToggle->setText(tr("&Comparison Toolbar"));
        projectToggle->setObjectName(QStringLiteral("actionShowComparisonToolBar"));
        view->insertAction(m_showStatusBar, projectToggle);
    }
}

void MainWindow::createStatusBar()
{
    m_profileCount = new QLabel(this);
    m_profileCount->setObjectName(QStringLiteral("profileCountLabel"));
    m_profileCount->setContentsMargins(6, 0, 6, 0);
    m_keychainIcon = new QLabel(this);
    m_keychain = new QLabel(tr("Keychain: checking…"), this);
    m_keychain->setObjectName(QStringLiteral("keychainLabel"));
    m_keychain->setContentsMargins(0, 0, 6, 0);
    statusBar()->addPermanentWidget(m_profileCount);
    statusBar()->addPermanentWidget(m_keychainIcon);
    statusBar()->addPermanentWidget(m_keychain);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_store.value(Setting::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size, centred, that fits small laptop screens too.
        QSize size(1180, 760);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    const QByteArray state = m_store.value(Setting::MainWindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    m_showStatusBar->setChecked(!statusBar()->isHidden());
}

void MainWindow::saveWindowState()
{
    // Losing the window layout is not worth bothering the user at exit.
    (void)m_store.setValue(Setting::MainWindowGeometry, saveGeometry());
    (void)m_store.setValue(Setting::MainWindowState, saveState());
    m_splitters->save();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Each project with a running job or unsaved settings is asked about, like closing its tab.
    for (ProjectTab* tab : projectTabs()) {
        if (!tab->isBusy() && !tab->isModified())
            continue;
        m_tabs->setCurrentWidget(tab);
        if (!closeTab(m_tabs->indexOf(tab))) {
            event->ignore();
            return;
        }
    }
    // Jobs the tabs did not ask about (or that run outside a tab).
    if (!RunnerPanel::confirmQuit(this)) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateActions()
{
    const bool selected = m_sidebar->currentProfileId() != 0;
    for (QAction* action : {m_editProfile, m_duplicateProfile, m_deleteProfile, m_testProfile})
        action->setEnabled(selected);
}

void MainWindow::updateProfileCount()
{
    const int n = m_model->profileCount();
    m_profileCount->setText(n == 0 ? tr("No profiles") : tr("Profiles: %1").arg(n));
}

void MainWindow::probeKeychain()
{
    SecretStore* secrets = &m_secrets;
    Async::run(
        this, [secrets] { return ProfileTasks::probeKeychain(*secrets); },
        [this](Status status) {
            const QString icon
                = status ? QStringLiteral(":/icons/ok.svg") : QStringLiteral(":/icons/warning.svg");
            m_keychainIcon->setPixmap(QIcon(icon).pixmap(QSize(14, 14), devicePixelRatioF()));
            if (status) {
                m_keychain->setText(tr("Keychain: ready"));
                m_keychain->setToolTip(tr("Passwords are stored in the system keychain."));
            } else {
                m_keychain->setText(tr("Keychain: not reachable — passwords will be asked each time"));
                m_keychainProblem = status.error().message;
                QString tip = status.error().message;
                if (!status.error().hint.isEmpty())
                    tip += QLatin1Char('\n') + status.error().hint;
                m_keychain->setToolTip(tip);
                showKeychainNotice(tip);
            }
        });
}

void MainWindow::newProfile()
{
    auto* dialog = new ProfileDialog(m_store, m_secrets, this);
    openProfileDialog(dialog);
}

void MainWindow::editProfile()
{
    editProfileById(m_sidebar->currentProfileId());
}

void MainWindow::editProfileById(qint64 id)
{
    const std::optional<Profile> profile = m_model->profileById(id);
    if (!profile)
        return;
    auto* dialog = new ProfileDialog(m_store, m_secrets, this);
    dialog->editProfile(*profile);
    openProfileDialog(dialog);
}

void MainWindow::duplicateProfile()
{
    const std::optional<Profile> profile = m_model->profileById(m_sidebar->currentProfileId());
    if (!profile)
        return;
    auto* dialog = new ProfileDialog(m_store, m_secrets, this);
    dialog->duplicateProfile(*profile);
    openProfileDialog(dialog);
}

void MainWindow::openProfileDialog(ProfileDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_keychainProblem.isEmpty())
        dialog->setKeychainUnavailable(m_keychainProblem);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const Profile& saved) {
        reloadProfiles(saved.id);
        statusBar()->showMessage(tr("Profile “%1” saved.").arg(saved.name), StatusMessageMs);
    });
    dialog->open();
}

void MainWindow::deleteProfile()
{
    const std::optional<Profile> profile = m_model->profileById(m_sidebar->currentProfileId());
    if (!profile)
        return;

    QMessageBox box(QMessageBox::Warning, tr("Delete Profile"),
        tr("Delete the profile “%1”?").arg(profile->name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    QString detail = profile->hasPassword ? tr("Its password is removed from the system keychain as well. "
                                               "The server and its data are not touched.")
                                          : tr("The server and its data are not touched.");
    if (profile->isProduction())
        detail = tr("This is a production profile.") + QLatin1Char(' ') + detail;
    box.setInformativeText(detail);
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;

    m_deleteProfile->setEnabled(false);
    statusBar()->showMessage(tr("Deleting profile “%1”…").arg(profile->name));
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    const qint64 id = profile->id;
    const QString name = profile->name;
    Async::run(
        this, [storePath, secrets, id] { return ProfileTasks::remove(storePath, *secrets, id); },
        [this, name](Status removed) {
            if (!removed) {
                statusBar()->clearMessage();
                updateActions();
                QMessageBox::warning(this, tr("Profile Not Deleted"),
                    removed.error().message + QStringLiteral("\n\n") + removed.error().hint);
                return;
            }
            reloadProfiles();
            statusBar()->showMessage(tr("Profile “%1” deleted.").arg(name), StatusMessageMs);
        });
}

void MainWindow::testProfile()
{
    testProfileById(m_sidebar->currentProfileId());
}

void MainWindow::testProfileById(qint64 id)
{
    const std::optional<Profile> profile = m_model->profileById(id);
    if (!profile)
        return;
    auto* dialog = new ConnectionTestDialog(*profile, m_store.path(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    AboutDialog about(this);
    about.exec();
}

void MainWindow::createProjectActions()
{
    auto make = [this](const QString& text, const QString& icon, const QString& name) {
        auto* action = new QAction(QIcon(icon), text, this);
        action->setObjectName(name);
        return action;
    };

    m_newComparison = make(tr("&New Comparison"), QStringLiteral(":/icons/new-comparison.svg"),
        QStringLiteral("actionNewComparison"));
    m_newComparison->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newComparison->setStatusTip(tr("Choose a source and a target to compare"));
    connect(m_newComparison, &QAction::triggered, this, &MainWindow::newComparison);

    m_openProject = make(tr("&Open Project…"), QStringLiteral(":/icons/folder-open.svg"), QStringLiteral("actionOpenProject"));
    m_openProject->setShortcut(QKeySequence::Open);
    m_openProject->setStatusTip(tr("Open a saved sync project"));
    connect(m_openProject, &QAction::triggered, this, &MainWindow::openProjectDialog);

    m_saveProject = make(tr("&Save Project"), QStringLiteral(":/icons/save.svg"), QStringLiteral("actionSaveProject"));
    m_saveProject->setShortcut(QKeySequence::Save);
    m_saveProject->setStatusTip(tr("Save the comparison as a project file the GUI and the CLI can open"));
    connect(m_saveProject, &QAction::triggered, this, &MainWindow::saveProject);

    m_saveProjectAs = make(tr("Save Project &As…"), QStringLiteral(":/icons/save.svg"), QStringLiteral("actionSaveProjectAs"));
    m_saveProjectAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveProjectAs->setStatusTip(tr("Save the comparison under a new file name"));
    connect(m_saveProjectAs, &QAction::triggered, this, &MainWindow::saveProjectAs);

    m_closeTab = make(tr("&Close Tab"), QStringLiteral(":/icons/close.svg"), QStringLiteral("actionCloseTab"));
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeTab->setStatusTip(tr("Close the current comparison"));
    connect(m_closeTab, &QAction::triggered, this, [this] { closeTab(); });

    m_compare = make(tr("&Compare"), QStringLiteral(":/icons/compare.svg"), QStringLiteral("actionCompare"));
    m_compare->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_compare, &QAction::triggered, this, [this] {
        if (ProjectTab* tab = currentProjectTab())
            tab->compare();
    });

    m_previewSql = make(tr("&Preview SQL"), QStringLiteral(":/icons/preview-sql.svg"), QStringLiteral("actionPreviewSql"));
    m_previewSql->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_previewSql, &QAction::triggered, this, [this] {
        if (ProjectTab* tab = currentProjectTab())
            tab->previewSql();
    });

    // Enabled by the project's state; while disabled their tooltips say why.
    m_sync = make(tr("S&ync"), QStringLiteral(":/icons/sync.svg"), QStringLiteral("actionSync"));
    m_sync->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_sync, &QAction::triggered, this, [this] {
        if (ProjectTab* tab = currentProjectTab())
            tab->sync();
    });
    m_verify = make(tr("&Verify"), QStringLiteral(":/icons/verify.svg"), QStringLiteral("actionVerify"));
    m_verify->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_verify, &QAction::triggered, this, [this] {
        if (ProjectTab* tab = currentProjectTab())
            tab->verify();
    });
    m_rollback = make(tr("&Rollback"), QStringLiteral(":/icons/rollback.svg"), QStringLiteral("actionRollback"));
    m_rollback->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(m_rollback, &QAction::triggered, this, [this] {
        if (ProjectTab* tab = currentProjectTab())
            tab->rollback();
    });
}

QList<ProjectTab*> MainWindow::projectTabs() const
{
    QList<ProjectTab*> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* tab = qobject_cast<ProjectTab*>(m_tabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

ProjectTab* MainWindow::currentProjectTab() const
{
    return qobject_cast<ProjectTab*>(m_tabs->currentWidget());
}

void MainWindow::newComparison()
{
    if (m_tabs->indexOf(m_workspace) < 0) {
        const int index = m_tabs->addTab(m_workspace, QIcon(QStringLiteral(":/icons/new-comparison.svg")), tr("New Comparison"));
        m_tabs->setTabToolTip(index, tr("Choose a source and a target to compare"));
    }
    m_tabs->setCurrentWidget(m_workspace);
    updateProjectActions();
}

ProjectTab* MainWindow::openProject(const SyncProject& project, const QString& filePath, bool compare)
{
    auto* tab = new ProjectTab(project, filePath, m_model, m_store, m_secrets, m_tabs);
    connect(tab, &ProjectTab::stateChanged, this, [this, tab] {
        if (tab == currentProjectTab())
            updateProjectActions();
    });
    // A sync or schema sync that ended has taken a backup point: the list shows it at once.
    connect(tab, &ProjectTab::stateChanged, m_backupPoints, [this] {
        if (m_backupsDock->isVisible() && !m_backupPoints->isBusy())
            m_backupPoints->refreshList();
    });
    connect(tab, &ProjectTab::titleChanged, this, [this, tab] {
        updateTabTitle(tab);
        if (tab == currentProjectTab())
            updateProjectActions();
    });
    // The project takes the place of the welcome page when that is what the user looks at; the
    // page comes back with New Comparison.
    const int welcome = m_tabs->indexOf(m_workspace);
    if (welcome >= 0 && m_tabs->currentIndex() == welcome) {
        m_tabs->insertTab(welcome, tab, QString());
        m_tabs->removeTab(welcome + 1);
    } else {
        m_tabs->addTab(tab, QString());
    }
    updateTabTitle(tab);
    m_tabs->setCurrentWidget(tab);
    updateProjectActions();
    if (compare)
        tab->compare();
    return tab;
}

void MainWindow::updateTabTitle(ProjectTab* tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->title();
    m_tabs->setTabText(index, tab->isModified() ? title + QStringLiteral(" *") : title);
    QIcon icon(QStringLiteral(":/icons/compare.svg"));
    if (tab->targetIsProduction())
        icon = QIcon(QStringLiteral(":/icons/env-prod.svg"));
    m_tabs->setTabIcon(index, icon);
    QString tip = tr("%1 → %2").arg(tab->project().source, tab->project().target);
    tip += QLatin1Char('\n')
        + (tab->filePath().isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(tab->filePath()));
    m_tabs->setTabToolTip(index, tip);
}

void MainWindow::updateProjectActions()
{
    ProjectTab* tab = currentProjectTab();
    const QString noProject = tr("Open a project or start a comparison first.");
    auto apply = [&](QAction* action, const ProjectTab::ActionState& state) {
        action->setEnabled(state.enabled);
        action->setToolTip(state.reason.isEmpty() ? action->iconText() : state.reason);
        action->setStatusTip(state.reason);
    };
    const ProjectTab::ActionState none {false, noProject};
    apply(m_compare, tab ? tab->compareState() : none);
    apply(m_previewSql, tab ? tab->previewSqlState() : none);
    apply(m_sync, tab ? tab->syncState() : none);
    apply(m_verify, tab ? tab->verifyState() : none);
    apply(m_rollback, tab ? tab->rollbackState() : none);
    m_saveProject->setEnabled(tab != nullptr);
    m_saveProjectAs->setEnabled(tab != nullptr);
    // The welcome page closes only when a project is open to show instead.
    m_closeTab->setEnabled(tab != nullptr || !projectTabs().isEmpty());
    const int welcome = m_tabs->indexOf(m_workspace);
    if (welcome >= 0) {
        // No close button on the welcome page while it is all there is.
        if (QWidget* button = m_tabs->tabBar()->tabButton(welcome, QTabBar::RightSide))
            button->setVisible(!projectTabs().isEmpty());
    }
    setWindowTitle(tab ? tr("%1 — SyncStudio").arg(tab->title()) : QStringLiteral("SyncStudio"));
    setWindowModified(false);
}

void MainWindow::openProjectDialog()
{
    const QString start = [this] {
        const Result<QStringList> recent = m_store.recentProjects();
        if (recent && !recent->isEmpty())
            return QFileInfo(recent->first()).absolutePath();
        return QDir::homePath();
    }();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start, projectFilter());
    if (!path.isEmpty())
        openProjectFile(path);
}

bool MainWindow::openProjectFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (ProjectTab* tab : projectTabs()) {
        if (!tab->filePath().isEmpty() && QFileInfo(tab->filePath()) == QFileInfo(absolute)) {
            m_tabs->setCurrentWidget(tab);
            return true;
        }
    }
    Result<SyncProject> project = SyncProject::load(absolute);
    if (!project) {
        QMessageBox box(QMessageBox::Warning, tr("Project Not Opened"), project.error().message, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("projectNotOpenedBox"));
        box.setInformativeText(project.error().hint);
        QPushButton* forget = nullptr;
        if (!QFileInfo::exists(absolute))
            forget = box.addButton(tr("Remove from Recent Projects"), QMessageBox::DestructiveRole);
        box.exec();
        if (forget && box.clickedButton() == forget)
            (void)m_store.removeRecentProject(absolute);
        return false;
    }
    openProject(*project, absolute, false);
    rememberRecent(absolute);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)), StatusMessageMs);
    return true;
}

bool MainWindow::saveProject()
{
    ProjectTab* tab = currentProjectTab();
    if (!tab)
        return false;
    if (tab->filePath().isEmpty())
        return saveProjectAs();
    if (Status saved = tab->saveTo(tab->filePath()); !saved) {
        QMessageBox::warning(this, tr("Project Not Saved"), saved.error().message + QStringLiteral("\n\n") + saved.error().hint);
        return false;
    }
    rememberRecent(tab->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(tab->filePath())), StatusMessageMs);
    return true;
}

bool MainWindow::saveProjectAs()
{
    ProjectTab* tab = currentProjectTab();
    if (!tab)
        return false;
    QString suggested = tab->filePath();
    if (suggested.isEmpty()) {
        // "prod-shop to staging-shop.ssproj": the endpoints, without characters file systems refuse.
        QString name = tr("%1 to %2").arg(tab->project().source, tab->project().target);
        name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]+")), QStringLiteral("-"));
        suggested = QDir::home().filePath(name + QStringLiteral(".ssproj"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggested, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ssproj");
    if (Status saved = tab->saveTo(path); !saved) {
        QMessageBox::warning(this, tr("Project Not Saved"), saved.error().message + QStringLiteral("\n\n") + saved.error().hint);
        return false;
    }
    rememberRecent(tab->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(tab->filePath())), StatusMessageMs);
    return true;
}

bool MainWindow::closeTab(int index)
{
    if (index < 0)
        index = m_tabs->currentIndex();
    QWidget* widget = m_tabs->widget(index);
    if (!widget)
        return false;
    if (widget == m_workspace) {
        if (projectTabs().isEmpty())
            return false;
        m_tabs->removeTab(index);
        updateProjectActions();
        return true;
    }
    auto* tab = qobject_cast<ProjectTab*>(widget);
    if (!tab)
        return false;
    if (tab->isBusy()) {
        QMessageBox box(QMessageBox::Question, tr("Close Comparison"),
            tr("A %1 of “%2” is still running.").arg(tab->runningJobName(), tab->title()), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("closeBusyTabBox"));
        box.setInformativeText(tr("Closing cancels it at its next safe point: a compare writes nothing, a sync or a "
                                  "rollback stops between statements and its backup point stays."));
        QPushButton* close = box.addButton(tr("Cancel It and Close"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep Open"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != close)
            return false;
    }
    if (tab->isModified()) {
        const QMessageBox::StandardButton answer = QMessageBox::question(this, tr("Save Project"),
            tr("“%1” has settings that are not saved. Save them before closing?").arg(tab->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            m_tabs->setCurrentWidget(tab);
            if (!saveProject())
                return false;
        }
    }
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
    if (projectTabs().isEmpty())
        newComparison();
    updateProjectActions();
    return true;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const Result<QStringList> recent = m_store.recentProjects();
    if (!recent || recent->isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent projects"));
        none->setEnabled(false);
        return;
    }
    int n = 0;
    for (const QString& path : *recent) {
        ++n;
        const QString label = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openProjectFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Recent Projects"));
    clear->setObjectName(QStringLiteral("actionClearRecentProjects"));
    connect(clear, &QAction::triggered, this, [this] {
        if (const Result<QStringList> all = m_store.recentProjects()) {
            for (const QString& path : *all)
                (void)m_store.removeRecentProject(path);
        }
        fillRecentMenu();
    });
}

void MainWindow::rememberRecent(const QString& path)
{
    if (Status added = m_store.addRecentProject(path); !added)
        statusBar()->showMessage(tr("The recent projects list could not be updated: %1").arg(added.error().message), StatusMessageMs);
    fillRecentMenu();
}

void MainWindow::createBackupPoints()
{
    // A dock rather than a tab: backup points belong to no one project, they are wanted beside the
    // comparison being looked at (roll back what was just synced), the dock can float as a window
    // of its own, and QMainWindow::saveState() keeps its place, size and visibility.
    m_backupPoints = new BackupPointsView(m_store, m_secrets, this);
    m_backupsDock = new QDockWidget(tr("Backup Points"), this);
    m_backupsDock->setObjectName(QStringLiteral("backupPointsDock"));
    m_backupsDock->setWidget(m_backupPoints);
    m_backupsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_backupsDock);
    // Jobs and backup points share the bottom area as tabs, rather than halving it; asking for one
    // brings its tab to the front.
    auto* runner = findChild<RunnerPanel*>();
    tabifyDockWidget(runner, m_backupsDock);
    m_backupsDock->hide();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(runner), m_backupsDock}) {
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->raise();
        });
    }
    QAction* toggle = m_backupsDock->toggleViewAction();
    toggle->setText(tr("&Backup Points"));
    toggle->setIcon(QIcon(QStringLiteral(":/icons/rollback.svg")));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    toggle->setObjectName(QStringLiteral("actionShowBackupPoints"));
    toggle->setStatusTip(tr("The backup points every sync took, to inspect and roll back"));
    // A sync may have added one since the list was read.
    connect(m_backupsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_backupPoints->isBusy())
            m_backupPoints->reload();
    });
    connect(m_backupPoints, &BackupPointsView::rollbackFinished, this, [this](const QString& id, bool clean) {
        statusBar()->showMessage(clean ? tr("Backup point %1 rolled back and verified.").arg(id)
                                       : tr("Backup point %1 rolled back with differences; see Backup Points.").arg(id),
            StatusMessageMs);
    });
}

QAction* MainWindow::backupPointsAction() const
{
    return m_backupsDock->toggleViewAction();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_store, this);
    connect(&dialog, &PreferencesDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language applies when SyncStudio starts again."), StatusMessageMs);
    });
    if (dialog.exec() == QDialog::Accepted && m_backupPoints)
        m_backupPoints->reload(); // the retention marks follow the setting
}

void MainWindow::showKeychainNotice(const QString& problem)
{
    if (m_store.value(Setting::KeychainNoticeShown).toBool())
        return;
    (void)m_store.setValue(Setting::KeychainNoticeShown, true);
    // Not modal: the window stays usable, and the status bar keeps saying it afterwards.
    auto* box = new QMessageBox(QMessageBox::Information, tr("No Keychain Reachable"),
        tr("SyncStudio keeps passwords only in the system keychain, and none answered."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("keychainNoticeBox"));
    box->setInformativeText(tr("Until one is reachable, passwords are not saved with profiles: you are asked for "
                               "them each time you connect. Start or unlock your keyring (for example GNOME "
                               "Keyring or KWallet) and restart SyncStudio to save them."));
    box->setDetailedText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

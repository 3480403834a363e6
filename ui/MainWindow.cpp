#include "MainWindow.h"

#include "AboutDialog.h"
#include "Async.h"
#include "ComparisonWorkspace.h"
#include "ConnectionTestDialog.h"
#include "ProfileDialog.h"
#include "ProfileTasks.h"
#include "ProfilesModel.h"
#include "ProfilesSidebar.h"
#include "UiResources.h"
#include "secrets/SecretStore.h"
#include "store/AppStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace {

constexpr int StatusMessageMs = 6000;

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

    m_workspace = new ComparisonWorkspace(m_model, m_store, this);
    setCentralWidget(m_workspace);

    createActions();
    createDock();
    createMenus();
    createToolBar();
    createStatusBar();

    m_sidebar->setNewProfileAction(m_newProfile);
    m_workspace->setNewProfileAction(m_newProfile);
    connect(m_workspace, &ComparisonWorkspace::testRequested, this, &MainWindow::testProfileById);
    connect(m_sidebar, &ProfilesSidebar::currentProfileChanged, this, &MainWindow::updateActions);
    connect(m_sidebar, &ProfilesSidebar::profileActivated, this, &MainWindow::editProfileById);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateProfileCount();
    });

    restoreWindowState();
    // Start with a profile selected, so the toolbar's actions are ready to use.
    if (const QList<Profile> all = m_model->profiles(); !all.isEmpty())
        m_sidebar->selectProfile(all.first().id);
    updateActions();
    updateProfileCount();
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
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quit);

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
    // The toolbar is created after the menus; its toggle is added once it exists (createToolBar).
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showStatusBar);

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

    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* toggle = m_toolBar->toggleViewAction();
        toggle->setText(tr("&Toolbar"));
        toggle->setObjectName(QStringLiteral("actionShowToolBar"));
        view->insertAction(m_showStatusBar, toggle);
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
}

void MainWindow::closeEvent(QCloseEvent* event)
{
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

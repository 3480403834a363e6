#pragma once

#include <QMainWindow>

class AppStore;
class BackupPointsView;
class ComparisonWorkspace;
class ProfilesModel;
class ProfilesSidebar;
class ProjectTab;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class SecretStore;
class SplitterMemory;
struct Profile;
struct SyncProject;

/// The SyncStudio main window: the profiles sidebar, one tab per open sync project (and the
/// welcome page, where a new comparison is set up, when none is open or one is being started),
/// the profile, project and comparison actions in menus and toolbars, and a status bar with the
/// profile count and whether the keychain answers.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `store` and `secrets` must outlive the window; background work uses `secrets` from worker
    /// threads and a store of its own on `store.path()`.
    MainWindow(AppStore& store, SecretStore& secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProfilesModel* profilesModel() const { return m_model; }
    ProfilesSidebar* sidebar() const { return m_sidebar; }
    ComparisonWorkspace* workspace() const { return m_workspace; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The open projects, in tab order.
    QList<ProjectTab*> projectTabs() const;
    /// The project of the current tab, or nullptr when the welcome page is current.
    ProjectTab* currentProjectTab() const;
    QAction* newProfileAction() const { return m_newProfile; }
    QAction* editProfileAction() const { return m_editProfile; }
    QAction* duplicateProfileAction() const { return m_duplicateProfile; }
    QAction* deleteProfileAction() const { return m_deleteProfile; }
    QAction* testProfileAction() const { return m_testProfile; }
    QAction* newComparisonAction() const { return m_newComparison; }
    QAction* openProjectAction() const { return m_openProject; }
    QAction* saveProjectAction() const { return m_saveProject; }
    QAction* saveProjectAsAction() const { return m_saveProjectAs; }
    QAction* closeTabAction() const { return m_closeTab; }
    QAction* compareAction() const { return m_compare; }
    QAction* previewSqlAction() const { return m_previewSql; }
    QAction* syncAction() const { return m_sync; }
    QAction* verifyAction() const { return m_verify; }
    QAction* rollbackAction() const { return m_rollback; }
    QMenu* recentProjectsMenu() const { return m_recentMenu; }
    BackupPointsView* backupPointsView() const { return m_backupPoints; }
    QDockWidget* backupPointsDock() const { return m_backupsDock; }
    /// View ▸ Backup Points: shows or hides the backup points dock.
    QAction* backupPointsAction() const;
    QAction* preferencesAction() const { return m_preferences; }
    /// The text of the keychain indicator in the status bar.
    QString keychainStatus() const;

    /// Re-reads the profiles and keeps the selection on `selectId` when given.
    void reloadProfiles(qint64 selectId = 0);

public slots:
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void testProfile();
    void testProfileById(qint64 id);
    void showAbout();
    void showPreferences();

    /// Shows the welcome page, where the next comparison is set up.
    void newComparison();
    /// Opens a tab for `project` (not yet saved when `filePath` is empty) and, when `compare`,
    /// starts its compare. Returns the tab.
    ProjectTab* openProject(const SyncProject& project, const QString& filePath = {}, bool compare = false);
    /// Asks for a project file and opens it.
    void openProjectDialog();
    /// Opens the project file (or selects its tab when it is open already); false when it could
    /// not be read, which is reported.
    bool openProjectFile(const QString& path);
    /// Saves the current project to its file, asking for one when it has none.
    bool saveProject();
    bool saveProjectAs();
    /// Closes the tab at `index` (the current one by default), asking first when it holds unsaved
    /// settings or a running job. False when the user kept it.
    bool closeTab(int index = -1);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDock();
    void createStatusBar();
    void createBackupPoints();
    /// Once, when the keychain does not answer at start: why passwords will be asked each time.
    void showKeychainNotice(const QString& problem);
    void createProjectActions();
    void updateProjectActions();
    void updateTabTitle(ProjectTab* tab);
    void fillRecentMenu();
    /// Records the file as recently opened (a failure is not worth a dialog).
    void rememberRecent(const QString& path);
    void restoreWindowState();
    void saveWindowState();
    void updateActions();
    void updateProfileCount();
    void probeKeychain();
    void editProfileById(qint64 id);
    /// Opens the profile dialog (already set up for new, edit or duplicate) and reloads on save.
    void openProfileDialog(class ProfileDialog* dialog);

    AppStore& m_store;
    SecretStore& m_secrets;
    ProfilesModel* m_model;
    ProfilesSidebar* m_sidebar = nullptr;
    ComparisonWorkspace* m_workspace = nullptr;
    QTabWidget* m_tabs = nullptr;
    QDockWidget* m_dock = nullptr;
    QToolBar* m_toolBar = nullptr;
    QToolBar* m_projectToolBar = nullptr;
    QLabel* m_profileCount = nullptr;
    QLabel* m_keychainIcon = nullptr;
    QLabel* m_keychain = nullptr;
    /// Why the keychain did not answer the probe at start; empty while it did (or is still asked).
    QString m_keychainProblem;

    QAction* m_newProfile = nullptr;
    QAction* m_editProfile = nullptr;
    QAction* m_duplicateProfile = nullptr;
    QAction* m_deleteProfile = nullptr;
    QAction* m_testProfile = nullptr;
    QAction* m_newComparison = nullptr;
    QAction* m_openProject = nullptr;
    QAction* m_saveProject = nullptr;
    QAction* m_saveProjectAs = nullptr;
    QAction* m_closeTab = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_previewSql = nullptr;
    QAction* m_sync = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_rollback = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_showStatusBar = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QAction* m_preferences = nullptr;
    QDockWidget* m_backupsDock = nullptr;
    BackupPointsView* m_backupPoints = nullptr;
    SplitterMemory* m_splitters = nullptr;
};

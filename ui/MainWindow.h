#pragma once

#include <QMainWindow>

class AppStore;
class ComparisonWorkspace;
class ProfilesModel;
class ProfilesSidebar;
class QAction;
class QDockWidget;
class QLabel;
class QToolBar;
class SecretStore;
struct Profile;

/// The SyncStudio main window: the profiles sidebar, the comparison workspace in the middle, the
/// profile actions in menus and the toolbar, and a status bar with the profile count and whether
/// the keychain answers.
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
    QAction* newProfileAction() const { return m_newProfile; }
    QAction* editProfileAction() const { return m_editProfile; }
    QAction* duplicateProfileAction() const { return m_duplicateProfile; }
    QAction* deleteProfileAction() const { return m_deleteProfile; }
    QAction* testProfileAction() const { return m_testProfile; }
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDock();
    void createStatusBar();
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
    QDockWidget* m_dock = nullptr;
    QToolBar* m_toolBar = nullptr;
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
    QAction* m_quit = nullptr;
    QAction* m_showStatusBar = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
};

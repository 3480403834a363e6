#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class AppStore;
class ProfilesModel;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class SecretStore;
struct Profile;
struct SyncProject;

/// The welcome page where a comparison is set up: the choice of the source and the target profile,
/// each with its connection details, a database chooser when the profile names no database (the
/// server's databases are listed in the background) and a test, warnings about pairs that deserve
/// a second look (a production target, the same database twice), and Compare, which hands the
/// pair on as a new sync project. The chosen pair is remembered across sessions.
class ComparisonWorkspace : public QWidget
{
    Q_OBJECT

public:
    /// `secrets` must outlive the workspace: listing databases reads passwords on worker threads.
    ComparisonWorkspace(ProfilesModel* model, AppStore& store, SecretStore& secrets, QWidget* parent = nullptr);

    /// The chosen profiles' ids, 0 when none.
    qint64 sourceProfileId() const;
    qint64 targetProfileId() const;
    void setSourceProfile(qint64 id);
    void setTargetProfile(qint64 id);

    /// The database compared on each side: the profile's default, else the one chosen; empty when
    /// neither.
    QString sourceDatabase() const;
    QString targetDatabase() const;
    /// Chooses the database of a side whose profile names none (the name need not be listed yet).
    void setSourceDatabase(const QString& name);
    void setTargetDatabase(const QString& name);
    /// Whether Compare can start, and when not, why (the hint under the button).
    bool canCompare() const;
    QString compareHint() const;
    /// The sync project Compare would start.
    SyncProject project() const;

    /// The action the empty state's button triggers (New Profile).
    void setNewProfileAction(QAction* action);
    /// The action the setup page's Open Project button triggers.
    void setOpenProjectAction(QAction* action);

public slots:
    /// Starts the comparison of the chosen pair (compareRequested), when it can.
    void compare();

signals:
    /// The user asked to test a chosen profile.
    void testRequested(qint64 profileId);
    /// The user asked to compare the chosen pair.
    void compareRequested(const SyncProject& project);

private:
    struct Side
    {
        QComboBox* combo = nullptr;
        QLabel* server = nullptr;
        QLabel* database = nullptr;
        QWidget* databaseChooser = nullptr; ///< shown instead of `database` when the profile has none
        QComboBox* databaseCombo = nullptr;
        QToolButton* reloadDatabases = nullptr;
        QLabel* databaseStatus = nullptr;
        QLabel* tls = nullptr;
        QLabel* environment = nullptr;
        QPushButton* test = nullptr;
        qint64 listedProfile = 0; ///< whose databases the chooser holds (or is loading)
        int generation = 0;       ///< tags each listing, so a late answer for another profile is dropped
    };

    QWidget* buildSetupPage();
    QWidget* buildEmptyPage();
    QWidget* buildSide(Side& side, const QString& title, const QString& iconPath, const QString& objectName);
    void repopulate();
    void fillCombo(QComboBox* combo, qint64 keepId);
    void updateSide(Side& side);
    void updateWarnings();
    void updateCompare();
    void remember();
    QString databaseOf(const Side& side) const;
    /// Lists the databases of the side's profile in the background (again when `reload`).
    void listDatabases(Side& side, bool reload);

    ProfilesModel* m_model;
    AppStore& m_store;
    SecretStore& m_secrets;
    QStackedWidget* m_pages;
    QWidget* m_setupPage = nullptr;
    QWidget* m_emptyPage = nullptr;
    Side m_source;
    Side m_target;
    QLabel* m_warning = nullptr;
    QWidget* m_warningRow = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_openProject = nullptr;
    QLabel* m_compareHint = nullptr;
    QAction* m_newProfile = nullptr;
    QAction* m_openProjectAction = nullptr;
    /// Databases listed per profile id, so switching back and forth costs no round trip.
    QHash<qint64, QStringList> m_databases;
    bool m_populating = false;
};

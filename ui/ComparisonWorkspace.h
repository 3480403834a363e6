#pragma once

#include <QWidget>

class AppStore;
class ProfilesModel;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
struct Profile;

/// The central area where a comparison is set up and, later, its results are reviewed. It starts
/// with the choice of the source and the target profile, each with its connection details and a
/// test, and warns about pairs that deserve a second look (a production target, the same server
/// twice). The chosen pair is remembered across sessions.
class ComparisonWorkspace : public QWidget
{
    Q_OBJECT

public:
    ComparisonWorkspace(ProfilesModel* model, AppStore& store, QWidget* parent = nullptr);

    /// The chosen profiles' ids, 0 when none.
    qint64 sourceProfileId() const;
    qint64 targetProfileId() const;
    void setSourceProfile(qint64 id);
    void setTargetProfile(qint64 id);

    /// The action the empty state's button triggers (New Profile).
    void setNewProfileAction(QAction* action);

signals:
    /// The user asked to test a chosen profile.
    void testRequested(qint64 profileId);

private:
    struct Side
    {
        QComboBox* combo = nullptr;
        QLabel* server = nullptr;
        QLabel* database = nullptr;
        QLabel* tls = nullptr;
        QLabel* environment = nullptr;
        QPushButton* test = nullptr;
    };

    QWidget* buildSetupPage();
    QWidget* buildEmptyPage();
    QWidget* buildSide(Side& side, const QString& title, const QString& iconPath, const QString& objectName);
    void repopulate();
    void fillCombo(QComboBox* combo, qint64 keepId);
    void updateSide(Side& side);
    void updateWarnings();
    void remember();

    ProfilesModel* m_model;
    AppStore& m_store;
    QStackedWidget* m_pages;
    QWidget* m_setupPage = nullptr;
    QWidget* m_emptyPage = nullptr;
    Side m_source;
    Side m_target;
    QLabel* m_warning = nullptr;
    QWidget* m_warningRow = nullptr;
    QAction* m_newProfile = nullptr;
    bool m_populating = false;
};

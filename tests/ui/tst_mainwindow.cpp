// MainWindow: the user journeys through the real window, its actions and its modal dialogs.
#include "ComparisonWorkspace.h"
#include "ConnectionTestDialog.h"
#include "ConnectionTestPanel.h"
#include "FilePathEdit.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfilesModel.h"
#include "ProfilesSidebar.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithProfilesGroupedAndProductionRed();
    void startsEmptyWithAnInvitation();
    void reportsKeychainState_data();
    void reportsKeychainState();
    void menusHoldOnlyWorkingActions();
    void createsProfileThroughNewProfileAction();
    void deletesProfileAndItsPassword();
    void cancelledDeleteKeepsProfile();
    void deleteKeyInSidebarAsksFirst();
    void testsSelectedProfileInBackground();
    void asksForPasswordWhenKeychainIsUnreachable();
    void workspaceOffersStoredProfiles();
    void remembersWindowLayout();

private:
    Profile addProfile(const QString& name, const QString& tag, const QString& password = {});
    std::unique_ptr<MainWindow> openWindow();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TstMainWindow::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SYNCSTUDIO_HOME", m_home->path().toUtf8());
    qunsetenv("SYNCSTUDIO_PASSWORD");
    Result<std::unique_ptr<AppStore>> store = AppStore::open();
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    QVERIFY(store.value()->path().startsWith(m_home->path()));
    m_store = std::move(store.value());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TstMainWindow::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_secrets.reset();
    m_store.reset();
    m_home.reset();
}

Profile TstMainWindow::addProfile(const QString& name, const QString& tag, const QString& password)
{
    Profile p;
    p.name = name;
    p.tag = tag;
    p.user = QStringLiteral("dba");
    ProfileService service(*m_store, *m_secrets);
    const Status saved = service.saveProfileWithPassword(
        p, password.isEmpty() ? std::nullopt : std::optional<QString>(password));
    if (!saved)
        qWarning("could not store the profile: %s", qPrintable(saved.error().toString()));
    return p;
}

std::unique_ptr<MainWindow> TstMainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store, *m_secrets);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("main window not exposed");
    return window;
}

void TstMainWindow::startsWithProfilesGroupedAndProductionRed()
{
    addProfile(QStringLiteral("laptop"), QStringLiteral("dev"));
    addProfile(QStringLiteral("shop-prod"), QStringLiteral("prod"));
    addProfile(QStringLiteral("replica"), QString());
    addProfile(QStringLiteral("shop-staging"), QStringLiteral("staging"));
    addProfile(QStringLiteral("billing-prod"), QStringLiteral("prod"));

    const auto window = openWindow();
    QTreeView* view = window->sidebar()->view();
    QVERIFY(view->isVisible());
    QAbstractItemModel* model = view->model();
    QCOMPARE(model, static_cast<QAbstractItemModel*>(window->profilesModel()));

    QStringList groups;
    for (int g = 0; g < model->rowCount(); ++g)
        groups << model->index(g, 0).data().toString();
    QCOMPARE(groups,
        (QStringList {QStringLiteral("Production"), QStringLiteral("Staging"), QStringLiteral("Development"),
            QStringLiteral("Other")}));

    const QModelIndex production = model->index(0, 0);
    QCOMPARE(model->rowCount(production), 2);
    QCOMPARE(production.data(Qt::ForegroundRole).value<QBrush>().color(), ProfilesModel::productionColor());
    for (int r = 0; r < model->rowCount(production); ++r) {
        const QModelIndex profile = model->index(r, 0, production);
        QCOMPARE(profile.data(Qt::ForegroundRole).value<QBrush>().color(), ProfilesModel::productionColor());
        QVERIFY(view->isExpanded(production));
    }
    for (int g = 1; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QVERIFY(!group.data(Qt::ForegroundRole).isValid());
        QVERIFY(!model->index(0, 0, group).data(Qt::ForegroundRole).isValid());
    }

    // The first profile is selected, so the profile actions are ready; the status bar counts.
    QCOMPARE(window->sidebar()->currentProfileId(),
        model->index(0, 0, production).data(ProfilesModel::ProfileIdRole).toLongLong());
    QVERIFY(window->editProfileAction()->isEnabled());
    QVERIFY(window->deleteProfileAction()->isEnabled());
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("profileCountLabel"))->text(),
        QStringLiteral("Profiles: 5"));

    // Clicking a group heading leaves no profile to act on; clicking a profile selects it.
    const QModelIndex staging = model->index(1, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(staging).center());
    QCOMPARE(window->sidebar()->currentProfileId(), 0);
    QVERIFY(!window->editProfileAction()->isEnabled());
    const QModelIndex stagingProfile = model->index(0, 0, staging);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(stagingProfile).center());
    QCOMPARE(window->sidebar()->currentProfileId(),
        stagingProfile.data(ProfilesModel::ProfileIdRole).toLongLong());
    QVERIFY(window->editProfileAction()->isEnabled());
    QVERIFY(window->testProfileAction()->isEnabled());
}

void TstMainWindow::startsEmptyWithAnInvitation()
{
    const auto window = openWindow();
    QCOMPARE(window->profilesModel()->rowCount(), 0);
    QVERIFY(!window->sidebar()->view()->isVisible());
    auto* sidebarButton = window->findChild<QPushButton*>(QStringLiteral("emptyNewProfileButton"));
    auto* workspaceButton = window->findChild<QPushButton*>(QStringLiteral("workspaceNewProfileButton"));
    QVERIFY(sidebarButton && sidebarButton->isVisible());
    QVERIFY(workspaceButton && workspaceButton->isVisible());
    QVERIFY(!window->editProfileAction()->isEnabled());
    QVERIFY(!window->testProfileAction()->isEnabled());

    // The invitation really opens the profile dialog.
    QTest::mouseClick(workspaceButton, Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<ProfileDialog*>(QApplication::activeModalWidget()));
    QApplication::activeModalWidget()->close();
}

void TstMainWindow::reportsKeychainState_data()
{
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("status");
    QTest::newRow("keychain answers") << true << QStringLiteral("Keychain: ready");
    QTest::newRow("no keychain") << false
                                 << QStringLiteral(
                                        "Keychain: not reachable — passwords will be asked each time");
}

void TstMainWindow::reportsKeychainState()
{
    QFETCH(bool, reachable);
    QFETCH(QString, status);
    m_secrets->setReachable(reachable);
    const auto window = openWindow();
    QTRY_COMPARE(window->keychainStatus(), status);
    auto* label = window->findChild<QLabel*>(QStringLiteral("keychainLabel"));
    QVERIFY(!label->toolTip().isEmpty());
    if (!reachable)
        QVERIFY(label->toolTip().contains(QStringLiteral("No keychain answered")));
    // The first start without a keychain says so once, without blocking the window.
    auto* notice = window->findChild<QMessageBox*>(QStringLiteral("keychainNoticeBox"));
    QCOMPARE(notice != nullptr, !reachable);
    if (notice) {
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->isModal());
        QVERIFY(m_store->value(Setting::KeychainNoticeShown).toBool());
        notice->close();
    }

    // The profile dialog knows: without a keychain it does not offer to save the password.
    window->newProfileAction()->trigger();
    auto* dialog = qobject_cast<ProfileDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QCheckBox*>(QStringLiteral("savePasswordCheck"))->isEnabled(), reachable);
    dialog->close();
}

void TstMainWindow::menusHoldOnlyWorkingActions()
{
    addProfile(QStringLiteral("shop"), QString());
    const auto window = openWindow();
    QStringList menus;
    QStringList entries;
    QStringList disabled;
    for (QAction* menu : window->menuBar()->actions()) {
        menus << menu->text();
        QVERIFY(menu->menu());
        for (QAction* action : menu->menu()->actions()) {
            if (action->isSeparator())
                continue;
            entries << (action->menu() ? action->menu()->objectName() : action->objectName());
            if (!action->isEnabled())
                disabled << action->objectName();
        }
    }
    QCOMPARE(menus,
        (QStringList {QStringLiteral("&File"), QStringLiteral("&Comparison"), QStringLiteral("&Profiles"),
            QStringLiteral("&View"), QStringLiteral("&Tools"), QStringLiteral("&Help")}));
    QCOMPARE(entries,
        (QStringList {QStringLiteral("actionNewComparison"), QStringLiteral("actionOpenProject"),
            QStringLiteral("recentProjectsMenu"), QStringLiteral("actionSaveProject"),
            QStringLiteral("actionSaveProjectAs"), QStringLiteral("actionCloseTab"), QStringLiteral("actionQuit"),
            QStringLiteral("actionCompare"), QStringLiteral("actionPreviewSql"), QStringLiteral("actionSync"),
            QStringLiteral("actionVerify"), QStringLiteral("actionRollback"), QStringLiteral("actionNewProfile"),
            QStringLiteral("actionEditProfile"), QStringLiteral("actionDuplicateProfile"),
            QStringLiteral("actionDeleteProfile"), QStringLiteral("actionTestProfile"),
            QStringLiteral("actionShowSidebar"), QStringLiteral("actionShowJobs"),
            QStringLiteral("actionShowBackupPoints"), QStringLiteral("actionShowToolBar"), QStringLiteral("actionShowComparisonToolBar"),
            QStringLiteral("actionShowStatusBar"), QStringLiteral("actionShowBackupPoints"),
            QStringLiteral("actionPreferences"), QStringLiteral("actionAbout"), QStringLiteral("actionAboutQt")}));
    // With no project open, only what needs one is disabled; no placeholders for later features.
    QCOMPARE(disabled,
        (QStringList {QStringLiteral("actionSaveProject"), QStringLiteral("actionSaveProjectAs"),
            QStringLiteral("actionCloseTab"), QStringLiteral("actionCompare"), QStringLiteral("actionPreviewSql"),
            QStringLiteral("actionSync"), QStringLiteral("actionVerify"), QStringLiteral("actionRollback")}));
    // A disabled comparison action says why.
    for (QAction* action : {window->compareAction(), window->previewSqlAction(), window->syncAction(),
             window->verifyAction(), window->rollbackAction()}) {
        QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->iconText(), qPrintable(action->objectName()));
    }
    QCOMPARE(window->compareAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(window->openProjectAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(window->saveProjectAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(window->closeTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
    QCOMPARE(window->newProfileAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(window->editProfileAction()->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(window->deleteProfileAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(window->testProfileAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));

    // View > Profiles Sidebar hides and shows the dock.
    auto* toggle = window->findChild<QAction*>(QStringLiteral("actionShowSidebar"));
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("profilesDock"));
    QVERIFY(toggle && dock);
    toggle->trigger();
    QVERIFY(!dock->isVisible());
    toggle->trigger();
    QVERIFY(dock->isVisible());
}

void TstMainWindow::createsProfileThroughNewProfileAction()
{
    addProfile(QStringLiteral("shop-staging"), QStringLiteral("staging"));
    const auto window = openWindow();

    auto filled = std::make_shared<bool>(false); // outlives this function if the dialog never shows
    QTimer::singleShot(0, this, [=] {
        auto* dialog = qobject_cast<ProfileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QTest::keyClicks(name, QStringLiteral("shop-prod"));
        auto* tag = dialog->findChild<QComboBox*>(QStringLiteral("tagCombo"));
        tag->setCurrentIndex(tag->findData(QStringLiteral("prod")));
        auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"));
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("db1.example.com"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("dba"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("pw"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        *filled = true;
    });
    window->newProfileAction()->trigger();
    QTRY_VERIFY(*filled);

    // The new profile shows up in the Production group, selected, and its password is in the keychain.
    ProfilesModel* model = window->profilesModel();
    QTRY_COMPARE(model->profileCount(), 2);
    const Result<Profile> stored = m_store->profileByName(QStringLiteral("shop-prod"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->host, QStringLiteral("db1.example.com"));
    QVERIFY(m_secrets->contains(stored->secretKey()));
    const QModelIndex index = model->indexOfProfile(stored->id);
    QCOMPARE(index.parent().data().toString(), QStringLiteral("Production"));
    QCOMPARE(index.data(Qt::ForegroundRole).value<QBrush>().color(), ProfilesModel::productionColor());
    QTRY_COMPARE(window->sidebar()->currentProfileId(), stored->id);
    QTRY_VERIFY(!QApplication::activeModalWidget()); // the dialog closed itself
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("profileCountLabel"))->text(),
        QStringLiteral("Profiles: 2"));
}

void TstMainWindow::deletesProfileAndItsPassword()
{
    const Profile doomed
        = addProfile(QStringLiteral("old-prod"), QStringLiteral("prod"), QStringLiteral("pw"));
    const Profile kept = addProfile(QStringLiteral("shop-dev"), QStringLiteral("dev"));
    QVERIFY(m_secrets->contains(doomed.secretKey()));
    const auto window = openWindow();
    window->sidebar()->selectProfile(doomed.id);
    QCOMPARE(window->sidebar()->currentProfileId(), doomed.id);

    auto confirmed = std::make_shared<bool>(false); // outlives this function if the dialog never shows
    QTimer::singleShot(0, this, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("old-prod")));
        QVERIFY(box->informativeText().contains(QStringLiteral("keychain")));
        QTest::mouseClick(
            box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
        *confirmed = true;
    });
    window->deleteProfileAction()->trigger();
    QVERIFY(*confirmed);

    QTRY_COMPARE(window->profilesModel()->profileCount(), 1);
    QVERIFY(!m_store->profile(doomed.id).ok());
    QVERIFY(!m_secrets->contains(doomed.secretKey()));
    QVERIFY(m_store->profile(kept.id).ok());
    QCOMPARE(window->profilesModel()->index(0, 0).data().toString(), QStringLiteral("Development"));
    // The remaining profile is selected, ready for the next action.
    QCOMPARE(window->sidebar()->currentProfileId(), kept.id);
    QVERIFY(window->deleteProfileAction()->isEnabled());
}

void TstMainWindow::cancelledDeleteKeepsProfile()
{
    const Profile p = addProfile(QStringLiteral("shop-prod"), QStringLiteral("prod"), QStringLiteral("pw"));
    const auto window = openWindow();
    window->sidebar()->selectProfile(p.id);

    auto cancelled = std::make_shared<bool>(false); // outlives this function if the dialog never shows
    QTimer::singleShot(0, this, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        // Cancel is the default: Enter does not delete.
        QTest::keyClick(box, Qt::Key_Return);
        *cancelled = true;
    });
    window->deleteProfileAction()->trigger();
    QVERIFY(*cancelled);
    QTest::qWait(100);
    QVERIFY(m_store->profile(p.id).ok());
    QVERIFY(m_secrets->contains(p.secretKey()));
    QCOMPARE(window->profilesModel()->profileCount(), 1);
}

void TstMainWindow::deleteKeyInSidebarAsksFirst()
{
    const Profile p = addProfile(QStringLiteral("shop-dev"), QStringLiteral("dev"));
    const auto window = openWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->sidebar()->selectProfile(p.id);
    QTreeView* view = window->sidebar()->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    // Shared, not a reference: if the key did nothing, the timer fires after this function returned.
    auto asked = std::make_shared<QString>();
    QTimer::singleShot(0, this, [asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *asked = box->text();
            box->reject();
        }
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY2(asked->contains(QStringLiteral("shop-dev")), qPrintable(*asked));
    QVERIFY(m_store->profile(p.id).ok());
}

void TstMainWindow::testsSelectedProfileInBackground()
{
    Profile p = addProfile(QStringLiteral("nowhere"), QStringLiteral("dev"));
    p.port = 1; // nothing listens there: refused at once
    QVERIFY(m_store->saveProfile(p).ok());
    const auto window = openWindow();
    window->sidebar()->selectProfile(p.id);

    window->testProfileAction()->trigger();
    auto* dialog = window->findChild<ConnectionTestDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isTesting()); // the action returned while the probe runs
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 20000);
    QCOMPARE(dialog->panel()->headline(), QStringLiteral("The connection failed"));
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->isVisible());
    dialog->close();
}

void TstMainWindow::asksForPasswordWhenKeychainIsUnreachable()
{
    Profile p = addProfile(QStringLiteral("nowhere"), QStringLiteral("dev"), QStringLiteral("pw"));
    p.port = 1;
    QVERIFY(m_store->saveProfile(p).ok());
    m_secrets->setReachable(false);
    const auto window = openWindow();
    window->sidebar()->selectProfile(p.id);

    window->testProfileAction()->trigger();
    auto* dialog = window->findChild<ConnectionTestDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 20000);
    // The keychain could not give the password: the dialog asks for it instead of giving up.
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QVERIFY(password->isVisible());
    QTest::keyClicks(password, QStringLiteral("typed"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testAgainButton")), Qt::LeftButton);
    QVERIFY(dialog->isTesting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 20000);
    // Now the server itself answered (refused), not the keychain.
    QCOMPARE(dialog->panel()->headline(), QStringLiteral("The connection failed"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("connectionTestMessage"))
                 ->text()
                 .contains(QStringLiteral("keychain")));
    dialog->close();
}

void TstMainWindow::workspaceOffersStoredProfiles()
{
    const Profile prod = addProfile(QStringLiteral("shop-prod"), QStringLiteral("prod"));
    Profile staging = addProfile(QStringLiteral("shop-staging"), QStringLiteral("staging"));
    staging.host = QStringLiteral("127.0.0.2"); // refuses at once: the database chooser lists in the background
    QVERIFY(m_store->saveProfile(staging).ok());
    const auto window = openWindow();
    ComparisonWorkspace* workspace = window->workspace();
    auto* source = workspace->findChild<QComboBox*>(QStringLiteral("sourceCombo"));
    auto* target = workspace->findChild<QComboBox*>(QStringLiteral("targetCombo"));
    QVERIFY(source && target);
    QVERIFY(source->isVisible());
    QCOMPARE(source->findData(prod.id) >= 0, true);
    QCOMPARE(target->findData(staging.id) >= 0, true);
    // A first start proposes production -> staging rather than two production servers.
    QCOMPARE(workspace->sourceProfileId(), prod.id);
    QCOMPARE(workspace->targetProfileId(), staging.id);
    auto* warning = workspace->findChild<QLabel*>(QStringLiteral("pairWarning"));
    QVERIFY(!warning->isVisible());

    // A production target is pointed out, and the pair is remembered.
    workspace->setSourceProfile(staging.id);
    workspace->setTargetProfile(prod.id);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("production")));
    QVERIFY(!warning->text().contains(QStringLiteral("same")));
    QCOMPARE(m_store->value(Setting::LastSourceProfile).toLongLong(), staging.id);
    QCOMPARE(m_store->value(Setting::LastTargetProfile).toLongLong(), prod.id);

    // The same profile on both sides is pointed out too.
    workspace->setTargetProfile(staging.id);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("same profile")));
}

void TstMainWindow::remembersWindowLayout()
{
    addProfile(QStringLiteral("shop"), QString());
    {
        const auto window = openWindow();
        window->resize(900, 600);
        window->findChild<QAction*>(QStringLiteral("actionShowSidebar"))->trigger();
        QVERIFY(window->close());
    }
    QVERIFY(!m_store->value(Setting::MainWindowGeometry).toByteArray().isEmpty());
    QVERIFY(!m_store->value(Setting::MainWindowState).toByteArray().isEmpty());

    const auto again = openWindow();
    QCOMPARE(again->size(), QSize(900, 600));
    QVERIFY(!again->findChild<QDockWidget*>(QStringLiteral("profilesDock"))->isVisible());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

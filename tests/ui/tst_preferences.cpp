// Preferences: every value round-trips through the AppStore's settings table, the language choice
// is what the next start installs (SYNCSTUDIO_LANG still wins), and the main window reaches the
// dialog through Tools ▸ Preferences (Ctrl+,).
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TstPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsStoredValues();
    void savesEveryValue_data();
    void savesEveryValue();
    void cancelKeepsStoredValues();
    void languageIsAppliedAtStart_data();
    void languageIsAppliedAtStart();
    void mainWindowOpensPreferences();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppStore> m_store;
};

void TstPreferences::init()
{
    qunsetenv("SYNCSTUDIO_LANG");
    m_home = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<AppStore>> store
        = AppStore::open(m_home->filePath(QStringLiteral("syncstudio.db")));
    QVERIFY(store);
    m_store = std::move(*store);
}

void TstPreferences::cleanup()
{
    m_store.reset();
    m_home.reset();
    Translations::install(QStringLiteral("en"));
}

void TstPreferences::showsStoredValues()
{
    QVERIFY(m_store->setValue(Setting::Language, QStringLiteral("zh_CN")).ok());
    QVERIFY(m_store->setValue(Setting::BackupRetentionDays, 45).ok());
    QVERIFY(m_store->setValue(Setting::MaxRecentProjects, 7).ok());
    PreferencesDialog dialog(*m_store);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("简体中文"));
    QCOMPARE(dialog.retentionBox()->value(), 45);
    QCOMPARE(dialog.recentBox()->value(), 7);
    // Unset: the system's language, the defaults.
    QVERIFY(m_store->resetValue(Setting::Language).ok());
    QVERIFY(m_store->resetValue(Setting::BackupRetentionDays).ok());
    PreferencesDialog fresh(*m_store);
    QCOMPARE(fresh.languageBox()->currentIndex(), 0);
    QCOMPARE(fresh.languageBox()->currentData().toString(), QString());
    QCOMPARE(fresh.retentionBox()->value(), settingDefault(Setting::BackupRetentionDays).toInt());
}

void TstPreferences::savesEveryValue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("retention");
    QTest::addColumn<int>("recent");
    QTest::newRow("chinese, a week") << QStringLiteral("zh_CN") << 7 << 3;
    QTest::newRow("english, keep forever") << QStringLiteral("en") << 0 << 10;
    QTest::newRow("system, a year, no recent list") << QString() << 365 << 0;
}

void TstPreferences::savesEveryValue()
{
    QFETCH(QString, language);
    QFETCH(int, retention);
    QFETCH(int, recent);
    PreferencesDialog dialog(*m_store);
    QSignalSpy changed(&dialog, &PreferencesDialog::languageChanged);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(language));
    dialog.retentionBox()->setValue(retention);
    dialog.recentBox()->setValue(recent);
    if (!language.isEmpty())
        QVERIFY(dialog.languageNote().contains(QStringLiteral("starts again")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.size(), language.isEmpty() ? 0 : 1);

    // Read back through a store of its own, as the next start does.
    Result<std::unique_ptr<AppStore>> again = AppStore::open(m_store->path());
    QVERIFY(again);
    QCOMPARE((*again)->value(Setting::Language).toString(), language);
    QCOMPARE((*again)->value(Setting::BackupRetentionDays).toInt(), retention);
    QCOMPARE((*again)->value(Setting::MaxRecentProjects).toInt(), recent);
    PreferencesDialog reopened(**again);
    QCOMPARE(reopened.languageBox()->currentData().toString(), language);
    QCOMPARE(reopened.retentionBox()->value(), retention);
    QCOMPARE(reopened.recentBox()->value(), recent);
}

void TstPreferences::cancelKeepsStoredValues()
{
    PreferencesDialog dialog(*m_store);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
    dialog.retentionBox()->setValue(2);
    dialog.reject();
    QCOMPARE(m_store->value(Setting::Language).toString(), QString());
    QCOMPARE(m_store->value(Setting::BackupRetentionDays).toInt(),
        settingDefault(Setting::BackupRetentionDays).toInt());
}

void TstPreferences::languageIsAppliedAtStart_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chosen chinese") << QStringLiteral("zh_CN") << QString() << QStringLiteral("zh_CN");
    QTest::newRow("chosen english") << QStringLiteral("en") << QString() << QStringLiteral("en");
    QTest::newRow("environment wins")
        << QStringLiteral("zh_CN") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("environment when unset")
        << QString() << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
}

void TstPreferences::languageIsAppliedAtStart()
{
    QFETCH(QString, stored);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    if (!environment.isEmpty())
        qputenv("SYNCSTUDIO_LANG", environment.toUtf8());
    PreferencesDialog dialog(*m_store);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(stored));
    if (!environment.isEmpty())
        QVERIFY(dialog.languageNote().contains(QStringLiteral("SYNCSTUDIO_LANG")));
    dialog.accept();

    // What Application does at start: the stored choice through Translations::choose.
    const QString language = Translations::choose(m_store->value(Setting::Language).toString());
    QCOMPARE(language, expected);
    QVERIFY(Translations::install(language));
    const QString file = QCoreApplication::translate("MainWindow", "&File");
    if (expected == QLatin1String("zh_CN"))
        QVERIFY2(file != QLatin1String("&File") && !file.isEmpty(), qPrintable(file));
    else
        QCOMPARE(file, QStringLiteral("&File"));
    qunsetenv("SYNCSTUDIO_LANG");
}

void TstPreferences::mainWindowOpensPreferences()
{
    MemorySecretStore secrets;
    MainWindow window(*m_store, secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* action = window.preferencesAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->retentionBox()->setValue(14);
        dialog->accept();
    });
    action->trigger();
    QVERIFY(seen);
    QCOMPARE(m_store->value(Setting::BackupRetentionDays).toInt(), 14);

    // Screenshot of the dialog when asked for (scripts/screenshots sets the folder).
    const QString folder = qEnvironmentVariable("SYNCSTUDIO_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        PreferencesDialog dialog(*m_store, &window);
        dialog.languageBox()->setCurrentIndex(2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("preferences.png"))));
    }
}

QTEST_MAIN(TstPreferences)
#include "tst_preferences.moc"

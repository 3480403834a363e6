// ProfileDialog: creating, editing and duplicating a profile through the dialog's own fields, with
// the password going to an in-memory keychain.
#include "ConnectionTestPanel.h"
#include "FilePathEdit.h"
#include "ProfileDialog.h"
#include "TestSupport.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TstProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsProfileWithEveryField();
    void validationBlocksSaving_data();
    void validationBlocksSaving();
    void unreachableKeychainSavesNothing();
    void uncheckedKeychainSavesNoPassword();
    void withoutKeychainSavesWithoutTouchingIt();
    void editWithEmptyPasswordKeepsStoredOne();
    void editUncheckedRemovesStoredPassword();
    void duplicateCarriesPasswordOver();
    void testConnectionRunsInBackground();
    void testConnectionExplainsUnreadablePassword();
    void testConnectionReportsServer();

private:
    template <typename T> T* field(ProfileDialog& dialog, const char* name);
    void type(QWidget* widget, const QString& text);
    void replace(QLineEdit* edit, const QString& text);
    void clickSave(ProfileDialog& dialog);
    QString makeFile(const QString& name);
    Profile storedProfile(const QString& name, const QString& password = {});

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TstProfileDialog::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SYNCSTUDIO_HOME", m_home->path().toUtf8());
    qunsetenv("SYNCSTUDIO_PASSWORD");
    Result<std::unique_ptr<AppStore>> store
        = AppStore::open(m_home->filePath(QStringLiteral("syncstudio.db")));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(store.value());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TstProfileDialog::cleanup()
{
    // Background work may still hold the secret store; let it finish first.
    QThreadPool::globalInstance()->waitForDone();
    m_secrets.reset();
    m_store.reset();
    m_home.reset();
}

template <typename T> T* TstProfileDialog::field(ProfileDialog& dialog, const char* name)
{
    T* widget = dialog.findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void TstProfileDialog::type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void TstProfileDialog::replace(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TstProfileDialog::clickSave(ProfileDialog& dialog)
{
    auto* save = field<QPushButton>(dialog, "saveButton");
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

QString TstProfileDialog::makeFile(const QString& name)
{
    const QString path = m_home->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    return path;
}

Profile TstProfileDialog::storedProfile(const QString& name, const QString& password)
{
    Profile p;
    p.name = name;
    p.host = QStringLiteral("db1.example.com");
    p.user = QStringLiteral("dba");
    p.tag = QStringLiteral("prod");
    ProfileService service(*m_store, *m_secrets);
    const Status saved = service.saveProfileWithPassword(
        p, password.isEmpty() ? std::nullopt : std::optional<QString>(password));
    if (!saved)
        qWarning("could not store the profile: %s", qPrintable(saved.error().toString()));
    return p;
}

void TstProfileDialog::createsProfileWithEveryField()
{
    const QString ca = makeFile(QStringLiteral("ca.pem"));
    const QString cert = makeFile(QStringLiteral("client-cert.pem"));
    const QString key = makeFile(QStringLiteral("client-key.pem"));

    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);

    type(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("shop-prod"));
    auto* tag = field<QComboBox>(dialog, "tagCombo");
    tag->setCurrentIndex(tag->findData(QStringLiteral("prod")));
    replace(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db1.example.com"));
    auto* port = field<QSpinBox>(dialog, "portSpin");
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("3307"));
    type(field<FilePathEdit>(dialog, "socketEdit")->lineEdit(), QStringLiteral("/run/mysqld/mysqld.sock"));
    type(field<QLineEdit>(dialog, "userEdit"), QStringLiteral("dba"));
    type(field<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("s3cret pass"));
    type(field<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("shop"));
    auto* tls = field<QComboBox>(dialog, "tlsModeCombo");
    tls->setCurrentIndex(tls->findData(int(TlsMode::VerifyIdentity)));
    type(field<FilePathEdit>(dialog, "tlsCaEdit")->lineEdit(), ca);
    type(field<FilePathEdit>(dialog, "tlsCertEdit")->lineEdit(), cert);
    type(field<FilePathEdit>(dialog, "tlsKeyEdit")->lineEdit(), key);
    type(field<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("Primary; maintenance on Sundays"));

    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    const Result<Profile> p = m_store->profileByName(QStringLiteral("shop-prod"));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    QCOMPARE(p->host, QStringLiteral("db1.example.com"));
    QCOMPARE(p->port, 3307);
    QCOMPARE(p->socket, QStringLiteral("/run/mysqld/mysqld.sock"));
    QCOMPARE(p->user, QStringLiteral("dba"));
    QCOMPARE(p->database, QStringLiteral("shop"));
    QCOMPARE(p->tlsMode, TlsMode::VerifyIdentity);
    QCOMPARE(p->tlsCa, ca);
    QCOMPARE(p->tlsCert, cert);
    QCOMPARE(p->tlsKey, key);
    QCOMPARE(p->tag, QStringLiteral("prod"));
    QCOMPARE(p->notes, QStringLiteral("Primary; maintenance on Sundays"));
    QVERIFY(p->hasPassword);
    QCOMPARE(dialog.savedProfile().id, p->id);

    // The password went to the keychain, and only there.
    const Result<QString> secret = m_secrets->read(p->secretKey());
    QVERIFY(secret.ok());
    QCOMPARE(*secret, QStringLiteral("s3cret pass"));
    QFile db(m_store->path());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains("s3cret pass"));
}

void TstProfileDialog::validationBlocksSaving_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("tlsMode");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("errorLabel");

    const int preferred = int(TlsMode::Preferred);
    QTest::newRow("empty name") << QString() << preferred << QString() << QString()
                                << QStringLiteral("nameError");
    QTest::newRow("blank name") << QStringLiteral("   ") << preferred << QString() << QString()
                                << QStringLiteral("nameError");
    QTest::newRow("name taken, other case")
        << QStringLiteral("TAKEN") << preferred << QString() << QString() << QStringLiteral("nameError");
    QTest::newRow("VERIFY_CA without CA") << QStringLiteral("a") << int(TlsMode::VerifyCa) << QString()
                                          << QString() << QStringLiteral("tlsError");
    QTest::newRow("VERIFY_IDENTITY, CA missing")
        << QStringLiteral("b") << int(TlsMode::VerifyIdentity) << QStringLiteral("/nonexistent/ca.pem")
        << QString() << QStringLiteral("tlsError");
    QTest::newRow("certificate without key") << QStringLiteral("c") << preferred << QString()
                                             << QStringLiteral("cert.pem") << QStringLiteral("tlsError");
}

void TstProfileDialog::validationBlocksSaving()
{
    QFETCH(QString, name);
    QFETCH(int, tlsMode);
    QFETCH(QString, ca);
    QFETCH(QString, cert);
    QFETCH(QString, errorLabel);

    storedProfile(QStringLiteral("taken"));
    const int callsBefore = m_secrets->callCount();

    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    type(field<QLineEdit>(dialog, "nameEdit"), name);
    type(field<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("pw"));
    auto* tls = field<QComboBox>(dialog, "tlsModeCombo");
    tls->setCurrentIndex(tls->findData(tlsMode));
    if (!ca.isEmpty())
        type(field<FilePathEdit>(dialog, "tlsCaEdit")->lineEdit(), ca);
    if (!cert.isEmpty())
        type(field<FilePathEdit>(dialog, "tlsCertEdit")->lineEdit(), makeFile(cert));

    clickSave(dialog);
    // Validation happens before any work starts: nothing runs, nothing is stored.
    QVERIFY(!dialog.isBusy());
    auto* error = field<QLabel>(dialog, errorLabel.toLatin1().constData());
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QTest::qWait(100);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_store->profiles()->size(), 1);
    QCOMPARE(m_secrets->callCount(), callsBefore);
}

void TstProfileDialog::unreachableKeychainSavesNothing()
{
    m_secrets->setReachable(false);
    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("shop"));
    type(field<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("pw"));

    clickSave(dialog);
    auto* panel = field<QWidget>(dialog, "errorPanel");
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(
        field<QLabel>(dialog, "errorText")->text().contains(QStringLiteral("keychain"), Qt::CaseInsensitive));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted: still open
    QVERIFY(!m_store->profileByName(QStringLiteral("shop")).ok());
    QCOMPARE(m_store->profiles()->size(), 0);
}

void TstProfileDialog::uncheckedKeychainSavesNoPassword()
{
    m_secrets->setReachable(false);
    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    type(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("shop"));
    type(field<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("pw"));
    auto* keep = field<QCheckBox>(dialog, "savePasswordCheck");
    QVERIFY(keep->isChecked());
    QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(5, keep->height() / 2));
    QVERIFY(!keep->isChecked());

    const int callsBefore = m_secrets->callCount();
    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);
    const Result<Profile> p = m_store->profileByName(QStringLiteral("shop"));
    QVERIFY(p.ok());
    QVERIFY(!p->hasPassword);
    QCOMPARE(m_secrets->callCount(), callsBefore); // the keychain was not even asked
}

void TstProfileDialog::withoutKeychainSavesWithoutTouchingIt()
{
    const Profile original = storedProfile(QStringLiteral("shop-prod"), QStringLiteral("old secret"));
    m_secrets->setReachable(false);
    const int callsBefore = m_secrets->callCount();

    // A new profile: the password cannot be kept, the profile still can.
    {
        ProfileDialog dialog(*m_store, *m_secrets);
        dialog.setKeychainUnavailable(QStringLiteral("no Secret Service"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
        auto* keep = field<QCheckBox>(dialog, "savePasswordCheck");
        QVERIFY(!keep->isChecked());
        QVERIFY(!keep->isEnabled());
        QVERIFY(field<QLabel>(dialog, "passwordNote")->isVisible());
        type(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("shop-dev"));
        type(field<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("typed"));
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!m_store->profileByName(QStringLiteral("shop-dev"))->hasPassword);
    }
    // An existing profile: its stored password stays stored.
    {
        ProfileDialog dialog(*m_store, *m_secrets);
        dialog.editProfile(original);
        dialog.setKeychainUnavailable(QStringLiteral("no Secret Service"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
        replace(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db7.example.com"));
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 1);
        const Result<Profile> p = m_store->profile(original.id);
        QCOMPARE(p->host, QStringLiteral("db7.example.com"));
        QVERIFY(p->hasPassword);
    }
    QCOMPARE(m_secrets->callCount(), callsBefore);
    m_secrets->setReachable(true);
    QCOMPARE(*m_secrets->read(original.secretKey()), QStringLiteral("old secret"));
}

void TstProfileDialog::editWithEmptyPasswordKeepsStoredOne()
{
    const Profile original = storedProfile(QStringLiteral("shop-prod"), QStringLiteral("old secret"));
    QVERIFY(original.hasPassword);

    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.editProfile(original);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    auto* password = field<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(password->text().isEmpty());
    QVERIFY(!password->placeholderText().isEmpty());
    QCOMPARE(field<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("shop-prod"));
    replace(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db9.example.com"));

    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);
    const Result<Profile> p = m_store->profile(original.id);
    QVERIFY(p.ok());
    QCOMPARE(p->host, QStringLiteral("db9.example.com"));
    QCOMPARE(p->name, QStringLiteral("shop-prod")); // its own name is not "taken"
    QVERIFY(p->hasPassword);
    QCOMPARE(*m_secrets->read(p->secretKey()), QStringLiteral("old secret"));
    QCOMPARE(m_store->profiles()->size(), 1);
}

void TstProfileDialog::editUncheckedRemovesStoredPassword()
{
    const Profile original = storedProfile(QStringLiteral("shop-prod"), QStringLiteral("old secret"));
    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.editProfile(original);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    auto* keep = field<QCheckBox>(dialog, "savePasswordCheck");
    QVERIFY(keep->isChecked());
    keep->setChecked(false);
    QVERIFY(field<QLabel>(dialog, "passwordNote")->isVisible());

    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);
    const Result<Profile> p = m_store->profile(original.id);
    QVERIFY(p.ok());
    QVERIFY(!p->hasPassword);
    QVERIFY(!m_secrets->contains(original.secretKey()));
}

void TstProfileDialog::duplicateCarriesPasswordOver()
{
    const Profile original = storedProfile(QStringLiteral("shop-prod"), QStringLiteral("old secret"));
    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.duplicateProfile(original);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    QCOMPARE(field<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("shop-prod (copy)"));

    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);
    const Result<Profile> copy = m_store->profileByName(QStringLiteral("shop-prod (copy)"));
    QVERIFY(copy.ok());
    QVERIFY(copy->id != original.id);
    QCOMPARE(copy->host, original.host);
    QCOMPARE(copy->tag, QStringLiteral("prod"));
    QVERIFY(copy->hasPassword);
    QCOMPARE(*m_secrets->read(copy->secretKey()), QStringLiteral("old secret"));
    QCOMPARE(*m_secrets->read(original.secretKey()), QStringLiteral("old secret"));
}

void TstProfileDialog::testConnectionRunsInBackground()
{
    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    replace(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
    auto* port = field<QSpinBox>(dialog, "portSpin");
    port->setValue(1); // nothing listens on port 1: refused at once
    type(field<QLineEdit>(dialog, "userEdit"), QStringLiteral("root"));
    auto* panel = dialog.findChild<ConnectionTestPanel*>();
    QVERIFY(panel);

    QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    // The click returned while the probe is still running on a worker thread.
    QVERIFY(panel->isBusy());
    QVERIFY(dialog.isBusy());
    QVERIFY(!field<QPushButton>(dialog, "testButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->headline(), QStringLiteral("The connection failed"));
    QVERIFY(field<QLabel>(dialog, "connectionTestMessage")->text().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(field<QPushButton>(dialog, "testButton")->isEnabled());
    QCOMPARE(m_store->profiles()->size(), 0); // testing saves nothing
}

void TstProfileDialog::testConnectionExplainsUnreadablePassword()
{
    const Profile original = storedProfile(QStringLiteral("shop-prod"), QStringLiteral("old secret"));
    m_secrets->setReachable(false);
    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.editProfile(original);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* panel = dialog.findChild<ConnectionTestPanel*>();

    QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
    QCOMPARE(panel->headline(), QStringLiteral("The connection failed"));
    const QString message = field<QLabel>(dialog, "connectionTestMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("Password field")), qPrintable(message));
}

void TstProfileDialog::testConnectionReportsServer()
{
    const Result<ConnectionSettings> server = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().toString()));

    ProfileDialog dialog(*m_store, *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    replace(field<QLineEdit>(dialog, "hostEdit"), server->host);
    field<QSpinBox>(dialog, "portSpin")->setValue(server->port);
    type(field<QLineEdit>(dialog, "userEdit"), server->user);
    auto* tls = field<QComboBox>(dialog, "tlsModeCombo");
    tls->setCurrentIndex(tls->findData(int(TlsMode::Disabled)));
    auto* panel = dialog.findChild<ConnectionTestPanel*>();

    QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(panel->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
    QVERIFY2(panel->headline().startsWith(QStringLiteral("Connected to")), qPrintable(panel->headline()));
}

QTEST_MAIN(TstProfileDialog)
#include "tst_profiledialog.moc"

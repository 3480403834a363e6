#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Distinctive enough that finding its bytes in a file cannot be a coincidence.
const QString DistinctivePassword = QStringLiteral("Zq7!pw-秘密-8d1f3c-only-in-the-keychain");

Profile sampleProfile(const QString& name)
{
    Profile p;
    p.name = name;
    p.host = QStringLiteral("10.1.2.3");
    p.port = 3307;
    p.user = QStringLiteral("sync");
    p.tag = QStringLiteral("staging");
    return p;
}

// The byte forms a careless writer could leave a password in.
QList<QByteArray> encodingsOf(const QString& secret)
{
    QByteArray utf16;
    for (QChar c : secret) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return {secret.toUtf8(), utf16, secret.toUtf8().toBase64(), secret.toUtf8().toHex()};
}

// Every file under `folder` (store, WAL, shared memory, anything else) that contains the secret.
QStringList filesContaining(const QString& folder, const QString& secret)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(" (unreadable, so not checked)");
            continue;
        }
        const QByteArray bytes = f.readAll();
        for (const QByteArray& needle : encodingsOf(secret)) {
            if (bytes.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace

class TstSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void memoryStoreBasics();
    void memoryStoreUnreachable();
    void keychainStoreFailsFastWithoutBus();

    void saveWithPasswordStoresSecretUnderId();
    void saveWithoutPasswordLeavesKeychainAlone();
    void unreachableKeychainWritesNothing();
    void unreachableKeychainLeavesExistingProfileUnchanged();
    void emptyPasswordRemovesStoredOne();
    void removeDeletesSecret();
    void removeKeepsProfileWhenKeychainUnreachable();
    void passwordForPrefersEnvironment();
    void passwordForMissingSecret();
    void passwordNeverReachesTheDisk();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileService> m_service;
};

void TstSecretStore::init()
{
    // A developer's shell may have it set; every test here decides for itself.
    qunsetenv(ProfileService::passwordEnvironmentVariable());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = AppStore::open(m_dir->filePath(QStringLiteral("syncstudio.db")));
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
    m_store = std::move(store.value());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_service = std::make_unique<ProfileService>(*m_store, *m_secrets);
}

void TstSecretStore::cleanup()
{
    qunsetenv(ProfileService::passwordEnvironmentVariable());
    m_service.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

void TstSecretStore::memoryStoreBasics()
{
    MemorySecretStore s;
    QVERIFY(s.probe().ok());
    Result<QString> missing = s.read(QStringLiteral("1"));
    QVERIFY(!missing.ok());
    QVERIFY(SecretStore::isNotFound(missing.error()));
    QVERIFY(!SecretStore::isUnreachable(missing.error()));

    QVERIFY(s.write(QStringLiteral("1"), QStringLiteral("一")).ok());
    QVERIFY(s.write(QStringLiteral("2"), QStringLiteral("two")).ok());
    QVERIFY(s.write(QStringLiteral("1"), QStringLiteral("uno")).ok());
    QCOMPARE(*s.read(QStringLiteral("1")), QStringLiteral("uno"));
    QCOMPARE(s.size(), 2);
    QVERIFY(s.remove(QStringLiteral("1")).ok());
    QVERIFY(s.remove(QStringLiteral("1")).ok()); // absent: still fine
    QVERIFY(!s.contains(QStringLiteral("1")));
    QVERIFY(s.contains(QStringLiteral("2")));
}

void TstSecretStore::memoryStoreUnreachable()
{
    MemorySecretStore s;
    QVERIFY(s.write(QStringLiteral("1"), QStringLiteral("x")).ok());
    s.setReachable(false);
    for (const Error& e : {s.read(QStringLiteral("1")).error(), s.write(QStringLiteral("2"), {}).error(),
             s.remove(QStringLiteral("1")).error(), s.probe().error()}) {
        QCOMPARE(e.code, QStringLiteral("no-keychain"));
        QVERIFY(SecretStore::isUnreachable(e));
        QVERIFY(e.hint.contains(QStringLiteral("SYNCSTUDIO_PASSWORD")));
        QVERIFY(e.hint.contains(QStringLiteral("--password-stdin")));
    }
    // Nothing changed while it was unreachable.
    s.setReachable(true);
    QCOMPARE(*s.read(QStringLiteral("1")), QStringLiteral("x"));
    QVERIFY(!s.contains(QStringLiteral("2")));
}

void TstSecretStore::keychainStoreFailsFastWithoutBus()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Decided from the environment alone, before any D-Bus traffic, so it is safe in a unit test.
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const bool wasSet = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    KeychainSecretStore keychain;
    QElapsedTimer timer;
    timer.start();
    const Status written = keychain.write(QStringLiteral("unit-test-key"), DistinctivePassword);
    const Status probed = keychain.probe();
    const qint64 elapsed = timer.elapsed();
    if (wasSet)
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    else
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");

    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("no-keychain"));
    QVERIFY2(written.error().message.contains(QStringLiteral("D-Bus")), qPrintable(written.error().message));
    QVERIFY(written.error().hint.contains(QStringLiteral("--password-stdin")));
    QVERIFY(!probed.ok());
    QVERIFY(SecretStore::isUnreachable(probed.error()));
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
#else
    QSKIP("The D-Bus session bus only matters on Linux and the BSDs");
#endif
}

void TstSecretStore::saveWithPasswordStoresSecretUnderId()
{
    Profile p = sampleProfile(QStringLiteral("staging-db"));
    Status s = m_service->saveProfileWithPassword(p, QStringLiteral("s3cret"));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QVERIFY(p.id > 0);
    QVERIFY(p.hasPassword);
    QCOMPARE(p.secretKey(), QString::number(p.id));
    QCOMPARE(m_secrets->size(), 1);
    QCOMPARE(*m_secrets->read(QString::number(p.id)), QStringLiteral("s3cret"));

    Result<Profile> stored = m_store->profile(p.id);
    QVERIFY(stored.ok());
    QVERIFY(stored->hasPassword);
    QCOMPARE(*m_service->passwordFor(*stored), QStringLiteral("s3cret"));

    // A second profile gets its own key; changing the first one's password overwrites its entry only.
    Profile q = sampleProfile(QStringLiteral("prod-db"));
    QVERIFY(m_service->saveProfileWithPassword(q, QStringLiteral("other")).ok());
    QVERIFY(q.id != p.id);
    QVERIFY(m_service->saveProfileWithPassword(p, QStringLiteral("rotated")).ok());
    QCOMPARE(*m_secrets->read(p.secretKey()), QStringLiteral("rotated"));
    QCOMPARE(*m_secrets->read(q.secretKey()), QStringLiteral("other"));
    QCOMPARE(m_secrets->size(), 2);
}

void TstSecretStore::saveWithoutPasswordLeavesKeychainAlone()
{
    Profile p = sampleProfile(QStringLiteral("no-password"));
    QVERIFY(m_service->saveProfileWithPassword(p, std::nullopt).ok());
    QVERIFY(p.id > 0);
    QVERIFY(!p.hasPassword);
    // An empty password on a new profile has nothing to store or remove either.
    Profile empty = sampleProfile(QStringLiteral("empty-password"));
    QVERIFY(m_service->saveProfileWithPassword(empty, QString()).ok());
    QVERIFY(!empty.hasPassword);
    QCOMPARE(m_secrets->callCount(), 0);
    QCOMPARE(*m_service->passwordFor(p), QString());
    QCOMPARE(m_secrets->callCount(), 0);

    // Editing a profile that has a password, without a new one, keeps the password.
    Profile withPw = sampleProfile(QStringLiteral("with-password"));
    QVERIFY(m_service->saveProfileWithPassword(withPw, QStringLiteral("kept")).ok());
    withPw.host = QStringLiteral("10.9.9.9");
    QVERIFY(m_service->saveProfileWithPassword(withPw, std::nullopt).ok());
    QVERIFY(m_store->profile(withPw.id)->hasPassword);
    QCOMPARE(*m_secrets->read(withPw.secretKey()), QStringLiteral("kept"));
}

void TstSecretStore::unreachableKeychainWritesNothing()
{
    m_secrets->setReachable(false);
    Profile p = sampleProfile(QStringLiteral("needs-keychain"));
    Status s = m_service->saveProfileWithPassword(p, DistinctivePassword);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("no-keychain"));
    QVERIFY2(s.error().message.contains(QStringLiteral("needs-keychain")), qPrintable(s.error().message));
    QVERIFY(s.error().hint.contains(QStringLiteral("SYNCSTUDIO_PASSWORD")));
    QCOMPARE(p.id, qint64(0));
    QVERIFY(!p.hasPassword);

    // No half-saved state: no row, no secret.
    Result<QList<Profile>> all = m_store->profiles();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 0);
    QVERIFY(!m_store->profileByName(QStringLiteral("needs-keychain")).ok());
    m_secrets->setReachable(true);
    QCOMPARE(m_secrets->size(), 0);

    // Once the keychain is back the same call works, and the rolled-back insert left no trace.
    QVERIFY(m_service->saveProfileWithPassword(p, DistinctivePassword).ok());
    QCOMPARE(m_store->profiles()->size(), 1);
}

void TstSecretStore::unreachableKeychainLeavesExistingProfileUnchanged()
{
    Profile p = sampleProfile(QStringLiteral("existing"));
    QVERIFY(m_service->saveProfileWithPassword(p, QStringLiteral("old")).ok());
    const Profile before = *m_store->profile(p.id);

    m_secrets->setReachable(false);
    Profile edited = p;
    edited.host = QStringLiteral("new-host");
    edited.name = QStringLiteral("renamed");
    Status s = m_service->saveProfileWithPassword(edited, QStringLiteral("new"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("no-keychain"));

    const Profile after = *m_store->profile(p.id);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.host, before.host);
    QCOMPARE(after.updatedAt, before.updatedAt);
    m_secrets->setReachable(true);
    QCOMPARE(*m_secrets->read(p.secretKey()), QStringLiteral("old"));
}

void TstSecretStore::emptyPasswordRemovesStoredOne()
{
    Profile p = sampleProfile(QStringLiteral("clear-me"));
    QVERIFY(m_service->saveProfileWithPassword(p, QStringLiteral("pw")).ok());
    QVERIFY(m_secrets->contains(p.secretKey()));
    QVERIFY(m_service->saveProfileWithPassword(p, QString()).ok());
    QVERIFY(!p.hasPassword);
    QVERIFY(!m_store->profile(p.id)->hasPassword);
    QVERIFY(!m_secrets->contains(p.secretKey()));
    QCOMPARE(*m_service->passwordFor(p), QString());
}

void TstSecretStore::removeDeletesSecret()
{
    Profile p = sampleProfile(QStringLiteral("to-remove"));
    Profile other = sampleProfile(QStringLiteral("stays"));
    QVERIFY(m_service->saveProfileWithPassword(p, QStringLiteral("pw1")).ok());
    QVERIFY(m_service->saveProfileWithPassword(other, QStringLiteral("pw2")).ok());

    QVERIFY(m_service->removeProfileAndSecret(p.id).ok());
    QVERIFY(!m_secrets->contains(p.secretKey()));
    QVERIFY(m_secrets->contains(other.secretKey()));
    QCOMPARE(m_store->profile(p.id).error().code, QStringLiteral("not-found"));
    QVERIFY(m_store->profile(other.id).ok());

    Status again = m_service->removeProfileAndSecret(p.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("not-found"));
}

void TstSecretStore::removeKeepsProfileWhenKeychainUnreachable()
{
    Profile p = sampleProfile(QStringLiteral("locked-away"));
    QVERIFY(m_service->saveProfileWithPassword(p, QStringLiteral("pw")).ok());
    Profile plain = sampleProfile(QStringLiteral("no-secret"));
    QVERIFY(m_service->saveProfileWithPassword(plain, std::nullopt).ok());

    m_secrets->setReachable(false);
    Status s = m_service->removeProfileAndSecret(p.id);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("no-keychain"));
    QVERIFY(m_store->profile(p.id).ok());

    // A profile without a stored password needs no keychain to be removed.
    QVERIFY(m_service->removeProfileAndSecret(plain.id).ok());
    QVERIFY(!m_store->profile(plain.id).ok());

    m_secrets->setReachable(true);
    QCOMPARE(*m_secrets->read(p.secretKey()), QStringLiteral("pw"));
}

void TstSecretStore::passwordForPrefersEnvironment()
{
    Profile p = sampleProfile(QStringLiteral("env"));
    QVERIFY(m_service->saveProfileWithPassword(p, QStringLiteral("from-keychain")).ok());
    Profile none = sampleProfile(QStringLiteral("env-none"));
    QVERIFY(m_service->saveProfileWithPassword(none, std::nullopt).ok());

    qputenv(ProfileService::passwordEnvironmentVariable(), QStringLiteral("from-env 环境").toUtf8());
    QCOMPARE(*m_service->passwordFor(p), QStringLiteral("from-env 环境"));
    QCOMPARE(*m_service->passwordFor(none), QStringLiteral("from-env 环境"));
    // The environment works even when the keychain does not.
    m_secrets->setReachable(false);
    QCOMPARE(*m_service->passwordFor(p), QStringLiteral("from-env 环境"));

    // Set but empty still means "use this (empty) password", not "ask the keychain".
    qputenv(ProfileService::passwordEnvironmentVariable(), QByteArray());
    Result<QString> empty = m_service->passwordFor(p);
    QVERIFY(empty.ok());
    QCOMPARE(*empty, QString());

    qunsetenv(ProfileService::passwordEnvironmentVariable());
    Result<QString> unreachable = m_service->passwordFor(p);
    QVERIFY(!unreachable.ok());
    QCOMPARE(unreachable.error().code, QStringLiteral("no-keychain"));
    QVERIFY(unreachable.error().message.contains(QStringLiteral("env")));
    m_secrets->setReachable(true);
    QCOMPARE(*m_service->passwordFor(p), QStringLiteral("from-keychain"));
}

void TstSecretStore::passwordForMissingSecret()
{
    Profile p = sampleProfile(QStringLiteral("lost-secret"));
    QVERIFY(m_service->saveProfileWithPassword(p, QStringLiteral("pw")).ok());
    QVERIFY(m_secrets->remove(p.secretKey()).ok()); // removed behind SyncStudio's back
    Result<QString> r = m_service->passwordFor(p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("not-found"));
    QVERIFY(r.error().message.contains(QStringLiteral("lost-secret")));
    QVERIFY(r.error().hint.contains(QStringLiteral("SYNCSTUDIO_PASSWORD")));
}

void TstSecretStore::passwordNeverReachesTheDisk()
{
    Profile p = sampleProfile(QStringLiteral("audited"));
    p.notes = QStringLiteral("notes are stored, passwords are not");
    QVERIFY(m_service->saveProfileWithPassword(p, DistinctivePassword).ok());
    p.host = QStringLiteral("10.0.0.2");
    QVERIFY(m_service->saveProfileWithPassword(p, DistinctivePassword).ok());
    QCOMPARE(*m_service->passwordFor(p), DistinctivePassword);
    QCOMPARE(*m_secrets->read(p.secretKey()), DistinctivePassword);
    // A failed save must not leave it anywhere either.
    m_secrets->setReachable(false);
    Profile failed = sampleProfile(QStringLiteral("failed"));
    QVERIFY(!m_service->saveProfileWithPassword(failed, DistinctivePassword).ok());
    m_secrets->setReachable(true);

    // Make sure the scan can see what was written: the profile's notes are found (in the WAL while
    // the store is open)...
    QVERIFY2(!filesContaining(m_dir->path(), p.notes).isEmpty(),
        "the scan does not find stored data, so it cannot vouch for the password");
    // ...and the password is not, neither while the store is open nor after it checkpointed and closed.
    QStringList hits = filesContaining(m_dir->path(), DistinctivePassword);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
    m_service.reset();
    m_store.reset();
    QVERIFY(!filesContaining(m_dir->path(), p.notes).isEmpty());
    hits = filesContaining(m_dir->path(), DistinctivePassword);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"

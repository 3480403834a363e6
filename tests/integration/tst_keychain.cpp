#include "secrets/KeychainSecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <cstdio>

namespace {

// When set, the test binary does not run the tests but acts as the child of noSessionBus(): it tries
// to save a profile with a password and prints the outcome as JSON.
const char ChildModeVariable[] = "SYNCSTUDIO_TST_KEYCHAIN_CHILD";
const QString ChildPassword = QStringLiteral("Qx9-no-bus-密码-5e2a7d-never-stored");

QString uniqueKey(const QString& what)
{
    static int counter = 0;
    return QStringLiteral("tst-keychain-%1-%2-%3")
        .arg(QCoreApplication::applicationPid())
        .arg(what)
        .arg(++counter);
}

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
        if (bytes.contains(secret.toUtf8()) || bytes.contains(secret.toUtf8().toBase64()))
            hits << path;
    }
    return hits;
}

bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

int runChild()
{
    QJsonObject out;
    auto store = AppStore::open();
    if (!store) {
        out[QStringLiteral("stage")] = QStringLiteral("store");
        out[QStringLiteral("message")] = store.error().toString();
    } else {
        KeychainSecretStore secrets;
        ProfileService service(*store.value(), secrets);
        Profile p;
        p.name = QStringLiteral("no-bus");
        p.user = QStringLiteral("app");
        QElapsedTimer timer;
        timer.start();
        const Status s = service.saveProfileWithPassword(p, ChildPassword);
        out[QStringLiteral("stage")] = QStringLiteral("save");
        out[QStringLiteral("ms")] = double(timer.elapsed());
        out[QStringLiteral("ok")] = s.ok();
        if (!s.ok()) {
            out[QStringLiteral("code")] = s.error().code;
            out[QStringLiteral("message")] = s.error().message;
            out[QStringLiteral("hint")] = s.error().hint;
        }
        Result<QList<Profile>> profiles = store.value()->profiles();
        out[QStringLiteral("profiles")] = profiles.ok() ? int(profiles->size()) : -1;
    }
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TstKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writeReadOverwriteDelete();
    void unicodeSecret_data();
    void unicodeSecret();
    void filedUnderServiceSyncStudio();
    void missingKeyIsNotFound();
    void probeReportsReachable();
    void worksFromManyThreads();
    void profileServiceEndToEnd();
    void noSessionBus_data();
    void noSessionBus();

private:
    KeychainSecretStore m_store;
    QStringList m_keys; // written by the current test, removed in cleanup()
};

void TstKeychain::initTestCase()
{
    qunsetenv(ProfileService::passwordEnvironmentVariable());
    QCOMPARE(m_store.service(), QStringLiteral("SyncStudio"));
    if (!hasSessionBus())
        return; // init() skips the tests that need one
    const Status probe = m_store.probe();
    QVERIFY2(probe.ok(), probe.ok() ? "" : qPrintable(probe.error().toString()));
}

void TstKeychain::init()
{
    // noSessionBus() takes the bus away from its child itself, so it runs anywhere.
    if (!hasSessionBus() && QLatin1String(QTest::currentTestFunction()) != QLatin1String("noSessionBus"))
        QSKIP("No D-Bus session bus: run under scripts/test (dbus-run-session + gnome-keyring-daemon).");
}

void TstKeychain::cleanup()
{
    for (const QString& key : std::as_const(m_keys))
        (void)m_store.remove(key);
    m_keys.clear();
}

void TstKeychain::writeReadOverwriteDelete()
{
    const QString key = uniqueKey(QStringLiteral("rw"));
    m_keys << key;
    Status w = m_store.write(key, QStringLiteral("first"));
    QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().toString()));
    Result<QString> r = m_store.read(key);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(*r, QStringLiteral("first"));

    QVERIFY(m_store.write(key, QStringLiteral("second")).ok());
    QCOMPARE(*m_store.read(key), QStringLiteral("second"));
    // A second store object (as another thread or process would have) sees the same entry.
    KeychainSecretStore other;
    QCOMPARE(*other.read(key), QStringLiteral("second"));

    Status d = m_store.remove(key);
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().toString()));
    Result<QString> gone = m_store.read(key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QStringLiteral("not-found"));
    // Removing again is not an error.
    QVERIFY(m_store.remove(key).ok());
}

void TstKeychain::unicodeSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("chinese") << QStringLiteral("密码-口令-数据库");
    QTest::newRow("emoji and symbols") << QStringLiteral("p@ss 🔑 \"quoted\" 'single' \\ back;slash$`x`");
    QTest::newRow("long") << QString(4000, QChar(0x5BC6)) + QStringLiteral("end");
    QTest::newRow("spaces around") << QStringLiteral("  padded  ");
}

void TstKeychain::unicodeSecret()
{
    QFETCH(QString, secret);
    const QString key = uniqueKey(QStringLiteral("unicode"));
    m_keys << key;
    QVERIFY(m_store.write(key, secret).ok());
    Result<QString> r = m_store.read(key);
    QVERIFY(r.ok());
    QCOMPARE(*r, secret);
}

void TstKeychain::filedUnderServiceSyncStudio()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString key = uniqueKey(QStringLiteral("service"));
    m_keys << key;
    QVERIFY(m_store.write(key, QStringLiteral("seen-from-outside")).ok());

    // QtKeychain files an entry with the attributes server = service and user = key.
    QProcess lookup;
    lookup.start(tool,
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("SyncStudio"),
            QStringLiteral("user"), key});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(
        QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), QStringLiteral("seen-from-outside"));
}

void TstKeychain::missingKeyIsNotFound()
{
    Result<QString> r = m_store.read(uniqueKey(QStringLiteral("never-written")));
    QVERIFY(!r.ok());
    QVERIFY(SecretStore::isNotFound(r.error()));
    QVERIFY(!SecretStore::isUnreachable(r.error()));
}

void TstKeychain::probeReportsReachable()
{
    QVERIFY(m_store.probe().ok());
    // The probe only reads: it never leaves an entry behind.
    QVERIFY(SecretStore::isNotFound(m_store.read(KeychainSecretStore::probeKey()).error()));
}

void TstKeychain::worksFromManyThreads()
{
    // Pool threads have no running event loop; QtKeychain jobs waited for there, interleaved with
    // jobs from the main thread, used to crash or stall the library's job queue.
    QList<QFuture<QString>> futures;
    QStringList keys;
    for (int i = 0; i < 8; ++i) {
        keys << uniqueKey(QStringLiteral("thread"));
        m_keys << keys.last();
    }
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys[i];
        futures << QtConcurrent::run([key, i]() -> QString {
            KeychainSecretStore store;
            const QString secret = QStringLiteral("secret-%1-线程").arg(i);
            for (int round = 0; round < 3; ++round) {
                if (Status s = store.write(key, secret); !s)
                    return s.error().toString();
                Result<QString> r = store.read(key);
                if (!r)
                    return r.error().toString();
                if (*r != secret)
                    return QStringLiteral("read back %1 for %2").arg(*r, key);
            }
            return QString();
        });
    }
    // The main thread keeps using the keychain meanwhile.
    const QString mainKey = uniqueKey(QStringLiteral("main"));
    m_keys << mainKey;
    for (int round = 0; round < 5; ++round) {
        QVERIFY(m_store.write(mainKey, QStringLiteral("main-%1").arg(round)).ok());
        QCOMPARE(*m_store.read(mainKey), QStringLiteral("main-%1").arg(round));
    }
    for (QFuture<QString>& f : futures) {
        f.waitForFinished();
        QVERIFY2(f.result().isEmpty(), qPrintable(f.result()));
    }
}

void TstKeychain::profileServiceEndToEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = AppStore::open(dir.filePath(QStringLiteral("syncstudio.db")));
    QVERIFY(store.ok());
    ProfileService service(*store.value(), m_store);

    Profile p;
    p.name = QStringLiteral("keychain-e2e");
    p.user = QStringLiteral("app");
    const QString password = QStringLiteral("e2e-口令-71c0");
    Status s = service.saveProfileWithPassword(p, password);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    m_keys << p.secretKey();
    QVERIFY(p.hasPassword);
    QCOMPARE(*m_store.read(p.secretKey()), password);
    QCOMPARE(*service.passwordFor(*store.value()->profile(p.id)), password);
    QVERIFY(filesContaining(dir.path(), password).isEmpty());

    QVERIFY(service.removeProfileAndSecret(p.id).ok());
    QCOMPARE(m_store.read(p.secretKey()).error().code, QStringLiteral("not-found"));
    QCOMPARE(store.value()->profiles()->size(), 0);
}

void TstKeychain::noSessionBus_data()
{
    QTest::addColumn<QString>("busAddress"); // empty: the variable is removed
    QTest::newRow("unset") << QString();
    QTest::newRow("disabled") << QStringLiteral("disabled:");
    QTest::newRow("no such socket") << QStringLiteral("unix:path=/nonexistent/syncstudio-test/bus");
}

void TstKeychain::noSessionBus()
{
    QFETCH(QString, busAddress);
    QTemporaryDir home;
    QVERIFY(home.isValid());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    if (!busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    // Nothing that D-Bus could autolaunch or find a bus through.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("no-runtime-dir")));
    env.remove(QString::fromLatin1(ProfileService::passwordEnvironmentVariable()));
    env.insert(QStringLiteral("SYNCSTUDIO_HOME"), home.path());
    env.insert(QString::fromLatin1(ChildModeVariable), QStringLiteral("1"));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForFinished(30000), "the child hung instead of failing fast");
    const qint64 wallMs = timer.elapsed();
    const QByteArray out = child.readAllStandardOutput();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);

    QJsonParseError parseError;
    const QJsonObject result = QJsonDocument::fromJson(out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError,
        qPrintable(QString::fromUtf8(out + "\nstderr: " + child.readAllStandardError())));
    QCOMPARE(result.value(QStringLiteral("stage")).toString(), QStringLiteral("save"));
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(result.value(QStringLiteral("code")).toString(), QStringLiteral("no-keychain"));
    const QString message = result.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("D-Bus")), qPrintable(message));
    QVERIFY(result.value(QStringLiteral("hint")).toString().contains(QStringLiteral("SYNCSTUDIO_PASSWORD")));
    QVERIFY2(result.value(QStringLiteral("ms")).toDouble() < 10000, qPrintable(QString::fromUtf8(out)));
    QVERIFY2(wallMs < 10000, qPrintable(QStringLiteral("%1 ms").arg(wallMs)));
    QCOMPARE(result.value(QStringLiteral("profiles")).toInt(-1), 0);

    // Nothing was half-saved, and the password was written nowhere.
    auto store = AppStore::open(QDir(home.path()).filePath(AppStore::fileName()));
    QVERIFY(store.ok());
    QCOMPARE(store.value()->profiles()->size(), 0);
    store.value().reset();
    QVERIFY(QFileInfo::exists(QDir(home.path()).filePath(AppStore::fileName())));
    const QStringList hits = filesContaining(home.path(), ChildPassword);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
}

// QTEST_GUILESS_MAIN, plus the child mode of noSessionBus(), which must run before QTest parses
// the command line.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildModeVariable))
        return runChild();
    TstKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"

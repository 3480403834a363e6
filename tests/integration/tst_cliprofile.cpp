// syncstudio-cli profile verbs end to end: the real binary, a real keychain, a real server.
#include "TestSupport.h"
#include "db/Connection.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstCliProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpOnEveryVerb_data();
    void helpOnEveryVerb();
    void addListShowRemove();
    void passwordGoesToKeychainOnly();
    void environmentPasswordForOneRun();
    void testReportsServer();
    void testUrlEndpoint();
    void noKeychainFailsClearly();
    void badInput_data();
    void badInput();

private:
    QProcessEnvironment env() const;
    static bool anyFileContains(const QString& dir, const QByteArray& needle);

    ConnectionSettings m_src;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TstCliProfile::initTestCase()
{
    Result<ConnectionSettings> s = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    m_src = *s;
    Result<std::unique_ptr<Connection>> root = Connection::open(m_src);
    QVERIFY(root.ok());
    QVERIFY((*root)->execute(QByteArrayView("CREATE OR REPLACE USER 'ss_cli'@'127.0.0.1' IDENTIFIED BY 'Tr0ub4dor&3-cli'")).ok());
    QVERIFY((*root)->execute(QByteArrayView("CREATE DATABASE IF NOT EXISTS ss_cli_db")).ok());
    QVERIFY((*root)->execute(QByteArrayView("GRANT SELECT ON ss_cli_db.* TO 'ss_cli'@'127.0.0.1'")).ok());
}

void TstCliProfile::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QProcessEnvironment TstCliProfile::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("SYNCSTUDIO_HOME"), m_home->path());
    e.insert(QStringLiteral("SYNCSTUDIO_LANG"), QStringLiteral("en"));
    e.remove(QStringLiteral("SYNCSTUDIO_PASSWORD"));
    return e;
}

bool TstCliProfile::anyFileContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

void TstCliProfile::helpOnEveryVerb_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("top") << QStringList {QStringLiteral("--help")};
    for (const char* action : {"add", "list", "show", "remove", "test"})
        QTest::newRow(action) << QStringList {QStringLiteral("profile"), QString::fromLatin1(action), QStringLiteral("--help")};
}

void TstCliProfile::helpOnEveryVerb()
{
    QFETCH(QStringList, args);
    TestSupport::CliRun run = TestSupport::runCli(args, {}, env());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("syncstudio-cli")), qPrintable(run.out));
}

void TstCliProfile::addListShowRemove()
{
    TestSupport::CliRun add = TestSupport::runCli(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("生产-east"), QStringLiteral("--host"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_src.port), QStringLiteral("--user"),
         QStringLiteral("root"), QStringLiteral("--database"), QStringLiteral("ss_cli_db"), QStringLiteral("--tag"),
         QStringLiteral("prod"), QStringLiteral("--ssl-mode"), QStringLiteral("disabled"), QStringLiteral("--notes"),
         QStringLiteral("primary in Shanghai")},
        {}, env());
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));

    TestSupport::CliRun dup = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("生产-EAST"),
                                                   QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--user"), QStringLiteral("u")},
                                                  {}, env());
    QCOMPARE(dup.exitCode, 2);
    QVERIFY2(dup.err.contains(QStringLiteral("already exists")), qPrintable(dup.err));

    TestSupport::CliRun list = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, {}, env());
    QCOMPARE(list.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject p = profiles.first().toObject();
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("生产-east"));
    QCOMPARE(p.value(QStringLiteral("port")).toInt(), m_src.port);
    QCOMPARE(p.value(QStringLiteral("database")).toString(), QStringLiteral("ss_cli_db"));
    QCOMPARE(p.value(QStringLiteral("tag")).toString(), QStringLiteral("prod"));
    QCOMPARE(p.value(QStringLiteral("ssl_mode")).toString(), QStringLiteral("DISABLED"));
    QCOMPARE(p.value(QStringLiteral("notes")).toString(), QStringLiteral("primary in Shanghai"));
    QCOMPARE(p.value(QStringLiteral("password_in_keychain")).toBool(), false);

    TestSupport::CliRun text = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("list")}, {}, env());
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("生产-east")));
    QVERIFY(text.out.contains(QStringLiteral("127.0.0.1:%1").arg(m_src.port)));

    TestSupport::CliRun show = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("生产-east")}, {}, env());
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(QStringLiteral("primary in Shanghai")));

    TestSupport::CliRun remove = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("生产-east")}, {}, env());
    QCOMPARE(remove.exitCode, 0);
    TestSupport::CliRun gone = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("生产-east")}, {}, env());
    QCOMPARE(gone.exitCode, 2);
    QVERIFY(gone.err.contains(QStringLiteral("no profile")));
}

void TstCliProfile::passwordGoesToKeychainOnly()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with an unlocked keyring (scripts/test provides one)");
    const QByteArray password = "Tr0ub4dor&3-cli";
    TestSupport::CliRun add = TestSupport::runCli(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("reader"), QStringLiteral("--host"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_src.port), QStringLiteral("--user"),
         QStringLiteral("ss_cli"), QStringLiteral("--database"), QStringLiteral("ss_cli_db"), QStringLiteral("--ssl-mode"),
         QStringLiteral("DISABLED"), QStringLiteral("--password-stdin")},
        password + "\n", env());
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY(add.out.contains(QStringLiteral("keychain")));
    QVERIFY(!anyFileContains(m_home->path(), password));

    // The stored password is used: the account can log in and read but not write.
    TestSupport::CliRun test = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("reader"),
                                                    QStringLiteral("--format"), QStringLiteral("json")},
                                                   {}, env());
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    const QJsonObject report = QJsonDocument::fromJson(test.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("can_read")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("can_write")).toBool(), false);
    QVERIFY(!test.out.contains(QString::fromLatin1(password)));

    TestSupport::CliRun remove = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("reader")}, {}, env());
    QCOMPARE(remove.exitCode, 0);
}

void TstCliProfile::environmentPasswordForOneRun()
{
    TestSupport::CliRun add = TestSupport::runCli(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("envpw"), QStringLiteral("--host"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_src.port), QStringLiteral("--user"),
         QStringLiteral("ss_cli"), QStringLiteral("--ssl-mode"), QStringLiteral("DISABLED")},
        {}, env());
    QCOMPARE(add.exitCode, 0);
    // No stored password: access denied, with a clear error naming the server.
    TestSupport::CliRun denied = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("envpw")}, {}, env());
    QCOMPARE(denied.exitCode, 2);
    QVERIFY2(denied.err.contains(QStringLiteral("1045")), qPrintable(denied.err));
    QVERIFY(denied.err.contains(QStringLiteral("envpw")));

    QProcessEnvironment e = env();
    e.insert(QStringLiteral("SYNCSTUDIO_PASSWORD"), QStringLiteral("Tr0ub4dor&3-cli"));
    TestSupport::CliRun ok = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("envpw")}, {}, e);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(QStringLiteral("MariaDB")));
}

void TstCliProfile::testReportsServer()
{
    TestSupport::CliRun add = TestSupport::runCli(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("--host"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_src.port), QStringLiteral("--user"),
         QStringLiteral("root")},
        {}, env());
    QCOMPARE(add.exitCode, 0);
    TestSupport::CliRun test = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("local/ss_cli_db")}, {}, env());
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    QVERIFY(test.out.contains(QStringLiteral("MariaDB")));
    QVERIFY(test.out.contains(QStringLiteral("not in use"))); // PREFERRED against a server without TLS
    QVERIFY(test.out.contains(QStringLiteral("ms")));
    QVERIFY(test.out.contains(QStringLiteral("ss_cli_db")));
    QVERIFY(test.out.contains(QStringLiteral("Can write")));
}

void TstCliProfile::testUrlEndpoint()
{
    const QString url = QStringLiteral("mysql://root@127.0.0.1:%1/ss_cli_db").arg(m_src.port);
    TestSupport::CliRun test = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("test"), url,
                                                    QStringLiteral("--format"), QStringLiteral("json")},
                                                   {}, env());
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    const QJsonObject report = QJsonDocument::fromJson(test.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("flavor")).toString(), QStringLiteral("mariadb"));
    QCOMPARE(report.value(QStringLiteral("can_write")).toBool(), true);
    QVERIFY(report.value(QStringLiteral("latency_ms")).toDouble() > 0);

    const QString withPassword = QStringLiteral("mysql://ss_cli:Tr0ub4dor%263-cli@127.0.0.1:%1/ss_cli_db").arg(m_src.port);
    TestSupport::CliRun warned = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("test"), withPassword}, {}, env());
    QVERIFY2(warned.exitCode == 0, qPrintable(warned.err));
    QVERIFY2(warned.err.contains(QStringLiteral("warning")), qPrintable(warned.err));

    const QString closed = QStringLiteral("mysql://root@127.0.0.1:1/x?connect-timeout=2");
    TestSupport::CliRun refused = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("test"), closed}, {}, env());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("127.0.0.1:1")), qPrintable(refused.err));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1); // one clear line
}

void TstCliProfile::noKeychainFailsClearly()
{
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    QTemporaryDir runtime;
    e.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const QByteArray password = "s3cret-never-on-disk";
    TestSupport::CliRun add = TestSupport::runCli(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokeychain"), QStringLiteral("--host"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin")},
        password + "\n", e, 30000);
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(add.err));
    QVERIFY2(add.err.contains(QStringLiteral("SYNCSTUDIO_PASSWORD")), qPrintable(add.err));
    QVERIFY(!anyFileContains(m_home->path(), password));
    QVERIFY(!anyFileContains(QDir::homePath() + QStringLiteral("/.config/SyncStudio"), password));
    // Nothing half-saved: the profile does not exist.
    TestSupport::CliRun show = TestSupport::runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("nokeychain")}, {}, e);
    QCOMPARE(show.exitCode, 2);
}

void TstCliProfile::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown verb") << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("Unknown command");
    QTest::newRow("unknown action") << QStringList {QStringLiteral("profile"), QStringLiteral("rename")} << QStringLiteral("rename");
    QTest::newRow("no host") << QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--user"), QStringLiteral("u")}
                             << QStringLiteral("--host");
    QTest::newRow("bad port") << QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("h"),
                                              QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("70000");
    QTest::newRow("bad tls") << QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("h"),
                                             QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--ssl-mode"), QStringLiteral("maybe")}
                             << QStringLiteral("maybe");
    QTest::newRow("bad tag") << QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("h"),
                                             QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--tag"), QStringLiteral("qa")}
                             << QStringLiteral("qa");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("bad endpoint") << QStringList {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("postgres://u@h/db")} << QStringLiteral("mysql://");
    QTest::newRow("missing profile") << QStringList {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("nope/shop")} << QStringLiteral("nope");
}

void TstCliProfile::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    TestSupport::CliRun run = TestSupport::runCli(args, {}, env());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.err.startsWith(QStringLiteral("error: ")));
}

QTEST_GUILESS_MAIN(TstCliProfile)
#include "tst_cliprofile.moc"

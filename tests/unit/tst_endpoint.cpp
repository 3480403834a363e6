// Endpoint parsing: profile names, profile/database, and mysql:// URLs.
#include "db/Endpoint.h"

#include <QTest>

class TstEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void profiles_data();
    void profiles();
    void url();
    void urlPassword();
    void urlOptions();
    void invalid_data();
    void invalid();
    void displayHidesPassword();
};

void TstEndpoint::profiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("database");
    QTest::newRow("name") << QStringLiteral("prod") << QStringLiteral("prod") << QString();
    QTest::newRow("name/db") << QStringLiteral("prod/shop") << QStringLiteral("prod") << QStringLiteral("shop");
    QTest::newRow("trimmed") << QStringLiteral("  staging/shop_local ") << QStringLiteral("staging") << QStringLiteral("shop_local");
    QTest::newRow("chinese") << QStringLiteral("生产/商城") << QStringLiteral("生产") << QStringLiteral("商城");
}

void TstEndpoint::profiles()
{
    QFETCH(QString, text);
    QFETCH(QString, profile);
    QFETCH(QString, database);
    Result<Endpoint> e = Endpoint::parse(text);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
    QCOMPARE(e->kind, Endpoint::Kind::Profile);
    QCOMPARE(e->profile, profile);
    QCOMPARE(e->database, database);
    QVERIFY(!e->passwordInUrl);
}

void TstEndpoint::url()
{
    Result<Endpoint> e = Endpoint::parse(QStringLiteral("mysql://dba@127.0.0.1:3307/shop"));
    QVERIFY(e.ok());
    QCOMPARE(e->kind, Endpoint::Kind::Url);
    QCOMPARE(e->url.user, QStringLiteral("dba"));
    QCOMPARE(e->url.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(e->url.port, 3307);
    QCOMPARE(e->database, QStringLiteral("shop"));
    QCOMPARE(e->url.database, QStringLiteral("shop"));
    QVERIFY(!e->passwordInUrl);
    QVERIFY(e->url.password.isEmpty());

    Result<Endpoint> noPort = Endpoint::parse(QStringLiteral("mariadb://root@db.example.com/"));
    QVERIFY(noPort.ok());
    QCOMPARE(noPort->url.port, 3306);
    QVERIFY(noPort->database.isEmpty());

    Result<Endpoint> v6 = Endpoint::parse(QStringLiteral("mysql://root@[::1]:3310/x"));
    QVERIFY(v6.ok());
    QCOMPARE(v6->url.host, QStringLiteral("::1"));
    QCOMPARE(v6->url.port, 3310);

    Result<Endpoint> encoded = Endpoint::parse(QStringLiteral("mysql://app%40corp@h/%E5%95%86%E5%9F%8E"));
    QVERIFY(encoded.ok());
    QCOMPARE(encoded->url.user, QStringLiteral("app@corp"));
    QCOMPARE(encoded->database, QStringLiteral("商城"));
}

void TstEndpoint::urlPassword()
{
    Result<Endpoint> e = Endpoint::parse(QStringLiteral("mysql://dba:s%3Acr%40t@127.0.0.1/shop"));
    QVERIFY(e.ok());
    QVERIFY(e->passwordInUrl);
    QCOMPARE(e->url.password, QStringLiteral("s:cr@t"));
}

void TstEndpoint::urlOptions()
{
    Result<Endpoint> e = Endpoint::parse(
        QStringLiteral("mysql://dba@db1:3306/shop?ssl-mode=verify_identity&ssl-ca=/etc/ca.pem&connect-timeout=3"));
    QVERIFY(e.ok());
    QCOMPARE(e->url.tlsMode, TlsMode::VerifyIdentity);
    QCOMPARE(e->url.tlsCa, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(e->url.connectTimeoutSeconds, 3);

    Result<Endpoint> sock = Endpoint::parse(QStringLiteral("mysql://root@localhost/shop?socket=/run/mysqld/mysqld.sock"));
    QVERIFY(sock.ok());
    QCOMPARE(sock->url.socket, QStringLiteral("/run/mysqld/mysqld.sock"));
}

void TstEndpoint::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("slash only") << QStringLiteral("/shop") << QStringLiteral("profile name");
    QTest::newRow("trailing slash") << QStringLiteral("prod/") << QStringLiteral("database");
    QTest::newRow("two slashes") << QStringLiteral("prod/a/b") << QStringLiteral("/");
    QTest::newRow("scheme") << QStringLiteral("postgres://u@h/db") << QStringLiteral("mysql://");
    QTest::newRow("no user") << QStringLiteral("mysql://127.0.0.1/db") << QStringLiteral("user");
    QTest::newRow("bad port") << QStringLiteral("mysql://u@h:99999/db") << QStringLiteral("port");
    QTest::newRow("bad ssl mode") << QStringLiteral("mysql://u@h/db?ssl-mode=sometimes") << QStringLiteral("ssl-mode");
    QTest::newRow("unknown option") << QStringLiteral("mysql://u@h/db?compress=1") << QStringLiteral("compress");
    QTest::newRow("nested path") << QStringLiteral("mysql://u@h/db/t") << QStringLiteral("single database");
}

void TstEndpoint::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    Result<Endpoint> e = Endpoint::parse(text);
    QVERIFY(!e.ok());
    QVERIFY2(e.error().message.contains(mentions), qPrintable(e.error().message));
    QVERIFY(!e.error().hint.isEmpty());
}

void TstEndpoint::displayHidesPassword()
{
    Result<Endpoint> e = Endpoint::parse(QStringLiteral("mysql://dba:hunter2@127.0.0.1:3307/shop"));
    QVERIFY(e.ok());
    QVERIFY(!e->displayText().contains(QStringLiteral("hunter2")));
    QVERIFY(e->displayText().contains(QStringLiteral("dba@127.0.0.1:3307/shop")));
}

QTEST_GUILESS_MAIN(TstEndpoint)
#include "tst_endpoint.moc"

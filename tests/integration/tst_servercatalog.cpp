// ServerCatalog: the databases a database chooser offers, as the account sees them.
#include "TestSupport.h"
#include "db/Connection.h"
#include "db/ServerCatalog.h"
#include "db/Sql.h"

#include <QTest>

class TstServerCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsUserDatabasesInOrder();
    void systemDatabasesOnlyWhenAsked_data();
    void systemDatabasesOnlyWhenAsked();
    void accountSeesOnlyItsDatabases();

private:
    std::unique_ptr<Connection> m_root;
    QStringList m_created;
    QString m_user;
};

void TstServerCatalog::initTestCase()
{
    Result<std::unique_ptr<Connection>> c = TestSupport::connect(QStringLiteral("src"));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    m_root = std::move(c.value());
    const QString base = TestSupport::uniqueName(QStringLiteral("cat"));
    // A name with a space and one with non-ASCII letters, in reverse order, to check sorting and bytes.
    m_created = {base + QStringLiteral("_z 空格"), base + QStringLiteral("_a")};
    for (const QString& db : m_created)
        QVERIFY(m_root->execute(QStringLiteral("CREATE DATABASE %1").arg(Sql::quoteIdentifier(db)).toUtf8()).ok());
}

void TstServerCatalog::cleanupTestCase()
{
    if (!m_root)
        return;
    for (const QString& db : m_created)
        (void)m_root->execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(db)).toUtf8());
    if (!m_user.isEmpty())
        (void)m_root->execute(QStringLiteral("DROP USER IF EXISTS %1@'127.0.0.1'").arg(QString::fromUtf8(Sql::stringLiteral(m_user))).toUtf8());
}

void TstServerCatalog::listsUserDatabasesInOrder()
{
    Result<QStringList> names = ServerCatalog::databases(*m_root);
    QVERIFY2(names.ok(), qPrintable(names.ok() ? QString() : names.error().toString()));
    const qsizetype a = names->indexOf(m_created.at(1));
    const qsizetype z = names->indexOf(m_created.at(0));
    QVERIFY2(a >= 0 && z >= 0, qPrintable(names->join(QLatin1Char(','))));
    QVERIFY(a < z);
    QStringList sorted = *names;
    std::sort(sorted.begin(), sorted.end(), ServerCatalog::lessThan);
    QVERIFY(ServerCatalog::lessThan(QStringLiteral("apple"), QStringLiteral("Banana")));
    QCOMPARE(*names, sorted);
}

void TstServerCatalog::systemDatabasesOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("includeSystem");
    QTest::newRow("user databases") << false;
    QTest::newRow("with system databases") << true;
}

void TstServerCatalog::systemDatabasesOnlyWhenAsked()
{
    QFETCH(bool, includeSystem);
    Result<QStringList> names = ServerCatalog::databases(*m_root, includeSystem);
    QVERIFY(names.ok());
    QCOMPARE(names->contains(QStringLiteral("mysql")), includeSystem);
    QCOMPARE(names->contains(QStringLiteral("information_schema")), includeSystem);
    QVERIFY(ServerCatalog::isSystemDatabase(QStringLiteral("PERFORMANCE_SCHEMA")));
    QVERIFY(!ServerCatalog::isSystemDatabase(m_created.at(1)));
}

void TstServerCatalog::accountSeesOnlyItsDatabases()
{
    m_user = TestSupport::uniqueName(QStringLiteral("catuser"));
    const QString user = QString::fromUtf8(Sql::stringLiteral(m_user));
    QVERIFY(m_root->execute(QStringLiteral("CREATE USER %1@'127.0.0.1' IDENTIFIED BY 'pw'").arg(user).toUtf8()).ok());
    QVERIFY(m_root->execute(QStringLiteral("GRANT SELECT ON %1.* TO %2@'127.0.0.1'")
                                .arg(Sql::quoteIdentifier(m_created.at(1)), user)
                                .toUtf8())
                .ok());
    Result<ConnectionSettings> settings = TestSupport::server(QStringLiteral("src"));
    QVERIFY(settings.ok());
    ConnectionSettings s = *settings;
    s.user = m_user;
    s.password = QStringLiteral("pw");
    Result<std::unique_ptr<Connection>> c = Connection::open(s);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    Result<QStringList> names = ServerCatalog::databases(**c);
    QVERIFY(names.ok());
    QCOMPARE(*names, QStringList {m_created.at(1)});
}

QTEST_GUILESS_MAIN(TstServerCatalog)
#include "tst_servercatalog.moc"

// Connections against real sandbox servers: session setup, failures with clear errors, TLS modes,
// exact values through the streaming reader.
#include "TestSupport.h"
#include "db/Connection.h"
#include "db/ConnectionProbe.h"
#include "db/Sql.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

class TstConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionIsPinned();
    void wrongPassword();
    void unreachablePort();
    void unknownDatabase();
    void tlsRequiredWithoutServerTls();
    void tlsModes();
    void tlsVerifyCaNeedsCa();
    void exactValues();
    void streamsLargeResults();
    void multiStatementErrorsAreReported();
    void killedConnectionDoesNotReconnect();
    void probeReportsAccess();

private:
    ConnectionSettings m_src;
};

void TstConnection::initTestCase()
{
    Result<ConnectionSettings> s = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    m_src = *s;
}

void TstConnection::sessionIsPinned()
{
    Result<std::unique_ptr<Connection>> c = Connection::open(m_src);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QVERIFY((*c)->isMariaDb());
    QVERIFY((*c)->serverVersionNumber() >= 100000);
    Result<QueryResult> r = (*c)->query(QByteArrayView(
        "SELECT @@session.time_zone, @@session.sql_mode, @@session.character_set_client, "
        "@@session.character_set_connection, @@session.character_set_results, @@session.autocommit"));
    QVERIFY(r.ok());
    QCOMPARE(r->text(0, 0), QStringLiteral("+00:00"));
    QCOMPARE(r->text(0, 1), QString::fromLatin1(Connection::SessionSqlMode));
    QCOMPARE(r->text(0, 2), QStringLiteral("utf8mb4"));
    QCOMPARE(r->text(0, 3), QStringLiteral("utf8mb4"));
    QCOMPARE(r->text(0, 4), QStringLiteral("binary"));
    QCOMPARE(r->text(0, 5), QStringLiteral("1"));
    // TIMESTAMP values come out in UTC.
    Result<Value> ts = (*c)->scalar(QByteArrayView("SELECT FROM_UNIXTIME(0)"));
    QVERIFY(ts.ok());
    QCOMPARE(**ts, QByteArray("1970-01-01 00:00:00"));
}

void TstConnection::wrongPassword()
{
    Result<std::unique_ptr<Connection>> root = Connection::open(m_src);
    QVERIFY(root.ok());
    QVERIFY((*root)->execute(QByteArrayView("CREATE OR REPLACE USER 'ss_pw'@'127.0.0.1' IDENTIFIED BY 'right-one'")).ok());

    ConnectionSettings s = m_src;
    s.user = QStringLiteral("ss_pw");
    s.password = QStringLiteral("wrong-one");
    Result<std::unique_ptr<Connection>> c = Connection::open(s);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().errnum, 1045u);
    QCOMPARE(c.error().retry, Error::Retry::AccessDenied);
    QVERIFY(!c.error().isRetryable());
    QVERIFY(c.error().toString().contains(QString::number(m_src.port)));
    QVERIFY(c.error().hint.contains(QStringLiteral("password")));
    QVERIFY(!c.error().toString().contains(QStringLiteral("wrong-one")));

    s.password = QStringLiteral("right-one");
    QVERIFY(Connection::open(s).ok());
}

void TstConnection::unreachablePort()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();

    ConnectionSettings s = m_src;
    s.port = port;
    s.connectTimeoutSeconds = 3;
    QElapsedTimer t;
    t.start();
    Result<std::unique_ptr<Connection>> c = Connection::open(s);
    QVERIFY(!c.ok());
    QVERIFY2(t.elapsed() < 5000, "the failure must come within the connect timeout");
    QVERIFY(c.error().errnum == 2002 || c.error().errnum == 2003);
    QVERIFY(c.error().hint.contains(QString::number(port)));
    QVERIFY(c.error().toString().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
}

void TstConnection::unknownDatabase()
{
    ConnectionSettings s = m_src;
    s.database = QStringLiteral("no_such_database_here");
    Result<std::unique_ptr<Connection>> c = Connection::open(s);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().errnum, 1049u);
    QCOMPARE(c.error().database, s.database);
    QVERIFY(!c.error().hint.isEmpty());
}

void TstConnection::tlsRequiredWithoutServerTls()
{
    ConnectionSettings s = m_src;
    s.tlsMode = TlsMode::Required;
    Result<std::unique_ptr<Connection>> c = Connection::open(s);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().toString().contains(QStringLiteral("TLS")) || c.error().toString().contains(QStringLiteral("SSL")),
             qPrintable(c.error().toString()));
    QVERIFY(c.error().hint.contains(QStringLiteral("REQUIRED")));

    // PREFERRED falls back to a plain connection.
    s.tlsMode = TlsMode::Preferred;
    Result<std::unique_ptr<Connection>> plain = Connection::open(s);
    QVERIFY(plain.ok());
    QVERIFY(!(*plain)->tlsInUse());
}

void TstConnection::tlsModes()
{
    Result<ConnectionSettings> tls = TestSupport::server(QStringLiteral("tls"));
    QVERIFY2(tls.ok(), qPrintable(tls.ok() ? QString() : tls.error().toString()));
    const QString dir = TestSupport::tlsDir();

    ConnectionSettings s = *tls;
    s.tlsMode = TlsMode::Required;
    Result<std::unique_ptr<Connection>> required = Connection::open(s);
    QVERIFY2(required.ok(), qPrintable(required.ok() ? QString() : required.error().toString()));
    QVERIFY((*required)->tlsInUse());
    QVERIFY(!(*required)->tlsCipher().isEmpty());
    QVERIFY((*required)->tlsVersion().startsWith(QStringLiteral("TLS")));

    s.tlsMode = TlsMode::VerifyCa;
    s.tlsCa = dir + QStringLiteral("/ca.pem");
    Result<std::unique_ptr<Connection>> verifyCa = Connection::open(s);
    QVERIFY2(verifyCa.ok(), qPrintable(verifyCa.ok() ? QString() : verifyCa.error().toString()));

    s.tlsMode = TlsMode::VerifyIdentity;
    Result<std::unique_ptr<Connection>> identity = Connection::open(s);
    QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().toString()));

    // A CA that did not sign the server's certificate is refused.
    s.tlsMode = TlsMode::VerifyCa;
    s.tlsCa = dir + QStringLiteral("/other-ca.pem");
    Result<std::unique_ptr<Connection>> wrongCa = Connection::open(s);
    QVERIFY(!wrongCa.ok());
    QVERIFY(!wrongCa.error().hint.isEmpty());

    // DISABLED really is plain even when the server offers TLS.
    s.tlsMode = TlsMode::Disabled;
    Result<std::unique_ptr<Connection>> disabled = Connection::open(s);
    QVERIFY(disabled.ok());
    QVERIFY(!(*disabled)->tlsInUse());
}

void TstConnection::tlsVerifyCaNeedsCa()
{
    ConnectionSettings s = m_src;
    s.tlsMode = TlsMode::VerifyCa;
    Result<std::unique_ptr<Connection>> c = Connection::open(s);
    QVERIFY(!c.ok());
    QVERIFY(c.error().message.contains(QStringLiteral("CA")));

    s.tlsCa = QStringLiteral("/nonexistent/ca.pem");
    Result<std::unique_ptr<Connection>> missing = Connection::open(s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/ca.pem")));
}

void TstConnection::exactValues()
{
    Result<std::unique_ptr<Connection>> c = Connection::open(m_src);
    QVERIFY(c.ok());
    Connection& db = **c;
    const QString schema = TestSupport::uniqueName(QStringLiteral("conn"));
    QVERIFY(db.execute(QStringLiteral("CREATE DATABASE %1").arg(Sql::quoteIdentifier(schema)).toUtf8()).ok());
    QVERIFY(db.execute(QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, b VARBINARY(16), t VARCHAR(16) CHARACTER SET latin1, "
                                      "g VARCHAR(16) CHARACTER SET gbk, u VARCHAR(16) CHARACTER SET utf8mb4)")
                           .arg(Sql::qualified(schema, u"t"))
                           .toUtf8())
                .ok());
    const Row row1 {QByteArray("1"), QByteArray("a\0b\xff", 4), QByteArray("Caf\xe9"), QByteArray("\xd6\xd0\xce\xc4"),
                    QByteArray("订单😀")};
    const Row row2 {QByteArray("2"), QByteArray(""), std::nullopt, QByteArray("NULL"), QByteArray("")};
    const QList<Sql::LiteralKind> kinds {Sql::LiteralKind::Numeric, Sql::LiteralKind::Binary, Sql::LiteralKind::Text,
                                         Sql::LiteralKind::Text, Sql::LiteralKind::Text};
    const QByteArrayList charsets {"", "", "latin1", "gbk", "utf8mb4"};
    for (const Row& row : {row1, row2}) {
        QByteArray sql = "INSERT INTO " + Sql::qualified(schema, u"t").toUtf8() + " VALUES (";
        for (int i = 0; i < row.size(); ++i)
            sql += (i ? "," : "") + Sql::literal(row.at(i), kinds.at(i), charsets.at(i));
        sql += ")";
        Status s = db.execute(sql);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    }
    Result<RowStream> stream = db.stream(QStringLiteral("SELECT id, b, t, g, u FROM %1 ORDER BY id").arg(Sql::qualified(schema, u"t")).toUtf8());
    QVERIFY(stream.ok());
    QList<Row> read;
    while (stream->next())
        read.append(stream->rowCopy());
    QVERIFY(!stream->error());
    QCOMPARE(read.size(), 2);
    // Each value comes back as the bytes stored: the latin1 and gbk values are not converted.
    QCOMPARE(read.at(0), row1);
    QCOMPARE(read.at(1), row2);
    QVERIFY(!read.at(1).at(2).has_value());          // NULL
    QVERIFY(read.at(1).at(4).has_value());           // '' is not NULL
    QCOMPARE(stream->fields().at(1).isBinary(), true);
    QVERIFY(db.execute(QStringLiteral("DROP DATABASE %1").arg(Sql::quoteIdentifier(schema)).toUtf8()).ok());
}

void TstConnection::streamsLargeResults()
{
    Result<std::unique_ptr<Connection>> c = Connection::open(m_src);
    QVERIFY(c.ok());
    Result<RowStream> stream = (*c)->stream(QByteArrayView("SELECT seq, REPEAT('x', seq % 100) FROM mysql.seq_1_to_200000"));
    QVERIFY2(stream.ok(), qPrintable(stream.ok() ? QString() : stream.error().toString()));
    qint64 count = 0, sum = 0, bytes = 0;
    while (stream->next()) {
        ++count;
        sum += stream->value(0).toByteArray().toLongLong();
        bytes += stream->value(1).size();
    }
    QVERIFY(!stream->error());
    QCOMPARE(count, 200000);
    QCOMPARE(sum, qint64(200000) * 200001 / 2);
    qint64 expectedBytes = 0;
    for (qint64 i = 1; i <= 200000; ++i)
        expectedBytes += i % 100;
    QCOMPARE(bytes, expectedBytes);
}

void TstConnection::multiStatementErrorsAreReported()
{
    Result<std::unique_ptr<Connection>> c = Connection::open(m_src);
    QVERIFY(c.ok());
    Status s = (*c)->execute(QByteArrayView("DO 1; SELECT * FROM no_such_db.no_such_table; DO 2"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().errnum, 1146u);
    // The connection stays usable after the failed batch.
    Result<Value> v = (*c)->scalar(QByteArrayView("SELECT 42"));
    QVERIFY(v.ok());
    QCOMPARE(**v, QByteArray("42"));
}

void TstConnection::killedConnectionDoesNotReconnect()
{
    Result<std::unique_ptr<Connection>> victim = Connection::open(m_src);
    Result<std::unique_ptr<Connection>> killer = Connection::open(m_src);
    QVERIFY(victim.ok() && killer.ok());
    QVERIFY((*victim)->begin().ok());
    QVERIFY((*killer)->execute(QStringLiteral("KILL CONNECTION %1").arg((*victim)->threadId()).toUtf8()).ok());
    Status first = (*victim)->execute(QByteArrayView("DO 1"));
    QVERIFY(!first.ok());
    QCOMPARE(first.error().retry, Error::Retry::LostConnection);
    // No silent reconnect: the lost transaction must not continue on a new session.
    Status second = (*victim)->execute(QByteArrayView("DO 1"));
    QVERIFY(!second.ok());
}

void TstConnection::probeReportsAccess()
{
    Result<std::unique_ptr<Connection>> root = Connection::open(m_src);
    QVERIFY(root.ok());
    const QString schema = TestSupport::uniqueName(QStringLiteral("probe"));
    QVERIFY((*root)->execute(QStringLiteral("CREATE DATABASE %1").arg(Sql::quoteIdentifier(schema)).toUtf8()).ok());
    QVERIFY((*root)->execute(QByteArrayView("CREATE OR REPLACE USER 'ss_reader'@'127.0.0.1' IDENTIFIED BY 'r'")).ok());
    QVERIFY((*root)->execute(QStringLiteral("GRANT SELECT ON %1.* TO 'ss_reader'@'127.0.0.1'").arg(Sql::quoteIdentifier(schema)).toUtf8()).ok());

    ConnectionSettings s = m_src;
    s.database = schema;
    Result<ConnectionReport> asRoot = ConnectionProbe::run(s);
    QVERIFY(asRoot.ok());
    QVERIFY(asRoot->canRead);
    QVERIFY(asRoot->canWrite);
    QVERIFY(asRoot->latencyMs > 0);
    QCOMPARE(asRoot->roundTrips, 5);
    QVERIFY(!asRoot->tlsInUse);

    s.user = QStringLiteral("ss_reader");
    s.password = QStringLiteral("r");
    Result<ConnectionReport> asReader = ConnectionProbe::run(s);
    QVERIFY2(asReader.ok(), qPrintable(asReader.ok() ? QString() : asReader.error().toString()));
    QVERIFY(asReader->canRead);
    QVERIFY(!asReader->canWrite);
    QCOMPARE(asReader->privileges, QStringList {QStringLiteral("SELECT")});
    QVERIFY((*root)->execute(QStringLiteral("DROP DATABASE %1").arg(Sql::quoteIdentifier(schema)).toUtf8()).ok());
}

QTEST_GUILESS_MAIN(TstConnection)
#include "tst_connection.moc"

// syncstudio-cli compare as scripts use it: the JSON contract, exit codes, the text report and
// one-line errors.
#include "TestSupport.h"
#include "db/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstCompareCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void identicalExitsZero();
    void differencesExitOneWithJson();
    void textReport();
    void endpointWithoutDatabase();
    void missingDatabase();
    void badOptions();

private:
    QString url(const ConnectionSettings& s, const QString& db) const;
    TestSupport::CliRun cli(const QStringList& args);
    bool exec(Connection& c, const QString& sql);

    std::unique_ptr<Connection> m_src;
    std::unique_ptr<Connection> m_dst;
    ConnectionSettings m_srcSettings;
    ConnectionSettings m_dstSettings;
    QString m_srcDb;
    QString m_dstDb;
    QTemporaryDir m_home;
};

QString TstCompareCli::url(const ConnectionSettings& s, const QString& db) const
{
    return QStringLiteral("mysql://root@%1:%2/%3").arg(s.host).arg(s.port).arg(db);
}

TestSupport::CliRun TstCompareCli::cli(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SYNCSTUDIO_HOME"), m_home.path());
    env.remove(QStringLiteral("SYNCSTUDIO_PASSWORD"));
    return TestSupport::runCli(QStringList {QStringLiteral("compare")} + args, {}, env);
}

bool TstCompareCli::exec(Connection& c, const QString& sql)
{
    const Status s = c.execute(sql.toUtf8());
    if (!s)
        qWarning("%s", qPrintable(s.error().toString()));
    return s.ok();
}

void TstCompareCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    Result<ConnectionSettings> src = TestSupport::server(QStringLiteral("src"));
    Result<ConnectionSettings> dst = TestSupport::server(QStringLiteral("dst"));
    QVERIFY(src.ok() && dst.ok());
    m_srcSettings = *src;
    m_dstSettings = *dst;
    m_srcDb = TestSupport::uniqueName(QStringLiteral("cli_src"));
    m_dstDb = TestSupport::uniqueName(QStringLiteral("cli_dst"));
    Result<std::unique_ptr<Connection>> a = Connection::open(*src);
    Result<std::unique_ptr<Connection>> b = Connection::open(*dst);
    QVERIFY(a.ok() && b.ok());
    m_src = std::move(*a);
    m_dst = std::move(*b);
    const QString create = QStringLiteral("CREATE TABLE %1.orders (id INT PRIMARY KEY, customer VARCHAR(20), total DECIMAL(10,2))");
    const QString fill = QStringLiteral("INSERT INTO %1.orders SELECT seq, CONCAT('c', seq), seq / 4 FROM %1.seq_1_to_500");
    QVERIFY(exec(*m_src, QStringLiteral("CREATE DATABASE %1").arg(Sql::quoteIdentifier(m_srcDb))));
    QVERIFY(exec(*m_dst, QStringLiteral("CREATE DATABASE %1").arg(Sql::quoteIdentifier(m_dstDb))));
    QVERIFY(exec(*m_src, create.arg(Sql::quoteIdentifier(m_srcDb))));
    QVERIFY(exec(*m_src, fill.arg(Sql::quoteIdentifier(m_srcDb))));
    QVERIFY(exec(*m_dst, create.arg(Sql::quoteIdentifier(m_dstDb))));
    QVERIFY(exec(*m_dst, fill.arg(Sql::quoteIdentifier(m_dstDb))));
    QVERIFY(exec(*m_src, QStringLiteral("CREATE TABLE %1.`notes 备注` (k VARCHAR(10) PRIMARY KEY, v TEXT)").arg(Sql::quoteIdentifier(m_srcDb))));
    QVERIFY(exec(*m_dst, QStringLiteral("CREATE TABLE %1.`notes 备注` (k VARCHAR(10) PRIMARY KEY, v TEXT)").arg(Sql::quoteIdentifier(m_dstDb))));
}

void TstCompareCli::cleanupTestCase()
{
    if (m_src)
        (void)m_src->execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_srcDb)).toUtf8());
    if (m_dst)
        (void)m_dst->execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_dstDb)).toUtf8());
}

void TstCompareCli::identicalExitsZero()
{
    const TestSupport::CliRun r = cli({url(m_srcSettings, m_srcDb), url(m_dstSettings, m_dstDb), QStringLiteral("--format"),
                                       QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no progress when stderr is not a terminal
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("different_tables")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("tables")).toArray().size(), 2);
}

void TstCompareCli::differencesExitOneWithJson()
{
    const QString db = Sql::quoteIdentifier(m_dstDb);
    QVERIFY(exec(*m_dst, QStringLiteral("UPDATE %1.orders SET total = total + 1 WHERE id IN (10, 20)").arg(db)));
    QVERIFY(exec(*m_dst, QStringLiteral("DELETE FROM %1.orders WHERE id = 30").arg(db)));
    QVERIFY(exec(*m_dst, QStringLiteral("INSERT INTO %1.orders VALUES (1000, 'new', 1)").arg(db)));
    const TestSupport::CliRun r = cli({url(m_srcSettings, m_srcDb), url(m_dstSettings, m_dstDb), QStringLiteral("--format=json"),
                                       QStringLiteral("--tables"), QStringLiteral("orders")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.err + r.out));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {QStringLiteral("diff_store"), QStringLiteral("run_id"), QStringLiteral("source"),
                                 QStringLiteral("summary"), QStringLiteral("tables"), QStringLiteral("target")}));
    QCOMPARE(o.value(QStringLiteral("source")).toString(), url(m_srcSettings, m_srcDb));
    const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject t = tables.first().toObject();
    QStringList tableKeys = t.keys();
    tableKeys.sort();
    QCOMPARE(tableKeys, (QStringList {QStringLiteral("different"), QStringLiteral("key"), QStringLiteral("only_in_source"),
                                      QStringLiteral("only_in_target"), QStringLiteral("reason"), QStringLiteral("source_rows"),
                                      QStringLiteral("status"), QStringLiteral("table"), QStringLiteral("target_rows")}));
    QCOMPARE(t.value(QStringLiteral("table")).toString(), m_srcDb + QStringLiteral(".orders"));
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("different"));
    QCOMPARE(t.value(QStringLiteral("key")).toArray(), QJsonArray {QStringLiteral("id")});
    QCOMPARE(t.value(QStringLiteral("source_rows")).toInt(), 500);
    QCOMPARE(t.value(QStringLiteral("target_rows")).toInt(), 500);
    QCOMPARE(t.value(QStringLiteral("only_in_source")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("only_in_target")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("different")).toInt(), 2);
    const QJsonObject s = o.value(QStringLiteral("summary")).toObject();
    QStringList summaryKeys = s.keys();
    summaryKeys.sort();
    QCOMPARE(summaryKeys, (QStringList {QStringLiteral("different"), QStringLiteral("different_tables"), QStringLiteral("only_in_source"),
                                        QStringLiteral("only_in_target"), QStringLiteral("seconds"), QStringLiteral("tables")}));
    QCOMPARE(s.value(QStringLiteral("tables")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("different_tables")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("different")).toInt(), 2);
    QVERIFY(s.value(QStringLiteral("seconds")).toDouble() > 0);
    const QString store = o.value(QStringLiteral("diff_store")).toString();
    QVERIFY2(store.startsWith(m_home.path() + QStringLiteral("/diffs/") + o.value(QStringLiteral("run_id")).toString()), qPrintable(store));
    QVERIFY(QFile::exists(store));
}

void TstCompareCli::textReport()
{
    const TestSupport::CliRun r = cli({url(m_srcSettings, m_srcDb), url(m_dstSettings, m_dstDb), QStringLiteral("--exclude"),
                                       QStringLiteral("notes*")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("TABLE")));
    QVERIFY(r.out.contains(QStringLiteral("ONLY IN SOURCE")));
    QVERIFY(!r.out.contains(QStringLiteral("notes")));
    QVERIFY2(r.out.contains(QStringLiteral("id=30")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("only in source")));
    QVERIFY(r.out.contains(QStringLiteral("id=1000")));
    QVERIFY(r.out.contains(QStringLiteral("different: total")));
    // Examples come in key order.
    QVERIFY(r.out.indexOf(QStringLiteral("id=10 ")) < r.out.indexOf(QStringLiteral("id=30")));
}

void TstCompareCli::endpointWithoutDatabase()
{
    const TestSupport::CliRun r = cli({QStringLiteral("mysql://root@%1:%2").arg(m_srcSettings.host).arg(m_srcSettings.port),
                                       url(m_dstSettings, m_dstDb)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("names no database")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.out.isEmpty());
}

void TstCompareCli::missingDatabase()
{
    const TestSupport::CliRun r = cli({url(m_srcSettings, m_srcDb), url(m_dstSettings, QStringLiteral("no_such_db_here"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no_such_db_here")), qPrintable(r.err));
    QVERIFY(r.err.contains(QString::number(m_dstSettings.port)));
}

void TstCompareCli::badOptions()
{
    const QString a = url(m_srcSettings, m_srcDb), b = url(m_dstSettings, m_dstDb);
    QCOMPARE(cli({a, b, QStringLiteral("--max-load"), QStringLiteral("Threads_running")}).exitCode, 2);
    QCOMPARE(cli({a, b, QStringLiteral("--parallel"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(cli({a, b, QStringLiteral("--key"), QStringLiteral("orders")}).exitCode, 2);
    QCOMPARE(cli({a}).exitCode, 2);
    const TestSupport::CliRun load = cli({a, b, QStringLiteral("--max-load"), QStringLiteral("No_such_status=5"),
                                          QStringLiteral("--tables"), QStringLiteral("orders")});
    QCOMPARE(load.exitCode, 2);
    QVERIFY2(load.err.contains(QStringLiteral("No_such_status")), qPrintable(load.err));
}

QTEST_GUILESS_MAIN(TstCompareCli)
#include "tst_comparecli.moc"

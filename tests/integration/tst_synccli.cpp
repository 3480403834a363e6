// syncstudio-cli sync, verify and rollback end to end, as a user runs them, on throwaway databases
// of the src and dst sandboxes: every synced table ends byte-identical (checked with plain SQL), a
// second sync writes nothing, a rollback restores the target exactly, and the options (--dry-run,
// --no-delete, the conflict policies, confirmation) do what they say.
#include "tst_applysupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace ApplyTest;

namespace {

// Tables synced by endToEnd() and their checksums' columns (every column, in key order).
const QStringList SyncedTables = {
    QStringLiteral("parent"), QStringLiteral("child"), QStringLiteral("trig"), QStringLiteral("gen"),
    QStringLiteral("we`ird tab.le 表"), QStringLiteral("fid"), QStringLiteral("bulk_empty"), QStringLiteral("bulk_missing"),
};

const QString Schema = QStringLiteral(
    "CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL);\n"
    "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL, v VARCHAR(20),"
    " FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);\n"
    "CREATE TABLE trig (id INT PRIMARY KEY, v VARCHAR(20));\n"
    "CREATE TABLE gen (id INT PRIMARY KEY, a INT, b INT AS (a * 2) STORED, c VARCHAR(30) AS (CONCAT('x', a)) VIRTUAL);\n"
    "CREATE TABLE `we``ird tab.le 表` (`co``l,umn` INT PRIMARY KEY, `select` VARCHAR(20), `from` TEXT);\n"
    "CREATE TABLE fid (id INT PRIMARY KEY, b1 BIT(1), b64 BIT(64), j JSON, f FLOAT, d DOUBLE, dec65 DECIMAL(65,30),"
    " l1 VARCHAR(20) CHARACTER SET latin1, g VARCHAR(20) CHARACTER SET gbk, vb VARBINARY(20), zd DATE, zdt DATETIME,"
    " dt6 DATETIME(6), tm TIME(3), y YEAR, e ENUM('a','b','c'), st SET('x','y','z'), bl BLOB, geo POINT NULL,"
    " ts TIMESTAMP(6) NULL DEFAULT NULL);\n"
    "CREATE TABLE bulk_empty (id INT PRIMARY KEY, v VARCHAR(40), d DECIMAL(10,2), t DATETIME(6), n TEXT);\n"
    "CREATE TABLE bulk_missing (id INT PRIMARY KEY, v VARCHAR(40), bin VARBINARY(16));\n");

const QString FidelityRows = QStringLiteral(
    "(1, b'1', b'1111111111111111111111111111111111111111111111111111111111111111', '{\"a\": [1, 2.50, \"x\"]}', 1.1,"
    " 1.7976931348623157e308, '12345678901234567890123456789012345.123456789012345678901234567891',"
    " _latin1 X'E9A3FF', _gbk X'C4E3BAC3', X'00FF0A095C', '0000-00-00', '0000-00-00 00:00:00',"
    " '2024-02-29 23:59:59.999999', '-838:59:59.000', 2155, 'b', 'x,z', X'00010A0D5C09', POINT(1.5, -2.25),"
    " '2024-01-01 00:00:00.123456'),"
    " (2, b'0', 0, '[]', 3.4e38, -2.2250738585072014e-308, '-0.000000000000000000000000000001', '', '', '',"
    " '2020-00-15', '2020-01-00 10:00:00', '1000-01-01 00:00:00.000001', '00:00:00.001', 1901, 'a', '', '', POINT(0, 0),"
    " NULL),"
    " (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");

} // namespace

class TstSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endToEnd();
    void dryRunChangesNothingAndItsSqlDoesTheSame();
    void noDeleteKeepsTargetRows();
    void policies_data();
    void policies();
    void confirmationIsRequired();
    void charsetsDifferBetweenSides();

private:
    QString url(const QString& server, const QString& db) const
    {
        const ConnectionSettings& s = server == QLatin1String("src") ? m_src : m_dst;
        return QStringLiteral("mysql://root@127.0.0.1:%1/%2").arg(s.port).arg(db);
    }
    TestSupport::CliRun cli(const Fixture& f, const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_HOME"), f.home.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        TestSupport::CliRun run = TestSupport::runCli(args, input, env);
        if (qEnvironmentVariableIsSet("SYNCSTUDIO_TEST_VERBOSE"))
            qInfo().noquote() << "$ syncstudio-cli" << args.join(QLatin1Char(' ')) << "  -> exit" << run.exitCode << "\n"
                              << run.out << run.err;
        return run;
    }
    TestSupport::CliRun sync(const Fixture& f, const QStringList& extra = {})
    {
        return cli(f, QStringList {QStringLiteral("sync"), url(QStringLiteral("src"), f.src.name()),
                                   url(QStringLiteral("dst"), f.dst.name()), QStringLiteral("--yes"),
                                   QStringLiteral("--format"), QStringLiteral("json")}
                          + extra);
    }
    static QJsonObject json(const TestSupport::CliRun& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }
    static QString sums(Connection& c, const QString& db, const QStringList& tables)
    {
        QStringList out;
        for (const QString& t : tables)
            out << t + QLatin1Char('=') + checksum(c, db, t);
        return out.join(QLatin1Char('\n'));
    }
    QJsonObject planOf(const QJsonObject& o, const QString& table) const
    {
        for (const QJsonValue v : o.value(QStringLiteral("plan")).toArray()) {
            if (v.toObject().value(QStringLiteral("table")).toString().endsWith(QLatin1Char('.') + table))
                return v.toObject();
        }
        return {};
    }

    ConnectionSettings m_src;
    ConnectionSettings m_dst;
};

void TstSyncCli::initTestCase()
{
    Result<ConnectionSettings> s = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    Result<ConnectionSettings> d = TestSupport::server(QStringLiteral("dst"));
    QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
    m_src = *s;
    m_dst = *d;
}

void TstSyncCli::endToEnd()
{
    Fixture f(QStringLiteral("ss_sync_e2e"));
    QVERIFY(f.open());
    QVERIFY(f.both(Schema));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral(
        "CREATE TABLE trig_log (n INT AUTO_INCREMENT PRIMARY KEY, id INT, v VARCHAR(20));\n"
        "CREATE TRIGGER trig_au AFTER UPDATE ON trig FOR EACH ROW INSERT INTO trig_log (id, v) VALUES (NEW.id, NEW.v)")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral(
        "INSERT INTO parent VALUES (1, 'p1-new'), (2, 'p2');\n"
        "INSERT INTO child VALUES (10, 1, 'c10'), (11, 1, 'c11'), (12, 2, 'c12');\n"
        "INSERT INTO trig VALUES (1, 'one'), (2, 'two');\n"
        "INSERT INTO gen (id, a) VALUES (1, 10), (2, 20), (3, 30);\n"
        "INSERT INTO `we``ird tab.le 表` VALUES (1, 'a`b', 'from ''x'''), (2, 'é', NULL);\n"
        "INSERT INTO fid VALUES %1;\n"
        "INSERT INTO bulk_empty SELECT seq, CONCAT('row\\t', seq, '\\\\n'), seq / 7, TIMESTAMP('2024-01-01') + INTERVAL seq SECOND,"
        " IF(seq % 5 = 0, NULL, REPEAT('n', seq % 30)) FROM seq_1_to_3000;\n"
        "INSERT INTO bulk_missing SELECT seq, CONCAT('m', seq), UNHEX(LPAD(HEX(seq), 8, '0')) FROM seq_1_to_3000;\n")
                                           .arg(FidelityRows)));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral(
        "INSERT INTO parent VALUES (1, 'p1-old'), (2, 'p2'), (3, 'p3');\n"
        "INSERT INTO child VALUES (10, 1, 'c10'), (11, 1, 'c11-old'), (13, 3, 'c13');\n"
        "INSERT INTO trig VALUES (1, 'uno'), (3, 'tres');\n"
        "INSERT INTO gen (id, a) VALUES (1, 11), (4, 40);\n"
        "INSERT INTO `we``ird tab.le 表` VALUES (1, 'a`b', 'old'), (3, 'gone', NULL);\n"
        "INSERT INTO fid VALUES %1;\n"
        "UPDATE fid SET j = '{\"a\": [1, 2.5, \"x\"]}', f = 1.2, l1 = _latin1 X'E9', b64 = 7 WHERE id = 1;\n"
        "DELETE FROM fid WHERE id = 2;\n"
        "INSERT INTO fid (id, d) VALUES (4, 1);\n"
        "INSERT INTO bulk_missing SELECT seq, CONCAT('m', seq), UNHEX(LPAD(HEX(seq), 8, '0')) FROM seq_1_to_1000;\n"
        "UPDATE bulk_missing SET v = 'changed' WHERE id = 500;\n")
                                           .arg(FidelityRows)));
    const QString before = sums(*f.dstConn, f.dst.name(), SyncedTables);
    QVERIFY(sums(*f.srcConn, f.src.name(), SyncedTables).replace(f.src.name(), f.dst.name()) != before);

    TestSupport::CliRun first = sync(f);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    const QJsonObject o = json(first);
    const QJsonObject applied = o.value(QStringLiteral("applied")).toObject();
    // Inserts: child 1, trig 1, gen 2, weird 1, fid 1, bulk 3000 + 2000. Updates: parent, child,
    // trig, gen, weird, fid, bulk_missing. Deletes: parent, child, trig, gen, weird, fid.
    QCOMPARE(applied.value(QStringLiteral("inserted")).toInteger(), 1 + 1 + 2 + 1 + 1 + 3000 + 2000);
    QCOMPARE(applied.value(QStringLiteral("updated")).toInteger(), 7);
    QCOMPARE(applied.value(QStringLiteral("deleted")).toInteger(), 6);
    QCOMPARE(applied.value(QStringLiteral("conflicts")).toInteger(), 0);
    const QString backupId = o.value(QStringLiteral("backup_id")).toString();
    QVERIFY(!backupId.isEmpty());
    QVERIFY(!o.value(QStringLiteral("run_id")).toString().isEmpty());
    QVERIFY(planOf(o, QStringLiteral("bulk_empty")).value(QStringLiteral("bulk")).toBool());
    QVERIFY(planOf(o, QStringLiteral("bulk_missing")).value(QStringLiteral("bulk")).toBool());
    const QString warnings = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("warnings")).toArray()).toJson());
    QVERIFY2(warnings.contains(QStringLiteral("trig_au")), qPrintable(warnings)); // the trigger is named
    QVERIFY2(warnings.contains(QStringLiteral("ON DELETE CASCADE")), qPrintable(warnings));

    // Byte-identical, table by table, by a checksum computed with plain SQL.
    for (const QString& t : SyncedTables)
        QCOMPARE(checksum(*f.dstConn, f.dst.name(), t), checksum(*f.srcConn, f.src.name(), t));
    // The parent's row 1 was updated in place: its children are still there.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM child WHERE parent_id = 1")), 2);
    // The trigger fired for the update it saw.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM trig_log WHERE id = 1 AND v = 'one'")), 1);

    TestSupport::CliRun verify = cli(f, {QStringLiteral("verify"), QStringLiteral("--run"), o.value(QStringLiteral("run_id")).toString()});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));

    // A second sync finds nothing to write and takes no backup point.
    TestSupport::CliRun second = sync(f);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
    const QJsonObject o2 = json(second);
    const QJsonObject applied2 = o2.value(QStringLiteral("applied")).toObject();
    QCOMPARE(applied2.value(QStringLiteral("inserted")).toInteger() + applied2.value(QStringLiteral("updated")).toInteger()
                 + applied2.value(QStringLiteral("deleted")).toInteger(),
             0);
    QVERIFY(o2.value(QStringLiteral("backup_id")).isNull());
    TestSupport::CliRun backups = cli(f, {QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(backups.out.toUtf8()).array().size(), 1);

    // The rollback returns the target to exactly where it was.
    TestSupport::CliRun rollback = cli(f, {QStringLiteral("rollback"), backupId, QStringLiteral("--yes")});
    QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err + rollback.out));
    QCOMPARE(sums(*f.dstConn, f.dst.name(), SyncedTables), before);
}

void TstSyncCli::dryRunChangesNothingAndItsSqlDoesTheSame()
{
    Fixture f(QStringLiteral("ss_sync_dry"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20) CHARACTER SET latin1, b BLOB, f FLOAT);\n"
                                  "CREATE TABLE e (id INT PRIMARY KEY, v INT)")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t SELECT seq, CONCAT(_latin1 X'E9', seq), X'000A27', seq / 3 "
                                                    "FROM seq_1_to_300; INSERT INTO e SELECT seq, seq FROM seq_1_to_50")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t SELECT seq, 'old', NULL, 0 FROM seq_100_to_400")));
    const QStringList tables {QStringLiteral("t"), QStringLiteral("e")};
    const QString before = sums(*f.dstConn, f.dst.name(), tables);
    const QString script = f.home.filePath(QStringLiteral("plan.sql"));

    TestSupport::CliRun dry = cli(f, {QStringLiteral("sync"), url(QStringLiteral("src"), f.src.name()),
                                      url(QStringLiteral("dst"), f.dst.name()), QStringLiteral("--dry-run=") + script,
                                      QStringLiteral("--batch-rows"), QStringLiteral("100")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err + dry.out));
    QCOMPARE(sums(*f.dstConn, f.dst.name(), tables), before);
    TestSupport::CliRun backups = cli(f, {QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(backups.out.toUtf8()).array().size(), 0);

    QFile file(script);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sql = file.readAll();
    QVERIFY(sql.contains("-- guard: SELECT"));
    QVERIFY(sql.contains("must read ("));
    QVERIFY(sql.contains("START TRANSACTION;"));
    QVERIFY(!sql.contains("REPLACE"));

    // Run by hand, the script makes the target equal to the source.
    QProcess mariadb;
    mariadb.setStandardInputFile(script);
    mariadb.start(QStringLiteral("mariadb"), {QStringLiteral("--no-defaults"), QStringLiteral("--protocol=TCP"),
                                              QStringLiteral("-h127.0.0.1"), QStringLiteral("-P%1").arg(m_dst.port),
                                              QStringLiteral("-uroot"), f.dst.name()});
    QVERIFY(mariadb.waitForFinished(60000));
    QVERIFY2(mariadb.exitCode() == 0, mariadb.readAllStandardError().constData());
    for (const QString& t : tables)
        QCOMPARE(checksum(*f.dstConn, f.dst.name(), t), checksum(*f.srcConn, f.src.name(), t));
}

void TstSyncCli::noDeleteKeepsTargetRows()
{
    Fixture f(QStringLiteral("ss_sync_nodel"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20))")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t VALUES (1, 'a'), (2, 'b')")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t VALUES (1, 'x'), (3, 'only here')")));
    TestSupport::CliRun run = sync(f, {QStringLiteral("--no-delete")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject applied = json(run).value(QStringLiteral("applied")).toObject();
    QCOMPARE(applied.value(QStringLiteral("deleted")).toInteger(), 0);
    QCOMPARE(applied.value(QStringLiteral("updated")).toInteger(), 1);
    QCOMPARE(applied.value(QStringLiteral("inserted")).toInteger(), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM t WHERE id = 3 AND v = 'only here'")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM t WHERE (id, v) IN ((1, 'a'), (2, 'b'))")), 2);
}

void TstSyncCli::policies_data()
{
    // Rows: 1 newer on the source, 2 newer on the target, 3 a tie, 4 only in the source, 5 only in
    // the target. Expected v of each id on the target afterwards ("-" absent), the exit code and
    // the conflicts queued.
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("conflicts");
    QTest::newRow("source-wins") << QStringLiteral("source-wins")
                                 << QStringList {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4"), QStringLiteral("-")}
                                 << 0 << 0;
    QTest::newRow("target-wins") << QStringLiteral("target-wins")
                                 << QStringList {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("s4"), QStringLiteral("t5")}
                                 << 0 << 0;
    QTest::newRow("newer-wins") << QStringLiteral("newer-wins:updated_at")
                                << QStringList {QStringLiteral("s1"), QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("s4"), QStringLiteral("-")}
                                << 3 << 1;
    QTest::newRow("manual") << QStringLiteral("manual")
                            << QStringList {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("-"), QStringLiteral("t5")}
                            << 3 << 5;
}

void TstSyncCli::policies()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, expected);
    QFETCH(int, exitCode);
    QFETCH(int, conflicts);
    Fixture f(QStringLiteral("ss_sync_pol"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20), updated_at DATETIME(6))")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t VALUES (1, 's1', '2024-05-02 00:00:00'), "
                                                    "(2, 's2', '2024-05-01 00:00:00'), (3, 's3', '2024-05-01 00:00:00.5'), "
                                                    "(4, 's4', '2024-01-01')")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t VALUES (1, 't1', '2024-05-01 00:00:00'), "
                                                    "(2, 't2', '2024-05-02 00:00:00'), (3, 't3', '2024-05-01 00:00:00.5'), "
                                                    "(5, 't5', '2024-01-01')")));
    TestSupport::CliRun run = sync(f, {QStringLiteral("--conflict"), policy});
    QVERIFY2(run.exitCode == exitCode, qPrintable(QString::number(run.exitCode) + run.err + run.out));
    QCOMPARE(json(run).value(QStringLiteral("applied")).toObject().value(QStringLiteral("conflicts")).toInteger(), conflicts);
    for (int id = 1; id <= 5; ++id) {
        Result<Value> v = f.dstConn->scalar(QStringLiteral("SELECT v FROM t WHERE id = %1").arg(id).toUtf8());
        QVERIFY(v);
        QCOMPARE(v->has_value() ? QString::fromUtf8(**v) : QStringLiteral("-"), expected.at(id - 1));
    }
    TestSupport::CliRun list = cli(f, {QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray queued = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(queued.size(), conflicts);
    if (policy.startsWith(QLatin1String("newer-wins"))) {
        QCOMPARE(queued.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("id=3"));
        QCOMPARE(queued.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("newer-tie"));
    }
}

void TstSyncCli::confirmationIsRequired()
{
    Fixture f(QStringLiteral("ss_sync_yes"));
    QVERIFY(f.open());
    QVERIFY(f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v INT)")));
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t VALUES (1, 1)")));
    const QString before = checksum(*f.dstConn, f.dst.name(), QStringLiteral("t"));

    // No terminal and no --yes: a clear error, nothing written.
    TestSupport::CliRun noTty = cli(f, {QStringLiteral("sync"), url(QStringLiteral("src"), f.src.name()),
                                        url(QStringLiteral("dst"), f.dst.name())});
    QCOMPARE(noTty.exitCode, 2);
    QVERIFY2(noTty.err.contains(QStringLiteral("--yes")), qPrintable(noTty.err));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), before);

    // A production target is named as such and needs --yes.
    TestSupport::CliRun add = cli(f, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("live"), QStringLiteral("--host"),
                                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_dst.port),
                                      QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--tag"), QStringLiteral("prod"),
                                      QStringLiteral("--ssl-mode"), QStringLiteral("disabled")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    TestSupport::CliRun prod = cli(f, {QStringLiteral("sync"), url(QStringLiteral("src"), f.src.name()),
                                       QStringLiteral("live/") + f.dst.name()});
    QCOMPARE(prod.exitCode, 2);
    QVERIFY2(prod.err.contains(QStringLiteral("production")), qPrintable(prod.err));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), before);
    TestSupport::CliRun yes = cli(f, {QStringLiteral("sync"), url(QStringLiteral("src"), f.src.name()),
                                      QStringLiteral("live/") + f.dst.name(), QStringLiteral("--yes")});
    QVERIFY2(yes.exitCode == 0, qPrintable(yes.err + yes.out));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")), checksum(*f.srcConn, f.src.name(), QStringLiteral("t")));
}

void TstSyncCli::charsetsDifferBetweenSides()
{
    // The compare reads such columns as utf8mb4; the guard must compare that form (else every row
    // would look changed) while the backup keeps the stored bytes.
    Fixture f(QStringLiteral("ss_sync_cs"));
    QVERIFY(f.open());
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY, v VARCHAR(20) CHARACTER SET latin1);"
                                                    "CREATE TABLE b (id INT PRIMARY KEY, v VARCHAR(20) CHARACTER SET utf8mb4);"
                                                    "INSERT INTO a VALUES (1, _latin1 X'E9'), (2, 'same'), (3, _latin1 X'FC');"
                                                    "INSERT INTO b VALUES (1, 'caf\u00e9'), (2, 'same'), (3, 'new')")));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY, v VARCHAR(20) CHARACTER SET utf8mb4);"
                                                    "CREATE TABLE b (id INT PRIMARY KEY, v VARCHAR(20) CHARACTER SET latin1);"
                                                    "INSERT INTO a VALUES (1, 'x'), (2, 'same'), (4, 'gone');"
                                                    "INSERT INTO b VALUES (1, _latin1 X'E9'), (2, 'same'), (3, _latin1 X'E9E9')")));
    const QStringList tables {QStringLiteral("a"), QStringLiteral("b")};
    const QString before = sums(*f.dstConn, f.dst.name(), tables);
    TestSupport::CliRun run = sync(f);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject applied = json(run).value(QStringLiteral("applied")).toObject();
    QCOMPARE(applied.value(QStringLiteral("conflicts")).toInteger(), 0);
    QCOMPARE(applied.value(QStringLiteral("updated")).toInteger(), 3); // a.1, b.1, b.3
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM a WHERE id = 1 AND HEX(v) = 'C3A9'")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM b WHERE id = 1 AND HEX(v) = '636166E9'")), 1);
    TestSupport::CliRun compare = cli(f, {QStringLiteral("compare"), url(QStringLiteral("src"), f.src.name()),
                                          url(QStringLiteral("dst"), f.dst.name())});
    QVERIFY2(compare.exitCode == 0, qPrintable(compare.out + compare.err));
    TestSupport::CliRun rollback = cli(f, {QStringLiteral("rollback"), json(run).value(QStringLiteral("backup_id")).toString(),
                                           QStringLiteral("--yes")});
    QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err + rollback.out));
    QCOMPARE(sums(*f.dstConn, f.dst.name(), tables), before);
}

QTEST_GUILESS_MAIN(TstSyncCli)
#include "tst_synccli.moc"

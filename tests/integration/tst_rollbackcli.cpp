// The backups and rollback verbs of syncstudio-cli, run as a user runs them: against a sync made
// through the core API into a private SYNCSTUDIO_HOME. Exit codes (0 done, 2 error, 3 conflicts),
// JSON output, refusing to act without a terminal or --yes, and a damaged backup stopping both
// `backups show` and `rollback`.
#include "tst_applysupport.h"

#include "sync/Applier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ApplyTest;

class TstRollbackCli : public QObject
{
    Q_OBJECT

private slots:
    void listShowExportRollbackDelete();
    void conflictsExitThree();
    void damagedBackupStopsShowAndRollback();
    void unknownIdIsAnError();

private:
    bool sync(Fixture& f, QString* runId, QString* before);
    TestSupport::CliRun cli(const Fixture& f, const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_HOME"), f.home.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        TestSupport::CliRun run = TestSupport::runCli(args, {}, env);
        // SYNCSTUDIO_TEST_VERBOSE=1 shows what a user would see.
        if (qEnvironmentVariableIsSet("SYNCSTUDIO_TEST_VERBOSE"))
            qInfo().noquote() << "$ syncstudio-cli" << args.join(QLatin1Char(' ')) << "  -> exit" << run.exitCode << "\n"
                              << run.out << run.err;
        return run;
    }
    QString sum(Fixture& f) { return checksum(*f.dstConn, f.dst.name(), QStringLiteral("t")); }
};

bool TstRollbackCli::sync(Fixture& f, QString* runId, QString* before)
{
    if (!f.open() || !f.both(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20) CHARACTER SET gbk, b BLOB)"))
        || !Fixture::run(*f.srcConn, QStringLiteral("INSERT INTO t SELECT seq, CONCAT(_gbk X'D6D0', seq), X'00' FROM seq_1_to_20"))
        || !Fixture::run(*f.dstConn, QStringLiteral("INSERT INTO t SELECT seq, 'old', NULL FROM seq_5_to_25")))
        return false;
    *before = sum(f);
    Result<ChangePlan::Table> t = diff(*f.srcConn, *f.dstConn, f.src.name(), f.dst.name(), QStringLiteral("t"));
    if (!t)
        return false;
    ChangePlan p;
    p.tables = {*t};
    Applier::Options o = quietOptions();
    o.source = QStringLiteral("src/") + f.src.name();
    o.target = QStringLiteral("mysql://root@%1:%2").arg(f.target.host).arg(f.target.port);
    Applier applier(f.target, *f.catalog, o);
    Result<Applier::Outcome> out = applier.run(p);
    if (!out) {
        qWarning("%s", qPrintable(text(out.error())));
        return false;
    }
    *runId = out->runId;
    return out->inserted == 4 && out->updated == 16 && out->deleted == 5;
}

void TstRollbackCli::listShowExportRollbackDelete()
{
    Fixture f(QStringLiteral("ss_rbcli"));
    QString id, before;
    QVERIFY(sync(f, &id, &before));
    const QString afterSync = sum(f);

    TestSupport::CliRun r = cli(f, {QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)[QStringLiteral("id")].toString(), id);
    QCOMPARE(list.at(0)[QStringLiteral("state")].toString(), QStringLiteral("complete"));
    QCOMPARE(list.at(0)[QStringLiteral("updated")].toInt(), 16);
    QCOMPARE(list.at(0)[QStringLiteral("expired")].toBool(), false);
    QCOMPARE(list.at(0)[QStringLiteral("tables")].toArray().at(0)[QStringLiteral("table")].toString(),
             f.dst.name() + QStringLiteral(".t"));

    r = cli(f, {QStringLiteral("backups"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(id) && r.out.contains(QLatin1String("+4 ~16 -5")), qPrintable(r.out));

    // A prefix is enough when it names one backup point.
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("show"), id.left(id.size() - 2), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown[QStringLiteral("id")].toString(), id);
    QCOMPARE(shown[QStringLiteral("file")][QStringLiteral("intact")].toBool(), true);
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("show"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("intact")), qPrintable(r.out));

    const QString script = f.home.filePath(QStringLiteral("rollback.sql"));
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("export"), id, QStringLiteral("--output"), script});
    QCOMPARE(r.exitCode, 0);
    QFile sql(script);
    QVERIFY(sql.open(QIODevice::ReadOnly));
    const QByteArray text = sql.readAll();
    QVERIFY(text.contains("DELETE FROM " + Sql::qualified(f.dst.name(), QStringLiteral("t")).toUtf8()));
    QVERIFY(text.contains("-- expects ("));
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("export"), id});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.toUtf8(), text);

    // No terminal and no --yes: a clear refusal, nothing touched.
    r = cli(f, {QStringLiteral("rollback"), id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--yes")), qPrintable(r.err));
    QCOMPARE(sum(f), afterSync);

    r = cli(f, {QStringLiteral("rollback"), id, QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report[QStringLiteral("backup_id")].toString(), id);
    QCOMPARE(report[QStringLiteral("applied")][QStringLiteral("deleted")].toInt(), 4);
    QCOMPARE(report[QStringLiteral("applied")][QStringLiteral("restored")].toInt(), 16);
    QCOMPARE(report[QStringLiteral("applied")][QStringLiteral("reinserted")].toInt(), 5);
    QCOMPARE(report[QStringLiteral("verify")][QStringLiteral("matching")].toInt(), 25);
    QCOMPARE(report[QStringLiteral("verify")][QStringLiteral("differing")].toInt(), 0);
    QCOMPARE(sum(f), before);

    r = cli(f, {QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray after = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("rollback"));
    QCOMPARE(after.at(1)[QStringLiteral("state")].toString(), QStringLiteral("rolled-back"));

    // Again: refused, it is done.
    r = cli(f, {QStringLiteral("rollback"), id, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("already been rolled back")), qPrintable(r.err));

    r = cli(f, {QStringLiteral("backups"), QStringLiteral("delete"), id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--yes")));
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("delete"), id, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFile::exists(f.catalog->folderOf(id)));
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
}

void TstRollbackCli::conflictsExitThree()
{
    Fixture f(QStringLiteral("ss_rbcli_c"));
    QString id, before;
    QVERIFY(sync(f, &id, &before));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("UPDATE t SET b = X'FF' WHERE id = 7")));
    TestSupport::CliRun r = cli(f, {QStringLiteral("rollback"), id, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QLatin1String("changed on the target after")), qPrintable(r.out));
    QVERIFY2(r.out.contains(f.dst.name() + QStringLiteral(".t")), qPrintable(r.out));
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM t WHERE id = 7 AND b = X'FF'")), 1);
}

void TstRollbackCli::damagedBackupStopsShowAndRollback()
{
    Fixture f(QStringLiteral("ss_rbcli_d"));
    QString id, before;
    QVERIFY(sync(f, &id, &before));
    const QString afterSync = sum(f);
    QFile io(f.catalog->fileOf(id));
    QVERIFY(io.open(QIODevice::ReadWrite));
    QByteArray bytes = io.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x40);
    QVERIFY(io.seek(0));
    QCOMPARE(io.write(bytes), bytes.size());
    io.close();

    TestSupport::CliRun r = cli(f, {QStringLiteral("backups"), QStringLiteral("show"), id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QLatin1String("damaged")), qPrintable(r.out));
    r = cli(f, {QStringLiteral("rollback"), id, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("damaged")) && r.err.contains(QLatin1String("Nothing was changed")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QCOMPARE(sum(f), afterSync);
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("export"), id});
    QCOMPARE(r.exitCode, 2);
}

void TstRollbackCli::unknownIdIsAnError()
{
    Fixture f(QStringLiteral("ss_rbcli_u"));
    QVERIFY(f.open());
    TestSupport::CliRun r = cli(f, {QStringLiteral("rollback"), QStringLiteral("19990101-000000-000000"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("backups list")), qPrintable(r.err));
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("No backup points yet")));
    r = cli(f, {QStringLiteral("backups"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TstRollbackCli)
#include "tst_rollbackcli.moc"

// The sync project file: round trip, and clear errors for files that cannot be used.
#include "store/SyncProject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TstSyncProject : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void defaults();
    void invalid_data();
    void invalid();
    void missingFile();
};

void TstSyncProject::roundTrip()
{
    SyncProject p;
    p.name = QStringLiteral("商城 prod -> staging");
    p.source = QStringLiteral("prod/shop");
    p.target = QStringLiteral("mysql://dba@127.0.0.1:3307/shop_local");
    p.tables = {QStringLiteral("order*"), QStringLiteral("customers")};
    p.exclude = {QStringLiteral("shop.tmp_*")};
    p.tableMapping.insert(QStringLiteral("legacy_notes"), QStringLiteral("notes_v2"));
    p.keys.insert(QStringLiteral("shop.audit_log"), {QStringLiteral("ts"), QStringLiteral("actor")});
    p.ignoreColumns = {QStringLiteral("shop.customers.updated_at")};
    p.where = QStringLiteral("created_at >= '2026-01-01'");
    p.parallel = 4;
    p.deletes = false;
    p.conflictPolicy = QStringLiteral("newer-wins:updated_at");
    p.foreignKeyChecks = false;
    p.semanticJson = true;
    p.maxLoad = QStringLiteral("Threads_running=25");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.syncproject.json"));
    QVERIFY(p.save(path).ok());
    Result<SyncProject> back = SyncProject::load(path);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->name, p.name);
    QCOMPARE(back->source, p.source);
    QCOMPARE(back->target, p.target);
    QCOMPARE(back->tables, p.tables);
    QCOMPARE(back->exclude, p.exclude);
    QCOMPARE(back->tableMapping, p.tableMapping);
    QCOMPARE(back->keys, p.keys);
    QCOMPARE(back->ignoreColumns, p.ignoreColumns);
    QCOMPARE(back->where, p.where);
    QCOMPARE(back->parallel, 4);
    QCOMPARE(back->deletes, false);
    QCOMPARE(back->conflictPolicy, p.conflictPolicy);
    QCOMPARE(back->foreignKeyChecks, false);
    QCOMPARE(back->semanticJson, true);
    QCOMPARE(back->maxLoad, p.maxLoad);
    // Readable: the file is indented JSON a DBA can edit.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\n    \"source\": \"prod/shop\""));
}

void TstSyncProject::defaults()
{
    Result<SyncProject> p = SyncProject::fromJson(
        R"({"format":"syncstudio-project","version":1,"source":"a/shop","target":"b/shop"})", QStringLiteral("inline"));
    QVERIFY(p.ok());
    QCOMPARE(p->parallel, 2);
    QVERIFY(p->deletes);
    QCOMPARE(p->conflictPolicy, QStringLiteral("source-wins"));
    QVERIFY(p->foreignKeyChecks);
    QVERIFY(p->tables.isEmpty());
}

void TstSyncProject::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray head = R"({"format":"syncstudio-project","version":1,"source":"a/shop","target":"b/shop",)";
    QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("not a SyncStudio project");
    QTest::newRow("newer") << QByteArray(R"({"format":"syncstudio-project","version":99,"source":"a","target":"b"})") << QStringLiteral("newer");
    QTest::newRow("no target") << QByteArray(R"({"format":"syncstudio-project","version":1,"source":"a"})") << QStringLiteral("\"target\" is missing");
    QTest::newRow("bad endpoint") << QByteArray(R"({"format":"syncstudio-project","version":1,"source":"ftp://x","target":"b"})") << QStringLiteral("\"source\"");
    QTest::newRow("password") << QByteArray(R"({"format":"syncstudio-project","version":1,"source":"mysql://u:pw@h/db","target":"b"})") << QStringLiteral("password");
    QTest::newRow("tables type") << head + R"("tables":"orders"})" << QStringLiteral("\"tables\"");
    QTest::newRow("keys form") << head + R"("keys":{"audit_log":["ts"]}})" << QStringLiteral("database.table");
    QTest::newRow("keys empty") << head + R"("keys":{"shop.audit_log":[]}})" << QStringLiteral("at least one column");
    QTest::newRow("parallel") << head + R"("options":{"parallel":0}})" << QStringLiteral("parallel");
    QTest::newRow("conflict") << head + R"("options":{"conflict":"newest"}})" << QStringLiteral("conflict");
    QTest::newRow("newer-wins needs column") << head + R"("options":{"conflict":"newer-wins:"}})" << QStringLiteral("conflict");
    QTest::newRow("max load") << head + R"("options":{"max_load":"25"}})" << QStringLiteral("max_load");
}

void TstSyncProject::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    Result<SyncProject> p = SyncProject::fromJson(json, QStringLiteral("test.json"));
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    QVERIFY(p.error().message.contains(QStringLiteral("test.json")));
    QVERIFY(!p.error().hint.isEmpty());
}

void TstSyncProject::missingFile()
{
    Result<SyncProject> p = SyncProject::load(QStringLiteral("/nonexistent/dir/x.json"));
    QVERIFY(!p.ok());
    QVERIFY(p.error().message.contains(QStringLiteral("/nonexistent/dir/x.json")));
}

QTEST_GUILESS_MAIN(TstSyncProject)
#include "tst_syncproject.moc"

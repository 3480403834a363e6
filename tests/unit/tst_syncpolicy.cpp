// The pieces of a sync that need no server: conflict policies and their "newer" order, typed
// values for conflict resolutions, the LOAD DATA line format, and the guard's view of a row read
// in the compare's form.
#include "sync/BulkLoader.h"
#include "sync/ConflictPolicy.h"
#include "sync/ConflictResolver.h"
#include "sync/DiffChangeSource.h"
#include "sync/SyncSql.h"
#include "sync/SyncTable.h"

#include <QTest>

namespace {

SyncTable::Column col(const QString& name, Sql::LiteralKind kind, const QByteArray& charset = {})
{
    SyncTable::Column c;
    c.name = name;
    c.kind = kind;
    c.charset = charset;
    return c;
}

} // namespace

class TstSyncPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void verdicts();
    void newer_data();
    void newer();
    void assignments();
    void desiredImage();
    void loadDataLine();
    void guardView();
    void mapImage();
};

void TstSyncPolicy::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("default") << QString() << true << QStringLiteral("source-wins");
    QTest::newRow("source") << QStringLiteral("source-wins") << true << QStringLiteral("source-wins");
    QTest::newRow("target") << QStringLiteral("target-wins") << true << QStringLiteral("target-wins");
    QTest::newRow("manual") << QStringLiteral("manual") << true << QStringLiteral("manual");
    QTest::newRow("newer") << QStringLiteral("newer-wins:updated_at") << true << QStringLiteral("newer-wins:updated_at");
    QTest::newRow("newer without column") << QStringLiteral("newer-wins:") << false << QString();
    QTest::newRow("unknown") << QStringLiteral("latest") << false << QString();
}

void TstSyncPolicy::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    Result<ConflictPolicy> p = ConflictPolicy::parse(text);
    QCOMPARE(p.ok(), valid);
    if (valid)
        QCOMPARE(p->text(), normalized);
    else
        QVERIFY(p.error().hint.contains(QStringLiteral("newer-wins:COLUMN")));
}

void TstSyncPolicy::verdicts()
{
    using V = ConflictPolicy::Verdict;
    const Value older(QByteArray("2024-01-01 00:00:00")), newer(QByteArray("2024-01-02 00:00:00"));
    ConflictPolicy source = *ConflictPolicy::parse(QStringLiteral("source-wins"));
    QCOMPARE(source.onlyInSource(), V::Write);
    QCOMPARE(source.onlyInTarget(), V::Write);
    QCOMPARE(source.different(older, newer), V::Write);
    ConflictPolicy target = *ConflictPolicy::parse(QStringLiteral("target-wins"));
    QCOMPARE(target.onlyInSource(), V::Write);
    QCOMPARE(target.onlyInTarget(), V::Keep);
    QCOMPARE(target.different(newer, older), V::Keep);
    ConflictPolicy manual = *ConflictPolicy::parse(QStringLiteral("manual"));
    QCOMPARE(manual.onlyInSource(), V::Conflict);
    QCOMPARE(manual.onlyInTarget(), V::Conflict);
    QCOMPARE(manual.different(newer, older), V::Conflict);
    ConflictPolicy newest = *ConflictPolicy::parse(QStringLiteral("newer-wins:ts"));
    QCOMPARE(newest.column(), QStringLiteral("ts"));
    QCOMPARE(newest.different(newer, older), V::Write);
    QCOMPARE(newest.different(older, newer), V::Keep);
    QCOMPARE(newest.different(older, older), V::Conflict);
    QCOMPARE(newest.onlyInSource(), V::Write);
    QCOMPARE(newest.onlyInTarget(), V::Write);
}

void TstSyncPolicy::newer_data()
{
    QTest::addColumn<Value>("a");
    QTest::addColumn<Value>("b");
    QTest::addColumn<int>("expected");
    auto v = [](const char* s) { return Value(QByteArray(s)); };
    QTest::newRow("ints") << v("9") << v("10") << -1;
    QTest::newRow("negative") << v("-10") << v("-9") << -1;
    QTest::newRow("decimals") << v("0.5") << v("0.25") << 1;
    QTest::newRow("decimal trailing zeros") << v("1.50") << v("1.5") << 0;
    QTest::newRow("leading zeros") << v("007") << v("7") << 0;
    QTest::newRow("huge") << v("18446744073709551615") << v("18446744073709551614") << 1;
    QTest::newRow("decimal(65,30)") << v("-0.000000000000000000000000000001") << v("0") << -1;
    QTest::newRow("minus zero") << v("-0.0") << v("0") << 0;
    QTest::newRow("datetime") << v("2024-05-01 00:00:00.5") << v("2024-05-01 00:00:00.25") << 1;
    QTest::newRow("null is oldest") << Value() << v("0") << -1;
    QTest::newRow("both null") << Value() << Value() << 0;
}

void TstSyncPolicy::newer()
{
    QFETCH(Value, a);
    QFETCH(Value, b);
    QFETCH(int, expected);
    QCOMPARE(ConflictPolicy::compareNewer(a, b), expected);
    QCOMPARE(ConflictPolicy::compareNewer(b, a), -expected);
}

void TstSyncPolicy::assignments()
{
    Result<QList<QPair<QString, Value>>> r =
        ConflictResolver::parseAssignments(QStringLiteral("a=1,b=NULL,c='NULL',d='it''s, fine',e=0x00ff,f=plain text"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->size(), 6);
    QCOMPARE(r->at(0).first, QStringLiteral("a"));
    QCOMPARE(r->at(0).second, Value(QByteArray("=1")));
    QVERIFY(!r->at(1).second);
    QCOMPARE(r->at(2).second, Value(QByteArray("=NULL")));
    QCOMPARE(r->at(3).second, Value(QByteArray("=it's, fine")));
    QCOMPARE(r->at(4).second, Value(QByteArray("0x00ff")));
    QCOMPARE(r->at(5).second, Value(QByteArray("=plain text")));
    QVERIFY(!ConflictResolver::parseAssignments(QStringLiteral("novalue")));
    QVERIFY(!ConflictResolver::parseAssignments(QStringLiteral("a='open")));
}

void TstSyncPolicy::desiredImage()
{
    SyncTable t;
    t.database = QStringLiteral("db");
    t.table = QStringLiteral("t");
    t.columns = {col(QStringLiteral("id"), Sql::LiteralKind::Numeric),
                 col(QStringLiteral("name"), Sql::LiteralKind::Text, QByteArrayLiteral("latin1")),
                 col(QStringLiteral("blob"), Sql::LiteralKind::Binary),
                 col(QStringLiteral("extra"), Sql::LiteralKind::Text)};
    t.columns[3].compared = false;
    t.keyColumns = {0};
    StoredConflict c;
    c.syncTable = t;
    c.key = {QByteArray("1")};
    c.sourceImage = Row {QByteArray("1"), QByteArray("a"), QByteArray("b"), std::nullopt};
    c.targetImage = Row {QByteArray("1"), QByteArray("x"), QByteArray("y"), std::nullopt};
    ConflictResolver::Decision d;
    d.take = ConflictResolver::Decision::Take::Set;
    d.values = *ConflictResolver::parseAssignments(QStringLiteral("name=caf\u00e9,blob=0x00ff"));
    Result<std::optional<Row>> image = ConflictResolver::desiredImage(c, d);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE((**image).at(1), Value(QByteArray("caf\xe9"))); // latin1 bytes
    QCOMPARE((**image).at(2), Value(QByteArray("\x00\xff", 2)));
    QCOMPARE((**image).at(0), Value(QByteArray("1")));
    d.values = *ConflictResolver::parseAssignments(QStringLiteral("extra=1"));
    QVERIFY(!ConflictResolver::desiredImage(c, d)); // not written by the sync
    d.values = *ConflictResolver::parseAssignments(QStringLiteral("nope=1"));
    QVERIFY(!ConflictResolver::desiredImage(c, d));
    d.take = ConflictResolver::Decision::Take::Target;
    QCOMPARE(*ConflictResolver::desiredImage(c, d), c.targetImage);
}

void TstSyncPolicy::loadDataLine()
{
    SyncTable t;
    t.columns = {col(QStringLiteral("id"), Sql::LiteralKind::Numeric),
                 col(QStringLiteral("v"), Sql::LiteralKind::Binary),
                 col(QStringLiteral("g"), Sql::LiteralKind::Numeric),
                 col(QStringLiteral("w"), Sql::LiteralKind::Text)};
    t.columns[2].generated = true;
    t.keyColumns = {0};
    QByteArray line;
    BulkLoader::appendLine(line, t, Row {QByteArray("7"), QByteArray("a\tb\nc\\d\0e", 9), QByteArray("x"), std::nullopt});
    QCOMPARE(line, QByteArray("7\ta\\tb\\nc\\\\d\\0e\t\\N\n"));
    line.clear();
    BulkLoader::appendLine(line, t, Row {QByteArray("8"), QByteArray(""), std::nullopt, QByteArray("N")});
    QCOMPARE(line, QByteArray("8\t\tN\n")); // '' is not NULL; the letter N alone is not \N
    const QByteArray sql = BulkLoader::statement(t);
    QVERIFY(sql.contains("CHARACTER SET binary"));
    QVERIFY(sql.endsWith("(`id`, `v`, `w`)"));
    QString why;
    QVERIFY(!BulkLoader::eligible(t, &why));
    QVERIFY(why.contains(QStringLiteral("generated")));
    t.columns.removeAt(2);
    QVERIFY(BulkLoader::eligible(t));
    t.triggers << QStringLiteral("AFTER INSERT t_ai");
    QVERIFY(!BulkLoader::eligible(t, &why));
}

void TstSyncPolicy::guardView()
{
    SyncTable t;
    t.database = QStringLiteral("db");
    t.table = QStringLiteral("t");
    t.columns = {col(QStringLiteral("id"), Sql::LiteralKind::Numeric),
                 col(QStringLiteral("l"), Sql::LiteralKind::Text, QByteArrayLiteral("latin1")),
                 col(QStringLiteral("x"), Sql::LiteralKind::Text)};
    t.columns[1].guard = QStringLiteral("CONVERT(%1 USING utf8mb4)");
    t.columns[1].guardCharset = QByteArrayLiteral("utf8mb4");
    t.columns[2].compared = false;
    t.keyColumns = {0};
    QCOMPARE(t.guardedSelectList(), QStringLiteral("`id`, `l`, `x`, CONVERT(`l` USING utf8mb4)"));
    const Row fetched {QByteArray("1"), QByteArray("\xe9"), QByteArray("z"), QByteArray("\xc3\xa9")};
    QCOMPARE(t.rawImage(fetched), (Row {QByteArray("1"), QByteArray("\xe9"), QByteArray("z")}));
    QCOMPARE(t.guardView(fetched), (Row {QByteArray("1"), QByteArray("\xc3\xa9"), QByteArray("z")}));
    // The plan's image has a placeholder for the uncompared column: still the same row.
    QVERIFY(t.sameCompared(t.guardView(fetched), Row {QByteArray("1"), QByteArray("\xc3\xa9"), std::nullopt}));
    QVERIFY(!t.sameCompared(t.guardView(fetched), Row {QByteArray("1"), QByteArray("\xe9"), std::nullopt}));
    // Plan values of a guarded column are written in the guard's charset; stored bytes in the column's.
    QCOMPARE(SyncSql::literal(t, 1, QByteArray("\xc3\xa9")), QByteArray("'\xc3\xa9'"));
    const SyncTable raw = t.rawForm();
    QVERIFY(!raw.hasGuards());
    QVERIFY(raw.columns.at(2).compared);
    QVERIFY(SyncSql::literal(raw, 1, QByteArray("\xe9")).startsWith("_latin1"));
    QVERIFY(raw.sameShape(t));
    QCOMPARE(SyncTable::fromJson(t.toJson()).guardedSelectList(), t.guardedSelectList());
    QVERIFY(!SyncTable::fromJson(t.toJson()).columns.at(2).compared);
    // Uncompared columns are neither inserted nor updated.
    QCOMPARE(SyncSql::insertColumns(t), (QList<int> {0, 1}));
    QCOMPARE(SyncSql::updateColumns(t, Row {QByteArray("1"), QByteArray("a"), QByteArray("q")},
                                    Row {QByteArray("1"), QByteArray("a"), std::nullopt}, {}),
             QList<int>());
}

void TstSyncPolicy::mapImage()
{
    // The compare's columns (b, a) onto a target table (a, extra, b).
    QCOMPARE(DiffChangeSource::mapImage(Row {QByteArray("B"), QByteArray("A")}, 3, {2, 0}),
             (Row {QByteArray("A"), std::nullopt, QByteArray("B")}));
    SyncTable t;
    t.columns = {col(QStringLiteral("a"), Sql::LiteralKind::Numeric), col(QStringLiteral("extra"), Sql::LiteralKind::Text),
                 col(QStringLiteral("b"), Sql::LiteralKind::Text)};
    t.keyColumns = {0};
    DiffRow row;
    row.kind = DiffRow::Kind::Different;
    row.sourceImage = Row {QByteArray("new"), QByteArray("1")};
    row.targetImage = Row {QByteArray("old"), QByteArray("1")};
    row.diffColumns = {0};
    const RowChange c = DiffChangeSource::toChange(row, t, {2, 0});
    QCOMPARE(c.kind, RowChange::Kind::Update);
    QCOMPARE(c.key, (Row {QByteArray("1")}));
    QCOMPARE(c.changedColumns, (QList<int> {2}));
    QCOMPARE(c.after.at(2), Value(QByteArray("new")));
    QCOMPARE(c.before.at(2), Value(QByteArray("old")));
}

QTEST_GUILESS_MAIN(TstSyncPolicy)
#include "tst_syncpolicy.moc"

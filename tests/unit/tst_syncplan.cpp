// The write side's pure parts: statement text (quoting, literals, no REPLACE, generated columns
// left out, ON UPDATE columns assigned), key encoding, and the foreign-key order of a plan.
#include "sync/ChangePlan.h"
#include "sync/ForeignKeyGraph.h"
#include "sync/MemoryChangeSource.h"
#include "sync/SyncSql.h"
#include "sync/SyncTable.h"

#include <QTest>

namespace {

SyncTable table(const QString& db, const QString& name)
{
    SyncTable t;
    t.database = db;
    t.table = name;
    t.columns = {{QStringLiteral("id"), Sql::LiteralKind::Numeric, {}, false, false, false, true, {}, {}},
                 {QStringLiteral("name"), Sql::LiteralKind::Text, QByteArrayLiteral("latin1"), false, false, false, true, {}, {}},
                 {QStringLiteral("blob"), Sql::LiteralKind::Binary, {}, false, false, false, true, {}, {}},
                 {QStringLiteral("total"), Sql::LiteralKind::Numeric, {}, true, false, false, true, {}, {}},
                 {QStringLiteral("stamp"), Sql::LiteralKind::Text, {}, false, true, false, true, {}, {}}};
    t.keyColumns = {0};
    return t;
}

Row row(std::initializer_list<const char*> values)
{
    Row r;
    for (const char* v : values)
        r.append(v ? Value(QByteArray(v)) : Value());
    return r;
}

ChangePlan::Table planTable(const QString& db, const QString& name)
{
    ChangePlan::Table t;
    t.table = table(db, name);
    t.changes = std::make_shared<MemoryChangeSource>();
    return t;
}

using Kind = RowChange::Kind;

} // namespace

class TstSyncPlan : public QObject
{
    Q_OBJECT

private slots:
    void keyBytesAreUnambiguous();
    void insertLeavesGeneratedColumnsOut();
    void updateAssignsChangedAndOnUpdateColumns();
    void updateWithNothingToWriteIsEmpty();
    void compositeKeysUseOrOfAnds();
    void hostileIdentifiersAreQuoted();
    void neverReplace();
    void order_data();
    void order();
    void cycleIsReportedAndBroken();
    void foreignKeyChecksOffKeepsPlanOrder();
    void validateRefusesKeylessTables();
    void warningsNameTriggersAndCascades();
    void tableJsonRoundTrip();
};

void TstSyncPlan::keyBytesAreUnambiguous()
{
    // ('a', 'bc') and ('ab', 'c') concatenate alike; their encodings must not.
    QVERIFY(RowChange::keyBytes(row({"a", "bc"})) != RowChange::keyBytes(row({"ab", "c"})));
    // NULL and the empty string differ.
    QVERIFY(RowChange::keyBytes(row({nullptr})) != RowChange::keyBytes(row({""})));
    QCOMPARE(RowChange::keyBytes(row({"x", "y"})), RowChange::keyBytes(row({"x", "y"})));
    QVERIFY(sameImage(row({"1", nullptr}), row({"1", nullptr})));
    QVERIFY(!sameImage(row({"1", nullptr}), row({"1", ""})));
    QVERIFY(!sameImage(row({"1"}), row({"1", "2"})));
}

void TstSyncPlan::insertLeavesGeneratedColumnsOut()
{
    const SyncTable t = table(QStringLiteral("shop"), QStringLiteral("items"));
    QCOMPARE(SyncSql::insertPrefix(t), QByteArray("INSERT INTO `shop`.`items` (`id`, `name`, `blob`, `stamp`) VALUES "));
    const Row image {QByteArray("7"), QByteArray("caf\xe9"), QByteArray("\x00\x01", 2), QByteArray("99"),
                     QByteArray("2024-01-01 00:00:00")};
    QCOMPARE(SyncSql::insertTuple(t, image), QByteArray("(7, _latin1 X'636166E9', X'0001', '2024-01-01 00:00:00')"));
}

void TstSyncPlan::updateAssignsChangedAndOnUpdateColumns()
{
    const SyncTable t = table(QStringLiteral("shop"), QStringLiteral("items"));
    const Row before = row({"7", "a", "b", "1", "2020-01-01 00:00:00"});
    const Row after = row({"7", "z", "b", "2", "2020-01-01 00:00:00"});
    // `name` changed; `total` is generated (never written); `stamp` has ON UPDATE and is assigned its
    // value explicitly so the server does not stamp it with now().
    QCOMPARE(SyncSql::updateColumns(t, before, after, {1}), (QList<int> {1, 4}));
    QCOMPARE(SyncSql::update(t, row({"7"}), before, after, {1}),
             QByteArray("UPDATE `shop`.`items` SET `name` = 'z', `stamp` = '2020-01-01 00:00:00' WHERE `id` = 7"));
    // A column that differs but was not listed as changed is written too.
    QCOMPARE(SyncSql::updateColumns(t, before, row({"7", "a", "c", "1", "2020-01-01 00:00:00"}), {}), (QList<int> {2, 4}));
}

void TstSyncPlan::updateWithNothingToWriteIsEmpty()
{
    const SyncTable t = table(QStringLiteral("shop"), QStringLiteral("items"));
    const Row before = row({"7", "a", "b", "1", "x"});
    const Row after = row({"7", "a", "b", "5", "x"}); // only the generated column differs
    QVERIFY(SyncSql::updateColumns(t, before, after, {3}).isEmpty());
    QVERIFY(SyncSql::update(t, row({"7"}), before, after, {3}).isEmpty());
}

void TstSyncPlan::compositeKeysUseOrOfAnds()
{
    SyncTable t = table(QStringLiteral("d"), QStringLiteral("t"));
    t.keyColumns = {0, 1};
    QCOMPARE(SyncSql::keyCondition(t, {row({"1", "a"}), row({"2", "b"})}),
             QByteArray("(`id` = 1 AND `name` = 'a') OR (`id` = 2 AND `name` = 'b')"));
    t.keyColumns = {0};
    QCOMPARE(SyncSql::deleteRows(t, {row({"1"}), row({"2"})}), QByteArray("DELETE FROM `d`.`t` WHERE `id` IN (1, 2)"));
    QCOMPARE(SyncSql::selectRows(t, {row({"1"})}, true),
             QByteArray("SELECT `id`, `name`, `blob`, `total`, `stamp` FROM `d`.`t` WHERE `id` IN (1) FOR UPDATE"));
}

void TstSyncPlan::hostileIdentifiersAreQuoted()
{
    SyncTable t;
    t.database = QStringLiteral("we`ird db");
    t.table = QStringLiteral("订单 select");
    t.columns = {{QStringLiteral("k`ey"), Sql::LiteralKind::Text, {}, false, false, false, true, {}, {}},
                 {QStringLiteral("v"), Sql::LiteralKind::Numeric, {}, false, false, true, true, {}, {}}};
    t.keyColumns = {0};
    QCOMPARE(QString::fromUtf8(SyncSql::selectRows(t, {row({"a'b"})}, false)),
             QStringLiteral("SELECT `k``ey`, CAST(`v` AS DOUBLE) FROM `we``ird db`.`订单 select` WHERE `k``ey` IN ('a''b')"));
}

void TstSyncPlan::neverReplace()
{
    const SyncTable t = table(QStringLiteral("d"), QStringLiteral("t"));
    const Row a = row({"1", "x", "y", "2", "s"});
    const Row b = row({"1", "q", "y", "2", "s"});
    for (const QByteArray& sql : {SyncSql::insertPrefix(t), SyncSql::update(t, row({"1"}), a, b, {1}),
                                  SyncSql::deleteRows(t, {row({"1"})})})
        QVERIFY2(!sql.toUpper().contains("REPLACE"), sql.constData());
}

void TstSyncPlan::order_data()
{
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<QStringList>("edges"); // "child>parent"
    QTest::addColumn<QStringList>("expected"); // table:kind in execution order

    QTest::newRow("parent listed after child")
        << QStringList {QStringLiteral("orders"), QStringLiteral("customers")}
        << QStringList {QStringLiteral("orders>customers")}
        << QStringList {QStringLiteral("orders:delete"), QStringLiteral("customers:delete"),
                        QStringLiteral("customers:update"), QStringLiteral("customers:insert"),
                        QStringLiteral("orders:update"), QStringLiteral("orders:insert")};
    QTest::newRow("chain of three")
        << QStringList {QStringLiteral("lines"), QStringLiteral("orders"), QStringLiteral("customers")}
        << QStringList {QStringLiteral("lines>orders"), QStringLiteral("orders>customers")}
        << QStringList {QStringLiteral("lines:delete"), QStringLiteral("orders:delete"),
                        QStringLiteral("customers:delete"), QStringLiteral("customers:update"),
                        QStringLiteral("customers:insert"), QStringLiteral("orders:update"),
                        QStringLiteral("orders:insert"), QStringLiteral("lines:update"), QStringLiteral("lines:insert")};
    QTest::newRow("unrelated tables keep plan order")
        << QStringList {QStringLiteral("b"), QStringLiteral("a")} << QStringList {}
        << QStringList {QStringLiteral("a:delete"), QStringLiteral("b:delete"), QStringLiteral("b:update"),
                        QStringLiteral("b:insert"), QStringLiteral("a:update"), QStringLiteral("a:insert")};
    QTest::newRow("self reference and outside table ignored")
        << QStringList {QStringLiteral("tree"), QStringLiteral("x")}
        << QStringList {QStringLiteral("tree>tree"), QStringLiteral("x>elsewhere")}
        << QStringList {QStringLiteral("x:delete"), QStringLiteral("tree:delete"), QStringLiteral("tree:update"),
                        QStringLiteral("tree:insert"), QStringLiteral("x:update"), QStringLiteral("x:insert")};
}

void TstSyncPlan::order()
{
    QFETCH(QStringList, tables);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, expected);
    ChangePlan plan;
    for (const QString& t : tables)
        plan.tables.append(planTable(QStringLiteral("db"), t));
    ForeignKeyGraph graph;
    for (const QString& e : edges)
        graph.addEdge({QStringLiteral("db"), e.section(QLatin1Char('>'), 0, 0), QStringLiteral("db"),
                       e.section(QLatin1Char('>'), 1, 1), QStringLiteral("fk"), QStringLiteral("RESTRICT")});
    QStringList actual;
    for (const ChangePlan::Step& s : plan.steps(graph))
        actual << tables.at(s.table) + QLatin1Char(':') + RowChange::kindName(s.kind);
    QCOMPARE(actual, expected);
}

void TstSyncPlan::cycleIsReportedAndBroken()
{
    ForeignKeyGraph graph;
    graph.addEdge({QStringLiteral("db"), QStringLiteral("a"), QStringLiteral("db"), QStringLiteral("b"), {}, {}});
    graph.addEdge({QStringLiteral("db"), QStringLiteral("b"), QStringLiteral("db"), QStringLiteral("a"), {}, {}});
    graph.addEdge({QStringLiteral("db"), QStringLiteral("c"), QStringLiteral("db"), QStringLiteral("a"), {}, {}});
    QStringList warnings;
    const QList<int> order = graph.parentsFirst(
        {{QStringLiteral("db"), QStringLiteral("c")}, {QStringLiteral("db"), QStringLiteral("a")},
         {QStringLiteral("db"), QStringLiteral("b")}},
        &warnings);
    QCOMPARE(order.size(), 3);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QLatin1String("cycle")));
    // c depends on a, so a comes before c even though the cycle a<->b had to be broken.
    QVERIFY(order.indexOf(1) < order.indexOf(0));
}

void TstSyncPlan::foreignKeyChecksOffKeepsPlanOrder()
{
    ChangePlan plan;
    plan.tables = {planTable(QStringLiteral("db"), QStringLiteral("child")),
                   planTable(QStringLiteral("db"), QStringLiteral("parent"))};
    plan.tables[0].inserts = false; // a toggle removes that step
    plan.foreignKeyChecks = false;
    ForeignKeyGraph graph;
    graph.addEdge({QStringLiteral("db"), QStringLiteral("child"), QStringLiteral("db"), QStringLiteral("parent"), {}, {}});
    const QList<ChangePlan::Step> steps = plan.steps(graph);
    const QList<ChangePlan::Step> expected {{1, Kind::Delete}, {0, Kind::Delete}, {0, Kind::Update},
                                            {1, Kind::Update}, {1, Kind::Insert}};
    QCOMPARE(steps, expected);
    QVERIFY(plan.warnings(graph).join(QLatin1Char(' ')).contains(QLatin1String("Foreign key checks are off")));
}

void TstSyncPlan::validateRefusesKeylessTables()
{
    ChangePlan plan;
    plan.tables = {planTable(QStringLiteral("db"), QStringLiteral("t"))};
    QVERIFY(plan.validate().ok());
    plan.tables[0].table.keyColumns.clear();
    const Status s = plan.validate();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().table, QStringLiteral("t"));
    QVERIFY(s.error().message.contains(QLatin1String("no primary key")));
    plan.tables[0].table.keyColumns = {3}; // generated
    QVERIFY(!plan.validate().ok());
    plan.tables[0].table.keyColumns = {0};
    plan.tables.append(planTable(QStringLiteral("db"), QStringLiteral("t")));
    QVERIFY(!plan.validate().ok());
}

void TstSyncPlan::warningsNameTriggersAndCascades()
{
    ChangePlan plan;
    plan.tables = {planTable(QStringLiteral("db"), QStringLiteral("parent"))};
    plan.tables[0].table.triggers = {QStringLiteral("AFTER INSERT audit_ins")};
    ForeignKeyGraph graph;
    graph.addEdge({QStringLiteral("db"), QStringLiteral("child"), QStringLiteral("db"), QStringLiteral("parent"),
                   QStringLiteral("fk_child"), QStringLiteral("CASCADE")});
    const QString all = plan.warnings(graph).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("audit_ins")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("ON DELETE CASCADE")), qPrintable(all));
    plan.tables[0].deletes = false;
    QVERIFY(!plan.warnings(graph).join(QLatin1Char('\n')).contains(QLatin1String("CASCADE")));
}

void TstSyncPlan::tableJsonRoundTrip()
{
    SyncTable t = table(QStringLiteral("数据"), QStringLiteral("t`1"));
    t.triggers = {QStringLiteral("BEFORE UPDATE x")};
    t.foreignKeyReferenced = true;
    t.columns[1].readAsDouble = true;
    const SyncTable back = SyncTable::fromJson(t.toJson());
    QString why;
    QVERIFY2(back.sameShape(t, &why), qPrintable(why));
    QCOMPARE(back.triggers, t.triggers);
    QCOMPARE(back.foreignKeyReferenced, true);
    QCOMPARE(back.columns.at(4).autoUpdate, true);
    SyncTable other = t;
    other.columns[2].kind = Sql::LiteralKind::Text;
    QVERIFY(!other.sameShape(t, &why));
    QVERIFY(why.contains(QLatin1String("blob")));
}

QTEST_GUILESS_MAIN(TstSyncPlan)
#include "tst_syncplan.moc"

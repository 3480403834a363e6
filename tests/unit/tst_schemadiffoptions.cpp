// SchemaDiff on hand-built models (no server): each ignore option, mappings, globs, name case rules,
// attributes that are never compared (definers), and the JSON shape.
#include "schema/ObjectFilter.h"
#include "schema/SchemaDiff.h"

#include <QJsonArray>
#include <QTest>

namespace {

Column column(const QString& name, const QString& type, int ordinal)
{
    Column c;
    c.name = name;
    c.type = type;
    c.ordinal = ordinal;
    return c;
}

Table table(const QString& name)
{
    Table t;
    t.name = name;
    t.engine = QStringLiteral("InnoDB");
    t.rowFormat = QStringLiteral("Dynamic");
    t.charset = QStringLiteral("utf8mb4");
    t.collation = QStringLiteral("utf8mb4_general_ci");
    t.columns << column(QStringLiteral("id"), QStringLiteral("int(11)"), 1)
              << column(QStringLiteral("a"), QStringLiteral("varchar(10)"), 2)
              << column(QStringLiteral("b"), QStringLiteral("int(11)"), 3);
    t.columns[0].nullable = false;
    t.columns[1].charset = QStringLiteral("utf8mb4");
    t.columns[1].collation = QStringLiteral("utf8mb4_general_ci");
    Index pk;
    pk.name = QStringLiteral("PRIMARY");
    pk.primary = pk.unique = true;
    pk.type = QStringLiteral("BTREE");
    pk.parts << Index::Part {QStringLiteral("id"), {}, 0, false};
    t.indexes << pk;
    return t;
}

DatabaseSchema schema(const QString& name, const QList<Table>& tables)
{
    DatabaseSchema s;
    s.name = name;
    s.tables = tables;
    return s;
}

QStringList changesOf(const SchemaDiffResult& r)
{
    QStringList all;
    for (const ObjectDiff& o : r.objects)
        all += o.changes;
    return all;
}

} // namespace

class TstSchemaDiffOptions : public QObject
{
    Q_OBJECT

private slots:
    void identicalModels();
    void ignoreOptions_data();
    void ignoreOptions();
    void setIgnored();
    void tableMapping();
    void databaseMappingForForeignKeys();
    void globs_data();
    void globs();
    void filterAppliesToTriggersThroughTheirTable();
    void namesOfColumnsAndIndexesIgnoreCase();
    void definersAreNotCompared();
    void columnOrderReportsOnlyMovedColumns();
    void jsonShape();
};

void TstSchemaDiffOptions::identicalModels()
{
    const SchemaDiffResult r = SchemaDiff::compare(schema(QStringLiteral("a"), {table(QStringLiteral("t"))}),
                                                   schema(QStringLiteral("b"), {table(QStringLiteral("t"))}));
    QVERIFY(r.identical());
    QCOMPARE(r.objects.size(), 1);
    QCOMPARE(r.objects.first().name, QStringLiteral("a.t"));
}

void TstSchemaDiffOptions::ignoreOptions_data()
{
    QTest::addColumn<QString>("ignore");
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("change");
    QTest::newRow("auto-increment") << "auto-increment" << 0 << "auto_increment 5 -> 9";
    QTest::newRow("comments") << "comments" << 1 << "column a: comment '' -> 'note'";
    QTest::newRow("table comment") << "comments" << 2 << "comment 'x' -> 'y'";
    QTest::newRow("column-order") << "column-order" << 3 << "column b: position after a -> after id";
    QTest::newRow("table-options") << "table-options" << 4 << "engine InnoDB -> Aria";
    QTest::newRow("collations") << "collations" << 5 << "column a: collation utf8mb4_general_ci -> utf8mb4_bin";
    QTest::newRow("table collation") << "collations" << 6 << "collation utf8mb4_general_ci -> utf8mb4_unicode_ci";
}

void TstSchemaDiffOptions::ignoreOptions()
{
    QFETCH(QString, ignore);
    QFETCH(int, mutation);
    QFETCH(QString, change);
    Table s = table(QStringLiteral("t"));
    Table t = table(QStringLiteral("t"));
    switch (mutation) {
    case 0:
        s.autoIncrement = 5;
        t.autoIncrement = 9;
        break;
    case 1:
        t.columns[1].comment = QStringLiteral("note");
        break;
    case 2:
        s.comment = QStringLiteral("x");
        t.comment = QStringLiteral("y");
        break;
    case 3:
        t.columns.swapItemsAt(1, 2);
        break;
    case 4:
        t.engine = QStringLiteral("Aria");
        break;
    case 5:
        t.columns[1].collation = QStringLiteral("utf8mb4_bin");
        break;
    case 6:
        t.collation = QStringLiteral("utf8mb4_unicode_ci");
        break;
    }
    const DatabaseSchema a = schema(QStringLiteral("a"), {s}), b = schema(QStringLiteral("b"), {t});
    const SchemaDiffResult strict = SchemaDiff::compare(a, b);
    QCOMPARE(changesOf(strict), QStringList {change});
    SchemaDiffOptions options;
    QVERIFY(options.setIgnored(ignore).ok());
    const SchemaDiffResult relaxed = SchemaDiff::compare(a, b, options);
    QVERIFY2(relaxed.identical(), qPrintable(changesOf(relaxed).join(QLatin1Char('\n'))));
}

void TstSchemaDiffOptions::setIgnored()
{
    SchemaDiffOptions o;
    QVERIFY(o.setIgnored(QStringLiteral(" auto-increment, comments ,column-order,table-options,collations")).ok());
    QVERIFY(o.ignoreAutoIncrement && o.ignoreComments && o.ignoreColumnOrder && o.ignoreTableOptions && o.ignoreCollations);
    SchemaDiffOptions bad;
    const Status s = bad.setIgnored(QStringLiteral("comments,indexes"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("indexes")));
    QVERIFY(s.error().hint.contains(QStringLiteral("column-order")));

    SchemaDiffOptions m;
    QVERIFY(m.addTableMappings(QStringLiteral("a=b, c = d")).ok());
    QCOMPARE(m.tableMap.value(QStringLiteral("a")), QStringLiteral("b"));
    QCOMPARE(m.tableMap.value(QStringLiteral("c")), QStringLiteral("d"));
    QVERIFY(!m.addTableMappings(QStringLiteral("a")).ok());
    QVERIFY(!m.addTableMappings(QStringLiteral("=b")).ok());
}

void TstSchemaDiffOptions::tableMapping()
{
    const DatabaseSchema a = schema(QStringLiteral("shop"), {table(QStringLiteral("customers"))});
    const DatabaseSchema b = schema(QStringLiteral("shop_local"), {table(QStringLiteral("clients"))});
    QCOMPARE(SchemaDiff::compare(a, b).count(ObjectDiff::Status::OnlyInSource), 1);
    SchemaDiffOptions o;
    o.tableMap.insert(QStringLiteral("customers"), QStringLiteral("clients"));
    const SchemaDiffResult r = SchemaDiff::compare(a, b, o);
    QVERIFY(r.identical());
    QCOMPARE(r.objects.first().sourceName, QStringLiteral("customers"));
    QCOMPARE(r.objects.first().targetName, QStringLiteral("clients"));
    QCOMPARE(r.objects.first().name, QStringLiteral("shop.customers"));
}

void TstSchemaDiffOptions::databaseMappingForForeignKeys()
{
    // A key into another database: shop.orders -> crm.customers vs shop_local.orders -> crm_local.customers.
    Table s = table(QStringLiteral("orders"));
    s.foreignKeys << ForeignKey {QStringLiteral("fk"), {QStringLiteral("b")}, QStringLiteral("crm"),
                                 QStringLiteral("customers"), {QStringLiteral("id")}, QStringLiteral("RESTRICT"),
                                 QStringLiteral("CASCADE")};
    Table t = s;
    t.foreignKeys[0].referencedDatabase = QStringLiteral("crm_local");
    const DatabaseSchema a = schema(QStringLiteral("shop"), {s}), b = schema(QStringLiteral("shop_local"), {t});
    QCOMPARE(SchemaDiff::compare(a, b).count(ObjectDiff::Status::Different), 1);
    SchemaDiffOptions o;
    o.databaseMap.insert(QStringLiteral("crm"), QStringLiteral("crm_local"));
    QVERIFY(SchemaDiff::compare(a, b, o).identical());

    // A key into its own database pairs with the other side's own database without any mapping.
    Table own = table(QStringLiteral("orders"));
    own.foreignKeys << ForeignKey {QStringLiteral("fk"), {QStringLiteral("b")}, QStringLiteral("shop"),
                                   QStringLiteral("orders"), {QStringLiteral("id")}, {}, {}};
    Table ownTarget = own;
    ownTarget.foreignKeys[0].referencedDatabase = QStringLiteral("shop_local");
    QVERIFY(SchemaDiff::compare(schema(QStringLiteral("shop"), {own}), schema(QStringLiteral("shop_local"), {ownTarget}))
                .identical());
}

void TstSchemaDiffOptions::globs_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no patterns") << QStringList {} << QStringList {} << "orders" << true;
    QTest::newRow("name glob") << QStringList {QStringLiteral("order*")} << QStringList {} << "orders" << true;
    QTest::newRow("name glob miss") << QStringList {QStringLiteral("order*")} << QStringList {} << "items" << false;
    QTest::newRow("qualified") << QStringList {QStringLiteral("shop.o?ders")} << QStringList {} << "orders" << true;
    QTest::newRow("qualified other db") << QStringList {QStringLiteral("crm.*")} << QStringList {} << "orders" << false;
    QTest::newRow("exclude wins") << QStringList {QStringLiteral("*")} << QStringList {QStringLiteral("*_log")}
                                  << "order_log" << false;
    QTest::newRow("star crosses slashes") << QStringList {QStringLiteral("a*z")} << QStringList {} << "a/b.z" << true;
    QTest::newRow("regex characters are literal") << QStringList {QStringLiteral("a+b")} << QStringList {} << "aab" << false;
    QTest::newRow("whole name") << QStringList {QStringLiteral("order")} << QStringList {} << "orders" << false;
}

void TstSchemaDiffOptions::globs()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(ObjectFilter(include, exclude).accepts(QStringLiteral("shop"), name), accepted);
    QCOMPARE(ObjectFilter::splitPatterns(QStringLiteral(" a, ,b*,")), (QStringList {QStringLiteral("a"), QStringLiteral("b*")}));
}

void TstSchemaDiffOptions::filterAppliesToTriggersThroughTheirTable()
{
    DatabaseSchema a = schema(QStringLiteral("a"), {table(QStringLiteral("orders")), table(QStringLiteral("items"))});
    Trigger tr;
    tr.name = QStringLiteral("audit");
    tr.table = QStringLiteral("orders");
    tr.timing = QStringLiteral("BEFORE");
    tr.event = QStringLiteral("INSERT");
    tr.statement = QStringLiteral("SET NEW.b = 1");
    a.triggers << tr;
    DatabaseSchema b = a;
    b.name = QStringLiteral("b");
    b.triggers[0].statement = QStringLiteral("SET NEW.b = 2");
    SchemaDiffOptions o;
    o.include = {QStringLiteral("orders")};
    const SchemaDiffResult r = SchemaDiff::compare(a, b, o);
    QCOMPARE(r.objects.size(), 2); // the table and its trigger; items is filtered out
    QCOMPARE(r.count(ObjectDiff::Status::Different), 1);
    o.include = {QStringLiteral("items")};
    QVERIFY(SchemaDiff::compare(a, b, o).identical());
}

void TstSchemaDiffOptions::namesOfColumnsAndIndexesIgnoreCase()
{
    Table s = table(QStringLiteral("t"));
    Table t = table(QStringLiteral("t"));
    t.columns[1].name = QStringLiteral("A");
    t.indexes[0].parts[0].column = QStringLiteral("ID");
    const SchemaDiffResult r = SchemaDiff::compare(schema(QStringLiteral("a"), {s}), schema(QStringLiteral("b"), {t}));
    QCOMPARE(changesOf(r), QStringList {QStringLiteral("column a: name a -> A")});
}

void TstSchemaDiffOptions::definersAreNotCompared()
{
    DatabaseSchema a = schema(QStringLiteral("a"), {table(QStringLiteral("t"))});
    View v;
    v.name = QStringLiteral("v");
    v.definition = QStringLiteral("select `a`.`t`.`id` AS `id` from `a`.`t`");
    v.checkOption = QStringLiteral("NONE");
    v.securityType = QStringLiteral("DEFINER");
    v.definer = QStringLiteral("root@localhost");
    a.views << v;
    Routine p;
    p.name = QStringLiteral("p");
    p.body = QStringLiteral("SELECT 1");
    p.definer = QStringLiteral("root@localhost");
    p.sqlMode = QStringLiteral("STRICT_TRANS_TABLES");
    a.routines << p;
    DatabaseSchema b = a;
    b.name = QStringLiteral("b");
    b.views[0].definer = QStringLiteral("app@%");
    b.views[0].definition = QStringLiteral("select `b`.`t`.`id` AS `id` from `b`.`t`");
    b.routines[0].definer = QStringLiteral("deploy@10.0.0.1");
    b.routines[0].sqlMode = QStringLiteral("");
    const SchemaDiffResult r = SchemaDiff::compare(a, b);
    QVERIFY2(r.identical(), qPrintable(changesOf(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.objects.size(), 3);
}

void TstSchemaDiffOptions::columnOrderReportsOnlyMovedColumns()
{
    Table s = table(QStringLiteral("t"));
    s.columns << column(QStringLiteral("c"), QStringLiteral("int"), 4) << column(QStringLiteral("d"), QStringLiteral("int"), 5);
    Table t = s;
    t.columns.move(1, 3); // id, b, c, a, d
    Column added = column(QStringLiteral("x"), QStringLiteral("int"), 0);
    t.columns.insert(1, added); // id, x, b, c, a, d
    const SchemaDiffResult r = SchemaDiff::compare(schema(QStringLiteral("a"), {s}), schema(QStringLiteral("b"), {t}));
    QCOMPARE(changesOf(r), (QStringList {QStringLiteral("column x: only in target"),
                                         QStringLiteral("column a: position after id -> after c")}));
}

void TstSchemaDiffOptions::jsonShape()
{
    Table changed = table(QStringLiteral("t"));
    changed.columns[2].type = QStringLiteral("bigint(20)");
    const SchemaDiffResult r = SchemaDiff::compare(
        schema(QStringLiteral("a"), {table(QStringLiteral("only_src")), table(QStringLiteral("t")), table(QStringLiteral("same"))}),
        schema(QStringLiteral("b"), {changed, table(QStringLiteral("only_dst")), table(QStringLiteral("same"))}));
    const QJsonObject json = r.toJson();
    QCOMPARE(json.keys(), (QStringList {QStringLiteral("objects"), QStringLiteral("summary")}));
    const QJsonArray objects = json.value(QStringLiteral("objects")).toArray();
    QCOMPARE(objects.size(), 4);
    // Sorted by name within a type: only_dst, only_src, same, t.
    QCOMPARE(objects[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("b.only_dst"));
    QCOMPARE(objects[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("only_in_target"));
    QCOMPARE(objects[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("only_in_source"));
    QCOMPARE(objects[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("identical"));
    const QJsonObject t = objects[3].toObject();
    QCOMPARE(t.keys(), (QStringList {QStringLiteral("changes"), QStringLiteral("name"), QStringLiteral("status"),
                                     QStringLiteral("type")}));
    QCOMPARE(t.value(QStringLiteral("type")).toString(), QStringLiteral("table"));
    QCOMPARE(t.value(QStringLiteral("changes")).toArray().first().toString(), QStringLiteral("column b: type int -> bigint"));
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("only_in_source")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("only_in_target")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("different")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("identical")).toInt(), 1);
    QVERIFY(!r.identical());
}

QTEST_GUILESS_MAIN(TstSchemaDiffOptions)
#include "tst_schemadiffoptions.moc"

// Table selection for compare: globs, include/exclude, db.table patterns, option parsing.
#include "compare/CompareOptions.h"
#include "compare/TableFilter.h"

#include <QTest>

namespace {
QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out.append(QString::fromUtf8(i));
    return out;
}
} // namespace

class TstCompareFilter : public QObject
{
    Q_OBJECT

private slots:
    void glob_data();
    void glob();
    void filter_data();
    void filter();
    void unusedIncludes();
    void keys();
    void maxLoad();
    void ignoredColumns();
};

void TstCompareFilter::glob_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact") << "orders" << "orders" << true;
    QTest::newRow("exact other") << "orders" << "order" << false;
    QTest::newRow("star suffix") << "order*" << "order_items" << true;
    QTest::newRow("star matches empty") << "order*" << "order" << true;
    QTest::newRow("star middle") << "o*s" << "orders" << true;
    QTest::newRow("star middle no") << "o*x" << "orders" << false;
    QTest::newRow("two stars backtrack") << "*_*_log" << "a_b_c_log" << true;
    QTest::newRow("question") << "t?" << "t1" << true;
    QTest::newRow("question needs one") << "t?" << "t" << false;
    QTest::newRow("class") << "t[0-9]" << "t7" << true;
    QTest::newRow("class no") << "t[0-9]" << "tx" << false;
    QTest::newRow("negated class") << "t[!0-9]" << "tx" << true;
    QTest::newRow("negated class no") << "t[!0-9]" << "t1" << false;
    QTest::newRow("unterminated bracket is literal") << "t[" << "t[" << true;
    QTest::newRow("regex chars are literal") << "a.b+c" << "a.b+c" << true;
    QTest::newRow("regex chars no") << "a.b" << "axb" << false;
    QTest::newRow("chinese") << "订单*" << "订单明细" << true;
    QTest::newRow("only star") << "*" << "" << true;
    QTest::newRow("empty pattern") << "" << "x" << false;
}

void TstCompareFilter::glob()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, match);
    QCOMPARE(TableFilter::globMatch(pattern, text), match);
}

void TstCompareFilter::filter_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("match");
    const QStringList none;
    QTest::newRow("everything") << none << none << "orders" << true;
    QTest::newRow("included") << list({"ord*"}) << none << "orders" << true;
    QTest::newRow("not included") << list({"ord*"}) << none << "users" << false;
    QTest::newRow("excluded") << none << list({"*_log"}) << "audit_log" << false;
    QTest::newRow("exclude wins") << list({"*"}) << list({"tmp*"}) << "tmp1" << false;
    QTest::newRow("db.table include") << list({"shop.orders"}) << none << "orders" << true;
    QTest::newRow("db.table other db") << list({"crm.orders"}) << none << "orders" << false;
    QTest::newRow("db glob") << list({"sh*.o*"}) << none << "orders" << true;
    QTest::newRow("case matters") << list({"Orders"}) << none << "orders" << false;
}

void TstCompareFilter::filter()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(QString, table);
    QFETCH(bool, match);
    TableFilter f(include, exclude);
    QCOMPARE(f.matches(QStringLiteral("shop"), table), match);
}

void TstCompareFilter::unusedIncludes()
{
    TableFilter f({QStringLiteral("orders"), QStringLiteral("nosuch*")}, {}, Qt::CaseInsensitive);
    QVERIFY(f.matches(QStringLiteral("shop"), QStringLiteral("ORDERS")));
    QVERIFY(!f.matches(QStringLiteral("shop"), QStringLiteral("users")));
    QCOMPARE(f.unusedIncludes(), QStringList {QStringLiteral("nosuch*")});
}

void TstCompareFilter::keys()
{
    CompareOptions o;
    QVERIFY(o.addKey(QStringLiteral("shop.items=order_id, line")).ok());
    QVERIFY(o.addKey(QStringLiteral("logs=ts")).ok());
    QCOMPARE(o.keyFor(QStringLiteral("shop"), QStringLiteral("items")), (list({"order_id", "line"})));
    QCOMPARE(o.keyFor(QStringLiteral("any"), QStringLiteral("logs")), list({"ts"}));
    QVERIFY(o.keyFor(QStringLiteral("crm"), QStringLiteral("items")).isEmpty());
    QVERIFY(!o.addKey(QStringLiteral("no-equals")).ok());
    QVERIFY(!o.addKey(QStringLiteral("t=")).ok());
    QVERIFY(!o.addKey(QStringLiteral("=a")).ok());
}

void TstCompareFilter::maxLoad()
{
    CompareOptions o;
    QVERIFY(o.setMaxLoad(QStringLiteral("Threads_running=25")).ok());
    QCOMPARE(o.maxLoadVariable, QStringLiteral("Threads_running"));
    QCOMPARE(o.maxLoadValue, qint64(25));
    QVERIFY(!o.setMaxLoad(QStringLiteral("Threads_running")).ok());
    QVERIFY(!o.setMaxLoad(QStringLiteral("x'; DROP=1")).ok());
    QVERIFY(!o.setMaxLoad(QStringLiteral("a=-1")).ok());
}

void TstCompareFilter::ignoredColumns()
{
    CompareOptions o;
    o.ignoreColumns = {QStringLiteral("shop.orders.updated_at"), QStringLiteral("users.last_seen"),
                       QStringLiteral("*.etag")};
    QVERIFY(o.isIgnored(QStringLiteral("shop"), QStringLiteral("orders"), QStringLiteral("updated_at")));
    QVERIFY(!o.isIgnored(QStringLiteral("crm"), QStringLiteral("orders"), QStringLiteral("updated_at")));
    QVERIFY(o.isIgnored(QStringLiteral("x"), QStringLiteral("users"), QStringLiteral("last_seen")));
    QVERIFY(o.isIgnored(QStringLiteral("x"), QStringLiteral("any"), QStringLiteral("etag")));
    QVERIFY(!o.isIgnored(QStringLiteral("x"), QStringLiteral("any"), QStringLiteral("name")));
}

QTEST_GUILESS_MAIN(TstCompareFilter)
#include "tst_comparefilter.moc"

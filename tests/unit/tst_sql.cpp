// Quoting: identifiers and literals must survive hostile names and arbitrary bytes.
#include "db/Sql.h"

#include <QTest>

class TstSql : public QObject
{
    Q_OBJECT

private slots:
    void quoteIdentifier_data();
    void quoteIdentifier();
    void validIdentifier_data();
    void validIdentifier();
    void literal_data();
    void literal();
    void stringLiteral();
    void escapeLike();
};

void TstSql::quoteIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("orders") << QStringLiteral("`orders`");
    QTest::newRow("keyword") << QStringLiteral("select") << QStringLiteral("`select`");
    QTest::newRow("backtick") << QStringLiteral("a`b") << QStringLiteral("`a``b`");
    QTest::newRow("only backticks") << QStringLiteral("``") << QStringLiteral("``````");
    QTest::newRow("quotes") << QStringLiteral("it's \"x\"") << QStringLiteral("`it's \"x\"`");
    QTest::newRow("space and dot") << QStringLiteral("order items.v2") << QStringLiteral("`order items.v2`");
    QTest::newRow("emoji") << QStringLiteral("t😀") << QStringLiteral("`t😀`");
    QTest::newRow("chinese") << QStringLiteral("订单") << QStringLiteral("`订单`");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("`a\\b`");
    QTest::newRow("injection") << QStringLiteral("x`; DROP TABLE t; --") << QStringLiteral("`x``; DROP TABLE t; --`");
}

void TstSql::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(Sql::quoteIdentifier(name), quoted);
}

void TstSql::validIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("orders") << true;
    QTest::newRow("emoji") << QStringLiteral("t😀") << true;
    QTest::newRow("backtick") << QStringLiteral("a`b") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << false;
    QTest::newRow("trailing space") << QStringLiteral("name ") << false;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << false;
    // 64 emoji are 128 UTF-16 units but 64 characters: the limit counts characters.
    QString emoji;
    for (int i = 0; i < 64; ++i)
        emoji += QStringLiteral("😀");
    QTest::newRow("64 emoji") << emoji << true;
}

void TstSql::validIdentifier()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(Sql::isValidIdentifier(name, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

void TstSql::literal_data()
{
    QTest::addColumn<Value>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("expected");
    const int text = int(Sql::LiteralKind::Text), binary = int(Sql::LiteralKind::Binary),
              numeric = int(Sql::LiteralKind::Numeric);
    QTest::newRow("null") << Value() << text << QByteArray() << QByteArray("NULL");
    QTest::newRow("empty text") << Value(QByteArray("")) << text << QByteArray() << QByteArray("''");
    QTest::newRow("text NULL word") << Value(QByteArray("NULL")) << text << QByteArray() << QByteArray("'NULL'");
    QTest::newRow("quote doubled") << Value(QByteArray("it's")) << text << QByteArray() << QByteArray("'it''s'");
    QTest::newRow("utf8") << Value(QByteArray("订单")) << text << QByteArray("utf8mb4") << QByteArray("'订单'");
    QTest::newRow("backslash is hex") << Value(QByteArray("a\\b")) << text << QByteArray() << QByteArray("_utf8mb4 X'615C62'");
    QTest::newRow("nul byte is hex") << Value(QByteArray("a\0b", 3)) << text << QByteArray() << QByteArray("_utf8mb4 X'610062'");
    QTest::newRow("newline is hex") << Value(QByteArray("a\nb")) << text << QByteArray() << QByteArray("_utf8mb4 X'610A62'");
    QTest::newRow("latin1 ascii") << Value(QByteArray("Cafe")) << text << QByteArray("latin1") << QByteArray("'Cafe'");
    QTest::newRow("latin1 accent") << Value(QByteArray("Caf\xe9")) << text << QByteArray("latin1") << QByteArray("_latin1 X'436166E9'");
    QTest::newRow("gbk") << Value(QByteArray("\xd6\xd0")) << text << QByteArray("gbk") << QByteArray("_gbk X'D6D0'");
    QTest::newRow("utf16 always hex") << Value(QByteArray("\0a", 2)) << text << QByteArray("utf16") << QByteArray("_utf16 X'0061'");
    QTest::newRow("invalid utf8 in utf8 column") << Value(QByteArray("\xff")) << text << QByteArray() << QByteArray("_utf8mb4 X'FF'");
    QTest::newRow("hostile charset name") << Value(QByteArray("\xe9")) << text << QByteArray("x'; --") << QByteArray("X'E9'");
    QTest::newRow("binary") << Value(QByteArray("\x00\x01\xff", 3)) << binary << QByteArray() << QByteArray("X'0001FF'");
    QTest::newRow("binary empty") << Value(QByteArray("")) << binary << QByteArray() << QByteArray("X''");
    QTest::newRow("decimal") << Value(QByteArray("-12345.678900000000000000000000000001")) << numeric << QByteArray()
                             << QByteArray("-12345.678900000000000000000000000001");
    QTest::newRow("double") << Value(QByteArray("1.7976931348623157e308")) << numeric << QByteArray()
                            << QByteArray("1.7976931348623157e308");
    QTest::newRow("numeric injection quoted") << Value(QByteArray("1 OR 1=1")) << numeric << QByteArray()
                                              << QByteArray("'1 OR 1=1'");
}

void TstSql::literal()
{
    QFETCH(Value, value);
    QFETCH(int, kind);
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, expected);
    QCOMPARE(Sql::literal(value, Sql::LiteralKind(kind), charset), expected);
}

void TstSql::stringLiteral()
{
    QCOMPARE(Sql::stringLiteral(u"shop"), QByteArray("'shop'"));
    QCOMPARE(Sql::stringLiteral(u"o'k"), QByteArray("'o''k'"));
    QCOMPARE(Sql::stringLiteral(u"a\\b"), QByteArray("_utf8mb4 X'615C62'"));
}

void TstSql::escapeLike()
{
    QCOMPARE(Sql::escapeLike(u"a_b%c\\d"), QStringLiteral("a\\_b\\%c\\\\d"));
}

QTEST_GUILESS_MAIN(TstSql)
#include "tst_sql.moc"

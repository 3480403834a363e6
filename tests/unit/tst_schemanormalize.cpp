// Golden rows for every SchemaNormalizer rule: the MySQL spelling and the MariaDB spelling of the same
// structure must normalise to the same text, and spellings that mean different things must not.
#include "schema/SchemaDiff.h"
#include "schema/SchemaNormalizer.h"

#include <QTest>

namespace N = SchemaNormalizer;

namespace {

const N::Dialect mysql57 {false, 50744};
const N::Dialect mysql80 {false, 80036};
const N::Dialect mariadb {true, 101106};

/// A raw information_schema value: "\\N" stands for SQL NULL in the data rows.
Value raw(const QString& text)
{
    if (text == QLatin1String("\\N"))
        return std::nullopt;
    return text.toUtf8();
}

QString describe(const ColumnDefault& d, const QString& type)
{
    return d.describe(N::isNumericType(type));
}

} // namespace

class TstSchemaNormalize : public QObject
{
    Q_OBJECT

private slots:
    void types_data();
    void types();
    void typesThatDiffer_data();
    void typesThatDiffer();
    void charsets_data();
    void charsets();
    void defaults_data();
    void defaults();
    void defaultsThatDiffer_data();
    void defaultsThatDiffer();
    void onUpdate_data();
    void onUpdate();
    void expressions_data();
    void expressions();
    void expressionsThatDiffer_data();
    void expressionsThatDiffer();
    void viewDefinitions_data();
    void viewDefinitions();
    void bodies_data();
    void bodies();
    void referentialActions_data();
    void referentialActions();
    void createOptions_data();
    void createOptions();
    void generatedCheckNames_data();
    void generatedCheckNames();
    void eventStarts_data();
    void eventStarts();
    void jsonAlias();
    void unquoteString_data();
    void unquoteString();
};

void TstSchemaNormalize::types_data()
{
    QTest::addColumn<QString>("mysql");
    QTest::addColumn<QString>("mariadb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int display width") << "int" << "int(11)" << "int";
    QTest::newRow("unsigned width") << "int unsigned" << "int(10) unsigned" << "int unsigned";
    QTest::newRow("bigint") << "bigint" << "bigint(20)" << "bigint";
    QTest::newRow("bigint unsigned") << "bigint unsigned" << "bigint(20) unsigned" << "bigint unsigned";
    QTest::newRow("smallint") << "smallint" << "smallint(6)" << "smallint";
    QTest::newRow("mediumint") << "mediumint" << "mediumint(9)" << "mediumint";
    QTest::newRow("tinyint") << "tinyint" << "tinyint(4)" << "tinyint";
    QTest::newRow("tinyint(1) is kept: BOOLEAN") << "tinyint(1)" << "tinyint(1)" << "tinyint(1)";
    QTest::newRow("zerofill keeps its width") << "int(5) unsigned zerofill" << "int(5) unsigned zerofill"
                                              << "int(5) unsigned zerofill";
    QTest::newRow("year") << "year" << "year(4)" << "year";
    QTest::newRow("case outside quotes") << "ENUM('A','b')" << "enum('A','b')" << "enum('A','b')";
    QTest::newRow("decimal") << "decimal(10,2)" << "decimal(10,2)" << "decimal(10,2)";
    QTest::newRow("decimal without scale") << "decimal(10)" << "decimal(10,0)" << "decimal(10,0)";
    QTest::newRow("bool alias") << "bool" << "tinyint(1)" << "tinyint(1)";
    QTest::newRow("json") << "json" << "json" << "json";
}

void TstSchemaNormalize::types()
{
    QFETCH(QString, mysql);
    QFETCH(QString, mariadb);
    QFETCH(QString, expected);
    QCOMPARE(N::type(mysql), expected);
    QCOMPARE(N::type(mariadb), expected);
}

void TstSchemaNormalize::typesThatDiffer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("boolean vs tinyint") << "tinyint(1)" << "tinyint(4)";
    QTest::newRow("int vs bigint") << "int(11)" << "bigint(20)";
    QTest::newRow("signedness") << "int(10) unsigned" << "int(11)";
    QTest::newRow("enum value case") << "enum('a')" << "enum('A')";
    QTest::newRow("varchar length") << "varchar(10)" << "varchar(20)";
    QTest::newRow("decimal scale") << "decimal(10,2)" << "decimal(12,2)";
    QTest::newRow("zerofill width") << "int(5) zerofill" << "int(6) zerofill";
    QTest::newRow("datetime precision") << "datetime" << "datetime(6)";
}

void TstSchemaNormalize::typesThatDiffer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(N::type(a) != N::type(b), qPrintable(N::type(a)));
}

void TstSchemaNormalize::charsets_data()
{
    QTest::addColumn<bool>("isCollation");
    QTest::addColumn<QString>("mysql");
    QTest::addColumn<QString>("mariadb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf8 = utf8mb3") << false << "utf8" << "utf8mb3" << "utf8mb3";
    QTest::newRow("case") << false << "UTF8MB4" << "utf8mb4" << "utf8mb4";
    QTest::newRow("utf8 collation") << true << "utf8_general_ci" << "utf8mb3_general_ci" << "utf8mb3_general_ci";
    QTest::newRow("utf8 bin collation") << true << "utf8_bin" << "utf8mb3_bin" << "utf8mb3_bin";
    QTest::newRow("utf8mb4 unchanged") << true << "utf8mb4_unicode_ci" << "utf8mb4_unicode_ci" << "utf8mb4_unicode_ci";
}

void TstSchemaNormalize::charsets()
{
    QFETCH(bool, isCollation);
    QFETCH(QString, mysql);
    QFETCH(QString, mariadb);
    QFETCH(QString, expected);
    if (isCollation) {
        QCOMPARE(N::collation(mysql), expected);
        QCOMPARE(N::collation(mariadb), expected);
        QCOMPARE(N::charsetOfCollation(mysql), N::charsetOfCollation(expected));
    } else {
        QCOMPARE(N::charset(mysql), expected);
        QCOMPARE(N::charset(mariadb), expected);
    }
    // Different default collations sort differently: they are not folded together.
    QVERIFY(N::collation(QStringLiteral("utf8mb4_0900_ai_ci")) != N::collation(QStringLiteral("utf8mb4_general_ci")));
}

void TstSchemaNormalize::defaults_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("mysql57"); // the MySQL row is 5.7 rather than 8.0
    QTest::addColumn<QString>("mysqlRaw");
    QTest::addColumn<QString>("mysqlExtra");
    QTest::addColumn<QString>("mariaRaw");
    QTest::addColumn<QString>("expected");

    // MariaDB 10.2.7+ quotes string literals, writes NULL for DEFAULT NULL and leaves SQL NULL for
    // no default; MySQL gives the bare value and marks expressions with DEFAULT_GENERATED.
    QTest::newRow("CURRENT_TIMESTAMP 8.0") << "timestamp" << false << false << "CURRENT_TIMESTAMP"
                                           << "DEFAULT_GENERATED" << "current_timestamp()"
                                           << "DEFAULT current_timestamp()";
    QTest::newRow("CURRENT_TIMESTAMP 5.7") << "timestamp" << false << true << "CURRENT_TIMESTAMP" << ""
                                           << "current_timestamp()" << "DEFAULT current_timestamp()";
    QTest::newRow("with precision") << "datetime(3)" << true << false << "CURRENT_TIMESTAMP(3)"
                                    << "DEFAULT_GENERATED" << "current_timestamp(3)" << "DEFAULT current_timestamp(3)";
    QTest::newRow("now() written by the user") << "datetime" << true << false << "now()" << "DEFAULT_GENERATED"
                                               << "current_timestamp()" << "DEFAULT current_timestamp()";
    QTest::newRow("quoted vs bare NULL") << "varchar(10)" << true << false << "\\N" << "" << "NULL"
                                         << "DEFAULT NULL";
    QTest::newRow("nullable without default = DEFAULT NULL") << "text" << true << false << "\\N" << "" << "\\N"
                                                             << "DEFAULT NULL";
    QTest::newRow("NOT NULL without default") << "varchar(10)" << false << false << "\\N" << "" << "\\N"
                                              << "no default";
    QTest::newRow("string literal") << "varchar(10)" << true << false << "it's" << "" << "'it''s'"
                                    << "DEFAULT 'it''s'";
    QTest::newRow("the string NULL") << "varchar(10)" << true << false << "NULL" << "" << "'NULL'"
                                     << "DEFAULT 'NULL'";
    QTest::newRow("empty string") << "varchar(10)" << false << false << "" << "" << "''" << "DEFAULT ''";
    QTest::newRow("backslash") << "varchar(10)" << true << false << "a\\b" << "" << "'a\\\\b'" << "DEFAULT 'a\\\\b'";
    QTest::newRow("newline") << "varchar(10)" << true << false << "x\ny" << "" << "'x\\ny'" << "DEFAULT 'x\\ny'";
    QTest::newRow("chinese") << "varchar(10)" << true << false << "中文" << "" << "'中文'" << "DEFAULT '中文'";
    QTest::newRow("number in a string column") << "varchar(5)" << true << false << "5" << "" << "'5'" << "DEFAULT '5'";
    QTest::newRow("integer") << "int" << false << false << "0" << "" << "0" << "DEFAULT 0";
    QTest::newRow("negative") << "int" << true << false << "-3" << "" << "-3" << "DEFAULT -3";
    QTest::newRow("decimal") << "decimal(5,2)" << true << false << "1.50" << "" << "1.50" << "DEFAULT 1.50";
    QTest::newRow("date") << "date" << true << false << "2020-01-01" << "" << "'2020-01-01'" << "DEFAULT '2020-01-01'";
    QTest::newRow("bit") << "bit(3)" << true << false << "b'101'" << "" << "b'101'" << "DEFAULT b'101'";
    QTest::newRow("expression") << "double" << true << false << "rand()" << "DEFAULT_GENERATED" << "rand()"
                                << "DEFAULT (rand())";
    QTest::newRow("expression with strings") << "varchar(30)" << true << false
                                             << "concat(_utf8mb4\\'a\\',_utf8mb4\\'b\\')" << "DEFAULT_GENERATED"
                                             << "concat('a','b')" << "DEFAULT (concat('a', 'b'))";
    QTest::newRow("curdate") << "date" << true << false << "curdate()" << "DEFAULT_GENERATED" << "curdate()"
                             << "DEFAULT (curdate())";
    QTest::newRow("CURRENT_DATE") << "date" << true << false << "CURRENT_DATE" << "DEFAULT_GENERATED" << "curdate()"
                                  << "DEFAULT (curdate())";
}

void TstSchemaNormalize::defaults()
{
    QFETCH(QString, type);
    QFETCH(bool, nullable);
    QFETCH(bool, mysql57);
    QFETCH(QString, mysqlRaw);
    QFETCH(QString, mysqlExtra);
    QFETCH(QString, mariaRaw);
    QFETCH(QString, expected);
    const ColumnDefault fromMySql = N::defaultValue(
        N::parseDefault(raw(mysqlRaw), mysqlExtra, type, nullable, mysql57 ? ::mysql57 : mysql80), nullable);
    const ColumnDefault fromMariaDb = N::defaultValue(N::parseDefault(raw(mariaRaw), {}, type, nullable, mariadb), nullable);
    QCOMPARE(describe(fromMySql, type), expected);
    QCOMPARE(describe(fromMariaDb, type), expected);
    QVERIFY(fromMySql == fromMariaDb);
}

void TstSchemaNormalize::defaultsThatDiffer_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("a"); // both MariaDB spellings
    QTest::addColumn<QString>("b");
    QTest::newRow("literal vs literal") << "varchar(5)" << true << "'a'" << "'b'";
    QTest::newRow("string NULL vs NULL") << "varchar(5)" << true << "'NULL'" << "NULL";
    QTest::newRow("empty vs none") << "varchar(5)" << false << "''" << "\\N";
    QTest::newRow("zero vs none") << "int" << false << "0" << "\\N";
    QTest::newRow("quoted function name vs function") << "varchar(30)" << true << "'current_timestamp()'"
                                                      << "current_timestamp()";
    QTest::newRow("precision") << "datetime(3)" << true << "current_timestamp(3)" << "current_timestamp()";
    QTest::newRow("case of a literal") << "varchar(5)" << true << "'abc'" << "'ABC'";
    QTest::newRow("trailing space") << "varchar(5)" << true << "'a '" << "'a'";
}

void TstSchemaNormalize::defaultsThatDiffer()
{
    QFETCH(QString, type);
    QFETCH(bool, nullable);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const ColumnDefault da = N::defaultValue(N::parseDefault(raw(a), {}, type, nullable, mariadb), nullable);
    const ColumnDefault db = N::defaultValue(N::parseDefault(raw(b), {}, type, nullable, mariadb), nullable);
    QVERIFY2(!(da == db), qPrintable(describe(da, type)));
}

void TstSchemaNormalize::onUpdate_data()
{
    QTest::addColumn<QString>("mysqlExtra");
    QTest::addColumn<QString>("mariaExtra");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5.7") << "on update CURRENT_TIMESTAMP" << "on update current_timestamp()" << "current_timestamp()";
    QTest::newRow("8.0 with DEFAULT_GENERATED") << "DEFAULT_GENERATED on update CURRENT_TIMESTAMP(3)"
                                                << "on update current_timestamp(3)" << "current_timestamp(3)";
    QTest::newRow("none") << "auto_increment" << "auto_increment" << "";
}

void TstSchemaNormalize::onUpdate()
{
    QFETCH(QString, mysqlExtra);
    QFETCH(QString, mariaExtra);
    QFETCH(QString, expected);
    auto canonical = [](const QString& extra) {
        const QString raw = N::onUpdateFromExtra(extra);
        return raw.isEmpty() ? QString() : N::expression(raw);
    };
    QCOMPARE(canonical(mysqlExtra), expected);
    QCOMPARE(canonical(mariaExtra), expected);
}

void TstSchemaNormalize::expressions_data()
{
    QTest::addColumn<QString>("mysql");
    QTest::addColumn<QString>("mariadb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("outer parentheses") << "(`b` * 2)" << "`b` * 2" << "`b` * 2";
    QTest::newRow("utf8 introducer and escaped quotes") << "concat(`a`,_utf8mb4\\'x\\')" << "concat(`a`,'x')"
                                                        << "concat(`a`, 'x')";
    QTest::newRow("check clause") << "(`price` > 0)" << "`price` > 0" << "`price` > 0";
    QTest::newRow("logical operands") << "((`a` >= 0) and (`a` <= 10))" << "`a` >= 0 and `a` <= 10"
                                      << "`a` >= 0 and `a` <= 10";
    QTest::newRow("keyword case") << "(`a` IS NOT NULL)" << "`a` is not null" << "`a` is not null";
    QTest::newRow("CURRENT_TIMESTAMP") << "CURRENT_TIMESTAMP" << "current_timestamp()" << "current_timestamp()";
    QTest::newRow("now()") << "now()" << "current_timestamp()" << "current_timestamp()";
    QTest::newRow("precision") << "CURRENT_TIMESTAMP(6)" << "current_timestamp(6)" << "current_timestamp(6)";
    QTest::newRow("LOCALTIMESTAMP") << "LOCALTIMESTAMP" << "current_timestamp()" << "current_timestamp()";
    QTest::newRow("spacing") << "`a`+1" << "`a` + 1" << "`a` + 1";
    QTest::newRow("json functions") << "json_extract(`doc`,_utf8mb4\\'$.id\\')" << "json_extract(`doc`,'$.id')"
                                    << "json_extract(`doc`, '$.id')";
    QTest::newRow("double-quoted string") << "concat(`a`,\"-\")" << "concat(`a`,'-')" << "concat(`a`, '-')";
    QTest::newRow("in list") << "(`s` in (_utf8mb4\\'a\\',_utf8mb4\\'b\\'))" << "`s` in ('a','b')"
                             << "`s` in ('a', 'b')";
}

void TstSchemaNormalize::expressions()
{
    QFETCH(QString, mysql);
    QFETCH(QString, mariadb);
    QFETCH(QString, expected);
    QCOMPARE(N::expression(mysql), expected);
    QCOMPARE(N::expression(mariadb), expected);
}

void TstSchemaNormalize::expressionsThatDiffer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("precedence parentheses") << "(`a` + 1) * 2" << "`a` + 1 * 2";
    QTest::newRow("or inside and") << "(`a` = 1 or `b` = 2) and `c` = 3" << "`a` = 1 or `b` = 2 and `c` = 3";
    QTest::newRow("string case") << "concat(`a`,'X')" << "concat(`a`,'x')";
    QTest::newRow("identifier") << "`a` * 2" << "`b` * 2";
    QTest::newRow("constant") << "`a` > 0" << "`a` > 1";
    QTest::newRow("string spacing") << "'a b'" << "'a  b'";
}

void TstSchemaNormalize::expressionsThatDiffer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(N::expression(a) != N::expression(b), qPrintable(N::expression(a)));
}

void TstSchemaNormalize::viewDefinitions_data()
{
    QTest::addColumn<QString>("mysqlDb");
    QTest::addColumn<QString>("mysql");
    QTest::addColumn<QString>("mariaDb");
    QTest::addColumn<QString>("mariadb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("database qualifiers and WHERE parentheses")
        << "shop" << "select `shop`.`t`.`id` AS `id` from `shop`.`t` where (`shop`.`t`.`b` > 1)"
        << "shop_local" << "select `shop_local`.`t`.`id` AS `id` from `shop_local`.`t` where `shop_local`.`t`.`b` > 1"
        << "select `t`.`id` as `id` from `t` where `t`.`b` > 1";
    QTest::newRow("whitespace") << "a" << "select  `t`.`a`\n  AS `a`\tfrom `a`.`t`" << "b"
                                << "select `t`.`a` AS `a` from `b`.`t`" << "select `t`.`a` as `a` from `t`";
    QTest::newRow("other databases keep their name")
        << "a" << "select `x`.`t`.`id` AS `id` from `x`.`t`" << "b" << "select `x`.`t`.`id` AS `id` from `x`.`t`"
        << "select `x`.`t`.`id` as `id` from `x`.`t`";
    QTest::newRow("now()") << "a" << "select now() AS `n`" << "b" << "select current_timestamp() AS `n`"
                           << "select current_timestamp() as `n`";
    QTest::newRow("join condition") << "a" << "select `a`.`t`.`id` AS `id` from (`a`.`t` join `a`.`u` on((`a`.`u`.`id` = `a`.`t`.`id`)))"
                                    << "b" << "select `b`.`t`.`id` AS `id` from (`b`.`t` join `b`.`u` on(`b`.`u`.`id` = `b`.`t`.`id`))"
                                    << "select `t`.`id` as `id` from (`t` join `u` on `u`.`id` = `t`.`id`)";
}

void TstSchemaNormalize::viewDefinitions()
{
    QFETCH(QString, mysqlDb);
    QFETCH(QString, mysql);
    QFETCH(QString, mariaDb);
    QFETCH(QString, mariadb);
    QFETCH(QString, expected);
    QCOMPARE(N::viewDefinition(mysql, mysqlDb), expected);
    QCOMPARE(N::viewDefinition(mariadb, mariaDb), expected);
}

void TstSchemaNormalize::bodies_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("whitespace") << "BEGIN\n  SET NEW.b = 1;\nEND" << "BEGIN SET NEW.b=1; END" << true;
    QTest::newRow("case is kept") << "set new.b = 1" << "SET new.b = 1" << false;
    QTest::newRow("strings are kept") << "set new.s = 'a  b'" << "set new.s = 'a b'" << false;
    QTest::newRow("own database qualifier") << "insert into `db1`.`log` values (1)" << "insert into `log` values (1)"
                                            << true;
}

void TstSchemaNormalize::bodies()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(N::body(a, QStringLiteral("db1")) == N::body(b, QStringLiteral("db2")), same);
}

void TstSchemaNormalize::referentialActions_data()
{
    QTest::addColumn<QString>("mysql");
    QTest::addColumn<QString>("mariadb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unspecified") << "NO ACTION" << "RESTRICT" << "RESTRICT";
    QTest::newRow("cascade") << "CASCADE" << "CASCADE" << "CASCADE";
    QTest::newRow("set null") << "SET NULL" << "SET NULL" << "SET NULL";
}

void TstSchemaNormalize::referentialActions()
{
    QFETCH(QString, mysql);
    QFETCH(QString, mariadb);
    QFETCH(QString, expected);
    QCOMPARE(N::referentialAction(mysql), expected);
    QCOMPARE(N::referentialAction(mariadb), expected);
    QVERIFY(N::referentialAction(QStringLiteral("CASCADE")) != N::referentialAction(QStringLiteral("SET NULL")));
}

void TstSchemaNormalize::createOptions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("partitioned is not an option") << "partitioned" << "" << "";
    QTest::newRow("order and case") << "STATS_PERSISTENT=0 PACK_KEYS=1" << "pack_keys=1 stats_persistent=0"
                                    << "pack_keys=1 stats_persistent=0";
    QTest::newRow("row format is compared on its own") << "row_format=DYNAMIC" << "" << "";
}

void TstSchemaNormalize::createOptions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(N::createOptions(a), expected);
    QCOMPARE(N::createOptions(b), expected);
}

void TstSchemaNormalize::generatedCheckNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("generated");
    QTest::newRow("MariaDB") << "CONSTRAINT_1" << true;
    QTest::newRow("MySQL") << "orders_chk_2" << true;
    QTest::newRow("named") << "chk_price" << false;
    QTest::newRow("other table's pattern") << "items_chk_1" << false;
    QTest::newRow("not a number") << "orders_chk_x" << false;
}

void TstSchemaNormalize::generatedCheckNames()
{
    QFETCH(QString, name);
    QFETCH(bool, generated);
    QCOMPARE(N::isGeneratedCheckName(name, QStringLiteral("orders")), generated);
}

void TstSchemaNormalize::eventStarts_data()
{
    QTest::addColumn<QString>("starts");
    QTest::addColumn<QString>("created");
    QTest::addColumn<bool>("atCreation");
    QTest::newRow("filled in at creation") << "2024-05-01 10:00:00" << "2024-05-01 10:00:01" << true;
    QTest::newRow("given explicitly") << "2030-01-01 00:00:00" << "2024-05-01 10:00:01" << false;
    QTest::newRow("none") << "" << "2024-05-01 10:00:01" << false;
}

void TstSchemaNormalize::eventStarts()
{
    QFETCH(QString, starts);
    QFETCH(QString, created);
    QFETCH(bool, atCreation);
    QCOMPARE(N::startsAtCreation(starts, created), atCreation);
}

void TstSchemaNormalize::jsonAlias()
{
    // MariaDB's JSON is LONGTEXT + CHECK (json_valid(`doc`)) + utf8mb4_bin; MySQL's is json.
    Table maria;
    maria.name = QStringLiteral("t");
    Column doc;
    doc.name = QStringLiteral("doc");
    doc.type = QStringLiteral("longtext");
    doc.charset = QStringLiteral("utf8mb4");
    doc.collation = QStringLiteral("utf8mb4_bin");
    maria.columns << doc;
    Column notes = doc;
    notes.name = QStringLiteral("notes"); // a real LONGTEXT stays one
    maria.columns << notes;
    maria.checks << CheckConstraint {QStringLiteral("doc"), QStringLiteral("json_valid(`doc`)"), true};
    maria.checks << CheckConstraint {QStringLiteral("chk"), QStringLiteral("json_valid(`notes`)"), false};
    N::foldJsonAlias(maria);
    QCOMPARE(maria.columns[0].type, QStringLiteral("json"));
    QVERIFY(maria.columns[0].charset.isEmpty());
    QVERIFY(maria.columns[0].collation.isEmpty());
    QCOMPARE(maria.columns[1].type, QStringLiteral("longtext"));
    QCOMPARE(maria.checks.size(), 1); // the named table-level check is a real constraint
    QCOMPARE(maria.checks[0].name, QStringLiteral("chk"));
}

void TstSchemaNormalize::unquoteString_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QString>("text");
    QTest::newRow("doubled quote") << "'it''s'" << "it's";
    QTest::newRow("backslash quote") << "'it\\'s'" << "it's";
    QTest::newRow("backslash") << "'a\\\\b'" << "a\\b";
    QTest::newRow("newline") << "'x\\ny'" << "x\ny";
    QTest::newRow("like escapes keep the backslash") << "'50\\%'" << "50\\%";
    QTest::newRow("empty") << "''" << "";
}

void TstSchemaNormalize::unquoteString()
{
    QFETCH(QString, literal);
    QFETCH(QString, text);
    QCOMPARE(N::unquoteString(literal), text);
}

QTEST_GUILESS_MAIN(TstSchemaNormalize)
#include "tst_schemanormalize.moc"

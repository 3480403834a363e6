// The SQL the row compare sends: row encoding, chunk ranges, streams, fetches; the key codec and
// the local hash functions it is checked against. No server needed.
#include "compare/ChecksumQuery.h"
#include "compare/KeyCodec.h"
#include "compare/MetaReader.h"
#include "compare/RowHash.h"

#include <QTest>

#include <algorithm>

namespace {

ColumnMeta col(const char* name, const char* dataType, const char* columnType, bool nullable = false,
               const char* charset = "")
{
    ColumnMeta c;
    c.name = QString::fromUtf8(name);
    c.dataType = QString::fromUtf8(dataType);
    c.columnType = QString::fromUtf8(columnType);
    c.nullable = nullable;
    c.charset = QString::fromUtf8(charset);
    c.collation = c.charset.isEmpty() ? QString() : c.charset + QStringLiteral("_general_ci");
    c.cls = MetaReader::classify(c.dataType);
    c.isUnsigned = c.columnType.contains(QLatin1String("unsigned"));
    return c;
}

PlanColumn planColumn(const ColumnMeta& c)
{
    PlanColumn p;
    p.name = c.name;
    p.targetName = c.name;
    p.source = c;
    p.target = c;
    p.nullable = c.nullable;
    return p;
}

/// A table keyed by (id INT, code VARCHAR latin1) with a mix of column types.
TablePlan mixedPlan()
{
    TablePlan p;
    p.sourceDatabase = QStringLiteral("shop");
    p.sourceTable = QStringLiteral("t`x");
    p.targetDatabase = QStringLiteral("shop_copy");
    p.targetTable = QStringLiteral("t`x");
    p.columns = {
        planColumn(col("id", "int", "int(11)")),
        planColumn(col("code", "varchar", "varchar(10)", false, "latin1")),
        planColumn(col("name", "varchar", "varchar(64)", true, "utf8mb4")),
        planColumn(col("price", "float", "float", true)),
        planColumn(col("flags", "bit", "bit(8)")),
        planColumn(col("data", "blob", "blob", true)),
        planColumn(col("at", "datetime", "datetime(6)")),
    };
    PlanKeyColumn k0;
    k0.column = 0;
    k0.kind = KeyCodec::Kind::Integer;
    k0.nativeOrder = true;
    PlanKeyColumn k1;
    k1.column = 1;
    k1.kind = KeyCodec::Kind::Bytes;
    p.key = {k0, k1};
    p.rangeable = true;
    p.sourceIndex = QStringLiteral("PRIMARY");
    p.targetIndex = QStringLiteral("PRIMARY");
    return p;
}

TablePlan intPlan()
{
    TablePlan p;
    p.sourceDatabase = QStringLiteral("a");
    p.sourceTable = QStringLiteral("t");
    p.targetDatabase = QStringLiteral("b");
    p.targetTable = QStringLiteral("t");
    p.columns = {planColumn(col("id", "bigint", "bigint(20) unsigned")), planColumn(col("v", "text", "text", true, "utf8mb4"))};
    PlanKeyColumn k;
    k.column = 0;
    k.kind = KeyCodec::Kind::Integer;
    k.nativeOrder = true;
    p.key = {k};
    p.rangeable = true;
    p.integerRanges = true;
    p.sourceIndex = QStringLiteral("PRIMARY");
    p.targetIndex = QStringLiteral("PRIMARY");
    return p;
}

QString q(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TstCompareSql : public QObject
{
    Q_OBJECT

private slots:
    void hashFunctions();
    void selfTestExpected();
    void encodingIsInjectiveByConstruction();
    void hashFlavors();
    void lobsHashedSeparately();
    void compositeRangePredicate();
    void singleRangePredicate();
    void checksumBatch();
    void keyHashStreamOrder();
    void keyHashStreamOfRanges();
    void foldStream();
    void foldGroupEnds();
    void fetchSingleAndComposite();
    void boundaryAndMinMax();
    void targetSideUsesTargetNames();
    void keyCodecOrder_data();
    void keyCodecOrder();
    void keyCodecRoundTrip();
    void keyCodecRejects();
};

void TstCompareSql::hashFunctions()
{
    // Standard check values of the two CRCs.
    QCOMPARE(RowHash::crc32("123456789"), 0xCBF43926u);
    QCOMPARE(RowHash::crc32c("123456789"), 0xE3069283u);
    QCOMPARE(RowHash::crc64("123456789"), (quint64(0xCBF43926u) << 32) | 0xE3069283u);
    QCOMPARE(RowHash::crc32(QByteArrayView()), 0u);
    // MD5("abc") = 900150983cd24fb0...
    QCOMPARE(RowHash::md5x64("abc"), quint64(0x900150983cd24fb0ull));
}

void TstCompareSql::selfTestExpected()
{
    const QList<Row> e = ChecksumQuery::selfTestExpected(HashFlavor::Crc64Var);
    QCOMPARE(e.size(), 5);
    const QByteArray empty("\xff" "q"), abc("abc\xff" "q");
    const quint64 a = RowHash::crc64(empty), b = RowHash::crc64(abc);
    QCOMPARE(e.at(0), (Row {QByteArray::number(a), std::nullopt}));
    QCOMPARE(e.at(1), (Row {QByteArray::number(b), std::nullopt}));
    // The row whose encoding is NULL has no hash and stays out of the aggregates (COUNT(*) still
    // counts it; the server's warning 1301 is what tells the compare).
    QCOMPARE(e.at(2), (Row {std::nullopt, std::nullopt}));
    const quint64 signature = (quint64(RowHash::crc32(empty)) * RowHash::crc32c(empty))
        ^ (quint64(RowHash::crc32(abc)) * RowHash::crc32c(abc));
    QCOMPARE(e.at(3), (Row {QByteArray("3"), QByteArray::number(signature)}));
    // The sum may pass 2^64: check it in 128 bits.
    __extension__ unsigned __int128 sum = (unsigned __int128)a + b;
    QByteArray digits;
    while (sum) {
        digits.prepend(char('0' + int(sum % 10)));
        sum /= 10;
    }
    QCOMPARE(e.at(4), (Row {QByteArray("3"), digits}));
    QCOMPARE(ChecksumQuery::selfTestExpected(HashFlavor::Crc64Twice), e);
    QVERIFY(ChecksumQuery::selfTestExpected(HashFlavor::Md5) != e);
    const QString sql = ChecksumQuery::selfTestSql(HashFlavor::Crc64Var);
    QVERIFY2(sql.contains(q("CRC32(@ss_row:=IF(x = 'de', NULL, CONCAT_WS(CAST(X'FF' AS BINARY),x,'q')))<<32|CRC32C(@ss_row)")),
             qPrintable(sql));
    QVERIFY(sql.contains(q("BIT_XOR(CRC32(@ss_row:=IF(x = 'de', NULL, CONCAT_WS(CAST(X'FF' AS BINARY),x,'q')))*CRC32C(@ss_row))")));
    QVERIFY(!sql.contains(q("COUNT(@ss_row)")));
    QVERIFY(sql.endsWith(q("ORDER BY x")));
}

void TstCompareSql::encodingIsInjectiveByConstruction()
{
    const TablePlan plan = mixedPlan();
    ChecksumQuery query(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    // latin1 text and BLOB carry their length (they may hold 0xFF), and a NULL is a length 'N';
    // utf8mb4 text needs no length and its NULL is the byte 0xFE, which UTF-8 never holds; FLOAT
    // is read as DOUBLE, BIT as its number.
    QCOMPARE(query.encoding(),
             q("CONCAT_WS(CAST(X'FF' AS BINARY),`id`,LENGTH(`code`),`code`,IFNULL(`name`,CAST(X'FE' AS BINARY)),"
               "IFNULL(CAST(`price` AS DOUBLE),CAST(X'FE' AS BINARY)),CAST(`flags` AS UNSIGNED),"
               "IFNULL(LENGTH(`data`),'N'),`data`,`at`)"));
    QCOMPARE(query.table(), q("`shop`.`t``x`"));
    QCOMPARE(query.image(3), q("CAST(`price` AS DOUBLE)"));
    QCOMPARE(query.image(2), q("`name`"));
}

void TstCompareSql::hashFlavors()
{
    const TablePlan plan = intPlan();
    const QString enc = q("CONCAT_WS(CAST(X'FF' AS BINARY),`id`,IFNULL(`v`,CAST(X'FE' AS BINARY)))");
    ChecksumQuery var(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    QCOMPARE(var.rowHash(), q("CRC32(@ss_row:=%1)<<32|CRC32C(@ss_row)").arg(enc));
    // A unique key: the XOR of a non-linear product.
    QCOMPARE(var.aggregates(), q("COUNT(*), BIT_XOR(CRC32(@ss_row:=%1)*CRC32C(@ss_row))").arg(enc));
    ChecksumQuery twice(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Twice);
    QCOMPARE(twice.rowHash(), q("CRC32(%1)<<32|CRC32C(%1)").arg(enc));
    QCOMPARE(twice.aggregates(), q("COUNT(*), BIT_XOR(CRC32(%1)*CRC32C(%1))").arg(enc));
    ChecksumQuery md5(plan, ChecksumQuery::Side::Source, HashFlavor::Md5);
    QCOMPARE(md5.rowHash(), q("CAST(CONV(LEFT(MD5(%1),16),16,10) AS UNSIGNED)").arg(enc));
    // Rows that may repeat (no key, or a user key) are summed: an XOR would cancel pairs.
    TablePlan keyless = plan;
    keyless.key.clear();
    QCOMPARE(ChecksumQuery(keyless, ChecksumQuery::Side::Source, HashFlavor::Crc64Var).aggregates(),
             q("COUNT(*), SUM(CRC32(@ss_row:=%1)<<32|CRC32C(@ss_row))").arg(enc));
    TablePlan user = plan;
    user.userKey = true;
    QVERIFY(ChecksumQuery(user, ChecksumQuery::Side::Source, HashFlavor::Crc64Var).aggregates().contains(q("SUM(")));
}

void TstCompareSql::lobsHashedSeparately()
{
    TablePlan plan = intPlan();
    plan.columns[1].hashSeparately = true;
    QCOMPARE(ChecksumQuery(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Var).encoding(),
             q("CONCAT_WS(CAST(X'FF' AS BINARY),`id`,IFNULL(CRC32(`v`)<<32|CRC32C(`v`),CAST(X'FE' AS BINARY)))"));
    QCOMPARE(ChecksumQuery(plan, ChecksumQuery::Side::Source, HashFlavor::Md5).encoding(),
             q("CONCAT_WS(CAST(X'FF' AS BINARY),`id`,IFNULL(MD5(`v`),CAST(X'FE' AS BINARY)))"));
}

void TstCompareSql::compositeRangePredicate()
{
    const TablePlan plan = mixedPlan();
    ChecksumQuery query(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    KeyRange r;
    r.lower = KeyBound {Row {QByteArray("10"), QByteArray("ab")}, false};
    r.upper = KeyBound {Row {QByteArray("20"), QByteArray("\xe9t\xe9")}, true};
    // Tuple comparisons expanded so the leading index column gets a range; latin1 values written
    // with their introducer.
    QCOMPARE(query.rangePredicate(r),
             q("(`id` >= 10 AND (`id` > 10 OR (`id` = 10 AND `code` > 'ab'))) AND "
               "(`id` <= 20 AND (`id` < 20 OR (`id` = 20 AND `code` <= _latin1 X'E974E9')))"));
    KeyRange open;
    open.lower = KeyBound {Row {QByteArray("5"), QByteArray("x")}, true};
    QCOMPARE(query.rangePredicate(open), q("`id` >= 5 AND (`id` > 5 OR (`id` = 5 AND `code` >= 'x'))"));
    QCOMPARE(query.rangePredicate(KeyRange()), q("1"));
}

void TstCompareSql::singleRangePredicate()
{
    const TablePlan plan = intPlan();
    ChecksumQuery query(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    KeyRange r;
    r.lower = KeyBound {Row {QByteArray("1")}, true};
    r.upper = KeyBound {Row {QByteArray("18446744073709551615")}, true};
    QCOMPARE(query.rangePredicate(r), q("(`id` >= 1) AND (`id` <= 18446744073709551615)"));
}

void TstCompareSql::checksumBatch()
{
    const TablePlan plan = intPlan();
    ChecksumQuery query(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Twice, q("v <> 'x'"));
    KeyRange a, b;
    a.lower = KeyBound {Row {QByteArray("1")}, true};
    a.upper = KeyBound {Row {QByteArray("100")}, true};
    b.lower = KeyBound {Row {QByteArray("101")}, true};
    b.upper = KeyBound {Row {QByteArray("200")}, true};
    const QString agg = query.aggregates();
    QCOMPARE(query.checksum({a, b}),
             q("SELECT 0, %1 FROM `a`.`t` FORCE INDEX (`PRIMARY`) WHERE ((`id` >= 1) AND (`id` <= 100)) "
               "AND (v <> 'x') UNION ALL "
               "SELECT 1, %1 FROM `a`.`t` FORCE INDEX (`PRIMARY`) WHERE ((`id` >= 101) AND (`id` <= 200)) "
               "AND (v <> 'x')")
                 .arg(agg));
    QCOMPARE(query.checksumAll(), q("SELECT %1 FROM `a`.`t` WHERE (v <> 'x')").arg(agg));
}

void TstCompareSql::keyHashStreamOrder()
{
    // Integer keys stream in index order; string keys in byte order, which the codec reproduces.
    const TablePlan plan = mixedPlan();
    ChecksumQuery query(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    const QString sql = query.keyHashStream(std::nullopt);
    QVERIFY2(sql.startsWith(q("SELECT `id`, `code`, CRC32(@ss_row:=")), qPrintable(sql));
    QVERIFY2(sql.endsWith(q(" FROM `shop`.`t``x` ORDER BY `id`, CAST(`code` AS BINARY)")), qPrintable(sql));
    QVERIFY(!sql.contains(q("FORCE INDEX")));
    KeyRange r;
    r.lower = KeyBound {Row {QByteArray("1"), QByteArray("a")}, false};
    QVERIFY(query.keyHashStream(r).contains(q("FORCE INDEX (`PRIMARY`) WHERE `id` >= 1")));
}

void TstCompareSql::keyHashStreamOfRanges()
{
    // The differing stretches a fold found: one statement, ranges ORed, still in key order.
    const TablePlan plan = intPlan();
    ChecksumQuery query(plan, ChecksumQuery::Side::Target, HashFlavor::Crc64Var);
    KeyRange a;
    a.lower = KeyBound {Row {QByteArray("10")}, true};
    a.upper = KeyBound {Row {QByteArray("20")}, true};
    KeyRange b;
    b.lower = KeyBound {Row {QByteArray("40")}, false};
    b.upper = KeyBound {Row {QByteArray("50")}, true};
    const QString sql = query.keyHashStream(QList<KeyRange> {a, b});
    QVERIFY2(sql.endsWith(q(" FROM `b`.`t` FORCE INDEX (`PRIMARY`) WHERE (((`id` >= 10) AND (`id` <= 20)) OR "
                            "((`id` > 40) AND (`id` <= 50))) ORDER BY `id`")),
             qPrintable(sql));
    QCOMPARE(query.keyHashStream(QList<KeyRange> {a}), query.keyHashStream(std::optional<KeyRange>(a)));
}

void TstCompareSql::foldStream()
{
    const TablePlan plan = intPlan();
    const QString enc = q("CONCAT_WS(CAST(X'FF' AS BINARY),`id`,IFNULL(`v`,CAST(X'FE' AS BINARY)))");
    ChecksumQuery query(plan, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    KeyRange r;
    r.lower = KeyBound {Row {QByteArray("-5")}, true};
    r.upper = KeyBound {Row {QByteArray("1000")}, true};
    // Counting and folding come first, inside one IF, so the group-end test cannot run without them;
    // the signature is the checksum's (parenthesized: `^` binds tighter than `*`).
    QCOMPARE(query.foldStream(r, 5),
             q("SELECT `id`, @ss_fold, @ss_fold_rows FROM `a`.`t` FORCE INDEX (`PRIMARY`) WHERE (`id` >= -5) AND (`id` <= 1000) "
               "AND IF((@ss_fold_rows := @ss_fold_rows + 1) AND (@ss_fold := @ss_fold ^ (CRC32(@ss_row:=%1)*CRC32C(@ss_row))) IS NOT NULL, "
               "((`id` ^ (`id` >> 5) ^ (`id` >> 11)) & 31) = 31, 0) ORDER BY `id`")
                 .arg(enc));
    QVERIFY(query.aggregates().contains(q("BIT_XOR(CRC32(@ss_row:=%1)*CRC32C(@ss_row))").arg(enc)));
    QCOMPARE(ChecksumQuery::foldStart(), q("SET @ss_fold := 0, @ss_fold_rows := 0"));
    QCOMPARE(ChecksumQuery::foldEnd(), q("SELECT @ss_fold, @ss_fold_rows"));

    // What the client folds itself when it checks a server: the same product as CRC32 * CRC32C.
    const QByteArray e("1\xff" "abc");
    const quint64 h = RowHash::crc64(e);
    QCOMPARE(ChecksumQuery::signature(h, HashFlavor::Crc64Var), quint64(RowHash::crc32(e)) * RowHash::crc32c(e));
    QCOMPARE(ChecksumQuery::signature(h, HashFlavor::Md5), h);
}

void TstCompareSql::foldGroupEnds()
{
    // About one key in 2^n ends a group, whether keys are consecutive, every 64th, multiples of
    // 1000 or negative (the server's 64-bit two's complement).
    auto share = [](qint64 first, qint64 step, int bits) {
        int ends = 0;
        for (int i = 0; i < 64000; ++i)
            ends += ChecksumQuery::groupEnd(quint64(first + i * step), bits) ? 1 : 0;
        return double(ends) / 64000.0 * double(1 << bits);
    };
    for (qint64 step : {1, 2, 64, 1000}) {
        for (qint64 first : {qint64(0), qint64(-1000000), qint64(1) << 40}) {
            const double s = share(first, step, 5);
            QVERIFY2(s > 0.5 && s < 2.0, qPrintable(QStringLiteral("step %1 from %2: %3").arg(step).arg(first).arg(s)));
        }
    }
    QVERIFY(ChecksumQuery::groupEnd(31, 5));      // 31 ^ 0 ^ 0
    QVERIFY(!ChecksumQuery::groupEnd(63, 5));     // 63 ^ 1
    QVERIFY(ChecksumQuery::groupEnd(quint64(-1), 3));
}

void TstCompareSql::fetchSingleAndComposite()
{
    const TablePlan single = intPlan();
    ChecksumQuery qs(single, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    QCOMPARE(qs.fetch({Row {QByteArray("3")}, Row {QByteArray("18446744073709551615")}}),
             q("SELECT `id`, `id`, `v` FROM `a`.`t` WHERE (`id` IN (3, 18446744073709551615))"));
    const TablePlan mixed = mixedPlan();
    ChecksumQuery qm(mixed, ChecksumQuery::Side::Source, HashFlavor::Crc64Var, q("1 = 1"));
    const QString sql = qm.fetch({Row {QByteArray("1"), QByteArray("a'b")}, Row {QByteArray("2"), QByteArray("\xff")}});
    QVERIFY2(sql.endsWith(q("WHERE (((`id` = 1 AND `code` = 'a''b') OR (`id` = 2 AND `code` = _latin1 X'FF'))) AND (1 = 1)")),
             qPrintable(sql));
    QVERIFY(sql.startsWith(q("SELECT `id`, `code`, `id`, `code`, `name`, CAST(`price` AS DOUBLE), `flags`, `data`, `at` FROM")));
}

void TstCompareSql::boundaryAndMinMax()
{
    const TablePlan mixed = mixedPlan();
    ChecksumQuery qm(mixed, ChecksumQuery::Side::Source, HashFlavor::Crc64Var);
    // Boundaries walk the index in its own (collation) order, the order range predicates use.
    QCOMPARE(qm.boundary(std::nullopt, 999),
             q("SELECT `id`, `code` FROM `shop`.`t``x` FORCE INDEX (`PRIMARY`) ORDER BY `id`, `code` LIMIT 999, 1"));
    const QString after = qm.boundary(KeyBound {Row {QByteArray("7"), QByteArray("z")}, false}, 10);
    QVERIFY2(after.contains(q("WHERE `id` >= 7 AND (`id` > 7 OR (`id` = 7 AND `code` > 'z')) ORDER BY")), qPrintable(after));
    const TablePlan single = intPlan();
    ChecksumQuery qs(single, ChecksumQuery::Side::Target, HashFlavor::Crc64Var);
    QCOMPARE(qs.minMax(), q("SELECT MIN(`id`), MAX(`id`) FROM `b`.`t`"));
    QCOMPARE(qs.nextKey("42"), q("SELECT MIN(`id`) FROM `b`.`t` WHERE `id` >= 42"));
}

void TstCompareSql::targetSideUsesTargetNames()
{
    TablePlan plan = intPlan();
    plan.columns[1].targetName = QStringLiteral("V");
    plan.targetIndex = QStringLiteral("pk2");
    ChecksumQuery t(plan, ChecksumQuery::Side::Target, HashFlavor::Crc64Var);
    QVERIFY(t.encoding().contains(q("IFNULL(`V`,CAST(X'FE' AS BINARY))")));
    KeyRange r;
    r.lower = KeyBound {Row {QByteArray("1")}, true};
    QVERIFY(t.checksum({r}).contains(q("FROM `b`.`t` FORCE INDEX (`pk2`)")));
}

void TstCompareSql::keyCodecOrder_data()
{
    QTest::addColumn<bool>("integer");
    QTest::addColumn<QList<QByteArray>>("ascending");
    QTest::newRow("integers") << true
                              << QList<QByteArray> {"-9223372036854775808", "-1000", "-1", "0", "1", "255", "256",
                                                    "9223372036854775807", "18446744073709551615"};
    QTest::newRow("bytes") << false
                           << QList<QByteArray> {QByteArray(), QByteArray("\0", 1), QByteArray("\0\0", 2),
                                                 QByteArray("\0a", 2), "A", "a", QByteArray("a\0", 2), "a ", "ab",
                                                 "b", "\xc3\xa9", "\xff"};
}

void TstCompareSql::keyCodecOrder()
{
    QFETCH(bool, integer);
    QFETCH(QList<QByteArray>, ascending);
    KeyCodec codec({integer ? KeyCodec::Kind::Integer : KeyCodec::Kind::Bytes}, {false});
    QList<QByteArray> encoded;
    for (const QByteArray& v : ascending) {
        const std::optional<QByteArray> e = codec.encode(Row {v});
        QVERIFY(e.has_value());
        encoded.append(*e);
    }
    // memcmp order of the encodings is the value order.
    for (int i = 1; i < encoded.size(); ++i)
        QVERIFY2(encoded.at(i - 1) < encoded.at(i), qPrintable(QString::number(i)));
}

void TstCompareSql::keyCodecRoundTrip()
{
    KeyCodec codec({KeyCodec::Kind::Integer, KeyCodec::Kind::Bytes, KeyCodec::Kind::Bytes}, {false, false, true});
    const QList<Row> rows {
        Row {QByteArray("-5"), QByteArray("a\0b", 3), QByteArray("x")},
        Row {QByteArray("18446744073709551615"), QByteArray(), std::nullopt},
        Row {QByteArray("0"), QByteArray("\0\xff\0", 3), QByteArray("")},
    };
    QList<QByteArray> encoded;
    for (const Row& r : rows) {
        const std::optional<QByteArray> e = codec.encode(r);
        QVERIFY(e);
        const std::optional<Row> back = codec.decode(*e);
        QVERIFY(back);
        QCOMPARE(*back, r);
        encoded.append(*e);
    }
    // A composite key sorts by its first column first; NULL sorts before ''.
    QVERIFY(encoded[0] < encoded[2]);
    QVERIFY(encoded[2] < encoded[1]);
    const std::optional<QByteArray> nullKey = codec.encode(Row {QByteArray("1"), QByteArray("k"), std::nullopt});
    const std::optional<QByteArray> emptyKey = codec.encode(Row {QByteArray("1"), QByteArray("k"), QByteArray("")});
    QVERIFY(*nullKey < *emptyKey);
    // Mixed widths agree: "+7" and "7" and "007" are the same key.
    KeyCodec ints({KeyCodec::Kind::Integer}, {false});
    QCOMPARE(ints.encode(Row {QByteArray("007")}), ints.encode(Row {QByteArray("+7")}));
    QCOMPARE(ints.encode(Row {QByteArray("-0")}), ints.encode(Row {QByteArray("0")}));
}

void TstCompareSql::keyCodecRejects()
{
    KeyCodec ints({KeyCodec::Kind::Integer}, {false});
    QVERIFY(!ints.encode(Row {QByteArray("1.5")}));
    QVERIFY(!ints.encode(Row {QByteArray("")}));
    QVERIFY(!ints.encode(Row {QByteArray("-")}));
    QVERIFY(!ints.encode(Row {QByteArray("18446744073709551616")}));
    QVERIFY(!ints.encode(Row {QByteArray("-9223372036854775809")}));
    QVERIFY(!ints.encode(Row {std::nullopt}));
    QVERIFY(!ints.encode(Row {}));
    KeyCodec bytes({KeyCodec::Kind::Bytes}, {false});
    QVERIFY(!bytes.decode(QByteArray("abc")));          // no terminator
    QVERIFY(!bytes.decode(QByteArray("a\0\x05", 3)));   // bad escape
    QVERIFY(!bytes.decode(QByteArray("a\0\0z", 4)));    // trailing bytes
}

QTEST_GUILESS_MAIN(TstCompareSql)
#include "tst_comparesql.moc"

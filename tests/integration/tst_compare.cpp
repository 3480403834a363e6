// The row compare engine against real servers: every type and character set compared byte for
// byte, keys of every shape, keyless tables, tables and columns on one side only, database mapping,
// and large tables whose counts are checked against plain SQL joins.
#include "TestSupport.h"
#include "compare/CompareJob.h"
#include "compare/DiffStore.h"
#include "db/Sql.h"
#include "jobs/JobRunner.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#define EXEC(conn, text)                                                                                          \
    do {                                                                                                          \
        const Status st_ = (conn).execute(QString(text).toUtf8());                                                \
        QVERIFY2(st_.ok(), qPrintable(st_.ok() ? QString() : st_.error().toString() + QStringLiteral(" in: ") + QString(text))); \
    } while (0)

namespace {

QString q(const char* text)
{
    return QString::fromUtf8(text);
}

/// The outcome of one compare run, with the rows of its first table.
struct Run
{
    Status status;
    CompareSummary summary;
    TableComparer::Stats stats;
    QList<DiffRow> rows;
    QStringList log;
    JobProgress progress; ///< the job's last progress, with its per-table items

    const DiffTableInfo* table(const QString& name) const
    {
        for (const DiffTableInfo& t : summary.tables) {
            if (t.sourceTable == name || t.targetTable == name)
                return &t;
        }
        return nullptr;
    }
};

} // namespace

class TstCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void typeMatrix_data();
    void typeMatrix();
    void encodingIsInjective();
    void swappedValuesAreFound();
    void compositeAndBinaryKeys();
    void ciCollationKeys();
    void keyCollationDiffers();
    void keylessTableIsAMultiset();
    void userKey();
    void onlyKeyColumns();
    void emptyTables();
    void tableOnOneSide();
    void columnOnOneSide();
    void invisibleAndGeneratedColumns();
    void ignoreColumnsAndWhere();
    void charsetDiffersBetweenSides();
    void largeTableScatteredDifferences();
    void denseDriftSwitchesToStreaming();
    void thinDriftIsFolded_data();
    void thinDriftIsFolded();
    void foldMeetsRowLongerThanMaxPacket();
    void compositeKeyManySegments();
    void rowsLongerThanMaxPacket_data();
    void rowsLongerThanMaxPacket();
    void parallelTables();
    void jsonSemantic();
    void maxLoadPausesUntilCancelled();
    void cancelledBeforeStart();

private:
    Run compare(const QStringList& tables, CompareOptions options = {}, const CompareTuning* tuning = nullptr);
    QString s(const QString& sql) const; ///< {db} -> the source database
    QString d(const QString& sql) const; ///< {db} -> the target database
    QString m(const QString& sql) const; ///< {db} -> the mirror of the target on the source server
    Value rawValue(Connection& c, const QString& sql);
    static qint64 streamedRows(const Run& run);

    std::unique_ptr<Connection> m_src;
    std::unique_ptr<Connection> m_dst;
    ConnectionSettings m_srcSettings;
    ConnectionSettings m_dstSettings;
    QString m_srcDb;
    QString m_dstDb;
    QString m_mirrorDb;
    QTemporaryDir m_home;
};

QString TstCompare::s(const QString& sql) const
{
    return QString(sql).replace(QStringLiteral("{db}"), Sql::quoteIdentifier(m_srcDb));
}

QString TstCompare::d(const QString& sql) const
{
    return QString(sql).replace(QStringLiteral("{db}"), Sql::quoteIdentifier(m_dstDb));
}

QString TstCompare::m(const QString& sql) const
{
    return QString(sql).replace(QStringLiteral("{db}"), Sql::quoteIdentifier(m_mirrorDb));
}

Value TstCompare::rawValue(Connection& c, const QString& sql)
{
    Result<Value> v = c.scalar(sql.toUtf8());
    return v ? *v : Value(QByteArray("<error>"));
}

qint64 TstCompare::streamedRows(const Run& run)
{
    // From the job's per-table summary line: "..., N rows streamed)".
    for (const QString& line : run.log) {
        if (line.endsWith(QLatin1String(" rows streamed)")))
            return line.section(QLatin1Char(','), -1).section(QLatin1Char(' '), 1, 1).toLongLong();
    }
    return -1;
}

void TstCompare::initTestCase()
{
    Result<ConnectionSettings> src = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(src.ok(), qPrintable(src.ok() ? QString() : src.error().toString()));
    Result<ConnectionSettings> dst = TestSupport::server(QStringLiteral("dst"));
    QVERIFY2(dst.ok(), qPrintable(dst.ok() ? QString() : dst.error().toString()));
    // Differently named databases on the two servers: every test also checks the mapping.
    m_srcDb = TestSupport::uniqueName(QStringLiteral("cmp_src"));
    m_dstDb = TestSupport::uniqueName(QStringLiteral("cmp_dst"));
    m_mirrorDb = TestSupport::uniqueName(QStringLiteral("cmp_mirror"));
    m_srcSettings = *src;
    m_srcSettings.database = m_srcDb;
    m_dstSettings = *dst;
    m_dstSettings.database = m_dstDb;
    Result<std::unique_ptr<Connection>> a = Connection::open(*src);
    Result<std::unique_ptr<Connection>> b = Connection::open(*dst);
    QVERIFY(a.ok() && b.ok());
    m_src = std::move(*a);
    m_dst = std::move(*b);
    EXEC(*m_src, s(q("CREATE DATABASE {db}")));
    EXEC(*m_src, m(q("CREATE DATABASE {db}")));
    EXEC(*m_dst, d(q("CREATE DATABASE {db}")));
    QVERIFY(m_home.isValid());
    qputenv("SYNCSTUDIO_HOME", m_home.path().toUtf8());
}

void TstCompare::cleanupTestCase()
{
    if (m_src) {
        (void)m_src->execute(s(q("DROP DATABASE IF EXISTS {db}")).toUtf8());
        (void)m_src->execute(m(q("DROP DATABASE IF EXISTS {db}")).toUtf8());
    }
    if (m_dst)
        (void)m_dst->execute(d(q("DROP DATABASE IF EXISTS {db}")).toUtf8());
}

Run TstCompare::compare(const QStringList& tables, CompareOptions options, const CompareTuning* tuning)
{
    Run run;
    options.tables = tables;
    CompareJob job(m_srcSettings, m_dstSettings, options);
    if (tuning)
        job.setTuning(*tuning);
    QObject::connect(&job, &Job::logMessage, &job, [&run](const QString& line) { run.log << line; }, Qt::DirectConnection);
    run.status = JobRunner::runBlocking(job);
    run.summary = job.summary();
    run.progress = job.progress();
    if (!run.summary.tables.isEmpty()) {
        Result<std::unique_ptr<DiffStore>> store = DiffStore::open(run.summary.diffStorePath);
        if (store) {
            for (const DiffTableInfo& t : run.summary.tables) {
                QByteArray after;
                for (;;) {
                    Result<QList<DiffRow>> page = (*store)->rows(t.id, after, 1000);
                    if (!page || page->isEmpty())
                        break;
                    run.rows += *page;
                    after = page->last().sortKey;
                }
                break; // the first table's rows only
            }
        }
    }
    return run;
}

// ------------------------------------------------------------------------------------------------

void TstCompare::typeMatrix_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("changed");
    QTest::addColumn<QString>("image"); ///< how the engine reads the value back

    auto row = [](const char* tag, const char* type, const char* base, const char* changed, const char* image = "v") {
        QTest::newRow(tag) << q(type) << q(base) << q(changed) << q(image);
    };
    row("tinyint", "TINYINT", "-128", "127");
    row("tinyint unsigned", "TINYINT UNSIGNED", "255", "254");
    row("int", "INT", "-2147483648", "2147483647");
    row("bigint", "BIGINT", "-9223372036854775808", "-9223372036854775807");
    row("bigint unsigned", "BIGINT UNSIGNED", "18446744073709551615", "18446744073709551614");
    row("decimal(65,30)", "DECIMAL(65,30)", "-99999999999999999999999999999999999.999999999999999999999999999999",
        "-99999999999999999999999999999999999.999999999999999999999999999998");
    // Both FLOATs print as 1 in the text protocol; they are different numbers.
    row("float", "FLOAT", "1.0000001e0", "1.0000002e0", "CAST(v AS DOUBLE)");
    row("double max", "DOUBLE", "1.7976931348623157e308", "1.7976931348623155e308");
    row("double denormal", "DOUBLE", "4.9406564584124654e-324", "9.8813129168249309e-324");
    row("double last bit", "DOUBLE", "1e-1 + 2e-1", "3e-1");
    row("bit(1)", "BIT(1)", "b'1'", "b'0'");
    row("bit(64)", "BIT(64)", "18446744073709551615", "18446744073709551614");
    row("char case", "CHAR(10) CHARACTER SET utf8mb4", "'abc'", "'abC'");
    row("varchar ci case", "VARCHAR(20) COLLATE utf8mb4_general_ci", "'a'", "'A'");
    row("varchar trailing space", "VARCHAR(20)", "'a'", "'a '");
    row("varchar empty vs null", "VARCHAR(20)", "''", "NULL");
    row("varchar 'NULL' vs null", "VARCHAR(20)", "'NULL'", "NULL");
    row("text utf8mb4", "TEXT", "'汉字 ñ 😀'", "'汉字 ñ 😁'");
    row("latin1", "VARCHAR(10) CHARACTER SET latin1", "_latin1 X'E9FF'", "_latin1 X'C9FF'");
    row("gbk", "VARCHAR(10) CHARACTER SET gbk", "_gbk X'C4E3BAC3'", "_gbk X'C4E3C3C7'");
    row("binary charset", "VARCHAR(10) CHARACTER SET binary", "X'00FF'", "X'00FE'");
    row("binary(4)", "BINARY(4)", "X'00000000'", "X'00000001'");
    row("varbinary nul", "VARBINARY(10)", "X'610062'", "X'610063'");
    row("blob", "BLOB", "X'00FF00FF'", "X'00FF00FE'");
    row("longblob 200k", "LONGBLOB", "REPEAT(X'00FF', 100000)", "CONCAT(REPEAT(X'00FF', 99999), X'00FE')");
    row("date zero", "DATE", "'0000-00-00'", "'0000-00-01'");
    row("datetime zero", "DATETIME", "'0000-00-00 00:00:00'", "'0001-01-01 00:00:00'");
    row("datetime(6)", "DATETIME(6)", "'2024-01-01 00:00:00.000001'", "'2024-01-01 00:00:00.000002'");
    row("timestamp(6)", "TIMESTAMP(6) NULL", "'2024-03-10 02:30:00.500000'", "'2024-03-10 02:30:00.600000'");
    row("time", "TIME(6)", "'-838:59:59'", "'838:59:59'");
    row("year", "YEAR", "2024", "2025");
    row("enum", "ENUM('a','b','c')", "'a'", "'b'");
    row("set", "SET('x','y','z')", "'x,y'", "'x,z'");
    row("json value", "JSON", "'{\"a\": 1}'", "'{\"a\": 2}'");
    row("json spacing", "JSON", "'{\"a\": 1}'", "'{\"a\":1}'");
    row("geometry", "GEOMETRY", "POINT(1,2)", "POINT(1,3)");
    row("geometry srid", "GEOMETRY", "ST_GeomFromText('POINT(1 2)', 4326)", "ST_GeomFromText('POINT(1 2)', 0)");
}

void TstCompare::typeMatrix()
{
    QFETCH(QString, type);
    QFETCH(QString, base);
    QFETCH(QString, changed);
    QFETCH(QString, image);
    static int counter = 0;
    const QString table = QStringLiteral("tm_%1").arg(++counter);
    const QString create = QStringLiteral("CREATE TABLE {db}.%1 (id INT PRIMARY KEY, v %2 NULL, w INT) ENGINE=InnoDB").arg(table, type);
    const QString fill = QStringLiteral("INSERT INTO {db}.%1 VALUES (1, %2, 1), (2, %2, 2), (3, NULL, 3)").arg(table, base);
    EXEC(*m_src, s(create));
    EXEC(*m_src, s(fill));
    EXEC(*m_dst, d(create));
    EXEC(*m_dst, d(fill));

    Run same = compare({table});
    QVERIFY2(same.status.ok(), qPrintable(same.status.ok() ? QString() : same.status.error().toString()));
    QCOMPARE(same.summary.tables.size(), 1);
    const DiffTableInfo& t0 = same.summary.tables.first();
    QVERIFY2(t0.status == QLatin1String("identical"), qPrintable(t0.status + QStringLiteral(": ") + t0.reason));
    QCOMPARE(t0.sourceRows, 3);
    QCOMPARE(t0.targetRows, 3);
    QCOMPARE(t0.identical, 3);
    QCOMPARE(t0.keyColumns, QStringList {QStringLiteral("id")});
    QCOMPARE(t0.targetDatabase, m_dstDb);

    EXEC(*m_dst, d(QStringLiteral("UPDATE {db}.%1 SET v = %2 WHERE id = 2").arg(table, changed)));
    Run diff = compare({table});
    QVERIFY(diff.status.ok());
    const DiffTableInfo& t1 = diff.summary.tables.first();
    QCOMPARE(t1.status, QStringLiteral("different"));
    QCOMPARE(t1.different, 1);
    QCOMPARE(t1.onlyInSource, 0);
    QCOMPARE(t1.onlyInTarget, 0);
    QCOMPARE(t1.identical, 2);
    QCOMPARE(diff.rows.size(), 1);
    const DiffRow& r = diff.rows.first();
    QCOMPARE(r.kind, DiffRow::Kind::Different);
    QCOMPARE(r.key, Row {QByteArray("2")});
    QCOMPARE(r.diffColumns, QList<int> {1});
    QVERIFY(r.sourceImage && r.targetImage);
    // The images are the exact bytes each server holds.
    QCOMPARE(r.sourceImage->at(1), rawValue(*m_src, s(QStringLiteral("SELECT %1 FROM {db}.%2 WHERE id = 2").arg(image, table))));
    QCOMPARE(r.targetImage->at(1), rawValue(*m_dst, d(QStringLiteral("SELECT %1 FROM {db}.%2 WHERE id = 2").arg(image, table))));
    QCOMPARE(r.sourceImage->at(2), Value(QByteArray("2")));
}

void TstCompare::encodingIsInjective()
{
    // Values that a bare separator join would confuse, and NULL moved between columns.
    const QString create = q("CREATE TABLE {db}.inj (id INT PRIMARY KEY, a VARCHAR(10), b VARCHAR(10), "
                             "c VARCHAR(10) CHARACTER SET latin1, e VARCHAR(10) CHARACTER SET latin1)");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.inj VALUES (1, 'a', 'b#c', NULL, NULL), (2, NULL, '', NULL, NULL), "
                     "(3, 'x', 'y', _latin1 X'41FF', _latin1 X'42'), (4, 'same', 'same', 'same', 'same')")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.inj VALUES (1, 'a#b', 'c', NULL, NULL), (2, '', NULL, NULL, NULL), "
                     "(3, 'x', 'y', _latin1 X'41', _latin1 X'FF42'), (4, 'same', 'same', 'same', 'same')")));
    Run r = compare({q("inj")});
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.different, 3);
    QCOMPARE(t.identical, 1);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).diffColumns, (QList<int> {1, 2}));
    QCOMPARE(r.rows.at(1).diffColumns, (QList<int> {1, 2}));
    QCOMPARE(r.rows.at(2).diffColumns, (QList<int> {3, 4}));
}

void TstCompare::swappedValuesAreFound()
{
    // Two rows trading equal-length values cancel out under an XOR of linear hashes; not here.
    const QString create = q("CREATE TABLE {db}.swap (id INT PRIMARY KEY, email VARCHAR(40))");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.swap VALUES (1, 'anna@example.com'), (2, 'bert@example.com'), (3, 'carl@example.com')")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.swap VALUES (1, 'bert@example.com'), (2, 'anna@example.com'), (3, 'carl@example.com')")));
    Run r = compare({q("swap")});
    QVERIFY(r.status.ok());
    QCOMPARE(r.summary.tables.first().different, 2);
}

void TstCompare::compositeAndBinaryKeys()
{
    const QString create = q("CREATE TABLE {db}.ck (a INT, b VARBINARY(8), v VARCHAR(10), PRIMARY KEY (a, b))");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    const QString rows = q("INSERT INTO {db}.ck VALUES (1, X'', 'e'), (1, X'00', 'z'), (1, X'0000', 'zz'), (1, X'00FF', 'zf'), "
                           "(1, X'61', 'a'), (1, X'6100', 'a0'), (2, X'FF', 'f'), (-5, X'01', 'n')");
    EXEC(*m_src, s(rows));
    EXEC(*m_dst, d(rows));
    Run same = compare({q("ck")});
    QCOMPARE(same.summary.tables.first().status, QStringLiteral("identical"));
    QCOMPARE(same.summary.tables.first().keyColumns, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));

    EXEC(*m_dst, d(q("DELETE FROM {db}.ck WHERE a = 1 AND b = X'00'")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.ck VALUES (1, X'000000', 'new')")));
    EXEC(*m_dst, d(q("UPDATE {db}.ck SET v = 'A0' WHERE a = 1 AND b = X'6100'")));
    Run r = compare({q("ck")});
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.onlyInSource, 1);
    QCOMPARE(t.onlyInTarget, 1);
    QCOMPARE(t.different, 1);
    QCOMPARE(t.identical, 6);
    QCOMPARE(r.rows.size(), 3);
    // In key order: (1, 00) < (1, 0000 00) < (1, 61 00).
    QCOMPARE(r.rows.at(0).key, (Row {QByteArray("1"), QByteArray("\0", 1)}));
    QCOMPARE(r.rows.at(0).kind, DiffRow::Kind::OnlyInSource);
    QCOMPARE(r.rows.at(1).key, (Row {QByteArray("1"), QByteArray("\0\0\0", 3)}));
    QCOMPARE(r.rows.at(1).kind, DiffRow::Kind::OnlyInTarget);
    QCOMPARE(r.rows.at(2).key, (Row {QByteArray("1"), QByteArray("a\0", 2)}));
    QCOMPARE(r.rows.at(2).diffColumns, QList<int> {2});
}

void TstCompare::ciCollationKeys()
{
    // The key is case-insensitive and ignores trailing spaces, but the compare matches keys by
    // their bytes: 'abc' and 'ABC' are different rows.
    const QString create = q("CREATE TABLE {db}.ci (k VARCHAR(20) COLLATE utf8mb4_general_ci PRIMARY KEY, v INT)");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.ci VALUES ('abc', 1), ('b', 2), ('x', 3), ('Ü', 4), ('zeta', 5)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.ci VALUES ('ABC', 1), ('b', 2), ('x ', 3), ('ü', 4), ('zeta', 6)")));
    Run r = compare({q("ci")});
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.onlyInSource, 3);
    QCOMPARE(t.onlyInTarget, 3);
    QCOMPARE(t.different, 1);
    QCOMPARE(t.identical, 1);
    QStringList source, target;
    for (const DiffRow& row : r.rows) {
        if (row.kind == DiffRow::Kind::OnlyInSource)
            source << QString::fromUtf8(*row.key.first());
        if (row.kind == DiffRow::Kind::OnlyInTarget)
            target << QString::fromUtf8(*row.key.first());
    }
    source.sort();
    target.sort();
    QCOMPARE(source, (QStringList {q("abc"), q("x"), q("Ü")}));
    QCOMPARE(target, (QStringList {q("ABC"), q("x "), q("ü")}));
}

void TstCompare::keyCollationDiffers()
{
    EXEC(*m_src, s(q("CREATE TABLE {db}.kc (k VARCHAR(20) COLLATE utf8mb4_bin PRIMARY KEY, v INT)")));
    EXEC(*m_dst, d(q("CREATE TABLE {db}.kc (k VARCHAR(20) COLLATE utf8mb4_general_ci PRIMARY KEY, v INT)")));
    EXEC(*m_src, s(q("INSERT INTO {db}.kc VALUES ('B', 1), ('a', 2), ('c', 3)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.kc VALUES ('a', 2), ('B', 1), ('c', 4)")));
    Run r = compare({q("kc")});
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.identical, 2);
    QCOMPARE(t.different, 1);
    QVERIFY2(t.reason.contains(q("collation")), qPrintable(t.reason));
}

void TstCompare::keylessTableIsAMultiset()
{
    const QString create = q("CREATE TABLE {db}.nokey (a INT, b VARCHAR(10))");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.nokey VALUES (1, 'x'), (1, 'x'), (2, 'y'), (3, NULL)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.nokey VALUES (1, 'x'), (2, 'y'), (2, 'y'), (3, NULL), (4, 'z')")));
    Run r = compare({q("nokey")});
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.status, QStringLiteral("different"));
    QVERIFY(t.keyColumns.isEmpty());
    QVERIFY(!t.updatable);
    QVERIFY(t.reason.contains(q("multiset")));
    QCOMPARE(t.sourceRows, 4);
    QCOMPARE(t.targetRows, 5);
    QCOMPARE(t.onlyInSource, 1);
    QCOMPARE(t.onlyInTarget, 2);
    QCOMPARE(t.identical, 3);
    QCOMPARE(r.rows.size(), 3);
    int xs = 0, ys = 0, zs = 0;
    for (const DiffRow& row : r.rows) {
        const Row& image = row.sourceImage ? *row.sourceImage : *row.targetImage;
        xs += image.value(1) == Value(QByteArray("x")) && row.kind == DiffRow::Kind::OnlyInSource;
        ys += image.value(1) == Value(QByteArray("y")) && row.kind == DiffRow::Kind::OnlyInTarget;
        zs += image.value(1) == Value(QByteArray("z")) && row.kind == DiffRow::Kind::OnlyInTarget;
    }
    QCOMPARE(xs, 1);
    QCOMPARE(ys, 1);
    QCOMPARE(zs, 1);

    // Equal multisets are identical, whatever the physical order.
    EXEC(*m_dst, d(q("DELETE FROM {db}.nokey")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.nokey VALUES (3, NULL), (2, 'y'), (1, 'x'), (1, 'x')")));
    Run same = compare({q("nokey")});
    QCOMPARE(same.summary.tables.first().status, QStringLiteral("identical"));
    QCOMPARE(same.summary.tables.first().identical, 4);
}

void TstCompare::userKey()
{
    const QString create = q("CREATE TABLE {db}.uk (code VARCHAR(10), region INT, qty INT, KEY (code, region))");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.uk VALUES ('a', 1, 10), ('a', 2, 20), ('b', 1, 30)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.uk VALUES ('a', 1, 10), ('a', 2, 21), ('c', 1, 30)")));
    CompareOptions o;
    QVERIFY(o.addKey(QStringLiteral("%1.uk=code,region").arg(m_srcDb)).ok());
    Run r = compare({q("uk")}, o);
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.keyColumns, (QStringList {q("code"), q("region")}));
    QCOMPARE(t.different, 1);
    QCOMPARE(t.onlyInSource, 1);
    QCOMPARE(t.onlyInTarget, 1);
    QVERIFY(!t.updatable);

    // A user key that is not unique is reported, not guessed around.
    EXEC(*m_src, s(q("INSERT INTO {db}.uk VALUES ('a', 1, 11)")));
    Run dup = compare({q("uk")}, o);
    QCOMPARE(dup.summary.tables.first().status, QStringLiteral("error"));
    QVERIFY2(dup.summary.tables.first().reason.contains(q("same key")), qPrintable(dup.summary.tables.first().reason));
}

void TstCompare::onlyKeyColumns()
{
    const QString create = q("CREATE TABLE {db}.link (a INT, b INT, PRIMARY KEY (a, b))");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.link VALUES (1, 1), (1, 2), (2, 1)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.link VALUES (1, 1), (2, 1), (2, 2)")));
    Run r = compare({q("link")});
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.onlyInSource, 1);
    QCOMPARE(t.onlyInTarget, 1);
    QCOMPARE(t.identical, 2);
}

void TstCompare::emptyTables()
{
    const QString create = q("CREATE TABLE {db}.empty1 (id BIGINT UNSIGNED PRIMARY KEY, v TEXT)");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    Run r = compare({q("empty1")});
    QVERIFY(r.status.ok());
    QCOMPARE(r.summary.tables.first().status, QStringLiteral("identical"));
    QCOMPARE(r.summary.tables.first().sourceRows, 0);
    EXEC(*m_dst, d(q("INSERT INTO {db}.empty1 VALUES (18446744073709551615, 'max'), (0, 'zero')")));
    Run r2 = compare({q("empty1")});
    QCOMPARE(r2.summary.tables.first().onlyInTarget, 2);
    QCOMPARE(r2.rows.first().key, Row {QByteArray("0")});
    QCOMPARE(r2.rows.last().key, Row {QByteArray("18446744073709551615")});
}

void TstCompare::tableOnOneSide()
{
    EXEC(*m_src, s(q("CREATE TABLE {db}.srconly (id INT PRIMARY KEY)")));
    EXEC(*m_src, s(q("INSERT INTO {db}.srconly VALUES (1), (2), (3)")));
    EXEC(*m_dst, d(q("CREATE TABLE {db}.dstonly (id INT PRIMARY KEY)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.dstonly VALUES (1)")));
    Run r = compare({q("srconly"), q("dstonly")});
    QVERIFY(r.status.ok());
    QCOMPARE(r.summary.tables.size(), 2);
    const DiffTableInfo* a = r.table(q("srconly"));
    const DiffTableInfo* b = r.table(q("dstonly"));
    QVERIFY(a && b);
    QCOMPARE(a->status, QStringLiteral("different"));
    QCOMPARE(a->onlyInSource, 3);
    QCOMPARE(a->targetRows, 0);
    QVERIFY(a->reason.contains(q("only in the source")));
    QCOMPARE(b->status, QStringLiteral("different"));
    QCOMPARE(b->onlyInTarget, 1);
    QVERIFY(b->reason.contains(q("only in the target")));
    QVERIFY(!r.summary.identical());
}

void TstCompare::columnOnOneSide()
{
    EXEC(*m_src, s(q("CREATE TABLE {db}.cols (id INT PRIMARY KEY, a INT, extra VARCHAR(10))")));
    EXEC(*m_dst, d(q("CREATE TABLE {db}.cols (id INT PRIMARY KEY, A INT, other INT)")));
    EXEC(*m_src, s(q("INSERT INTO {db}.cols VALUES (1, 1, 'x'), (2, 2, 'y')")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.cols VALUES (1, 1, 5), (2, 3, 6)")));
    Run r = compare({q("cols")});
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.different, 1);
    QCOMPARE(t.identical, 1);
    QVERIFY2(t.reason.contains(q("only in the source (not compared): extra")), qPrintable(t.reason));
    QVERIFY2(t.reason.contains(q("only in the target (not compared): other")), qPrintable(t.reason));
    QCOMPARE(t.columns.size(), 2);
}

void TstCompare::invisibleAndGeneratedColumns()
{
    // An invisible column is compared (SELECT * would miss it); a generated one is not.
    EXEC(*m_src, s(q("CREATE TABLE {db}.inv (id INT PRIMARY KEY, v INT, secret INT INVISIBLE, g INT AS (v * 2) VIRTUAL)")));
    EXEC(*m_dst, d(q("CREATE TABLE {db}.inv (id INT PRIMARY KEY, v INT, secret INT INVISIBLE, g INT AS (v * 3) VIRTUAL)")));
    EXEC(*m_src, s(q("INSERT INTO {db}.inv (id, v, secret) VALUES (1, 1, 100), (2, 2, 200)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.inv (id, v, secret) VALUES (1, 1, 100), (2, 2, 201)")));
    Run r = compare({q("inv")});
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.different, 1);
    QCOMPARE(r.rows.first().key, Row {QByteArray("2")});
    QStringList names;
    for (const DiffColumn& c : t.columns)
        names << c.name;
    QCOMPARE(names, (QStringList {q("id"), q("v"), q("secret")}));
    QCOMPARE(r.rows.first().diffColumns, QList<int> {2});
}

void TstCompare::ignoreColumnsAndWhere()
{
    const QString create = q("CREATE TABLE {db}.iw (id INT PRIMARY KEY, v INT, updated_at DATETIME)");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.iw VALUES (1, 1, '2024-01-01'), (2, 2, '2024-01-01'), (3, 3, '2024-01-01')")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.iw VALUES (1, 1, '2025-01-01'), (2, 2, '2025-01-01'), (3, 4, '2025-01-01')")));
    CompareOptions o;
    o.ignoreColumns = {q("iw.updated_at")};
    Run r = compare({q("iw")}, o);
    QCOMPARE(r.summary.tables.first().different, 1);
    QVERIFY(r.summary.tables.first().reason.contains(q("ignored columns: updated_at")));
    o.where = q("id < 3");
    Run w = compare({q("iw")}, o);
    QCOMPARE(w.summary.tables.first().status, QStringLiteral("identical"));
    QCOMPARE(w.summary.tables.first().sourceRows, 2);
    o.where = q("no_such_column = 1");
    Run bad = compare({q("iw")}, o);
    QCOMPARE(bad.summary.tables.first().status, QStringLiteral("error"));
    QVERIFY(bad.summary.tables.first().reason.contains(q("no_such_column")));
}

void TstCompare::charsetDiffersBetweenSides()
{
    EXEC(*m_src, s(q("CREATE TABLE {db}.cs (id INT PRIMARY KEY, v VARCHAR(10) CHARACTER SET latin1)")));
    EXEC(*m_dst, d(q("CREATE TABLE {db}.cs (id INT PRIMARY KEY, v VARCHAR(10) CHARACTER SET utf8mb4)")));
    EXEC(*m_src, s(q("INSERT INTO {db}.cs VALUES (1, _latin1 X'E9'), (2, 'x')")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.cs VALUES (1, 'é'), (2, 'y')")));
    Run r = compare({q("cs")});
    const DiffTableInfo& t = r.summary.tables.first();
    // Same characters in different character sets are equal; the change is found.
    QCOMPARE(t.identical, 1);
    QCOMPARE(t.different, 1);
    QVERIFY(t.reason.contains(q("utf8mb4")));
}

void TstCompare::largeTableScatteredDifferences()
{
    const QString create = q("CREATE TABLE {db}.big (id INT PRIMARY KEY, a INT NOT NULL, s VARCHAR(40), d DATETIME(6), "
                             "j JSON, n DECIMAL(10,2) NULL)");
    const QString fill = q("INSERT INTO {db}.big SELECT seq, seq * 7 % 1000, CONCAT('row ', seq), "
                           "TIMESTAMP('2024-01-01') + INTERVAL seq SECOND, JSON_OBJECT('k', seq), "
                           "IF(seq % 10 = 0, NULL, seq / 100) FROM {db}.seq_1_to_200000");
    EXEC(*m_src, s(create));
    EXEC(*m_src, s(fill));
    EXEC(*m_dst, d(create));
    EXEC(*m_dst, d(fill));
    EXEC(*m_src, m(create));
    EXEC(*m_src, m(fill));

    // Equal tables: no row crosses the network.
    Run same = compare({q("big")});
    QVERIFY(same.status.ok());
    QCOMPARE(same.summary.tables.first().status, QStringLiteral("identical"));
    QCOMPARE(same.summary.tables.first().identical, 200000);
    QCOMPARE(streamedRows(same), 0);

    // A few changes: found by chunk checksums, narrowed on the servers; only the few segments
    // holding them are streamed.
    const QString sparse = q("UPDATE {db}.big SET a = a + 1 WHERE id % 33331 = 0");
    EXEC(*m_dst, d(sparse));
    EXEC(*m_src, m(sparse));
    // Segments of at most 4,000 rows whatever the machine's speed: six changes touch few of them.
    CompareTuning small;
    small.maxSegmentRows = 4000;
    Run few = compare({q("big")}, {}, &small);
    QVERIFY(few.status.ok());
    QCOMPARE(few.summary.tables.first().different, 6);
    QCOMPARE(few.summary.tables.first().identical, 200000 - 6);
    QVERIFY2(!few.log.join(QLatin1Char('\n')).contains(q("streaming row hashes")), qPrintable(few.log.join(QLatin1Char('\n'))));
    QVERIFY2(streamedRows(few) < 200000 / 4, qPrintable(few.log.join(QLatin1Char('\n'))));

    // The same scattered changes on the target and on its mirror, which sits next to the source so
    // that plain SQL can count the differences independently.
    const QStringList changes {
        q("UPDATE {db}.big SET s = CONCAT(s, 'x') WHERE id % 4999 = 0"),
        q("UPDATE {db}.big SET n = NULL WHERE id % 6133 = 3 AND n IS NOT NULL"),
        q("UPDATE {db}.big SET j = JSON_OBJECT('k', id, 'x', 1) WHERE id % 15013 = 7"),
        q("DELETE FROM {db}.big WHERE id % 7919 = 1"),
        q("INSERT INTO {db}.big SELECT 200000 + seq * 3, 1, 'new', NULL, NULL, NULL FROM {db}.seq_1_to_15"),
    };
    for (const QString& c : changes) {
        EXEC(*m_dst, d(c));
        EXEC(*m_src, m(c));
    }
    EXEC(*m_src, s(q("DELETE FROM {db}.big WHERE id % 9973 = 5")));

    const QString join = QStringLiteral("%1.big").arg(Sql::quoteIdentifier(m_srcDb));
    const QString mirror = QStringLiteral("%1.big").arg(Sql::quoteIdentifier(m_mirrorDb));
    auto count = [this](const QString& sql) { return rawValue(*m_src, sql).value_or(QByteArray("-1")).toLongLong(); };
    const qint64 onlySource = count(QStringLiteral("SELECT COUNT(*) FROM %1 s LEFT JOIN %2 m ON m.id = s.id WHERE m.id IS NULL").arg(join, mirror));
    const qint64 onlyTarget = count(QStringLiteral("SELECT COUNT(*) FROM %2 m LEFT JOIN %1 s ON s.id = m.id WHERE s.id IS NULL").arg(join, mirror));
    const qint64 different = count(QStringLiteral(
        "SELECT COUNT(*) FROM %1 s JOIN %2 m ON m.id = s.id WHERE NOT (s.a <=> m.a AND BINARY s.s <=> BINARY m.s AND "
        "s.d <=> m.d AND BINARY s.j <=> BINARY m.j AND s.n <=> m.n)").arg(join, mirror));
    const qint64 sourceRows = count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(join));
    QVERIFY(onlySource > 10 && onlyTarget > 20 && different > 40);

    Run r = compare({q("big")});
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.onlyInSource, onlySource);
    QCOMPARE(t.onlyInTarget, onlyTarget);
    QCOMPARE(t.different, different);
    QCOMPARE(t.sourceRows, sourceRows);
    QCOMPARE(t.identical, sourceRows - onlySource - different);
    QCOMPARE(qint64(r.rows.size()), onlySource + onlyTarget + different);
    // Keys in order.
    for (int i = 1; i < r.rows.size(); ++i)
        QVERIFY(r.rows.at(i - 1).key.first()->toLongLong() < r.rows.at(i).key.first()->toLongLong());
}

void TstCompare::denseDriftSwitchesToStreaming()
{
    const QString create = q("CREATE TABLE {db}.dense (id BIGINT PRIMARY KEY, v VARCHAR(20), w INT)");
    const QString fill = q("INSERT INTO {db}.dense SELECT seq * 2, CONCAT('v', seq), seq FROM {db}.seq_1_to_60000");
    EXEC(*m_src, s(create));
    EXEC(*m_src, s(fill));
    EXEC(*m_dst, d(create));
    EXEC(*m_dst, d(fill));
    EXEC(*m_dst, d(q("UPDATE {db}.dense SET w = w + 1 WHERE id % 40 = 0")));         // 1,500 changed
    EXEC(*m_dst, d(q("DELETE FROM {db}.dense WHERE id % 402 = 2")));                 // ~150 deleted
    EXEC(*m_dst, d(q("INSERT INTO {db}.dense SELECT seq * 802 + 1, 'odd', 0 FROM {db}.seq_1_to_149"))); // 149 new
    Run r = compare({q("dense")});
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    const qint64 deleted = rawValue(*m_src, s(q("SELECT COUNT(*) FROM {db}.dense WHERE id % 402 = 2")))->toLongLong();
    const qint64 changedAndKept = rawValue(*m_src, s(q("SELECT COUNT(*) FROM {db}.dense WHERE id % 40 = 0 AND id % 402 <> 2")))->toLongLong();
    QCOMPARE(t.onlyInSource, deleted);
    QCOMPARE(t.onlyInTarget, 149);
    QCOMPARE(t.different, changedAndKept);
    QCOMPARE(t.identical, 60000 - deleted - changedAndKept);
    const QString log = r.log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(q("streaming row hashes")), qPrintable(log));
}

void TstCompare::thinDriftIsFolded_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("keyOfSeq");
    QTest::newRow("signed, across zero") << "fold_signed" << "BIGINT" << "CAST(seq AS SIGNED) * 3 - 60000";
    QTest::newRow("unsigned, near 2^64") << "fold_unsigned" << "BIGINT UNSIGNED" << "18446744073709000000 + seq * 3";
    // Every 64th key only: the low bits alone would never end a group.
    QTest::newRow("stride of 64") << "fold_stride" << "INT" << "seq * 64";
}

void TstCompare::thinDriftIsFolded()
{
    // About one row in 600 differs, everywhere: too many for chunk checksums, few enough that the
    // servers fold the row hashes in groups and only the groups that differ are streamed. Group
    // ends are keys whose low bits, mixed with higher ones, are all set; some of them are deleted
    // or inserted on one side only, so the two sides' groups do not line up everywhere. (The
    // statements below pick the ends of groups of 16; those of 32 or more are among them.)
    QFETCH(QString, table);
    QFETCH(QString, keyType);
    QFETCH(QString, keyOfSeq);
    const QString create = q("CREATE TABLE {db}.%1 (id %2 PRIMARY KEY, v VARCHAR(20), w INT, d DOUBLE NULL)").arg(table, keyType);
    const QString fill = q("INSERT INTO {db}.%1 SELECT %2, CONCAT('v', seq), seq, IF(seq % 7 = 0, NULL, seq / 3) "
                           "FROM {db}.seq_0_to_119999").arg(table, keyOfSeq);
    EXEC(*m_src, s(create));
    EXEC(*m_src, s(fill));
    EXEC(*m_dst, d(create));
    EXEC(*m_dst, d(fill));
    const QList<QString> changes {
        q("UPDATE {db}.%1 SET w = w + 1 WHERE w % 1997 = 0"),                         // changed
        q("UPDATE {db}.%1 SET d = NULL WHERE w % 3001 = 5 AND d IS NOT NULL"),       // NULL instead of a value
        q("DELETE FROM {db}.%1 WHERE w % 2401 = 7"),                                  // deleted
        q("DELETE FROM {db}.%1 WHERE ((id ^ (id >> 5) ^ (id >> 11)) & 15) = 15 AND w % 2003 < 3"), // group ends deleted
        q("INSERT IGNORE INTO {db}.%1 SELECT %2 + 1, 'new', 0, NULL FROM {db}.seq_0_to_119999 WHERE seq % 2203 = 9"),
        q("INSERT IGNORE INTO {db}.%1 SELECT id + 1, 'end', 0, NULL FROM {db}.%1 "
          "WHERE (((id + 1) ^ ((id + 1) >> 5) ^ ((id + 1) >> 11)) & 15) = 15 AND w % 1907 < 4"), // group ends added
    };
    auto fillIn = [&](QString sql) { return sql.replace(QStringLiteral("%1"), table).replace(QStringLiteral("%2"), keyOfSeq); };
    for (const QString& c : changes)
        EXEC(*m_dst, d(fillIn(c)));

    // The expected differences, counted independently: the same changes applied to a copy that
    // sits next to the source, then compared by plain SQL joins.
    EXEC(*m_src, m(create));
    EXEC(*m_src, m(fill));
    for (const QString& c : changes)
        EXEC(*m_src, m(fillIn(c)));
    const QString src = QStringLiteral("%1.%2").arg(Sql::quoteIdentifier(m_srcDb), table);
    const QString mirror = QStringLiteral("%1.%2").arg(Sql::quoteIdentifier(m_mirrorDb), table);
    auto count = [this](const QString& sql) { return rawValue(*m_src, sql).value_or(QByteArray("-1")).toLongLong(); };
    const qint64 onlySource = count(QStringLiteral("SELECT COUNT(*) FROM %1 s LEFT JOIN %2 m ON m.id = s.id WHERE m.id IS NULL").arg(src, mirror));
    const qint64 onlyTarget = count(QStringLiteral("SELECT COUNT(*) FROM %2 m LEFT JOIN %1 s ON s.id = m.id WHERE s.id IS NULL").arg(src, mirror));
    const qint64 different = count(QStringLiteral("SELECT COUNT(*) FROM %1 s JOIN %2 m ON m.id = s.id "
                                                  "WHERE NOT (BINARY s.v <=> BINARY m.v AND s.w <=> m.w AND s.d <=> m.d)").arg(src, mirror));
    QVERIFY(onlySource > 40 && onlyTarget > 40 && different > 40);

    // Segments of 500 rows, so that the drift is seen early; chunks of at most 20,000 rows: several
    // folds, each queued while the previous one is streamed.
    CompareTuning tuning;
    tuning.initialSegmentRows = 500;
    tuning.maxSegmentRows = 500;
    tuning.maxStreamRows = 20000;
    Run r = compare({table}, {}, &tuning);
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    const QString log = r.log.join(QLatin1Char('\n'));
    QCOMPARE(t.status, q("different"));
    QCOMPARE(t.onlyInSource, onlySource);
    QCOMPARE(t.onlyInTarget, onlyTarget);
    QCOMPARE(t.different, different);
    QCOMPARE(t.sourceRows, 120000);
    QCOMPARE(t.targetRows, 120000 - onlySource + onlyTarget);
    QCOMPARE(t.identical, 120000 - onlySource - different);
    QCOMPARE(qint64(r.rows.size()), onlySource + onlyTarget + different);
    QVERIFY2(log.contains(q("fold row hashes in groups")), qPrintable(log));
    QVERIFY2(streamedRows(r) < 120000 / 4, qPrintable(log));
    // Every reported row really differs, and its key is one the SQL above finds.
    for (const DiffRow& row : r.rows) {
        const QString key = QString::fromUtf8(*row.key.first());
        const qint64 inSource = count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = %2").arg(src, key));
        const qint64 inMirror = count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = %2").arg(mirror, key));
        QCOMPARE(inSource, row.kind == DiffRow::Kind::OnlyInTarget ? 0 : 1);
        QCOMPARE(inMirror, row.kind == DiffRow::Kind::OnlyInSource ? 0 : 1);
    }

    // A user key may repeat rows, which a fold's XOR would cancel: those tables are streamed.
    CompareOptions byUserKey;
    byUserKey.keys.insert(q("%1.%2").arg(m_srcDb, table), {QStringLiteral("id")});
    Run streamed = compare({table}, byUserKey, &tuning);
    QVERIFY(streamed.status.ok());
    QCOMPARE(streamed.summary.tables.first().different, different);
    QCOMPARE(streamed.summary.tables.first().onlyInTarget, onlyTarget);
    QCOMPARE(streamed.summary.tables.first().onlyInSource, onlySource);
    QVERIFY2(streamed.log.join(QLatin1Char('\n')).contains(q("streaming row hashes")), qPrintable(streamed.log.join(QLatin1Char('\n'))));
    QVERIFY2(!streamed.log.join(QLatin1Char('\n')).contains(q("fold row hashes")), qPrintable(streamed.log.join(QLatin1Char('\n'))));
}

void TstCompare::foldMeetsRowLongerThanMaxPacket()
{
    // Thin drift everywhere, and far into the table a row whose encoding passes max_allowed_packet,
    // differing only in its last byte: the fold that reaches it sees the server's warning, and the
    // table is compared again with the large columns hashed one by one.
    const QString create = q("CREATE TABLE {db}.foldlong (id INT PRIMARY KEY, w INT, a LONGBLOB, b LONGBLOB)");
    const QString fill = q("INSERT INTO {db}.foldlong SELECT seq, seq, 'a', 'b' FROM {db}.seq_1_to_60000");
    EXEC(*m_src, s(create));
    EXEC(*m_src, s(fill));
    EXEC(*m_dst, d(create));
    EXEC(*m_dst, d(fill));
    for (Connection* c : {m_src.get(), m_dst.get()}) {
        const QString t = QStringLiteral("%1.foldlong").arg(Sql::quoteIdentifier(c == m_src.get() ? m_srcDb : m_dstDb));
        EXEC(*c, QStringLiteral("UPDATE %1 SET a = REPEAT('a', 35000000) WHERE id = 50000").arg(t));
        EXEC(*c, QStringLiteral("UPDATE %1 SET b = REPEAT('b', 35000000) WHERE id = 50000").arg(t));
    }
    EXEC(*m_dst, d(q("UPDATE {db}.foldlong SET w = -w WHERE id % 701 = 0")));
    EXEC(*m_dst, d(q("UPDATE {db}.foldlong SET b = CONCAT(LEFT(b, 34999999), 'c') WHERE id = 50000")));
    CompareTuning tuning;
    tuning.initialSegmentRows = 500;
    tuning.maxSegmentRows = 500;
    tuning.maxStreamRows = 20000;
    Run r = compare({q("foldlong")}, {}, &tuning);
    const QString log = r.log.join(QLatin1Char('\n'));
    QVERIFY2(r.status.ok(), qPrintable(log));
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.status, q("different"));
    QCOMPARE(t.different, 60000 / 701 + 1);
    QCOMPARE(t.identical, 60000 - 60000 / 701 - 1);
    QVERIFY2(log.contains(q("fold row hashes in groups")), qPrintable(log));
    QVERIFY2(log.contains(q("max_allowed_packet")), qPrintable(log));
    bool longRowFound = false;
    for (const DiffRow& row : r.rows)
        longRowFound = longRowFound || row.key.first() == QByteArray("50000");
    QVERIFY(longRowFound);
    EXEC(*m_src, s(q("DROP TABLE {db}.foldlong")));
    EXEC(*m_dst, d(q("DROP TABLE {db}.foldlong")));
}

void TstCompare::compositeKeyManySegments()
{
    // A composite key walked with source boundaries, in many small segments and batches.
    const QString create = q("CREATE TABLE {db}.comp (g INT, name VARCHAR(20) COLLATE utf8mb4_general_ci, v INT, "
                             "PRIMARY KEY (g, name))");
    const QString fill = q("INSERT INTO {db}.comp SELECT seq % 37, CONCAT(IF(seq % 2, 'k', 'K'), seq), seq FROM {db}.seq_1_to_20000");
    EXEC(*m_src, s(create));
    EXEC(*m_src, s(fill));
    EXEC(*m_dst, d(create));
    EXEC(*m_dst, d(fill));
    EXEC(*m_dst, d(q("UPDATE {db}.comp SET v = -v WHERE v % 1777 = 0")));
    EXEC(*m_dst, d(q("DELETE FROM {db}.comp WHERE v % 3001 = 0")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.comp VALUES (5, 'zzz', 1), (40, 'a', 1), (-1, '', 1)")));
    CompareTuning tuning;
    tuning.initialSegmentRows = 300;
    tuning.maxSegmentRows = 300;
    tuning.segmentSeconds = 1;
    tuning.chunkSeconds = 0.05;
    Run r = compare({q("comp")}, {}, &tuning);
    QVERIFY(r.status.ok());
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.onlyInTarget, 3);
    QCOMPARE(t.onlyInSource, 6); // the multiples of 3001 up to 20000
    QCOMPARE(t.different, 11);   // the multiples of 1777 up to 20000
    QCOMPARE(t.sourceRows, 20000);
}

void TstCompare::rowsLongerThanMaxPacket_data()
{
    QTest::addColumn<bool>("keyed");
    QTest::addColumn<bool>("inLongRow");
    // A long row's encoding is NULL and left out of the checksums: when it is the only
    // difference, only the server's warning can tell the compare.
    QTest::newRow("keyed, difference in a short row") << true << false;
    QTest::newRow("keyed, difference only in the long row") << true << true;
    QTest::newRow("keyless, difference only in the long row") << false << true;
}

void TstCompare::rowsLongerThanMaxPacket()
{
    QFETCH(bool, keyed);
    QFETCH(bool, inLongRow);
    // Two 35 MB values make a row whose encoding passes max_allowed_packet (64 MB in the
    // sandbox): the compare notices and hashes the large columns one by one instead.
    const QString create = keyed ? q("CREATE TABLE {db}.huge (id INT PRIMARY KEY, a LONGBLOB, b LONGBLOB)")
                                 : q("CREATE TABLE {db}.huge (id INT NOT NULL, a LONGBLOB, b LONGBLOB)");
    EXEC(*m_src, s(q("DROP TABLE IF EXISTS {db}.huge")));
    EXEC(*m_dst, d(q("DROP TABLE IF EXISTS {db}.huge")));
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    for (Connection* c : {m_src.get(), m_dst.get()}) {
        const QString db = c == m_src.get() ? m_srcDb : m_dstDb;
        const QString sql = QStringLiteral("INSERT INTO %1.huge VALUES (1, 'x', 'y'), (2, 'p', 'q')").arg(Sql::quoteIdentifier(db));
        EXEC(*c, sql);
        EXEC(*c, QStringLiteral("UPDATE %1.huge SET a = REPEAT('a', 35000000) WHERE id = 1").arg(Sql::quoteIdentifier(db)));
        EXEC(*c, QStringLiteral("UPDATE %1.huge SET b = REPEAT('b', 35000000) WHERE id = 1").arg(Sql::quoteIdentifier(db)));
    }
    if (inLongRow)
        EXEC(*m_dst, d(q("UPDATE {db}.huge SET b = CONCAT(LEFT(b, 34999999), 'c') WHERE id = 1")));
    else
        EXEC(*m_dst, d(q("UPDATE {db}.huge SET b = 'Q' WHERE id = 2")));
    Run r = compare({q("huge")});
    QVERIFY2(r.status.ok(), qPrintable(r.log.join(QLatin1Char('\n'))));
    const DiffTableInfo& t = r.summary.tables.first();
    QCOMPARE(t.status, q("different"));
    if (keyed) {
        QCOMPARE(t.identical, 1);
        QCOMPARE(t.different, 1);
    } else {
        QCOMPARE(t.identical, 1);
        QCOMPARE(t.onlyInSource, 1);
        QCOMPARE(t.onlyInTarget, 1);
    }
    QVERIFY2(r.log.join(QLatin1Char('\n')).contains(q("max_allowed_packet")), qPrintable(r.log.join(QLatin1Char('\n'))));
    EXEC(*m_src, s(q("DROP TABLE {db}.huge")));
    EXEC(*m_dst, d(q("DROP TABLE {db}.huge")));
}

void TstCompare::parallelTables()
{
    for (int i = 0; i < 4; ++i) {
        const QString create = QStringLiteral("CREATE TABLE {db}.par%1 (id INT PRIMARY KEY, v INT)").arg(i);
        const QString fill = QStringLiteral("INSERT INTO {db}.par%1 SELECT seq, seq FROM {db}.seq_1_to_%2").arg(i).arg(1000 * (i + 1));
        EXEC(*m_src, s(create));
        EXEC(*m_src, s(fill));
        EXEC(*m_dst, d(create));
        EXEC(*m_dst, d(fill));
    }
    EXEC(*m_dst, d(q("UPDATE {db}.par2 SET v = 0 WHERE id = 7")));
    CompareOptions o;
    o.parallel = 3;
    Run r = compare({q("par*")}, o);
    QVERIFY(r.status.ok());
    QCOMPARE(r.summary.tables.size(), 4);
    QCOMPARE(r.summary.differentTables(), 1);
    QCOMPARE(r.table(q("par2"))->different, 1);
    QCOMPARE(r.table(q("par3"))->identical, 4000);
    QCOMPARE(r.summary.different(), 1);

    // Per-table progress for the runner panel: every table done, its rows adding up to the job's.
    QCOMPARE(r.progress.items.size(), 4);
    qint64 rows = 0;
    for (const JobItemProgress& item : r.progress.items) {
        QVERIFY2(item.state == JobItemProgress::State::Done, qPrintable(item.name));
        QVERIFY(item.name.contains(QStringLiteral(".par")));
        QVERIFY(item.rowsDone > 0);
        QCOMPARE(item.rowsTotal, item.rowsDone);
        rows += item.rowsDone;
    }
    QCOMPARE(rows, r.progress.rowsDone);
}

void TstCompare::jsonSemantic()
{
    const QString create = q("CREATE TABLE {db}.js (id INT PRIMARY KEY, doc JSON)");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.js VALUES (1, '{\"a\": 1, \"b\": [1, 2]}'), (2, '{\"x\": \"y\"}')")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.js VALUES (1, '{\"b\":[1,2],\"a\":1}'), (2, '{\"x\": \"z\"}')")));
    Run text = compare({q("js")});
    QCOMPARE(text.summary.tables.first().different, 2);
    CompareOptions o;
    o.jsonSemantic = true;
    Run semantic = compare({q("js")}, o);
    QCOMPARE(semantic.summary.tables.first().different, 1);
    QCOMPARE(semantic.summary.tables.first().identical, 1);
    QCOMPARE(semantic.rows.first().key, Row {QByteArray("2")});
}

void TstCompare::maxLoadPausesUntilCancelled()
{
    // Threads_running is at least 1 (the status query itself): a limit of 0 holds the job at its
    // first chunk until it is cancelled.
    const QString create = q("CREATE TABLE {db}.ml (id INT PRIMARY KEY)");
    EXEC(*m_src, s(create));
    EXEC(*m_dst, d(create));
    EXEC(*m_src, s(q("INSERT INTO {db}.ml VALUES (1), (2), (3)")));
    EXEC(*m_dst, d(q("INSERT INTO {db}.ml VALUES (1), (2), (3)")));
    CompareOptions o;
    o.tables = {q("ml")};
    QVERIFY(o.setMaxLoad(q("Threads_running=0")).ok());
    CompareJob job(m_srcSettings, m_dstSettings, o);
    QMutex mutex;
    QStringList lines;
    QObject::connect(&job, &Job::logMessage, &job, [&](const QString& line) {
        QMutexLocker lock(&mutex);
        lines << line;
    }, Qt::DirectConnection);
    auto logged = [&](const char* text) {
        QMutexLocker lock(&mutex);
        return lines.join(QLatin1Char('\n')).contains(q(text));
    };
    JobRunner runner;
    QFuture<Status> future = runner.start(&job);
    QTRY_VERIFY_WITH_TIMEOUT(logged("pausing while Threads_running is above 0"), 30000);
    QVERIFY(!future.isFinished());
    job.cancel();
    future.waitForFinished();
    QVERIFY(!future.result().ok());
    QCOMPARE(future.result().error().code, QStringLiteral("cancelled"));
    QCOMPARE(job.summary().tables.first().status, QStringLiteral("error"));
}

void TstCompare::cancelledBeforeStart()
{
    CompareJob job(m_srcSettings, m_dstSettings, CompareOptions {});
    job.cancel();
    const Status st = JobRunner::runBlocking(job);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TstCompare)
#include "tst_compare.moc"

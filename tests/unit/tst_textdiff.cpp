// TextDiff: side-by-side line alignment and word-level spans, as the schema diff view shows them.
#include "schema/TextDiff.h"

#include <QTest>

using TextDiff::Kind;
using TextDiff::Row;
using TextDiff::Span;

Q_DECLARE_METATYPE(QList<Row>)
Q_DECLARE_METATYPE(QList<Span>)

namespace {

/// Rows written compactly: "=0,0" equal, "-1,." removed, "+.,2" added, "~3,3" changed.
QList<Row> rows(const QStringList& spec)
{
    QList<Row> out;
    for (const QString& s : spec) {
        Row r;
        switch (s.at(0).toLatin1()) {
        case '=': r.kind = Kind::Equal; break;
        case '-': r.kind = Kind::Removed; break;
        case '+': r.kind = Kind::Added; break;
        default: r.kind = Kind::Changed; break;
        }
        const QStringList parts = s.mid(1).split(QLatin1Char(','));
        r.left = parts.at(0) == QLatin1String(".") ? -1 : parts.at(0).toInt();
        r.right = parts.at(1) == QLatin1String(".") ? -1 : parts.at(1).toInt();
        out.append(r);
    }
    return out;
}

QString describe(const QList<Row>& list)
{
    QStringList parts;
    for (const Row& r : list) {
        const char* kind = r.kind == Kind::Equal ? "=" : r.kind == Kind::Removed ? "-" : r.kind == Kind::Added ? "+" : "~";
        parts << QStringLiteral("%1%2,%3").arg(QLatin1String(kind)).arg(r.left).arg(r.right);
    }
    return parts.join(QLatin1Char(' '));
}

/// The text of `line` covered by `spans`, joined with '|'.
QString covered(const QString& line, const QList<Span>& spans)
{
    QStringList parts;
    for (const Span& s : spans)
        parts << line.mid(s.start, s.length);
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TstTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void splitLines_data();
    void splitLines();
    void alignLines_data();
    void alignLines();
    void everyLineOnceInOrder();
    void hugeInputsBecomeOneChangedBlock();
    void similarLines_data();
    void similarLines();
    void tokenize_data();
    void tokenize();
    void diffWords_data();
    void diffWords();
};

void TstTextDiff::splitLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one line") << QStringLiteral("a") << QStringList {QStringLiteral("a")};
    QTest::newRow("trailing newline") << QStringLiteral("a\nb\n") << QStringList {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("blank line kept") << QStringLiteral("a\n\nb") << QStringList {QStringLiteral("a"), QString(), QStringLiteral("b")};
}

void TstTextDiff::splitLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(TextDiff::splitLines(text), lines);
}

void TstTextDiff::alignLines_data()
{
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<QStringList>("expected");

    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c"), d = QStringLiteral("d"),
                  x = QStringLiteral("x"), y = QStringLiteral("y");
    QTest::newRow("both empty") << QStringList() << QStringList() << QStringList();
    QTest::newRow("identical") << QStringList {a, b} << QStringList {a, b} << QStringList {QStringLiteral("=0,0"), QStringLiteral("=1,1")};
    QTest::newRow("left empty") << QStringList() << QStringList {a, b}
                                << QStringList {QStringLiteral("+.,0"), QStringLiteral("+.,1")};
    QTest::newRow("right empty") << QStringList {a} << QStringList() << QStringList {QStringLiteral("-0,.")};
    QTest::newRow("line added in the middle")
        << QStringList {a, b, c} << QStringList {a, x, b, c}
        << QStringList {QStringLiteral("=0,0"), QStringLiteral("+.,1"), QStringLiteral("=1,2"), QStringLiteral("=2,3")};
    QTest::newRow("line removed at the end")
        << QStringList {a, b, c} << QStringList {a, b} << QStringList {QStringLiteral("=0,0"), QStringLiteral("=1,1"), QStringLiteral("-2,.")};
    QTest::newRow("changed line pairs up")
        << QStringList {a, b, c} << QStringList {a, x, c}
        << QStringList {QStringLiteral("=0,0"), QStringLiteral("~1,1"), QStringLiteral("=2,2")};
    QTest::newRow("two removed, one added")
        << QStringList {a, b, c, d} << QStringList {a, x, d}
        << QStringList {QStringLiteral("=0,0"), QStringLiteral("~1,1"), QStringLiteral("-2,."), QStringLiteral("=3,2")};
    QTest::newRow("one removed, two added")
        << QStringList {a, b, d} << QStringList {a, x, y, d}
        << QStringList {QStringLiteral("=0,0"), QStringLiteral("~1,1"), QStringLiteral("+.,2"), QStringLiteral("=2,3")};
    QTest::newRow("moved line: removed here, added there")
        << QStringList {a, b, c} << QStringList {b, c, a}
        << QStringList {QStringLiteral("-0,."), QStringLiteral("=1,0"), QStringLiteral("=2,1"), QStringLiteral("+.,2")};
    QTest::newRow("changed line pairs with its new version, not by position")
        << QStringList {a, QStringLiteral("  PRIMARY KEY (`id`),"), QStringLiteral("  KEY `k_email` (`email`)"), d}
        << QStringList {a, QStringLiteral("  `loyalty` tinyint(4) DEFAULT NULL,"), QStringLiteral("  PRIMARY KEY (`id`)"), d}
        << QStringList {QStringLiteral("=0,0"), QStringLiteral("+.,1"), QStringLiteral("~1,2"), QStringLiteral("-2,."),
               QStringLiteral("=3,3")};
    QTest::newRow("two changed lines around an added one")
        << QStringList {QStringLiteral("`a` int(11) NOT NULL,"), QStringLiteral("`b` varchar(40) NOT NULL,")}
        << QStringList {QStringLiteral("`a` bigint(20) NOT NULL,"), QStringLiteral("`new` json,"),
               QStringLiteral("`b` varchar(80) NOT NULL,")}
        << QStringList {QStringLiteral("~0,0"), QStringLiteral("+.,1"), QStringLiteral("~1,2")};
    QTest::newRow("nothing in common")
        << QStringList {a, b} << QStringList {x, y} << QStringList {QStringLiteral("~0,0"), QStringLiteral("~1,1")};
}

void TstTextDiff::alignLines()
{
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(QStringList, expected);
    const QList<Row> got = TextDiff::alignLines(left, right);
    QCOMPARE(describe(got), describe(rows(expected)));
}

void TstTextDiff::everyLineOnceInOrder()
{
    // A CREATE TABLE with a column added, one changed, and an index gone.
    const QStringList left = TextDiff::splitLines(QStringLiteral(
        "CREATE TABLE `t` (\n  `id` int NOT NULL,\n  `name` varchar(40),\n  `note` text,\n"
        "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB"));
    const QStringList right = TextDiff::splitLines(QStringLiteral(
        "CREATE TABLE `t` (\n  `id` int NOT NULL,\n  `name` varchar(80),\n  PRIMARY KEY (`id`),\n"
        "  KEY `k_name` (`name`)\n) ENGINE=InnoDB"));
    const QList<Row> got = TextDiff::alignLines(left, right);
    int nextLeft = 0;
    int nextRight = 0;
    for (const Row& r : got) {
        if (r.left >= 0)
            QCOMPARE(r.left, nextLeft++);
        if (r.right >= 0)
            QCOMPARE(r.right, nextRight++);
        QCOMPARE(r.kind == Kind::Equal, r.left >= 0 && r.right >= 0 && left.at(r.left) == right.at(r.right));
    }
    QCOMPARE(nextLeft, left.size());
    QCOMPARE(nextRight, right.size());
    QCOMPARE(got.first().kind, Kind::Equal);
    QCOMPARE(got.last().kind, Kind::Equal);
}

void TstTextDiff::hugeInputsBecomeOneChangedBlock()
{
    const int n = 2000; // 2000 x 2000 cells are over the limit
    QVERIFY(qint64(n + 1) * (n + 1) > TextDiff::maxLcsCells());
    QStringList left;
    QStringList right;
    left << QStringLiteral("same start");
    right << QStringLiteral("same start");
    for (int i = 0; i < n; ++i) {
        left << QStringLiteral("l%1").arg(i);
        right << QStringLiteral("r%1").arg(i);
    }
    left << QStringLiteral("same end");
    right << QStringLiteral("same end");
    const QList<Row> got = TextDiff::alignLines(left, right);
    QCOMPARE(got.size(), n + 2);
    QCOMPARE(got.first(), (Row {Kind::Equal, 0, 0}));
    QCOMPARE(got.at(1), (Row {Kind::Changed, 1, 1}));
    QCOMPARE(got.last(), (Row {Kind::Equal, n + 1, n + 1}));
}

void TstTextDiff::similarLines_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("similar");
    QTest::newRow("comma added") << QStringLiteral("  PRIMARY KEY (`id`)") << QStringLiteral("  PRIMARY KEY (`id`),") << true;
    QTest::newRow("type widened") << QStringLiteral("`name` varchar(40) NOT NULL,") << QStringLiteral("`name` varchar(80) NOT NULL,")
                                  << true;
    QTest::newRow("indentation only") << QStringLiteral("    x int") << QStringLiteral("x int") << true;
    QTest::newRow("other column") << QStringLiteral("`loyalty` tinyint(4) DEFAULT NULL,") << QStringLiteral("PRIMARY KEY (`id`),")
                                  << false;
    QTest::newRow("blank lines") << QString() << QStringLiteral("   ") << true;
    QTest::newRow("blank and text") << QString() << QStringLiteral("x") << false;
}

void TstTextDiff::similarLines()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, similar);
    QCOMPARE(TextDiff::similarLines(a, b), similar);
    QCOMPARE(TextDiff::similarLines(b, a), similar);
}

void TstTextDiff::tokenize_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("column") << QStringLiteral("  `price` decimal(10,2),")
                            << QStringList {QStringLiteral("  "), QStringLiteral("`"), QStringLiteral("price"),
                                   QStringLiteral("`"), QStringLiteral(" "), QStringLiteral("decimal"),
                                   QStringLiteral("("), QStringLiteral("10"), QStringLiteral(","),
                                   QStringLiteral("2"), QStringLiteral(")"), QStringLiteral(",")};
    QTest::newRow("chinese word") << QStringLiteral("备注 x_1") << QStringList {QStringLiteral("备注"), QStringLiteral(" "), QStringLiteral("x_1")};
    QTest::newRow("emoji stays whole") << QStringLiteral("a😀b")
                                       << QStringList {QStringLiteral("a"), QStringLiteral("😀"), QStringLiteral("b")};
}

void TstTextDiff::tokenize()
{
    QFETCH(QString, line);
    QFETCH(QStringList, tokens);
    QCOMPARE(TextDiff::tokenize(line), tokens);
    QCOMPARE(tokens.join(QString()), line);
}

void TstTextDiff::diffWords_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("leftChanged");
    QTest::addColumn<QString>("rightChanged");
    QTest::newRow("identical") << QStringLiteral("a b") << QStringLiteral("a b") << QString() << QString();
    QTest::newRow("type widened") << QStringLiteral("  `name` varchar(40) NOT NULL,")
                                  << QStringLiteral("  `name` varchar(80) NOT NULL,") << QStringLiteral("40")
                                  << QStringLiteral("80");
    QTest::newRow("words added") << QStringLiteral("`id` int,") << QStringLiteral("`id` int NOT NULL,") << QString()
                                 << QStringLiteral(" NOT NULL");
    QTest::newRow("two separate changes") << QStringLiteral("a x b y c") << QStringLiteral("a X b Y c")
                                          << QStringLiteral("x|y") << QStringLiteral("X|Y");
    QTest::newRow("case matters") << QStringLiteral("DEFAULT 'a'") << QStringLiteral("DEFAULT 'A'") << QStringLiteral("a")
                                  << QStringLiteral("A");
    QTest::newRow("everything") << QStringLiteral("abc") << QStringLiteral("xyz") << QStringLiteral("abc") << QStringLiteral("xyz");
}

void TstTextDiff::diffWords()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, leftChanged);
    QFETCH(QString, rightChanged);
    const TextDiff::WordDiff got = TextDiff::diffWords(left, right);
    QCOMPARE(covered(left, got.left), leftChanged);
    QCOMPARE(covered(right, got.right), rightChanged);
}

QTEST_GUILESS_MAIN(TstTextDiff)
#include "tst_textdiff.moc"

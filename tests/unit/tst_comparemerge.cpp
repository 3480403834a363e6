// The merge-join of two key-ordered (key, hash) streams: every outcome, early stops, and the
// errors for unordered or repeated keys.
#include "compare/RowDiffer.h"

#include <QTest>

namespace {

class VectorInput : public RowDiffer::Input
{
public:
    explicit VectorInput(QList<QPair<QByteArray, QByteArray>> rows)
        : m_rows(std::move(rows))
    {
    }
    bool next(RowDiffer::Entry* e) override
    {
        if (m_index >= m_rows.size())
            return false;
        // Copy into a scratch buffer that the next call overwrites, as the real inputs do, so a
        // merge that keeps views too long would fail here.
        m_key = m_rows.at(m_index).first;
        m_hash = m_rows.at(m_index).second;
        e->key = m_key;
        e->hash = m_hash;
        ++m_index;
        return true;
    }

private:
    QList<QPair<QByteArray, QByteArray>> m_rows;
    qsizetype m_index = 0;
    QByteArray m_key;
    QByteArray m_hash;
};

using Rows = QList<QPair<QByteArray, QByteArray>>;

QString run(const Rows& source, const Rows& target, bool multiset = false, Status* status = nullptr)
{
    VectorInput s(source), t(target);
    QStringList events;
    Status st = RowDiffer::merge(s, t, [&events](RowDiffer::Kind kind, const RowDiffer::Entry& a, const RowDiffer::Entry& b) {
        switch (kind) {
        case RowDiffer::Kind::Identical:
            events << QStringLiteral("=") + QString::fromLatin1(a.key);
            break;
        case RowDiffer::Kind::Different:
            events << QStringLiteral("~") + QString::fromLatin1(a.key);
            if (a.key != b.key)
                events << QStringLiteral("(keys differ)");
            break;
        case RowDiffer::Kind::OnlyInSource:
            events << QStringLiteral("<") + QString::fromLatin1(a.key);
            if (!b.key.isEmpty())
                events << QStringLiteral("(target entry set)");
            break;
        case RowDiffer::Kind::OnlyInTarget:
            events << QStringLiteral(">") + QString::fromLatin1(b.key);
            break;
        }
        return true;
    }, multiset);
    if (status)
        *status = st;
    return events.join(QLatin1Char(' '));
}

} // namespace

class TstCompareMerge : public QObject
{
    Q_OBJECT

private slots:
    void outcomes_data();
    void outcomes();
    void stopsEarly();
    void duplicateKeyIsAnError();
    void unorderedIsAnError();
    void multisetPairsCopies();
    void bytesCompareUnsigned();
};

void TstCompareMerge::outcomes_data()
{
    QTest::addColumn<Rows>("source");
    QTest::addColumn<Rows>("target");
    QTest::addColumn<QString>("events");
    QTest::newRow("both empty") << Rows {} << Rows {} << QString();
    QTest::newRow("equal") << Rows {{"a", "1"}, {"b", "2"}} << Rows {{"a", "1"}, {"b", "2"}} << QStringLiteral("=a =b");
    QTest::newRow("changed") << Rows {{"a", "1"}, {"b", "2"}} << Rows {{"a", "1"}, {"b", "3"}} << QStringLiteral("=a ~b");
    QTest::newRow("source only at end") << Rows {{"a", "1"}, {"c", "2"}} << Rows {{"a", "1"}} << QStringLiteral("=a <c");
    QTest::newRow("target only at start") << Rows {{"b", "1"}} << Rows {{"a", "9"}, {"b", "1"}} << QStringLiteral(">a =b");
    QTest::newRow("source empty") << Rows {} << Rows {{"a", "1"}, {"b", "1"}} << QStringLiteral(">a >b");
    QTest::newRow("target empty") << Rows {{"a", "1"}} << Rows {} << QStringLiteral("<a");
    QTest::newRow("interleaved") << Rows {{"a", "1"}, {"c", "1"}, {"e", "1"}} << Rows {{"b", "1"}, {"c", "2"}, {"d", "1"}}
                                 << QStringLiteral("<a >b ~c >d <e");
    QTest::newRow("prefix keys") << Rows {{"a", "1"}, {"ab", "1"}} << Rows {{"ab", "1"}} << QStringLiteral("<a =ab");
    QTest::newRow("hash length differs") << Rows {{"a", "12"}} << Rows {{"a", "123"}} << QStringLiteral("~a");
}

void TstCompareMerge::outcomes()
{
    QFETCH(Rows, source);
    QFETCH(Rows, target);
    QFETCH(QString, events);
    Status st;
    QCOMPARE(run(source, target, false, &st), events);
    QVERIFY(st.ok());
}

void TstCompareMerge::stopsEarly()
{
    VectorInput s(Rows {{"a", "1"}, {"b", "1"}, {"c", "1"}}), t(Rows {{"a", "1"}, {"b", "1"}, {"c", "1"}});
    int calls = 0;
    Status st = RowDiffer::merge(s, t, [&calls](RowDiffer::Kind, const RowDiffer::Entry&, const RowDiffer::Entry&) {
        return ++calls < 2;
    });
    QVERIFY(st.ok());
    QCOMPARE(calls, 2);
}

void TstCompareMerge::duplicateKeyIsAnError()
{
    Status st;
    run(Rows {{"a", "1"}, {"a", "2"}}, Rows {{"a", "1"}}, false, &st);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, QStringLiteral("source-duplicate-key"));
    run(Rows {{"a", "1"}}, Rows {{"b", "1"}, {"b", "2"}}, false, &st);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, QStringLiteral("target-duplicate-key"));
}

void TstCompareMerge::unorderedIsAnError()
{
    Status st;
    run(Rows {{"b", "1"}, {"a", "1"}}, Rows {}, false, &st);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, QStringLiteral("source-key-order"));
    run(Rows {}, Rows {{"b", "1"}, {"a", "1"}}, true, &st);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, QStringLiteral("target-key-order"));
}

void TstCompareMerge::multisetPairsCopies()
{
    // Keyless tables: the key is the row hash; three copies against one leave two extra.
    Status st;
    QCOMPARE(run(Rows {{"h1", ""}, {"h1", ""}, {"h1", ""}, {"h2", ""}}, Rows {{"h1", ""}, {"h3", ""}, {"h3", ""}}, true, &st),
             QStringLiteral("=h1 <h1 <h1 <h2 >h3 >h3"));
    QVERIFY(st.ok());
}

void TstCompareMerge::bytesCompareUnsigned()
{
    // 0x80 and above sort after ASCII, as the server's binary order does.
    Status st;
    QCOMPARE(run(Rows {{"a", "1"}, {"\xc3\xa9", "1"}}, Rows {{"\xc3\xa9", "1"}}, false, &st),
             QString(QStringLiteral("<a =") + QString::fromLatin1("\xc3\xa9")));
    QVERIFY(st.ok());
}

QTEST_GUILESS_MAIN(TstCompareMerge)
#include "tst_comparemerge.moc"

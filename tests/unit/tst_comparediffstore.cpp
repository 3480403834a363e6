// The on-disk compare results: tables and counts, rows with exact images, paging in key order.
#include "compare/DiffStore.h"
#include "compare/KeyCodec.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TstCompareDiffStore : public QObject
{
    Q_OBJECT

private slots:
    void rowEncoding_data();
    void rowEncoding();
    void rejectsDamagedRows();
    void tablesAndCounts();
    void pagesInKeyOrder();
    void secondHandleSeesRows();
    void openMissing();
};

void TstCompareDiffStore::rowEncoding_data()
{
    QTest::addColumn<Row>("row");
    QTest::newRow("empty") << Row {};
    QTest::newRow("null") << Row {std::nullopt};
    QTest::newRow("empty string is not null") << Row {QByteArray(""), std::nullopt};
    QTest::newRow("nul bytes") << Row {QByteArray("a\0b\0", 4), QByteArray("\xff\xfe")};
    QTest::newRow("big") << Row {QByteArray(70000, 'x'), QByteArray("1")};
}

void TstCompareDiffStore::rowEncoding()
{
    QFETCH(Row, row);
    const QByteArray e = DiffStore::encodeRow(row);
    const std::optional<Row> back = DiffStore::decodeRow(e);
    QVERIFY(back);
    QCOMPARE(*back, row);
    for (int i = 0; i < row.size(); ++i)
        QCOMPARE(back->at(i).has_value(), row.at(i).has_value());
}

void TstCompareDiffStore::rejectsDamagedRows()
{
    const QByteArray e = DiffStore::encodeRow(Row {QByteArray("abc"), std::nullopt});
    QVERIFY(!DiffStore::decodeRow(e.left(e.size() - 2)));
    QVERIFY(!DiffStore::decodeRow(e + 'x'));
    QVERIFY(!DiffStore::decodeRow(QByteArray("\0\0", 2)));
}

void TstCompareDiffStore::tablesAndCounts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<DiffStore>> store = DiffStore::create(dir.filePath(QStringLiteral("run")), QStringLiteral("r1"));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    QCOMPARE((*store)->runId(), QStringLiteral("r1"));
    QVERIFY((*store)->path().endsWith(QStringLiteral("/run/diff.sqlite")));
    DiffTableInfo t;
    t.name = QStringLiteral("shop.orders");
    t.sourceDatabase = QStringLiteral("shop");
    t.sourceTable = QStringLiteral("orders");
    t.targetDatabase = QStringLiteral("shop_copy");
    t.targetTable = QStringLiteral("orders");
    t.status = QStringLiteral("pending");
    t.keyColumns = {QStringLiteral("id")};
    t.columns = {DiffColumn {QStringLiteral("id"), QStringLiteral("int(11)"), QStringLiteral("numeric"), QStringLiteral("utf8mb4")},
                 DiffColumn {QStringLiteral("名字"), QStringLiteral("varchar(10)"), QStringLiteral("text"), QStringLiteral("gbk")}};
    QVERIFY((*store)->addTable(t).ok());
    QVERIFY(t.id > 0);
    t.status = QStringLiteral("different");
    t.sourceRows = 10;
    t.targetRows = 9;
    t.onlyInSource = 2;
    t.onlyInTarget = 1;
    t.different = 3;
    t.identical = 5;
    t.updatable = true;
    t.seconds = 1.5;
    QVERIFY((*store)->updateTable(t).ok());
    Result<DiffTableInfo> back = (*store)->table(t.id);
    QVERIFY(back.ok());
    QCOMPARE(back->name, t.name);
    QCOMPARE(back->status, QStringLiteral("different"));
    QCOMPARE(back->onlyInSource, 2);
    QCOMPARE(back->onlyInTarget, 1);
    QCOMPARE(back->different, 3);
    QCOMPARE(back->identical, 5);
    QCOMPARE(back->targetDatabase, QStringLiteral("shop_copy"));
    QCOMPARE(back->keyColumns, t.keyColumns);
    QCOMPARE(back->columns.size(), 2);
    QCOMPARE(back->columns.at(1).name, QStringLiteral("名字"));
    QCOMPARE(back->columns.at(1).charset, QStringLiteral("gbk"));
    QVERIFY(back->updatable);
    QCOMPARE((*store)->tables()->size(), 1);
    QVERIFY((*store)->setMeta(QStringLiteral("source"), QStringLiteral("prod/shop")).ok());
    QCOMPARE((*store)->meta(QStringLiteral("source")).valueOr(QString()), QStringLiteral("prod/shop"));
    QCOMPARE((*store)->meta(QStringLiteral("nothing")).error().code, QStringLiteral("not-found"));
    QCOMPARE((*store)->table(9999).error().code, QStringLiteral("not-found"));
}

void TstCompareDiffStore::pagesInKeyOrder()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<DiffStore>> store = DiffStore::create(dir.path(), QStringLiteral("r2"));
    QVERIFY(store.ok());
    DiffTableInfo t;
    t.name = QStringLiteral("a.t");
    t.status = QStringLiteral("pending");
    QVERIFY((*store)->addTable(t).ok());
    DiffTableInfo other;
    other.name = QStringLiteral("a.u");
    other.status = QStringLiteral("pending");
    QVERIFY((*store)->addTable(other).ok());

    // 2,500 rows written in a scrambled order, in batches; keys -1250..1249 as the codec encodes them.
    KeyCodec codec({KeyCodec::Kind::Integer}, {false});
    QList<DiffRow> batch;
    for (int i = 0; i < 2500; ++i) {
        const int k = ((i * 7919) % 2500) - 1250;
        DiffRow r;
        r.key = Row {QByteArray::number(k)};
        r.sortKey = *codec.encode(r.key);
        r.kind = k % 3 == 0 ? DiffRow::Kind::Different : (k % 3 == 1 || k % 3 == -1) ? DiffRow::Kind::OnlyInSource
                                                                                      : DiffRow::Kind::OnlyInTarget;
        if (r.kind != DiffRow::Kind::OnlyInTarget)
            r.sourceImage = Row {r.key.first(), QByteArray("s\0", 2), std::nullopt};
        if (r.kind != DiffRow::Kind::OnlyInSource)
            r.targetImage = Row {r.key.first(), QByteArray(""), QByteArray("t")};
        if (r.kind == DiffRow::Kind::Different)
            r.diffColumns = {1, 2};
        batch.append(r);
        if (batch.size() == 700) {
            QVERIFY((*store)->addRows(t.id, batch).ok());
            batch.clear();
        }
    }
    QVERIFY((*store)->addRows(t.id, batch).ok());
    DiffRow stray;
    stray.sortKey = *codec.encode(Row {QByteArray("0")});
    stray.key = Row {QByteArray("0")};
    stray.sourceImage = Row {QByteArray("x")};
    stray.kind = DiffRow::Kind::OnlyInSource;
    QVERIFY((*store)->addRows(other.id, {stray}).ok());

    QCOMPARE(*(*store)->rowCount(t.id), 2500);
    QCOMPARE(*(*store)->rowCount(other.id), 1);
    const qint64 different = *(*store)->rowCount(t.id, DiffRow::Kind::Different);
    QVERIFY(different > 800 && different < 870);

    // Page through with keyset pagination: every row once, ascending, no other table's rows.
    QByteArray after;
    int expected = -1250;
    int pages = 0;
    for (;;) {
        Result<QList<DiffRow>> page = (*store)->rows(t.id, after, 333);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        ++pages;
        QVERIFY(page->size() <= 333);
        for (const DiffRow& r : *page) {
            QCOMPARE(r.key.value(0).value_or(QByteArray()), QByteArray::number(expected));
            if (r.kind == DiffRow::Kind::Different) {
                QCOMPARE(r.diffColumns, (QList<int> {1, 2}));
                QVERIFY(r.sourceImage && r.targetImage);
                QCOMPARE(r.sourceImage->at(1), Value(QByteArray("s\0", 2)));
                QVERIFY(!r.sourceImage->at(2).has_value());
                QCOMPARE(r.targetImage->at(1), Value(QByteArray("")));
            } else if (r.kind == DiffRow::Kind::OnlyInSource) {
                QVERIFY(r.sourceImage && !r.targetImage);
            } else {
                QVERIFY(!r.sourceImage && r.targetImage);
            }
            ++expected;
        }
        after = page->last().sortKey;
    }
    QCOMPARE(expected, 1250);
    QCOMPARE(pages, 8);
    // A kind filter pages the same way.
    Result<QList<DiffRow>> onlyTarget = (*store)->rows(t.id, {}, 5, DiffRow::Kind::OnlyInTarget);
    QCOMPARE(onlyTarget->size(), 5);
    for (const DiffRow& r : *onlyTarget)
        QCOMPARE(r.kind, DiffRow::Kind::OnlyInTarget);
    QVERIFY((*store)->clearRows(t.id).ok());
    QCOMPARE(*(*store)->rowCount(t.id), 0);
    QCOMPARE(*(*store)->rowCount(other.id), 1);
}

void TstCompareDiffStore::secondHandleSeesRows()
{
    // Parallel workers write through their own handles on their own threads.
    QTemporaryDir dir;
    Result<std::unique_ptr<DiffStore>> store = DiffStore::create(dir.path(), QStringLiteral("r3"));
    QVERIFY(store.ok());
    DiffTableInfo t;
    t.name = QStringLiteral("a.t");
    t.status = QStringLiteral("pending");
    QVERIFY((*store)->addTable(t).ok());
    const QString path = (*store)->path();
    bool written = false;
    QThread* thread = QThread::create([&] {
        Result<std::unique_ptr<DiffStore>> mine = DiffStore::open(path);
        if (!mine)
            return;
        DiffRow r;
        r.sortKey = QByteArray("k");
        r.key = Row {QByteArray("k")};
        r.kind = DiffRow::Kind::OnlyInTarget;
        r.targetImage = Row {QByteArray("v")};
        written = (*mine)->addRows(t.id, {r}).ok();
    });
    thread->start();
    QVERIFY(thread->wait(20000));
    delete thread;
    QVERIFY(written);
    QCOMPARE(*(*store)->rowCount(t.id), 1);
}

void TstCompareDiffStore::openMissing()
{
    Result<std::unique_ptr<DiffStore>> s = DiffStore::open(QStringLiteral("/nonexistent/diff.sqlite"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("not-found"));
}

QTEST_GUILESS_MAIN(TstCompareDiffStore)
#include "tst_comparediffstore.moc"

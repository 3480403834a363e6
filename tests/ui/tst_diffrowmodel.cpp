// DiffRowModel and DiffTablesModel over a DiffStore written in the test: model contracts, lazy
// loading on the loader thread, generations, kind filters, row choices, jumps, and a million rows.
#include "compare/DiffStore.h"
#include "compare/KeyCodec.h"
#include "data/DataDiffView.h"
#include "data/DiffReader.h"
#include "data/DiffReaderWorker.h"
#include "data/DiffRowModel.h"
#include "data/DiffTablesModel.h"
#include "data/DiffTablesProxy.h"
#include "data/KeyInput.h"
#include "data/SideBySideGrid.h"
#include "sync/SyncSelection.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

/// Kind of the generated row with key id = 2 * i: every tenth only in the source, the next only
/// in the target, the rest different (in columns "name" and "note").
DiffRow::Kind kindOf(qint64 id)
{
    const qint64 i = id / 2;
    if (i % 10 == 0)
        return DiffRow::Kind::OnlyInSource;
    if (i % 10 == 1)
        return DiffRow::Kind::OnlyInTarget;
    return DiffRow::Kind::Different;
}

DiffTableInfo tableInfo()
{
    DiffTableInfo t;
    t.name = QStringLiteral("shop.orders");
    t.sourceDatabase = t.targetDatabase = QStringLiteral("shop");
    t.sourceTable = t.targetTable = QStringLiteral("orders");
    t.status = QStringLiteral("different");
    t.keyColumns = {QStringLiteral("id")};
    t.columns = {DiffColumn {QStringLiteral("id"), QStringLiteral("int(11)"), QStringLiteral("numeric"), {}},
        DiffColumn {QStringLiteral("name"), QStringLiteral("varchar(40)"), QStringLiteral("text"),
            QStringLiteral("utf8mb4")},
        DiffColumn {QStringLiteral("note"), QStringLiteral("text"), QStringLiteral("text"),
            QStringLiteral("utf8mb4")}};
    t.updatable = true;
    return t;
}

QByteArray sortKeyOf(qint64 id)
{
    static const KeyCodec codec({KeyCodec::Kind::Integer}, {false});
    return *codec.encode({QByteArray::number(id)});
}

DiffRow makeRow(qint64 id)
{
    DiffRow r;
    r.kind = kindOf(id);
    r.key = {QByteArray::number(id)};
    r.sortKey = sortKeyOf(id);
    const QByteArray idText = QByteArray::number(id);
    if (r.kind != DiffRow::Kind::OnlyInTarget)
        r.sourceImage = Row {idText, QByteArray("src ") + idText, std::nullopt};
    if (r.kind != DiffRow::Kind::OnlyInSource)
        r.targetImage = Row {idText, QByteArray("dst ") + idText, QByteArray()};
    if (r.kind == DiffRow::Kind::Different)
        r.diffColumns = {1, 2};
    return r;
}

/// Writes rows 1..n (ids step 2, so that odd keys in between are missing) and the counts.
Result<DiffTableInfo> writeStore(DiffStore& store, qint64 n)
{
    DiffTableInfo info = tableInfo();
    if (Status s = store.addTable(info); !s)
        return s.error();
    QList<DiffRow> batch;
    batch.reserve(20000);
    for (qint64 i = 1; i <= n; ++i) {
        const qint64 id = i * 2;
        batch.append(makeRow(id));
        switch (kindOf(id)) {
        case DiffRow::Kind::OnlyInSource:
            ++info.onlyInSource;
            break;
        case DiffRow::Kind::OnlyInTarget:
            ++info.onlyInTarget;
            break;
        case DiffRow::Kind::Different:
            ++info.different;
            break;
        }
        if (batch.size() == 20000 || i == n) {
            if (Status s = store.addRows(info.id, batch); !s)
                return s.error();
            batch.clear();
        }
    }
    info.sourceRows = info.onlyInSource + info.different;
    info.targetRows = info.onlyInTarget + info.different;
    if (Status s = store.updateTable(info); !s)
        return s.error();
    return info;
}

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// The id the model shows in row `row` (empty while not loaded).
QString idAt(const DiffRowModel& model, int row)
{
    const QString source = model.data(model.index(row, model.sourceColumn(0))).toString();
    return source.isEmpty() ? model.data(model.index(row, model.targetColumn(0))).toString() : source;
}

/// Waits until row `row` shows `id`, waking on each page the loader delivers (not on a polling
/// step), so the time measured is the time the user waits. Returns the milliseconds, or -1.
qint64 waitForId(DiffRowModel& model, int row, const QString& id, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    QSignalSpy loaded(&model, &DiffRowModel::rowsLoaded);
    while (idAt(model, row) != id) {
        if (clock.elapsed() > timeoutMs)
            return -1;
        loaded.wait(qMax<int>(1, timeoutMs - int(clock.elapsed())));
    }
    return clock.elapsed();
}

} // namespace

class TstDiffRowModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void storePageEndsAndRow();
    void rowModelPassesModelTester();
    void tablesModelPassesModelTester();
    void tablesProxySortsAndFilters_data();
    void tablesProxySortsAndFilters();
    void kindFilterCounts_data();
    void kindFilterCounts();
    void rolesColourRowsAndCells();
    void staleGenerationsAreDropped();
    void includeExcludePersists();
    void jumpsToKeys_data();
    void jumpsToKeys();
    void millionRowsFirstScreenAndFlatMemory();
    void dataViewOpensMillionRowResults();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_smallPath;
    DiffTableInfo m_small;
    QString m_bigPath;
    DiffTableInfo m_big;
};

void TstDiffRowModel::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<DiffStore>> store
        = DiffStore::create(m_dir->filePath(QStringLiteral("small")), QStringLiteral("small"));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    Result<DiffTableInfo> info = writeStore(**store, 1000);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    m_small = *info;
    m_smallPath = (*store)->path();
}

void TstDiffRowModel::cleanupTestCase()
{
    m_dir.reset();
}

void TstDiffRowModel::storePageEndsAndRow()
{
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(m_smallPath);
    QVERIFY(store.ok());
    // Every 128th row's key, all kinds: rows are ids 2, 4, 6...; the 128th is id 256.
    Result<QList<QByteArray>> ends = (*store)->pageEnds(m_small.id, {}, 128, 100);
    QVERIFY(ends.ok());
    QCOMPARE(ends->size(), 1000 / 128);
    QCOMPARE(ends->first(), sortKeyOf(256));
    QCOMPARE(ends->at(2), sortKeyOf(3 * 256));
    // From a cursor, of one kind: only-in-source rows are ids 20, 40, 60...
    Result<QList<QByteArray>> kindEnds
        = (*store)->pageEnds(m_small.id, sortKeyOf(20), 2, 3, DiffRow::Kind::OnlyInSource);
    QVERIFY(kindEnds.ok());
    QCOMPARE(*kindEnds, (QList<QByteArray> {sortKeyOf(60), sortKeyOf(100), sortKeyOf(140)}));
    Result<QList<QByteArray>> none = (*store)->pageEnds(m_small.id, sortKeyOf(2000), 1, 5);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());

    Result<DiffRow> row = (*store)->row(m_small.id, sortKeyOf(44));
    QVERIFY(row.ok());
    QCOMPARE(row->key, Row {QByteArray("44")});
    QCOMPARE(row->kind, DiffRow::Kind::Different);
    QVERIFY(row->sourceImage && row->targetImage);
    QCOMPARE(row->sourceImage->at(2), Value()); // NULL in the source
    QCOMPARE(row->targetImage->at(2), Value(QByteArray())); // '' in the target
    Result<DiffRow> missing = (*store)->row(m_small.id, sortKeyOf(43));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("not-found"));
}

void TstDiffRowModel::rowModelPassesModelTester()
{
    DiffReader reader;
    reader.open(m_smallPath);
    DiffRowModel model(&reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(m_small);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), DiffRowModel::FirstValueColumn + 2 * 3);
    // Touch rows across the table so that pages arrive (and are evicted) under the tester's eye.
    model.setCacheLimit(4);
    for (int row : {0, 130, 999, 500, 260, 700, 390}) {
        QTRY_COMPARE(idAt(model, row), QString::number((row + 1) * 2));
        QVERIFY(model.cachedPages() <= 4);
    }
    model.setKindFilter(DiffRow::Kind::OnlyInTarget);
    QCOMPARE(model.rowCount(), int(m_small.onlyInTarget));
    QTRY_VERIFY(model.data(model.index(0, DiffRowModel::KindColumn), DiffRowModel::LoadedRole).toBool());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TstDiffRowModel::tablesModelPassesModelTester()
{
    DiffTablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiffTableInfo a = m_small;
    a.id = 1;
    DiffTableInfo b = m_small;
    b.id = 2;
    b.name = QStringLiteral("shop.items");
    b.status = QStringLiteral("pending");
    model.setTables({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.data(model.index(1, DiffTablesModel::StatusColumn)).toString(), DiffTablesModel::tr("Waiting"));
    QVERIFY(!model.data(model.index(1, DiffTablesModel::DifferentColumn)).isValid());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    b.status = QStringLiteral("identical");
    b.identical = 5;
    model.setTables({a, b}); // same tables: updated in place
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    QCOMPARE(
        model.data(model.index(1, DiffTablesModel::IdenticalColumn), DiffTablesModel::SortRole).toLongLong(),
        5);

    model.setLive({{1, DiffTablesModel::Live {1234, 100, 2.0}}});
    QVERIFY(model.isRunning(1));
    QVERIFY(model.data(model.index(0, DiffTablesModel::StatusColumn))
                .toString()
                .contains(QLocale().toString(1234)));
    model.setLive({});
    model.setTables({b});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("shop.items")), 0);
    model.setTables({});
    QCOMPARE(model.rowCount(), 0);
}

void TstDiffRowModel::tablesProxySortsAndFilters_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("differencesOnly");
    QTest::addColumn<QStringList>("expected");

    // Counts: a 9 different, b 10, c 0 (identical); numbers must sort as numbers (9 < 10).
    QTest::newRow("by different") << int(DiffTablesModel::DifferentColumn) << QString() << false
                                  << QStringList {
                                         QStringLiteral("s.c"), QStringLiteral("s.a"), QStringLiteral("s.b")};
    QTest::newRow("differences only") << int(DiffTablesModel::NameColumn) << QString() << true
                                      << QStringList {QStringLiteral("s.a"), QStringLiteral("s.b")};
    QTest::newRow("name filter") << int(DiffTablesModel::NameColumn) << QStringLiteral("B") << false
                                 << QStringList {QStringLiteral("s.b")};
}

void TstDiffRowModel::tablesProxySortsAndFilters()
{
    QFETCH(int, column);
    QFETCH(QString, filter);
    QFETCH(bool, differencesOnly);
    QFETCH(QStringList, expected);

    DiffTablesModel model;
    DiffTablesProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DiffTableInfo> tables;
    const QList<std::pair<QString, qint64>> specs {
        {QStringLiteral("s.a"), 9}, {QStringLiteral("s.b"), 10}, {QStringLiteral("s.c"), 0}};
    qint64 id = 1;
    for (const auto& [name, different] : specs) {
        DiffTableInfo t;
        t.id = id++;
        t.name = name;
        t.different = different;
        t.status = different > 0 ? QStringLiteral("different") : QStringLiteral("identical");
        tables.append(t);
    }
    model.setTables(tables);
    proxy.setNameFilter(filter);
    proxy.setDifferencesOnly(differencesOnly);
    proxy.sort(column, Qt::AscendingOrder);
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.append(proxy.index(r, DiffTablesModel::NameColumn).data().toString());
    QCOMPARE(shown, expected);
}

void TstDiffRowModel::kindFilterCounts_data()
{
    QTest::addColumn<int>("kind"); // 0: all
    QTest::newRow("all") << 0;
    QTest::newRow("only in source") << int(DiffRow::Kind::OnlyInSource);
    QTest::newRow("only in target") << int(DiffRow::Kind::OnlyInTarget);
    QTest::newRow("different") << int(DiffRow::Kind::Different);
}

void TstDiffRowModel::kindFilterCounts()
{
    QFETCH(int, kind);
    const std::optional<DiffRow::Kind> filter = kind == 0 ? std::nullopt : std::optional(DiffRow::Kind(kind));
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(m_smallPath);
    QVERIFY(store.ok());
    const qint64 expected = *(*store)->rowCount(m_small.id, filter);

    DiffReader reader;
    reader.open(m_smallPath);
    DiffRowModel model(&reader);
    model.setTable(m_small);
    model.setKindFilter(filter);
    QCOMPARE(qint64(model.rowCount()), expected);
    QCOMPARE(model.countOf(filter), expected);
    // Every row is of the kind, in key order, and the last one is the store's last of that kind.
    model.setCacheLimit(64);
    qint64 previous = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        QTRY_VERIFY(model.rowAt(r) != nullptr);
        const DiffGridRow* row = model.rowAt(r);
        if (filter)
            QCOMPARE(row->kind, *filter);
        const qint64 id = row->key.value(0).value_or(QByteArray()).toLongLong();
        QVERIFY(id > previous);
        previous = id;
    }
}

void TstDiffRowModel::rolesColourRowsAndCells()
{
    DiffReader reader;
    reader.open(m_smallPath);
    DiffRowModel model(&reader);
    model.setTable(m_small);
    // Row 1 is id 4 (different in name and note), row 9 is id 20 (only in source), row 10 id 22
    // (only in target).
    QTRY_VERIFY(model.rowAt(1) && model.rowAt(9) && model.rowAt(10));
    const int srcName = model.sourceColumn(1);
    const int dstNote = model.targetColumn(2);
    QVERIFY(model.data(model.index(1, srcName), DiffRowModel::DiffersRole).toBool());
    QVERIFY(!model.data(model.index(1, model.sourceColumn(0)), DiffRowModel::DiffersRole).toBool());
    QCOMPARE(model.data(model.index(1, srcName), Qt::FontRole).value<QFont>().bold(), true);
    QVERIFY(model.data(model.index(1, srcName), Qt::BackgroundRole).value<QColor>()
        != model.data(model.index(1, model.sourceColumn(0)), Qt::BackgroundRole).value<QColor>());
    // NULL in the source, '' in the target: "NULL" in italics against an empty cell.
    QCOMPARE(model.data(model.index(1, model.sourceColumn(2))).toString(), QStringLiteral("NULL"));
    QVERIFY(model.data(model.index(1, model.sourceColumn(2)), DiffRowModel::NullRole).toBool());
    QVERIFY(model.data(model.index(1, model.sourceColumn(2)), Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.data(model.index(1, dstNote)).toString(), QString());
    QVERIFY(!model.data(model.index(1, dstNote), DiffRowModel::NullRole).toBool());
    // Only in the source: the target side is absent, the row's colours differ by kind.
    QVERIFY(
        !model.data(model.index(9, DiffRowModel::KindColumn), Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.data(model.index(9, DiffRowModel::KindColumn), Qt::AccessibleTextRole).toString(),
        DiffRowModel::kindText(DiffRow::Kind::OnlyInSource));
    QVERIFY(model.data(model.index(9, model.targetColumn(0)), DiffRowModel::AbsentRole).toBool());
    QVERIFY(!model.data(model.index(9, model.sourceColumn(0)), DiffRowModel::AbsentRole).toBool());
    QVERIFY(model.data(model.index(9, model.sourceColumn(0)), Qt::BackgroundRole).value<QColor>()
        != model.data(model.index(10, model.sourceColumn(0)), Qt::BackgroundRole).value<QColor>());
    QCOMPARE(model.data(model.index(9, DiffRowModel::KindColumn), DiffRowModel::KindRole).toInt(),
        int(DiffRow::Kind::OnlyInSource));
    QCOMPARE(model.headerData(model.targetColumn(1), Qt::Horizontal).toString(), QStringLiteral("name"));
    QVERIFY(
        model.headerData(model.sourceColumn(0), Qt::Horizontal, Qt::FontRole).value<QFont>().bold()); // key
}

void TstDiffRowModel::staleGenerationsAreDropped()
{
    DiffReader reader;
    reader.open(m_smallPath);
    DiffRowModel model(&reader);
    model.setTable(m_small);
    const quint64 first = model.generation();
    // Ask for rows and let the loader answer, but change the filter before the answers are
    // delivered: they must not land in the new generation's rows.
    const int read = reader.pagesRead();
    (void)model.data(model.index(0, model.sourceColumn(0)));
    (void)model.data(model.index(300, model.sourceColumn(0)));
    model.fetchNow();
    QElapsedTimer waited;
    waited.start();
    while (reader.pagesRead() < read + 2 && waited.elapsed() < 5000)
        QThread::msleep(5); // no event processing: the answers wait in the queue
    QVERIFY(reader.pagesRead() >= read + 2);
    model.setKindFilter(DiffRow::Kind::OnlyInSource);
    QVERIFY(model.generation() != first);
    QTRY_VERIFY(model.rowAt(0) != nullptr);
    QCOMPARE(model.rowAt(0)->kind, DiffRow::Kind::OnlyInSource);
    QTRY_VERIFY(model.staleAnswers() >= 1);

    // A late page of an old generation, handed in directly, changes nothing.
    const int stale = model.staleAnswers();
    DiffGridRow bogus = DiffGridRow::fromRow(makeRow(4), m_small.columns);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.acceptPage(first, 0, {bogus}, {}));
    QCOMPARE(model.staleAnswers(), stale + 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowAt(0)->kind, DiffRow::Kind::OnlyInSource);
    QVERIFY(model.acceptPage(model.generation(), 1, {bogus}, {}));
}

void TstDiffRowModel::includeExcludePersists()
{
    // A copy of the store, so other tests keep every row included.
    const QString path = m_dir->filePath(QStringLiteral("choices.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_smallPath, path));
    {
        DiffReader reader;
        reader.open(path);
        Result<std::unique_ptr<SyncSelection>> selection = SyncSelection::open(path);
        QVERIFY2(selection.ok(), qPrintable(selection.ok() ? QString() : selection.error().toString()));
        DiffRowModel model(&reader);
        model.setSelection(selection->get());
        model.setTable(m_small);
        QTRY_VERIFY(model.rowAt(3) && model.rowAt(5));
        const QModelIndex check = model.index(3, DiffRowModel::IncludeColumn);
        QVERIFY(model.flags(check) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.data(check, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QSignalSpy spy(&model, &DiffRowModel::exclusionsChanged);
        QVERIFY(model.setData(check, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(
            model.setData(model.index(5, DiffRowModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.data(check, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(spy.last().at(0).toInt(), 2);
        QVERIFY(model.setRowsIncluded({5}, true));
        QCOMPARE(model.excludedCount(), 1);
    }
    // A new window on the same results sees the choice, and so does the sync planner's reader.
    DiffReader reader;
    reader.open(path);
    Result<std::unique_ptr<SyncSelection>> selection = SyncSelection::open(path);
    QVERIFY(selection.ok());
    QCOMPARE(*(*selection)->excludedRows(m_small.id), QSet<QByteArray> {sortKeyOf(8)});
    QCOMPARE(*(*selection)->isRowIncluded(m_small.id, sortKeyOf(8)), false);
    DiffRowModel model(&reader);
    model.setSelection(selection->get());
    model.setTable(m_small);
    QTRY_VERIFY(model.rowAt(3));
    QCOMPARE(model.data(model.index(3, DiffRowModel::IncludeColumn), Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
    QCOMPARE(model.data(model.index(4, DiffRowModel::IncludeColumn), Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    // Ticking it again removes the exclusion from the file.
    QVERIFY(model.setData(model.index(3, DiffRowModel::IncludeColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY((*selection)->excludedRows(m_small.id)->isEmpty());
    // Without a key there is nothing to choose row by row.
    DiffTableInfo keyless = m_small;
    keyless.keyColumns.clear();
    model.setTable(keyless);
    QTRY_VERIFY(model.rowAt(0));
    QVERIFY(!model.hasRowChoices());
    QVERIFY(!(model.flags(model.index(0, DiffRowModel::IncludeColumn)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.data(model.index(0, DiffRowModel::IncludeColumn), Qt::CheckStateRole).isValid());
}

void TstDiffRowModel::jumpsToKeys_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind"); // 0: all
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("foundKey");

    QTest::newRow("exact") << QStringLiteral("42") << 0 << 20 << QStringLiteral("42");
    QTest::newRow("missing key: the next row") << QStringLiteral("43") << 0 << 21 << QStringLiteral("44");
    QTest::newRow("before everything") << QStringLiteral("-5") << 0 << 0 << QStringLiteral("2");
    QTest::newRow("after everything") << QStringLiteral("5000") << 0 << 1000 << QString();
    QTest::newRow("within a kind") << QStringLiteral("60") << int(DiffRow::Kind::OnlyInSource) << 2
                                   << QStringLiteral("60");
    QTest::newRow("next within a kind")
        << QStringLiteral("24") << int(DiffRow::Kind::OnlyInTarget) << 2 << QStringLiteral("42");
}

void TstDiffRowModel::jumpsToKeys()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(int, row);
    QFETCH(QString, foundKey);

    DiffReader reader;
    reader.open(m_smallPath);
    DiffRowModel model(&reader);
    model.setTable(m_small);
    if (kind != 0)
        model.setKindFilter(DiffRow::Kind(kind));
    QTRY_VERIFY(model.rowAt(0) != nullptr);
    DiffRow sample;
    sample.key = model.rowAt(0)->key;
    sample.sortKey = model.rowAt(0)->sortKey;
    Result<QByteArray> key = KeyInput::sortKey(m_small, typed, &sample);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
    QSignalSpy located(&model, &DiffRowModel::located);
    model.locate(*key);
    QVERIFY(located.wait(5000));
    QCOMPARE(located.last().at(0).toInt(), row);
    const DiffRow found = located.last().at(1).value<DiffRow>();
    QCOMPARE(QString::fromUtf8(found.key.value(0).value_or(QByteArray())), foundKey);
}

void TstDiffRowModel::millionRowsFirstScreenAndFlatMemory()
{
    // A million differences written through the DiffStore API, as a compare would.
    QElapsedTimer clock;
    clock.start();
    {
        Result<std::unique_ptr<DiffStore>> store
            = DiffStore::create(m_dir->filePath(QStringLiteral("big")), QStringLiteral("big"));
        QVERIFY(store.ok());
        Result<DiffTableInfo> info = writeStore(**store, 1000000);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        m_big = *info;
        m_bigPath = (*store)->path();
    }
    qInfo("wrote 1,000,000 rows in %.1f s", clock.elapsed() / 1000.0);

    DiffReader reader;
    DiffRowModel model(&reader);
    const qint64 rssBefore = residentKb();

    // First screen: from opening the store to the first 40 rows' keys.
    clock.restart();
    reader.open(m_bigPath);
    model.setTable(m_big);
    QCOMPARE(model.rowCount(), 1000000);
    for (int r = 0; r < 40; ++r)
        (void)model.data(model.index(r, model.sourceColumn(0)));
    QVERIFY(waitForId(model, 39, QStringLiteral("80")) >= 0);
    const qint64 firstScreenMs = clock.elapsed();
    qInfo("first screen of a 1,000,000-row table: %lld ms", firstScreenMs);
    QCOMPARE(idAt(model, 0), QStringLiteral("2"));
    QVERIFY2(firstScreenMs < 2000, qPrintable(QStringLiteral("first screen took %1 ms").arg(firstScreenMs)));

    // The middle, then random places: the right keys, and the cache never grows past its limit.
    const qint64 middleMs = waitForId(model, 500000, QStringLiteral("1000002"));
    QVERIFY(middleMs >= 0);
    qInfo("row 500,000 before the page index reached it: %lld ms", middleMs);
    QRandomGenerator random(42);
    qint64 worstMs = 0;
    qint64 totalMs = 0;
    for (int i = 0; i < 60; ++i) {
        const int row = random.bounded(1000000);
        const qint64 ms = waitForId(model, row, QString::number((qint64(row) + 1) * 2));
        QVERIFY2(ms >= 0, qPrintable(QStringLiteral("row %1 never arrived").arg(row)));
        worstMs = qMax(worstMs, ms);
        totalMs += ms;
        QVERIFY(model.cachedPages() <= model.cacheLimit());
    }
    qInfo("60 random jumps: %lld ms on average, %lld ms at worst", totalMs / 60, worstMs);
    const qint64 rssAfter = residentKb();
    qInfo("resident memory: %lld KB before opening, %lld KB after the jumps", rssBefore, rssAfter);
    QVERIFY2(rssAfter - rssBefore < 64 * 1024, "memory grew by more than 64 MB while scrolling");

    // The page index finished in the background: a jump near the end is a seek now.
    QTest::qWait(3000);
    const qint64 endMs = waitForId(model, 999990, QStringLiteral("1999982"));
    QVERIFY(endMs >= 0);
    qInfo("row 999,990 after background indexing: %lld ms", endMs);
}

void TstDiffRowModel::dataViewOpensMillionRowResults()
{
    if (m_bigPath.isEmpty())
        QSKIP("needs the store of millionRowsFirstScreenAndFlatMemory");
    // As the user sees it: the Data view opens a past run, lists its table, opens it on its own
    // and fills the visible part of both grids.
    DataDiffView view;
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer clock;
    clock.start();
    view.openResults(m_bigPath);
    QSignalSpy loaded(view.rowModel(), &DiffRowModel::rowsLoaded);
    auto screenFilled = [&view]() {
        QTableView* grid = view.grid()->sourceView();
        if (!view.rowModel()->hasTable() || !grid->isVisible())
            return false;
        const int last = grid->rowAt(grid->viewport()->height() - 1);
        return last > 0 && view.rowModel()->rowAt(0) && view.rowModel()->rowAt(last);
    };
    while (!screenFilled() && clock.elapsed() < 10000)
        loaded.wait(100);
    QVERIFY(screenFilled());
    QCoreApplication::processEvents(); // the repaint with the rows
    const qint64 ms = clock.elapsed();
    qInfo("Data view: a 1,000,000-row result opened and its first screen filled in %lld ms", ms);
    QCOMPARE(view.currentTable().name, m_big.name);
    QCOMPARE(view.rowModel()->rowCount(), 1000000);
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("first screen took %1 ms").arg(ms)));
}

QTEST_MAIN(TstDiffRowModel)
#include "tst_diffrowmodel.moc"

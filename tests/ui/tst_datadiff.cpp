// The Data view as a DBA uses it: compare two real databases that differ, read the table list,
// open the differing table, jump to a key, inspect the highlighted cells and the detail pane, leave
// a row out of the sync, and find that choice again when the results are reopened.
#include "TestSupport.h"
#include "data/DataDiffView.h"
#include "data/DiffRowModel.h"
#include "data/DiffTablesModel.h"
#include "data/DiffTablesProxy.h"
#include "data/RowDetailPane.h"
#include "data/SideBySideGrid.h"
#include "data/ValueDiffView.h"
#include "db/Sql.h"
#include "store/SyncProject.h"
#include "sync/SyncSelection.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QThreadPool>
#include <QToolButton>
#include <QtTest>

#define EXEC(conn, text)                                                                                     \
    do {                                                                                                     \
        const QString sql_ = (text);                                                                         \
        const Status st_ = (conn).execute(sql_.toUtf8());                                                    \
        QVERIFY2(st_.ok(),                                                                                   \
            qPrintable(st_.ok() ? QString() : st_.error().toString() + QStringLiteral(" in: ") + sql_));     \
    } while (0)

class TstDataDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void compareShowsCountsPerTable();
    void differingCellsAndDetailPane_data();
    void differingCellsAndDetailPane();
    void kindFiltersAndTableFilters();
    void excludedRowPersists();
    void cancelStopsTheCompare();
    void closingTheViewDoesNotWait();
    void resolverRunsOffTheUiThread_data();
    void resolverRunsOffTheUiThread();
    void optionsFromAProject();
    void remembersItsLayout();

private:
    /// Jumps to a key through the jump box and waits for the detail pane to show that row.
    bool jumpTo(const QString& key);
    int columnIndex(const QString& name) const;

    QTemporaryDir m_home;
    std::unique_ptr<Connection> m_src;
    std::unique_ptr<Connection> m_dst;
    ConnectionSettings m_srcSettings;
    ConnectionSettings m_dstSettings;
    QString m_db;
    std::unique_ptr<DataDiffView> m_view;
};

void TstDataDiff::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("SYNCSTUDIO_HOME", m_home.path().toUtf8());
    Result<ConnectionSettings> src = TestSupport::server(QStringLiteral("src"));
    QVERIFY2(src.ok(), qPrintable(src.ok() ? QString() : src.error().toString()));
    Result<ConnectionSettings> dst = TestSupport::server(QStringLiteral("dst"));
    QVERIFY2(dst.ok(), qPrintable(dst.ok() ? QString() : dst.error().toString()));
    Result<std::unique_ptr<Connection>> a = Connection::open(*src);
    Result<std::unique_ptr<Connection>> b = Connection::open(*dst);
    QVERIFY(a.ok() && b.ok());
    m_src = std::move(*a);
    m_dst = std::move(*b);
    m_db = TestSupport::uniqueName(QStringLiteral("datadiff"));
    m_srcSettings = *src;
    m_srcSettings.database = m_db;
    m_dstSettings = *dst;
    m_dstSettings.database = m_db;
    const QString db = Sql::quoteIdentifier(m_db);

    for (Connection* c : {m_src.get(), m_dst.get()}) {
        EXEC(*c, QStringLiteral("CREATE DATABASE %1").arg(db));
        EXEC(*c,
            QStringLiteral("CREATE TABLE %1.customers (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, "
                           "city VARCHAR(40) CHARACTER SET latin1, profile JSON, photo BLOB, note TEXT) "
                           "DEFAULT CHARSET=utf8mb4")
                .arg(db));
        EXEC(*c, QStringLiteral("CREATE TABLE %1.items (id INT PRIMARY KEY, label VARCHAR(20))").arg(db));
        EXEC(*c,
            QStringLiteral("INSERT INTO %1.items VALUES (1,'a'),(2,'b'),(3,'c'),(4,'d'),(5,'e')").arg(db));
        // Rows 2..20 on both sides, alike unless changed below.
        for (int id = 2; id <= 20; ++id) {
            EXEC(*c,
                QStringLiteral(
                    "INSERT INTO %1.customers VALUES (%2, 'Customer %2', 'Oslo', "
                    "'{\"tier\":\"gold\",\"tags\":[\"a\",\"b\"],\"since\":2019}', x'0102', 'note %2')")
                    .arg(db)
                    .arg(id));
        }
    }
    EXEC(*m_src,
        QStringLiteral("INSERT INTO %1.customers VALUES (1, 'First', NULL, NULL, NULL, NULL)").arg(db));
    EXEC(*m_dst,
        QStringLiteral("INSERT INTO %1.customers VALUES (21, 'Last', NULL, NULL, NULL, NULL)").arg(db));
    EXEC(*m_src, QStringLiteral("UPDATE %1.customers SET name = 'Alice Smith' WHERE id = 5").arg(db));
    EXEC(*m_dst, QStringLiteral("UPDATE %1.customers SET name = 'Alicia Smith' WHERE id = 5").arg(db));
    EXEC(*m_src, QStringLiteral("UPDATE %1.customers SET note = NULL WHERE id = 7").arg(db));
    EXEC(*m_dst, QStringLiteral("UPDATE %1.customers SET note = '' WHERE id = 7").arg(db));
    EXEC(*m_dst,
        QStringLiteral("UPDATE %1.customers SET profile = '{\"tier\":\"silver\",\"tags\":[\"a\",\"b\"],"
                       "\"since\":2019}' WHERE id = 9")
            .arg(db));
    EXEC(*m_dst, QStringLiteral("UPDATE %1.customers SET photo = x'01FF00' WHERE id = 11").arg(db));
    // Latin1 bytes for "Zürich" on the source, plain "Zurich" on the target.
    EXEC(*m_src,
        QStringLiteral("UPDATE %1.customers SET city = _latin1 x'5AFC72696368' WHERE id = 13").arg(db));
    EXEC(*m_dst, QStringLiteral("UPDATE %1.customers SET city = 'Zurich' WHERE id = 13").arg(db));

    m_view = std::make_unique<DataDiffView>();
    m_view->resize(1300, 820);
    m_view->setEndpoints(m_srcSettings, m_dstSettings);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstDataDiff::cleanupTestCase()
{
    m_view.reset();
    const QString drop = QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_db));
    if (m_src)
        (void)m_src->execute(drop.toUtf8());
    if (m_dst)
        (void)m_dst->execute(drop.toUtf8());
}

int TstDataDiff::columnIndex(const QString& name) const
{
    const QList<DiffColumn>& columns = m_view->rowModel()->table().columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == name)
            return i;
    }
    return -1;
}

bool TstDataDiff::jumpTo(const QString& key)
{
    QLineEdit* jump = m_view->jumpEdit();
    jump->clear();
    QTest::keyClicks(jump, key);
    QTest::keyClick(jump, Qt::Key_Return);
    const RowDetailPane* detail = m_view->detailPane();
    QElapsedTimer clock;
    clock.start();
    QSignalSpy shown(m_view.get(), &DataDiffView::rowShown);
    while (!(detail->hasRow() && detail->row().key == Row {key.toUtf8()})) {
        if (clock.elapsed() > 10000)
            return false;
        shown.wait(200);
    }
    return true;
}

void TstDataDiff::compareShowsCountsPerTable()
{
    QSignalSpy finished(m_view.get(), &DataDiffView::compareFinished);
    QTest::mouseClick(m_view->compareButton(), Qt::LeftButton);
    QVERIFY(m_view->isComparing());
    QVERIFY(m_view->cancelButton()->isEnabled());
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QVERIFY(m_view->compareButton()->isEnabled());

    // The table list, as the user reads it.
    DiffTablesModel* tables = m_view->tablesModel();
    const QString customers = m_db + QStringLiteral(".customers");
    const QString items = m_db + QStringLiteral(".items");
    QTRY_VERIFY(tables->rowOf(customers) >= 0 && tables->rowOf(items) >= 0);
    auto cell = [&](const QString& table, int column) {
        return tables->index(tables->rowOf(table), column).data().toString();
    };
    QCOMPARE(cell(customers, DiffTablesModel::StatusColumn), DiffTablesModel::tr("Different"));
    QCOMPARE(cell(customers, DiffTablesModel::OnlyInSourceColumn), QStringLiteral("1"));
    QCOMPARE(cell(customers, DiffTablesModel::OnlyInTargetColumn), QStringLiteral("1"));
    QCOMPARE(cell(customers, DiffTablesModel::DifferentColumn), QStringLiteral("5"));
    QCOMPARE(cell(customers, DiffTablesModel::IdenticalColumn), QStringLiteral("14"));
    QCOMPARE(cell(items, DiffTablesModel::StatusColumn), DiffTablesModel::tr("Identical"));
    QCOMPARE(cell(items, DiffTablesModel::IdenticalColumn), QStringLiteral("5"));
    QCOMPARE(cell(items, DiffTablesModel::DifferentColumn), QStringLiteral("0"));
    QVERIFY(m_view->progressLabel()->text().contains(QStringLiteral("1")));

    // The differing table opens by itself, its rows in key order.
    QTRY_COMPARE(m_view->currentTable().name, customers);
    DiffRowModel* rows = m_view->rowModel();
    QCOMPARE(rows->rowCount(), 7);
    QTRY_VERIFY(rows->rowAt(0) && rows->rowAt(6));
    QCOMPARE(rows->rowAt(0)->key, Row {QByteArray("1")});
    QCOMPARE(rows->rowAt(0)->kind, DiffRow::Kind::OnlyInSource);
    QCOMPARE(rows->rowAt(6)->key, Row {QByteArray("21")});
    QCOMPARE(rows->rowAt(6)->kind, DiffRow::Kind::OnlyInTarget);
    QVERIFY(!m_view->resultsPath().isEmpty());
}

void TstDataDiff::differingCellsAndDetailPane_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("source"); // text the source side must show
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("sourceCaption"); // a word of the caption

    QTest::newRow("words") << QStringLiteral("5") << QStringLiteral("name") << QStringLiteral("Alice Smith")
                           << QStringLiteral("Alicia Smith") << QStringLiteral("varchar");
    QTest::newRow("NULL against empty") << QStringLiteral("7") << QStringLiteral("note")
                                        << QStringLiteral("NULL") << QString() << QStringLiteral("NULL");
    QTest::newRow("JSON") << QStringLiteral("9") << QStringLiteral("profile") << QStringLiteral("\"gold\"")
                          << QStringLiteral("\"silver\"") << QStringLiteral("JSON");
    QTest::newRow("blob") << QStringLiteral("11") << QStringLiteral("photo") << QStringLiteral("01 02")
                          << QStringLiteral("01 ff 00") << QStringLiteral("hex");
    QTest::newRow("latin1") << QStringLiteral("13") << QStringLiteral("city") << QStringLiteral("Zürich")
                            << QStringLiteral("Zurich") << QStringLiteral("latin1");
}

void TstDataDiff::differingCellsAndDetailPane()
{
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, sourceCaption);

    QVERIFY(m_view->showTable(m_db + QStringLiteral(".customers")));
    QVERIFY2(jumpTo(key), qPrintable(m_view->messageLabel()->text()));
    DiffRowModel* rows = m_view->rowModel();
    const int row = m_view->grid()->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(rows->rowAt(row)->key, Row {key.toUtf8()});

    // The grid marks the differing cell on both sides, and only that one.
    const int c = columnIndex(column);
    QVERIFY(c >= 0);
    for (int side : {rows->sourceColumn(c), rows->targetColumn(c)}) {
        const QModelIndex cell = rows->index(row, side);
        QVERIFY(cell.data(DiffRowModel::DiffersRole).toBool());
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
    }
    const QModelIndex keyCell = rows->index(row, rows->sourceColumn(columnIndex(QStringLiteral("id"))));
    QVERIFY(!keyCell.data(DiffRowModel::DiffersRole).toBool());
    QVERIFY(rows->index(row, rows->sourceColumn(c)).data(Qt::BackgroundRole).value<QColor>()
        != keyCell.data(Qt::BackgroundRole).value<QColor>());
    QVERIFY(!m_view->grid()->sourceView()->isColumnHidden(rows->sourceColumn(c)));
    QVERIFY(m_view->grid()->sourceView()->isColumnHidden(rows->targetColumn(c)));
    QVERIFY(m_view->grid()->targetView()->isColumnHidden(rows->sourceColumn(c)));

    // The detail pane opens on the differing column and shows both values in full.
    RowDetailPane* detail = m_view->detailPane();
    QVERIFY(detail->isVisible());
    QCOMPARE(detail->currentColumn(), c);
    ValueDiffView* values = detail->valueView();
    QVERIFY2(values->sourceEdit()->toPlainText().contains(source),
        qPrintable(values->sourceEdit()->toPlainText()));
    if (target.isEmpty())
        QCOMPARE(values->targetEdit()->toPlainText(), QString());
    else
        QVERIFY2(values->targetEdit()->toPlainText().contains(target),
            qPrintable(values->targetEdit()->toPlainText()));
    QVERIFY2(values->sourceCaption().contains(sourceCaption), qPrintable(values->sourceCaption()));
    QVERIFY(detail->columnList()->item(c, 1)->font().bold());
}

void TstDataDiff::kindFiltersAndTableFilters()
{
    QVERIFY(m_view->showTable(m_db + QStringLiteral(".customers")));
    DiffRowModel* rows = m_view->rowModel();
    QVERIFY(m_view->kindButton(2)->text().contains(QStringLiteral("1")));
    QVERIFY(m_view->kindButton(3)->text().contains(QStringLiteral("5")));
    QTest::mouseClick(m_view->kindButton(3), Qt::LeftButton);
    QCOMPARE(rows->rowCount(), 5);
    QTRY_VERIFY(rows->rowAt(4) != nullptr);
    for (int r = 0; r < 5; ++r)
        QCOMPARE(rows->rowAt(r)->kind, DiffRow::Kind::Different);
    QTest::mouseClick(m_view->kindButton(2), Qt::LeftButton);
    QCOMPARE(rows->rowCount(), 1);
    QTRY_VERIFY(rows->rowAt(0) != nullptr);
    QCOMPARE(rows->rowAt(0)->key, Row {QByteArray("21")});
    QTest::mouseClick(m_view->kindButton(0), Qt::LeftButton);
    QCOMPARE(rows->rowCount(), 7);

    // Differences only hides the identical table; the name filter narrows the list.
    QCOMPARE(m_view->tablesProxy()->rowCount(), 2);
    m_view->differencesOnlyBox()->click();
    QCOMPARE(m_view->tablesProxy()->rowCount(), 1);
    m_view->differencesOnlyBox()->click();
    QTest::keyClicks(m_view->tableFilterEdit(), QStringLiteral("item"));
    QCOMPARE(m_view->tablesProxy()->rowCount(), 1);
    QCOMPARE(m_view->tablesProxy()->index(0, 0).data().toString(), QStringLiteral("items"));
    QCOMPARE(m_view->tablesProxy()->index(0, 0).data(DiffTablesModel::FullNameRole).toString(),
        m_db + QStringLiteral(".items"));
    m_view->tableFilterEdit()->clear();
    QCOMPARE(m_view->tablesProxy()->rowCount(), 2);
}

void TstDataDiff::excludedRowPersists()
{
    QVERIFY(m_view->showTable(m_db + QStringLiteral(".customers")));
    QVERIFY(jumpTo(QStringLiteral("5")));
    DiffRowModel* rows = m_view->rowModel();
    const int row = m_view->grid()->currentRow();
    const QModelIndex check = rows->index(row, DiffRowModel::IncludeColumn);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Space on the selected row leaves it out of the sync.
    m_view->grid()->sourceView()->setFocus();
    QTest::keyClick(m_view->grid()->sourceView(), Qt::Key_Space);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_view->statusLabel()->text().contains(QStringLiteral("1")));
    const qint64 tableId = rows->table().id;

    // The choice is in the results file: a second window on the same run shows it unticked.
    const QString path = m_view->resultsPath();
    Result<std::unique_ptr<SyncSelection>> selection = SyncSelection::open(path);
    QVERIFY(selection.ok());
    QCOMPARE(*(*selection)->excludedRows(tableId), QSet<QByteArray> {rows->rowAt(row)->sortKey});
    {
        DataDiffView other;
        other.resize(1100, 700);
        other.show();
        QSignalSpy opened(&other, &DataDiffView::resultsOpened);
        other.openResults(path);
        QVERIFY(opened.wait(10000));
        QTRY_COMPARE(other.currentTable().name, m_db + QStringLiteral(".customers"));
        QTRY_VERIFY(other.rowModel()->rowAt(row) != nullptr);
        QCOMPARE(other.rowModel()->index(row, DiffRowModel::IncludeColumn).data(Qt::CheckStateRole).toInt(),
            int(Qt::Unchecked));
    }
    // Space again takes it back in.
    m_view->activateWindow();
    QTRY_VERIFY(m_view->isActiveWindow());
    m_view->grid()->sourceView()->setFocus();
    QTest::keyClick(m_view->grid()->sourceView(), Qt::Key_Space);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY((*selection)->excludedRows(tableId)->isEmpty());
}

void TstDataDiff::cancelStopsTheCompare()
{
    DataDiffView view;
    view.setEndpoints(m_srcSettings, m_dstSettings);
    QSignalSpy finished(&view, &DataDiffView::compareFinished);
    view.startCompare();
    view.cancelCompare();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY(!view.isComparing());
    QVERIFY(view.compareButton()->isEnabled());
    QVERIFY(!view.cancelButton()->isEnabled());
}

void TstDataDiff::closingTheViewDoesNotWait()
{
    // A server that accepts the connection and never answers: the compare is stuck in its
    // handshake, and closing the view must not wait for it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectionSettings stuck = m_srcSettings;
    stuck.port = silent.serverPort();
    stuck.connectTimeoutSeconds = 3;
    auto view = std::make_unique<DataDiffView>();
    view->setEndpoints(stuck, m_dstSettings);
    view->startCompare();
    QVERIFY(view->isComparing());
    QTest::qWait(200);
    QElapsedTimer clock;
    clock.start();
    view.reset();
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("closing took %1 ms").arg(clock.elapsed())));
    QThreadPool::globalInstance()->waitForDone(10000); // the orphaned job ends by itself
    QCoreApplication::sendPostedEvents();
}

void TstDataDiff::resolverRunsOffTheUiThread_data()
{
    QTest::addColumn<bool>("fails");
    QTest::newRow("resolved") << false;
    QTest::newRow("keychain error") << true;
}

void TstDataDiff::resolverRunsOffTheUiThread()
{
    QFETCH(bool, fails);
    DataDiffView view;
    std::atomic_bool offUiThread {false};
    QThread* ui = QThread::currentThread();
    const ConnectionSettings src = m_srcSettings;
    const ConnectionSettings dst = m_dstSettings;
    view.setEndpointResolver([&offUiThread, ui, src, dst, fails]() -> Result<DataDiffView::Endpoints> {
        offUiThread = QThread::currentThread() != ui;
        if (fails)
            return Error::make(QStringLiteral("The keychain is locked."));
        return DataDiffView::Endpoints {src, dst};
    });
    CompareOptions options;
    options.tables = {QStringLiteral("items")};
    view.setCompareOptions(options);
    QSignalSpy started(&view, &DataDiffView::compareStarted);
    QSignalSpy finished(&view, &DataDiffView::compareFinished);
    view.startCompare();
    QCOMPARE(started.count(), 1);
    QVERIFY(view.isComparing());
    QVERIFY(finished.wait(60000));
    QVERIFY(offUiThread);
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.last().at(0).toBool(), !fails);
    if (fails) {
        QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("keychain")));
        QVERIFY(view.progressLabel()->text().contains(QStringLiteral("keychain")));
    } else {
        QTRY_COMPARE(view.tablesModel()->rowCount(), 1);
        QCOMPARE(view.tablesModel()->tableAt(0).name, m_db + QStringLiteral(".items"));
    }
    QVERIFY(view.compareButton()->isEnabled());
}

void TstDataDiff::optionsFromAProject()
{
    SyncProject project;
    project.tables = {QStringLiteral("orders*")};
    project.exclude = {QStringLiteral("shop.tmp_*")};
    project.keys.insert(QStringLiteral("shop.log"), {QStringLiteral("a"), QStringLiteral("b")});
    project.ignoreColumns = {QStringLiteral("shop.orders.updated_at")};
    project.where = QStringLiteral("id > 10");
    project.parallel = 3;
    project.maxLoad = QStringLiteral("Threads_running=25");
    project.semanticJson = true;
    const CompareOptions o = DataDiffView::compareOptionsFor(project);
    QCOMPARE(o.tables, project.tables);
    QCOMPARE(o.exclude, project.exclude);
    QCOMPARE(o.keyFor(QStringLiteral("shop"), QStringLiteral("log")),
        (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(o.ignoreColumns, project.ignoreColumns);
    QCOMPARE(o.where, project.where);
    QCOMPARE(o.parallel, 3);
    QCOMPARE(o.maxLoadVariable, QStringLiteral("Threads_running"));
    QCOMPARE(o.maxLoadValue, 25);
    QVERIFY(o.jsonSemantic);
}

void TstDataDiff::remembersItsLayout()
{
    QByteArray state;
    QList<int> sizes;
    {
        DataDiffView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* splitter = view.findChild<QSplitter*>(QStringLiteral("dataDiffSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({300, 900});
        sizes = splitter->sizes();
        view.setDetailVisible(false);
        state = view.saveState();
    }
    DataDiffView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.restoreState(state));
    QCOMPARE(view.findChild<QSplitter*>(QStringLiteral("dataDiffSplitter"))->sizes(), sizes);
    QVERIFY(!view.detailToggle()->isChecked());
    QVERIFY(!view.restoreState(QByteArray("junk")));
}

QTEST_MAIN(TstDataDiff)
#include "tst_datadiff.moc"

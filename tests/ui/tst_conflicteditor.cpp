// The conflict editor: the queue and field models under QAbstractItemModelTester, filters, takes,
// edited results and bulk rules over conflicts written straight into a temporary AppStore, and one
// journey against the dst sandbox: a conflict on a real row resolved with an edited result, then
// undone through its backup point.
#include "ProfilesModel.h"
#include "ProjectTab.h"
#include "TestSupport.h"
#include "conflicts/ConflictChoice.h"
#include "conflicts/ConflictEditor.h"
#include "conflicts/ConflictFieldsModel.h"
#include "conflicts/ConflictsFilterProxy.h"
#include "conflicts/ConflictsModel.h"
#include "db/Connection.h"
#include "db/Sql.h"
#include "runner/JobsModel.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppStore.h"
#include "sync/ConflictStore.h"
#include "sync/SyncTableReader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString Target = QStringLiteral("prod/shop");

SyncTable ordersTable()
{
    SyncTable t;
    t.database = QStringLiteral("shop");
    t.table = QStringLiteral("orders");
    auto column = [](const QString& name, Sql::LiteralKind kind, const QByteArray& charset) {
        SyncTable::Column c;
        c.name = name;
        c.kind = kind;
        c.charset = charset;
        return c;
    };
    t.columns = {column(QStringLiteral("id"), Sql::LiteralKind::Numeric, {}),
        column(QStringLiteral("name"), Sql::LiteralKind::Text, "utf8mb4"),
        column(QStringLiteral("note"), Sql::LiteralKind::Text, "latin1"),
        column(QStringLiteral("updated_at"), Sql::LiteralKind::Text, "utf8mb4"),
        column(QStringLiteral("payload"), Sql::LiteralKind::Binary, {})};
    t.keyColumns = {0};
    return t;
}

SyncTable customersTable()
{
    SyncTable t = ordersTable();
    t.table = QStringLiteral("customers");
    return t;
}

Row row(int id, const char* name, const char* note, const char* updated, const QByteArray& payload = {})
{
    return Row {Value(QByteArray::number(id)), Value(QByteArray(name)),
        note ? Value(QByteArray(note)) : Value(), Value(QByteArray(updated)), Value(payload)};
}

StoredConflict conflict(const SyncTable& table, int id, const std::optional<Row>& source,
    const std::optional<Row>& target, const QString& reason = QStringLiteral("changed"))
{
    StoredConflict c;
    c.runId = QStringLiteral("run-1");
    c.source = QStringLiteral("dev/shop");
    c.target = Target;
    c.database = table.database;
    c.table = table.table;
    c.key = Row {Value(QByteArray::number(id))};
    c.keyText = table.keyText(c.key);
    c.change = !source ? RowChange::Kind::Delete
        : !target      ? RowChange::Kind::Insert
                       : RowChange::Kind::Update;
    c.sourceImage = source;
    c.targetImage = target;
    c.baseImage = source;
    c.diffColumns = StoredConflict::differingColumns(table, source, target);
    c.reason = reason;
    c.reasonText = QStringLiteral("the row changed on the target");
    c.syncTable = table;
    return c;
}

/// The queue the unit tests share: four open conflicts in two tables and one resolved.
QList<StoredConflict> sampleConflicts()
{
    const SyncTable orders = ordersTable();
    const SyncTable customers = customersTable();
    return {
        conflict(orders, 1, row(1, "Alice", "caf\xe9", "2026-03-02 10:00:00", "\x01\x02"),
            row(1, "Alicia", "caf\xe9", "2026-03-01 09:00:00", "\x01\x02")),
        conflict(orders, 2, row(2, "Bob", "x", "2026-03-01 09:00:00"),
            row(2, "Bobby", "y", "2026-03-05 12:00:00")),
        conflict(orders, 3, row(3, "Carol", "x", "2026-03-01 09:00:00"),
            row(3, "Caroline", "x", "2026-03-01 09:00:00"), QStringLiteral("newer-tie")),
        conflict(customers, 7, row(7, "Dan", nullptr, "2026-01-01 00:00:00"), std::nullopt,
            QStringLiteral("missing")),
        conflict(orders, 9, row(9, "Eve", "x", "2026-03-01"), row(9, "Evelyn", "x", "2026-03-01")),
    };
}

} // namespace

class TstConflictEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queueModelContract();
    void filters_data();
    void filters();
    void refreshReadsTheStore();
    void fieldsModelContract();
    void initialResultFollowsPolicy_data();
    void initialResultFollowsPolicy();
    void takesAndEdits();
    void editedResultRoundTripsThroughTheResolver();
    void bulkActions();
    void buttonsAndShortcuts();
    void applyKeepTargetWithoutServer();
    void projectTabCountsOpenConflicts();
    void journeyResolveEditedAndUndo();
    void screenshot();

private:
    /// Records sampleConflicts() (the last one resolved) and returns their ids.
    QList<qint64> recordSamples();
    ConflictEditor* makeEditor();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<ConflictEditor> m_editor;
};

void TstConflictEditor::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SYNCSTUDIO_HOME", m_home->path().toUtf8());
    Result<std::unique_ptr<AppStore>> store
        = AppStore::open(m_home->filePath(QStringLiteral("syncstudio.db")));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

void TstConflictEditor::cleanup()
{
    m_editor.reset();
    m_store.reset();
    m_home.reset();
}

QList<qint64> TstConflictEditor::recordSamples()
{
    ConflictStore store(*m_store);
    QList<qint64> ids;
    QList<StoredConflict> all = sampleConflicts();
    for (StoredConflict& c : all) {
        const Status s = store.record(c);
        if (!s)
            qWarning() << s.error().toString();
        ids.append(c.id);
    }
    if (!store.markResolved(ids.last(), QStringLiteral("target"), {}, {}))
        qWarning("cannot mark a conflict resolved");
    return ids;
}

ConflictEditor* TstConflictEditor::makeEditor()
{
    m_editor = std::make_unique<ConflictEditor>();
    m_editor->setSource(m_store->path(), Target);
    m_editor->resize(1400, 820);
    QSignalSpy refreshed(m_editor.get(), &ConflictEditor::refreshed);
    m_editor->refresh();
    if (!refreshed.wait(10000))
        qWarning("the conflict queue did not refresh");
    return m_editor.get();
}

void TstConflictEditor::queueModelContract()
{
    ConflictsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConflictsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy open(&model, &ConflictsModel::openCountChanged);

    QList<StoredConflict> conflicts = sampleConflicts();
    for (int i = 0; i < conflicts.size(); ++i)
        conflicts[i].id = 100 + i;
    conflicts.last().state = StoredConflict::State::Resolved;
    conflicts.last().resolution = QStringLiteral("target");
    model.setConflicts(conflicts);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.openCount(), 4);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.last().first().toLongLong(), 4);
    QCOMPARE(proxy.rowCount(), 4); // open ones by default
    QCOMPARE(model.tables(), QStringList({QStringLiteral("shop.customers"), QStringLiteral("shop.orders")}));
    QCOMPARE(model.index(0, ConflictsModel::KeyColumn).data().toString(), QStringLiteral("id=1"));
    QCOMPARE(model.index(3, ConflictsModel::ReasonColumn).data().toString(),
        ConflictsModel::reasonInWords(QStringLiteral("missing")));
    QVERIFY(ConflictsModel::reasonInWords(QStringLiteral("missing")) != QLatin1String("missing"));
    QCOMPARE(model.index(4, ConflictsModel::StateColumn).data(ConflictsModel::StateRole).toString(),
        QStringLiteral("resolved"));

    // Ticking the decision takes the policy's result; a resolved conflict cannot be ticked.
    QVERIFY(model.setData(model.index(1, ConflictsModel::DecisionColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.isDecided(1));
    QCOMPARE(model.index(1, ConflictsModel::DecisionColumn).data().toString(),
        ConflictsModel::originName(ConflictChoice::Origin::Source));
    QVERIFY(!model.setData(model.index(4, ConflictsModel::DecisionColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!(model.flags(model.index(4, ConflictsModel::DecisionColumn)) & Qt::ItemIsUserCheckable));
    QCOMPARE(model.decisions().size(), 1);
    QCOMPARE(model.decisions().first().id, qint64(101));
    QVERIFY(model.setData(model.index(1, ConflictsModel::DecisionColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.decidedCount(), 0);

    // A refresh keeps the choices of conflicts that are still open, drops the others.
    model.setChoice(0, ConflictChoice::target(conflicts.at(0)));
    model.setChoice(2, ConflictChoice::target(conflicts.at(2)));
    conflicts[2].state = StoredConflict::State::Resolved;
    model.setConflicts(conflicts);
    QCOMPARE(model.decidedCount(), 1);
    QVERIFY(model.isDecided(0));
    QCOMPARE(model.openCount(), 3);
    QCOMPARE(open.last().first().toLongLong(), 3);

    proxy.setStateFilter(ConflictsFilterProxy::StateFilter::All);
    proxy.sort(ConflictsModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ConflictsModel::IdColumn).data(ConflictsModel::IdRole).toLongLong(), qint64(104));
    model.setConflicts({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TstConflictEditor::filters_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("state");
    QTest::addColumn<QList<int>>("keys");

    const int open = int(ConflictsFilterProxy::StateFilter::Open);
    const int resolved = int(ConflictsFilterProxy::StateFilter::Resolved);
    const int all = int(ConflictsFilterProxy::StateFilter::All);
    QTest::newRow("open") << QString() << QString() << open << QList<int> {1, 2, 3, 7};
    QTest::newRow("resolved") << QString() << QString() << resolved << QList<int> {9};
    QTest::newRow("all") << QString() << QString() << all << QList<int> {1, 2, 3, 7, 9};
    QTest::newRow("table") << QStringLiteral("shop.orders") << QString() << all << QList<int> {1, 2, 3, 9};
    QTest::newRow("table open") << QStringLiteral("shop.orders") << QString() << open << QList<int> {1, 2, 3};
    QTest::newRow("reason") << QString() << QStringLiteral("missing") << open << QList<int> {7};
    QTest::newRow("table and reason")
        << QStringLiteral("shop.orders") << QStringLiteral("newer-tie") << all << QList<int> {3};
    QTest::newRow("nothing") << QStringLiteral("shop.customers") << QStringLiteral("changed") << all
                             << QList<int> {};
}

void TstConflictEditor::filters()
{
    QFETCH(QString, table);
    QFETCH(QString, reason);
    QFETCH(int, state);
    QFETCH(QList<int>, keys);
    recordSamples();
    ConflictEditor* editor = makeEditor();
    ConflictsFilterProxy* proxy = editor->proxy();
    proxy->setTableFilter(table);
    proxy->setReasonFilter(reason);
    proxy->setStateFilter(ConflictsFilterProxy::StateFilter(state));
    QList<int> shown;
    for (int r = 0; r < proxy->rowCount(); ++r)
        shown.append(proxy->index(r, ConflictsModel::KeyColumn).data().toString().mid(3).toInt());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, keys);
}

void TstConflictEditor::refreshReadsTheStore()
{
    const QList<qint64> ids = recordSamples();
    // Another target's conflict is not this editor's.
    StoredConflict other = sampleConflicts().first();
    other.runId = QStringLiteral("run-2");
    other.target = QStringLiteral("staging/shop");
    QVERIFY(ConflictStore(*m_store).record(other).ok());

    ConflictEditor* editor = makeEditor();
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy openCount(editor, &ConflictEditor::openCountChanged);
    QCOMPARE(editor->model()->rowCount(), 5);
    QCOMPARE(editor->model()->openCount(), 4);
    QCOMPARE(editor->queueView()->model()->rowCount(), 4);
    QCOMPARE(editor->currentId(), ids.first()); // the first open conflict is shown
    QCOMPARE(editor->fieldsModel()->rowCount(), 5);

    // Resolved elsewhere (the CLI): the next refresh shows it.
    QVERIFY(ConflictStore(*m_store).markResolved(ids.at(1), QStringLiteral("target"), {}, {}).ok());
    QSignalSpy refreshed(editor, &ConflictEditor::refreshed);
    editor->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(editor->model()->openCount(), 3);
    QCOMPARE(openCount.count(), 1);
    QCOMPARE(openCount.last().first().toLongLong(), 3);
    QCOMPARE(editor->currentId(), ids.first()); // still the same conflict
}

void TstConflictEditor::fieldsModelContract()
{
    ConflictFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StoredConflict c = sampleConflicts().first();
    c.id = 1;
    model.setConflict(c, ConflictChoice::source(c));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 4);
    const int name = model.rowOf(QStringLiteral("name"));
    const int note = model.rowOf(QStringLiteral("note"));
    const int payload = model.rowOf(QStringLiteral("payload"));
    QCOMPARE(model.index(name, ConflictFieldsModel::SourceColumn).data().toString(), QStringLiteral("Alice"));
    QCOMPARE(
        model.index(name, ConflictFieldsModel::TargetColumn).data().toString(), QStringLiteral("Alicia"));
    QCOMPARE(model.index(name, ConflictFieldsModel::ResultColumn).data().toString(), QStringLiteral("Alice"));
    // A latin1 value reads as text, a binary one as hex.
    QCOMPARE(model.index(note, ConflictFieldsModel::SourceColumn).data().toString(), QStringLiteral("café"));
    QVERIFY(model.index(payload, ConflictFieldsModel::SourceColumn)
                .data()
                .toString()
                .contains(QLatin1String("0102")));
    QVERIFY(model.index(name, 0).data(ConflictFieldsModel::DiffersRole).toBool());
    QVERIFY(!model.index(note, 0).data(ConflictFieldsModel::DiffersRole).toBool());
    // Only result cells of written, non-key columns are editable.
    QVERIFY(model.flags(model.index(name, ConflictFieldsModel::ResultColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(name, ConflictFieldsModel::SourceColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(model.rowOf(QStringLiteral("id")), ConflictFieldsModel::ResultColumn))
        & Qt::ItemIsEditable));
    // A side without a row says so; the result of "take target" is then no row, and not editable.
    StoredConflict missing = sampleConflicts().at(3);
    missing.id = 4;
    model.setConflict(missing, ConflictChoice::source(missing));
    QCOMPARE(model.index(name, ConflictFieldsModel::TargetColumn).data().toString(), model.tr("(no row)"));
    QVERIFY(!model.canTakeField(name));
    QVERIFY(model.index(note, ConflictFieldsModel::SourceColumn).data().toString() == QLatin1String("NULL"));
    model.takeTargetRow();
    QVERIFY(!model.choice().result);
    QVERIFY(!(model.flags(model.index(name, ConflictFieldsModel::ResultColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.choice().decision(missing).take, ConflictResolver::Decision::Take::Target);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstConflictEditor::initialResultFollowsPolicy_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");

    QTest::newRow("source-wins") << QStringLiteral("source-wins") << 0 << QStringLiteral("Alice");
    QTest::newRow("manual") << QStringLiteral("manual") << 0 << QStringLiteral("Alice");
    QTest::newRow("target-wins") << QStringLiteral("target-wins") << 0 << QStringLiteral("Alicia");
    QTest::newRow("newer: source newer")
        << QStringLiteral("newer-wins:updated_at") << 0 << QStringLiteral("Alice");
    QTest::newRow("newer: target newer")
        << QStringLiteral("newer-wins:updated_at") << 1 << QStringLiteral("Bobby");
    QTest::newRow("newer: tie takes source")
        << QStringLiteral("newer-wins:updated_at") << 2 << QStringLiteral("Carol");
}

void TstConflictEditor::initialResultFollowsPolicy()
{
    QFETCH(QString, policy);
    QFETCH(int, index);
    QFETCH(QString, name);
    Result<ConflictPolicy> p = ConflictPolicy::parse(policy);
    QVERIFY(p.ok());
    const StoredConflict c = sampleConflicts().at(index);
    ConflictFieldsModel model;
    model.setConflict(c, ConflictChoice::initial(c, *p));
    QCOMPARE(
        model.index(model.rowOf(QStringLiteral("name")), ConflictFieldsModel::ResultColumn).data().toString(),
        name);
}

void TstConflictEditor::takesAndEdits()
{
    using Take = ConflictResolver::Decision::Take;
    StoredConflict c = sampleConflicts().first();
    c.id = 11;
    ConflictFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &ConflictFieldsModel::choiceChanged);
    model.setConflict(c, ConflictChoice::source(c));
    QCOMPARE(model.choice().decision(c).take, Take::Source);

    const int name = model.rowOf(QStringLiteral("name"));
    const int updated = model.rowOf(QStringLiteral("updated_at"));
    const int note = model.rowOf(QStringLiteral("note"));
    const int payload = model.rowOf(QStringLiteral("payload"));

    // Take the target's value of one field: a Set of that column with the target's bytes.
    QVERIFY(model.takeTarget(updated));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        model.index(updated, ConflictFieldsModel::ResultColumn).data(ConflictFieldsModel::OriginRole).toInt(),
        int(ConflictChoice::Origin::Target));
    ConflictResolver::Decision d = model.choice().decision(c);
    QCOMPARE(d.take, Take::Set);
    QCOMPARE(d.values.size(), 1);
    QCOMPARE(d.values.first().first, QStringLiteral("updated_at"));

    // Every field from the target is the target's row: nothing to write.
    QVERIFY(model.takeTarget(name));
    QCOMPARE(model.choice().decision(c).take, Take::Target);
    QCOMPARE(model.choice().rowOrigin(c), ConflictChoice::Origin::Target);
    QVERIFY(model.takeSource(name));
    QVERIFY(model.takeSource(updated));
    QCOMPARE(model.choice().decision(c).take, Take::Source);

    // Editing: text in the column's charset (latin1 here), bytes as 0x..., NULL.
    QVERIFY(model.setData(
        model.index(note, ConflictFieldsModel::ResultColumn), QStringLiteral("naïve"), Qt::EditRole));
    QCOMPARE(*model.choice().result->at(2), QByteArray("na\xefve"));
    QCOMPARE(
        model.index(note, ConflictFieldsModel::ResultColumn).data(ConflictFieldsModel::OriginRole).toInt(),
        int(ConflictChoice::Origin::Edited));
    QVERIFY(!model.setData(
        model.index(note, ConflictFieldsModel::ResultColumn), QStringLiteral("中文"), Qt::EditRole));
    QVERIFY(model.setData(
        model.index(payload, ConflictFieldsModel::ResultColumn), QStringLiteral("0xff00"), Qt::EditRole));
    QCOMPARE(*model.choice().result->at(4), QByteArray("\xff\x00", 2));
    QVERIFY(!model.setData(
        model.index(payload, ConflictFieldsModel::ResultColumn), QStringLiteral("0xzz"), Qt::EditRole));
    QVERIFY(model.setNull(name));
    QVERIFY(!model.choice().result->at(1));
    QCOMPARE(model.index(name, ConflictFieldsModel::ResultColumn).data().toString(), QStringLiteral("NULL"));
    d = model.choice().decision(c);
    QCOMPARE(d.take, Take::Set);
    QCOMPARE(d.values.size(), 3);
    // The key cannot be edited, nor set NULL.
    QVERIFY(!model.setNull(model.rowOf(QStringLiteral("id"))));

    // Whole-row takes replace the edits.
    model.takeTargetRow();
    QCOMPARE(model.choice(), ConflictChoice::target(c));
    model.takeSourceRow();
    QCOMPARE(model.choice(), ConflictChoice::source(c));
}

void TstConflictEditor::editedResultRoundTripsThroughTheResolver()
{
    // Whatever the result holds, the decision makes the resolver write exactly it, including
    // values that look like the resolver's own markers ("0x..", "=..").
    StoredConflict c = sampleConflicts().at(1);
    c.id = 12;
    ConflictFieldsModel model;
    model.setConflict(c, ConflictChoice::source(c));
    QVERIFY(model.setResultText(model.rowOf(QStringLiteral("name")), QStringLiteral("=not a marker")));
    QVERIFY(model.setResultText(model.rowOf(QStringLiteral("note")), QStringLiteral("0x41")));
    QVERIFY(model.takeTarget(model.rowOf(QStringLiteral("updated_at"))));
    QVERIFY(model.setResultText(model.rowOf(QStringLiteral("payload")), QStringLiteral("0x")));
    const ConflictResolver::Decision d = model.choice().decision(c);
    Result<std::optional<Row>> desired = ConflictResolver::desiredImage(c, d);
    QVERIFY2(desired.ok(), qPrintable(desired.ok() ? QString() : desired.error().toString()));
    QVERIFY(desired->has_value());
    QCOMPARE(**desired, *model.choice().result);
    QCOMPARE(*(*desired)->at(1), QByteArray("=not a marker"));
    QCOMPARE(*(*desired)->at(2), QByteArray("0x41"));
}

void TstConflictEditor::bulkActions()
{
    const QList<qint64> ids = recordSamples();
    ConflictEditor* editor = makeEditor();
    ConflictsModel* model = editor->model();
    QVERIFY(editor->selectConflict(ids.first()));
    QCOMPARE(editor->currentTable(), QStringLiteral("shop.orders"));

    editor->allTarget();
    QCOMPARE(model->decidedCount(), 3); // the three open orders; customers and resolved ones untouched
    QVERIFY(!model->isDecided(model->rowOf(ids.at(3))));
    for (const ConflictResolver::Decision& d : model->decisions())
        QCOMPARE(d.take, ConflictResolver::Decision::Take::Target);
    // The grid shows the shown conflict's new result.
    const int name = editor->fieldsModel()->rowOf(QStringLiteral("name"));
    QCOMPARE(editor->fieldsModel()->index(name, ConflictFieldsModel::ResultColumn).data().toString(),
        QStringLiteral("Alicia"));

    editor->allSource();
    QCOMPARE(model->decidedCount(), 3);
    for (const ConflictResolver::Decision& d : model->decisions())
        QCOMPARE(d.take, ConflictResolver::Decision::Take::Source);

    // Newer wins by updated_at: 1 source newer, 2 target newer, 3 a tie (left as it was).
    editor->resetDecision(); // conflict 1 back to undecided
    model->clearChoice(model->rowOf(ids.at(2)));
    QCOMPARE(editor->newerWins(QStringLiteral("updated_at")), 2);
    QVERIFY(editor->statusText().contains(QLatin1String("1")));
    QCOMPARE(model->decidedCount(), 2);
    QCOMPARE(model->choice(model->rowOf(ids.at(0))),
        ConflictChoice::source(model->conflict(model->rowOf(ids.at(0)))));
    QCOMPARE(model->choice(model->rowOf(ids.at(1))),
        ConflictChoice::target(model->conflict(model->rowOf(ids.at(1)))));
    QVERIFY(!model->isDecided(model->rowOf(ids.at(2))));

    // An edit in the grid decides the shown conflict.
    QVERIFY(editor->selectConflict(ids.at(2)));
    QVERIFY(editor->fieldsModel()->setResultText(name, QStringLiteral("Caro")));
    QVERIFY(model->isDecided(model->rowOf(ids.at(2))));
    QCOMPARE(model->decisions().size(), 3);
    auto* apply = editor->findChild<QPushButton*>(QStringLiteral("applyDecisionsButton"));
    QVERIFY(apply && apply->isEnabled());
}

void TstConflictEditor::buttonsAndShortcuts()
{
    const QList<qint64> ids = recordSamples();
    ConflictEditor* editor = makeEditor();
    editor->show();
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor)); // shortcuts act in the active window
    QVERIFY(editor->selectConflict(ids.first()));
    ConflictFieldsModel* fields = editor->fieldsModel();
    const int name = fields->rowOf(QStringLiteral("name"));
    const QModelIndex result = fields->index(name, ConflictFieldsModel::ResultColumn);
    auto* takeTarget = editor->findChild<QPushButton*>(QStringLiteral("takeTargetValueButton"));
    QVERIFY(takeTarget);
    QVERIFY(!takeTarget->isEnabled()); // no field selected yet
    editor->fieldsView()->setFocus();
    editor->fieldsView()->selectRow(name);
    QVERIFY(takeTarget->isEnabled());
    QTest::keyClick(editor->fieldsView(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(result.data().toString(), QStringLiteral("Alicia")); // a button shortcut animates its click
    QVERIFY(editor->model()->isDecided(editor->model()->rowOf(ids.first())));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("setNullButton")), Qt::LeftButton);
    QCOMPARE(result.data().toString(), QStringLiteral("NULL"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("takeSourceRowButton")), Qt::LeftButton);
    QCOMPARE(result.data().toString(), QStringLiteral("Alice"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("resetDecisionButton")), Qt::LeftButton);
    QCOMPARE(editor->model()->decidedCount(), 0);
    // A resolved conflict is shown read-only, with Undo offered only when it wrote something.
    QVERIFY(editor->selectConflict(ids.last()));
    QVERIFY(!(fields->flags(fields->index(name, ConflictFieldsModel::ResultColumn)) & Qt::ItemIsEditable));
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("takeSourceRowButton"))->isEnabled());
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("undoResolutionButton"))->isEnabled());
}

void TstConflictEditor::applyKeepTargetWithoutServer()
{
    // Keeping the target's rows writes nothing: the job closes the conflicts without a connection.
    const QList<qint64> ids = recordSamples();
    ConflictEditor* editor = makeEditor();
    int asked = 0;
    editor->setConfirmation([&asked](const QString&, const QString& what, const QString&) {
        ++asked;
        return what.contains(QLatin1String("nothing is written"));
    });
    editor->setTargetResolver(
        []() -> Result<ConnectionSettings> { return Error::make(QStringLiteral("no server here")); });
    QVERIFY(editor->selectConflict(ids.first()));
    editor->allTarget();
    QSignalSpy finished(editor, &ConflictEditor::jobFinished);
    QSignalSpy refreshed(editor, &ConflictEditor::refreshed);
    editor->applyDecisions();
    QCOMPARE(asked, 1);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(refreshed.count() > 0 || refreshed.wait(10000));
    QCOMPARE(editor->model()->openCount(), 1);
    QCOMPARE(editor->model()->decidedCount(), 0);
    Result<StoredConflict> c = ConflictStore(*m_store).get(ids.first());
    QVERIFY(c.ok());
    QCOMPARE(c->state, StoredConflict::State::Resolved);
    QCOMPARE(c->resolution, QStringLiteral("target"));
    QVERIFY(c->resolutionBackupId.isEmpty());
}

void TstConflictEditor::projectTabCountsOpenConflicts()
{
    const QList<qint64> ids = recordSamples();
    SyncProject project;
    project.source = QStringLiteral("dev/shop");
    project.target = Target;
    project.conflictPolicy = QStringLiteral("target-wins");
    ProfilesModel profiles(*m_store);
    MemorySecretStore secrets;
    ProjectTab tab(project, {}, &profiles, *m_store, secrets);
    auto* editor = tab.findChild<ConflictEditor*>(QStringLiteral("conflictEditor"));
    QVERIFY(editor);
    QCOMPARE(tab.subViews()->widget(int(ProjectTab::SubView::Conflicts)), static_cast<QWidget*>(editor));
    QTRY_COMPARE_WITH_TIMEOUT(
        tab.subViews()->tabText(int(ProjectTab::SubView::Conflicts)), tab.tr("Conflicts (%1)").arg(4), 10000);
    // The project's policy proposes the results: target-wins keeps the target's row.
    QCOMPARE(editor->model()->choice(editor->model()->rowOf(ids.first())),
        ConflictChoice::target(editor->model()->conflict(editor->model()->rowOf(ids.first()))));

    // Conflicts resolved elsewhere: the count follows once the tab looks again.
    for (int i = 0; i < 4; ++i)
        QVERIFY(ConflictStore(*m_store).markResolved(ids.at(i), QStringLiteral("target"), {}, {}).ok());
    tab.showSubView(ProjectTab::SubView::Log);
    tab.showSubView(ProjectTab::SubView::Conflicts);
    editor->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        tab.subViews()->tabText(int(ProjectTab::SubView::Conflicts)), tab.tr("Conflicts"), 10000);
}

void TstConflictEditor::journeyResolveEditedAndUndo()
{
    Result<ConnectionSettings> server = TestSupport::server(QStringLiteral("dst"));
    if (!server)
        QSKIP(qPrintable(server.error().toString()));
    Result<std::unique_ptr<Connection>> conn = TestSupport::connect(QStringLiteral("dst"));
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().toString()));
    const QString db = TestSupport::uniqueName(QStringLiteral("conflicted"));
    const QString table = Sql::qualified(db, QStringLiteral("orders"));
    auto exec = [&](const QString& sql) {
        const Status s = (*conn)->execute(sql.toUtf8());
        if (!s)
            qWarning() << s.error().toString();
        return s.ok();
    };
    QVERIFY(exec(QStringLiteral("CREATE DATABASE %1").arg(Sql::quoteIdentifier(db))));
    auto dropDb = qScopeGuard(
        [&] { exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(db))); });
    QVERIFY(exec(
        QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, name VARCHAR(40) CHARACTER SET latin1, qty INT, "
                       "updated_at DATETIME(6)) ENGINE=InnoDB")
            .arg(table)));
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO %1 VALUES (1, 'on target', 5, '2026-03-01 10:00:00.5'), (2, 'other', 1, NULL)")
                     .arg(table)));

    // The conflict as a sync records it: the source wanted other values, the target has its own.
    Result<SyncTable> st = SyncTableReader::read(**conn, db, QStringLiteral("orders"));
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    Result<QueryResult> now = (*conn)->query(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = 1").arg(st->selectList(), table).toUtf8());
    QVERIFY(now.ok() && now->rows.size() == 1);
    const Row targetRow = now->rows.first();
    Row sourceRow = targetRow;
    sourceRow[st->columnIndex(QStringLiteral("name"))] = QByteArray("from source");
    sourceRow[st->columnIndex(QStringLiteral("qty"))] = QByteArray("7");
    StoredConflict c;
    c.runId = QStringLiteral("journey");
    c.source = QStringLiteral("dev/") + db;
    c.target = QStringLiteral("dst/") + db;
    c.database = db;
    c.table = QStringLiteral("orders");
    c.key = st->keyOf(targetRow);
    c.keyText = st->keyText(c.key);
    c.sourceImage = sourceRow;
    c.targetImage = targetRow;
    c.baseImage = sourceRow;
    c.diffColumns = StoredConflict::differingColumns(*st, c.sourceImage, c.targetImage);
    c.reason = QStringLiteral("changed");
    c.reasonText = QStringLiteral("the row changed on the target after the compare");
    c.syncTable = *st;
    QVERIFY(ConflictStore(*m_store).record(c).ok());

    m_editor = std::make_unique<ConflictEditor>();
    ConflictEditor* editor = m_editor.get();
    editor->setSource(m_store->path(), c.target);
    ConnectionSettings settings = *server;
    settings.database = db;
    editor->setTargetResolver([settings]() -> Result<ConnectionSettings> { return settings; });
    QStringList asked;
    editor->setConfirmation([&asked](const QString& title, const QString&, const QString&) {
        asked << title;
        return true;
    });
    QSignalSpy refreshed(editor, &ConflictEditor::refreshed);
    editor->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(editor->model()->openCount(), 1);
    QCOMPARE(editor->currentId(), c.id);

    // Source row, with the name typed by hand (a latin1 column: é is one byte).
    editor->takeSourceRow();
    ConflictFieldsModel* fields = editor->fieldsModel();
    const int name = fields->rowOf(QStringLiteral("name"));
    QVERIFY(fields->setData(
        fields->index(name, ConflictFieldsModel::ResultColumn), QStringLiteral("edité"), Qt::EditRole));
    QCOMPARE(editor->model()->decidedCount(), 1);

    QSignalSpy finished(editor, &ConflictEditor::jobFinished);
    editor->applyDecisions();
    // The runner panel lists the job.
    QVERIFY(JobsModel::instance()->index(0, JobsModel::TitleColumn).data().toString().startsWith(editor->tr("Conflict resolution")));
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
    QCOMPARE(asked, QStringList {editor->tr("Apply Conflict Decisions")});

    auto targetRowNow = [&]() {
        Result<QueryResult> r = (*conn)->query(
            QStringLiteral("SELECT HEX(name), qty, updated_at FROM %1 WHERE id = 1").arg(table).toUtf8());
        return r.ok() && r->rows.size() == 1 ? r->rows.first() : Row();
    };
    Row after = targetRowNow();
    QCOMPARE(after.size(), 3);
    QCOMPARE(*after.at(0), QByteArray("65646974E9")); // "edité" in latin1
    QCOMPARE(*after.at(1), QByteArray("7"));
    QCOMPARE(*after.at(2), QByteArray("2026-03-01 10:00:00.500000"));

    Result<StoredConflict> resolved = ConflictStore(*m_store).get(c.id);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->state, StoredConflict::State::Resolved);
    QCOMPARE(resolved->resolution, QStringLiteral("set"));
    QVERIFY(!resolved->resolutionBackupId.isEmpty());

    // The queue refreshed: nothing open; show resolved ones and undo.
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->openCount(), qint64(0), 10000);
    QVERIFY(editor->selectConflict(c.id));
    auto* undo = editor->findChild<QPushButton*>(QStringLiteral("undoResolutionButton"));
    QVERIFY(undo && undo->isEnabled());
    undo->click();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
    QCOMPARE(asked.size(), 2);

    after = targetRowNow();
    QCOMPARE(*after.at(0), QByteArray("6F6E20746172676574")); // "on target"
    QCOMPARE(*after.at(1), QByteArray("5"));
    Result<StoredConflict> reopened = ConflictStore(*m_store).get(c.id);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->state, StoredConflict::State::Open);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->openCount(), qint64(1), 10000);
    // The untouched row stayed as it was.
    Result<QueryResult> other
        = (*conn)->query(QStringLiteral("SELECT name FROM %1 WHERE id = 2").arg(table).toUtf8());
    QVERIFY(other.ok() && other->rows.size() == 1);
    QCOMPARE(*other->rows.first().first(), QByteArray("other"));
}

void TstConflictEditor::screenshot()
{
    recordSamples();
    ConflictEditor* editor = makeEditor();
    editor->selectConflict(editor->model()->conflict(0).id);
    ConflictFieldsModel* fields = editor->fieldsModel();
    fields->takeTarget(fields->rowOf(QStringLiteral("updated_at")));
    fields->setResultText(fields->rowOf(QStringLiteral("note")), QStringLiteral("checked by hand"));
    editor->model()->setChoice(1, ConflictChoice::target(editor->model()->conflict(1)));
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QApplication::processEvents();
    const QImage image = editor->grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = qEnvironmentVariable("SYNCSTUDIO_SCREENSHOT_DIR", QDir::tempPath())
        + QStringLiteral("/conflict-editor.png");
    QVERIFY(image.save(path));
}

QTEST_MAIN(TstConflictEditor)
#include "tst_conflicteditor.moc"

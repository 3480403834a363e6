// The Backup Points view over a private AppStore whose backup points the real core made against
// the dst sandbox: the model under QAbstractItemModelTester, sorting and filtering, the details of
// one backup point, the script export, and a rollback run from the view (confirmation dialogs
// answered by a timer, production name typed) that puts the target back byte for byte, checked
// with plain SQL.
#include "../integration/tst_applysupport.h"

#include "MainWindow.h"
#include "ProductionConfirmDialog.h"
#include "backups/BackupPointsModel.h"
#include "backups/BackupPointsProxy.h"
#include "backups/BackupPointsView.h"
#include "backups/RollbackConfirmDialog.h"
#include "jobs/Job.h"
#include "jobs/JobRunner.h"
#include "runner/JobsModel.h"
#include "schema/SchemaSync.h"
#include "secrets/MemorySecretStore.h"
#include "sync/Rollback.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace ApplyTest;

namespace {

const QString Ddl
    = QStringLiteral("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(40), qty INT) ENGINE=InnoDB;\n"
                     "CREATE TABLE notes (id INT PRIMARY KEY, body TEXT) ENGINE=InnoDB");
// 1..20 on the source; the target lacks 16..20, has 6..10 different and 101..103 of its own.
const QString Source
    = QStringLiteral("INSERT INTO items SELECT seq, CONCAT('item ', seq), seq FROM seq_1_to_20;\n"
                     "INSERT INTO notes SELECT seq, REPEAT('n', seq) FROM seq_1_to_5");
const QString Target
    = QStringLiteral("INSERT INTO items SELECT seq, CONCAT('item ', seq), seq FROM seq_1_to_15;\n"
                     "UPDATE items SET qty = -1 WHERE id BETWEEN 6 AND 10;\n"
                     "INSERT INTO items SELECT seq, 'target only', 0 FROM seq_101_to_103;\n"
                     "INSERT INTO notes SELECT seq, REPEAT('n', seq) FROM seq_1_to_3");

/// Saves a picture of `widget` when SYNCSTUDIO_SCREENSHOTS names a folder.
void screenshotOf(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SYNCSTUDIO_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name));
}

/// Answers the next `expected` modal dialogs from a timer, as a user would: the rollback
/// confirmation with its button (or Cancel), the production dialog by typing the profile name, the
/// password prompt with an empty password (the sandboxes' root has none).
void answerDialogs(const QString& typedName, bool accept, int* seen, int expected = 1)
{
    QTimer::singleShot(50, qApp, [typedName, accept, seen, expected] {
        QWidget* modal = QApplication::activeModalWidget();
        const int before = *seen;
        if (auto* confirm = qobject_cast<RollbackConfirmDialog*>(modal)) {
            ++*seen;
            screenshotOf(confirm, QStringLiteral("rollback-confirm.png"));
            if (*seen < expected)
                answerDialogs(typedName, accept, seen, expected);
            if (accept)
                confirm->confirmButton()->click();
            else
                confirm->reject();
            return;
        }
        if (auto* production = qobject_cast<ProductionConfirmDialog*>(modal)) {
            ++*seen;
            production->nameEdit()->setText(typedName);
            screenshotOf(production, QStringLiteral("rollback-confirm-production.png"));
            if (*seen < expected)
                answerDialogs(typedName, accept, seen, expected);
            production->confirmButton()->click();
            return;
        }
        if (auto* password = qobject_cast<QInputDialog*>(modal)) {
            ++*seen;
            QCOMPARE(password->objectName(), QStringLiteral("rollbackPasswordDialog"));
            QCOMPARE(password->textEchoMode(), QLineEdit::Password);
            password->setTextValue(QString());
            if (*seen < expected)
                answerDialogs(typedName, accept, seen, expected);
            password->accept();
            return;
        }
        if (*seen == before)
            answerDialogs(typedName, accept, seen, expected); // not shown yet
    });
}

} // namespace

class TstBackupPoints : public QObject
{
    Q_OBJECT

private slots:
    void modelListsBackupPoints();
    void proxyFiltersAndSorts_data();
    void proxyFiltersAndSorts();
    void detailsAndExport();
    void declinedRollbackChangesNothing();
    void rollbackFromViewRestoresTarget();
    void mainWindowShowsBackupPoints();
    void deletesExpiredBackupPoints();
    void schemaBackupPointRollsBackFromView();
    void asksForThePasswordWithoutKeychain();

private:
    /// Two tables synced on the dst sandbox by the real Applier; returns the backup point's id.
    QString syncFixture(Fixture& f, QString* itemsBefore, QString* notesBefore);
    bool addTargetProfile(Fixture& f, const QString& tag, bool hasPassword = false);
    void screenshot(QWidget* widget, const QString& name);
};

QString TstBackupPoints::syncFixture(Fixture& f, QString* itemsBefore, QString* notesBefore)
{
    if (!f.open() || !f.both(Ddl) || !Fixture::run(*f.srcConn, Source) || !Fixture::run(*f.dstConn, Target))
        return {};
    *itemsBefore = checksum(*f.dstConn, f.dst.name(), QStringLiteral("items"));
    *notesBefore = checksum(*f.dstConn, f.dst.name(), QStringLiteral("notes"));
    ChangePlan plan;
    for (const QString& t : {QStringLiteral("items"), QStringLiteral("notes")}) {
        Result<ChangePlan::Table> table = diff(*f.srcConn, *f.dstConn, f.src.name(), f.dst.name(), t);
        if (!table) {
            qWarning("%s", qPrintable(text(table.error())));
            return {};
        }
        plan.tables.append(*table);
    }
    Applier::Options options = quietOptions();
    options.source = QStringLiteral("test-src/") + f.src.name();
    options.target = QStringLiteral("test-dst/") + f.dst.name();
    Applier applier(f.target, *f.catalog, options);
    Result<Applier::Outcome> out = applier.run(plan);
    if (!out) {
        qWarning("%s", qPrintable(text(out.error())));
        return {};
    }
    if (checksum(*f.dstConn, f.dst.name(), QStringLiteral("items"))
        != checksum(*f.srcConn, f.src.name(), QStringLiteral("items")))
        return {};
    return applier.runId();
}

bool TstBackupPoints::addTargetProfile(Fixture& f, const QString& tag, bool hasPassword)
{
    Profile p;
    p.name = QStringLiteral("test-dst");
    p.host = f.target.host;
    p.port = f.target.port;
    p.socket = f.target.socket;
    p.user = f.target.user;
    p.tlsMode = f.target.tlsMode;
    p.tag = tag;
    p.hasPassword = hasPassword;
    return f.store->saveProfile(p).ok();
}

void TstBackupPoints::screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SYNCSTUDIO_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

void TstBackupPoints::modelListsBackupPoints()
{
    Fixture f(QStringLiteral("ss_bp_model"));
    QString items, notes;
    const QString id = syncFixture(f, &items, &notes);
    QVERIFY(!id.isEmpty());

    BackupPointsModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(BackupPointsModel::ColumnCount));
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(BackupPointsModel::IdRole).toString(), id);
    QCOMPARE(model.index(0, BackupPointsModel::TablesColumn).data().toString(), QStringLiteral("2"));
    // items: 5 inserted, 5 updated, 3 deleted; notes: 2 inserted.
    QCOMPARE(
        model.index(0, BackupPointsModel::RowsColumn).data(BackupPointsModel::SortRole).toLongLong(), 15);
    QCOMPARE(model.index(0, BackupPointsModel::SourceColumn).data().toString(),
        QStringLiteral("test-src/") + f.src.name());
    QCOMPARE(model.index(0, BackupPointsModel::StateColumn).data().toString(),
        BackupPointsModel::stateText(BackupInfo::State::Complete));
    QVERIFY(model.index(0, BackupPointsModel::SizeColumn).data(BackupPointsModel::SortRole).toLongLong() > 0);

    // A rollback adds a backup point of its own and marks the first one rolled back.
    Rollback rollback(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> r = rollback.run(id);
    QVERIFY2(r, qPrintable(r ? QString() : text(r.error())));
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex original = model.indexOf(id);
    QVERIFY(original.isValid());
    QCOMPARE(original.data(BackupPointsModel::StateRole).toInt(), int(BackupInfo::State::RolledBack));
    const QModelIndex mine = model.indexOf(r->rollbackId);
    QCOMPARE(mine.data(BackupPointsModel::KindRole).toString(), QStringLiteral("rollback"));

    // Past the retention: marked expired.
    QVERIFY(f.store->setValue(Setting::BackupRetentionDays, 1).ok());
    BackupInfo old = *f.catalog->get(id);
    old.created = QDateTime::currentDateTimeUtc().addDays(-3);
    QVERIFY(f.catalog->save(old).ok());
    QVERIFY(model.reload().ok());
    QVERIFY(model.isExpired(id));
    QVERIFY(model.indexOf(id)
                .siblingAtColumn(BackupPointsModel::StateColumn)
                .data()
                .toString()
                .contains(QStringLiteral("expired")));
}

void TstBackupPoints::proxyFiltersAndSorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << int(BackupPointsProxy::StateFilter::All) << 2;
    QTest::newRow("by table name") << QStringLiteral("NOTES") << int(BackupPointsProxy::StateFilter::All)
                                   << 1;
    QTest::newRow("by id prefix") << QStringLiteral("%id") << int(BackupPointsProxy::StateFilter::All) << 1;
    QTest::newRow("nothing matches") << QStringLiteral("no such thing")
                                     << int(BackupPointsProxy::StateFilter::All) << 0;
    QTest::newRow("not rolled back") << QString() << int(BackupPointsProxy::StateFilter::CanRollBack) << 1;
    QTest::newRow("rolled back") << QString() << int(BackupPointsProxy::StateFilter::RolledBack) << 1;
    QTest::newRow("expired") << QString() << int(BackupPointsProxy::StateFilter::Expired) << 0;
}

void TstBackupPoints::proxyFiltersAndSorts()
{
    QFETCH(QString, text);
    QFETCH(int, state);
    QFETCH(int, rows);
    // Made here rather than read from the sandbox: filtering is about the catalog, not the server.
    QTemporaryDir home;
    Result<std::unique_ptr<AppStore>> store = AppStore::open(home.filePath(QStringLiteral("s.db")));
    QVERIFY(store);
    BackupCatalog catalog(**store);
    Result<BackupInfo> a = catalog.create(
        QStringLiteral("sync"), {}, QStringLiteral("prod/shop"), QStringLiteral("stage/shop"));
    QVERIFY(a);
    a->state = BackupInfo::State::RolledBack;
    a->tables = {{QStringLiteral("shop.orders"), 1, 2, 3, 0}};
    a->inserted = 1;
    a->updated = 2;
    a->deleted = 3;
    a->sizeBytes = 9000;
    QVERIFY(catalog.save(*a).ok());
    Result<BackupInfo> b = catalog.create(
        QStringLiteral("sync"), {}, QStringLiteral("prod/shop"), QStringLiteral("stage/shop"));
    QVERIFY(b);
    b->state = BackupInfo::State::Complete;
    b->created = a->created.addSecs(60);
    b->tables = {{QStringLiteral("shop.notes"), 10, 0, 0, 0}};
    b->inserted = 10;
    b->sizeBytes = 100;
    QVERIFY(catalog.save(*b).ok());

    BackupPointsModel model(**store);
    QVERIFY(model.reload().ok());
    BackupPointsProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (text == QLatin1String("%id"))
        text = a->id.right(6);
    proxy.setText(text);
    proxy.setStateFilter(BackupPointsProxy::StateFilter(state));
    QCOMPARE(proxy.rowCount(), rows);

    // Sizes sort by bytes (9000 after 100), not as text.
    proxy.setText({});
    proxy.setStateFilter(BackupPointsProxy::StateFilter::All);
    proxy.sort(BackupPointsModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(BackupPointsModel::IdRole).toString(), b->id);
    proxy.sort(BackupPointsModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(BackupPointsModel::IdRole).toString(), b->id);
    proxy.sort(BackupPointsModel::RowsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(BackupPointsModel::IdRole).toString(), b->id);
}

void TstBackupPoints::detailsAndExport()
{
    Fixture f(QStringLiteral("ss_bp_details"));
    QString items, notes;
    const QString id = syncFixture(f, &items, &notes);
    QVERIFY(!id.isEmpty());
    MemorySecretStore secrets;
    BackupPointsView view(*f.store, secrets);
    view.resize(1100, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.currentId(), id);
    QCOMPARE(view.tablesTree()->topLevelItemCount(), 2);
    QList<QTreeWidgetItem*> found
        = view.tablesTree()->findItems(f.dst.name() + QStringLiteral(".items"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(1), QStringLiteral("5")); // inserted
    QCOMPARE(found.first()->text(2), QStringLiteral("5")); // updated
    QCOMPARE(found.first()->text(3), QStringLiteral("3")); // deleted
    QVERIFY(view.filesTree()->topLevelItemCount() >= 1);
    QTRY_VERIFY(!view.checkText().isEmpty());
    QVERIFY2(view.checkText().contains(QStringLiteral("intact")), qPrintable(view.checkText()));
    QVERIFY(view.rollBackAction()->isEnabled());
    screenshot(&view, QStringLiteral("backup-points.png"));

    // The exported script undoes the sync statement by statement.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("rollback.sql"));
    QSignalSpy exported(&view, &BackupPointsView::exportFinished);
    view.exportScriptTo(id, path);
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY(exported.first().at(1).toBool());
    QFile script(path);
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QByteArray sql = script.readAll();
    QVERIFY(sql.contains("DELETE"));
    QVERIFY(sql.contains("INSERT"));
    QVERIFY(sql.contains("UPDATE"));

    // A run that takes a new backup point shows up on refreshList(), without checking the
    // selected one's files again.
    const QString checked = view.checkText();
    QVERIFY(f.catalog->create(QStringLiteral("sync"), {}, QStringLiteral("a/x"), QStringLiteral("b/x")));
    view.refreshList();
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.currentId(), id);
    QCOMPARE(view.checkText(), checked);

    // A damaged file is reported and cannot be rolled back.
    QFile rows(f.catalog->fileOf(id));
    QVERIFY(rows.open(QIODevice::ReadWrite));
    rows.seek(rows.size() / 2);
    const QByteArray byte = rows.read(1);
    rows.seek(rows.size() / 2);
    rows.write(QByteArray(1, char(byte.at(0) ^ 0x5a)));
    rows.close();
    view.reload();
    QTRY_VERIFY(!view.checkText().isEmpty());
    QVERIFY2(!view.checkText().contains(QStringLiteral("intact")), qPrintable(view.checkText()));
    QVERIFY(!view.rollBackAction()->isEnabled());
}

void TstBackupPoints::declinedRollbackChangesNothing()
{
    Fixture f(QStringLiteral("ss_bp_decline"));
    QString items, notes;
    const QString id = syncFixture(f, &items, &notes);
    QVERIFY(!id.isEmpty());
    QVERIFY(addTargetProfile(f, {}));
    const QString synced = checksum(*f.dstConn, f.dst.name(), QStringLiteral("items"));
    MemorySecretStore secrets;
    BackupPointsView view(*f.store, secrets);
    view.show();
    QVERIFY(view.selectBackup(id));
    QTRY_VERIFY(!view.checkText().isEmpty());
    QSignalSpy started(&view, &BackupPointsView::jobStarted);
    int seen = 0;
    answerDialogs({}, false, &seen);
    view.rollBackAction()->trigger();
    QCOMPARE(seen, 1);
    QTest::qWait(200);
    QCOMPARE(started.size(), 0);
    QVERIFY(!view.isBusy());
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("items")), synced);
    QCOMPARE(f.catalog->get(id)->state, BackupInfo::State::Complete);
}

void TstBackupPoints::rollbackFromViewRestoresTarget()
{
    Fixture f(QStringLiteral("ss_bp_rollback"));
    QString items, notes;
    const QString id = syncFixture(f, &items, &notes);
    QVERIFY(!id.isEmpty());
    QVERIFY(checksum(*f.dstConn, f.dst.name(), QStringLiteral("items")) != items);
    // The recorded target "test-dst/<db>" names this profile, tagged production: its name is typed.
    QVERIFY(addTargetProfile(f, QStringLiteral("prod")));

    MemorySecretStore secrets;
    BackupPointsView view(*f.store, secrets);
    view.resize(1100, 560);
    view.show();
    QVERIFY(view.selectBackup(id));
    QTRY_VERIFY(!view.checkText().isEmpty());
    QVERIFY(view.rollBackAction()->isEnabled());

    QSignalSpy started(&view, &BackupPointsView::jobStarted);
    QSignalSpy finished(&view, &BackupPointsView::rollbackFinished);
    int seen = 0;
    answerDialogs(QStringLiteral("test-dst"), true, &seen, 2);
    view.rollBackAction()->trigger();
    QCOMPARE(seen, 2); // the changes, then the typed production name
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished.first().at(0).toString(), id);
    // The runner panel's model has it, finished.
    Job* job = started.first().at(0).value<Job*>();
    const int row = JobsModel::instance()->rowOf(job);
    QVERIFY(row >= 0);
    QTRY_COMPARE(JobsModel::instance()->entry(row).state, JobsModel::State::Succeeded);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(view.resultText()));
    QVERIFY(!view.isBusy());
    QVERIFY2(view.resultText().contains(QStringLiteral("Verified")), qPrintable(view.resultText()));

    // The target is byte for byte what it was before the sync.
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("items")), items);
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("notes")), notes);
    QCOMPARE(f.catalog->get(id)->state, BackupInfo::State::RolledBack);
    // The list shows it: rolled back, and the rollback's own backup point beside it.
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->indexOf(id).data(BackupPointsModel::StateRole).toInt(),
        int(BackupInfo::State::RolledBack));
    QVERIFY(!view.rollBackAction()->isEnabled());
    screenshot(&view, QStringLiteral("backup-points-rolled-back.png"));
}

void TstBackupPoints::mainWindowShowsBackupPoints()
{
    Fixture f(QStringLiteral("ss_bp_window"));
    QString items, notes;
    const QString id = syncFixture(f, &items, &notes);
    QVERIFY(!id.isEmpty());
    MemorySecretStore secrets;
    MainWindow window(*f.store, secrets);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Hidden at first; View ▸ Backup Points (Ctrl+Shift+B) shows it with the catalog read afresh.
    QVERIFY(!window.backupPointsDock()->isVisible());
    QCOMPARE(window.backupPointsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    window.backupPointsAction()->trigger();
    QTRY_VERIFY(window.backupPointsDock()->isVisible());
    QCOMPARE(window.backupPointsView()->model()->rowCount(), 1);
    QCOMPARE(window.backupPointsView()->currentId(), id);
    QTRY_VERIFY(!window.backupPointsView()->checkText().isEmpty());
    screenshot(&window, QStringLiteral("main-window-backup-points.png"));

    // Its place is part of the window state: open again, it is still shown.
    QVERIFY(window.close());
    MainWindow again(*f.store, secrets);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.backupPointsDock()->isVisible());
}

void TstBackupPoints::deletesExpiredBackupPoints()
{
    QTemporaryDir home;
    Result<std::unique_ptr<AppStore>> store = AppStore::open(home.filePath(QStringLiteral("s.db")));
    QVERIFY(store);
    QVERIFY((*store)->setValue(Setting::BackupRetentionDays, 10).ok());
    BackupCatalog catalog(**store);
    QStringList ids;
    for (int age : {1, 20, 40}) {
        Result<BackupInfo> b
            = catalog.create(QStringLiteral("sync"), {}, QStringLiteral("a/x"), QStringLiteral("b/x"));
        QVERIFY(b);
        b->state = BackupInfo::State::Complete;
        b->created = QDateTime::currentDateTimeUtc().addDays(-age);
        QVERIFY(catalog.save(*b).ok());
        ids << b->id;
    }
    MemorySecretStore secrets;
    BackupPointsView view(**store, secrets);
    view.show();
    QVERIFY(view.deleteExpiredAction()->isVisible());
    QVERIFY(view.deleteExpiredAction()->text().contains(QStringLiteral("2")));
    auto buttonOf = [&view](QAction* action) -> QWidget* {
        for (QToolButton* b : view.findChildren<QToolButton*>()) {
            if (b->defaultAction() == action)
                return b;
        }
        return nullptr;
    };
    QVERIFY(buttonOf(view.deleteExpiredAction()) && buttonOf(view.deleteExpiredAction())->isVisible());
    QTimer::singleShot(50, &view, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("confirmDeleteExpiredBox"));
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    view.deleteExpiredAction()->trigger();
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, 0).data(BackupPointsModel::IdRole).toString(), ids.first());
    QVERIFY(!QFileInfo::exists(catalog.folderOf(ids.at(1))));
    QVERIFY(!view.deleteExpiredAction()->isVisible());
    QVERIFY(!buttonOf(view.deleteExpiredAction())->isVisible());
}

void TstBackupPoints::schemaBackupPointRollsBackFromView()
{
    // A schema sync that drops a column (its values saved in the backup point), undone from the view.
    Fixture f(QStringLiteral("ss_bp_schema"));
    QVERIFY(f.open());
    QVERIFY(Fixture::run(*f.srcConn, QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY, v VARCHAR(10))")));
    QVERIFY(Fixture::run(*f.dstConn,
        QStringLiteral("CREATE TABLE a (id INT PRIMARY KEY, v VARCHAR(10), gone INT);\n"
                       "INSERT INTO a VALUES (1, 'one', 11), (2, 'two', 22)")));
    SchemaSync::Options options;
    options.allowDrop = true;
    options.storePath = f.store->path();
    options.sourceLabel = QStringLiteral("test-src/") + f.src.name();
    options.targetLabel = QStringLiteral("test-dst/") + f.dst.name();
    Result<ConnectionSettings> source = TestSupport::server(QStringLiteral("src"));
    QVERIFY(source);
    source->database = f.src.name();
    ConnectionSettings target = f.target;
    target.database = f.dst.name();
    SchemaSync sync(*source, target, options);
    QVERIFY(sync.prepare().ok());
    QVERIFY(JobRunner::runBlocking(sync).ok());
    const QString id = sync.report().backupId;
    QVERIFY(!id.isEmpty());
    QCOMPARE(count(*f.dstConn,
                 QStringLiteral("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '%1' "
                                "AND COLUMN_NAME = 'gone'")
                     .arg(f.dst.name())),
        0);
    QVERIFY(addTargetProfile(f, {}));

    MemorySecretStore secrets;
    BackupPointsView view(*f.store, secrets);
    view.show();
    QVERIFY(view.selectBackup(id));
    QCOMPARE(
        view.model()->indexOf(id).data(BackupPointsModel::KindRole).toString(), QStringLiteral("schema"));
    QTRY_VERIFY(!view.checkText().isEmpty());
    QVERIFY2(view.checkText().contains(QStringLiteral("intact")), qPrintable(view.checkText()));
    QVERIFY(!view.exportAction()->isEnabled()); // definitions, not rows: no row script
    QSignalSpy finished(&view, &BackupPointsView::rollbackFinished);
    int seen = 0;
    answerDialogs({}, true, &seen);
    view.rollBackAction()->trigger();
    QCOMPARE(seen, 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(view.resultText()));
    QVERIFY2(view.resultText().contains(QStringLiteral("Verified")), qPrintable(view.resultText()));
    // The column and its values are back.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT SUM(gone) FROM %1.a").arg(f.dst.name())), 33);
    QCOMPARE(f.catalog->get(id)->state, BackupInfo::State::RolledBack);
}

void TstBackupPoints::asksForThePasswordWithoutKeychain()
{
    Fixture f(QStringLiteral("ss_bp_password"));
    QString items, notes;
    const QString id = syncFixture(f, &items, &notes);
    QVERIFY(!id.isEmpty());
    // The profile has a stored password, but no keychain answers: the view asks for it.
    QVERIFY(addTargetProfile(f, {}, true));
    MemorySecretStore secrets;
    secrets.setReachable(false);
    BackupPointsView view(*f.store, secrets);
    view.show();
    QVERIFY(view.selectBackup(id));
    QTRY_VERIFY(!view.checkText().isEmpty());
    QSignalSpy finished(&view, &BackupPointsView::rollbackFinished);
    int seen = 0;
    answerDialogs({}, true, &seen, 2);
    view.rollBackAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(seen, 2, 20000); // the confirmation, then the password
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(view.resultText()));
    QCOMPARE(checksum(*f.dstConn, f.dst.name(), QStringLiteral("items")), items);
}

QTEST_MAIN(TstBackupPoints)
#include "tst_backuppoints.moc"

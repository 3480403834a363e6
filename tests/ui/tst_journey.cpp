// The DBA's journey through the real main window, against two sandbox servers and the session's
// real keychain: two profiles made in the profile dialog, a comparison started on the welcome page,
// a differing row inspected in the Data view, one row left out, a sync in which a row changed on the
// target after the compare becomes a conflict, that conflict resolved in the Conflicts view, and
// everything undone again until the target holds exactly its rows from before the sync.
#include "ComparisonWorkspace.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfilesModel.h"
#include "ProjectTab.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "compare/DiffStore.h"
#include "conflicts/ConflictEditor.h"
#include "conflicts/ConflictFieldsModel.h"
#include "conflicts/ConflictsModel.h"
#include "backups/BackupPointsView.h"
#include "data/DataDiffView.h"
#include "data/DiffRowModel.h"
#include "data/DiffTablesModel.h"
#include "data/RowDetailPane.h"
#include "data/SideBySideGrid.h"
#include "db/Sql.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AppStore.h"
#include "sync/ConflictStore.h"
#include "sync/ProjectSync.h"
#include "sync/SyncConfirmDialog.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using UiTestSupport::acceptNextMessage;
using UiTestSupport::closeMessages;
using UiTestSupport::itemsDigest;
using UiTestSupport::whenModal;

namespace {

constexpr int JobTimeoutMs = 60000;

} // namespace

class TstJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void compareSyncResolveAndRollBack();

private:
    /// Fills the profile dialog the New Profile action opens, saves it, and returns the profile.
    Profile createProfile(MainWindow& window, const QString& name, const QString& tag,
        const ConnectionSettings& server, const QString& database);
    bool exec(Connection& conn, const QString& sql);

    std::unique_ptr<Connection> m_src;
    std::unique_ptr<Connection> m_dst;
    ConnectionSettings m_srcServer;
    ConnectionSettings m_dstServer;
    QString m_sourceDb;
    QString m_targetDb;
    std::unique_ptr<QTemporaryDir> m_home;
};

bool TstJourney::exec(Connection& conn, const QString& sql)
{
    const Status done = conn.execute(sql.toUtf8());
    if (!done)
        qWarning("%s: %s", qPrintable(sql), qPrintable(done.error().toString()));
    return done.ok();
}

void TstJourney::initTestCase()
{
    for (const QString& name : {QStringLiteral("src"), QStringLiteral("dst")}) {
        Result<ConnectionSettings> server = TestSupport::server(name);
        QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().toString()));
        Result<std::unique_ptr<Connection>> root = TestSupport::connect(name);
        QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().toString()));
        (name == QLatin1String("src") ? m_srcServer : m_dstServer) = *server;
        (name == QLatin1String("src") ? m_src : m_dst) = std::move(root.value());
    }
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SYNCSTUDIO_HOME", m_home->path().toUtf8());
    qunsetenv("SYNCSTUDIO_PASSWORD");

    // Source: items 1..20. Target: 1..15 with other quantities for 2, 4 and 6, and two rows of its
    // own, 100 and 101.
    m_sourceDb = TestSupport::uniqueName(QStringLiteral("journey_src"));
    m_targetDb = TestSupport::uniqueName(QStringLiteral("journey_dst"));
    const QString table = QStringLiteral("CREATE TABLE %1.items (id int NOT NULL, name varchar(40) NOT NULL, qty int "
                                         "DEFAULT NULL, PRIMARY KEY (id)) ENGINE=InnoDB");
    const QString s = Sql::quoteIdentifier(m_sourceDb);
    const QString t = Sql::quoteIdentifier(m_targetDb);
    QStringList srcRows, dstRows;
    for (int id = 1; id <= 20; ++id) {
        srcRows << QStringLiteral("(%1, 'item %1', %2)").arg(id).arg(id * 10);
        if (id <= 15)
            dstRows << QStringLiteral("(%1, 'item %1', %2)").arg(id).arg(id % 2 == 0 && id <= 6 ? id * 10 + 1 : id * 10);
    }
    dstRows << QStringLiteral("(100, 'stray 100', NULL)") << QStringLiteral("(101, 'stray 101', 7)");
    QVERIFY(exec(*m_src, QStringLiteral("CREATE DATABASE %1").arg(s)));
    QVERIFY(exec(*m_src, table.arg(s)));
    QVERIFY(exec(*m_src, QStringLiteral("INSERT INTO %1.items VALUES %2").arg(s, srcRows.join(QStringLiteral(", ")))));
    QVERIFY(exec(*m_dst, QStringLiteral("CREATE DATABASE %1").arg(t)));
    QVERIFY(exec(*m_dst, table.arg(t)));
    QVERIFY(exec(*m_dst, QStringLiteral("INSERT INTO %1.items VALUES %2").arg(t, dstRows.join(QStringLiteral(", ")))));
}

void TstJourney::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
    if (m_src && !m_sourceDb.isEmpty())
        exec(*m_src, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_sourceDb)));
    if (m_dst && !m_targetDb.isEmpty())
        exec(*m_dst, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_targetDb)));
    m_home.reset();
}

Profile TstJourney::createProfile(MainWindow& window, const QString& name, const QString& tag,
    const ConnectionSettings& server, const QString& database)
{
    const int before = window.profilesModel()->rowCount();
    window.newProfileAction()->trigger();
    ProfileDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window.findChild<ProfileDialog*>()) && dialog->isVisible(); }, 5000)) {
        qWarning("the profile dialog did not open");
        return {};
    }
    auto field = [dialog](const char* objectName) {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(objectName));
        if (!edit)
            qWarning("no %s in the profile dialog", objectName);
        return edit;
    };
    QTest::keyClicks(field("nameEdit"), name);
    auto* tagCombo = dialog->findChild<QComboBox*>(QStringLiteral("tagCombo"));
    tagCombo->setCurrentIndex(tagCombo->findData(tag));
    field("hostEdit")->clear();
    QTest::keyClicks(field("hostEdit"), server.host);
    dialog->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(int(server.port));
    field("userEdit")->clear();
    QTest::keyClicks(field("userEdit"), server.user);
    if (!field("passwordEdit")->text().isEmpty()) {
        qWarning("a new profile's password is not empty");
        return {};
    }
    QTest::keyClicks(field("databaseEdit"), database);
    auto* tls = dialog->findChild<QComboBox*>(QStringLiteral("tlsModeCombo"));
    tls->setCurrentIndex(tls->findData(int(TlsMode::Disabled)));

    QSignalSpy saved(dialog, &ProfileDialog::profileSaved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    if (!saved.wait(20000)) {
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorText"));
        qWarning("the profile was not saved: %s", error ? qPrintable(error->text()) : "");
        return {};
    }
    const Profile profile = saved.first().first().value<Profile>();
    // The dialog closed, and the sidebar lists the new profile.
    if (!QTest::qWaitFor([&] { return window.findChild<ProfileDialog*>() == nullptr; }, 5000)) {
        qWarning("the profile dialog stayed open after Save");
        return {};
    }
    if (window.profilesModel()->rowCount() != before + 1) {
        qWarning("the profiles list did not grow");
        return {};
    }
    return profile;
}

void TstJourney::compareSyncResolveAndRollBack()
{
    QElapsedTimer clock;
    clock.start();
    const QString t = Sql::quoteIdentifier(m_targetDb);
    Result<std::unique_ptr<AppStore>> opened = AppStore::open();
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    std::unique_ptr<AppStore> store = std::move(*opened);
    KeychainSecretStore keychain(KeychainSecretStore::defaultService() + QStringLiteral("-journey"));
    MainWindow window(*store, keychain);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // 1. Two profiles through the profile dialog; the keychain keeps their (empty) passwords.
    const Profile source = createProfile(window, QStringLiteral("journey-source"), QStringLiteral("dev"), m_srcServer, m_sourceDb);
    QVERIFY(source.id > 0);
    const Profile target = createProfile(window, QStringLiteral("journey-target"), QStringLiteral("staging"), m_dstServer, m_targetDb);
    QVERIFY(target.id > 0);
    QCOMPARE(window.profilesModel()->rowCount(), 2);
    {
        Result<QList<Profile>> all = store->profiles();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).host, m_srcServer.host);
        QCOMPARE(all->at(1).database, m_targetDb);
        QVERIFY(!all->at(0).hasPassword);
    }

    // 2. The welcome page sets up the pair; Compare opens the project tab and compares.
    window.newComparisonAction()->trigger();
    ComparisonWorkspace* workspace = window.workspace();
    workspace->setSourceProfile(source.id);
    workspace->setTargetProfile(target.id);
    QTRY_VERIFY2_WITH_TIMEOUT(workspace->canCompare(), qPrintable(workspace->compareHint()), 10000);
    QCOMPARE(workspace->sourceDatabase(), m_sourceDb);
    QCOMPARE(workspace->targetDatabase(), m_targetDb);
    QTest::mouseClick(workspace->findChild<QPushButton*>(QStringLiteral("workspaceCompareButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentProjectTab() != nullptr, 5000);
    ProjectTab* tab = window.currentProjectTab();
    QCOMPARE(tab->project().source, QStringLiteral("journey-source/") + m_sourceDb);
    QCOMPARE(tab->project().target, QStringLiteral("journey-target/") + m_targetDb);
    QTRY_VERIFY2_WITH_TIMEOUT(!tab->isBusy() && tab->syncState().enabled, qPrintable(tab->syncState().reason), JobTimeoutMs);
    QVERIFY(window.syncAction()->isEnabled());

    // 3. The Data view lists the table with its counts; the DBA opens it and selects row 6.
    tab->showSubView(ProjectTab::SubView::Data);
    auto* data = qobject_cast<DataDiffView*>(tab->dataView());
    QVERIFY(data && data->selection());
    QCOMPARE(data->tablesModel()->rowCount(), 1);
    QVERIFY(data->showTable(m_sourceDb + QStringLiteral(".items")));
    const DiffTableInfo items = data->currentTable();
    QCOMPARE(items.onlyInSource, 5);
    QCOMPARE(items.onlyInTarget, 2);
    QCOMPARE(items.different, 3);
    DiffRowModel* rows = data->rowModel();
    QCOMPARE(rows->rowCount(), 10);
    auto rowOfKey = [rows](const QByteArray& id) {
        for (int r = 0; r < rows->rowCount(); ++r) {
            const DiffGridRow* g = rows->rowAt(r);
            if (g && g->key.value(0) == id)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOfKey("6") >= 0 && rowOfKey("100") >= 0, 10000);
    data->setDetailVisible(true);
    data->grid()->selectRow(rowOfKey("6"));
    RowDetailPane* detail = data->detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(detail->hasRow() && detail->row().key.value(0) == QByteArray("6"), 10000);
    QCOMPARE(detail->row().kind, DiffRow::Kind::Different);
    QTableWidget* fields = detail->columnList();
    QCOMPARE(fields->rowCount(), 3);
    QCOMPARE(fields->item(2, 0)->text(), QStringLiteral("qty"));
    QCOMPARE(fields->item(2, 1)->text(), QStringLiteral("60"));
    QCOMPARE(fields->item(2, 2)->text(), QStringLiteral("61"));
    QCOMPARE(fields->item(1, 1)->text(), QStringLiteral("item 6"));
    QCOMPARE(detail->currentColumn(), 2); // the differing column is shown first

    // 4. Row 100, only on the target, is unticked: the sync must keep it.
    const QModelIndex include = rows->index(rowOfKey("100"), DiffRowModel::IncludeColumn);
    QCOMPARE(include.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(data->grid()->sourceView()->model()->setData(include, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(include.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(rows->excludedCount(), 1);

    // 5. Someone changes row 2 on the target after the compare saw it.
    QVERIFY(exec(*m_dst, QStringLiteral("UPDATE %1.items SET qty = 999 WHERE id = 2").arg(t)));
    const QByteArray beforeSync = itemsDigest(*m_dst, m_targetDb);
    QVERIFY(!beforeSync.startsWith("error"));

    // 6. Sync, with the plan confirmed: 5 inserts, 3 updates planned, 1 delete.
    QString planText;
    auto confirmed = whenModal<SyncConfirmDialog>(this, [&](SyncConfirmDialog* dialog) {
        for (int c = 0; c < dialog->tablesView()->columnCount(); ++c)
            planText += dialog->tablesView()->item(0, c)->text() + QLatin1Char('|');
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
    });
    window.syncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->rowSync()->lastRunId().isEmpty() && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*confirmed);
    QVERIFY2(planText.contains(QStringLiteral("|5|3|1|")), qPrintable(planText));
    const SyncReport report = tab->rowSync()->lastReport();
    QCOMPARE(report.applied.inserted, 5);
    QCOMPARE(report.applied.updated, 2);
    QCOMPARE(report.applied.deleted, 1);
    QCOMPARE(report.conflicts(), 1);
    QVERIFY(!report.backupId.isEmpty());
    // The target equals the source but for the row left out and the conflicted row, which keeps the
    // other writer's value.
    QCOMPARE(itemsDigest(*m_dst, m_targetDb, QStringLiteral("id NOT IN (2, 100)")),
        itemsDigest(*m_src, m_sourceDb, QStringLiteral("id <> 2")));
    {
        Result<QueryResult> r = m_dst->query(QStringLiteral("SELECT id, qty FROM %1.items WHERE id IN (2, 100) ORDER BY id").arg(t).toUtf8());
        QVERIFY(r.ok() && r->rows.size() == 2);
        QCOMPARE(r->rows.at(0).at(1).value_or(QByteArray()), QByteArray("999"));
        QVERIFY(!r->rows.at(1).at(1).has_value());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->syncState().enabled, JobTimeoutMs);
    closeMessages(tab);
    // The Backup Points view lists the sync's backup point.
    window.backupPointsView()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(window.backupPointsView()->selectBackup(report.backupId), 10000);

    // 7. The Conflicts view holds the conflict; the DBA takes the source row and applies it.
    QCOMPARE(tab->subViews()->currentIndex(), int(ProjectTab::SubView::Conflicts));
    auto* editor = tab->findChild<ConflictEditor*>(QStringLiteral("conflictEditor"));
    QVERIFY(editor);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->openCount(), qint64(1), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(tab->subViews()->tabText(int(ProjectTab::SubView::Conflicts)), tab->tr("Conflicts (%1)").arg(1), 10000);
    const qint64 conflictId = editor->currentId();
    QVERIFY(conflictId > 0);
    ConflictFieldsModel* result = editor->fieldsModel();
    const int qty = result->rowOf(QStringLiteral("qty"));
    QVERIFY(qty >= 0);
    QCOMPARE(result->index(qty, ConflictFieldsModel::SourceColumn).data().toString(), QStringLiteral("20"));
    QCOMPARE(result->index(qty, ConflictFieldsModel::TargetColumn).data().toString(), QStringLiteral("999"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("takeSourceRowButton")), Qt::LeftButton);
    QCOMPARE(result->index(qty, ConflictFieldsModel::ResultColumn).data().toString(), QStringLiteral("20"));
    QCOMPARE(editor->model()->decidedCount(), 1);
    QString applyQuestion;
    auto applyAsked = acceptNextMessage(this, QStringLiteral("confirmWriteBox"), &applyQuestion);
    QSignalSpy resolved(editor, &ConflictEditor::jobFinished);
    auto* apply = editor->findChild<QPushButton*>(QStringLiteral("applyDecisionsButton"));
    QVERIFY(apply && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(resolved.wait(JobTimeoutMs));
    QVERIFY(*applyAsked);
    QVERIFY2(applyQuestion.contains(QStringLiteral("1 row(s) are written")), qPrintable(applyQuestion));
    QVERIFY2(resolved.last().first().toBool(), qPrintable(resolved.last().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->openCount(), qint64(0), 10000);
    {
        Result<StoredConflict> c = ConflictStore(*store).get(conflictId);
        QVERIFY(c.ok());
        QCOMPARE(c->state, StoredConflict::State::Resolved);
        QVERIFY(!c->resolutionBackupId.isEmpty());
    }
    // Plain SQL: row 2 is the source's now, and the target equals the source but for row 100.
    {
        Result<QueryResult> r = m_dst->query(QStringLiteral("SELECT name, qty FROM %1.items WHERE id = 2").arg(t).toUtf8());
        QVERIFY(r.ok() && r->rows.size() == 1);
        QCOMPARE(r->rows.at(0).at(0).value_or(QByteArray()), QByteArray("item 2"));
        QCOMPARE(r->rows.at(0).at(1).value_or(QByteArray()), QByteArray("20"));
    }
    QCOMPARE(itemsDigest(*m_dst, m_targetDb, QStringLiteral("id <> 100")), itemsDigest(*m_src, m_sourceDb));
    closeMessages(tab);

    // 8. Everything undone, newest first: the resolution through its backup point, then the sync
    // through the tab's Rollback action. The target is then byte for byte what it was.
    QVERIFY(editor->selectConflict(conflictId));
    auto* undo = editor->findChild<QPushButton*>(QStringLiteral("undoResolutionButton"));
    QVERIFY(undo && undo->isEnabled());
    auto undoAsked = acceptNextMessage(this, QStringLiteral("confirmWriteBox"));
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(resolved.wait(JobTimeoutMs));
    QVERIFY(*undoAsked);
    QVERIFY2(resolved.last().first().toBool(), qPrintable(resolved.last().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->openCount(), qint64(1), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), JobTimeoutMs);

    closeMessages(tab);
    QVERIFY2(tab->rollbackState().enabled, qPrintable(tab->rollbackState().reason));
    QString rollbackQuestion;
    auto rollbackAsked = acceptNextMessage(this, QStringLiteral("confirmRowWriteBox"), &rollbackQuestion);
    QSignalSpy rolledBack(tab->rowSync(), &ProjectSync::finished);
    window.rollbackAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(rolledBack.count() == 1 && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*rollbackAsked);
    QVERIFY2(rollbackQuestion.contains(QStringLiteral("remove 5 row(s)")), qPrintable(rollbackQuestion));
    const Rollback::Report& undone = tab->rowSync()->lastRollbackReport();
    QVERIFY(undone.verified);
    QCOMPARE(undone.rowsDiffering, 0);
    QCOMPARE(itemsDigest(*m_dst, m_targetDb), beforeSync);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->syncState().enabled, JobTimeoutMs);
    closeMessages(tab);
    qInfo("journey took %lld ms", clock.elapsed());
}

QTEST_MAIN(TstJourney)
#include "tst_journey.moc"

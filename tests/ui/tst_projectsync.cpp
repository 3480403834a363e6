// The row sync journey through the real main window and two sandbox servers: compare, untick a
// row, sync with the plan confirmed, verify, roll back; and a row changed on the target between
// compare and sync, which becomes a conflict instead of being overwritten.
#include "LogView.h"
#include "MainWindow.h"
#include "ProductionConfirmDialog.h"
#include "ProjectTab.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "runner/JobsModel.h"
#include "compare/DiffStore.h"
#include "data/DataDiffView.h"
#include "db/Sql.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"
#include "store/SyncProject.h"
#include "sync/ProjectSync.h"
#include "sync/SyncConfirmDialog.h"
#include "sync/SqlPreviewDialog.h"
#include "sync/SyncSelection.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using UiTestSupport::closeMessages;
using UiTestSupport::whenModal;

namespace {

constexpr int JobTimeoutMs = 90000;

void savePicture(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SYNCSTUDIO_SHOTS", QDir::tempPath());
    widget->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TstProjectSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void syncsTickedRowsVerifiesAndRollsBack();
    void rowChangedAfterCompareBecomesConflict();
    void previewShowsTheSqlAndChangesNothing();
    void changedOptionsPlanAgain();
    void productionTargetAsksForItsName();
    void cancelStopsBetweenBatches();

private:
    /// Creates a source database on "src" and a target on "dst" with differing rows.
    void makePair(const QString& tag, const QString& targetTag = QStringLiteral("staging"));
    ProjectTab* openAndCompare(MainWindow& window);
    /// The row count and a hash of every row's bytes in key order.
    QByteArray digest(Connection& conn, const QString& db);

    std::unique_ptr<Connection> m_src;
    std::unique_ptr<Connection> m_dst;
    ConnectionSettings m_srcServer;
    ConnectionSettings m_dstServer;
    QStringList m_srcDbs;
    QStringList m_dstDbs;
    QString m_sourceDb;
    QString m_targetDb;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TstProjectSync::initTestCase()
{
    for (const QString& name : {QStringLiteral("src"), QStringLiteral("dst")}) {
        Result<ConnectionSettings> server = TestSupport::server(name);
        QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().toString()));
        Result<std::unique_ptr<Connection>> root = TestSupport::connect(name);
        QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().toString()));
        if (name == QLatin1String("src")) {
            m_srcServer = *server;
            m_src = std::move(root.value());
        } else {
            m_dstServer = *server;
            m_dst = std::move(root.value());
        }
    }
}

void TstProjectSync::cleanupTestCase()
{
    for (const QString& db : std::as_const(m_srcDbs))
        (void)m_src->execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(db)).toUtf8());
    for (const QString& db : std::as_const(m_dstDbs))
        (void)m_dst->execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(db)).toUtf8());
}

void TstProjectSync::makePair(const QString& tag, const QString& targetTag)
{
    m_sourceDb = TestSupport::uniqueName(QStringLiteral("ps_src_") + tag);
    m_targetDb = TestSupport::uniqueName(QStringLiteral("ps_dst_") + tag);
    m_srcDbs << m_sourceDb;
    m_dstDbs << m_targetDb;
    const QString table = QStringLiteral("CREATE TABLE %1.items (id int NOT NULL, name varchar(40) NOT NULL, qty int "
                                         "DEFAULT NULL, PRIMARY KEY (id)) ENGINE=InnoDB");
    const QString s = Sql::quoteIdentifier(m_sourceDb);
    const QString t = Sql::quoteIdentifier(m_targetDb);
    QStringList source {QStringLiteral("CREATE DATABASE %1").arg(s), table.arg(s)};
    QStringList target {QStringLiteral("CREATE DATABASE %1").arg(t), table.arg(t)};
    QStringList srcRows, dstRows;
    for (int id = 1; id <= 20; ++id) {
        srcRows << QStringLiteral("(%1, 'item %1', %2)").arg(id).arg(id * 10);
        // The target lacks 16..20 and has other quantities for 2, 4 and 6.
        if (id <= 15)
            dstRows << QStringLiteral("(%1, 'item %1', %2)").arg(id).arg(id % 2 == 0 && id <= 6 ? id * 10 + 1 : id * 10);
    }
    // Rows only the target has: 100 is unticked (kept), 101 is deleted.
    dstRows << QStringLiteral("(100, 'stray 100', NULL)") << QStringLiteral("(101, 'stray 101', 7)");
    source << QStringLiteral("INSERT INTO %1.items VALUES %2").arg(s, srcRows.join(QStringLiteral(", ")));
    target << QStringLiteral("INSERT INTO %1.items VALUES %2").arg(t, dstRows.join(QStringLiteral(", ")));
    for (const QString& sql : source) {
        const Status done = m_src->execute(sql.toUtf8());
        QVERIFY2(done.ok(), qPrintable(sql + QStringLiteral(": ") + (done.ok() ? QString() : done.error().toString())));
    }
    for (const QString& sql : target) {
        const Status done = m_dst->execute(sql.toUtf8());
        QVERIFY2(done.ok(), qPrintable(sql + QStringLiteral(": ") + (done.ok() ? QString() : done.error().toString())));
    }

    ProfileService service(*m_store, *m_secrets);
    Profile source_;
    source_.name = QStringLiteral("ps-source");
    source_.tag = QStringLiteral("dev");
    source_.host = m_srcServer.host;
    source_.port = m_srcServer.port;
    source_.user = m_srcServer.user;
    source_.tlsMode = TlsMode::Disabled;
    QVERIFY(service.saveProfileWithPassword(source_, m_srcServer.password).ok());
    Profile target_ = source_;
    target_.id = 0;
    target_.name = QStringLiteral("ps-target");
    target_.tag = targetTag;
    target_.host = m_dstServer.host;
    target_.port = m_dstServer.port;
    target_.user = m_dstServer.user;
    QVERIFY(service.saveProfileWithPassword(target_, m_dstServer.password).ok());
}

QByteArray TstProjectSync::digest(Connection& conn, const QString& db)
{
    return UiTestSupport::itemsDigest(conn, db);
}

void TstProjectSync::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SYNCSTUDIO_HOME", m_home->path().toUtf8());
    qunsetenv("SYNCSTUDIO_PASSWORD");
    Result<std::unique_ptr<AppStore>> store = AppStore::open();
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(store.value());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TstProjectSync::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_secrets.reset();
    m_store.reset();
    m_home.reset();
}

ProjectTab* TstProjectSync::openAndCompare(MainWindow& window)
{
    SyncProject project;
    project.source = QStringLiteral("ps-source/") + m_sourceDb;
    project.target = QStringLiteral("ps-target/") + m_targetDb;
    ProjectTab* tab = window.openProject(project, {}, true);
    if (!QTest::qWaitFor([tab] { return !tab->isBusy() && tab->syncState().enabled; }, JobTimeoutMs))
        qWarning("the compare did not finish: %s", qPrintable(tab->syncState().reason));
    return tab;
}

void TstProjectSync::syncsTickedRowsVerifiesAndRollsBack()
{
    makePair(QStringLiteral("ok"));
    MainWindow window(*m_store, *m_secrets);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectTab* tab = openAndCompare(window);
    QVERIFY2(tab->syncState().enabled, qPrintable(tab->syncState().reason));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionSync"))->isEnabled());
    QVERIFY(!tab->verifyState().enabled);
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionSync"))->shortcut(), QKeySequence(Qt::Key_F7));
    const QByteArray before = digest(*m_dst, m_targetDb);

    // Untick the row only the target has with id 100: the sync must keep it.
    auto* rows = qobject_cast<DataDiffView*>(tab->dataView());
    QVERIFY(rows && rows->selection());
    {
        Result<std::unique_ptr<DiffStore>> store = DiffStore::open(rows->resultsPath());
        QVERIFY(store.ok());
        Result<QList<DiffTableInfo>> tables = (*store)->tables();
        QVERIFY(tables.ok() && tables->size() == 1);
        const DiffTableInfo items = tables->first();
        QCOMPARE(items.onlyInSource, 5);
        QCOMPARE(items.onlyInTarget, 2);
        QCOMPARE(items.different, 3);
        Result<QList<DiffRow>> diff = (*store)->rows(items.id, {}, 100, DiffRow::Kind::OnlyInTarget);
        QVERIFY(diff.ok());
        bool unticked = false;
        for (const DiffRow& r : *diff) {
            if (r.key.value(0) == QByteArray("100")) {
                QVERIFY(rows->selection()->setRowIncluded(items.id, r.sortKey, false).ok());
                unticked = true;
            }
        }
        QVERIFY(unticked);
    }

    // The plan as confirmed: 5 inserts, 3 updates, 1 delete, one row left out.
    int planRows = -1;
    QString planText;
    auto confirmed = whenModal<SyncConfirmDialog>(this, [&](SyncConfirmDialog* dialog) {
        planRows = dialog->tablesView()->rowCount();
        for (int c = 0; c < dialog->tablesView()->columnCount(); ++c)
            planText += dialog->tablesView()->item(0, c)->text() + QLatin1Char('|');
        QVERIFY(dialog->deletesBox()->isChecked());
        QCOMPARE(dialog->policyBox()->currentData().toString(), QStringLiteral("source-wins"));
        savePicture(dialog, QStringLiteral("projectsync-confirm.png"));
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
    });
    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->rowSync()->lastRunId().isEmpty() && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*confirmed);
    QCOMPARE(planRows, 1);
    QVERIFY2(planText.contains(QStringLiteral("|5|3|1|")), qPrintable(planText));
    const SyncReport& report = tab->rowSync()->lastReport();
    QCOMPARE(report.applied.inserted, 5);
    QCOMPARE(report.applied.updated, 3);
    QCOMPARE(report.applied.deleted, 1);
    QCOMPARE(report.conflicts(), 0);
    QVERIFY(!report.backupId.isEmpty());
    QCOMPARE(tab->rowSync()->lastBackupId(), report.backupId);
    // The runner panel lists the sync with its outcome.
    {
        JobsModel* jobs = JobsModel::instance();
        bool listed = false;
        for (int row = 0; row < jobs->rowCount(); ++row) {
            const QModelIndex title = jobs->index(row, JobsModel::TitleColumn);
            if (title.data().toString().contains(QStringLiteral("Row sync"))
                && title.data(JobsModel::StateRole).toInt() == int(JobsModel::State::Succeeded))
                listed = true;
        }
        QVERIFY(listed);
    }

    // The target equals the source plus the unticked row.
    {
        const QString t = Sql::quoteIdentifier(m_targetDb);
        Result<QueryResult> kept = m_dst->query(QStringLiteral("SELECT name FROM %1.items WHERE id = 100").arg(t).toUtf8());
        QVERIFY(kept.ok() && kept->rows.size() == 1);
        QVERIFY(m_dst->execute(QStringLiteral("DELETE FROM %1.items WHERE id = 100").arg(t).toUtf8()).ok());
        QCOMPARE(digest(*m_dst, m_targetDb), digest(*m_src, m_sourceDb));
        QVERIFY(m_dst->execute(QStringLiteral("INSERT INTO %1.items VALUES (100, 'stray 100', NULL)").arg(t).toUtf8()).ok());
    }

    // The sync compared again: the Data view shows what is left, the unticked row.
    QTRY_VERIFY_WITH_TIMEOUT(tab->syncState().enabled && rows->tablesModel()->rowCount() == 1, JobTimeoutMs);
    closeMessages(tab);
    tab->showSubView(ProjectTab::SubView::Data);
    rows->showTable(m_sourceDb + QStringLiteral(".items"));
    QTest::qWait(300);
    savePicture(&window, QStringLiteral("projectsync-after.png"));
    {
        Result<std::unique_ptr<DiffStore>> store = DiffStore::open(rows->resultsPath());
        QVERIFY(store.ok());
        Result<QList<DiffTableInfo>> tables = (*store)->tables();
        QVERIFY(tables.ok() && tables->size() == 1);
        QCOMPARE(tables->first().onlyInTarget, 1);
        QCOMPARE(tables->first().onlyInSource + tables->first().different, 0);
    }

    // Verify: the table passes, identical but for the row left out.
    QVERIFY2(tab->verifyState().enabled, qPrintable(tab->verifyState().reason));
    QSignalSpy verified(tab->rowSync(), &ProjectSync::finished);
    window.findChild<QAction*>(QStringLiteral("actionVerify"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(verified.count() == 1 && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(tab->rowSync()->lastVerifyPassed());
    QCOMPARE(tab->rowSync()->lastVerifyResults().size(), 1);
    QCOMPARE(tab->rowSync()->lastVerifyResults().first().outcome, VerifyJob::TableResult::Outcome::OnlyLeftOut);
    QCOMPARE(tab->rowSync()->lastVerifyResults().first().leftOut, 1);
    auto* verifyBox = tab->findChild<QMessageBox*>(QStringLiteral("verifyResultBox"));
    QVERIFY(verifyBox && verifyBox->text().contains(QStringLiteral("passed")));
    closeMessages(tab);

    // Roll back: the confirmation says what changes; afterwards the target is as before.
    QVERIFY2(tab->rollbackState().enabled, qPrintable(tab->rollbackState().reason));
    QString question;
    auto asked = whenModal<QMessageBox>(this, [&](QMessageBox* box) {
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    QSignalSpy rolledBack(tab->rowSync(), &ProjectSync::finished);
    window.findChild<QAction*>(QStringLiteral("actionRollback"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(rolledBack.count() == 1 && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*asked);
    QVERIFY2(question.contains(QStringLiteral("remove 5 row(s)")) && question.contains(QStringLiteral("restore 3"))
                 && question.contains(QStringLiteral("re-insert 1")),
             qPrintable(question));
    const Rollback::Report& undo = tab->rowSync()->lastRollbackReport();
    QVERIFY(undo.verified);
    QCOMPARE(undo.rowsDiffering, 0);
    QCOMPARE(undo.applied.conflictCount, 0);
    QCOMPARE(digest(*m_dst, m_targetDb), before);
    QVERIFY(tab->rowSync()->lastBackupId().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->syncState().enabled, JobTimeoutMs);
    closeMessages(tab);
}

void TstProjectSync::rowChangedAfterCompareBecomesConflict()
{
    makePair(QStringLiteral("cf"));
    MainWindow window(*m_store, *m_secrets);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectTab* tab = openAndCompare(window);
    QVERIFY2(tab->syncState().enabled, qPrintable(tab->syncState().reason));

    // Someone changes row 2 on the target after the compare saw it.
    QVERIFY(m_dst->execute(QStringLiteral("UPDATE %1.items SET qty = 999 WHERE id = 2").arg(Sql::quoteIdentifier(m_targetDb)).toUtf8()).ok());

    // A trigger on the target fires during the sync: the confirmation says so.
    QVERIFY(m_dst->execute(QStringLiteral("CREATE TRIGGER %1.items_touch BEFORE UPDATE ON %1.items FOR EACH ROW SET NEW.name = NEW.name")
                               .arg(Sql::quoteIdentifier(m_targetDb))
                               .toUtf8())
                .ok());

    QString warnings;
    auto confirmed = whenModal<SyncConfirmDialog>(this, [&](SyncConfirmDialog* dialog) {
        warnings = dialog->warningsLabel()->isVisibleTo(dialog) ? dialog->warningsLabel()->text() : QString();
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
    });
    tab->sync();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->rowSync()->lastRunId().isEmpty() && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*confirmed);
    QVERIFY2(warnings.contains(QStringLiteral("items_touch")), qPrintable(warnings));
    const SyncReport& report = tab->rowSync()->lastReport();
    QCOMPARE(report.conflicts(), 1);
    QCOMPARE(report.applied.updated, 2);
    QCOMPARE(tab->subViews()->currentIndex(), int(ProjectTab::SubView::Conflicts));
    Result<QueryResult> kept = m_dst->query(
        QStringLiteral("SELECT qty FROM %1.items WHERE id = 2").arg(Sql::quoteIdentifier(m_targetDb)).toUtf8());
    QVERIFY(kept.ok() && kept->rows.size() == 1);
    QCOMPARE(kept->rows.at(0).at(0).value_or(QByteArray()), QByteArray("999"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->syncState().enabled, JobTimeoutMs);
    closeMessages(tab);
}

void TstProjectSync::previewShowsTheSqlAndChangesNothing()
{
    makePair(QStringLiteral("pv"));
    MainWindow window(*m_store, *m_secrets);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectTab* tab = openAndCompare(window);
    QVERIFY2(tab->syncState().enabled, qPrintable(tab->syncState().reason));
    const QByteArray before = digest(*m_dst, m_targetDb);

    // On the Data view, Preview SQL is the row sync's dry run.
    tab->showSubView(ProjectTab::SubView::Data);
    QVERIFY2(tab->previewSqlState().enabled, qPrintable(tab->previewSqlState().reason));
    window.findChild<QAction*>(QStringLiteral("actionPreviewSql"))->trigger();
    SqlPreviewDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = tab->findChild<SqlPreviewDialog*>()) != nullptr, JobTimeoutMs);
    const QString sql = dialog->editor()->toPlainText();
    QVERIFY2(sql.contains(QStringLiteral("INSERT")) && sql.contains(QStringLiteral("DELETE")) && sql.contains(QStringLiteral("UPDATE")),
             qPrintable(sql.left(2000)));
    QVERIFY(sql.contains(m_targetDb));
    QVERIFY(dialog->editor()->isReadOnly());
    QVERIFY(tab->rowSync()->lastPreview().size() > 0);
    dialog->close();
    QCOMPARE(digest(*m_dst, m_targetDb), before);
    // A dry run is not a sync: the same results can still be synced, and there is nothing to verify.
    QVERIFY(tab->syncState().enabled);
    QVERIFY(!tab->verifyState().enabled);
}

void TstProjectSync::changedOptionsPlanAgain()
{
    makePair(QStringLiteral("pa"));
    MainWindow window(*m_store, *m_secrets);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectTab* tab = openAndCompare(window);
    QVERIFY2(tab->syncState().enabled, qPrintable(tab->syncState().reason));

    // First plan: deletes on. Turning them off asks to plan again; the second plan deletes nothing.
    QString firstButton;
    QList<qint64> deletes;
    std::function<void(SyncConfirmDialog*)> handle;
    std::shared_ptr<bool> second;
    auto first = whenModal<SyncConfirmDialog>(this, [&](SyncConfirmDialog* dialog) {
        deletes << dialog->tablesView()->item(0, 3)->data(Qt::UserRole).toLongLong();
        dialog->deletesBox()->setChecked(false);
        firstButton = dialog->syncButton()->text();
        second = whenModal<SyncConfirmDialog>(this, [&](SyncConfirmDialog* again) {
            deletes << again->tablesView()->item(0, 3)->data(Qt::UserRole).toLongLong();
            QVERIFY(!again->deletesBox()->isChecked());
            QTest::mouseClick(again->syncButton(), Qt::LeftButton);
        });
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
    });
    tab->sync();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->rowSync()->lastRunId().isEmpty() && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*first);
    QVERIFY(second && *second);
    QCOMPARE(firstButton, QStringLiteral("Plan Again"));
    QCOMPARE(deletes, (QList<qint64> {2, 0}));
    const SyncReport& report = tab->rowSync()->lastReport();
    QCOMPARE(report.applied.deleted, 0);
    QCOMPARE(report.applied.inserted, 5);
    Result<QueryResult> kept = m_dst->query(
        QStringLiteral("SELECT COUNT(*) FROM %1.items WHERE id >= 100").arg(Sql::quoteIdentifier(m_targetDb)).toUtf8());
    QVERIFY(kept.ok());
    QCOMPARE(kept->rows.at(0).at(0).value_or(QByteArray()), QByteArray("2"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->syncState().enabled, JobTimeoutMs);
    closeMessages(tab);
}

void TstProjectSync::productionTargetAsksForItsName()
{
    makePair(QStringLiteral("pr"), QStringLiteral("prod"));
    MainWindow window(*m_store, *m_secrets);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectTab* tab = openAndCompare(window);
    QVERIFY2(tab->syncState().enabled, qPrintable(tab->syncState().reason));
    QVERIFY(tab->syncState().reason.contains(QStringLiteral("production")));
    const QByteArray before = digest(*m_dst, m_targetDb);

    // The plan is accepted, the profile name is not typed: nothing is written, and the same
    // results can be synced again.
    std::shared_ptr<bool> named;
    auto planned = whenModal<SyncConfirmDialog>(this, [&](SyncConfirmDialog* dialog) {
        named = whenModal<ProductionConfirmDialog>(this, [](ProductionConfirmDialog* production) {
            QVERIFY(!production->confirmButton()->isEnabled());
            production->reject();
        });
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
    });
    QSignalSpy ended(tab->rowSync(), &ProjectSync::finished);
    tab->sync();
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1 && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*planned && named && *named);
    QVERIFY(tab->rowSync()->lastRunId().isEmpty());
    QCOMPARE(digest(*m_dst, m_targetDb), before);
    QVERIFY2(tab->syncState().enabled, qPrintable(tab->syncState().reason));

    // Typed: the sync runs.
    auto again = whenModal<SyncConfirmDialog>(this, [&](SyncConfirmDialog* dialog) {
        named = whenModal<ProductionConfirmDialog>(this, [](ProductionConfirmDialog* production) {
            QTest::keyClicks(production->nameEdit(), QStringLiteral("ps-target"));
            QVERIFY(production->confirmButton()->isEnabled());
            QTest::mouseClick(production->confirmButton(), Qt::LeftButton);
        });
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
    });
    tab->sync();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->rowSync()->lastRunId().isEmpty() && !tab->isBusy(), JobTimeoutMs);
    QVERIFY(*again && *named);
    QCOMPARE(tab->rowSync()->lastReport().applied.inserted, 5);
    QCOMPARE(digest(*m_dst, m_targetDb), digest(*m_src, m_sourceDb));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->syncState().enabled, JobTimeoutMs);
    closeMessages(tab);
}

void TstProjectSync::cancelStopsBetweenBatches()
{
    makePair(QStringLiteral("cx"));
    // 30,000 rows that differ in one column: guarded updates in batches of 1,000.
    const QString fill = QStringLiteral("INSERT INTO %1.items SELECT * FROM (WITH RECURSIVE s (seq) AS (SELECT 1000 UNION ALL "
                                        "SELECT seq + 1 FROM s WHERE seq < 30999) SELECT seq AS id, CONCAT('bulk ', seq) AS name, %2 AS qty FROM s) AS r");
    for (Connection* conn : {m_src.get(), m_dst.get()}) {
        const bool source = conn == m_src.get();
        QVERIFY(conn->execute(QByteArrayLiteral("SET SESSION max_recursive_iterations = 100000")).ok());
        const Status filled = conn->execute(fill.arg(Sql::quoteIdentifier(source ? m_sourceDb : m_targetDb),
                                                     source ? QStringLiteral("seq") : QStringLiteral("seq + 1"))
                                                .toUtf8());
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    }
    MainWindow window(*m_store, *m_secrets);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProjectTab* tab = openAndCompare(window);
    QVERIFY2(tab->syncState().enabled, qPrintable(tab->syncState().reason));

    auto confirmed = whenModal<SyncConfirmDialog>(this, [](SyncConfirmDialog* dialog) {
        QTest::mouseClick(dialog->syncButton(), Qt::LeftButton);
    });
    tab->sync();
    auto* bar = tab->rowSync()->progressWidget();
    auto* cancel = bar->findChild<QPushButton*>(QStringLiteral("syncCancelButton"));
    // Cancel as soon as the first batches are written.
    QTRY_VERIFY_WITH_TIMEOUT(*confirmed && bar->findChild<QProgressBar*>()->value() > 0, JobTimeoutMs);
    QVERIFY(bar->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->rowSync()->isBusy(), JobTimeoutMs);
    QVERIFY(!bar->isVisible());
    const SyncReport& report = tab->rowSync()->lastReport();
    QVERIFY2(report.applied.updated < 30003, qPrintable(QString::number(report.applied.updated)));
    QVERIFY(!report.backupId.isEmpty());
    QVERIFY(tab->logView()->lines().join(QLatin1Char('\n')).contains(QStringLiteral("Row sync cancelled")));
    // Whole batches only: the target holds exactly the updates the report counts.
    Result<QueryResult> synced = m_dst->query(QStringLiteral("SELECT COUNT(*) FROM %1.items WHERE id >= 1000 AND qty = id")
                                                  .arg(Sql::quoteIdentifier(m_targetDb))
                                                  .toUtf8());
    QVERIFY(synced.ok());
    const qint64 updatedBulk = synced->rows.at(0).at(0).value_or(QByteArray()).toLongLong();
    QVERIFY(updatedBulk > 0);
    QVERIFY2(updatedBulk <= report.applied.updated && report.applied.updated - updatedBulk <= 3,
             qPrintable(QStringLiteral("%1 vs %2").arg(updatedBulk).arg(report.applied.updated)));
    // The partial sync can be rolled back (once the compare that follows a sync is done).
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), JobTimeoutMs);
    QVERIFY2(tab->rollbackState().enabled, qPrintable(tab->rollbackState().reason));
    closeMessages(tab);
}

QTEST_MAIN(TstProjectSync)
#include "tst_projectsync.moc"

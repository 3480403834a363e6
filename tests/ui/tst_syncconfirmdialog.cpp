// The sync confirmation's options: deletes, the conflict policy, and consent to replace the
// contents of tables without a key, each turning Sync into Plan Again when changed.
#include "sync/SyncConfirmDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

class TstSyncConfirmDialog : public QObject
{
    Q_OBJECT

private slots:
    void keyedPlanHidesTheKeylessChoice();
    void keylessConsentPlansAgain();
    void deletesOffPlansAgain();

private:
    static SyncPlanner::Plan plan(bool withKeyless)
    {
        SyncPlanner::Plan p;
        SyncPlanner::TableInfo orders;
        orders.name = QStringLiteral("shop.orders");
        orders.target = QStringLiteral("shop.orders");
        orders.inserts = 3;
        orders.updates = 2;
        p.tables << orders;
        if (withKeyless) {
            SyncPlanner::TableInfo log;
            log.name = QStringLiteral("shop.import_log");
            log.target = QStringLiteral("shop.import_log");
            log.keyless = true;
            log.skipped = QStringLiteral("no primary or unique key");
            p.tables << log;
        }
        return p;
    }
};

void TstSyncConfirmDialog::keyedPlanHidesTheKeylessChoice()
{
    SyncConfirmDialog dialog(plan(false), SyncOptions(), QStringLiteral("staging/shop"));
    QVERIFY(dialog.replaceKeylessBox()->isHidden());
    QCOMPARE(dialog.tablesView()->rowCount(), 1);
    QVERIFY(!dialog.optionsChanged());
    QCOMPARE(dialog.syncButton()->text(), QStringLiteral("Sync"));
}

void TstSyncConfirmDialog::keylessConsentPlansAgain()
{
    SyncOptions given;
    given.replaceKeylessTables = {QStringLiteral("other")};
    SyncConfirmDialog dialog(plan(true), given, QStringLiteral("staging/shop"));
    QCheckBox* box = dialog.replaceKeylessBox();
    QVERIFY(!box->isHidden());
    QVERIFY(box->text().contains(QLatin1String("shop.import_log")));
    QVERIFY(!box->isChecked());
    QVERIFY(!dialog.options().replaceKeyless);

    box->setChecked(true);
    QVERIFY(dialog.optionsChanged());
    QVERIFY(dialog.options().replaceKeyless);
    QVERIFY(dialog.options().replaceKeylessTables.isEmpty()); // consent for every keyless table shown
    QCOMPARE(dialog.syncButton()->text(), QStringLiteral("Plan Again"));

    QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
    QCOMPARE(dialog.choice(), SyncConfirmDialog::Choice::PlanAgain);

    box->setChecked(false);
    QVERIFY(!dialog.optionsChanged());
    QCOMPARE(dialog.options().replaceKeylessTables, given.replaceKeylessTables);
}

void TstSyncConfirmDialog::deletesOffPlansAgain()
{
    SyncConfirmDialog dialog(plan(true), SyncOptions(), QStringLiteral("staging/shop"));
    QVERIFY(dialog.deletesBox()->isChecked());
    dialog.deletesBox()->setChecked(false);
    QVERIFY(dialog.optionsChanged());
    QVERIFY(!dialog.options().deletes);
    QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
    QCOMPARE(dialog.choice(), SyncConfirmDialog::Choice::PlanAgain);
}

QTEST_MAIN(TstSyncConfirmDialog)
#include "tst_syncconfirmdialog.moc"

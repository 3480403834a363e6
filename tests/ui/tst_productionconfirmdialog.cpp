// ProductionConfirmDialog: nothing is written to production until its profile name is typed.
#include "ProductionConfirmDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

class TstProductionConfirmDialog : public QObject
{
    Q_OBJECT

private slots:
    void confirmsOnlyTheExactName_data();
    void confirmsOnlyTheExactName();
    void acceptRefusesWrongName();
    void enterDoesNotConfirmWrongName();
    void confirmReturnsTheUsersChoice_data();
    void confirmReturnsTheUsersChoice();
};

void TstProductionConfirmDialog::confirmsOnlyTheExactName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("a prefix") << QStringLiteral("shop-pr") << false;
    QTest::newRow("other case") << QStringLiteral("SHOP-PROD") << false;
    QTest::newRow("another profile") << QStringLiteral("shop-staging") << false;
    QTest::newRow("longer") << QStringLiteral("shop-prod2") << false;
    QTest::newRow("exact") << QStringLiteral("shop-prod") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  shop-prod ") << true;
}

void TstProductionConfirmDialog::confirmsOnlyTheExactName()
{
    QFETCH(QString, typed);
    QFETCH(bool, matches);
    ProductionConfirmDialog dialog(QStringLiteral("shop-prod"), QStringLiteral("Apply 3 schema changes to shop."),
        QStringLiteral("Apply"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), typed);
    QCOMPARE(dialog.nameMatches(), matches);
    QCOMPARE(dialog.confirmButton()->isEnabled(), matches);
    QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("Apply"));
    // What will happen is said in the dialog.
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("productionActionLabel"))->text(),
        QStringLiteral("Apply 3 schema changes to shop."));
}

void TstProductionConfirmDialog::acceptRefusesWrongName()
{
    ProductionConfirmDialog dialog(QStringLiteral("shop-prod"), QStringLiteral("Sync rows."), QStringLiteral("Sync"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("shop-staging"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* mismatch = dialog.findChild<QLabel*>(QStringLiteral("productionMismatchLabel"));
    QVERIFY(mismatch->isVisible());
    QVERIFY(mismatch->text().contains(QStringLiteral("shop-prod")));

    dialog.nameEdit()->setText(QStringLiteral("shop-prod"));
    QVERIFY(!mismatch->isVisible());
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TstProductionConfirmDialog::enterDoesNotConfirmWrongName()
{
    ProductionConfirmDialog dialog(QStringLiteral("prod"), QStringLiteral("Apply."), QStringLiteral("Apply"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Prod"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    // Enter pressed the default button, which is Cancel while the name does not match.
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TstProductionConfirmDialog::confirmReturnsTheUsersChoice_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("clickConfirm");
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("typed and confirmed") << QStringLiteral("prod") << true << true;
    QTest::newRow("typed, then cancelled") << QStringLiteral("prod") << false << false;
    QTest::newRow("wrong name, confirm clicked") << QStringLiteral("staging") << true << false;
}

void TstProductionConfirmDialog::confirmReturnsTheUsersChoice()
{
    QFETCH(QString, typed);
    QFETCH(bool, clickConfirm);
    QFETCH(bool, confirmed);
    auto handled = std::make_shared<bool>(false);
    QTimer::singleShot(0, this, [typed, clickConfirm, handled] {
        auto* dialog = qobject_cast<ProductionConfirmDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *handled = true;
        dialog->nameEdit()->setText(typed);
        if (clickConfirm)
            QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        // A click on a disabled button does nothing: the dialog is still open, so cancel it.
        if (dialog->isVisible())
            dialog->reject();
    });
    const bool result = ProductionConfirmDialog::confirm(nullptr, QStringLiteral("prod"), QStringLiteral("Apply."),
        QStringLiteral("Apply"));
    QVERIFY(*handled);
    QCOMPARE(result, confirmed);
}

QTEST_MAIN(TstProductionConfirmDialog)
#include "tst_productionconfirmdialog.moc"

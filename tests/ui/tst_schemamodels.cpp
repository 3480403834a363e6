// The schema compare's models: the object tree, its filter, and the migration steps, each under
// QAbstractItemModelTester, with statuses and risks shown through their data roles.
#include "MigrationStepsModel.h"
#include "SchemaTreeFilterModel.h"
#include "SchemaTreeModel.h"
#include "UiStyle.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

namespace {

ObjectDiff object(ObjectType type, const QString& name, ObjectDiff::Status status, const QStringList& changes = {})
{
    ObjectDiff o;
    o.type = type;
    o.name = QStringLiteral("shop.") + name;
    o.sourceName = status == ObjectDiff::Status::OnlyInTarget ? QString() : name;
    o.targetName = status == ObjectDiff::Status::OnlyInSource ? QString() : name;
    o.status = status;
    o.changes = changes;
    return o;
}

SchemaDiffResult sampleDiff()
{
    SchemaDiffResult r;
    r.sourceDatabase = QStringLiteral("shop");
    r.targetDatabase = QStringLiteral("shop");
    r.objects = {
        object(ObjectType::Table, QStringLiteral("customers"), ObjectDiff::Status::Different,
            {QStringLiteral("column name: type varchar(80) -> varchar(40)")}),
        object(ObjectType::Table, QStringLiteral("orders"), ObjectDiff::Status::Identical),
        object(ObjectType::Table, QStringLiteral("tmp_import"), ObjectDiff::Status::OnlyInTarget),
        object(ObjectType::View, QStringLiteral("v_sales"), ObjectDiff::Status::Identical),
        object(ObjectType::Trigger, QStringLiteral("orders_bi"), ObjectDiff::Status::OnlyInSource),
        // Listed after the trigger on purpose: the tree orders kinds itself.
        object(ObjectType::Table, QStringLiteral("audit_log"), ObjectDiff::Status::OnlyInSource),
    };
    return r;
}

MigrationPlan samplePlan()
{
    MigrationPlan plan;
    plan.sourceDatabase = QStringLiteral("shop");
    plan.targetDatabase = QStringLiteral("shop");
    MigrationStep drop;
    drop.objectName = QStringLiteral("tmp_import");
    drop.description = QStringLiteral("drop table");
    drop.sql = QStringLiteral("DROP TABLE `tmp_import`");
    drop.risk = MigrationStep::Risk::Destructive;
    MigrationStep create;
    create.objectName = QStringLiteral("audit_log");
    create.description = QStringLiteral("create table");
    create.sql = QStringLiteral("CREATE TABLE `audit_log` (`id` int NOT NULL, PRIMARY KEY (`id`))");
    create.risk = MigrationStep::Risk::Instant;
    MigrationStep alter;
    alter.objectName = QStringLiteral("customers");
    alter.description = QStringLiteral("modify column name");
    alter.sql = QStringLiteral("ALTER TABLE `customers` MODIFY COLUMN `name` varchar(80) NOT NULL");
    alter.risk = MigrationStep::Risk::Rebuild;
    alter.warnings = {QStringLiteral("The table is copied.")};
    plan.steps = {drop, create, alter};
    return plan;
}

} // namespace

class TstSchemaModels : public QObject
{
    Q_OBJECT

private slots:
    void treePassesModelTester();
    void treeGroupsByKindInOrder();
    void treeShowsStatusThroughRoles_data();
    void treeShowsStatusThroughRoles();
    void filterShowsDifferencesOrAll_data();
    void filterShowsDifferencesOrAll();
    void stepsPassModelTester();
    void stepsLeaveOutDestructiveUntilAllowed();
};

void TstSchemaModels::treePassesModelTester()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sampleDiff());
    model.clear();
    model.setResult(sampleDiff());
    SchemaTreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setText(QStringLiteral("ord"));
    filter.setDifferencesOnly(false);
    filter.setText(QString());
    model.setResult(SchemaDiffResult());
    model.setResult(sampleDiff());
    QVERIFY(filter.rowCount() > 0);
}

void TstSchemaModels::treeGroupsByKindInOrder()
{
    SchemaTreeModel model;
    model.setResult(sampleDiff());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tables"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Views"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Triggers"));
    const QModelIndex tables = model.index(0, 0);
    QCOMPARE(model.rowCount(tables), 4);
    QVERIFY(model.index(0, 0).data(SchemaTreeModel::IsGroupRole).toBool());
    QCOMPARE(model.index(0, 0).data(SchemaTreeModel::DifferingCountRole).toInt(), 3);
    QCOMPARE(model.index(0, SchemaTreeModel::StatusColumn).data().toString(), QStringLiteral("3 of 4 differ"));
    QCOMPARE(model.index(1, SchemaTreeModel::StatusColumn).data().toString(), QStringLiteral("1 identical"));
    // indexOf finds an object by its qualified name, and object() gives it back.
    const QModelIndex auditLog = model.indexOf(ObjectType::Table, QStringLiteral("shop.audit_log"));
    QVERIFY(auditLog.isValid());
    QCOMPARE(model.object(auditLog)->sourceName, QStringLiteral("audit_log"));
    QVERIFY(!model.indexOf(ObjectType::View, QStringLiteral("shop.audit_log")).isValid());
    QVERIFY(!model.object(tables));
}

void TstSchemaModels::treeShowsStatusThroughRoles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QString>("text");
    QTest::newRow("only in source") << QStringLiteral("shop.audit_log") << int(ObjectDiff::Status::OnlyInSource)
                                    << UiStyle::onlyInSourceColor() << QStringLiteral("Only in source");
    QTest::newRow("only in target") << QStringLiteral("shop.tmp_import") << int(ObjectDiff::Status::OnlyInTarget)
                                    << UiStyle::onlyInTargetColor() << QStringLiteral("Only in target");
    QTest::newRow("different") << QStringLiteral("shop.customers") << int(ObjectDiff::Status::Different)
                               << UiStyle::differentColor() << QStringLiteral("Different");
    QTest::newRow("identical") << QStringLiteral("shop.orders") << int(ObjectDiff::Status::Identical)
                               << UiStyle::identicalColor() << QStringLiteral("Identical");
}

void TstSchemaModels::treeShowsStatusThroughRoles()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QColor, color);
    QFETCH(QString, text);
    SchemaTreeModel model;
    model.setResult(sampleDiff());
    const QModelIndex index = model.indexOf(ObjectType::Table, name);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(SchemaTreeModel::StatusRole).toInt(), status);
    QCOMPARE(index.data(Qt::ForegroundRole).value<QBrush>().color(), color);
    QCOMPARE(index.siblingAtColumn(SchemaTreeModel::StatusColumn).data().toString(), text);
    QCOMPARE(index.siblingAtColumn(SchemaTreeModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(), color);
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(text));
}

void TstSchemaModels::filterShowsDifferencesOrAll_data()
{
    QTest::addColumn<bool>("differencesOnly");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("differences") << true << QString()
                                 << QStringList {QStringLiteral("Tables/audit_log"), QStringLiteral("Tables/customers"),
                                        QStringLiteral("Tables/tmp_import"), QStringLiteral("Triggers/orders_bi")};
    QTest::newRow("all") << false << QString()
                         << QStringList {QStringLiteral("Tables/audit_log"), QStringLiteral("Tables/customers"),
                                QStringLiteral("Tables/orders"), QStringLiteral("Tables/tmp_import"),
                                QStringLiteral("Views/v_sales"), QStringLiteral("Triggers/orders_bi")};
    QTest::newRow("name, all") << false << QStringLiteral("ORD")
                               << QStringList {QStringLiteral("Tables/orders"), QStringLiteral("Triggers/orders_bi")};
    QTest::newRow("name, differences") << true << QStringLiteral("ord") << QStringList {QStringLiteral("Triggers/orders_bi")};
    QTest::newRow("nothing matches") << false << QStringLiteral("zzz") << QStringList();
}

void TstSchemaModels::filterShowsDifferencesOrAll()
{
    QFETCH(bool, differencesOnly);
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    SchemaTreeModel model;
    model.setResult(sampleDiff());
    SchemaTreeFilterModel filter;
    filter.setSourceModel(&model);
    filter.setDifferencesOnly(differencesOnly);
    filter.setText(text);
    QStringList got;
    for (int g = 0; g < filter.rowCount(); ++g) {
        const QModelIndex group = filter.index(g, 0);
        QVERIFY(filter.rowCount(group) > 0); // a kind with nothing to show is hidden
        for (int r = 0; r < filter.rowCount(group); ++r)
            got << group.data().toString() + QLatin1Char('/') + filter.index(r, 0, group).data().toString();
    }
    QCOMPARE(got, shown);
}

void TstSchemaModels::stepsPassModelTester()
{
    MigrationStepsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(samplePlan());
    model.setAllowDestructive(true);
    model.setAllowDestructive(false);
    model.setPlan(MigrationPlan());
    model.setPlan(samplePlan());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(MigrationStepsModel::ColumnCount));
}

void TstSchemaModels::stepsLeaveOutDestructiveUntilAllowed()
{
    MigrationStepsModel model;
    model.setPlan(samplePlan());
    const QModelIndex drop = model.index(0, MigrationStepsModel::RiskColumn);
    QCOMPARE(drop.data().toString(), QStringLiteral("destructive"));
    QCOMPARE(drop.data(MigrationStepsModel::RiskRole).toInt(), int(MigrationStep::Risk::Destructive));
    QVERIFY(!drop.data(MigrationStepsModel::IncludedRole).toBool());
    QCOMPARE(drop.data(MigrationStepsModel::BadgeColorRole).value<QColor>(), UiStyle::identicalColor());
    QVERIFY(drop.siblingAtColumn(MigrationStepsModel::ChangeColumn).data().toString().startsWith(QStringLiteral("Left out")));
    QCOMPARE(model.excludedCount(), 1);
    QCOMPARE(model.includedPlan().steps.size(), 2);
    QVERIFY(!model.includedPlan().toSql().contains(QStringLiteral("DROP TABLE")));

    const QModelIndex alter = model.index(2, MigrationStepsModel::WarningsColumn);
    QCOMPARE(alter.data().toString(), QStringLiteral("The table is copied."));
    QCOMPARE(alter.data(Qt::ForegroundRole).value<QBrush>().color(), UiStyle::warningColor());
    QCOMPARE(alter.siblingAtColumn(MigrationStepsModel::RiskColumn).data(MigrationStepsModel::BadgeColorRole).value<QColor>(),
        MigrationStepsModel::riskColor(MigrationStep::Risk::Rebuild));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAllowDestructive(true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(drop.data(MigrationStepsModel::IncludedRole).toBool());
    QCOMPARE(drop.data(MigrationStepsModel::BadgeColorRole).value<QColor>(),
        MigrationStepsModel::riskColor(MigrationStep::Risk::Destructive));
    QCOMPARE(model.excludedCount(), 0);
    QCOMPARE(model.includedPlan().steps.size(), 3);
    QVERIFY(model.includedPlan().toSql().contains(QStringLiteral("DROP TABLE `tmp_import`")));
}

QTEST_MAIN(TstSchemaModels)
#include "tst_schemamodels.moc"

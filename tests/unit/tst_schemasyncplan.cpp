// The pure parts of schema sync: the statements it runs instead of the planner's (quarantine),
// quarantine names, which statement touches which column, SHOW CREATE TABLE parsing and the
// fix-up statements a rollback derives from the saved text, and the backup file round trip.
#include "schema/CreateTableText.h"
#include "schema/SchemaBackup.h"
#include "schema/SchemaSyncPlan.h"

#include <QTemporaryDir>
#include <QTest>

class TstSchemaSyncPlan : public QObject
{
    Q_OBJECT

private slots:
    void quarantineNames_data();
    void quarantineNames();
    void droppedTableIsQuarantined();
    void scriptCommentsOutSkippedSteps();
    void touchesColumn_data();
    void touchesColumn();
    void parseShowCreate();
    void parseRejectsOtherText();
    void fixups_data();
    void fixups();
    void backupRoundTrip();
};

void TstSchemaSyncPlan::quarantineNames_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expected"); // empty: only check length and suffix
    const QString id = QStringLiteral("20250101-120000-abcdef");
    QTest::newRow("short") << "shop"
                           << "orders" << QStringLiteral("shop__orders__") + id;
    QTest::newRow("dots and quotes kept") << "a.b"
                                          << "it's `x`" << QStringLiteral("a.b__it's `x`__") + id;
    QTest::newRow("long") << QString(60, QLatin1Char('d')) << QString(60, QLatin1Char('t')) << QString();
    QTest::newRow("long chinese") << QString(40, QChar(0x6570)) << QString(40, QChar(0x636E)) << QString();
    QTest::newRow("cut before a space") << QStringLiteral("abcdefghijklm nopqrstuvwxyz0123456789")
                                        << QString(50, QLatin1Char('t')) << QString();
}

void TstSchemaSyncPlan::quarantineNames()
{
    QFETCH(QString, database);
    QFETCH(QString, table);
    QFETCH(QString, expected);
    const QString id = QStringLiteral("20250101-120000-abcdef");
    const QString name = SchemaBackup::quarantineName(database, table, id);
    if (!expected.isEmpty())
        QCOMPARE(name, expected);
    QVERIFY(name.size() <= 64);
    QVERIFY(name.endsWith(id));
    QVERIFY(!name.contains(QLatin1String(" __")));
    // Two long names that share their beginning stay apart.
    QVERIFY(name != SchemaBackup::quarantineName(database, table + QStringLiteral("2"), id));
}

namespace {

MigrationStep step(ObjectType type, const QString& name, const QString& sql, MigrationStep::Risk risk)
{
    MigrationStep s;
    s.objectType = type;
    s.objectName = name;
    s.sql = sql;
    s.risk = risk;
    s.description = QStringLiteral("d");
    s.warnings = {QStringLiteral("Table %1 and all its rows are lost.").arg(name)};
    return s;
}

} // namespace

void TstSchemaSyncPlan::droppedTableIsQuarantined()
{
    DatabaseSchema target;
    target.name = QStringLiteral("shop");
    Table old;
    old.name = QStringLiteral("old");
    ForeignKey fk;
    fk.name = QStringLiteral("fk_old_customer");
    fk.columns = {QStringLiteral("customer_id")};
    fk.referencedTable = QStringLiteral("customers");
    fk.referencedColumns = {QStringLiteral("id")};
    old.foreignKeys << fk;
    target.tables << old;
    Trigger trigger;
    trigger.name = QStringLiteral("old_bi");
    trigger.table = QStringLiteral("old");
    target.triggers << trigger;
    SchemaDiffResult diff;
    diff.objects << ObjectDiff {ObjectType::Table, QStringLiteral("shop.old"), QString(),
        QStringLiteral("old"), ObjectDiff::Status::OnlyInTarget, {}};
    MigrationPlan plan;
    plan.steps << step(ObjectType::Table, QStringLiteral("kept"),
        QStringLiteral("ALTER TABLE `kept` ADD COLUMN `x` int"), MigrationStep::Risk::Instant)
               << step(ObjectType::Table, QStringLiteral("old"),
                      QStringLiteral("ALTER TABLE `old` DROP FOREIGN KEY `fk_x`"),
                      MigrationStep::Risk::InPlace)
               << step(ObjectType::Table, QStringLiteral("old"), QStringLiteral("DROP TABLE `old`"),
                      MigrationStep::Risk::Destructive);

    const QList<SchemaSyncStep> steps
        = SchemaSyncPlan::build(plan, target, diff, QStringLiteral("_q"), QStringLiteral("ID"));
    QStringList sql;
    for (const SchemaSyncStep& s : steps)
        sql << s.step.sql;
    QCOMPARE(sql,
        (QStringList {QStringLiteral("ALTER TABLE `kept` ADD COLUMN `x` int"),
            QStringLiteral("ALTER TABLE `old` DROP FOREIGN KEY `fk_x`"),
            QStringLiteral("CREATE DATABASE IF NOT EXISTS `_q`"), QStringLiteral("DROP TRIGGER `old_bi`"),
            QStringLiteral("ALTER TABLE `old` DROP FOREIGN KEY `fk_old_customer`"),
            QStringLiteral("RENAME TABLE `old` TO `_q`.`shop__old__ID`")}));
    // Only the unrelated change runs without consent; everything about the dropped table waits.
    QVERIFY(!steps[0].needsConsent);
    for (int i = 1; i < steps.size(); ++i)
        QVERIFY2(steps[i].needsConsent, qPrintable(steps[i].step.sql));
    const SchemaSyncStep& move = steps.last();
    QCOMPARE(move.plannedSql, QStringLiteral("DROP TABLE `old`"));
    QCOMPARE(move.quarantineOf, QStringLiteral("old"));
    QCOMPARE(move.step.risk, MigrationStep::Risk::Destructive);
    QVERIFY(move.step.description.contains(QLatin1String("instead of DROP TABLE")));
    QVERIFY(!move.step.warnings.join(QLatin1Char(' ')).contains(QLatin1String("are lost")));
    QVERIFY(SchemaSyncPlan::runs(steps[0], false));
    QVERIFY(!SchemaSyncPlan::runs(move, false));
    QVERIFY(SchemaSyncPlan::runs(move, true));
}

void TstSchemaSyncPlan::scriptCommentsOutSkippedSteps()
{
    SchemaSyncStep safe;
    safe.step = step(ObjectType::Table, QStringLiteral("t"),
        QStringLiteral("ALTER TABLE `t`\n  ADD COLUMN `x` int"), MigrationStep::Risk::Instant);
    safe.step.warnings.clear();
    safe.savedColumns = {QStringLiteral("y")};
    SchemaSyncStep drop;
    drop.step = step(ObjectType::View, QStringLiteral("v\nDROP DATABASE x"),
        QStringLiteral("DROP VIEW `v\nDROP DATABASE x`"), MigrationStep::Risk::Destructive);
    drop.needsConsent = true;
    const QString script
        = SchemaSyncPlan::toSql({safe, drop}, QStringLiteral("a"), QStringLiteral("b"), false);
    QVERIFY(script.contains(QLatin1String("ALTER TABLE `t`\n  ADD COLUMN `x` int;")));
    QVERIFY(script.contains(QLatin1String("saves the values of column y")));
    QVERIFY(script.contains(QLatin1String("-- SKIPPED [destructive] view v DROP DATABASE x")));
    // Every line of a skipped statement stays a comment, whatever its names hold.
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("DROP DATABASE")))
            QVERIFY2(line.startsWith(QLatin1String("--")), qPrintable(line));
    }
    const QString all = SchemaSyncPlan::toSql({safe, drop}, QStringLiteral("a"), QStringLiteral("b"), true);
    QVERIFY(!all.contains(QLatin1String("SKIPPED")));
}

void TstSchemaSyncPlan::touchesColumn_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("touches");
    const QString alter
        = QStringLiteral("ALTER TABLE `t`\n  DROP COLUMN `a`,\n  MODIFY COLUMN `b` int AFTER `id`,\n  "
                         "CHANGE COLUMN `C` `c` int,\n  DROP COLUMN `x``y`");
    QTest::newRow("drop") << alter << "a" << true;
    QTest::newRow("modify") << alter << "b" << true;
    QTest::newRow("change") << alter << "C" << true;
    QTest::newRow("backtick name") << alter << "x`y" << true;
    QTest::newRow("prefix of another") << alter << "x" << false;
    QTest::newRow("only positioned after") << alter << "id" << false;
    QTest::newRow("add") << QStringLiteral("ALTER TABLE `t` ADD COLUMN `a` int") << "a" << false;
}

void TstSchemaSyncPlan::touchesColumn()
{
    QFETCH(QString, sql);
    QFETCH(QString, column);
    QFETCH(bool, touches);
    QCOMPARE(SchemaSyncPlan::touchesColumn(sql, column), touches);
}

namespace {

const char* ShowCreate = "CREATE TABLE `t``x` (\n"
                         "  `id` int(11) NOT NULL,\n"
                         "  `a` varchar(10) DEFAULT NULL COMMENT 'a\\nb',\n"
                         "  `b` int(11) DEFAULT NULL CHECK (`b` > 0),\n"
                         "  PRIMARY KEY (`id`),\n"
                         "  UNIQUE KEY `u` (`a`),\n"
                         "  KEY `k b` (`b`),\n"
                         "  FULLTEXT KEY `ft` (`a`),\n"
                         "  CONSTRAINT `fk` FOREIGN KEY (`b`) REFERENCES `p` (`id`),\n"
                         "  CONSTRAINT `CONSTRAINT_1` CHECK (`a` <> '')\n"
                         ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='x'\n"
                         " PARTITION BY KEY (`id`)\n"
                         "PARTITIONS 2";

} // namespace

void TstSchemaSyncPlan::parseShowCreate()
{
    const std::optional<CreateTableText> t = CreateTableText::parse(QString::fromUtf8(ShowCreate));
    QVERIFY(t);
    QCOMPARE(t->table, QStringLiteral("t`x"));
    QCOMPARE(t->columns.size(), 3);
    QCOMPARE(t->columns[2].name, QStringLiteral("b"));
    QCOMPARE(t->columns[2].text, QStringLiteral("`b` int(11) DEFAULT NULL CHECK (`b` > 0)"));
    QCOMPARE(t->keys.size(), 4);
    QCOMPARE(t->keys[0].name, QStringLiteral("PRIMARY"));
    QCOMPARE(t->keys[2].name, QStringLiteral("k b"));
    QCOMPARE(t->keys[3].name, QStringLiteral("ft"));
    QCOMPARE(t->foreignKeys.size(), 1);
    QCOMPARE(t->checks.size(), 1);
    QCOMPARE(t->checks[0].name, QStringLiteral("CONSTRAINT_1"));
    QCOMPARE(t->options,
        QStringLiteral("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='x'"));
    QCOMPARE(t->partitioning, QStringLiteral("PARTITION BY KEY (`id`)\nPARTITIONS 2"));
}

void TstSchemaSyncPlan::parseRejectsOtherText()
{
    QVERIFY(!CreateTableText::parse(QStringLiteral("CREATE VIEW `v` AS select 1")));
    QVERIFY(!CreateTableText::parse(QStringLiteral("CREATE TABLE `t` (\n  `id` int")));
    QVERIFY(!CreateTableText::parse(QString()));
}

void TstSchemaSyncPlan::fixups_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("expected");
    auto table = [](const QString& body, const QString& options = QStringLiteral("ENGINE=InnoDB")) {
        return QStringLiteral("CREATE TABLE `t` (\n%1\n) %2").arg(body, options);
    };
    const QString cols = QStringLiteral(
        "  `id` int(11) NOT NULL,\n  `a` int(11) DEFAULT NULL,\n  `b` int(11) DEFAULT NULL,\n");
    QTest::newRow("equal") << table(cols + QStringLiteral("  PRIMARY KEY (`id`)"))
                           << table(cols + QStringLiteral("  PRIMARY KEY (`id`)")) << QStringList();
    QTest::newRow("index order")
        << table(cols + QStringLiteral("  PRIMARY KEY (`id`),\n  KEY `kb` (`b`),\n  KEY `ka` (`a`)"))
        << table(cols + QStringLiteral("  PRIMARY KEY (`id`),\n  KEY `ka` (`a`),\n  KEY `kb` (`b`)"))
        << QStringList {QStringLiteral("ALTER TABLE `db`.`t`\n  DROP INDEX `kb`,\n  DROP INDEX `ka`,\n  ADD "
                                       "KEY `ka` (`a`),\n  ADD KEY `kb` (`b`)")};
    QTest::newRow("server-named check")
        << table(cols
               + QStringLiteral("  PRIMARY KEY (`id`),\n  CONSTRAINT `x1` CHECK (`a` > 0),\n  CONSTRAINT "
                                "`CONSTRAINT_3` CHECK (`b` > 0)"))
        << table(cols
               + QStringLiteral("  PRIMARY KEY (`id`),\n  CONSTRAINT `x1` CHECK (`a` > 0),\n  CONSTRAINT "
                                "`CONSTRAINT_1` CHECK (`b` > 0)"))
        << QStringList {QStringLiteral("ALTER TABLE `db`.`t`\n  DROP CONSTRAINT `CONSTRAINT_3`,\n  ADD "
                                       "CONSTRAINT `CONSTRAINT_1` CHECK (`b` > 0)")};
    QTest::newRow("column moved")
        << table(QStringLiteral(
               "  `id` int(11) NOT NULL,\n  `b` int(11) DEFAULT NULL,\n  `a` int(11) DEFAULT NULL"))
        << table(QStringLiteral(
               "  `id` int(11) NOT NULL,\n  `a` int(11) DEFAULT NULL,\n  `b` int(11) DEFAULT NULL"))
        << QStringList {
               QStringLiteral("ALTER TABLE `db`.`t`\n  MODIFY COLUMN `a` int(11) DEFAULT NULL AFTER `id`,\n  "
                              "MODIFY COLUMN `b` int(11) DEFAULT NULL AFTER `a`")};
    QTest::newRow("options, partitioning and foreign keys")
        << table(cols
                   + QStringLiteral(
                       "  PRIMARY KEY (`id`),\n  CONSTRAINT `fk2` FOREIGN KEY (`a`) REFERENCES `p` (`id`)"),
               QStringLiteral("ENGINE=InnoDB AUTO_INCREMENT=9"))
        << table(cols
                   + QStringLiteral(
                       "  PRIMARY KEY (`id`),\n  CONSTRAINT `fk` FOREIGN KEY (`a`) REFERENCES `p` (`id`)"),
               QStringLiteral("ENGINE=InnoDB AUTO_INCREMENT=3\n PARTITION BY HASH (`id`)\nPARTITIONS 2"))
        << QStringList {QStringLiteral("ALTER TABLE `db`.`t` DROP FOREIGN KEY `fk2`"),
               QStringLiteral("ALTER TABLE `db`.`t` ENGINE=InnoDB AUTO_INCREMENT=3"),
               QStringLiteral("ALTER TABLE `db`.`t` PARTITION BY HASH (`id`)\nPARTITIONS 2"),
               QStringLiteral(
                   "ALTER TABLE `db`.`t` ADD CONSTRAINT `fk` FOREIGN KEY (`a`) REFERENCES `p` (`id`)")};
    QTest::newRow("partitioning removed")
        << table(cols + QStringLiteral("  PRIMARY KEY (`id`)"),
               QStringLiteral("ENGINE=InnoDB\n PARTITION BY HASH (`id`)\nPARTITIONS 2"))
        << table(cols + QStringLiteral("  PRIMARY KEY (`id`)"))
        << QStringList {QStringLiteral("ALTER TABLE `db`.`t` REMOVE PARTITIONING")};
}

void TstSchemaSyncPlan::fixups()
{
    QFETCH(QString, current);
    QFETCH(QString, saved);
    QFETCH(QStringList, expected);
    const std::optional<CreateTableText> have = CreateTableText::parse(current);
    const std::optional<CreateTableText> want = CreateTableText::parse(saved);
    QVERIFY(have && want);
    QCOMPARE(CreateTableText::fixups(*have, *want, QStringLiteral("`db`.`t`")), expected);
}

void TstSchemaSyncPlan::backupRoundTrip()
{
    SchemaBackup b;
    b.id = QStringLiteral("20250101-120000-abcdef");
    b.database = QStringLiteral("数据库");
    b.created = QDateTime::currentDateTimeUtc();
    SchemaBackup::SavedObject o;
    o.type = ObjectType::Trigger;
    o.name = QStringLiteral("t`bi");
    o.createStatement = QStringLiteral("CREATE TRIGGER ...");
    o.sqlMode = QStringLiteral("STRICT_ALL_TABLES");
    o.table = QStringLiteral("t");
    o.order = 2;
    b.objects << o;
    SchemaBackup::SavedObject created;
    created.type = ObjectType::Function;
    created.name = QStringLiteral("f");
    created.existed = false;
    b.objects << created;
    b.quarantined << SchemaBackup::Quarantined {QStringLiteral("old"), QStringLiteral("q_old"), 3};
    SchemaBackup::SavedColumns c;
    c.table = QStringLiteral("t");
    c.columns = {QStringLiteral("a")};
    c.reason = SchemaBackup::SavedColumns::Reason::Narrowed;
    c.step = 1;
    c.shape.database = b.database;
    c.shape.table = QStringLiteral("t");
    SyncTable::Column id, a;
    id.name = QStringLiteral("id");
    id.kind = Sql::LiteralKind::Numeric;
    a.name = QStringLiteral("a");
    a.charset = "latin1";
    c.shape.columns = {id, a};
    c.shape.keyColumns = {0};
    c.beforeRows = 5;
    c.beforeDigest = QStringLiteral("abc");
    b.columns << c;
    SchemaSyncStep s;
    s.step.objectName = QStringLiteral("old");
    s.step.sql = QStringLiteral("RENAME TABLE `old` TO `_q`.`q_old`");
    s.step.risk = MigrationStep::Risk::Destructive;
    s.plannedSql = QStringLiteral("DROP TABLE `old`");
    s.quarantineOf = QStringLiteral("old");
    s.needsConsent = true;
    s.state = SchemaSyncStep::State::Applied;
    b.steps << s;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<QString> digest = b.save(dir.path());
    QVERIFY(digest.ok());
    Result<SchemaBackup> back = SchemaBackup::load(dir.path(), *digest);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->toJson(), b.toJson());
    QCOMPARE(back->objects[0].order, 2);
    QVERIFY(!back->objects[1].existed);
    QCOMPARE(back->columns[0].shape.columns[1].charset, QByteArray("latin1"));
    QCOMPARE(back->steps[0].state, SchemaSyncStep::State::Applied);
    QCOMPARE(back->steps[0].plannedSql, QStringLiteral("DROP TABLE `old`"));

    // A changed file is refused when the catalog's digest is given.
    QFile f(QDir(dir.path()).filePath(SchemaBackup::fileName()));
    QVERIFY(f.open(QIODevice::Append));
    f.write(" ");
    f.close();
    QVERIFY(!SchemaBackup::load(dir.path(), *digest).ok());
    QVERIFY(SchemaBackup::load(dir.path()).ok());
}

QTEST_GUILESS_MAIN(TstSchemaSyncPlan)
#include "tst_schemasyncplan.moc"

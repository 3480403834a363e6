// MigrationPlanner on hand-built models (no server): statement order, risk labels, warnings for
// narrowing changes, foreign key cycles, and the script format. The integration test
// (tst_schemadiff, migrate) applies the plans of every golden case to a real server.
#include "schema/MigrationPlanner.h"
#include "schema/SchemaDiff.h"

#include <QTest>

namespace {

Column column(const QString& name, const QString& type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

Table table(const QString& name, const QList<Column>& columns)
{
    Table t;
    t.name = name;
    t.engine = QStringLiteral("InnoDB");
    t.rowFormat = QStringLiteral("Dynamic");
    t.charset = QStringLiteral("utf8mb4");
    t.collation = QStringLiteral("utf8mb4_general_ci");
    t.columns = columns;
    for (int i = 0; i < t.columns.size(); ++i)
        t.columns[i].ordinal = i + 1;
    Index pk;
    pk.name = QStringLiteral("PRIMARY");
    pk.primary = pk.unique = true;
    pk.type = QStringLiteral("BTREE");
    pk.parts << Index::Part {columns.first().name, {}, 0, false};
    t.indexes << pk;
    return t;
}

DatabaseSchema schema(const QString& name, const QList<Table>& tables)
{
    DatabaseSchema s;
    s.name = name;
    s.tables = tables;
    s.serverVersionNumber = 101106;
    return s;
}

MigrationPlan planFor(const DatabaseSchema& source, const DatabaseSchema& target, const SchemaDiffOptions& options = {})
{
    return MigrationPlanner::plan(source, target, SchemaDiff::compare(source, target, options), options);
}

int indexOf(const MigrationPlan& plan, const QString& sqlPart)
{
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps[i].sql.contains(sqlPart))
            return i;
    }
    return -1;
}

} // namespace

class TstSchemaPlanner : public QObject
{
    Q_OBJECT

private slots:
    void narrowing_data();
    void narrowing();
    void identicalPlansNothing();
    void alterTableInOneStatement();
    void riskLabels();
    void foreignKeyCycleAmongNewTables();
    void foreignKeyInTheWayOfAColumnChange();
    void ignoredAttributesAreKept();
    void scriptFormat();
};

void TstSchemaPlanner::narrowing_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("warns");
    QTest::newRow("int to bigint") << "int(11)" << "bigint(20)" << false;
    QTest::newRow("bigint to int") << "bigint(20)" << "int(11)" << true;
    QTest::newRow("signedness") << "int(11)" << "int(10) unsigned" << true;
    QTest::newRow("display width only") << "int(11)" << "int" << false;
    QTest::newRow("longer varchar") << "varchar(40)" << "varchar(80)" << false;
    QTest::newRow("shorter varchar") << "varchar(80)" << "varchar(40)" << true;
    QTest::newRow("varchar to text") << "varchar(255)" << "text" << false;
    QTest::newRow("text to varchar") << "text" << "varchar(100)" << true;
    QTest::newRow("mediumtext to text") << "mediumtext" << "text" << true;
    QTest::newRow("wider decimal") << "decimal(10,2)" << "decimal(12,2)" << false;
    QTest::newRow("narrower decimal") << "decimal(12,2)" << "decimal(10,2)" << true;
    QTest::newRow("fewer decimals") << "decimal(10,2)" << "decimal(10,1)" << true;
    QTest::newRow("fractional seconds") << "datetime(6)" << "datetime" << true;
    QTest::newRow("enum member removed") << "enum('a','b')" << "enum('a')" << true;
    QTest::newRow("enum member added") << "enum('a')" << "enum('a','b')" << false;
    QTest::newRow("float to double") << "float" << "double" << false;
    QTest::newRow("double to float") << "double" << "float" << true;
    QTest::newRow("text to int") << "varchar(10)" << "int(11)" << true;
}

void TstSchemaPlanner::narrowing()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, warns);
    const QString warning = MigrationPlanner::narrowingWarning(QStringLiteral("c"), from, to);
    QCOMPARE(!warning.isEmpty(), warns);
    if (warns)
        QVERIFY(warning.contains(QStringLiteral("c")));
}

void TstSchemaPlanner::identicalPlansNothing()
{
    const Table t = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false)});
    const MigrationPlan plan = planFor(schema(QStringLiteral("a"), {t}), schema(QStringLiteral("b"), {t}));
    QVERIFY(plan.isEmpty());
    QVERIFY(!plan.hasDestructiveSteps());
    QVERIFY(plan.toSql().contains(QStringLiteral("Nothing to do")));
}

void TstSchemaPlanner::alterTableInOneStatement()
{
    const Table s = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                               column(QStringLiteral("a"), QStringLiteral("int(11)")),
                                               column(QStringLiteral("new_one"), QStringLiteral("varchar(10)")),
                                               column(QStringLiteral("b"), QStringLiteral("bigint(20)"))});
    const Table t = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                               column(QStringLiteral("b"), QStringLiteral("int(11)")),
                                               column(QStringLiteral("a"), QStringLiteral("int(11)")),
                                               column(QStringLiteral("old_one"), QStringLiteral("int(11)"))});
    const MigrationPlan plan = planFor(schema(QStringLiteral("a"), {s}), schema(QStringLiteral("b"), {t}));
    QCOMPARE(plan.steps.size(), 1);
    const MigrationStep& step = plan.steps.first();
    QCOMPARE(step.objectName, QStringLiteral("t"));
    QVERIFY2(step.sql.startsWith(QStringLiteral("ALTER TABLE `t`\n")), qPrintable(step.sql));
    QVERIFY2(step.sql.contains(QStringLiteral("DROP COLUMN `old_one`")), qPrintable(step.sql));
    QVERIFY2(step.sql.contains(QStringLiteral("ADD COLUMN `new_one` varchar(10) AFTER `a`")), qPrintable(step.sql));
    QVERIFY2(step.sql.contains(QStringLiteral("MODIFY COLUMN `b` bigint(20) AFTER `new_one`")), qPrintable(step.sql));
    // `a` keeps its place relative to `id`; only `b` moved.
    QVERIFY2(!step.sql.contains(QStringLiteral("MODIFY COLUMN `a`")), qPrintable(step.sql));
    QVERIFY(step.sql.indexOf(QStringLiteral("DROP COLUMN")) < step.sql.indexOf(QStringLiteral("ADD COLUMN")));
    QCOMPARE(step.risk, MigrationStep::Risk::Destructive); // the dropped column
    QVERIFY(step.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("old_one")));
}

void TstSchemaPlanner::riskLabels()
{
    Table s = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                         column(QStringLiteral("a"), QStringLiteral("int(11)"))});
    Table t = s;
    s.comment = QStringLiteral("new comment");
    const MigrationPlan comment = planFor(schema(QStringLiteral("a"), {s}), schema(QStringLiteral("b"), {t}));
    QCOMPARE(comment.steps.size(), 1);
    QCOMPARE(comment.steps.first().risk, MigrationStep::Risk::Instant);
    QVERIFY(comment.steps.first().sql.contains(QStringLiteral("COMMENT='new comment'")));

    Table withIndex = t;
    Index k;
    k.name = QStringLiteral("k_a");
    k.type = QStringLiteral("BTREE");
    k.parts << Index::Part {QStringLiteral("a"), {}, 0, true};
    withIndex.indexes << k;
    const MigrationPlan index = planFor(schema(QStringLiteral("a"), {withIndex}), schema(QStringLiteral("b"), {t}));
    QCOMPARE(index.steps.size(), 1);
    QCOMPARE(index.steps.first().risk, MigrationStep::Risk::InPlace);
    QVERIFY2(index.steps.first().sql.contains(QStringLiteral("ADD KEY `k_a` (`a` DESC) USING BTREE")), qPrintable(index.steps.first().sql));

    const MigrationPlan narrowing = planFor(
        schema(QStringLiteral("a"), {table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                                                column(QStringLiteral("a"), QStringLiteral("smallint(6)"))})}),
        schema(QStringLiteral("b"), {t}));
    QCOMPARE(narrowing.steps.first().risk, MigrationStep::Risk::Destructive);
    QVERIFY(!narrowing.steps.first().warnings.isEmpty());

    const MigrationPlan drop = planFor(schema(QStringLiteral("a"), {}), schema(QStringLiteral("b"), {t}));
    QCOMPARE(drop.steps.size(), 1);
    QCOMPARE(drop.steps.first().sql, QStringLiteral("DROP TABLE `t`"));
    QCOMPARE(drop.steps.first().risk, MigrationStep::Risk::Destructive);
    QVERIFY(drop.hasDestructiveSteps());
}

void TstSchemaPlanner::foreignKeyCycleAmongNewTables()
{
    Table a = table(QStringLiteral("a"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                         column(QStringLiteral("b_id"), QStringLiteral("int(11)"))});
    Table b = table(QStringLiteral("b"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                         column(QStringLiteral("a_id"), QStringLiteral("int(11)"))});
    Table child = table(QStringLiteral("child"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                                 column(QStringLiteral("a_id"), QStringLiteral("int(11)"))});
    a.foreignKeys << ForeignKey {QStringLiteral("fk_a_b"), {QStringLiteral("b_id")}, QStringLiteral("src"), QStringLiteral("b"),
                                 {QStringLiteral("id")}, {}, {}};
    b.foreignKeys << ForeignKey {QStringLiteral("fk_b_a"), {QStringLiteral("a_id")}, QStringLiteral("src"), QStringLiteral("a"),
                                 {QStringLiteral("id")}, {}, {}};
    child.foreignKeys << ForeignKey {QStringLiteral("fk_child_a"), {QStringLiteral("a_id")}, QStringLiteral("src"),
                                     QStringLiteral("a"), {QStringLiteral("id")}, /*onUpdate*/ {}, /*onDelete*/ QStringLiteral("CASCADE")};
    const MigrationPlan plan = planFor(schema(QStringLiteral("src"), {child, a, b}), schema(QStringLiteral("dst"), {}));
    const int createA = indexOf(plan, QStringLiteral("CREATE TABLE `a`"));
    const int createB = indexOf(plan, QStringLiteral("CREATE TABLE `b`"));
    const int createChild = indexOf(plan, QStringLiteral("CREATE TABLE `child`"));
    QVERIFY(createA >= 0 && createB >= 0 && createChild >= 0);
    QVERIFY(createA < createChild); // the parent first, so the child's key is inline
    QVERIFY2(plan.steps[createChild].sql.contains(QStringLiteral("CONSTRAINT `fk_child_a` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`) ON DELETE CASCADE")), qPrintable(plan.toSql()));
    // Exactly one key of the cycle is added after both tables exist.
    const int deferred = indexOf(plan, QStringLiteral("ADD CONSTRAINT"));
    QVERIFY(deferred > qMax(createA, createB));
    const bool aInline = plan.steps[createA].sql.contains(QStringLiteral("fk_a_b"));
    const bool bInline = plan.steps[createB].sql.contains(QStringLiteral("fk_b_a"));
    QVERIFY(aInline != bInline);
    for (const MigrationStep& step : plan.steps)
        QVERIFY(step.risk != MigrationStep::Risk::Destructive);
}

void TstSchemaPlanner::foreignKeyInTheWayOfAColumnChange()
{
    // parent.id int -> bigint with child.parent_id referencing it: the key is dropped first and
    // added back after both columns changed.
    Table parent = table(QStringLiteral("parent"), {column(QStringLiteral("id"), QStringLiteral("bigint(20)"), false)});
    Table child = table(QStringLiteral("child"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                                 column(QStringLiteral("parent_id"), QStringLiteral("bigint(20)"))});
    child.foreignKeys << ForeignKey {QStringLiteral("fk_parent"), {QStringLiteral("parent_id")}, QStringLiteral("src"),
                                     QStringLiteral("parent"), {QStringLiteral("id")}, {}, {}};
    Table oldParent = table(QStringLiteral("parent"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false)});
    Table oldChild = child;
    oldChild.columns[1].type = QStringLiteral("int(11)");
    oldChild.foreignKeys[0].referencedDatabase = QStringLiteral("dst");
    const MigrationPlan plan = planFor(schema(QStringLiteral("src"), {child, parent}), schema(QStringLiteral("dst"), {oldChild, oldParent}));
    const int drop = indexOf(plan, QStringLiteral("DROP FOREIGN KEY `fk_parent`"));
    const int alterParent = indexOf(plan, QStringLiteral("MODIFY COLUMN `id` bigint(20) NOT NULL"));
    const int alterChild = indexOf(plan, QStringLiteral("MODIFY COLUMN `parent_id` bigint(20)"));
    const int add = indexOf(plan, QStringLiteral("ADD CONSTRAINT `fk_parent`"));
    QVERIFY2(drop >= 0 && alterParent >= 0 && alterChild >= 0 && add >= 0, qPrintable(plan.toSql()));
    QVERIFY(drop < alterParent && drop < alterChild);
    QVERIFY(add > alterParent && add > alterChild);
}

void TstSchemaPlanner::ignoredAttributesAreKept()
{
    Table s = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                         column(QStringLiteral("a"), QStringLiteral("bigint(20)"))});
    s.columns[1].comment = QStringLiteral("source comment");
    Table t = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("int(11)"), false),
                                         column(QStringLiteral("a"), QStringLiteral("int(11)"))});
    t.columns[1].comment = QStringLiteral("target comment");
    SchemaDiffOptions o;
    o.ignoreComments = true;
    const MigrationPlan plan = planFor(schema(QStringLiteral("a"), {s}), schema(QStringLiteral("b"), {t}), o);
    QCOMPARE(plan.steps.size(), 1);
    QVERIFY2(plan.steps.first().sql.contains(QStringLiteral("COMMENT 'target comment'")), qPrintable(plan.steps.first().sql));
}

void TstSchemaPlanner::scriptFormat()
{
    DatabaseSchema s = schema(QStringLiteral("src"), {});
    Routine p;
    p.name = QStringLiteral("p");
    p.body = QStringLiteral("BEGIN\n  SELECT 1;\n  SELECT 2;\nEND");
    p.dataAccess = QStringLiteral("CONTAINS SQL");
    p.securityType = QStringLiteral("DEFINER");
    s.routines << p;
    const MigrationPlan plan = planFor(s, schema(QStringLiteral("dst `x"), {}));
    const QString sql = plan.toSql();
    QVERIFY2(sql.contains(QStringLiteral("USE `dst ``x`;")), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("DELIMITER $$\nCREATE PROCEDURE `p`() NOT DETERMINISTIC CONTAINS SQL SQL SECURITY DEFINER\nBEGIN")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("END$$\nDELIMITER ;")), qPrintable(sql));
    QVERIFY(sql.contains(QStringLiteral("-- [instant] procedure p: create")));
    // A name with a line break stays inside its comment; a body holding $$ gets another delimiter.
    DatabaseSchema hostile = schema(QStringLiteral("src"), {});
    Routine evil = p;
    evil.name = QStringLiteral("x\nDROP DATABASE prod; -- ");
    evil.body = QStringLiteral("BEGIN SELECT '$$'; END");
    hostile.routines << evil;
    const QString hostileSql = planFor(hostile, schema(QStringLiteral("dst"), {})).toSql();
    QVERIFY2(hostileSql.contains(QStringLiteral("\n-- [instant] procedure x DROP DATABASE prod; -- : create\nDELIMITER")),
             qPrintable(hostileSql));
    QVERIFY2(hostileSql.contains(QStringLiteral("CREATE PROCEDURE `x\nDROP DATABASE prod; -- `()")), qPrintable(hostileSql));
    QVERIFY2(hostileSql.contains(QStringLiteral("DELIMITER //\n")), qPrintable(hostileSql));
    QVERIFY2(hostileSql.contains(QStringLiteral("END//\nDELIMITER ;")), qPrintable(hostileSql));

    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("statements")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TstSchemaPlanner)
#include "tst_schemaplanner.moc"

// The schema view's widgets on their own: side-by-side definitions with line and word marks and
// synchronised scrolling, SQL colouring, the migration script pane, the log, the environment band.
#include "EnvironmentBand.h"
#include "LogView.h"
#include "MigrationScriptView.h"
#include "MigrationStepsModel.h"
#include "SideBySideDiffView.h"
#include "SqlHighlighter.h"
#include "UiStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

namespace {

const QString SourceCreate = QStringLiteral(
    "CREATE TABLE `customers` (\n"
    "  `id` int(11) NOT NULL,\n"
    "  `name` varchar(80) NOT NULL,\n"
    "  `email` varchar(120) DEFAULT NULL,\n"
    "  PRIMARY KEY (`id`),\n"
    "  KEY `k_email` (`email`)\n"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
const QString TargetCreate = QStringLiteral(
    "CREATE TABLE `customers` (\n"
    "  `id` int(11) NOT NULL,\n"
    "  `name` varchar(40) NOT NULL,\n"
    "  `email` varchar(120) DEFAULT NULL,\n"
    "  `loyalty` tinyint(4) DEFAULT NULL,\n"
    "  PRIMARY KEY (`id`)\n"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");

/// The background colours of the extra selections covering `line`, as names.
QStringList marksOn(QPlainTextEdit* editor, int line)
{
    QStringList colors;
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    for (const QTextEdit::ExtraSelection& s : editor->extraSelections()) {
        if (s.cursor.block() == block || (s.cursor.selectionStart() >= block.position()
                                             && s.cursor.selectionEnd() <= block.position() + block.length()))
            colors << s.format.background().color().name();
    }
    return colors;
}

/// The text of the character ranges (not whole lines) marked on `line`.
QStringList markedWords(QPlainTextEdit* editor, int line)
{
    QStringList words;
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    for (const QTextEdit::ExtraSelection& s : editor->extraSelections()) {
        if (s.cursor.hasSelection() && s.cursor.block() == block)
            words << s.cursor.selectedText();
    }
    return words;
}

MigrationPlan plan()
{
    MigrationPlan p;
    p.sourceDatabase = QStringLiteral("shop");
    p.targetDatabase = QStringLiteral("shop_copy");
    MigrationStep alter;
    alter.objectName = QStringLiteral("customers");
    alter.description = QStringLiteral("modify column name; add index k_email");
    alter.sql = QStringLiteral("ALTER TABLE `customers` MODIFY COLUMN `name` varchar(80) NOT NULL, ADD KEY `k_email` (`email`)");
    alter.risk = MigrationStep::Risk::InPlace;
    MigrationStep drop;
    drop.objectName = QStringLiteral("customers");
    drop.description = QStringLiteral("drop column loyalty");
    drop.sql = QStringLiteral("ALTER TABLE `customers` DROP COLUMN `loyalty`");
    drop.risk = MigrationStep::Risk::Destructive;
    drop.warnings = {QStringLiteral("The values of loyalty are lost.")};
    p.steps = {alter, drop};
    return p;
}

} // namespace

class TstSchemaViews : public QObject
{
    Q_OBJECT

private slots:
    void alignsAndMarksDifferences();
    void marksChangedWords();
    void scrollsBothSidesTogether();
    void showsMissingSide();
    void highlightsSql_data();
    void highlightsSql();
    void highlightsCommentsAcrossLines();
    void scriptLeavesOutDestructiveStatements();
    void scriptIsSavedAndCopied();
    void logKeepsLevelsAndTimes();
    void bandShowsEnvironments();
};

void TstSchemaViews::alignsAndMarksDifferences()
{
    SideBySideDiffView view;
    view.resize(900, 400);
    view.show();
    view.setTexts(SourceCreate, TargetCreate);
    QCOMPARE(view.leftText(), SourceCreate);
    QCOMPARE(view.rightText(), TargetCreate);
    // Both panes have the same number of lines, so facing lines stay level.
    QCOMPARE(view.leftEditor()->document()->blockCount(), view.rightEditor()->document()->blockCount());
    QVERIFY(!view.leftEditor()->extraSelections().isEmpty());
    QVERIFY(!view.rightEditor()->extraSelections().isEmpty());
    QVERIFY(view.changedLineCount() >= 3);

    const QStringList left = view.leftEditor()->toPlainText().split(QLatin1Char('\n'));
    const QStringList right = view.rightEditor()->toPlainText().split(QLatin1Char('\n'));
    // The first line is the same: not marked.
    QCOMPARE(left.first(), right.first());
    QVERIFY(marksOn(view.leftEditor(), 0).isEmpty());
    // The column only the target has faces a blank filler on the source side, marked red on the right.
    const int loyalty = int(right.indexOf(QRegularExpression(QStringLiteral(".*`loyalty`.*"))));
    QVERIFY(loyalty > 0);
    QCOMPARE(left.at(loyalty), QString());
    QVERIFY(marksOn(view.rightEditor(), loyalty).contains(UiStyle::tint(UiStyle::onlyInTargetColor(), &view).name()));
    // The index only the source has is green on the left.
    const int key = int(left.indexOf(QRegularExpression(QStringLiteral(".*KEY `k_email`.*"))));
    QVERIFY(key > 0);
    QVERIFY(marksOn(view.leftEditor(), key).contains(UiStyle::tint(UiStyle::onlyInSourceColor(), &view).name()));
}

void TstSchemaViews::marksChangedWords()
{
    SideBySideDiffView view;
    view.setTexts(SourceCreate, TargetCreate);
    const QStringList left = view.leftEditor()->toPlainText().split(QLatin1Char('\n'));
    const int name = int(left.indexOf(QRegularExpression(QStringLiteral(".*`name`.*"))));
    QVERIFY(name > 0);
    QCOMPARE(markedWords(view.leftEditor(), name), QStringList {QStringLiteral("80")});
    QCOMPARE(markedWords(view.rightEditor(), name), QStringList {QStringLiteral("40")});
    QVERIFY(view.changedWordCount() >= 2);
}

void TstSchemaViews::scrollsBothSidesTogether()
{
    SideBySideDiffView view;
    view.resize(500, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines << QStringLiteral("  `c%1` int NOT NULL DEFAULT 0 COMMENT 'a long comment to scroll sideways too',").arg(i);
    const QString text = QStringLiteral("CREATE TABLE `t` (\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n)");
    QString other = text;
    other.replace(QStringLiteral("`c100` int"), QStringLiteral("`c100` bigint"));
    view.setTexts(text, other);
    QScrollBar* left = view.leftEditor()->verticalScrollBar();
    QScrollBar* right = view.rightEditor()->verticalScrollBar();
    QVERIFY(left->maximum() > 50);
    left->setValue(90);
    QCOMPARE(right->value(), 90);
    right->setValue(20);
    QCOMPARE(left->value(), 20);
    view.rightEditor()->horizontalScrollBar()->setValue(30);
    QCOMPARE(view.leftEditor()->horizontalScrollBar()->value(), view.rightEditor()->horizontalScrollBar()->value());
}

void TstSchemaViews::showsMissingSide()
{
    SideBySideDiffView view;
    view.setTexts(SourceCreate, QString(), QStringLiteral("missing on the left"), QStringLiteral("missing on the right"));
    QCOMPARE(view.leftEditor()->toPlainText(), SourceCreate);
    // The missing side says so in placeholder text, which the SQL colouring never touches.
    QCOMPARE(view.rightEditor()->toPlainText(), QString());
    QCOMPARE(view.rightEditor()->placeholderText(), QStringLiteral("missing on the right"));
    QCOMPARE(view.leftEditor()->placeholderText(), QString());
    // The status says the object is on one side only; its lines are not painted as a difference.
    QVERIFY(view.leftEditor()->extraSelections().isEmpty());
    QCOMPARE(view.changedLineCount(), 0);
}

void TstSchemaViews::highlightsSql_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("token");
    QTest::newRow("keyword") << QStringLiteral("ALTER TABLE `t` ADD COLUMN x int") << QStringLiteral("ALTER")
                             << int(SqlHighlighter::Token::Keyword);
    QTest::newRow("lower-case keyword") << QStringLiteral("create table t (id int)") << QStringLiteral("table")
                                        << int(SqlHighlighter::Token::Keyword);
    QTest::newRow("backtick identifier") << QStringLiteral("DROP TABLE `order items`") << QStringLiteral("`order items`")
                                         << int(SqlHighlighter::Token::Identifier);
    QTest::newRow("doubled backtick") << QStringLiteral("DROP TABLE `a``b` x") << QStringLiteral("`a``b`")
                                      << int(SqlHighlighter::Token::Identifier);
    QTest::newRow("string with escape") << QStringLiteral("COMMENT 'it\\'s -- not a comment'")
                                        << QStringLiteral("'it\\'s -- not a comment'") << int(SqlHighlighter::Token::String);
    QTest::newRow("line comment") << QStringLiteral("SELECT 1; -- done") << QStringLiteral("-- done")
                                  << int(SqlHighlighter::Token::Comment);
    QTest::newRow("hash comment") << QStringLiteral("# note") << QStringLiteral("# note") << int(SqlHighlighter::Token::Comment);
    QTest::newRow("warning comment") << QStringLiteral("-- WARNING: values are cut") << QStringLiteral("-- WARNING")
                                     << int(SqlHighlighter::Token::Warning);
    QTest::newRow("number") << QStringLiteral("varchar(120)") << QStringLiteral("120") << int(SqlHighlighter::Token::Number);
}

void TstSchemaViews::highlightsSql()
{
    QFETCH(QString, line);
    QFETCH(QString, fragment);
    QFETCH(int, token);
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(line);
    highlighter.rehighlight(); // a new highlighter's first pass is queued; run it now
    const QTextBlock block = document.firstBlock();
    const int at = int(line.indexOf(fragment));
    QVERIFY(at >= 0);
    const QColor expected = highlighter.format(SqlHighlighter::Token(token)).foreground().color();
    bool covered = false;
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.start <= at && range.start + range.length >= at + fragment.size()) {
            QCOMPARE(range.format.foreground().color(), expected);
            covered = true;
        }
    }
    QVERIFY2(covered, qPrintable(fragment));
}

void TstSchemaViews::highlightsCommentsAcrossLines()
{
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("/* first\nstill a comment ALTER\nend */ DROP"));
    highlighter.rehighlight();
    const QColor comment = highlighter.format(SqlHighlighter::Token::Comment).foreground().color();
    const QColor keyword = highlighter.format(SqlHighlighter::Token::Keyword).foreground().color();
    const QTextBlock second = document.findBlockByNumber(1);
    QCOMPARE(second.layout()->formats().size(), 1);
    QCOMPARE(second.layout()->formats().first().format.foreground().color(), comment);
    QCOMPARE(second.layout()->formats().first().length, second.length() - 1);
    const QTextBlock third = document.findBlockByNumber(2);
    QCOMPARE(third.layout()->formats().last().format.foreground().color(), keyword);
}

void TstSchemaViews::scriptLeavesOutDestructiveStatements()
{
    MigrationScriptView view;
    view.show();
    view.setPlan(plan());
    QCOMPARE(view.excludedCount(), 1);
    QVERIFY(view.excludedLabel()->isVisibleTo(&view));
    QVERIFY(view.excludedLabel()->text().startsWith(QStringLiteral("1 statement(s) left out")));
    QVERIFY(!view.allowDestructiveBox()->isChecked());
    QVERIFY(view.script().contains(QStringLiteral("MODIFY COLUMN `name` varchar(80)")));
    QVERIFY(!view.script().contains(QStringLiteral("DROP COLUMN `loyalty`")));
    QVERIFY(view.script().contains(QStringLiteral("left out")));
    QCOMPARE(view.scriptEditor()->toPlainText(), view.script());
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("destructive: 1")));

    QSignalSpy changed(&view, &MigrationScriptView::scriptChanged);
    view.allowDestructiveBox()->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(view.excludedCount(), 0);
    QVERIFY(!view.excludedLabel()->isVisibleTo(&view));
    QVERIFY(view.script().contains(QStringLiteral("DROP COLUMN `loyalty`")));
    QVERIFY(view.script().contains(QStringLiteral("-- WARNING: The values of loyalty are lost.")));
    QCOMPARE(view.includedPlan().steps.size(), 2);

    // A new plan asks for consent again.
    view.setPlan(plan());
    QVERIFY(!view.allowDestructiveBox()->isChecked());
    QCOMPARE(view.excludedCount(), 1);

    // The colouring is on: the script's keywords carry a format.
    const QTextBlock use = view.scriptEditor()->document()->findBlockByNumber(
        int(view.script().left(view.script().indexOf(QStringLiteral("USE "))).count(QLatin1Char('\n'))));
    QVERIFY(!use.layout()->formats().isEmpty());

    // Selecting a statement shows it in the script.
    view.stepsView()->setCurrentIndex(view.model()->index(0, 0));
    QVERIFY(view.scriptEditor()->textCursor().block().text().startsWith(QStringLiteral("-- [in place]")));
}

void TstSchemaViews::scriptIsSavedAndCopied()
{
    MigrationScriptView view;
    view.setPlan(plan());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("migrate.sql"));
    QVERIFY(view.saveScriptTo(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), view.script());
    QVERIFY(!view.saveScriptTo(dir.filePath(QStringLiteral("no/such/folder/x.sql"))).ok());
    view.copyScript();
    QCOMPARE(QApplication::clipboard()->text(), view.script());

    view.setPlan(MigrationPlan());
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("Nothing to migrate")));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("copyScriptButton"))->isEnabled());
    QVERIFY(!view.allowDestructiveBox()->isEnabled());
}

void TstSchemaViews::logKeepsLevelsAndTimes()
{
    LogView log;
    QSignalSpy problems(&log, &LogView::problemLogged);
    QCOMPARE(log.lineCount(), 0);
    log.info(QStringLiteral("Schema read started"));
    log.warning(QStringLiteral("Compare cancelled"));
    log.error(QStringLiteral("Access denied\nfor user dba"));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(log.count(LogView::Level::Info), 1);
    QCOMPARE(log.count(LogView::Level::Error), 1);
    const QStringList lines = log.lines();
    QCOMPARE(lines.size(), 4); // the error's second line is indented under it
    QVERIFY(lines.at(0).contains(QStringLiteral("INFO")));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("Schema read started")));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  ")).match(lines.at(1)).hasMatch());
    QVERIFY(lines.at(2).contains(QStringLiteral("ERROR")));
    QVERIFY(lines.at(3).trimmed() == QStringLiteral("for user dba"));
    QCOMPARE(lines.at(3).indexOf(QStringLiteral("for")), lines.at(2).indexOf(QStringLiteral("Access")));
    log.copy();
    QCOMPARE(QApplication::clipboard()->text(), lines.join(QLatin1Char('\n')));
    QVERIFY(log.findChild<QLabel*>(QStringLiteral("logEmptyLabel"))->text().contains(QStringLiteral("1 error")));
    log.clear();
    QCOMPARE(log.lineCount(), 0);
}

void TstSchemaViews::bandShowsEnvironments()
{
    Profile prod;
    prod.name = QStringLiteral("prod");
    prod.tag = QStringLiteral("prod");
    Profile dev;
    dev.name = QStringLiteral("laptop");
    dev.tag = QStringLiteral("dev");
    EnvironmentBand band;
    band.setEndpoints(QStringLiteral("laptop/shop"), dev, QStringLiteral("prod/shop"), prod);
    QCOMPARE(band.sourceText(), QStringLiteral("laptop/shop"));
    QCOMPARE(band.targetText(), QStringLiteral("prod/shop"));
    QCOMPARE(band.sourceTag(), QStringLiteral("DEV"));
    QCOMPARE(band.targetTag(), QStringLiteral("PROD"));
    QCOMPARE(band.targetGroup(), ProfilesModel::Group::Production);
    QVERIFY(band.findChild<QLabel*>(QStringLiteral("bandNote"))->text().contains(QStringLiteral("production")));

    band.setEndpoints(QStringLiteral("prod/shop"), prod, QStringLiteral("mysql://dba@10.0.0.9/shop"), std::nullopt);
    QCOMPARE(band.targetTag(), QString());
    QCOMPARE(band.targetGroup(), ProfilesModel::Group::Other);
    QVERIFY(band.findChild<QLabel*>(QStringLiteral("bandNote"))->text().isEmpty());
}

QTEST_MAIN(TstSchemaViews)
#include "tst_schemaviews.moc"

// How the Data view reads values and keys: character sets, NULL against empty, hex, JSON, typed
// keys, and the side-by-side value view's marks.
#include "compare/KeyCodec.h"
#include "data/KeyInput.h"
#include "data/ValueDiffView.h"
#include "data/ValueFormat.h"

#include <QTextBlock>
#include <QTextEdit>
#include <QtTest>

namespace {

DiffColumn textColumn(const QString& charset, const QString& type = QStringLiteral("varchar(100)"))
{
    return DiffColumn {QStringLiteral("c"), type, QStringLiteral("text"), charset};
}

DiffColumn binaryColumn()
{
    return DiffColumn {QStringLiteral("b"), QStringLiteral("blob"), QStringLiteral("binary"), {}};
}

/// The texts of the character runs of `edit` drawn bold (the marked words).
QStringList boldRuns(const QTextEdit* edit)
{
    QStringList runs;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().fontWeight() >= QFont::Bold)
                runs.append(f.text());
        }
    }
    return runs;
}

} // namespace

class TstDataDiffFormat : public QObject
{
    Q_OBJECT

private slots:
    void decodesCharsets_data();
    void decodesCharsets();
    void previewKeepsNullApartFromEmpty();
    void previewOfLongAndBinaryValues();
    void undecodableTextIsShownAsBytes();
    void prettyJson();
    void hexDump();
    void parsesKeys_data();
    void parsesKeys();
    void rejectsBadKeys_data();
    void rejectsBadKeys();
    void keyCodecFollowsTheSample();
    void valueViewMarksWords();
    void valueViewAlignsJsonLines();
    void valueViewShowsNullAndAbsence();
    void valueViewShowsBytesInHex();
};

void TstDataDiffFormat::decodesCharsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("text");

    QTest::newRow("utf8mb4") << QByteArray("caf\xc3\xa9 \xf0\x9f\x98\x80") << QStringLiteral("utf8mb4")
                             << QStringLiteral("café 😀");
    QTest::newRow("latin1") << QByteArray("Z\xfcrich") << QStringLiteral("latin1")
                            << QStringLiteral("Zürich");
    // MySQL's latin1 is cp1252: 0x80 is the euro sign.
    QTest::newRow("latin1 is cp1252")
        << QByteArray("\x80") << QStringLiteral("latin1") << QStringLiteral("€");
    QTest::newRow("gbk") << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("gbk") << QStringLiteral("你好");
    QTest::newRow("gb18030") << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("gb18030")
                             << QStringLiteral("你好");
    QTest::newRow("big5") << QByteArray("\xa4\xa4\xa4\xe5") << QStringLiteral("big5")
                          << QStringLiteral("中文");
    QTest::newRow("ucs2") << QByteArray("\x00\x41\x00\xe9", 4) << QStringLiteral("ucs2")
                          << QStringLiteral("Aé");
    QTest::newRow("no charset (numbers, dates)")
        << QByteArray("2024-01-01") << QString() << QStringLiteral("2024-01-01");
}

void TstDataDiffFormat::decodesCharsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, charset);
    QFETCH(QString, text);
    const std::optional<QString> decoded = ValueFormat::decode(bytes, charset);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, text);
    const std::optional<QByteArray> encoded
        = ValueFormat::encode(text, charset.isEmpty() ? QStringLiteral("utf8mb4") : charset);
    QVERIFY(encoded.has_value());
    QCOMPARE(*encoded, bytes);
}

void TstDataDiffFormat::previewKeepsNullApartFromEmpty()
{
    const ValueFormat::Preview null
        = ValueFormat::preview(std::nullopt, textColumn(QStringLiteral("utf8mb4")));
    QVERIFY(null.null);
    QCOMPARE(null.text, QStringLiteral("NULL"));
    const ValueFormat::Preview empty
        = ValueFormat::preview(QByteArray(""), textColumn(QStringLiteral("utf8mb4")));
    QVERIFY(!empty.null);
    QCOMPARE(empty.text, QString());
    const ValueFormat::Preview word
        = ValueFormat::preview(QByteArray("NULL"), textColumn(QStringLiteral("utf8mb4")));
    QVERIFY(!word.null); // the four letters are text, not SQL NULL
    const ValueFormat::Decoded full
        = ValueFormat::decodeFull(std::nullopt, textColumn(QStringLiteral("utf8mb4")));
    QVERIFY(full.null);
    QVERIFY(!ValueFormat::decodeFull(QByteArray(""), textColumn(QStringLiteral("utf8mb4"))).null);
}

void TstDataDiffFormat::previewOfLongAndBinaryValues()
{
    const QByteArray longText = QByteArray("line one\nline two\t") + QByteArray(10000, 'x');
    const ValueFormat::Preview p = ValueFormat::preview(longText, textColumn(QStringLiteral("utf8mb4")), 50);
    QVERIFY(p.truncated);
    QVERIFY(p.text.size() <= 51);
    QVERIFY(!p.text.contains(QLatin1Char('\n')));
    QVERIFY(p.text.startsWith(QStringLiteral("line one↵line two x")));

    // A multi-byte character cut at the preview's edge does not turn the value into hex.
    const QByteArray chinese = QString(400, QChar(0x4f60)).toUtf8();
    const ValueFormat::Preview c = ValueFormat::preview(chinese, textColumn(QStringLiteral("utf8mb4")), 30);
    QVERIFY(!c.hex);
    QVERIFY(c.truncated);

    const ValueFormat::Preview b = ValueFormat::preview(QByteArray("\x00\x01\xff", 3), binaryColumn());
    QVERIFY(b.hex);
    QCOMPARE(b.text, QStringLiteral("0x0001FF"));
    const ValueFormat::Preview bigBlob
        = ValueFormat::preview(QByteArray(1 << 20, '\x7f'), binaryColumn(), 40);
    QVERIFY(bigBlob.truncated);
    QVERIFY(bigBlob.text.size() <= 40);
}

void TstDataDiffFormat::undecodableTextIsShownAsBytes()
{
    const DiffColumn utf8 = textColumn(QStringLiteral("utf8mb4"));
    const ValueFormat::Decoded bad = ValueFormat::decodeFull(QByteArray("\xff\xfe"), utf8);
    QVERIFY(bad.binary);
    QVERIFY(bad.note.contains(QStringLiteral("utf8mb4")));
    QVERIFY(ValueFormat::preview(QByteArray("\xff\xfe"), utf8).hex);
    const ValueFormat::Decoded unknown
        = ValueFormat::decodeFull(QByteArray("abc"), textColumn(QStringLiteral("armscii8")));
    QVERIFY(unknown.binary);
    QVERIFY(unknown.note.contains(QStringLiteral("armscii8")));
}

void TstDataDiffFormat::prettyJson()
{
    const std::optional<QString> pretty
        = ValueFormat::prettyJson(QStringLiteral("{\"a\":[1,2],\"b\":{\"c\":null}}"));
    QVERIFY(pretty.has_value());
    QVERIFY(pretty->contains(QLatin1Char('\n')));
    QVERIFY(pretty->contains(QStringLiteral("    \"a\": [")));
    QVERIFY(!ValueFormat::prettyJson(QStringLiteral("plain text")).has_value());
    QVERIFY(!ValueFormat::prettyJson(QStringLiteral("{broken")).has_value());
    QVERIFY(!ValueFormat::prettyJson(QStringLiteral("42")).has_value());
}

void TstDataDiffFormat::hexDump()
{
    const QString dump = ValueFormat::hexDump(QByteArray("Hello, world!\x00\x01\x02\xff", 17));
    const QStringList lines = dump.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(
        lines.at(0).startsWith(QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 00 01 02")));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("|Hello, world!...|")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("00000010  ff")));
    const QString capped = ValueFormat::hexDump(QByteArray(100, 'a'), 32);
    QCOMPARE(capped.count(QLatin1Char('\n')), 2);
    QVERIFY(capped.contains(QLocale().toString(68)));
}

void TstDataDiffFormat::parsesKeys_data()
{
    QTest::addColumn<QStringList>("keyColumns");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QList<QByteArray>>("values"); // "<NULL>" for NULL

    QTest::newRow("integer") << QStringList {QStringLiteral("id")} << QStringLiteral(" 42 ")
                             << QList<QByteArray> {"42"};
    QTest::newRow("text with comma, one column")
        << QStringList {QStringLiteral("name")} << QStringLiteral("Oslo, NO")
        << QList<QByteArray> {"Oslo, NO"};
    QTest::newRow("composite") << QStringList {QStringLiteral("id"), QStringLiteral("name")}
                               << QStringLiteral("7, 'Oslo, NO'") << QList<QByteArray> {"7", "Oslo, NO"};
    QTest::newRow("quote in quotes") << QStringList {QStringLiteral("id"), QStringLiteral("name")}
                                     << QStringLiteral("7,'it''s'") << QList<QByteArray> {"7", "it's"};
    QTest::newRow("NULL") << QStringList {QStringLiteral("id"), QStringLiteral("name")}
                          << QStringLiteral("7, NULL") << QList<QByteArray> {"7", "<NULL>"};
    QTest::newRow("'NULL' is text") << QStringList {QStringLiteral("id"), QStringLiteral("name")}
                                    << QStringLiteral("7, 'NULL'") << QList<QByteArray> {"7", "NULL"};
    QTest::newRow("latin1 text") << QStringList {QStringLiteral("city")} << QStringLiteral("Zürich")
                                 << QList<QByteArray> {"Z\xfcrich"};
    QTest::newRow("binary in hex") << QStringList {QStringLiteral("uuid")} << QStringLiteral("0x00ff10")
                                   << QList<QByteArray> {QByteArray("\x00\xff\x10", 3)};
}

void TstDataDiffFormat::parsesKeys()
{
    QFETCH(QStringList, keyColumns);
    QFETCH(QString, typed);
    QFETCH(QList<QByteArray>, values);
    DiffTableInfo table;
    table.name = QStringLiteral("shop.t");
    table.keyColumns = keyColumns;
    table.columns = {DiffColumn {QStringLiteral("id"), QStringLiteral("bigint(20) unsigned"),
                         QStringLiteral("numeric"), {}},
        textColumn(QStringLiteral("utf8mb4")),
        DiffColumn {QStringLiteral("city"), QStringLiteral("varchar(40)"), QStringLiteral("text"),
            QStringLiteral("latin1")},
        DiffColumn {QStringLiteral("uuid"), QStringLiteral("binary(16)"), QStringLiteral("binary"), {}}};
    table.columns[1].name = QStringLiteral("name");
    Result<Row> key = KeyInput::parse(table, typed);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
    QCOMPARE(key->size(), values.size());
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i) == "<NULL>")
            QVERIFY(!key->at(i).has_value());
        else
            QCOMPARE(key->at(i).value_or(QByteArray("<NULL>")), values.at(i));
    }
}

void TstDataDiffFormat::rejectsBadKeys_data()
{
    QTest::addColumn<QStringList>("keyColumns");
    QTest::addColumn<QString>("typed");
    QTest::newRow("not a number") << QStringList {QStringLiteral("id")} << QStringLiteral("abc");
    QTest::newRow("too few values") << QStringList {QStringLiteral("id"), QStringLiteral("name")}
                                    << QStringLiteral("7");
    QTest::newRow("too many values") << QStringList {QStringLiteral("id"), QStringLiteral("name")}
                                     << QStringLiteral("7, a, b");
    QTest::newRow("no key") << QStringList {} << QStringLiteral("7");
}

void TstDataDiffFormat::rejectsBadKeys()
{
    QFETCH(QStringList, keyColumns);
    QFETCH(QString, typed);
    DiffTableInfo table;
    table.name = QStringLiteral("shop.t");
    table.keyColumns = keyColumns;
    table.columns
        = {DiffColumn {QStringLiteral("id"), QStringLiteral("int(11)"), QStringLiteral("numeric"), {}},
            DiffColumn {QStringLiteral("name"), QStringLiteral("varchar(9)"), QStringLiteral("text"),
                QStringLiteral("utf8mb4")}};
    Result<Row> key = KeyInput::parse(table, typed);
    QVERIFY(!key.ok());
    QVERIFY(!key.error().message.isEmpty());
}

void TstDataDiffFormat::keyCodecFollowsTheSample()
{
    DiffTableInfo table;
    table.name = QStringLiteral("shop.t");
    table.keyColumns = {QStringLiteral("id"), QStringLiteral("name")};
    table.columns
        = {DiffColumn {QStringLiteral("id"), QStringLiteral("int(11)"), QStringLiteral("numeric"), {}},
            DiffColumn {QStringLiteral("name"), QStringLiteral("varchar(9)"), QStringLiteral("text"),
                QStringLiteral("utf8mb4")}};
    // A user key whose second column is nullable: the stored sort keys carry a NULL marker there.
    const KeyCodec stored({KeyCodec::Kind::Integer, KeyCodec::Kind::Bytes}, {false, true});
    DiffRow sample;
    sample.key = {QByteArray("3"), QByteArray("x")};
    sample.sortKey = *stored.encode(sample.key);
    Result<QByteArray> typed = KeyInput::sortKey(table, QStringLiteral("5, 'abc'"), &sample);
    QVERIFY(typed.ok());
    QCOMPARE(*typed, *stored.encode({QByteArray("5"), QByteArray("abc")}));
    // Without a sample: a table's own key, no markers.
    const KeyCodec plain({KeyCodec::Kind::Integer, KeyCodec::Kind::Bytes}, {false, false});
    QCOMPARE(*KeyInput::sortKey(table, QStringLiteral("5, abc")),
        *plain.encode({QByteArray("5"), QByteArray("abc")}));
}

void TstDataDiffFormat::valueViewMarksWords()
{
    ValueDiffView view;
    view.setValues(textColumn(QStringLiteral("utf8mb4")), QByteArray("Alice Smith from Oslo"), true,
        QByteArray("Alicia Smith from Oslo"), true);
    QCOMPARE(view.sourceEdit()->toPlainText(), QStringLiteral("Alice Smith from Oslo"));
    QCOMPARE(view.targetEdit()->toPlainText(), QStringLiteral("Alicia Smith from Oslo"));
    QCOMPARE(boldRuns(view.sourceEdit()), QStringList {QStringLiteral("Alice")});
    QCOMPARE(boldRuns(view.targetEdit()), QStringList {QStringLiteral("Alicia")});
    QVERIFY(view.sourceCaption().contains(QStringLiteral("utf8mb4")));
}

void TstDataDiffFormat::valueViewAlignsJsonLines()
{
    ValueDiffView view;
    const DiffColumn json {
        QStringLiteral("j"), QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("utf8mb4")};
    view.setValues(json, QByteArray("{\"a\":1,\"b\":[1,2],\"c\":\"x\"}"), true,
        QByteArray("{\"a\":1,\"c\":\"y\"}"), true);
    const QStringList left = view.sourceEdit()->toPlainText().split(QLatin1Char('\n'));
    const QStringList right = view.targetEdit()->toPlainText().split(QLatin1Char('\n'));
    // Pretty-printed and aligned: both sides have the same number of lines (fillers included).
    QCOMPARE(left.size(), right.size());
    QVERIFY(left.size() > 3);
    QCOMPARE(left.first(), QStringLiteral("{"));
    QVERIFY(view.sourceCaption().contains(QStringLiteral("JSON")));
    QVERIFY(left.contains(QStringLiteral("    \"c\": \"x\"")));
    QVERIFY(right.contains(QStringLiteral("    \"c\": \"y\"")));
    // Which removed line faces the changed one is TextDiff's call; the changed words are marked.
    QVERIFY(!boldRuns(view.sourceEdit()).isEmpty());
    QVERIFY(boldRuns(view.targetEdit()).join(QString()).contains(QLatin1Char('y')));
}

void TstDataDiffFormat::valueViewShowsNullAndAbsence()
{
    ValueDiffView view;
    view.setValues(textColumn(QStringLiteral("utf8mb4")), std::nullopt, true, QByteArray(""), true);
    QCOMPARE(view.sourceEdit()->toPlainText(), QStringLiteral("NULL"));
    QVERIFY(view.sourceEdit()->document()->begin().begin().fragment().charFormat().fontItalic());
    QCOMPARE(view.targetEdit()->toPlainText(), QString());
    QVERIFY(view.targetCaption().contains(QStringLiteral("empty string")));
    QVERIFY(view.sourceCaption().contains(QStringLiteral("NULL")));

    view.setValues(textColumn(QStringLiteral("utf8mb4")), QByteArray("kept"), true, std::nullopt, false);
    QCOMPARE(view.sourceEdit()->toPlainText(), QStringLiteral("kept"));
    QCOMPARE(view.targetEdit()->toPlainText(), ValueDiffView::tr("Not in the target"));
}

void TstDataDiffFormat::valueViewShowsBytesInHex()
{
    ValueDiffView view;
    view.setValues(binaryColumn(), QByteArray("\x01\x02\x03", 3), true, QByteArray("\x01\xff\x03", 3), true);
    QVERIFY(view.sourceEdit()->toPlainText().startsWith(QStringLiteral("00000000  01 02 03")));
    QVERIFY(view.targetEdit()->toPlainText().startsWith(QStringLiteral("00000000  01 ff 03")));
    QVERIFY(view.sourceCaption().contains(QStringLiteral("hex")));
    // Text that is not valid in its character set is shown as bytes on both sides, with a note.
    view.setValues(textColumn(QStringLiteral("utf8mb4")), QByteArray("ok"), true, QByteArray("\xff"), true);
    QVERIFY(view.sourceEdit()->toPlainText().startsWith(QStringLiteral("00000000  6f 6b")));
    QVERIFY(view.targetCaption().contains(QStringLiteral("utf8mb4")));
}

QTEST_MAIN(TstDataDiffFormat)
#include "tst_datadiffformat.moc"

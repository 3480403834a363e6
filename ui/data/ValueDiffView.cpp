#include "ValueDiffView.h"

#include "DiffColors.h"
#include "ValueFormat.h"
#include "schema/TextDiff.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValueDiffView)
};

/// What one side shows: its text (lines to align), how it was made, and what to say about it.
struct SideText
{
    enum Shape { Absent, Null, Text, Json, Hex };
    Shape shape = Absent;
    QString text;
    QString caption;
    QString note;
};

QString count(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

/// Types whose values are text in a character set (dates and numbers are plain ASCII).
bool isCharacterType(const QString& type)
{
    const QString t = type.toLower();
    return t.contains(QLatin1String("char")) || t.contains(QLatin1String("text"))
        || t.startsWith(QLatin1String("enum")) || t.startsWith(QLatin1String("set"));
}

SideText describe(const DiffColumn& column, const Value& value, bool present, bool asHex, bool asJson)
{
    SideText s;
    if (!present) {
        s.shape = SideText::Absent;
        return s;
    }
    if (!value) {
        s.shape = SideText::Null;
        s.caption = Tr::tr("NULL");
        return s;
    }
    const ValueFormat::Decoded d = ValueFormat::decodeFull(value, column);
    if (asHex || d.binary) {
        s.shape = SideText::Hex;
        s.text = ValueFormat::hexDump(*value, ValueDiffView::MaxHexBytes);
        s.caption = Tr::tr("%1 · %n byte(s), in hex", nullptr, int(qMin<qsizetype>(value->size(), INT_MAX)))
                        .arg(column.type);
        s.note = d.note;
        return s;
    }
    QString text = d.text;
    if (asJson) {
        if (std::optional<QString> pretty = ValueFormat::prettyJson(text)) {
            s.shape = SideText::Json;
            s.text = *pretty;
            s.caption = Tr::tr("JSON, pretty-printed · %n character(s)", nullptr,
                int(qMin<qsizetype>(text.size(), INT_MAX)));
            return s;
        }
    }
    s.shape = SideText::Text;
    if (text.size() > ValueDiffView::MaxChars) {
        s.note = Tr::tr("The first %1 of %2 characters are shown.")
                     .arg(count(ValueDiffView::MaxChars), count(text.size()));
        text.truncate(ValueDiffView::MaxChars);
    }
    s.text = text;
    if (d.text.isEmpty())
        s.caption = Tr::tr("%1 · empty string").arg(column.type);
    else if (column.literal == QLatin1String("text") && !column.charset.isEmpty()
        && isCharacterType(column.type))
        s.caption = Tr::tr("%1 · %2 · %n character(s)", nullptr, int(qMin<qsizetype>(d.text.size(), INT_MAX)))
                        .arg(column.type, column.charset);
    else
        s.caption = column.type;
    return s;
}

void appendPlaceholder(QTextEdit* edit, const QString& text, bool chip)
{
    QTextCursor cursor(edit->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat f;
    f.setForeground(DiffColors::placeholderText());
    f.setFontItalic(true);
    if (chip) {
        f.setBackground(DiffColors::absentBackground());
        f.setFontWeight(QFont::Bold);
    }
    cursor.insertText(text, f);
}

/// Writes aligned lines into both editors: filler lines where a side has none, the kind of each
/// row as the line's background, and the differing words of changed lines marked.
void writeAligned(QTextEdit* left, QTextEdit* right, const QStringList& l, const QStringList& r)
{
    const QList<TextDiff::Row> rows = TextDiff::alignLines(l, r);
    const QColor removed
        = DiffColors::blendIntoBase(DiffColors::kindColor(DiffRow::Kind::OnlyInSource), 0.16);
    const QColor added = DiffColors::blendIntoBase(DiffColors::kindColor(DiffRow::Kind::OnlyInTarget), 0.16);
    const QColor changed = DiffColors::blendIntoBase(DiffColors::kindColor(DiffRow::Kind::Different), 0.14);
    const QColor word = DiffColors::blendIntoBase(DiffColors::kindColor(DiffRow::Kind::Different), 0.42);
    const QColor filler = DiffColors::absentBackground();
    QTextCursor lc(left->document());
    QTextCursor rc(right->document());
    bool first = true;
    for (const TextDiff::Row& row : rows) {
        auto line = [&](QTextCursor& cursor, int index, const QStringList& lines, const QColor& background,
                        const QList<TextDiff::Span>& spans) {
            QTextBlockFormat block;
            if (background.isValid())
                block.setBackground(background);
            if (first)
                cursor.setBlockFormat(block);
            else
                cursor.insertBlock(block);
            if (index < 0)
                return;
            const QString& text = lines.at(index);
            int at = 0;
            QTextCharFormat plain;
            QTextCharFormat marked;
            marked.setBackground(word);
            marked.setFontWeight(QFont::Bold);
            for (const TextDiff::Span& span : spans) {
                cursor.insertText(text.mid(at, span.start - at), plain);
                cursor.insertText(text.mid(span.start, span.length), marked);
                at = span.start + span.length;
            }
            cursor.insertText(text.mid(at), plain);
        };
        TextDiff::WordDiff words;
        if (row.kind == TextDiff::Kind::Changed)
            words = TextDiff::diffWords(l.at(row.left), r.at(row.right));
        QColor lb, rb;
        switch (row.kind) {
        case TextDiff::Kind::Equal:
            break;
        case TextDiff::Kind::Removed:
            lb = removed;
            rb = filler;
            break;
        case TextDiff::Kind::Added:
            lb = filler;
            rb = added;
            break;
        case TextDiff::Kind::Changed:
            lb = rb = changed;
            break;
        }
        line(lc, row.left, l, lb, words.left);
        line(rc, row.right, r, rb, words.right);
        first = false;
    }
}

void writePlain(QTextEdit* edit, const QString& text)
{
    QTextCursor cursor(edit->document());
    cursor.insertText(text);
}

} // namespace

ValueDiffView::ValueDiffView(QWidget* parent)
    : QWidget(parent)
    , m_sourceCaption(new QLabel(this))
    , m_targetCaption(new QLabel(this))
    , m_sourceEdit(new QTextEdit(this))
    , m_targetEdit(new QTextEdit(this))
{
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    for (QTextEdit* edit : {m_sourceEdit, m_targetEdit}) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setUndoRedoEnabled(false);
    }
    m_sourceEdit->setObjectName(QStringLiteral("sourceValue"));
    m_targetEdit->setObjectName(QStringLiteral("targetValue"));
    for (QLabel* caption : {m_sourceCaption, m_targetCaption}) {
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // A long column type (an ENUM's labels) must not widen the window.
        caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_sourceCaption, 0, 0);
    layout->addWidget(m_targetCaption, 0, 1);
    layout->addWidget(m_sourceEdit, 1, 0);
    layout->addWidget(m_targetEdit, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    // Aligned lines scroll together.
    auto sync = [this](QScrollBar* from, QScrollBar* to) {
        connect(from, &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    sync(m_sourceEdit->verticalScrollBar(), m_targetEdit->verticalScrollBar());
    sync(m_targetEdit->verticalScrollBar(), m_sourceEdit->verticalScrollBar());
    sync(m_sourceEdit->horizontalScrollBar(), m_targetEdit->horizontalScrollBar());
    sync(m_targetEdit->horizontalScrollBar(), m_sourceEdit->horizontalScrollBar());
    clear();
}

QString ValueDiffView::sourceCaption() const
{
    return m_sourceCaption->text();
}

QString ValueDiffView::targetCaption() const
{
    return m_targetCaption->text();
}

void ValueDiffView::clear()
{
    m_sourceEdit->clear();
    m_targetEdit->clear();
    m_sourceCaption->setText(tr("Source"));
    m_targetCaption->setText(tr("Target"));
}

void ValueDiffView::setValues(const DiffColumn& column, const Value& source, bool sourcePresent,
    const Value& target, bool targetPresent)
{
    m_sourceEdit->clear();
    m_targetEdit->clear();
    // Both sides take the same shape so that they compare: bytes if either is not text, JSON if
    // the column is JSON or both sides read as JSON documents.
    const bool hex = (sourcePresent && source && ValueFormat::decodeFull(source, column).binary)
        || (targetPresent && target && ValueFormat::decodeFull(target, column).binary);
    auto looksJson = [&](const Value& v, bool present) {
        if (!present || !v)
            return true;
        const ValueFormat::Decoded d = ValueFormat::decodeFull(v, column);
        return !d.binary && ValueFormat::prettyJson(d.text).has_value();
    };
    const bool json = !hex
        && (ValueFormat::isJsonColumn(column)
            || (looksJson(source, sourcePresent) && looksJson(target, targetPresent)
                && ((sourcePresent && source) || (targetPresent && target))));
    const SideText s = describe(column, source, sourcePresent, hex, json);
    const SideText t = describe(column, target, targetPresent, hex, json);

    auto caption = [](const QString& side, const SideText& text) {
        QString c = side;
        if (!text.caption.isEmpty())
            c += QStringLiteral(" · ") + text.caption;
        if (!text.note.isEmpty())
            c += QStringLiteral(" — ") + text.note;
        return c;
    };
    m_sourceCaption->setText(caption(tr("Source"), s));
    m_sourceCaption->setToolTip(m_sourceCaption->text());
    m_targetCaption->setText(caption(tr("Target"), t));
    m_targetCaption->setToolTip(m_targetCaption->text());

    const bool lineShaped = s.shape == SideText::Json || t.shape == SideText::Json || s.shape == SideText::Hex
        || t.shape == SideText::Hex || s.text.contains(QLatin1Char('\n'))
        || t.text.contains(QLatin1Char('\n'));
    for (QTextEdit* edit : {m_sourceEdit, m_targetEdit})
        edit->setLineWrapMode(lineShaped ? QTextEdit::NoWrap : QTextEdit::WidgetWidth);

    const bool bothText = s.shape != SideText::Absent && s.shape != SideText::Null
        && t.shape != SideText::Absent && t.shape != SideText::Null;
    if (bothText && s.text != t.text) {
        writeAligned(m_sourceEdit, m_targetEdit, TextDiff::splitLines(s.text), TextDiff::splitLines(t.text));
    } else {
        auto fill = [](QTextEdit* edit, const SideText& side, const QString& absentText) {
            switch (side.shape) {
            case SideText::Absent:
                appendPlaceholder(edit, absentText, false);
                break;
            case SideText::Null:
                appendPlaceholder(edit, QStringLiteral("NULL"), true);
                break;
            default:
                writePlain(edit, side.text);
                break;
            }
        };
        fill(m_sourceEdit, s, tr("Not in the source"));
        fill(m_targetEdit, t, tr("Not in the target"));
    }
    m_sourceEdit->moveCursor(QTextCursor::Start);
    m_targetEdit->moveCursor(QTextCursor::Start);
}

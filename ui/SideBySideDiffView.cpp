#include "SideBySideDiffView.h"

#include "SqlHighlighter.h"
#include "UiStyle.h"
#include "schema/TextDiff.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace {

QPlainTextEdit* makeEditor(const QString& name, QWidget* parent)
{
    auto* editor = new QPlainTextEdit(parent);
    editor->setObjectName(name);
    editor->setReadOnly(true);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    UiStyle::useFixedFont(editor);
    return editor;
}

QLabel* makeTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTextEdit::ExtraSelection lineSelection(QPlainTextEdit* editor, int line, const QColor& color)
{
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(editor->document()->findBlockByNumber(line));
    s.format.setBackground(color);
    s.format.setProperty(QTextFormat::FullWidthSelection, true);
    return s;
}

QTextEdit::ExtraSelection spanSelection(QPlainTextEdit* editor, int line, const TextDiff::Span& span, const QColor& color)
{
    QTextEdit::ExtraSelection s;
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + span.start);
    cursor.setPosition(block.position() + span.start + span.length, QTextCursor::KeepAnchor);
    s.cursor = cursor;
    s.format.setBackground(color);
    return s;
}

} // namespace

SideBySideDiffView::SideBySideDiffView(QWidget* parent)
    : QWidget(parent)
    , m_leftTitle(makeTitle(this))
    , m_rightTitle(makeTitle(this))
    , m_left(makeEditor(QStringLiteral("sourceDefinition"), this))
    , m_right(makeEditor(QStringLiteral("targetDefinition"), this))
    , m_leftHighlighter(new SqlHighlighter(m_left->document(), UiStyle::isDark(this)))
    , m_rightHighlighter(new SqlHighlighter(m_right->document(), UiStyle::isDark(this)))
{
    setObjectName(QStringLiteral("sideBySideDiff"));
    m_leftTitle->setObjectName(QStringLiteral("sourceDefinitionTitle"));
    m_rightTitle->setObjectName(QStringLiteral("targetDefinitionTitle"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);

    syncScroll(m_left, m_right, Qt::Vertical);
    syncScroll(m_right, m_left, Qt::Vertical);
    syncScroll(m_left, m_right, Qt::Horizontal);
    syncScroll(m_right, m_left, Qt::Horizontal);
}

void SideBySideDiffView::syncScroll(QPlainTextEdit* from, QPlainTextEdit* to, Qt::Orientation orientation)
{
    QScrollBar* source = orientation == Qt::Vertical ? from->verticalScrollBar() : from->horizontalScrollBar();
    QScrollBar* target = orientation == Qt::Vertical ? to->verticalScrollBar() : to->horizontalScrollBar();
    connect(source, &QScrollBar::valueChanged, this, [this, target](int value) {
        if (m_syncing)
            return;
        m_syncing = true;
        target->setValue(value);
        m_syncing = false;
    });
}

void SideBySideDiffView::setTitles(const QString& left, const QString& right)
{
    m_leftTitle->setText(left);
    m_rightTitle->setText(right);
}

void SideBySideDiffView::clear()
{
    m_leftText.clear();
    m_rightText.clear();
    m_left->clear();
    m_right->clear();
    m_left->setExtraSelections({});
    m_right->setExtraSelections({});
    m_left->setPlaceholderText(QString());
    m_right->setPlaceholderText(QString());
    m_changedLines = 0;
    m_changedWords = 0;
}

void SideBySideDiffView::setMessage(const QString& message)
{
    clear();
    // Placeholder text: shown in the palette's dimmed colour, never taken for SQL by the highlighter.
    m_left->setPlaceholderText(message);
    m_right->setPlaceholderText(message);
}

void SideBySideDiffView::setTexts(
    const QString& left, const QString& right, const QString& leftMissing, const QString& rightMissing)
{
    clear();
    m_leftText = left;
    m_rightText = right;
    const QStringList a = TextDiff::splitLines(left);
    const QStringList b = TextDiff::splitLines(right);

    // A missing side is one italic line, and nothing on the other side is marked against it: the
    // object's status already says it is only on one side.
    if (a.isEmpty() || b.isEmpty()) {
        m_left->setPlainText(left);
        m_right->setPlainText(right);
        m_left->setPlaceholderText(left.isEmpty() ? leftMissing : QString());
        m_right->setPlaceholderText(right.isEmpty() ? rightMissing : QString());
        return;
    }

    const QList<TextDiff::Row> rows = TextDiff::alignLines(a, b);
    QStringList leftLines;
    QStringList rightLines;
    leftLines.reserve(rows.size());
    rightLines.reserve(rows.size());
    for (const TextDiff::Row& r : rows) {
        leftLines << (r.left >= 0 ? a.at(r.left) : QString());
        rightLines << (r.right >= 0 ? b.at(r.right) : QString());
    }
    m_left->setPlainText(leftLines.join(QLatin1Char('\n')));
    m_right->setPlainText(rightLines.join(QLatin1Char('\n')));

    const QColor added = UiStyle::tint(UiStyle::onlyInSourceColor(), this);
    const QColor removed = UiStyle::tint(UiStyle::onlyInTargetColor(), this);
    const QColor changed = UiStyle::tint(UiStyle::differentColor(), this);
    const QColor changedWord = UiStyle::tint(UiStyle::differentColor(), this, 3);
    const QColor filler = UiStyle::tint(UiStyle::identicalColor(), this);

    QList<QTextEdit::ExtraSelection> leftMarks;
    QList<QTextEdit::ExtraSelection> rightMarks;
    for (int row = 0; row < rows.size(); ++row) {
        const TextDiff::Row& r = rows.at(row);
        switch (r.kind) {
        case TextDiff::Kind::Equal:
            continue;
        case TextDiff::Kind::Removed:
            // Only the source has this line (in the source | target order: the target lacks it).
            leftMarks << lineSelection(m_left, row, added);
            rightMarks << lineSelection(m_right, row, filler);
            break;
        case TextDiff::Kind::Added:
            leftMarks << lineSelection(m_left, row, filler);
            rightMarks << lineSelection(m_right, row, removed);
            break;
        case TextDiff::Kind::Changed: {
            leftMarks << lineSelection(m_left, row, changed);
            rightMarks << lineSelection(m_right, row, changed);
            const TextDiff::WordDiff words = TextDiff::diffWords(a.at(r.left), b.at(r.right));
            for (const TextDiff::Span& s : words.left)
                leftMarks << spanSelection(m_left, row, s, changedWord);
            for (const TextDiff::Span& s : words.right)
                rightMarks << spanSelection(m_right, row, s, changedWord);
            m_changedWords += int(words.left.size() + words.right.size());
            break;
        }
        }
        ++m_changedLines;
    }
    m_left->setExtraSelections(leftMarks);
    m_right->setExtraSelections(rightMarks);
}

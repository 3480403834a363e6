#include "LogView.h"

#include "UiStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {

/// Enough for a long day of work without the view slowing down.
constexpr int MaxLines = 20000;

} // namespace

LogView::LogView(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_empty(new QLabel(this))
    , m_copy(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("logView"));
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    UiStyle::useFixedFont(m_text);

    m_empty->setObjectName(QStringLiteral("logEmptyLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_copy->setObjectName(QStringLiteral("logCopyButton"));
    m_copy->setToolTip(tr("Copy the selected lines, or the whole log when nothing is selected"));
    m_clear->setObjectName(QStringLiteral("logClearButton"));
    m_clear->setToolTip(tr("Remove every line from this view"));
    connect(m_copy, &QPushButton::clicked, this, &LogView::copy);
    connect(m_clear, &QPushButton::clicked, this, &LogView::clear);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    bar->addWidget(m_empty, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    updateActions();
}

QString LogView::levelName(Level level)
{
    switch (level) {
    case Level::Info:
        return tr("INFO");
    case Level::Warning:
        return tr("WARNING");
    case Level::Error:
        return tr("ERROR");
    }
    return {};
}

QStringList LogView::lines() const
{
    QStringList out;
    if (m_text->document()->isEmpty())
        return out;
    for (QTextBlock b = m_text->document()->begin(); b.isValid(); b = b.next())
        out << b.text();
    return out;
}

int LogView::lineCount() const
{
    return m_text->document()->isEmpty() ? 0 : m_text->document()->blockCount();
}

int LogView::count(Level level) const
{
    return m_counts[int(level)];
}

void LogView::append(Level level, const QString& text)
{
    // Aligned columns, so a copied log reads well in an e-mail or a ticket.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString prefix = QStringLiteral("%1  %2  ").arg(stamp, levelName(level).leftJustified(7));
    QString body = text;
    body.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(prefix.size(), QLatin1Char(' ')));

    QTextCharFormat format;
    if (level == Level::Warning)
        format.setForeground(UiStyle::warningColor());
    else if (level == Level::Error)
        format.setForeground(UiStyle::onlyInTargetColor());

    const bool atEnd = m_text->verticalScrollBar()->value() >= m_text->verticalScrollBar()->maximum() - 2;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_text->document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat stampFormat;
    stampFormat.setForeground(m_text->palette().color(QPalette::PlaceholderText));
    cursor.insertText(prefix, stampFormat);
    cursor.insertText(body, format);
    // Follow new lines unless the user scrolled up to read.
    if (atEnd)
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());

    ++m_counts[int(level)];
    updateActions();
    if (level != Level::Info)
        emit problemLogged(level);
}

void LogView::copy()
{
    const QString selected = m_text->textCursor().selectedText();
    QString text = selected.isEmpty() ? m_text->toPlainText() : selected;
    // QTextCursor marks line breaks in a selection with U+2029.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QApplication::clipboard()->setText(text);
}

void LogView::clear()
{
    m_text->clear();
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    updateActions();
}

void LogView::updateActions()
{
    const bool empty = m_text->document()->isEmpty();
    m_copy->setEnabled(!empty);
    m_clear->setEnabled(!empty);
    if (empty) {
        m_empty->setText(tr("Nothing logged yet. Connections, schema reads and their errors are written here."));
        return;
    }
    QStringList parts {tr("%n line(s)", nullptr, lineCount())};
    if (m_counts[int(Level::Warning)] > 0)
        parts << tr("%n warning(s)", nullptr, m_counts[int(Level::Warning)]);
    if (m_counts[int(Level::Error)] > 0)
        parts << tr("%n error(s)", nullptr, m_counts[int(Level::Error)]);
    m_empty->setText(parts.join(QStringLiteral(" · ")));
}

#include "SqlHighlighter.h"

#include <QSet>

namespace {

enum BlockState { Normal = 0, InBlockComment = 1, InSingleQuote = 2, InDoubleQuote = 3, InBacktick = 4 };

QTextCharFormat makeFormat(const QColor& color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    f.setFontItalic(italic);
    return f;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/// Where a quoted run that started before `from` ends (just past the closing quote), or -1 when it
/// goes on past the line. Backslash escapes and doubled quotes are both honoured for strings.
qsizetype closingQuote(const QString& text, qsizetype from, QChar quote, bool backslashEscapes)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (backslashEscapes && c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == quote) {
            if (i + 1 < text.size() && text.at(i + 1) == quote) {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return -1;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument* document, bool dark)
    : QSyntaxHighlighter(document)
{
    m_keyword = makeFormat(dark ? QColor(0x7a, 0xb4, 0xff) : QColor(0x1f, 0x4f, 0xb4), true);
    m_string = makeFormat(dark ? QColor(0xe3, 0xa8, 0x6b) : QColor(0xa3, 0x4a, 0x12));
    m_identifier = makeFormat(dark ? QColor(0x6f, 0xd3, 0xc4) : QColor(0x0c, 0x7a, 0x6c));
    m_comment = makeFormat(dark ? QColor(0x8f, 0x96, 0xa0) : QColor(0x6b, 0x72, 0x7c), false, true);
    m_number = makeFormat(dark ? QColor(0xc5, 0x9b, 0xf0) : QColor(0x7a, 0x3d, 0xb8));
    m_warning = makeFormat(dark ? QColor(0xf0, 0xb4, 0x4a) : QColor(0xa8, 0x62, 0x00), true, true);
}

QTextCharFormat SqlHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Keyword:
        return m_keyword;
    case Token::String:
        return m_string;
    case Token::Identifier:
        return m_identifier;
    case Token::Comment:
        return m_comment;
    case Token::Number:
        return m_number;
    case Token::Warning:
        return m_warning;
    }
    return {};
}

bool SqlHighlighter::isKeyword(const QString& word)
{
    // The words of DDL and of the statements a migration or a CREATE shows; not every reserved
    // word, so column names such as `status` or `name` written bare are not painted as keywords.
    static const QSet<QString> keywords = [] {
        const char* list[] = {"ADD", "AFTER", "ALGORITHM", "ALL", "ALTER", "AND", "AS", "ASC", "AUTO_INCREMENT",
            "BEFORE", "BEGIN", "BETWEEN", "BIGINT", "BINARY", "BIT", "BLOB", "BOOLEAN", "BTREE", "BY", "CALL",
            "CASCADE", "CASE", "CHANGE", "CHAR", "CHARACTER", "CHARSET", "CHECK", "COLLATE", "COLUMN", "COMMENT",
            "CONSTRAINT", "CONTAINS", "CREATE", "CURRENT_TIMESTAMP", "DATABASE", "DATE", "DATETIME", "DECIMAL",
            "DECLARE", "DEFAULT", "DEFINER", "DELETE", "DELIMITER", "DESC", "DETERMINISTIC", "DISABLE", "DO",
            "DOUBLE", "DROP", "EACH", "ELSE", "ELSEIF", "ENABLE", "END", "ENGINE", "ENUM", "EVENT", "EVERY",
            "EXISTS", "FIRST", "FLOAT", "FOR", "FOREIGN", "FROM", "FULLTEXT", "FUNCTION", "GENERATED", "HASH",
            "IF", "IGNORE", "IN", "INDEX", "INNER", "INOUT", "INSERT", "INT", "INTEGER", "INTO", "INVISIBLE",
            "INVOKER", "IS", "JOIN", "JSON", "KEY", "KEYS", "LEFT", "LIKE", "LIMIT", "LONGBLOB", "LONGTEXT",
            "LOOP", "MEDIUMBLOB", "MEDIUMINT", "MEDIUMTEXT", "MODIFY", "NO", "NOT", "NULL", "ON", "OR", "ORDER",
            "OUT", "PARTITION", "PARTITIONS", "PRIMARY", "PROCEDURE", "READS", "REFERENCES", "RENAME",
            "REPLACE", "RESTRICT", "RETURN", "RETURNS", "RIGHT", "ROW", "ROW_FORMAT", "SCHEDULE", "SECURITY",
            "SELECT", "SET", "SIGNAL", "SMALLINT", "SPATIAL", "SQL", "STARTS", "STORED", "TABLE", "TEMPORARY",
            "TEXT", "THEN", "TIME", "TIMESTAMP", "TINYINT", "TINYTEXT", "TO", "TRIGGER", "UNION", "UNIQUE",
            "UNSIGNED", "UPDATE", "USE", "USING", "VALUES", "VARBINARY", "VARCHAR", "VIEW", "VIRTUAL", "WHEN",
            "WHERE", "WHILE", "WITH", "YEAR", "ZEROFILL", "LESS", "THAN", "MAXVALUE", "RANGE", "LIST",
            "COLUMNS", "LINEAR", "COMPLETION", "PRESERVE", "AT", "INTERVAL", "SQL_MODE", "MERGE", "TEMPTABLE",
            "UNDEFINED", "CASCADED", "LOCAL", "OPTION", "READ", "MODIFIES", "DATA", "DYNAMIC", "COMPACT",
            "COMPRESSED", "REDUNDANT", "FIXED", "ACTION", "DECIMAL", "NUMERIC", "REAL", "GEOMETRY", "POINT",
            "SYSTEM", "VERSIONING", "IGNORED"};
        QSet<QString> set;
        for (const char* w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return keywords.contains(word.toUpper());
}

void SqlHighlighter::highlightBlock(const QString& text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    setCurrentBlockState(Normal);

    // Carry on a comment, string or identifier that started on an earlier line.
    auto continueRun = [&](int state, const QTextCharFormat& format, QChar quote, bool escapes) {
        const qsizetype end = state == InBlockComment
            ? [&] {
                  const qsizetype close = text.indexOf(QLatin1String("*/"));
                  return close < 0 ? qsizetype(-1) : close + 2;
              }()
            : closingQuote(text, 0, quote, escapes);
        if (end < 0) {
            setFormat(0, int(n), format);
            setCurrentBlockState(state);
            i = n;
        } else {
            setFormat(0, int(end), format);
            i = end;
        }
    };
    switch (previousBlockState()) {
    case InBlockComment:
        continueRun(InBlockComment, m_comment, {}, false);
        break;
    case InSingleQuote:
        continueRun(InSingleQuote, m_string, QLatin1Char('\''), true);
        break;
    case InDoubleQuote:
        continueRun(InDoubleQuote, m_string, QLatin1Char('"'), true);
        break;
    case InBacktick:
        continueRun(InBacktick, m_identifier, QLatin1Char('`'), false);
        break;
    default:
        break;
    }

    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        // Line comments: "-- " (MySQL wants the space), and "#".
        if ((c == QLatin1Char('-') && next == QLatin1Char('-')
                && (i + 2 >= n || text.at(i + 2).isSpace()))
            || c == QLatin1Char('#')) {
            const bool warning = text.mid(i).startsWith(QLatin1String("-- WARNING"));
            setFormat(int(i), int(n - i), warning ? m_warning : m_comment);
            return;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = text.indexOf(QLatin1String("*/"), i + 2);
            if (close < 0) {
                setFormat(int(i), int(n - i), m_comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(int(i), int(close + 2 - i), m_comment);
            i = close + 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const bool backtick = c == QLatin1Char('`');
            const qsizetype end = closingQuote(text, i + 1, c, !backtick);
            const QTextCharFormat& format = backtick ? m_identifier : m_string;
            if (end < 0) {
                setFormat(int(i), int(n - i), format);
                setCurrentBlockState(backtick ? InBacktick : c == QLatin1Char('\'') ? InSingleQuote : InDoubleQuote);
                return;
            }
            setFormat(int(i), int(end - i), format);
            i = end;
            continue;
        }
        if (c.isDigit() && (i == 0 || !isWordChar(text.at(i - 1)))) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('.')))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
            continue;
        }
        if (isWordStart(c)) {
            qsizetype end = i + 1;
            while (end < n && isWordChar(text.at(end)))
                ++end;
            // A word right after a dot is a name (t.status), never a keyword.
            const bool qualified = i > 0 && text.at(i - 1) == QLatin1Char('.');
            if (!qualified && isKeyword(text.mid(i, end - i)))
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
            continue;
        }
        ++i;
    }
}

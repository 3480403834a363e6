#include "SchemaNormalizer.h"

#include "Table.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

// ------------------------------------------------------------------------------------------------
// A small SQL tokenizer: enough to re-print an expression or statement with canonical spacing and
// quoting. It never has to judge whether the SQL is valid, only to split it the same way the server
// would.

enum class TokenKind { Word, Identifier, String, BitHex, Operator, Open, Close, Comma, Dot, Semicolon, Comment };

struct Token
{
    TokenKind kind;
    QString text; ///< Word: as written; Identifier: the name without backticks; String: the decoded text
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') || c == QLatin1Char('@')
        || c.unicode() >= 0x80;
}

/// Decodes a quoted string starting at `i` (at the opening quote); `backslashQuote` when it was opened
/// by \' (MySQL's escaped information_schema text). Returns the index after the closing quote.
qsizetype readString(QStringView s, qsizetype i, QChar quote, bool backslashQuote, QString* out)
{
    qsizetype p = i + (backslashQuote ? 2 : 1);
    while (p < s.size()) {
        const QChar c = s[p];
        if (backslashQuote && c == QLatin1Char('\\') && p + 1 < s.size() && s[p + 1] == quote)
            return p + 2;
        if (c == QLatin1Char('\\') && p + 1 < s.size()) {
            const QChar e = s[p + 1];
            switch (e.unicode()) {
            case 'n':
                out->append(QLatin1Char('\n'));
                break;
            case 't':
                out->append(QLatin1Char('\t'));
                break;
            case 'r':
                out->append(QLatin1Char('\r'));
                break;
            case '0':
                out->append(QChar(0));
                break;
            case 'b':
                out->append(QChar(8));
                break;
            case 'Z':
                out->append(QChar(26));
                break;
            case '%':
            case '_':
                // \% and \_ keep their backslash (they matter only to LIKE).
                out->append(QLatin1Char('\\'));
                out->append(e);
                break;
            default:
                out->append(e);
                break;
            }
            p += 2;
            continue;
        }
        if (c == quote) {
            if (p + 1 < s.size() && s[p + 1] == quote) {
                out->append(quote);
                p += 2;
                continue;
            }
            return p + 1;
        }
        out->append(c);
        ++p;
    }
    return p;
}

QList<Token> tokenize(QStringView s)
{
    static const QStringList operators3 = {QStringLiteral("<=>"), QStringLiteral("->>")};
    static const QStringList operators2 = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("<>"),
                                           QStringLiteral("!="), QStringLiteral("||"), QStringLiteral("&&"),
                                           QStringLiteral(":="), QStringLiteral("->"), QStringLiteral("<<"),
                                           QStringLiteral(">>")};
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // Comments are kept as written (spacing collapsed): they are part of a stored body.
        if ((c == QLatin1Char('-') && i + 2 < n && s[i + 1] == QLatin1Char('-') && s[i + 2].isSpace())
            || c == QLatin1Char('#')) {
            qsizetype e = i;
            while (e < n && s[e] != QLatin1Char('\n'))
                ++e;
            tokens.append({TokenKind::Comment, s.mid(i, e - i).toString().simplified()});
            i = e;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && s[i + 1] == QLatin1Char('*')) {
            qsizetype e = s.indexOf(QLatin1String("*/"), i + 2);
            e = e < 0 ? n : e + 2;
            tokens.append({TokenKind::Comment, s.mid(i, e - i).toString().simplified()});
            i = e;
            continue;
        }
        if (c == QLatin1Char('`')) {
            QString name;
            qsizetype p = i + 1;
            while (p < n) {
                if (s[p] == QLatin1Char('`')) {
                    if (p + 1 < n && s[p + 1] == QLatin1Char('`')) {
                        name.append(QLatin1Char('`'));
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                name.append(s[p]);
                ++p;
            }
            tokens.append({TokenKind::Identifier, name});
            i = p;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            QString text;
            i = readString(s, i, c, false, &text);
            tokens.append({TokenKind::String, text});
            continue;
        }
        // MySQL prints string literals inside information_schema expressions as \'...\'.
        if (c == QLatin1Char('\\') && i + 1 < n && s[i + 1] == QLatin1Char('\'')) {
            QString text;
            i = readString(s, i, QLatin1Char('\''), true, &text);
            tokens.append({TokenKind::String, text});
            continue;
        }
        if (isWordChar(c)) {
            qsizetype e = i;
            while (e < n && isWordChar(s[e]))
                ++e;
            const QString word = s.mid(i, e - i).toString();
            // b'0101' and x'4142' literals.
            if ((word.compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                 || word.compare(QLatin1String("x"), Qt::CaseInsensitive) == 0)
                && e < n && s[e] == QLatin1Char('\'')) {
                const qsizetype close = s.indexOf(QLatin1Char('\''), e + 1);
                const qsizetype end = close < 0 ? n : close + 1;
                tokens.append({TokenKind::BitHex, word.toLower() + s.mid(e, end - e).toString().toUpper()});
                i = end;
                continue;
            }
            // Numbers with a fraction or an exponent are one token.
            if (c.isDigit()) {
                while (e < n && (s[e] == QLatin1Char('.') || s[e].isDigit()))
                    ++e;
                if (e < n && (s[e] == QLatin1Char('e') || s[e] == QLatin1Char('E'))) {
                    qsizetype p = e + 1;
                    if (p < n && (s[p] == QLatin1Char('+') || s[p] == QLatin1Char('-')))
                        ++p;
                    if (p < n && s[p].isDigit()) {
                        while (p < n && s[p].isDigit())
                            ++p;
                        e = p;
                    }
                }
                while (e < n && isWordChar(s[e]))
                    ++e;
            }
            tokens.append({TokenKind::Word, s.mid(i, e - i).toString()});
            i = e;
            continue;
        }
        if (c == QLatin1Char('(')) {
            tokens.append({TokenKind::Open, QStringLiteral("(")});
            ++i;
            continue;
        }
        if (c == QLatin1Char(')')) {
            tokens.append({TokenKind::Close, QStringLiteral(")")});
            ++i;
            continue;
        }
        if (c == QLatin1Char(',')) {
            tokens.append({TokenKind::Comma, QStringLiteral(",")});
            ++i;
            continue;
        }
        if (c == QLatin1Char('.')) {
            // .5 is a number
            if (i + 1 < n && s[i + 1].isDigit() && (tokens.isEmpty() || tokens.last().kind != TokenKind::Identifier)) {
                qsizetype e = i + 1;
                while (e < n && s[e].isDigit())
                    ++e;
                tokens.append({TokenKind::Word, QLatin1Char('0') + s.mid(i, e - i).toString()});
                i = e;
                continue;
            }
            tokens.append({TokenKind::Dot, QStringLiteral(".")});
            ++i;
            continue;
        }
        if (c == QLatin1Char(';')) {
            tokens.append({TokenKind::Semicolon, QStringLiteral(";")});
            ++i;
            continue;
        }
        const QString rest3 = s.mid(i, 3).toString();
        const QString rest2 = s.mid(i, 2).toString();
        if (operators3.contains(rest3)) {
            tokens.append({TokenKind::Operator, rest3});
            i += 3;
        } else if (operators2.contains(rest2)) {
            tokens.append({TokenKind::Operator, rest2});
            i += 2;
        } else {
            tokens.append({TokenKind::Operator, QString(c)});
            ++i;
        }
    }
    return tokens;
}

QString quoteIdentifier(const QString& name)
{
    QString out = name;
    out.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + out + QLatin1Char('`');
}

QString quoteString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('\''));
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\'':
            out.append(QLatin1String("''"));
            break;
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        case 0:
            out.append(QLatin1String("\\0"));
            break;
        case 26:
            out.append(QLatin1String("\\Z"));
            break;
        default:
            out.append(c);
        }
    }
    out.append(QLatin1Char('\''));
    return out;
}

bool isUtf8Introducer(const QString& word)
{
    const QString w = word.toLower();
    return w == QLatin1String("_utf8mb4") || w == QLatin1String("_utf8mb3") || w == QLatin1String("_utf8");
}

/// Index of the parenthesis closing the one at `open`, or -1.
qsizetype matchingClose(const QList<Token>& tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        if (tokens[i].kind == TokenKind::Open)
            ++depth;
        else if (tokens[i].kind == TokenKind::Close && --depth == 0)
            return i;
    }
    return -1;
}

/// NOW(), CURRENT_TIMESTAMP, LOCALTIME(3)... -> current_timestamp() / current_timestamp(3), and the
/// same for the date and time functions. Works on the token list in place.
void rewriteFunctions(QList<Token>& tokens)
{
    struct Alias
    {
        const char* name;
        const char* canonical;
        bool bareAllowed; ///< the name is a function even without parentheses
    };
    static const Alias aliases[] = {
        {"current_timestamp", "current_timestamp", true}, {"now", "current_timestamp", false},
        {"localtime", "current_timestamp", true},         {"localtimestamp", "current_timestamp", true},
        {"current_date", "curdate", true},                {"curdate", "curdate", false},
        {"current_time", "curtime", true},                {"curtime", "curtime", false},
        {"current_user", "current_user", true},
    };
    QList<Token> out;
    out.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const Alias* alias = nullptr;
        if (t.kind == TokenKind::Word && (i == 0 || tokens[i - 1].kind != TokenKind::Dot)) {
            for (const Alias& a : aliases) {
                if (t.text.compare(QLatin1String(a.name), Qt::CaseInsensitive) == 0) {
                    alias = &a;
                    break;
                }
            }
        }
        if (!alias) {
            out.append(t);
            continue;
        }
        const bool call = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::Open;
        if (!call && !alias->bareAllowed) {
            out.append(t);
            continue;
        }
        QString precision;
        if (call) {
            const qsizetype close = matchingClose(tokens, i + 1);
            if (close == i + 2) {
                i = close;
            } else if (close == i + 3 && tokens[i + 2].kind == TokenKind::Word) {
                precision = tokens[i + 2].text;
                i = close;
            } else {
                out.append(t); // something unexpected inside: leave it alone
                continue;
            }
        }
        if (precision == QLatin1String("0"))
            precision.clear();
        out.append({TokenKind::Word, QLatin1String(alias->canonical)});
        out.append({TokenKind::Open, QStringLiteral("(")});
        if (!precision.isEmpty())
            out.append({TokenKind::Word, precision});
        out.append({TokenKind::Close, QStringLiteral(")")});
    }
    tokens = out;
}

bool isWord(const Token& t, std::initializer_list<const char*> words)
{
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Operator)
        return false;
    for (const char* w : words) {
        if (t.text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// Whether the parenthesis at `open` groups (rather than starting a function's argument list or an
/// IN list): nothing, an operator, another grouping parenthesis or a clause keyword comes before it.
bool isGroupingParen(const QList<Token>& tokens, qsizetype open)
{
    if (open == 0)
        return true;
    const Token& prev = tokens[open - 1];
    if (prev.kind == TokenKind::Open)
        return isGroupingParen(tokens, open - 1);
    if (prev.kind == TokenKind::Operator)
        return true;
    return isWord(prev, {"and", "or", "xor", "not", "where", "having", "on", "when", "then", "else", "return"});
}

/// MySQL prints `((`a` > 0) and (`b` < 1))` where MariaDB prints `a` > 0 and `b` < 1: drops
/// parentheses around an operand of AND/OR (and around a whole WHERE/ON condition) when the operand
/// holds no operator of lower precedence, so that removing them cannot change the meaning.
void stripLogicalParentheses(QList<Token>& tokens)
{
    bool changed = true;
    while (changed) {
        changed = false;
        for (qsizetype open = 0; open < tokens.size(); ++open) {
            if (tokens[open].kind != TokenKind::Open || !isGroupingParen(tokens, open))
                continue;
            const qsizetype close = matchingClose(tokens, open);
            if (close < 0)
                break;
            // The content must not hold, at its own level, anything that binds looser than a
            // comparison, or a list or subquery.
            bool simple = close > open + 1;
            int depth = 0;
            for (qsizetype i = open + 1; i < close && simple; ++i) {
                if (tokens[i].kind == TokenKind::Open)
                    ++depth;
                else if (tokens[i].kind == TokenKind::Close)
                    --depth;
                else if (depth == 0
                         && (tokens[i].kind == TokenKind::Comma || tokens[i].kind == TokenKind::Semicolon
                             || isWord(tokens[i], {"and", "or", "xor", "not", "&&", "||", "!", "select", "between",
                                                   "case", "escape", "collate", "interval", "binary", ":="})))
                    simple = false;
            }
            if (!simple)
                continue;
            // What surrounds the parentheses must bind looser than anything inside.
            const bool leftOk = open == 0 || tokens[open - 1].kind == TokenKind::Open
                || isWord(tokens[open - 1], {"and", "or", "xor", "&&", "||", "where", "having", "on", "when"});
            const bool rightOk = close + 1 == tokens.size() || tokens[close + 1].kind == TokenKind::Close
                || tokens[close + 1].kind == TokenKind::Semicolon
                || isWord(tokens[close + 1], {"and", "or", "xor", "&&", "||", "then", "group", "order", "limit",
                                              "having", "union", "window", "for", "lock", "into"});
            if (!leftOk || !rightOk)
                continue;
            tokens.removeAt(close);
            tokens.removeAt(open);
            changed = true;
            break;
        }
    }
}

/// Words after which an opening parenthesis is not a function call.
bool isKeyword(const QString& word)
{
    static const QSet<QString> keywords = {
        QStringLiteral("in"),     QStringLiteral("and"),   QStringLiteral("or"),       QStringLiteral("xor"),
        QStringLiteral("not"),    QStringLiteral("on"),    QStringLiteral("from"),     QStringLiteral("where"),
        QStringLiteral("as"),     QStringLiteral("values"), QStringLiteral("value"),   QStringLiteral("exists"),
        QStringLiteral("using"),  QStringLiteral("join"),  QStringLiteral("select"),   QStringLiteral("when"),
        QStringLiteral("then"),   QStringLiteral("else"),  QStringLiteral("is"),       QStringLiteral("like"),
        QStringLiteral("between"), QStringLiteral("union"), QStringLiteral("all"),     QStringLiteral("any"),
        QStringLiteral("some"),   QStringLiteral("return"), QStringLiteral("set"),     QStringLiteral("into"),
        QStringLiteral("by"),     QStringLiteral("having"), QStringLiteral("with"),    QStringLiteral("over"),
        QStringLiteral("distinct"), QStringLiteral("case"), QStringLiteral("limit"),   QStringLiteral("do"),
        QStringLiteral("lateral"), QStringLiteral("straight_join"), QStringLiteral("except"),
        QStringLiteral("intersect"), QStringLiteral("table"), QStringLiteral("returns"), QStringLiteral("check"),
    };
    return keywords.contains(word.toLower());
}

QString join(const QList<Token>& tokens, bool foldCase)
{
    QString out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        QString text;
        switch (t.kind) {
        case TokenKind::Word:
            text = foldCase ? t.text.toLower() : t.text;
            break;
        case TokenKind::Identifier:
            text = quoteIdentifier(t.text);
            break;
        case TokenKind::String:
            text = quoteString(t.text);
            break;
        default:
            text = t.text;
            break;
        }
        if (i > 0) {
            const Token& prev = tokens[i - 1];
            bool space = true;
            if (t.kind == TokenKind::Close || t.kind == TokenKind::Comma || t.kind == TokenKind::Dot
                || t.kind == TokenKind::Semicolon)
                space = false;
            if (prev.kind == TokenKind::Open || prev.kind == TokenKind::Dot)
                space = false;
            // f(x) and `col`(5): a parenthesis right after a function or column name hugs it; after
            // a keyword (IN (1, 2), FROM (t join u)) it does not.
            if (t.kind == TokenKind::Open
                && (prev.kind == TokenKind::Identifier || (prev.kind == TokenKind::Word && !isKeyword(prev.text))))
                space = false;
            if (space)
                out.append(QLatin1Char(' '));
        }
        out.append(text);
    }
    return out;
}

QString canonical(QStringView text, const SchemaNormalizer::ExpressionOptions& options)
{
    QList<Token> tokens = tokenize(text);
    QList<Token> kept;
    kept.reserve(tokens.size());
    const Qt::CaseSensitivity dbCase = options.databaseCaseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        // _utf8mb4'x' -> 'x': MySQL adds the connection charset to literals it prints.
        if (t.kind == TokenKind::Word && i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::String
            && isUtf8Introducer(t.text))
            continue;
        // `thisdb`.`t` -> `t`, so that a database compares equal to its copy under another name.
        if (!options.database.isEmpty() && (t.kind == TokenKind::Identifier || t.kind == TokenKind::Word)
            && t.text.compare(options.database, dbCase) == 0 && i + 2 < tokens.size()
            && tokens[i + 1].kind == TokenKind::Dot
            && (tokens[i + 2].kind == TokenKind::Identifier || tokens[i + 2].kind == TokenKind::Word)
            && (i == 0 || tokens[i - 1].kind != TokenKind::Dot)) {
            ++i; // skip the dot too
            continue;
        }
        kept.append(t);
    }
    if (options.rewriteFunctions)
        rewriteFunctions(kept);
    if (options.foldCase)
        stripLogicalParentheses(kept);
    if (options.stripOuterParentheses) {
        while (kept.size() >= 2 && kept.first().kind == TokenKind::Open && matchingClose(kept, 0) == kept.size() - 1) {
            kept.removeFirst();
            kept.removeLast();
        }
    }
    return join(kept, options.foldCase);
}

const QRegularExpression& integerWidth()
{
    static const QRegularExpression re(QStringLiteral("^(tinyint|smallint|mediumint|int|bigint)\\((\\d+)\\)(.*)$"));
    return re;
}

} // namespace

namespace SchemaNormalizer {

QString type(QStringView columnType)
{
    // Lower case outside quotes: ENUM and SET values are case-sensitive strings.
    QString t;
    t.reserve(columnType.size());
    bool quoted = false;
    for (QChar c : columnType) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        t.append(quoted ? c : c.toLower());
    }
    if (!t.contains(QLatin1Char('\'')))
        t = t.simplified();
    else
        t = t.trimmed();
    if (t == QLatin1String("bool") || t == QLatin1String("boolean"))
        return QStringLiteral("tinyint(1)");
    if (t.startsWith(QLatin1String("integer")))
        t.replace(0, 7, QStringLiteral("int"));
    if (t.startsWith(QLatin1String("numeric")))
        t.replace(0, 7, QStringLiteral("decimal"));
    if (t == QLatin1String("year(4)"))
        return QStringLiteral("year");
    if (t == QLatin1String("double precision") || t == QLatin1String("real"))
        return QStringLiteral("double");
    static const QRegularExpression decimalNoScale(QStringLiteral("^decimal\\((\\d+)\\)(.*)$"));
    if (const QRegularExpressionMatch m = decimalNoScale.match(t); m.hasMatch())
        t = QStringLiteral("decimal(%1,0)%2").arg(m.captured(1), m.captured(2));
    if (t == QLatin1String("decimal"))
        t = QStringLiteral("decimal(10,0)");
    if (const QRegularExpressionMatch m = integerWidth().match(t); m.hasMatch()) {
        const QString base = m.captured(1);
        const QString rest = m.captured(3);
        const bool zerofill = rest.contains(QLatin1String("zerofill"));
        const bool boolean = base == QLatin1String("tinyint") && m.captured(2) == QLatin1String("1");
        if (!zerofill && !boolean)
            t = base + rest;
    }
    return t;
}

bool isNumericType(QStringView columnType)
{
    static const QRegularExpression re(
        QStringLiteral("^(tinyint|smallint|mediumint|int|integer|bigint|decimal|numeric|float|double|real|bit|year|bool|boolean)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(columnType.trimmed()).hasMatch();
}

QString charset(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    return n == QLatin1String("utf8") ? QStringLiteral("utf8mb3") : n;
}

QString collation(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    if (n.startsWith(QLatin1String("utf8_")))
        n.replace(0, 4, QStringLiteral("utf8mb3"));
    return n;
}

QString charsetOfCollation(QStringView name)
{
    const QString n = collation(name);
    if (n == QLatin1String("binary"))
        return n;
    const qsizetype underscore = n.indexOf(QLatin1Char('_'));
    return underscore < 0 ? n : n.left(underscore);
}

QString expression(QStringView text, const ExpressionOptions& options)
{
    return canonical(text, options);
}

QString body(QStringView text, const QString& database, bool databaseCaseInsensitive)
{
    ExpressionOptions o;
    o.database = database;
    o.databaseCaseInsensitive = databaseCaseInsensitive;
    o.foldCase = false;
    o.rewriteFunctions = false;
    o.stripOuterParentheses = false;
    return canonical(text, o);
}

QString viewDefinition(QStringView text, const QString& database, bool databaseCaseInsensitive)
{
    ExpressionOptions o;
    o.database = database;
    o.databaseCaseInsensitive = databaseCaseInsensitive;
    o.stripOuterParentheses = false;
    return canonical(text, o);
}

QString unquoteString(QStringView literal)
{
    const QStringView t = literal.trimmed();
    if (t.size() < 2 || (t.front() != QLatin1Char('\'') && t.front() != QLatin1Char('"')))
        return t.toString();
    QString out;
    readString(t, 0, t.front(), false, &out);
    return out;
}

ColumnDefault parseDefault(const Value& raw, QStringView extra, QStringView columnType, bool nullable,
                           const Dialect& dialect)
{
    Q_UNUSED(nullable);
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    static const QRegularExpression currentTimestamp(
        QStringLiteral("^(current_timestamp|now|localtime|localtimestamp)(\\(\\d*\\))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!raw)
        return ColumnDefault::none();
    const QString text = QString::fromUtf8(*raw);
    if (dialect.quotesDefaults()) {
        // MariaDB 10.2.7+: NULL (the SQL value) = no default; the word NULL = DEFAULT NULL;
        // '...' = a string literal; a bare number or b'...' = a literal; anything else an expression.
        if (text == QLatin1String("NULL"))
            return ColumnDefault::null();
        if (text.startsWith(QLatin1Char('\'')))
            return ColumnDefault::literal(unquoteString(text));
        if (number.match(text).hasMatch())
            return ColumnDefault::literal(text);
        if (text.startsWith(QLatin1String("b'"), Qt::CaseInsensitive))
            return ColumnDefault::literal(QStringLiteral("b") + text.mid(1));
        return ColumnDefault::expression(text);
    }
    // MySQL (and MariaDB before 10.2.7): the value as it is, NULL for both no default and DEFAULT
    // NULL; expressions are marked in EXTRA (8.0.13+) or are CURRENT_TIMESTAMP (5.7).
    if (extra.contains(QLatin1String("DEFAULT_GENERATED"), Qt::CaseInsensitive))
        return ColumnDefault::expression(text);
    if (currentTimestamp.match(text).hasMatch() && !isNumericType(columnType)) {
        const QString lower = columnType.toString().toLower();
        if (lower.startsWith(QLatin1String("timestamp")) || lower.startsWith(QLatin1String("datetime")))
            return ColumnDefault::expression(text);
    }
    if (text.startsWith(QLatin1String("b'"), Qt::CaseInsensitive) && columnType.startsWith(QLatin1String("bit"), Qt::CaseInsensitive))
        return ColumnDefault::literal(QStringLiteral("b") + text.mid(1));
    return ColumnDefault::literal(text);
}

ColumnDefault defaultValue(const ColumnDefault& value, bool nullable)
{
    switch (value.kind) {
    case ColumnDefault::Kind::None:
        return nullable ? ColumnDefault::null() : value;
    case ColumnDefault::Kind::Null:
    case ColumnDefault::Kind::Literal:
        return value;
    case ColumnDefault::Kind::Expression:
        return ColumnDefault::expression(expression(value.value));
    }
    return value;
}

QString onUpdateFromExtra(QStringView extra)
{
    static const QRegularExpression re(QStringLiteral("on update ([A-Za-z_]+(\\([0-9]*\\))?)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(extra);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString referentialAction(QStringView action)
{
    const QString a = action.toString().simplified().toUpper();
    if (a.isEmpty() || a == QLatin1String("NO ACTION"))
        return QStringLiteral("RESTRICT");
    return a;
}

QString createOptions(QStringView options)
{
    QStringList parts;
    const QStringList words = options.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        // Partitioning and the row format are compared from their own columns (the effective row
        // format, whether it was spelled out or is the server's default).
        if (w.compare(QLatin1String("partitioned"), Qt::CaseInsensitive) == 0
            || w.startsWith(QLatin1String("row_format="), Qt::CaseInsensitive))
            continue;
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        parts.append(eq < 0 ? w.toLower() : w.left(eq).toLower() + w.mid(eq));
    }
    std::sort(parts.begin(), parts.end());
    return parts.join(QLatin1Char(' '));
}

QString engine(QStringView name)
{
    return name.trimmed().toString().toUpper();
}

QString rowFormat(QStringView name)
{
    return name.trimmed().toString().toUpper();
}

bool isGeneratedCheckName(QStringView name, QStringView table)
{
    static const QRegularExpression mariaDb(QStringLiteral("^CONSTRAINT_\\d+$"));
    if (mariaDb.match(name).hasMatch())
        return true;
    const QString prefix = table.toString() + QStringLiteral("_chk_");
    if (name.startsWith(prefix, Qt::CaseInsensitive)) {
        const QStringView digits = name.mid(prefix.size());
        return !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
    }
    return false;
}

bool startsAtCreation(QStringView starts, QStringView created)
{
    if (starts.isEmpty())
        return false;
    const QDateTime s = QDateTime::fromString(starts.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QDateTime c = QDateTime::fromString(created.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return s.isValid() && c.isValid() && qAbs(s.secsTo(c)) <= 2;
}

void foldJsonAlias(Table& table)
{
    for (Column& column : table.columns) {
        if (type(column.type) != QLatin1String("longtext"))
            continue;
        const QString clause = QStringLiteral("json_valid(%1)").arg(quoteIdentifier(column.name));
        auto check = std::find_if(table.checks.begin(), table.checks.end(), [&](const CheckConstraint& c) {
            return c.columnLevel && c.name.compare(column.name, Qt::CaseInsensitive) == 0
                && expression(c.clause) == clause;
        });
        if (check == table.checks.end())
            continue;
        table.checks.erase(check);
        column.type = QStringLiteral("json");
        column.charset.clear();
        column.collation.clear();
    }
}

} // namespace SchemaNormalizer

#include "Sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};

bool isPlainUtf8Text(QByteArrayView bytes)
{
    // Printable, valid UTF-8 without backslashes can be written as '...' with quotes doubled,
    // which means the same under NO_BACKSLASH_ESCAPES or not.
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || c == '\\')
            return false;
    }
    return QUtf8StringView(bytes).isValidUtf8();
}

bool isNumericText(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (char c : bytes) {
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
            return false;
    }
    return true;
}

QByteArray quotedPlain(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out.append('\'');
    for (char c : bytes) {
        if (c == '\'')
            out.append('\'');
        out.append(c);
    }
    out.append('\'');
    return out;
}
} // namespace

namespace Sql {

QString quoteIdentifier(QStringView name)
{
    QString out;
    out.reserve(name.size() + 2);
    out.append(QLatin1Char('`'));
    for (QChar c : name) {
        if (c == QLatin1Char('`'))
            out.append(QLatin1Char('`'));
        out.append(c);
    }
    out.append(QLatin1Char('`'));
    return out;
}

QString qualified(QStringView database, QStringView table)
{
    return quoteIdentifier(database) + QLatin1Char('.') + quoteIdentifier(table);
}

QString identifierList(const QStringList& names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString& n : names)
        quoted.append(quoteIdentifier(n));
    return quoted.join(QStringLiteral(", "));
}

bool isValidIdentifier(QStringView name, QString* why)
{
    auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (name.isEmpty())
        return fail(Tr::tr("the name is empty"));
    if (name.contains(QChar(0)))
        return fail(Tr::tr("the name contains a NUL character"));
    if (name.endsWith(QLatin1Char(' ')))
        return fail(Tr::tr("the name ends with a space"));
    // The limit counts characters, not UTF-16 units.
    if (name.toString().toUcs4().size() > 64)
        return fail(Tr::tr("the name is longer than 64 characters"));
    return true;
}

QByteArray hexLiteral(QByteArrayView bytes)
{
    return QByteArrayLiteral("X'") + bytes.toByteArray().toHex().toUpper() + '\'';
}

QByteArray literal(const Value& value, LiteralKind kind, QByteArrayView charset)
{
    if (!value)
        return QByteArrayLiteral("NULL");
    const QByteArray& bytes = *value;
    switch (kind) {
    case LiteralKind::Numeric:
        if (isNumericText(bytes))
            return bytes;
        return literal(value, LiteralKind::Text);
    case LiteralKind::Binary:
        return hexLiteral(bytes);
    case LiteralKind::Text: {
        QByteArray cs = charset.isEmpty() ? QByteArrayLiteral("utf8mb4") : charset.toByteArray().toLower();
        // The charset name is pasted into the SQL as an introducer: allow only what names look like.
        if (!std::all_of(cs.begin(), cs.end(), [](char c) { return std::isalnum((unsigned char)c) || c == '_'; }))
            cs = QByteArrayLiteral("binary");
        if (cs == "binary")
            return hexLiteral(bytes);
        const bool utf8 = cs == "utf8mb4" || cs == "utf8mb3" || cs == "utf8";
        // Plain ASCII means the same in these charsets, so it needs no introducer there.
        static const QByteArrayList asciiBased = {"ascii", "latin1", "latin2", "gbk", "gb2312", "gb18030", "big5"};
        const bool asciiOnly = asciiBased.contains(cs)
            && std::all_of(bytes.begin(), bytes.end(), [](char c) { return (unsigned char)c < 0x80; });
        if (isPlainUtf8Text(bytes) && (utf8 || asciiOnly))
            return quotedPlain(bytes);
        return '_' + cs + ' ' + hexLiteral(bytes);
    }
    }
    return hexLiteral(bytes);
}

QByteArray stringLiteral(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    if (isPlainUtf8Text(utf8))
        return quotedPlain(utf8);
    return QByteArrayLiteral("_utf8mb4 ") + hexLiteral(utf8);
}

QString escapeLike(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace Sql

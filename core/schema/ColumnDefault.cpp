#include "ColumnDefault.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ColumnDefault)
};

QString quoted(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    out.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    out.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    out.replace(QChar(0), QLatin1String("\\0"));
    out.replace(QChar(26), QLatin1String("\\Z"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

bool looksNumeric(const QString& text)
{
    if (text.isEmpty())
        return false;
    bool digit = false;
    for (QChar c : text) {
        if (c.isDigit())
            digit = true;
        else if (c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('+') && c != QLatin1Char('e')
                 && c != QLatin1Char('E'))
            return false;
    }
    return digit;
}
} // namespace

QString ColumnDefault::toSql(bool numericType) const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Null:
        return QStringLiteral("DEFAULT NULL");
    case Kind::Literal:
        if (value.startsWith(QLatin1String("b'")) || (numericType && looksNumeric(value)))
            return QStringLiteral("DEFAULT ") + value;
        return QStringLiteral("DEFAULT ") + quoted(value);
    case Kind::Expression:
        // MySQL 8 needs parentheses around expression defaults other than CURRENT_TIMESTAMP.
        if (value.startsWith(QLatin1String("current_timestamp"), Qt::CaseInsensitive))
            return QStringLiteral("DEFAULT ") + value;
        return QStringLiteral("DEFAULT (") + value + QLatin1Char(')');
    }
    return {};
}

QString ColumnDefault::describe(bool numericType) const
{
    if (kind == Kind::None)
        return Tr::tr("no default");
    return toSql(numericType);
}

#include "ObjectFilter.h"

ObjectFilter::ObjectFilter(const QStringList& include, const QStringList& exclude, bool caseInsensitive)
    : m_include(compile(include, caseInsensitive))
    , m_exclude(compile(exclude, caseInsensitive))
{
}

QList<ObjectFilter::Pattern> ObjectFilter::compile(const QStringList& globs, bool caseInsensitive)
{
    QList<Pattern> patterns;
    for (const QString& glob : globs) {
        if (glob.isEmpty())
            continue;
        Pattern p;
        p.qualified = glob.contains(QLatin1Char('.'));
        // Our own conversion: Qt's treats '/' as a path separator, and table names may contain it.
        QString regex = QStringLiteral("\\A");
        for (QChar c : glob) {
            if (c == QLatin1Char('*'))
                regex += QStringLiteral(".*");
            else if (c == QLatin1Char('?'))
                regex += QLatin1Char('.');
            else
                regex += QRegularExpression::escape(QString(c));
        }
        regex += QStringLiteral("\\z");
        p.regex = QRegularExpression(regex, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                            : QRegularExpression::NoPatternOption);
        patterns.append(p);
    }
    return patterns;
}

bool ObjectFilter::matchesAny(const QList<Pattern>& patterns, const QString& database, const QString& name)
{
    for (const Pattern& p : patterns) {
        const QString subject = p.qualified ? database + QLatin1Char('.') + name : name;
        if (p.regex.match(subject).hasMatch())
            return true;
    }
    return false;
}

bool ObjectFilter::accepts(const QString& database, const QString& name) const
{
    if (!m_include.isEmpty() && !matchesAny(m_include, database, name))
        return false;
    return !matchesAny(m_exclude, database, name);
}

QStringList ObjectFilter::splitPatterns(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

#pragma once

#include <QRegularExpression>
#include <QStringList>

/// Include and exclude globs over object names, as in the CLI's --tables and --exclude: a pattern
/// without a dot matches the object's name, a pattern with a dot matches `database.name`.
/// `*` and `?` are wildcards; an object passes when it matches some include pattern (or there
/// are none) and no exclude pattern.
class ObjectFilter
{
public:
    ObjectFilter() = default;
    ObjectFilter(const QStringList& include, const QStringList& exclude, bool caseInsensitive = false);

    bool accepts(const QString& database, const QString& name) const;
    bool isEmpty() const { return m_include.isEmpty() && m_exclude.isEmpty(); }

    /// Splits a comma-separated option value into patterns, dropping empty ones.
    static QStringList splitPatterns(const QString& text);

private:
    struct Pattern
    {
        QRegularExpression regex;
        bool qualified = false;
    };
    static QList<Pattern> compile(const QStringList& globs, bool caseInsensitive);
    static bool matchesAny(const QList<Pattern>& patterns, const QString& database, const QString& name);

    QList<Pattern> m_include;
    QList<Pattern> m_exclude;
};

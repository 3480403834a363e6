#include "TableFilter.h"

namespace {

bool equalChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    return cs == Qt::CaseSensitive ? a == b : a.toCaseFolded() == b.toCaseFolded();
}

/// Matches a bracket expression at pattern[p] ('[' ... ']') against c; sets `end` past the ']'.
/// An unterminated '[' is an ordinary character.
bool matchClass(QStringView pattern, qsizetype p, QChar c, Qt::CaseSensitivity cs, qsizetype* end, bool* valid)
{
    qsizetype i = p + 1;
    bool negate = false;
    if (i < pattern.size() && (pattern[i] == QLatin1Char('!') || pattern[i] == QLatin1Char('^'))) {
        negate = true;
        ++i;
    }
    bool matched = false;
    bool first = true;
    while (i < pattern.size() && (first || pattern[i] != QLatin1Char(']'))) {
        first = false;
        QChar lo = pattern[i];
        QChar hi = lo;
        if (i + 2 < pattern.size() && pattern[i + 1] == QLatin1Char('-') && pattern[i + 2] != QLatin1Char(']')) {
            hi = pattern[i + 2];
            i += 3;
        } else {
            ++i;
        }
        const QChar x = cs == Qt::CaseSensitive ? c : c.toCaseFolded();
        const QChar l = cs == Qt::CaseSensitive ? lo : lo.toCaseFolded();
        const QChar h = cs == Qt::CaseSensitive ? hi : hi.toCaseFolded();
        if (x >= l && x <= h)
            matched = true;
    }
    if (i >= pattern.size()) {
        *valid = false;
        return false;
    }
    *valid = true;
    *end = i + 1;
    return matched != negate;
}

} // namespace

TableFilter::TableFilter(const QStringList& include, const QStringList& exclude, Qt::CaseSensitivity cs)
    : m_include(include)
    , m_exclude(exclude)
    , m_cs(cs)
    , m_includeUsed(include.size(), false)
{
}

bool TableFilter::globMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs)
{
    // Iterative matcher with one backtrack point for the last '*': linear in practice, no regex
    // (a table name may hold any character, none of which must act as regex syntax).
    qsizetype p = 0, t = 0;
    qsizetype starP = -1, starT = -1;
    while (t < text.size()) {
        if (p < pattern.size()) {
            const QChar pc = pattern[p];
            if (pc == QLatin1Char('*')) {
                starP = p++;
                starT = t;
                continue;
            }
            if (pc == QLatin1Char('?')) {
                ++p;
                ++t;
                continue;
            }
            if (pc == QLatin1Char('[')) {
                qsizetype end = 0;
                bool valid = false;
                const bool m = matchClass(pattern, p, text[t], cs, &end, &valid);
                if (valid) {
                    if (m) {
                        p = end;
                        ++t;
                        continue;
                    }
                } else if (equalChar(pc, text[t], cs)) {
                    ++p;
                    ++t;
                    continue;
                }
            } else if (equalChar(pc, text[t], cs)) {
                ++p;
                ++t;
                continue;
            }
        }
        if (starP < 0)
            return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool TableFilter::matchesAny(const QStringList& patterns, const QString& database, const QString& table,
                             QList<bool>* used) const
{
    const QString qualified = database + QLatin1Char('.') + table;
    bool any = false;
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QString& pattern = patterns.at(i);
        const bool hit = pattern.contains(QLatin1Char('.')) ? globMatch(pattern, qualified, m_cs)
                                                              : globMatch(pattern, table, m_cs);
        if (hit) {
            any = true;
            if (used)
                (*used)[i] = true;
        }
    }
    return any;
}

bool TableFilter::matches(const QString& database, const QString& table) const
{
    if (!m_include.isEmpty() && !matchesAny(m_include, database, table, &m_includeUsed))
        return false;
    return !matchesAny(m_exclude, database, table, nullptr);
}

QStringList TableFilter::unusedIncludes() const
{
    QStringList unused;
    for (qsizetype i = 0; i < m_include.size(); ++i) {
        if (!m_includeUsed.value(i))
            unused.append(m_include.at(i));
    }
    return unused;
}

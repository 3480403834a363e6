#pragma once

#include <QString>
#include <QStringList>

/// Chooses tables by include and exclude globs (`*`, `?`, `[abc]`, `[!abc]`): a pattern without a
/// dot matches the table name, a pattern with a dot matches "database.table".
class TableFilter
{
public:
    TableFilter() = default;
    TableFilter(const QStringList& include, const QStringList& exclude,
                Qt::CaseSensitivity cs = Qt::CaseSensitive);

    /// Included (no include patterns means all) and not excluded.
    bool matches(const QString& database, const QString& table) const;
    /// Include patterns that matched no table seen by matches() so far: usually a typo.
    QStringList unusedIncludes() const;

    /// Whole-string glob match.
    static bool globMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs = Qt::CaseSensitive);

private:
    bool matchesAny(const QStringList& patterns, const QString& database, const QString& table,
                    QList<bool>* used) const;

    QStringList m_include;
    QStringList m_exclude;
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
    mutable QList<bool> m_includeUsed;
};

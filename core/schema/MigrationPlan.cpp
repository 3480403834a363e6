#include "MigrationPlan.h"

#include "db/Sql.h"

#include <QJsonArray>

QString MigrationStep::riskName(Risk risk)
{
    switch (risk) {
    case Risk::Instant:
        return QStringLiteral("instant");
    case Risk::InPlace:
        return QStringLiteral("in place");
    case Risk::Rebuild:
        return QStringLiteral("table rebuild");
    case Risk::Destructive:
        return QStringLiteral("destructive");
    }
    return {};
}

namespace {

/// Text for a `-- ` comment line. Names may hold line breaks: a name like "t\nDROP DATABASE x"
/// must not end the comment and become a statement when the script runs.
QString commentText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                       ? QLatin1Char(' ')
                       : c);
    return out;
}

/// A delimiter that does not occur in the statement.
QString delimiterFor(const QString& sql)
{
    for (const char* candidate : {"$$", "//", ";;", "$$$$", "@@@@"}) {
        if (!sql.contains(QLatin1String(candidate)))
            return QLatin1String(candidate);
    }
    QString d = QStringLiteral("$$");
    while (sql.contains(d))
        d += QLatin1Char('$');
    return d;
}

} // namespace

bool MigrationPlan::hasDestructiveSteps() const
{
    return highestRisk() == MigrationStep::Risk::Destructive && !steps.isEmpty();
}

MigrationStep::Risk MigrationPlan::highestRisk() const
{
    MigrationStep::Risk highest = MigrationStep::Risk::Instant;
    for (const MigrationStep& s : steps)
        highest = qMax(highest, s.risk);
    return highest;
}

QString MigrationPlan::toSql() const
{
    QString out;
    out += QStringLiteral("-- SyncStudio migration: %1 -> %2\n").arg(commentText(sourceDatabase), commentText(targetDatabase));
    if (steps.isEmpty()) {
        out += QStringLiteral("-- Nothing to do: the structures match.\n");
        return out;
    }
    int destructive = 0;
    for (const MigrationStep& s : steps)
        destructive += s.risk == MigrationStep::Risk::Destructive ? 1 : 0;
    out += QStringLiteral("-- %1 statement(s), %2 destructive. Review every step before running it.\n\n")
               .arg(steps.size())
               .arg(destructive);
    out += QStringLiteral("USE %1;\n").arg(Sql::quoteIdentifier(targetDatabase));
    for (const MigrationStep& s : steps) {
        out += QStringLiteral("\n-- [%1] %2 %3: %4\n")
                   .arg(MigrationStep::riskName(s.risk), objectTypeName(s.objectType), commentText(s.objectName),
                        commentText(s.description));
        for (const QString& w : s.warnings)
            out += QStringLiteral("-- WARNING: %1\n").arg(commentText(w));
        // Bodies of triggers, routines and events hold semicolons of their own.
        const bool compound = s.sql.contains(QLatin1Char(';'));
        if (compound) {
            const QString delimiter = delimiterFor(s.sql);
            out += QStringLiteral("DELIMITER %1\n%2%1\nDELIMITER ;\n").arg(delimiter, s.sql);
        } else {
            out += s.sql + QStringLiteral(";\n");
        }
    }
    return out;
}

QJsonObject MigrationPlan::toJson() const
{
    QJsonArray list;
    QJsonObject byRisk;
    for (const MigrationStep& s : steps) {
        list.append(QJsonObject {
            {QStringLiteral("object_type"), objectTypeName(s.objectType)},
            {QStringLiteral("object"), s.objectName},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("risk"), MigrationStep::riskName(s.risk)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)},
            {QStringLiteral("sql"), s.sql},
        });
        const QString risk = MigrationStep::riskName(s.risk);
        byRisk.insert(risk, byRisk.value(risk).toInt() + 1);
    }
    return QJsonObject {{QStringLiteral("steps"), list},
                        {QStringLiteral("summary"), QJsonObject {{QStringLiteral("statements"), int(steps.size())},
                                                                 {QStringLiteral("by_risk"), byRisk}}}};
}

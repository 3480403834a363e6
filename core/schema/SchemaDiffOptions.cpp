#include "SchemaDiffOptions.h"

QStringList SchemaDiffOptions::ignorableNames()
{
    return {QStringLiteral("auto-increment"), QStringLiteral("comments"), QStringLiteral("column-order"),
            QStringLiteral("table-options"), QStringLiteral("collations")};
}

Status SchemaDiffOptions::setIgnored(const QString& list)
{
    for (const QString& raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("auto-increment") || word == QLatin1String("auto_increment"))
            ignoreAutoIncrement = true;
        else if (word == QLatin1String("comments"))
            ignoreComments = true;
        else if (word == QLatin1String("column-order"))
            ignoreColumnOrder = true;
        else if (word == QLatin1String("table-options"))
            ignoreTableOptions = true;
        else if (word == QLatin1String("collations"))
            ignoreCollations = true;
        else if (!word.isEmpty())
            return Error::make(tr("Unknown --ignore value \"%1\".").arg(raw.trimmed()),
                               tr("Use one or more of: %1.").arg(ignorableNames().join(QStringLiteral(", "))));
    }
    return {};
}

Status SchemaDiffOptions::addTableMappings(const QString& list)
{
    for (const QString& raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = raw.indexOf(QLatin1Char('='));
        const QString from = raw.left(eq).trimmed();
        const QString to = raw.mid(eq + 1).trimmed();
        if (eq < 0 || from.isEmpty() || to.isEmpty())
            return Error::make(tr("Cannot read the table mapping \"%1\".").arg(raw.trimmed()),
                               tr("Write SOURCE_TABLE=TARGET_TABLE, separated by commas."));
        tableMap.insert(from, to);
    }
    return {};
}

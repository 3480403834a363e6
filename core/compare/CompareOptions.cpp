#include "CompareOptions.h"

#include <QRegularExpression>

Status CompareOptions::addKey(const QString& spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString table = eq > 0 ? spec.left(eq).trimmed() : QString();
    QStringList columns;
    if (eq > 0) {
        for (const QString& c : spec.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            columns.append(c.trimmed());
    }
    if (table.isEmpty() || columns.isEmpty()) {
        return Error::make(tr("The key \"%1\" is not of the form db.table=col1,col2.").arg(spec),
                           tr("Example: --key shop.order_items=order_id,line_no"));
    }
    keys.insert(table, columns);
    return {};
}

Status CompareOptions::setMaxLoad(const QString& spec)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)=([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(spec.trimmed());
    if (!m.hasMatch()) {
        return Error::make(tr("--max-load \"%1\" is not of the form VARIABLE=NUMBER.").arg(spec),
                           tr("Example: --max-load Threads_running=25"));
    }
    maxLoadVariable = m.captured(1);
    maxLoadValue = m.captured(2).toLongLong();
    return {};
}

QStringList CompareOptions::keyFor(const QString& database, const QString& table) const
{
    const QString qualified = database + QLatin1Char('.') + table;
    if (keys.contains(qualified))
        return keys.value(qualified);
    return keys.value(table);
}

bool CompareOptions::isIgnored(const QString& database, const QString& table, const QString& column) const
{
    for (const QString& spec : ignoreColumns) {
        const QStringList parts = spec.split(QLatin1Char('.'));
        if (parts.size() == 3) {
            if (parts[0] == database && parts[1] == table && parts[2] == column)
                return true;
        } else if (parts.size() == 2) {
            if ((parts[0] == table || parts[0] == QLatin1String("*")) && parts[1] == column)
                return true;
        } else if (parts.size() == 1 && parts[0] == column) {
            return true;
        }
    }
    return false;
}

#include "TablePlan.h"

Sql::LiteralKind PlanColumn::literalKind() const
{
    switch (cls()) {
    case ColumnClass::Integer:
    case ColumnClass::Decimal:
    case ColumnClass::Double:
    case ColumnClass::Float:
    case ColumnClass::Bit:
        return Sql::LiteralKind::Numeric;
    case ColumnClass::Binary:
    case ColumnClass::Geometry:
        return Sql::LiteralKind::Binary;
    default:
        return Sql::LiteralKind::Text;
    }
}

QByteArray PlanColumn::literalCharset() const
{
    if (convertCharset || jsonSemantic || source.charset.isEmpty())
        return QByteArrayLiteral("utf8mb4");
    return source.charset.toLatin1();
}

QString TablePlan::displayName() const
{
    if (presence == Presence::TargetOnly)
        return targetDatabase + QLatin1Char('.') + targetTable;
    return sourceDatabase + QLatin1Char('.') + sourceTable;
}

bool TablePlan::hasLongColumns() const
{
    for (const PlanColumn& c : columns) {
        if (c.source.isLob() || c.target.isLob())
            return true;
    }
    return false;
}

QStringList TablePlan::keyNames() const
{
    QStringList names;
    for (const PlanKeyColumn& k : key)
        names.append(columns.at(k.column).name);
    return names;
}

KeyCodec TablePlan::keyCodec() const
{
    QList<KeyCodec::Kind> kinds;
    QList<bool> nullable;
    for (const PlanKeyColumn& k : key) {
        kinds.append(k.kind);
        nullable.append(k.nullable);
    }
    return KeyCodec(kinds, nullable);
}

QStringList TablePlan::columnNames() const
{
    QStringList names;
    for (const PlanColumn& c : columns)
        names.append(c.name);
    return names;
}

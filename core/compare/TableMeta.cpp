#include "TableMeta.h"

#include <QRegularExpression>

bool ColumnMeta::isLob() const
{
    return dataType.endsWith(QLatin1String("text")) || dataType.endsWith(QLatin1String("blob"))
        || dataType == QLatin1String("json") || cls == ColumnClass::Geometry;
}

QString ColumnMeta::normalizedType() const
{
    QString t = columnType.toLower();
    if (cls == ColumnClass::Integer && dataType != QLatin1String("year")) {
        // Display widths ("int(11)") and ZEROFILL do not change the stored value.
        static const QRegularExpression width(QStringLiteral("\\(\\d+\\)"));
        t.remove(width);
        t.remove(QStringLiteral(" zerofill"));
    }
    return t.trimmed();
}

bool IndexMeta::isBtree() const
{
    return type.isEmpty() || type.compare(QLatin1String("BTREE"), Qt::CaseInsensitive) == 0;
}

const ColumnMeta* TableMeta::column(const QString& n, Qt::CaseSensitivity cs) const
{
    for (const ColumnMeta& c : columns) {
        if (c.name.compare(n, cs) == 0)
            return &c;
    }
    return nullptr;
}

bool TableMeta::isComparable() const
{
    return type == QLatin1String("BASE TABLE") || type == QLatin1String("SYSTEM VERSIONED");
}

const TableMeta* DatabaseMeta::table(const QString& n, Qt::CaseSensitivity cs) const
{
    for (const TableMeta& t : tables) {
        if (t.name.compare(n, cs) == 0)
            return &t;
    }
    return nullptr;
}

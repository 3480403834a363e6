#pragma once

#include <QString>
#include <QStringList>

/// A foreign key constraint, from KEY_COLUMN_USAGE and REFERENTIAL_CONSTRAINTS.
struct ForeignKey
{
    QString name;
    QStringList columns;           ///< in constraint order
    QString referencedDatabase;    ///< the referenced table's database (often the table's own)
    QString referencedTable;
    QStringList referencedColumns; ///< in constraint order, pairing with `columns`
    QString onUpdate = QStringLiteral("RESTRICT"); ///< RESTRICT, CASCADE, SET NULL, NO ACTION, SET DEFAULT
    QString onDelete = QStringLiteral("RESTRICT");
};

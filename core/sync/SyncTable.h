#pragma once

#include "db/Sql.h"
#include "db/Value.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// What the write side needs to know about one target table: its compared columns with how each
/// value is written back, its row key, and what fires when it changes (triggers, foreign keys).
///
/// Row images (RowChange::before/after, backup records) hold one value per entry of `columns`, in
/// that order; keys hold one value per entry of `keyColumns`. This is deliberately narrow so that
/// whatever the compare engine reads can be mapped onto it in a few lines.
struct SyncTable
{
    struct Column
    {
        QString name;
        Sql::LiteralKind kind = Sql::LiteralKind::Text;
        QByteArray charset;        ///< for Text: the column's character set (utf8mb4 when empty)
        bool generated = false;    ///< VIRTUAL/STORED generated: compared and guarded, never written
        bool autoUpdate = false;   ///< ON UPDATE CURRENT_TIMESTAMP: always assigned explicitly by an
                                   ///< UPDATE, else the server would stamp it with "now"
        bool readAsDouble = false; ///< FLOAT: read as CAST(col AS DOUBLE) so that the text round-trips
                                   ///< (the compare must read it the same way for the guard to match)
    };

    QString database;
    QString table;
    QList<Column> columns;
    QList<int> keyColumns;    ///< indexes into `columns`: the primary key or a NOT NULL unique key
    QStringList triggers;     ///< "BEFORE INSERT name", ...: they fire when the sync writes
    bool foreignKeyReferenced = false; ///< another table's foreign key points at this one

    /// `db`.`table`
    QString qualifiedName() const { return Sql::qualified(database, table); }
    /// db.table, unquoted, for messages.
    QString displayName() const { return database + QLatin1Char('.') + table; }
    int columnIndex(const QString& name) const;
    /// The select-list expression of column i (a quoted name, or CAST(name AS DOUBLE)).
    QString selectExpression(int column) const;
    /// All columns as a select list, in order.
    QString selectList() const;
    /// The key values of a full row image.
    Row keyOf(const Row& image) const;
    /// "id=42" or "a=1, b='x'", shortened, for messages and conflict lists.
    QString keyText(const Row& key) const;
    /// Same name, columns (name, kind, charset, generated) and key.
    bool sameShape(const SyncTable& other, QString* why = nullptr) const;

    QJsonObject toJson() const;
    static SyncTable fromJson(const QJsonObject& json);
};

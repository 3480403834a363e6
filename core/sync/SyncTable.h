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
        /// Part of the plan's images. A column the compare did not see (only in the target,
        /// generated, ignored) is read and backed up but neither guarded nor written, so the plan's
        /// images hold a placeholder NULL for it.
        bool compared = true;
        /// The form the compare read this column in, when it is not the stored bytes: an SQL
        /// expression with %1 for the quoted column name, e.g. "CONVERT(%1 USING utf8mb4)" when the
        /// two sides use different character sets. The plan's images (RowChange before/after) are in
        /// this form and its literals use `guardCharset`; the guard compares in this form; the backup
        /// keeps the stored bytes (see rawForm()). Never set on key columns.
        QString guard;
        QByteArray guardCharset;
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
    /// Same name, columns (name, kind, charset, generated) and key; what the compare saw of each
    /// column (compared, guard) does not count.
    bool sameShape(const SyncTable& other, QString* why = nullptr) const;

    /// Whether any column is read in another form for the guard.
    bool hasGuards() const;
    /// selectList() followed by the guard expression of every column that has one: what the
    /// Applier reads under lock, so that it can both guard (guardView) and back up (rawImage).
    QString guardedSelectList() const;
    /// The stored image: the first columns.size() values of a row read with guardedSelectList().
    Row rawImage(const Row& fetched) const;
    /// The image in the plan's form: rawImage() with each guarded column's value replaced by its
    /// guard expression's value.
    Row guardView(const Row& fetched) const;
    /// Whether two images in the plan's form agree on every compared column (NULL-aware, bytes).
    bool sameCompared(const Row& a, const Row& b) const;
    /// This table as the backup point and a rollback see it: every column compared, no guards.
    SyncTable rawForm() const;

    QJsonObject toJson() const;
    static SyncTable fromJson(const QJsonObject& json);
};

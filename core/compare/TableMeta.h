#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the row compare needs to know about tables, read by MetaReader from information_schema.
// (The schema module has a richer model; these plain structs keep the compare self-contained.)

/// How a column's values are hashed, ordered and written back, derived from its SQL type.
enum class ColumnClass {
    Integer,  ///< TINYINT..BIGINT, signed or unsigned, and YEAR
    Decimal,  ///< DECIMAL / NUMERIC: exact text
    Double,   ///< DOUBLE: the server prints the shortest text that reads back to the same value
    Float,    ///< FLOAT: read as CAST(col AS DOUBLE), the text of FLOAT itself is rounded
    Bit,      ///< BIT(n): hashed as its unsigned value
    Temporal, ///< DATE, DATETIME, TIMESTAMP: fixed-width text whose byte order is time order
    Time,     ///< TIME: may be negative, so its text does not sort by value
    Text,     ///< CHAR, VARCHAR, TEXT types: bytes in the column's character set
    Enum,     ///< ENUM: compared by label
    Set,      ///< SET: compared by its text
    Json,     ///< MySQL's binary JSON (MariaDB's JSON is LONGTEXT and is Text)
    Binary,   ///< BINARY, VARBINARY, BLOB types
    Geometry, ///< spatial types: the internal bytes (SRID + WKB)
    Other,    ///< types such as UUID or INET6: compared by their text, length-prefixed
};

/// One column of a table.
struct ColumnMeta
{
    QString name;
    int position = 0;
    QString dataType;   ///< lower-case DATA_TYPE, e.g. "varchar"
    QString columnType; ///< COLUMN_TYPE, e.g. "varchar(64)", "int(10) unsigned"
    QString charset;    ///< empty for types without one
    QString collation;
    bool nullable = false;
    bool generated = false;
    bool invisible = false;
    bool isUnsigned = false;
    bool isJson = false;   ///< a JSON column (MySQL JSON, or MariaDB LONGTEXT with json_valid())
    qint64 maxBytes = 0;   ///< the largest value in bytes (CHARACTER_OCTET_LENGTH or a bound)
    ColumnClass cls = ColumnClass::Other;

    /// A large object type (TEXT, BLOB, JSON and their sizes): not usable in ranges.
    bool isLob() const;
    /// The type without display width and attributes that do not change values ("int(11)" ->
    /// "int"), for deciding whether two sides hold the same kind of value.
    QString normalizedType() const;
};

/// An index of a table, with its columns in order.
struct IndexMeta
{
    QString name;
    bool unique = false;
    bool primary = false;
    QString type;          ///< BTREE, HASH, FULLTEXT, SPATIAL
    QStringList columns;
    QList<int> subParts;   ///< prefix lengths, 0 for the whole column

    bool isBtree() const;
};

/// One base table.
struct TableMeta
{
    QString name;
    QString type;   ///< TABLE_TYPE: "BASE TABLE", "SYSTEM VERSIONED", "VIEW", "SEQUENCE"
    QString engine;
    qint64 estimatedRows = 0; ///< TABLE_ROWS: InnoDB's estimate
    QList<ColumnMeta> columns;
    QList<IndexMeta> indexes;

    const ColumnMeta* column(const QString& name, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    bool isComparable() const; ///< a base (or system-versioned) table, not a view or sequence
};

/// One database on one server.
struct DatabaseMeta
{
    QString name;
    QString server;              ///< for messages
    int lowerCaseTableNames = 0;
    qint64 maxAllowedPacket = 16 * 1024 * 1024;
    bool isMariaDb = true;
    QList<TableMeta> tables;

    const TableMeta* table(const QString& name, Qt::CaseSensitivity cs) const;
};

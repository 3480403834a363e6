#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// SHOW CREATE TABLE output split into its parts, so that a schema rollback can put back what the
/// migration planner's reverse plan leaves different from the saved text: the order of indexes and
/// CHECK constraints (the server keeps them in the order they were added), constraint names the
/// server made up, table options and partitioning. Every clause it writes is taken from the saved
/// text itself, which the server printed and therefore accepts.
struct CreateTableText
{
    /// One definition line between the parentheses, without its trailing comma.
    struct Part
    {
        QString name; ///< the column, index or constraint name; "PRIMARY" for the primary key
        QString text;
        bool operator==(const Part& other) const = default;
    };

    QString table;
    QList<Part> columns;
    QList<Part> keys; ///< PRIMARY KEY, UNIQUE KEY, KEY, FULLTEXT KEY, SPATIAL KEY
    QList<Part> foreignKeys; ///< CONSTRAINT .. FOREIGN KEY
    QList<Part> checks; ///< CONSTRAINT .. CHECK (table-level)
    QStringList others; ///< anything else (PERIOD FOR ..., ...): compared, never rewritten
    QString options; ///< after the closing parenthesis: ENGINE=.. DEFAULT CHARSET=.. COMMENT=..
    QString partitioning; ///< PARTITION BY ..., empty when not partitioned

    /// Parses MariaDB/MySQL SHOW CREATE TABLE text; std::nullopt when it does not look like one.
    static std::optional<CreateTableText> parse(const QString& showCreate);

    /// The statements that turn a table printed as `current` into one printed as `saved`, in the
    /// order they must run (foreign keys dropped first and added last). Empty when they are equal.
    /// `qualifiedTable` is the `db`.`table` the statements alter.
    static QStringList fixups(
        const CreateTableText& current, const CreateTableText& saved, const QString& qualifiedTable);
};

#pragma once

#include <QString>

/// A column's default as the server means it, independent of how MySQL or MariaDB spell it in
/// information_schema: no default at all, DEFAULT NULL, a literal value, or an expression.
struct ColumnDefault
{
    enum class Kind {
        None,       ///< no DEFAULT clause (an insert must give a value, or gets the type's implicit one)
        Null,       ///< DEFAULT NULL
        Literal,    ///< a constant; `value` holds it unquoted ('it''s' is stored as it's)
        Expression, ///< an expression such as current_timestamp() or (rand()); `value` holds its text
    };

    Kind kind = Kind::None;
    /// Literal: the value without quotes; a BIT literal keeps its b'...' spelling.
    /// Expression: the expression text.
    QString value;

    static ColumnDefault none() { return {}; }
    static ColumnDefault null() { return {Kind::Null, {}}; }
    static ColumnDefault literal(const QString& v) { return {Kind::Literal, v}; }
    static ColumnDefault expression(const QString& e) { return {Kind::Expression, e}; }

    bool operator==(const ColumnDefault& other) const = default;

    /// The clause as it is written in DDL: "DEFAULT 'x'", "DEFAULT NULL", "DEFAULT current_timestamp()";
    /// empty for Kind::None. `numericType` writes numeric literals bare.
    QString toSql(bool numericType) const;
    /// For messages: the clause, or "no default".
    QString describe(bool numericType) const;
};

#pragma once

#include "ColumnDefault.h"
#include "db/Value.h"

#include <QString>
#include <QStringView>

struct Table;

/// The rules that make MySQL 5.7/8.0 and MariaDB 10.x spellings of the same structure compare
/// equal, so that a schema diff shows only differences a DBA would act on. Each function is pure;
/// tests/unit/tst_schemanormalize.cpp holds one golden row per rule.
///
/// Decisions, so that nobody has to rediscover them:
/// - Integer display widths are dropped (`int(11)` = `int`), except `tinyint(1)`, which MySQL 8 keeps
///   too and which connectors and ORMs read as BOOLEAN, and ZEROFILL columns, whose width is shown.
/// - `utf8` and `utf8mb3` are the same charset (also inside collation names).
/// - Different default collations (utf8mb4_0900_ai_ci vs utf8mb4_general_ci) are real differences:
///   they sort and compare differently. `--ignore collations` hides them.
/// - `RESTRICT` and `NO ACTION` are the same foreign key action in InnoDB (MariaDB reports the
///   unspecified action as RESTRICT, MySQL as NO ACTION).
/// - Expressions printed by the server (defaults, generated columns, CHECK clauses, view bodies)
///   compare case-insensitively outside quotes, with canonical spacing, without redundant outer
///   parentheses, without utf8 introducers and with the NOW()/CURRENT_TIMESTAMP family spelled one way.
///   Bodies written by users (triggers, routines, events) keep their case: only spacing is canonical.
/// - A nullable column without a DEFAULT clause has DEFAULT NULL.
/// - Definers, SQL modes and client charsets of views and stored programs are not compared: they
///   describe who created the object and how, and differ between environments.
namespace SchemaNormalizer {

/// Who spelled the information_schema text being interpreted.
struct Dialect
{
    bool mariaDb = true;
    unsigned long version = 101100; ///< e.g. 101106 for 10.11.6, 80036 for 8.0.36

    /// MariaDB 10.2.7+ quotes literal defaults and writes NULL for DEFAULT NULL in COLUMN_DEFAULT.
    bool quotesDefaults() const { return mariaDb && version >= 100207; }
};

/// The column type in canonical spelling: lower case outside quotes, integer display widths
/// dropped (see above), `year(4)` = `year`, `bool` = `tinyint(1)`, `decimal(N)` = `decimal(N,0)`.
QString type(QStringView columnType);
/// Whether literal defaults of this type are written without quotes.
bool isNumericType(QStringView columnType);
/// Lower case, `utf8` = `utf8mb3`.
QString charset(QStringView name);
/// Lower case, `utf8_...` = `utf8mb3_...`.
QString collation(QStringView name);
/// The charset a collation belongs to ("utf8mb4_general_ci" -> "utf8mb4").
QString charsetOfCollation(QStringView collation);

struct ExpressionOptions
{
    QString database;              ///< qualifiers naming this database are dropped (`shop`.`t` -> `t`)
    bool databaseCaseInsensitive = false;
    bool foldCase = true;          ///< lower-case unquoted words (server-printed expressions)
    bool rewriteFunctions = true;  ///< NOW()/CURRENT_TIMESTAMP/LOCALTIME... -> current_timestamp()
    bool stripOuterParentheses = true;
};
/// An expression or statement in canonical form (see the decisions above).
QString expression(QStringView text, const ExpressionOptions& options = {});
/// A user-written body (trigger, routine, event): canonical spacing only, case kept.
QString body(QStringView text, const QString& database = {}, bool databaseCaseInsensitive = false);
/// A view's SELECT: an expression with this database's qualifiers removed.
QString viewDefinition(QStringView text, const QString& database, bool databaseCaseInsensitive = false);

/// Interprets information_schema.COLUMNS.COLUMN_DEFAULT as the server meant it. `extra` is the
/// EXTRA column (MySQL 8 marks expression defaults with DEFAULT_GENERATED).
ColumnDefault parseDefault(const Value& raw, QStringView extra, QStringView columnType, bool nullable,
                           const Dialect& dialect);
/// The default in the form used for comparison: a nullable column without default has DEFAULT NULL,
/// expressions are canonical.
ColumnDefault defaultValue(const ColumnDefault& value, bool nullable);
/// Undoes the SQL quoting of a string literal ('it''s', 'a\\b', "x") into its text.
QString unquoteString(QStringView literal);

/// The ON UPDATE expression in an EXTRA value ("on update current_timestamp(3)"), empty when none.
QString onUpdateFromExtra(QStringView extra);
/// A canonical referential action: upper case, NO ACTION = RESTRICT.
QString referentialAction(QStringView action);
/// CREATE_OPTIONS as a sorted list with lower-case keys, without "partitioned" and row_format=
/// (both are compared from their own information_schema columns).
QString createOptions(QStringView options);
/// Upper-case engine and row format names compare equal ("InnoDB" = "INNODB").
QString engine(QStringView name);
QString rowFormat(QStringView name);
/// Whether a CHECK constraint's name was made up by the server (MariaDB CONSTRAINT_1, MySQL t_chk_1);
/// such constraints are matched by their clause instead of their name.
bool isGeneratedCheckName(QStringView name, QStringView table);
/// Whether an event's STARTS is its creation time (within two seconds), which is what the server
/// fills in when the event did not say. Two such events compare equal whatever their creation
/// times; otherwise STARTS is compared as it is, so a dump's copy (which spells the time out)
/// equals its original.
bool startsAtCreation(QStringView starts, QStringView created);

/// MariaDB stores the JSON type as LONGTEXT with a column CHECK (json_valid(`col`)) and a binary
/// collation; MySQL has a real JSON type. Rewrites such columns to type json (no charset) and drops
/// the CHECK, so that both servers' JSON columns compare equal.
void foldJsonAlias(Table& table);

} // namespace SchemaNormalizer

#pragma once

#include "DatabaseSchema.h"

#include <QString>

/// DDL text for the model's objects, written so that MySQL 5.7+/8.0 and MariaDB 10.3+ both accept
/// it: identifiers always quoted, expressions in SchemaNormalizer's canonical form (which re-quotes
/// MySQL's escaped information_schema text), literals quoted for the session's sql_mode.
/// Names of other tables are written unqualified: a migration script runs in the target database.
namespace SchemaDdl {

/// `name` type [CHARACTER SET .. COLLATE ..] [AS (..) VIRTUAL|STORED] [NOT NULL] [DEFAULT ..]
/// [ON UPDATE ..] [AUTO_INCREMENT] [INVISIBLE] [COMMENT '..'] [CHECK (..)]
/// `table` supplies MariaDB column-level CHECK constraints, which only a column definition can keep.
QString columnDefinition(const Column& column, const Table& table);
/// PRIMARY KEY (..), UNIQUE KEY `k` (..), FULLTEXT KEY .., with USING, COMMENT and IGNORED/INVISIBLE.
QString indexDefinition(const Index& index, bool mariaDb);
/// CONSTRAINT `fk` FOREIGN KEY (..) REFERENCES [`db`.]`t` (..) ON DELETE .. ON UPDATE ..; `database`
/// empty for a table in the script's own database.
QString foreignKeyDefinition(const ForeignKey& key, const QString& database, const QString& table);
/// CONSTRAINT `name` CHECK (..), or CHECK (..) for a server-named constraint.
QString checkDefinition(const CheckConstraint& check, const QString& tableName);
/// PARTITION BY .. (PARTITION .. VALUES .., ..), with explicit partition and subpartition names.
QString partitionClause(const Table::Partitioning& partitioning);
/// ENGINE=.. DEFAULT CHARSET=.. COLLATE=.. [ROW_FORMAT=..] [COMMENT=..] [other options]
QString tableOptions(const Table& table, bool withAutoIncrement);

QString createView(const View& view, const QString& sourceDatabase, bool sourceCaseInsensitive);
QString createTrigger(const Trigger& trigger, const QString& table);
QString createRoutine(const Routine& routine);
QString createEvent(const Event& event);

/// `key=value` pairs of CREATE_OPTIONS that a table sets itself (not partitioned, not row_format).
QStringList createOptionList(const QString& createOptions);

} // namespace SchemaDdl

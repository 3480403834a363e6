#include "SchemaDdl.h"

#include "SchemaNormalizer.h"
#include "db/Sql.h"

#include <QRegularExpression>

namespace N = SchemaNormalizer;

namespace {

QString q(const QString& name)
{
    return Sql::quoteIdentifier(name);
}

QString text(const QString& value)
{
    return QString::fromUtf8(Sql::stringLiteral(value));
}

bool isTextType(const QString& type)
{
    static const QRegularExpression re(QStringLiteral("^(char|varchar|tinytext|text|mediumtext|longtext|enum|set)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(type.trimmed()).hasMatch();
}

} // namespace

namespace SchemaDdl {

QString columnDefinition(const Column& c, const Table& table)
{
    QString out = q(c.name) + QLatin1Char(' ') + c.type;
    if (!c.charset.isEmpty() && isTextType(c.type))
        out += QStringLiteral(" CHARACTER SET %1 COLLATE %2").arg(N::charset(c.charset), N::collation(c.collation));
    if (c.generated != Column::Generated::No) {
        out += QStringLiteral(" GENERATED ALWAYS AS (%1) %2")
                   .arg(N::expression(c.generationExpression),
                        c.generated == Column::Generated::Stored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
    } else {
        if (!c.nullable)
            out += QStringLiteral(" NOT NULL");
        else if (c.type.startsWith(QLatin1String("timestamp"), Qt::CaseInsensitive))
            out += QStringLiteral(" NULL"); // explicit_defaults_for_timestamp=OFF would make it NOT NULL
        ColumnDefault d = c.defaultValue;
        if (d.kind == ColumnDefault::Kind::Expression)
            d.value = N::expression(d.value);
        if (d.kind != ColumnDefault::Kind::None && !(d.kind == ColumnDefault::Kind::Null && !c.nullable))
            out += QLatin1Char(' ') + d.toSql(N::isNumericType(c.type));
        if (!c.onUpdate.isEmpty())
            out += QStringLiteral(" ON UPDATE ") + N::expression(c.onUpdate);
        if (c.autoIncrement)
            out += QStringLiteral(" AUTO_INCREMENT");
    }
    if (c.invisible)
        out += QStringLiteral(" INVISIBLE");
    if (!c.comment.isEmpty())
        out += QStringLiteral(" COMMENT ") + text(c.comment);
    for (const CheckConstraint& check : table.checks) {
        if (check.columnLevel && check.name.compare(c.name, Qt::CaseInsensitive) == 0)
            out += QStringLiteral(" CHECK (%1)").arg(N::expression(check.clause));
    }
    return out;
}

QString indexDefinition(const Index& index, bool mariaDb)
{
    const QString type = index.type.toUpper();
    const bool ordered = type != QLatin1String("FULLTEXT") && type != QLatin1String("SPATIAL");
    QStringList parts;
    for (const Index::Part& p : index.parts) {
        QString part = p.column.isEmpty() ? QStringLiteral("(%1)").arg(N::expression(p.expression)) : q(p.column);
        if (ordered && p.prefixLength > 0)
            part += QStringLiteral("(%1)").arg(p.prefixLength);
        if (ordered && p.descending)
            part += QStringLiteral(" DESC");
        parts << part;
    }
    QString out;
    if (index.primary)
        out = QStringLiteral("PRIMARY KEY");
    else if (type == QLatin1String("FULLTEXT"))
        out = QStringLiteral("FULLTEXT KEY ") + q(index.name);
    else if (type == QLatin1String("SPATIAL"))
        out = QStringLiteral("SPATIAL KEY ") + q(index.name);
    else if (index.unique)
        out = QStringLiteral("UNIQUE KEY ") + q(index.name);
    else
        out = QStringLiteral("KEY ") + q(index.name);
    out += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    if (type == QLatin1String("HASH") || type == QLatin1String("BTREE"))
        out += QStringLiteral(" USING ") + type;
    if (!index.comment.isEmpty())
        out += QStringLiteral(" COMMENT ") + text(index.comment);
    if (index.invisible)
        out += mariaDb ? QStringLiteral(" IGNORED") : QStringLiteral(" INVISIBLE");
    return out;
}

QString foreignKeyDefinition(const ForeignKey& key, const QString& database, const QString& table)
{
    const QString target = database.isEmpty() ? q(table) : Sql::qualified(database, table);
    return QStringLiteral("CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3 (%4) ON DELETE %5 ON UPDATE %6")
        .arg(q(key.name), Sql::identifierList(key.columns), target, Sql::identifierList(key.referencedColumns),
             N::referentialAction(key.onDelete), N::referentialAction(key.onUpdate));
}

QString checkDefinition(const CheckConstraint& check, const QString& tableName)
{
    if (N::isGeneratedCheckName(check.name, tableName))
        return QStringLiteral("CHECK (%1)").arg(N::expression(check.clause));
    return QStringLiteral("CONSTRAINT %1 CHECK (%2)").arg(q(check.name), N::expression(check.clause));
}

QString partitionClause(const Table::Partitioning& p)
{
    const QString method = p.method.toUpper();
    QString out = QStringLiteral("PARTITION BY %1(%2)").arg(method, N::expression(p.expression));
    if (!p.subMethod.isEmpty())
        out += QStringLiteral(" SUBPARTITION BY %1(%2)").arg(p.subMethod.toUpper(), N::expression(p.subExpression));
    QStringList parts;
    for (const Table::Partition& part : p.partitions) {
        QString def = QStringLiteral("PARTITION ") + q(part.name);
        if (method.startsWith(QLatin1String("RANGE"))) {
            const bool maxValue = part.description.trimmed().compare(QLatin1String("MAXVALUE"), Qt::CaseInsensitive) == 0;
            if (maxValue && !method.contains(QLatin1String("COLUMNS")))
                def += QStringLiteral(" VALUES LESS THAN MAXVALUE");
            else
                def += QStringLiteral(" VALUES LESS THAN (%1)").arg(part.description);
        } else if (method.startsWith(QLatin1String("LIST"))) {
            def += QStringLiteral(" VALUES IN (%1)").arg(part.description);
        }
        if (!part.comment.isEmpty())
            def += QStringLiteral(" COMMENT = ") + text(part.comment);
        if (!part.subpartitions.isEmpty()) {
            QStringList subs;
            for (const QString& s : part.subpartitions)
                subs << QStringLiteral("SUBPARTITION ") + q(s);
            def += QStringLiteral(" (%1)").arg(subs.join(QStringLiteral(", ")));
        }
        parts << def;
    }
    return out + QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
}

QStringList createOptionList(const QString& createOptions)
{
    QStringList out;
    for (const QString& w : createOptions.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.contains(QLatin1Char('=')) && !w.startsWith(QLatin1String("row_format="), Qt::CaseInsensitive))
            out << w;
    }
    return out;
}

QString tableOptions(const Table& t, bool withAutoIncrement)
{
    QStringList options;
    if (!t.engine.isEmpty())
        options << QStringLiteral("ENGINE=") + t.engine;
    if (!t.collation.isEmpty())
        options << QStringLiteral("DEFAULT CHARSET=%1 COLLATE=%2").arg(N::charset(t.charset), N::collation(t.collation));
    // The row format is written when the table chose it; otherwise the target server's default applies.
    for (const QString& w : t.createOptions.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.startsWith(QLatin1String("row_format="), Qt::CaseInsensitive))
            options << QStringLiteral("ROW_FORMAT=") + w.mid(11).toUpper();
    }
    options += createOptionList(t.createOptions);
    if (withAutoIncrement && t.autoIncrement && *t.autoIncrement > 1)
        options << QStringLiteral("AUTO_INCREMENT=%1").arg(*t.autoIncrement);
    if (!t.comment.isEmpty())
        options << QStringLiteral("COMMENT=") + text(t.comment);
    return options.join(QLatin1Char(' '));
}

QString createView(const View& v, const QString& sourceDatabase, bool sourceCaseInsensitive)
{
    QString out = QStringLiteral("CREATE OR REPLACE");
    if (!v.algorithm.isEmpty())
        out += QStringLiteral(" ALGORITHM=") + v.algorithm.toUpper();
    if (!v.securityType.isEmpty())
        out += QStringLiteral(" SQL SECURITY ") + v.securityType.toUpper();
    out += QStringLiteral(" VIEW %1 AS %2").arg(q(v.name), N::viewDefinition(v.definition, sourceDatabase, sourceCaseInsensitive));
    const QString check = v.checkOption.toUpper();
    if (check == QLatin1String("CASCADED") || check == QLatin1String("LOCAL"))
        out += QStringLiteral(" WITH %1 CHECK OPTION").arg(check);
    return out;
}

QString createTrigger(const Trigger& t, const QString& table)
{
    return QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW %5")
        .arg(q(t.name), t.timing.toUpper(), t.event.toUpper(), q(table), t.statement);
}

QString createRoutine(const Routine& r)
{
    QStringList params;
    for (const Routine::Parameter& p : r.parameters) {
        const QString mode = r.kind == Routine::Kind::Procedure && !p.mode.isEmpty() ? p.mode.toUpper() + QLatin1Char(' ') : QString();
        params << mode + q(p.name) + QLatin1Char(' ') + p.type;
    }
    QString out = QStringLiteral("CREATE %1 %2(%3)")
                      .arg(r.kind == Routine::Kind::Function ? QStringLiteral("FUNCTION") : QStringLiteral("PROCEDURE"),
                           q(r.name), params.join(QStringLiteral(", ")));
    if (r.kind == Routine::Kind::Function)
        out += QStringLiteral(" RETURNS ") + r.returns;
    if (!r.comment.isEmpty())
        out += QStringLiteral(" COMMENT ") + text(r.comment);
    out += r.deterministic ? QStringLiteral(" DETERMINISTIC") : QStringLiteral(" NOT DETERMINISTIC");
    if (!r.dataAccess.isEmpty())
        out += QLatin1Char(' ') + r.dataAccess.toUpper();
    if (!r.securityType.isEmpty())
        out += QStringLiteral(" SQL SECURITY ") + r.securityType.toUpper();
    return out + QLatin1Char('\n') + r.body;
}

QString createEvent(const Event& e)
{
    QString schedule;
    if (e.eventType.compare(QLatin1String("ONE TIME"), Qt::CaseInsensitive) == 0) {
        schedule = QStringLiteral("AT ") + text(e.executeAt);
    } else {
        static const QRegularExpression number(QStringLiteral("^\\d+$"));
        const QString value = number.match(e.intervalValue).hasMatch() ? e.intervalValue : text(e.intervalValue);
        schedule = QStringLiteral("EVERY %1 %2").arg(value, e.intervalField.toUpper());
        if (!e.starts.isEmpty() && !e.startsAtCreation)
            schedule += QStringLiteral(" STARTS ") + text(e.starts);
        if (!e.ends.isEmpty())
            schedule += QStringLiteral(" ENDS ") + text(e.ends);
    }
    QString out = QStringLiteral("CREATE EVENT %1 ON SCHEDULE %2 ON COMPLETION %3")
                      .arg(q(e.name), schedule, e.onCompletion.toUpper());
    const QString status = e.status.toUpper();
    if (status == QLatin1String("DISABLED"))
        out += QStringLiteral(" DISABLE");
    else if (status == QLatin1String("SLAVESIDE_DISABLED"))
        out += QStringLiteral(" DISABLE ON SLAVE");
    else
        out += QStringLiteral(" ENABLE");
    if (!e.comment.isEmpty())
        out += QStringLiteral(" COMMENT ") + text(e.comment);
    return out + QStringLiteral(" DO ") + e.definition;
}

} // namespace SchemaDdl

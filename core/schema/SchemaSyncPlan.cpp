#include "SchemaSyncPlan.h"

#include "SchemaBackup.h"
#include "db/Sql.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QString q(const QString& name)
{
    return Sql::quoteIdentifier(name);
}

MigrationStep makeStep(ObjectType type, const QString& name, const QString& description, const QString& sql,
    MigrationStep::Risk risk, const QStringList& warnings = {})
{
    MigrationStep s;
    s.objectType = type;
    s.objectName = name;
    s.description = description;
    s.sql = sql;
    s.risk = risk;
    s.warnings = warnings;
    return s;
}

} // namespace

QList<SchemaSyncStep> SchemaSyncPlan::build(const MigrationPlan& plan, const DatabaseSchema& target,
    const SchemaDiffResult& diff, const QString& quarantineDatabase, const QString& suffix)
{
    QSet<QString> dropped;
    for (const ObjectDiff& o : diff.objects) {
        if (o.type == ObjectType::Table && o.status == ObjectDiff::Status::OnlyInTarget)
            dropped.insert(o.targetName);
    }
    QList<SchemaSyncStep> out;
    bool quarantineCreated = false;
    for (const MigrationStep& planned : plan.steps) {
        SchemaSyncStep s;
        s.step = planned;
        s.needsConsent = planned.risk == MigrationStep::Risk::Destructive;
        const bool ofDroppedTable
            = planned.objectType == ObjectType::Table && dropped.contains(planned.objectName);
        // Everything done to a table that goes (its foreign keys to other tables that go) only
        // makes sense when it goes.
        s.needsConsent = s.needsConsent || ofDroppedTable;
        if (!ofDroppedTable || planned.sql != QStringLiteral("DROP TABLE ") + q(planned.objectName)) {
            out << s;
            continue;
        }

        const QString table = planned.objectName;
        const QString name = SchemaBackup::quarantineName(target.name, table, suffix);
        auto consent = [](MigrationStep step) {
            SchemaSyncStep x;
            x.step = std::move(step);
            x.needsConsent = true;
            return x;
        };
        if (!quarantineCreated) {
            out << consent(
                makeStep(ObjectType::Table, quarantineDatabase, tr("create the quarantine database"),
                    QStringLiteral("CREATE DATABASE IF NOT EXISTS %1").arg(q(quarantineDatabase)),
                    MigrationStep::Risk::Instant));
            quarantineCreated = true;
        }
        // A table cannot move to another database with its triggers (the server refuses), and its
        // foreign keys would tie the live tables to the quarantined rows: both go first. The
        // backup point keeps their definitions.
        for (const Trigger& t : target.triggers) {
            if (t.table == table)
                out << consent(makeStep(ObjectType::Trigger, t.name,
                    tr("drop trigger (its table %1 moves to the quarantine database)").arg(table),
                    QStringLiteral("DROP TRIGGER %1").arg(q(t.name)), MigrationStep::Risk::Destructive));
        }
        if (const Table* t = target.table(table); t && !t->foreignKeys.isEmpty()) {
            QStringList clauses, names;
            for (const ForeignKey& fk : t->foreignKeys) {
                clauses << QStringLiteral("DROP FOREIGN KEY ") + q(fk.name);
                names << fk.name;
            }
            out << consent(makeStep(ObjectType::Table, table,
                tr("drop foreign keys %1 (the table moves to the quarantine database)")
                    .arg(names.join(QStringLiteral(", "))),
                QStringLiteral("ALTER TABLE %1 %2").arg(q(table), clauses.join(QStringLiteral(", "))),
                MigrationStep::Risk::InPlace));
        }
        // The planner's warning (the rows are lost) no longer holds.
        QStringList warnings;
        warnings << tr("The table is not dropped: it is renamed into %1 with its rows, and a rollback of the "
                       "backup point brings it back.")
                        .arg(quarantineDatabase);
        SchemaSyncStep move = consent(makeStep(ObjectType::Table, table,
            tr("move table to quarantine %1.%2 (instead of DROP TABLE)").arg(quarantineDatabase, name),
            QStringLiteral("RENAME TABLE %1 TO %2").arg(q(table), Sql::qualified(quarantineDatabase, name)),
            MigrationStep::Risk::Destructive, warnings));
        move.plannedSql = planned.sql;
        move.quarantineOf = table;
        out << move;
    }
    return out;
}

QString SchemaSyncPlan::toSql(const QList<SchemaSyncStep>& steps, const QString& sourceDatabase,
    const QString& targetDatabase, bool allowDrop)
{
    MigrationPlan running;
    running.sourceDatabase = sourceDatabase;
    running.targetDatabase = targetDatabase;
    QList<const SchemaSyncStep*> skipped;
    for (const SchemaSyncStep& s : steps) {
        if (runs(s, allowDrop)) {
            MigrationStep step = s.step;
            for (const QString& c : s.savedColumns)
                step.warnings << tr("SyncStudio saves the values of column %1, with the rows' keys, in the "
                                    "backup point first.")
                                     .arg(c);
            running.steps << step;
        } else {
            skipped << &s;
        }
    }
    QString out = running.toSql();
    if (!skipped.isEmpty()) {
        out += QStringLiteral("\n-- %1 destructive statement(s) skipped: they run only with --allow-drop.\n")
                   .arg(skipped.size());
        for (const SchemaSyncStep* s : std::as_const(skipped)) {
            QString description = s->step.description;
            description.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f\\x{2028}\\x{2029}]")),
                QStringLiteral(" "));
            QString name = s->step.objectName;
            name.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f\\x{2028}\\x{2029}]")),
                QStringLiteral(" "));
            out += QStringLiteral("\n-- SKIPPED [%1] %2 %3: %4\n")
                       .arg(MigrationStep::riskName(s->step.risk), objectTypeName(s->step.objectType), name,
                           description);
            for (const QString& line :
                s->step.sql.split(QRegularExpression(QStringLiteral("\\r\\n|[\\r\\n\\x{2028}\\x{2029}]"))))
                out += QStringLiteral("--   ") + line + QLatin1Char('\n');
        }
    }
    return out;
}

QJsonArray SchemaSyncPlan::toJson(const QList<SchemaSyncStep>& steps)
{
    QJsonArray out;
    for (const SchemaSyncStep& s : steps)
        out.append(s.toJson());
    return out;
}

bool SchemaSyncPlan::touchesColumn(const QString& sql, const QString& column)
{
    const QString name = q(column);
    for (const QString& verb : {QStringLiteral("DROP COLUMN "), QStringLiteral("MODIFY COLUMN "),
             QStringLiteral("CHANGE COLUMN ")}) {
        const QString needle = verb + name;
        for (qsizetype at = sql.indexOf(needle); at >= 0; at = sql.indexOf(needle, at + 1)) {
            const qsizetype end = at + needle.size();
            // The quoted name must end here, not be the start of a longer one (`a` vs `a``b`).
            if (end == sql.size() || sql[end] == QLatin1Char(',') || sql[end] == QLatin1Char(' ')
                || sql[end] == QLatin1Char('\n'))
                return true;
        }
    }
    return false;
}

#include "SchemaSyncStep.h"

#include <QJsonArray>

QString SchemaSyncStep::stateName(State state)
{
    switch (state) {
    case State::Applied:
        return QStringLiteral("applied");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

SchemaSyncStep::State SchemaSyncStep::stateFromName(const QString& name)
{
    for (State s : {State::Applied, State::Skipped, State::Failed}) {
        if (stateName(s) == name)
            return s;
    }
    return State::Pending;
}

ObjectType SchemaSyncStep::objectTypeFromName(const QString& name)
{
    for (ObjectType t : {ObjectType::Table, ObjectType::View, ObjectType::Trigger, ObjectType::Procedure,
             ObjectType::Function, ObjectType::Event}) {
        if (objectTypeName(t) == name)
            return t;
    }
    return ObjectType::Table;
}

MigrationStep::Risk SchemaSyncStep::riskFromName(const QString& name)
{
    using Risk = MigrationStep::Risk;
    for (Risk r : {Risk::Instant, Risk::InPlace, Risk::Rebuild}) {
        if (MigrationStep::riskName(r) == name)
            return r;
    }
    return Risk::Destructive;
}

QJsonObject SchemaSyncStep::toJson() const
{
    QJsonObject o {
        {QStringLiteral("object_type"), objectTypeName(step.objectType)},
        {QStringLiteral("object"), step.objectName},
        {QStringLiteral("description"), step.description},
        {QStringLiteral("risk"), MigrationStep::riskName(step.risk)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(step.warnings)},
        {QStringLiteral("sql"), step.sql},
        {QStringLiteral("needs_consent"), needsConsent},
        {QStringLiteral("state"), stateName(state)},
    };
    if (!plannedSql.isEmpty())
        o.insert(QStringLiteral("planned_sql"), plannedSql);
    if (!quarantineOf.isEmpty())
        o.insert(QStringLiteral("quarantine_of"), quarantineOf);
    if (!savedColumns.isEmpty())
        o.insert(QStringLiteral("saved_columns"), QJsonArray::fromStringList(savedColumns));
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

SchemaSyncStep SchemaSyncStep::fromJson(const QJsonObject& json)
{
    auto strings = [&json](const char* key) {
        QStringList out;
        for (const QJsonValue v : json.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    SchemaSyncStep s;
    s.step.objectType = objectTypeFromName(json.value(QStringLiteral("object_type")).toString());
    s.step.objectName = json.value(QStringLiteral("object")).toString();
    s.step.description = json.value(QStringLiteral("description")).toString();
    s.step.risk = riskFromName(json.value(QStringLiteral("risk")).toString());
    s.step.warnings = strings("warnings");
    s.step.sql = json.value(QStringLiteral("sql")).toString();
    s.plannedSql = json.value(QStringLiteral("planned_sql")).toString();
    s.needsConsent = json.value(QStringLiteral("needs_consent")).toBool();
    s.quarantineOf = json.value(QStringLiteral("quarantine_of")).toString();
    s.savedColumns = strings("saved_columns");
    s.state = stateFromName(json.value(QStringLiteral("state")).toString());
    s.message = json.value(QStringLiteral("message")).toString();
    return s;
}

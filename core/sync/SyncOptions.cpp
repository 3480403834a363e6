#include "SyncOptions.h"

#include <QJsonArray>

QJsonObject SyncOptions::toJson() const
{
    return QJsonObject {
        {QStringLiteral("conflict"), policy.text()},
        {QStringLiteral("delete"), deletes},
        {QStringLiteral("foreign_key_checks"), foreignKeyChecks},
        {QStringLiteral("replace_keyless"), replaceKeyless},
        {QStringLiteral("replace_keyless_tables"), QJsonArray::fromStringList(replaceKeylessTables)},
        {QStringLiteral("bulk"), bulk},
        {QStringLiteral("bulk_share"), bulkShare},
        {QStringLiteral("bulk_minimum_rows"), bulkMinimumRows},
    };
}

SyncOptions SyncOptions::fromJson(const QJsonObject& o)
{
    SyncOptions s;
    s.policy = ConflictPolicy::parse(o.value(QStringLiteral("conflict")).toString()).valueOr(ConflictPolicy());
    s.deletes = o.value(QStringLiteral("delete")).toBool(true);
    s.foreignKeyChecks = o.value(QStringLiteral("foreign_key_checks")).toBool(true);
    s.replaceKeyless = o.value(QStringLiteral("replace_keyless")).toBool(false);
    for (const QJsonValue v : o.value(QStringLiteral("replace_keyless_tables")).toArray())
        s.replaceKeylessTables.append(v.toString());
    s.bulk = o.value(QStringLiteral("bulk")).toBool(true);
    s.bulkShare = o.value(QStringLiteral("bulk_share")).toDouble(0.5);
    s.bulkMinimumRows = o.value(QStringLiteral("bulk_minimum_rows")).toInteger(1000);
    return s;
}

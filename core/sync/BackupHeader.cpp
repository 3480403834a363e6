#include "BackupHeader.h"

#include <QJsonArray>

QJsonObject BackupHeader::toJson() const
{
    QJsonArray t;
    for (const SyncTable& table : tables)
        t.append(table.toJson());
    return QJsonObject {
        {QStringLiteral("format"), format},
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("parent"), parentId},
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tables"), t},
    };
}

BackupHeader BackupHeader::fromJson(const QJsonObject& json)
{
    BackupHeader h;
    h.format = json.value(QStringLiteral("format")).toInt();
    h.id = json.value(QStringLiteral("id")).toString();
    h.kind = json.value(QStringLiteral("kind")).toString();
    h.parentId = json.value(QStringLiteral("parent")).toString();
    h.source = json.value(QStringLiteral("source")).toString();
    h.target = json.value(QStringLiteral("target")).toString();
    h.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue v : json.value(QStringLiteral("tables")).toArray())
        h.tables.append(SyncTable::fromJson(v.toObject()));
    return h;
}

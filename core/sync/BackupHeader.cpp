#include "BackupHeader.h"

#include <QJsonArray>

QJsonObject BackupHeader::toJson() const
{
    QJsonArray t;
    for (const SyncTable& table : tables)
        t.append(table.toJson());
    QJsonArray fks;
    for (const QPair<int, int>& fk : foreignKeys)
        fks.append(QJsonArray {fk.first, fk.second});
    QJsonObject o {
        {QStringLiteral("format"), format},
        {QStringLiteral("foreign_keys"), fks},
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("parent"), parentId},
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tables"), t},
    };
    if (!replaced.isEmpty()) {
        QJsonArray r;
        for (int i : replaced)
            r.append(i);
        o.insert(QStringLiteral("replaced"), r);
    }
    return o;
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
    for (const QJsonValue v : json.value(QStringLiteral("foreign_keys")).toArray()) {
        const QJsonArray pair = v.toArray();
        const int child = pair.at(0).toInt(-1);
        const int parent = pair.at(1).toInt(-1);
        if (child >= 0 && parent >= 0 && child < h.tables.size() && parent < h.tables.size())
            h.foreignKeys.append({child, parent});
    }
    for (const QJsonValue v : json.value(QStringLiteral("replaced")).toArray()) {
        if (v.toInt(-1) >= 0 && v.toInt() < h.tables.size())
            h.replaced.append(v.toInt());
    }
    return h;
}

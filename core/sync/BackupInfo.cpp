#include "BackupInfo.h"

#include <QJsonArray>

QString BackupInfo::stateName(State state)
{
    switch (state) {
    case State::Complete:
        return QStringLiteral("complete");
    case State::RolledBack:
        return QStringLiteral("rolled-back");
    case State::Partial:
        break;
    }
    return QStringLiteral("partial");
}

std::optional<BackupInfo::State> BackupInfo::parseState(const QString& name)
{
    for (State s : {State::Partial, State::Complete, State::RolledBack}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject BackupInfo::toJson() const
{
    QJsonArray t;
    for (const TableCounts& c : tables) {
        t.append(QJsonObject {{QStringLiteral("table"), c.table},
                              {QStringLiteral("inserted"), c.inserted},
                              {QStringLiteral("updated"), c.updated},
                              {QStringLiteral("deleted"), c.deleted},
                              {QStringLiteral("conflicts"), c.conflicts}});
    }
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("parent"), parentId.isEmpty() ? QJsonValue() : QJsonValue(parentId)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("finished"), finished.isValid() ? QJsonValue(finished.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("tables"), t},
        {QStringLiteral("inserted"), inserted},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("deleted"), deleted},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("size_bytes"), sizeBytes},
        {QStringLiteral("digest"), digest},
        {QStringLiteral("message"), message},
    };
}

#include "ObjectType.h"

QString objectTypeName(ObjectType type)
{
    switch (type) {
    case ObjectType::Table:
        return QStringLiteral("table");
    case ObjectType::View:
        return QStringLiteral("view");
    case ObjectType::Trigger:
        return QStringLiteral("trigger");
    case ObjectType::Procedure:
        return QStringLiteral("procedure");
    case ObjectType::Function:
        return QStringLiteral("function");
    case ObjectType::Event:
        return QStringLiteral("event");
    }
    return QStringLiteral("table");
}

int objectTypeOrder(ObjectType type)
{
    return static_cast<int>(type);
}

QString showCreateKeyword(ObjectType type)
{
    return objectTypeName(type).toUpper();
}

const char* showCreateColumn(ObjectType type)
{
    switch (type) {
    case ObjectType::Table:
        return "Create Table";
    case ObjectType::View:
        return "Create View";
    case ObjectType::Trigger:
        return "SQL Original Statement";
    case ObjectType::Procedure:
        return "Create Procedure";
    case ObjectType::Function:
        return "Create Function";
    case ObjectType::Event:
        return "Create Event";
    }
    return "Create Table";
}

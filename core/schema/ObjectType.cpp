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

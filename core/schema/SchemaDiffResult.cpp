#include "SchemaDiffResult.h"

#include <QJsonArray>

int SchemaDiffResult::count(ObjectDiff::Status status) const
{
    int n = 0;
    for (const ObjectDiff& o : objects) {
        if (o.status == status)
            ++n;
    }
    return n;
}

bool SchemaDiffResult::identical() const
{
    return count(ObjectDiff::Status::Identical) == objects.size();
}

QJsonObject SchemaDiffResult::toJson() const
{
    QJsonArray list;
    for (const ObjectDiff& o : objects) {
        list.append(QJsonObject {
            {QStringLiteral("type"), objectTypeName(o.type)},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("status"), ObjectDiff::statusName(o.status)},
            {QStringLiteral("changes"), QJsonArray::fromStringList(o.changes)},
        });
    }
    QJsonObject summary;
    for (ObjectDiff::Status s : {ObjectDiff::Status::OnlyInSource, ObjectDiff::Status::OnlyInTarget,
                                 ObjectDiff::Status::Different, ObjectDiff::Status::Identical})
        summary.insert(ObjectDiff::statusName(s), count(s));
    return QJsonObject {{QStringLiteral("objects"), list}, {QStringLiteral("summary"), summary}};
}

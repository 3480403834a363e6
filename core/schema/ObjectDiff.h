#pragma once

#include "ObjectType.h"

#include <QString>
#include <QStringList>

/// How one object (table, view, trigger, routine, event) differs between source and target.
struct ObjectDiff
{
    enum class Status { OnlyInSource, OnlyInTarget, Different, Identical };

    ObjectType type = ObjectType::Table;
    QString name;       ///< `database.object` as reported: the source's, or the target's when only there
    QString sourceName; ///< the object's name in the source, empty when only in the target
    QString targetName; ///< the object's name in the target, empty when only in the source
    Status status = Status::Identical;
    /// One line per differing attribute, e.g. "column price: type decimal(10,2) -> decimal(12,2)".
    QStringList changes;

    /// "only_in_source", "only_in_target", "different", "identical": the JSON spelling.
    static QString statusName(Status status);
};

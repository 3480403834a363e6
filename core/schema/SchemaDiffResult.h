#pragma once

#include "ObjectDiff.h"

#include <QJsonObject>
#include <QList>

/// The outcome of comparing two databases' structures, in a stable order (tables, views, triggers,
/// procedures, functions, events; each by name).
struct SchemaDiffResult
{
    QString sourceDatabase;
    QString targetDatabase;
    QList<ObjectDiff> objects;

    int count(ObjectDiff::Status status) const;
    /// True when no object is only on one side or different.
    bool identical() const;
    /// {"objects":[{"type","name","status","changes"}],"summary":{"only_in_source":N,...}}
    QJsonObject toJson() const;
};

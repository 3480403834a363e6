#pragma once

#include "SyncTable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/// The first chunk of a backup point file: which run wrote it, against which servers, and the
/// tables its records refer to (by index), so that the file alone is enough to roll back.
struct BackupHeader
{
    static constexpr int CurrentFormat = 1;

    int format = CurrentFormat;
    QString id;       ///< the backup point's id, also the run's id
    QString kind;     ///< "sync", "rollback", "resolve"
    QString parentId; ///< for a rollback: the backup point it undoes
    QString source;   ///< endpoints as shown to the user (never with a password)
    QString target;
    QDateTime created;
    QList<SyncTable> tables;
    /// Foreign keys between the tables above, as (child, parent) indexes: the order a rollback
    /// script needs when no server is at hand to ask.
    QList<QPair<int, int>> foreignKeys;
    /// Tables (indexes) whose contents the run replaced whole (no key); their records are
    /// BackupRecord::Kind::Replaced and Replace, and the file is format version 2.
    QList<int> replaced;

    QJsonObject toJson() const;
    static BackupHeader fromJson(const QJsonObject& json);
};

#pragma once

#include "JobItemProgress.h"

#include <QList>
#include <QString>

/// A snapshot of how far a Job has come, safe to copy across threads.
struct JobProgress
{
    QString phase;          ///< what the job is doing now, in the user's language ("Comparing rows")
    QString item;           ///< the object being worked on, e.g. "shop.orders" (several: comma-separated)
    qint64 rowsDone = 0;
    qint64 rowsTotal = -1;  ///< an estimate; -1 when unknown
    qint64 bytesDone = 0;
    int itemsDone = 0;
    int itemsTotal = 0;
    double elapsedSeconds = 0;
    double rowsPerSecond = 0;
    double etaSeconds = -1; ///< -1 when unknown
    bool paused = false;
    /// Per-item progress in the order the items were announced; bounded (Job::MaxItems).
    QList<JobItemProgress> items;
};

#pragma once

#include <QString>

/// How far a job has come with one of its items (a table, for compare and sync), for the per-table
/// progress list of the runner panel.
struct JobItemProgress
{
    enum class State { Pending, Running, Done, Failed };

    QString name; ///< e.g. "shop.orders"
    qint64 rowsDone = 0;
    qint64 rowsTotal = -1; ///< an estimate; -1 when unknown
    State state = State::Pending;

    bool operator==(const JobItemProgress& other) const
    {
        return name == other.name && rowsDone == other.rowsDone && rowsTotal == other.rowsTotal
            && state == other.state;
    }
};

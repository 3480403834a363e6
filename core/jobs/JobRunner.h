#pragma once

#include "Result.h"

#include <QFuture>

class Job;
class QThreadPool;

/// Starts Jobs on a thread pool and hands back a QFuture of their Status; the GUI watches it with
/// a QFutureWatcher, the CLI either waits in an event loop or calls runBlocking().
class JobRunner
{
public:
    /// Jobs run on `pool`, by default the global pool.
    explicit JobRunner(QThreadPool* pool = nullptr);

    /// Runs job->run() on a pool thread; Job::finished is emitted when it returns. The job must
    /// outlive the future.
    QFuture<Status> start(Job* job);

    /// Runs the job on the calling thread and returns its Status.
    static Status runBlocking(Job& job);

private:
    QThreadPool* m_pool;
};

#include "JobRunner.h"

#include "Job.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

JobRunner::JobRunner(QThreadPool* pool)
    : m_pool(pool ? pool : QThreadPool::globalInstance())
{
}

QFuture<Status> JobRunner::start(Job* job)
{
    return QtConcurrent::run(m_pool, [job]() -> Status { return runBlocking(*job); });
}

Status JobRunner::runBlocking(Job& job)
{
    Status status = job.isCancelled() ? Status(Job::cancelledError()) : job.run();
    job.setOutcome(status);
    emit job.finished();
    return status;
}

#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

/// Runs work off the UI thread and hands its result back on the thread of a context object.
namespace Async {

/// Runs `work()` on the global thread pool and then `done(result)` on `context`'s thread. The
/// watcher is a child of `context`, so a window closed before the work ends drops the callback;
/// `work` must therefore capture only values and objects that outlive it, never the context.
template <typename Work, typename Done> void run(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
            done(watcher->future().takeResult());
            watcher->deleteLater();
        });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace Async

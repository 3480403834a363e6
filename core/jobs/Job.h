#pragma once

#include "JobProgress.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QWaitCondition>

#include <atomic>
#include <optional>

/// A long-running piece of work (compare, sync, verify, rollback) that runs on a worker thread,
/// reports progress and log lines, and honours cancel and pause between its units of work.
///
/// Subclasses implement run(); JobRunner calls it on a pool thread (or the caller's thread for
/// runBlocking). Everything here is thread-safe: the GUI or the CLI reads progress() and calls
/// cancel()/pause() from their own thread while run() works. Signals are emitted from the worker
/// thread; connect with the default (queued) connection from a GUI object.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject* parent = nullptr);
    ~Job() override;

    /// Does the work on the calling thread. Returns when done, failed or cancelled (a cancelled
    /// job returns an Error with code "cancelled" after leaving a consistent state).
    virtual Status run() = 0;

    /// Asks the job to stop at its next checkpoint. Also wakes a paused job so that it can stop.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    /// Holds the job at its next checkpoint until resume() or cancel().
    void pause();
    void resume();
    bool isPaused() const { return m_paused.load(std::memory_order_relaxed); }

    /// Called by run() between units of work (chunks, batches): blocks while paused. Returns
    /// false when the job has been cancelled and must wind down.
    bool checkpoint();

    /// A consistent copy of the current progress, with rate and ETA filled in.
    JobProgress progress() const;
    /// The log lines so far (bounded: the oldest are dropped beyond a few thousand).
    QStringList logLines() const;

    /// The Error a cancelled job returns.
    static Error cancelledError();

    /// The most items JobProgress::items holds; beyond it the oldest finished ones are dropped.
    static constexpr int MaxItems = 1000;

    /// What run() returned, once JobRunner has run the job; empty while it has not finished.
    std::optional<Status> outcome() const;

signals:
    /// Progress moved; emitted at most about ten times a second.
    void progressChanged();
    void logMessage(const QString& line);
    /// Emitted by JobRunner after run() returned.
    void finished();

protected:
    void setPhase(const QString& phase);
    void setItem(const QString& item);
    void setTotals(qint64 rowsTotal, int itemsTotal);
    /// Adds to the work done; callable from any thread (parallel workers of one job).
    void addWork(qint64 rows, qint64 bytes);
    void itemDone();
    void log(const QString& line);

    /// Per-item progress (JobProgress::items), keyed by name; callable from any thread. An item
    /// first named by addItem() is pending; progress makes it running; itemFinished() ends it.
    void addItem(const QString& name, qint64 rowsTotal = -1);
    /// Sets the item's rows done and total (-1 keeps the known total).
    void setItemProgress(const QString& name, qint64 rowsDone, qint64 rowsTotal = -1);
    /// Adds rows to the item's rows done.
    void addItemWork(const QString& name, qint64 rows);
    void itemFinished(const QString& name, bool ok = true);
    /// Replaces every item, e.g. with those of a job this one runs inside.
    void setItems(const QList<JobItemProgress>& items);

private:
    friend class JobRunner;
    void setOutcome(const Status& status);
    /// The item named `name`, added (running) when missing; nullptr when full. Caller holds m_mutex.
    JobItemProgress* itemLocked(const QString& name);
    void notify(bool force);

    mutable QMutex m_mutex;
    QWaitCondition m_resumed;
    std::atomic_bool m_cancelled {false};
    std::atomic_bool m_paused {false};
    JobProgress m_progress;
    QStringList m_log;
    QElapsedTimer m_clock;
    qint64 m_lastNotifyMs = -1000;
    double m_pausedSeconds = 0;
    QElapsedTimer m_pauseClock;
    std::optional<Status> m_outcome;
};

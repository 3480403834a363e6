#include "Job.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Job)
};
constexpr qsizetype MaxLogLines = 5000;
} // namespace

Job::Job(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

Job::~Job() = default;

Error Job::cancelledError()
{
    Error e = Error::make(Tr::tr("Cancelled."), Tr::tr("Nothing was left half-done; run it again to start over."));
    e.code = QStringLiteral("cancelled");
    return e;
}

void Job::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_resumed.wakeAll();
}

void Job::pause()
{
    QMutexLocker lock(&m_mutex);
    if (!m_paused) {
        m_paused = true;
        m_progress.paused = true;
        m_pauseClock.start();
    }
}

void Job::resume()
{
    QMutexLocker lock(&m_mutex);
    if (m_paused) {
        m_paused = false;
        m_progress.paused = false;
        m_pausedSeconds += m_pauseClock.elapsed() / 1000.0;
        m_resumed.wakeAll();
    }
}

bool Job::checkpoint()
{
    QMutexLocker lock(&m_mutex);
    while (m_paused && !m_cancelled)
        m_resumed.wait(&m_mutex);
    return !m_cancelled;
}

JobProgress Job::progress() const
{
    QMutexLocker lock(&m_mutex);
    JobProgress p = m_progress;
    p.elapsedSeconds = m_clock.elapsed() / 1000.0;
    // Time spent paused does not count against the rate.
    double working = p.elapsedSeconds - m_pausedSeconds - (m_paused ? m_pauseClock.elapsed() / 1000.0 : 0.0);
    if (working > 0.2 && p.rowsDone > 0) {
        p.rowsPerSecond = p.rowsDone / working;
        if (p.rowsTotal > 0)
            p.etaSeconds = qMax(0.0, (p.rowsTotal - p.rowsDone) / p.rowsPerSecond);
    }
    return p;
}

QStringList Job::logLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void Job::setPhase(const QString& phase)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.phase = phase;
    }
    notify(true);
}

void Job::setItem(const QString& item)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.item = item;
    }
    notify(false);
}

void Job::setTotals(qint64 rowsTotal, int itemsTotal)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.rowsTotal = rowsTotal;
        m_progress.itemsTotal = itemsTotal;
    }
    notify(true);
}

void Job::addWork(qint64 rows, qint64 bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.rowsDone += rows;
        m_progress.bytesDone += bytes;
        // Estimates of the total can be low (table statistics): never report more than 100%.
        if (m_progress.rowsTotal >= 0 && m_progress.rowsDone > m_progress.rowsTotal)
            m_progress.rowsTotal = m_progress.rowsDone;
    }
    notify(false);
}

void Job::itemDone()
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_progress.itemsDone;
    }
    notify(true);
}

void Job::log(const QString& line)
{
    {
        QMutexLocker lock(&m_mutex);
        m_log.append(line);
        if (m_log.size() > MaxLogLines)
            m_log.remove(0, m_log.size() - MaxLogLines);
    }
    emit logMessage(line);
}

std::optional<Status> Job::outcome() const
{
    QMutexLocker lock(&m_mutex);
    return m_outcome;
}

void Job::setOutcome(const Status& status)
{
    QMutexLocker lock(&m_mutex);
    m_outcome = status;
}

JobItemProgress* Job::itemLocked(const QString& name)
{
    QList<JobItemProgress>& items = m_progress.items;
    // The items being worked on are usually the latest ones announced.
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (items.at(i).name == name)
            return &items[i];
    }
    if (items.size() >= MaxItems) {
        const auto finished = std::find_if(items.cbegin(), items.cend(), [](const JobItemProgress& item) {
            return item.state == JobItemProgress::State::Done || item.state == JobItemProgress::State::Failed;
        });
        if (finished == items.cend())
            return nullptr;
        items.erase(finished);
    }
    JobItemProgress item;
    item.name = name;
    item.state = JobItemProgress::State::Running;
    items.append(item);
    return &items.last();
}

void Job::addItem(const QString& name, qint64 rowsTotal)
{
    {
        QMutexLocker lock(&m_mutex);
        if (JobItemProgress* item = itemLocked(name)) {
            if (item->rowsDone == 0)
                item->state = JobItemProgress::State::Pending;
            item->rowsTotal = rowsTotal;
        }
    }
    notify(false);
}

void Job::setItemProgress(const QString& name, qint64 rowsDone, qint64 rowsTotal)
{
    {
        QMutexLocker lock(&m_mutex);
        if (JobItemProgress* item = itemLocked(name)) {
            item->state = JobItemProgress::State::Running;
            item->rowsDone = rowsDone;
            if (rowsTotal >= 0)
                item->rowsTotal = rowsTotal;
            if (item->rowsTotal >= 0 && item->rowsDone > item->rowsTotal)
                item->rowsTotal = item->rowsDone;
        }
    }
    notify(false);
}

void Job::addItemWork(const QString& name, qint64 rows)
{
    {
        QMutexLocker lock(&m_mutex);
        if (JobItemProgress* item = itemLocked(name)) {
            item->state = JobItemProgress::State::Running;
            item->rowsDone += rows;
            // Totals are estimates (table statistics): never report more than 100%.
            if (item->rowsTotal >= 0 && item->rowsDone > item->rowsTotal)
                item->rowsTotal = item->rowsDone;
        }
    }
    notify(false);
}

void Job::itemFinished(const QString& name, bool ok)
{
    {
        QMutexLocker lock(&m_mutex);
        if (JobItemProgress* item = itemLocked(name)) {
            item->state = ok ? JobItemProgress::State::Done : JobItemProgress::State::Failed;
            // A finished item is complete, whatever the estimate said.
            if (ok)
                item->rowsTotal = item->rowsDone;
        }
    }
    notify(true);
}

void Job::setItems(const QList<JobItemProgress>& items)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.items = items.size() > MaxItems ? items.mid(items.size() - MaxItems) : items;
    }
    notify(false);
}

void Job::notify(bool force)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = m_clock.elapsed();
        if (!force && now - m_lastNotifyMs < 100)
            return;
        m_lastNotifyMs = now;
    }
    emit progressChanged();
}

#include "JobsModel.h"

#include "jobs/Job.h"
#include "jobs/JobRunner.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QIcon>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

namespace {

bool isFinal(JobsModel::State state)
{
    return state == JobsModel::State::Succeeded || state == JobsModel::State::Failed
        || state == JobsModel::State::Cancelled;
}

} // namespace

JobsModel::JobsModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_refresh(new QTimer(this))
    , m_sampler(new QTimer(this))
{
    // Jobs signal progress up to ten times a second each; the view needs far less.
    m_refresh->setInterval(250);
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, &JobsModel::refresh);
    m_sampler->setInterval(1000);
    connect(m_sampler, &QTimer::timeout, this, &JobsModel::sample);
}

JobsModel::~JobsModel()
{
    // Releasing a job below must not call back into a half-destroyed model.
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.job)
            disconnect(e.job, nullptr, this, nullptr);
    }
}

JobsModel* JobsModel::instance()
{
    static QPointer<JobsModel> model;
    if (!model)
        model = new JobsModel(QCoreApplication::instance());
    return model;
}

int JobsModel::add(const std::shared_ptr<Job>& job, const QString& title, const QString& project)
{
    return addEntry(job.get(), job, title, project);
}

int JobsModel::add(Job* job, const QString& title, const QString& project)
{
    return addEntry(job, nullptr, title, project);
}

int JobsModel::addEntry(Job* job, std::shared_ptr<Job> owned, const QString& title, const QString& project)
{
    if (!job)
        return -1;
    if (const int existing = rowOf(job); existing >= 0 && !isFinal(m_entries.at(existing).state))
        return existing;
    Entry e;
    e.job = job;
    e.key = job;
    e.owned = std::move(owned);
    e.title = title;
    e.project = project;
    e.started = QDateTime::currentDateTime();
    e.clock.start();
    e.progress = job->progress();
    e.log = job->logLines();
    e.sampledRows = e.progress.rowsDone;
    if (job->isCancelled())
        e.state = State::Cancelling;
    else if (job->isPaused())
        e.state = State::Paused;

    beginInsertRows({}, 0, 0);
    m_entries.prepend(e);
    endInsertRows();

    // Queued: the job signals from its worker thread.
    const QPointer<Job> guard(job);
    connect(
        job, &Job::progressChanged, this, [this, guard] { markDirty(guard); }, Qt::QueuedConnection);
    connect(
        job, &Job::logMessage, this,
        [this, guard](const QString& line) {
            const int row = rowOf(guard);
            if (row < 0 || isFinal(m_entries.at(row).state))
                return;
            appendLog(m_entries[row], line);
            emit logAppended(row, line);
        },
        Qt::QueuedConnection);
    connect(
        job, &Job::finished, this,
        [this, guard] {
            const int row = rowOf(guard);
            if (row < 0 || !guard)
                return;
            if (const std::optional<Status> outcome = guard->outcome())
                finalize(row, *outcome);
        },
        Qt::QueuedConnection);
    connect(job, &QObject::destroyed, this, [this] {
        for (int row = 0; row < m_entries.size(); ++row) {
            // The QPointer is already null here: find the entry by the address it was added with.
            if (m_entries.at(row).job.isNull() && !isFinal(m_entries.at(row).state)) {
                Error e = Error::make(tr("The job ended without reporting a result."));
                finalize(row, e);
            }
        }
    });
    updateTimers();
    emit runningCountChanged(runningCount());
    // Registered after it ended (a very short job): Job::finished has gone by already.
    if (const std::optional<Status> outcome = job->outcome())
        finalize(0, *outcome);
    return 0;
}

void JobsModel::finish(Job* job, const Status& status)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    finalize(row, status);
}

int JobsModel::rowOf(const Job* job) const
{
    if (!job)
        return -1;
    // Newest first: a finished job's address may have been reused by a newer one.
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key == job)
            return row;
    }
    return -1;
}

Job* JobsModel::job(int row) const
{
    if (row < 0 || row >= m_entries.size() || isFinal(m_entries.at(row).state))
        return nullptr;
    return m_entries.at(row).job;
}

bool JobsModel::isFinished(int row) const
{
    return row >= 0 && row < m_entries.size() && isFinal(m_entries.at(row).state);
}

int JobsModel::runningCount() const
{
    int running = 0;
    for (const Entry& e : m_entries)
        running += isFinal(e.state) ? 0 : 1;
    return running;
}

void JobsModel::pause(int row)
{
    Job* j = job(row);
    if (!j || j->isCancelled())
        return;
    j->pause();
    m_entries[row].state = State::Paused;
    emitRowChanged(row);
}

void JobsModel::resume(int row)
{
    Job* j = job(row);
    if (!j || j->isCancelled())
        return;
    j->resume();
    m_entries[row].state = State::Running;
    emitRowChanged(row);
}

void JobsModel::cancel(int row)
{
    Job* j = job(row);
    if (!j)
        return;
    j->cancel();
    m_entries[row].state = State::Cancelling;
    appendLog(m_entries[row], tr("Cancel requested: the job stops after its current step."));
    emit logAppended(row, m_entries.at(row).log.last());
    emitRowChanged(row);
}

void JobsModel::cancelAll()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (job(row) && m_entries.at(row).state != State::Cancelling)
            cancel(row);
    }
}

void JobsModel::clearFinished()
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!isFinal(m_entries.at(row).state))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
}

void JobsModel::markDirty(Job* job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    m_entries[row].dirty = true;
    if (!m_refresh->isActive())
        m_refresh->start();
}

void JobsModel::refresh()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry& e = m_entries[row];
        if (!e.dirty || isFinal(e.state) || !e.job)
            continue;
        e.dirty = false;
        e.progress = e.job->progress();
        if (e.job->isCancelled())
            e.state = State::Cancelling;
        else
            e.state = e.job->isPaused() ? State::Paused : State::Running;
        emitRowChanged(row);
        emit progressUpdated(row);
    }
}

void JobsModel::sample()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry& e = m_entries[row];
        if (isFinal(e.state) || !e.job)
            continue;
        // Rows done in the last second: the live rate, where JobProgress has the average.
        const JobProgress p = e.job->progress();
        const double rate = e.job->isPaused() ? 0.0 : double(qMax<qint64>(0, p.rowsDone - e.sampledRows));
        e.sampledRows = p.rowsDone;
        e.samples.append(rate);
        if (e.samples.size() > MaxSamples)
            e.samples.remove(0, e.samples.size() - MaxSamples);
        e.progress = p;
        emitRowChanged(row);
        emit sampled(row);
    }
}

void JobsModel::appendLog(Entry& entry, const QString& line)
{
    entry.log.append(line);
    if (entry.log.size() > MaxLogLines)
        entry.log.remove(0, entry.log.size() - MaxLogLines);
}

void JobsModel::finalize(int row, const Status& status)
{
    // Let go of an owned job only at the end: its destruction must not run while `e` is in use.
    std::shared_ptr<Job> released;
    Entry& e = m_entries[row];
    const bool wasFinal = isFinal(e.state);
    if (e.job && !wasFinal) {
        e.progress = e.job->progress();
        e.log = e.job->logLines();
    }
    State state = State::Succeeded;
    QString error;
    if (!status) {
        state = status.error().code == QLatin1String("cancelled") ? State::Cancelled : State::Failed;
        error = status.error().message;
        if (!status.error().hint.isEmpty())
            error += QLatin1Char(' ') + status.error().hint;
    }
    if (wasFinal && state == e.state && error == e.error)
        return;
    e.state = state;
    e.error = error;
    if (!wasFinal) {
        e.ended = QDateTime::currentDateTime();
        e.seconds = e.clock.elapsed() / 1000.0;
        e.progress.paused = false;
        e.progress.etaSeconds = -1;
        if (state == State::Succeeded && e.progress.rowsTotal >= 0)
            e.progress.rowsTotal = e.progress.rowsDone;
        // The job's own signals may still be queued; it is done as far as the panel is concerned.
        if (e.job)
            disconnect(e.job, nullptr, this, nullptr);
        e.job = nullptr;
        released = std::move(e.owned);
    }
    QString line;
    switch (state) {
    case State::Succeeded:
        line = tr("Finished in %1.").arg(formatDuration(e.seconds));
        break;
    case State::Cancelled:
        line = tr("Warning: cancelled after %1.").arg(formatDuration(e.seconds));
        break;
    default:
        line = tr("Error: %1").arg(error);
        break;
    }
    appendLog(e, line);
    emit logAppended(row, line);
    emitRowChanged(row);
    updateTimers();
    if (!wasFinal) {
        emit jobFinished(row);
        emit runningCountChanged(runningCount());
    }
}

void JobsModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsModel::updateTimers()
{
    if (runningCount() > 0) {
        if (!m_sampler->isActive())
            m_sampler->start();
    } else {
        m_sampler->stop();
    }
}

QString JobsModel::stateName(State state)
{
    switch (state) {
    case State::Running:
        return tr("Running");
    case State::Paused:
        return tr("Paused");
    case State::Cancelling:
        return tr("Cancelling");
    case State::Succeeded:
        return tr("Finished");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobsModel::formatDuration(double seconds)
{
    const qint64 s = qMax<qint64>(0, qint64(seconds + 0.5));
    const QChar zero = QLatin1Char('0');
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, zero)
            .arg(s % 60, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
}

QString JobsModel::formatRate(double rowsPerSecond)
{
    if (rowsPerSecond <= 0)
        return {};
    return tr("%1 rows/s").arg(QLocale().toString(qint64(rowsPerSecond + 0.5)));
}

int JobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    const JobProgress& p = e.progress;
    const bool final = isFinal(e.state);
    switch (role) {
    case StateRole:
        return int(e.state);
    case ProjectRole:
        return e.project;
    case FractionRole:
        if (e.state == State::Succeeded)
            return 1.0;
        if (p.rowsTotal > 0)
            return qBound(0.0, double(p.rowsDone) / double(p.rowsTotal), 1.0);
        if (p.itemsTotal > 0)
            return qBound(0.0, double(p.itemsDone) / double(p.itemsTotal), 1.0);
        return final ? 0.0 : -1.0;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return e.title; // the project is in the tooltip and the panel's header
        case StateColumn:
            return stateName(e.state);
        case ProgressColumn: {
            const double fraction = data(index, FractionRole).toDouble();
            return fraction < 0 ? QString() : tr("%1%").arg(int(fraction * 100));
        }
        case RateColumn: {
            // Live: the last second's rate; ended: the average over the run. The header says "rows/s".
            double rate = 0;
            if (final)
                rate = e.seconds > 0 ? p.rowsDone / e.seconds : 0;
            else if (e.state != State::Paused)
                rate = e.samples.isEmpty() ? p.rowsPerSecond : e.samples.last();
            return rate > 0 ? QLocale().toString(qint64(rate + 0.5)) : QString();
        }
        case EtaColumn:
            return !final && p.etaSeconds >= 0 ? formatDuration(p.etaSeconds) : QString();
        case ElapsedColumn:
            return formatDuration(final ? e.seconds : e.clock.elapsed() / 1000.0);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines {e.title};
        if (!e.project.isEmpty())
            lines << tr("Project: %1").arg(e.project);
        lines << tr("Started: %1").arg(QLocale().toString(e.started, QLocale::ShortFormat));
        if (final)
            lines << tr("Ended: %1").arg(QLocale().toString(e.ended, QLocale::ShortFormat));
        if (!p.phase.isEmpty() && !final)
            lines << (p.item.isEmpty() ? p.phase : tr("%1: %2").arg(p.phase, p.item));
        if (!e.error.isEmpty())
            lines << e.error;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (index.column() != StateColumn)
            break;
        switch (e.state) {
        case State::Running:
            return QIcon(QStringLiteral(":/icons/resume.svg"));
        case State::Paused:
            return QIcon(QStringLiteral(":/icons/pause.svg"));
        case State::Cancelling:
        case State::Cancelled:
            return QIcon(QStringLiteral(":/icons/cancel.svg"));
        case State::Succeeded:
            return QIcon(QStringLiteral(":/icons/ok.svg"));
        case State::Failed:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn || index.column() == EtaColumn || index.column() == ElapsedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rows/s");
    case EtaColumn:
        return tr("ETA");
    case ElapsedColumn:
        return tr("Elapsed");
    }
    return {};
}

void JobsModel::start(const std::shared_ptr<Job>& job, const QString& title, const QString& project, QObject* context,
    std::function<void(const Status&)> done, std::function<Status()> before)
{
    auto* watcher = new QFutureWatcher<Status>(context);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, context, [watcher, done = std::move(done)] {
        const Status status = watcher->future().result();
        watcher->deleteLater();
        done(status);
    });
    instance()->add(job, title, project);
    watcher->setFuture(QtConcurrent::run([job, before = std::move(before)] {
        if (before) {
            if (Status ready = before(); !ready)
                return ready;
        }
        return JobRunner::runBlocking(*job);
    }));
}

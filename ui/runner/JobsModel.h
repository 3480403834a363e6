#pragma once

#include "Result.h"
#include "jobs/JobProgress.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class Job;
class QTimer;

/// The process-wide list of jobs the runner panel shows: every compare, sync, verify and rollback
/// is registered here when it starts and stays, with its outcome, log and throughput history,
/// until the user clears the finished ones.
///
/// Registering a job is one line, before or right after it is started on a JobRunner:
///
///     JobsModel::instance()->add(job, tr("Data sync"), project.name);
///
/// `job` is a `std::shared_ptr<Job>` (kept alive until it finishes) or a `Job*` its owner keeps
/// alive until Job::finished has been delivered. The model learns the outcome from Job::finished;
/// an owner that reinterprets it, or whose job never reached run() (a failed preparation), calls
/// `JobsModel::instance()->finish(job, status)`. Progress is read at most four times a second and
/// rows/s is sampled once a second, so many running jobs cost the GUI thread little.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StateColumn,
        ProgressColumn,
        RateColumn,
        EtaColumn,
        ElapsedColumn,
        ColumnCount
    };
    enum class State { Running, Paused, Cancelling, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, ///< int(State)
        FractionRole, ///< double 0..1 of the progress bar; -1 when unknown (busy bar)
        ProjectRole,
    };

    /// What the model knows about one job; kept after the job object is gone.
    struct Entry
    {
        QPointer<Job> job; ///< null once the job finished (or was deleted)
        const void* key = nullptr; ///< the job's address, never dereferenced: finish() after the end
        std::shared_ptr<Job> owned; ///< set by the shared_ptr add(), released at the end
        QString title;
        QString project;
        State state = State::Running;
        JobProgress progress;
        QDateTime started;
        QDateTime ended;
        QElapsedTimer clock;
        double seconds = 0; ///< wall time, fixed when it ended
        QString error; ///< why it failed, with the hint
        QStringList log; ///< bounded copy of the job's log plus the outcome line
        QList<double> samples; ///< rows/s once a second, oldest first (bounded)
        qint64 sampledRows = 0;
        bool dirty = false;
    };

    explicit JobsModel(QObject* parent = nullptr);
    ~JobsModel() override;

    /// The model of the application; created on first use, lives until the application ends.
    static JobsModel* instance();

    /// Registers a job; returns its row (new jobs go to the top: row 0).
    int add(const std::shared_ptr<Job>& job, const QString& title, const QString& project = {});
    int add(Job* job, const QString& title, const QString& project = {});
    /// The owner's final word on a job: sets its outcome (a cancel error code makes it cancelled).
    void finish(Job* job, const Status& status);
    /// Registers `job` and runs it on the global thread pool (after `before`, on the same worker
    /// thread, when given), then calls `done` with its status on `context`'s thread; a `context`
    /// destroyed meanwhile drops the call. The worker holds the job until it ends, so closing the
    /// view that started it never deletes it under its thread.
    static void start(const std::shared_ptr<Job>& job, const QString& title, const QString& project,
        QObject* context, std::function<void(const Status&)> done, std::function<Status()> before = {});

    int rowOf(const Job* job) const;
    const Entry& entry(int row) const { return m_entries.at(row); }
    /// The job of a row while it runs, else nullptr.
    Job* job(int row) const;
    bool isFinished(int row) const;
    int runningCount() const;

    void pause(int row);
    void resume(int row);
    void cancel(int row);
    void cancelAll();
    /// Removes every finished job.
    void clearFinished();

    static QString stateName(State state);
    /// "0:42", "12:05", "1:02:03".
    static QString formatDuration(double seconds);
    /// "12,345 rows/s" in the user's locale; empty for 0.
    static QString formatRate(double rowsPerSecond);
    /// How long a sample history is kept, in samples (seconds).
    static constexpr int MaxSamples = 600;
    static constexpr int MaxLogLines = 5000;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A job reached its end (succeeded, failed or cancelled).
    void jobFinished(int row);
    void runningCountChanged(int running);
    /// A log line arrived for the job of `row`.
    void logAppended(int row, const QString& line);
    /// Progress of `row` was re-read (at most four times a second).
    void progressUpdated(int row);
    /// A throughput sample was added to `row`.
    void sampled(int row);

private:
    int addEntry(Job* job, std::shared_ptr<Job> owned, const QString& title, const QString& project);
    void markDirty(Job* job);
    void refresh();
    void sample();
    void appendLog(Entry& entry, const QString& line);
    void finalize(int row, const Status& status);
    void emitRowChanged(int row);
    void updateTimers();

    QList<Entry> m_entries;
    QTimer* m_refresh;
    QTimer* m_sampler;
};

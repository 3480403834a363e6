#pragma once

#include "LogView.h"

#include <QDockWidget>

class JobItemsModel;
class JobsModel;
class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
class QToolButton;
class ThroughputChart;

/// The Jobs dock: every registered job with its progress, rate, ETA and state; for the selected
/// one its per-table progress, a live rows/s chart and its log (filtered by level, copyable), and
/// Pause, Resume and Cancel.
class RunnerPanel : public QDockWidget
{
    Q_OBJECT

public:
    /// Log filter choices, in the order of the filter box.
    enum class LogFilter { All, WarningsAndErrors, Errors };
    Q_ENUM(LogFilter)

    explicit RunnerPanel(JobsModel* model, QWidget* parent = nullptr);
    explicit RunnerPanel(QWidget* parent = nullptr);

    /// The level of a job's log line: an "Error:"/"Warning:" prefix (or "[error]"/"[warning]",
    /// in English or the user's language) decides; otherwise words like "failed" or "cancelled".
    static LogView::Level levelOf(const QString& line);

    JobsModel* model() const { return m_model; }
    QTableView* jobsView() const { return m_jobs; }
    QTableView* itemsView() const { return m_items; }
    JobItemsModel* itemsModel() const { return m_itemsModel; }
    ThroughputChart* chart() const { return m_chart; }
    QPlainTextEdit* logText() const { return m_log; }
    QComboBox* logFilterBox() const { return m_filter; }
    QAction* pauseAction() const { return m_pause; }
    QAction* resumeAction() const { return m_resume; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* copyLogAction() const { return m_copy; }
    QAction* clearFinishedAction() const { return m_clear; }
    /// The selected job's row, -1 when none.
    int currentRow() const;
    void setCurrentRow(int row);
    /// The log lines shown now (after the level filter).
    QStringList visibleLogLines() const;

    /// Asks whether to quit while jobs run: true when there are none, or the user chose to cancel
    /// them and quit (they are cancelled); false to keep the window and the jobs running.
    static bool confirmQuit(QWidget* parent, JobsModel* model = nullptr);

public slots:
    void pauseCurrent();
    void resumeCurrent();
    void cancelCurrent();
    /// Copies the log lines shown (or the selected text) to the clipboard.
    void copyLog();
    void setLogFilter(RunnerPanel::LogFilter filter);

private:
    void buildUi();
    void showCurrent();
    void updateDetails();
    void updateActions();
    void rebuildLog();
    bool passes(const QString& line) const;
    void appendLogLine(const QString& line);

    JobsModel* m_model;
    JobItemsModel* m_itemsModel;
    QTableView* m_jobs = nullptr;
    QTableView* m_items = nullptr;
    ThroughputChart* m_chart = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_empty = nullptr;
    QProgressBar* m_bar = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_clear = nullptr;
    int m_shownRow = -1;
};

#pragma once

#include "DiffTablesModel.h"
#include "Result.h"
#include "compare/CompareOptions.h"
#include "compare/DiffStore.h"
#include "db/ConnectionSettings.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class CompareJob;
class DiffReader;
class DiffRowModel;
class DiffTablesProxy;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class RowDetailPane;
class SideBySideGrid;
class SyncSelection;
struct SyncProject;

/// The Data view of a project: runs the row compare of a source and a target database as a
/// background job (progress, per-table state, cancel), then shows its results from the on-disk
/// DiffStore: the tables with their counts on the left; on the right the chosen table's rows,
/// source beside target, filtered by kind, with a jump to a key, a per-row include checkbox that
/// feeds the sync, and the selected row's values in full below.
class DataDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DataDiffView(QWidget* parent = nullptr);
    ~DataDiffView() override;

    /// The source and the target, each with its database and password.
    struct Endpoints
    {
        ConnectionSettings source;
        ConnectionSettings target;
    };
    /// Finds the endpoints' settings and passwords; called on a worker thread when a compare
    /// starts, because the keychain may block.
    using EndpointResolver = std::function<Result<Endpoints>()>;

    /// The pair to compare; both settings name their database (passwords already filled in).
    void setEndpoints(const ConnectionSettings& source, const ConnectionSettings& target);
    /// Resolves the pair afresh at each compare instead (a project's endpoints, from the keychain).
    void setEndpointResolver(EndpointResolver resolver);
    /// The compare options a sync project asks for (tables, exclusions, keys, WHERE, ignored
    /// columns, parallelism, throttling, semantic JSON).
    static CompareOptions compareOptionsFor(const SyncProject& project);
    /// Which tables and columns, keys, WHERE and parallelism.
    void setCompareOptions(const CompareOptions& options);
    const CompareOptions& compareOptions() const { return m_options; }

    bool isComparing() const;
    /// Shows the results of a past run (a diff.sqlite file).
    void openResults(const QString& diffStorePath);
    QString resultsPath() const { return m_resultsPath; }

    /// Shows a table's rows (by "db.table"); false when the list has no such table.
    bool showTable(const QString& name);
    /// The table whose rows are shown, or an empty info.
    DiffTableInfo currentTable() const;

    /// The splitters and the detail pane's visibility, for the window to remember.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

    // The parts, for the project tab's actions and for tests.
    DiffTablesModel* tablesModel() const { return m_tables; }
    DiffTablesProxy* tablesProxy() const { return m_proxy; }
    QTableView* tablesView() const { return m_tablesView; }
    DiffRowModel* rowModel() const { return m_rows; }
    SideBySideGrid* grid() const { return m_grid; }
    RowDetailPane* detailPane() const { return m_detail; }
    QLineEdit* jumpEdit() const { return m_jump; }
    QLineEdit* tableFilterEdit() const { return m_filter; }
    QCheckBox* differencesOnlyBox() const { return m_differencesOnly; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* cancelButton() const { return m_cancel; }
    /// The kind filter buttons: all, only in source, only in target, different.
    QToolButton* kindButton(int index) const;
    QToolButton* detailToggle() const { return m_detailToggle; }
    QLabel* progressLabel() const { return m_progressText; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* messageLabel() const { return m_message; }
    /// The user's sync choices of the open results (null while none are open).
    SyncSelection* selection() const { return m_selection.get(); }

public slots:
    void startCompare();
    void cancelCompare();
    /// Jumps to the row whose key is typed in the jump box (or the next one after it).
    void jumpToKey();
    void setDetailVisible(bool visible);

signals:
    void compareStarted();
    /// The compare ended: `ok` false on an error or a cancel, `message` says what happened.
    void compareFinished(bool ok, const QString& message);
    /// The results of a run are open (after a compare, or openResults()).
    void resultsOpened(const QString& path);
    /// The detail pane of the current row is showing the row with this sort key.
    void rowShown(const QByteArray& sortKey);

private:
    QWidget* buildTablesPane();
    QWidget* buildRowsPane();
    void runCompare(const Endpoints& endpoints);
    void onProgress();
    void onCompareFinished();
    void applySummary(const QList<DiffTableInfo>& tables);
    void openStore(const QString& path);
    void onTablesLoaded(const QList<DiffTableInfo>& tables, const QString& error);
    void onCurrentTableChanged();
    void showTableRows(const DiffTableInfo& table);
    void updateKindButtons();
    void onCurrentRowChanged(int row);
    void requestDetail();
    void onRowLoaded(quint64 generation, const DiffRow& row, const QString& error);
    void onLocated(int row, const DiffRow& found);
    void updateStatus();
    void showContextMenu(const QPoint& globalPos);
    void setMessage(const QString& text, bool warning = false);

    ConnectionSettings m_source;
    ConnectionSettings m_target;
    CompareOptions m_options;
    EndpointResolver m_resolver;
    bool m_resolving = false;
    bool m_cancelWhileResolving = false;
    std::unique_ptr<CompareJob> m_job;
    QFutureWatcher<Status>* m_watcher;
    QTimer* m_ticker;
    QElapsedTimer m_runClock;
    /// When each running table started, in job rows done and time: for per-table progress.
    struct Started
    {
        qint64 rowsDone = 0;
        qint64 ms = 0;
    };
    QHash<qint64, Started> m_started;

    QString m_resultsPath;
    DiffReader* m_reader;
    std::unique_ptr<SyncSelection> m_selection;
    DiffTablesModel* m_tables;
    DiffTablesProxy* m_proxy;
    DiffRowModel* m_rows;
    bool m_autoSelect = true;
    DiffTableInfo m_shown; ///< the table on the right, as it was when shown
    QString m_sourceLabel; ///< "prod (127.0.0.1:3306)" when known
    QString m_targetLabel;
    QByteArray m_pendingDetailKey;
    int m_pendingDetailRow = -1;
    Row m_jumpKey;

    QPushButton* m_compare = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_differencesOnly = nullptr;
    QTableView* m_tablesView = nullptr;
    QStackedWidget* m_rightPages = nullptr;
    QLabel* m_rightMessage = nullptr;
    QLabel* m_tableTitle = nullptr;
    QLabel* m_tableFacts = nullptr;
    QButtonGroup* m_kinds = nullptr;
    QLineEdit* m_jump = nullptr;
    QToolButton* m_detailToggle = nullptr;
    QSplitter* m_rowsSplitter = nullptr;
    SideBySideGrid* m_grid = nullptr;
    RowDetailPane* m_detail = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QSplitter* m_mainSplitter = nullptr;
};

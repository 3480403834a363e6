#pragma once

#include "ConflictChoice.h"
#include "LogView.h"
#include "sync/ConflictPolicy.h"
#include "sync/ResolveConflictsJob.h"

#include <QWidget>

#include <functional>
#include <memory>

class ConflictFieldsModel;
class ConflictsFilterProxy;
class ConflictsModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

/// The conflict editor: the queue of one target's conflicts with filters (table, reason, state),
/// one conflict field by field (source, target, result) with takes per field and per row and
/// editable results, bulk rules for a table (all source, all target, newer wins by a column), and
/// Apply and Undo run as background jobs after a confirmation.
class ConflictEditor : public QWidget
{
    Q_OBJECT

public:
    /// Asks before a write: returns whether the user confirmed (ProjectTab asks for the profile
    /// name on production targets).
    using Confirmation
        = std::function<bool(const QString& title, const QString& what, const QString& confirmText)>;

    explicit ConflictEditor(QWidget* parent = nullptr);
    ~ConflictEditor() override;

    /// The AppStore file and the target whose conflicts are shown (the endpoint text syncs record).
    void setSource(const QString& appStorePath, const QString& target);
    void setPolicy(const ConflictPolicy& policy);
    /// How the job reaches the target; called on the job's thread.
    void setTargetResolver(ResolveConflictsJob::TargetResolver resolver);
    /// Replaces the default question box.
    void setConfirmation(Confirmation confirmation);

    ConflictsModel* model() const { return m_model; }
    ConflictsFilterProxy* proxy() const { return m_proxy; }
    ConflictFieldsModel* fieldsModel() const { return m_fields; }
    QTableView* queueView() const { return m_queue; }
    QTableView* fieldsView() const { return m_grid; }
    bool isBusy() const { return m_job != nullptr; }
    /// The id of the conflict shown, 0 when none.
    qint64 currentId() const;
    /// Shows the conflict (clearing filters that hide it); false when the queue does not hold it.
    bool selectConflict(qint64 id);
    /// The table the bulk rules act on: the shown conflict's.
    QString currentTable() const;
    /// The last status line (what Apply, Undo or a bulk rule did).
    QString statusText() const;

public slots:
    void refresh();
    /// Writes every decided conflict, after confirmation, as a background job.
    void applyDecisions();
    /// Rolls back the backup point that resolved the shown conflict, after confirmation.
    void undoResolution();
    void cancel();
    void takeSourceRow();
    void takeTargetRow();
    /// Per field, on the selected rows of the field grid.
    void takeSourceValue();
    void takeTargetValue();
    void setNullValue();
    /// Back to the policy's result, not decided.
    void resetDecision();
    /// Bulk rules on the open conflicts of currentTable().
    void allSource();
    void allTarget();
    /// Returns how many conflicts were decided; ties are left as they were.
    int newerWins(const QString& column);

signals:
    void openCountChanged(qint64 count);
    void logMessage(LogView::Level level, const QString& text);
    /// A refresh, Apply or Undo ended.
    void refreshed();
    void jobFinished(bool ok, const QString& message);
    void busyChanged(bool busy);

private:
    QWidget* buildEditorPage();
    void showConflict(int sourceRow);
    void updateFilters();
    void updateActions();
    void updateBulkColumns();
    void setStatus(const QString& text);
    QList<int> selectedFieldRows() const;
    void fieldsContextMenu(const QPoint& pos);
    void runJob(ResolveConflictsJob* job, const QString& busyText);
    bool confirm(const QString& title, const QString& what, const QString& confirmText);
    void bulk(
        const std::function<std::optional<ConflictChoice>(const StoredConflict&)>& rule, const QString& what);

    ConflictsModel* m_model;
    ConflictsFilterProxy* m_proxy;
    ConflictFieldsModel* m_fields;
    ResolveConflictsJob::TargetResolver m_resolver;
    Confirmation m_confirmation;
    std::shared_ptr<ResolveConflictsJob> m_job;
    qint64 m_shownId = 0;

    QStackedWidget* m_pages = nullptr;
    QComboBox* m_tableFilter = nullptr;
    QComboBox* m_reasonFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_queue = nullptr;
    QTableView* m_grid = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_takeSourceRow = nullptr;
    QPushButton* m_takeTargetRow = nullptr;
    QPushButton* m_takeSourceValue = nullptr;
    QPushButton* m_takeTargetValue = nullptr;
    QPushButton* m_setNull = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_bulkLabel = nullptr;
    QPushButton* m_allSource = nullptr;
    QPushButton* m_allTarget = nullptr;
    QComboBox* m_newerColumn = nullptr;
    QPushButton* m_newerWins = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_apply = nullptr;
};

#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"
#include "sync/BackupInfo.h"

#include <QWidget>

#include <memory>

class AppStore;
class BackupPointsModel;
class BackupPointsProxy;
class EmptyState;
class Job;
class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class RollbackJob;
class SecretStore;

/// The backup points every sync, schema sync and rollback took: a sortable, filterable list, the
/// details of the selected one (per table the rows it updated, deleted and inserted, its files and
/// whether they are intact), and its actions: Roll Back (confirmed, run as a RollbackJob with
/// progress, then its verification result), Export SQL…, Delete and Reveal Folder.
class BackupPointsView : public QWidget
{
    Q_OBJECT

public:
    /// `store` and `secrets` must outlive the view; the rollback opens a store of its own on
    /// `store.path()` on its worker thread.
    BackupPointsView(AppStore& store, SecretStore& secrets, QWidget* parent = nullptr);
    ~BackupPointsView() override;

    BackupPointsModel* model() const { return m_model; }
    BackupPointsProxy* proxy() const { return m_proxy; }
    QTreeView* list() const { return m_list; }
    QTreeWidget* tablesTree() const { return m_tables; }
    QTreeWidget* filesTree() const { return m_files; }
    QAction* rollBackAction() const { return m_rollBack; }
    QAction* exportAction() const { return m_export; }
    QAction* deleteAction() const { return m_delete; }
    QAction* revealAction() const { return m_reveal; }
    QAction* refreshAction() const { return m_refresh; }
    /// Shown while some backup points are past the retention setting.
    QAction* deleteExpiredAction() const { return m_deleteExpired; }
    /// Whether the file check of the selected backup point has answered, and what it said.
    QString checkText() const;
    /// The verification result of the last rollback run from this view.
    QString resultText() const;
    QProgressBar* progressBar() const { return m_progress; }

    /// The id of the selected backup point, empty when none is.
    QString currentId() const;
    bool selectBackup(const QString& id);
    /// A rollback is running.
    bool isBusy() const { return m_job != nullptr; }
    /// Wide and low: the view usually sits in a dock under the comparison.
    QSize sizeHint() const override { return QSize(900, 320); }

public slots:
    /// Re-reads the catalog, keeping the selection, and checks the selected backup point's files again.
    void reload();
    /// Re-reads the catalog when a run may have added to it; the files are checked again only when
    /// the selected backup point changed.
    void refreshList();
    /// Asks, then rolls the selected backup point back.
    void rollBack();
    /// Asks for a file, then writes the selected backup point's rollback script to it.
    void exportScript();
    /// Writes the rollback script of `id` to `path` on a worker thread; exportFinished() tells.
    void exportScriptTo(const QString& id, const QString& path);
    /// Asks, then deletes the selected backup point and its files.
    void deleteBackup();
    /// Asks, then deletes every backup point past the retention setting.
    void deleteExpired();
    /// Opens the selected backup point's folder in the file manager.
    void revealFolder();
    /// Cancels the running rollback at its next safe point.
    void cancelRollback();

signals:
    /// A rollback job started; the runner panel may list it. The job lives until it finished.
    void jobStarted(Job* job, const QString& title);
    void rollbackFinished(const QString& backupId, bool clean);
    void exportFinished(const QString& path, bool ok);

private:
    void buildUi();
    void showDetails();
    void updateActions();
    void checkFiles(const BackupInfo& info);
    void startRollback(const BackupInfo& info, const QString& targetText);
    /// The target's settings with a password the user types (when no keychain answers).
    Result<ConnectionSettings> askPassword(const BackupInfo& info, const QString& targetText);
    void showResult(const QString& icon, const QString& title, const QString& text);

    AppStore& m_store;
    SecretStore& m_secrets;
    BackupPointsModel* m_model = nullptr;
    BackupPointsProxy* m_proxy = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_list = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_check = nullptr;
    QTreeWidget* m_tables = nullptr;
    QTreeWidget* m_files = nullptr;
    QFrame* m_running = nullptr;
    QLabel* m_phase = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QFrame* m_result = nullptr;
    QLabel* m_resultIcon = nullptr;
    QLabel* m_resultTitle = nullptr;
    QLabel* m_resultText = nullptr;
    QAction* m_rollBack = nullptr;
    QAction* m_export = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_reveal = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_deleteExpired = nullptr;
    std::shared_ptr<RollbackJob> m_job;
    QString m_jobBackupId;
    quint64 m_checkGeneration = 0;
    bool m_checkDone = false;
    bool m_checkFailed = false;
    bool m_recheck = false;
    bool m_reloading = false;
    QString m_checkedKey; ///< what the last file check was about: id, digest, size, state
};

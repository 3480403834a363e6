#pragma once

#include "LogView.h"
#include "schema/ObjectType.h"
#include "store/Profile.h"
#include "store/SyncProject.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class AppStore;
class EnvironmentBand;
class Job;
class ProfilesModel;
class ProjectSync;
class QStackedWidget;
class QTabWidget;
class SchemaCompareJob;
class SchemaDiffView;
class SecretStore;

/// One open sync project: the band naming source -> target with their environments, and the
/// project's views, Schema, Data, Conflicts and Log. It runs the project's jobs in the background
/// (schema compare, schema sync, and the rollback of that sync's backup point; watchers parented
/// to the tab, so closing it drops their callbacks; the row sync, its preview, verify and rollback
/// through ProjectSync), one at a time, and logs what they do. Every
/// write asks first, and a production target asks for its profile name to be typed.
///
/// The Data view's content is supplied from outside with setDataView(); until then the tab shows
/// what the row comparison will do and offers Compare.
class ProjectTab : public QWidget
{
    Q_OBJECT

public:
    enum class SubView { Schema, Data, Conflicts, Log };
    Q_ENUM(SubView)

    /// Whether an action can run now and, when not, why (shown as its tooltip).
    struct ActionState
    {
        bool enabled = false;
        QString reason;
    };

    /// `filePath` is empty for a project not saved yet. `profiles`, `store` and `secrets` must
    /// outlive the tab (background work uses `secrets` from worker threads).
    ProjectTab(const SyncProject& project, const QString& filePath, ProfilesModel* profiles, AppStore& store,
        SecretStore& secrets, QWidget* parent = nullptr);
    ~ProjectTab() override;

    const SyncProject& project() const { return m_project; }
    QString filePath() const { return m_filePath; }
    /// The tab's title: the project's name, else the file's name, else "source → target".
    QString title() const;
    /// Whether the project has settings not yet saved to its file.
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    /// Saves the project to `path` and makes it the tab's file.
    Status saveTo(const QString& path);

    std::optional<Profile> sourceProfile() const;
    std::optional<Profile> targetProfile() const;
    bool targetIsProduction() const;

    /// Whether a job of this project is running.
    bool isBusy() const;
    /// What runs now, e.g. "compare", for messages; empty when idle.
    QString runningJobName() const;
    ActionState compareState() const;
    ActionState previewSqlState() const;
    ActionState syncState() const;
    ActionState verifyState() const;
    ActionState rollbackState() const;
    ActionState applySchemaState() const;
    /// The schema backup point the last schema sync from this tab took, empty when none.
    QString lastBackupId() const { return m_lastBackupId; }

    SchemaDiffView* schemaView() const { return m_schema; }
    LogView* logView() const { return m_log; }
    EnvironmentBand* band() const { return m_band; }
    QTabWidget* subViews() const { return m_views; }
    /// The widget shown in the Data view now.
    QWidget* dataView() const;
    /// The row sync, verify and rollback of this project.
    ProjectSync* rowSync() const { return m_sync; }
    void showSubView(SubView view);

public slots:
    /// Runs the schema compare (and announces compareStarted for other comparisons to join).
    void compare();
    /// Cancels the running job; it stops at its next checkpoint (between statements for a sync).
    void cancel();
    /// Applies the migration script's statements to the target as a schema sync, after asking.
    void applySchema();
    /// Rolls the target back to the backup point of the last schema or row sync, after asking
    /// (and asking which, when there are both).
    void rollback();
    /// Syncs the rows of the Data view's compare with the user's ticks, after showing the plan.
    void sync();
    /// Compares again what the last row sync wrote.
    void verify();
    /// Shows the migration script of the last compare, or on the Data view the row sync's SQL.
    void previewSql();
    /// Replaces the Data view's content with `view` (the tab takes ownership).
    void setDataView(QWidget* view);
    /// Re-reads the profiles the endpoints name (after a profile was edited or deleted).
    void refreshProfiles();
    void log(LogView::Level level, const QString& text);

signals:
    /// Busy state or results changed: the window updates its actions.
    void stateChanged();
    void titleChanged();
    /// Compare was started; views that compare more than the schema start their part here.
    void compareStarted();
    /// The schema compare ended: `ok` false when it failed or was cancelled.
    void compareFinished(bool ok);

private:
    enum class State { Idle, Comparing, Resolving, Applying, RollingBack };

    void buildUi();
    /// Asks before writing `what` to the target: the profile name for production, else a question.
    bool confirmWrite(const QString& title, const QString& what, const QString& confirmText);
    /// Runs `job` on the pool (after `before`, on the same worker thread), reporting progress to the
    /// Schema view, then `done` with its status on this thread.
    void runJob(std::shared_ptr<Job> job, State state, std::function<Status()> before,
        std::function<void(const Status&)> done);
    void setState(State state);
    void updateApply();
    QWidget* buildDataPage();
    QWidget* buildConflictsPage();
    void fetchCreateStatements(ObjectType type, const QString& sourceName, const QString& targetName);

    SyncProject m_project;
    QString m_filePath;
    bool m_modified = false;
    ProfilesModel* m_profiles;
    AppStore& m_store;
    SecretStore& m_secrets;

    EnvironmentBand* m_band = nullptr;
    QTabWidget* m_views = nullptr;
    SchemaDiffView* m_schema = nullptr;
    QStackedWidget* m_data = nullptr;
    LogView* m_log = nullptr;
    ProjectSync* m_sync = nullptr;

    State m_state = State::Idle;
    std::shared_ptr<Job> m_job; ///< the running job, if any
    bool m_cancelling = false;
    QString m_lastBackupId;
};

#pragma once

#include "Error.h"
#include "SchemaComparison.h"

#include <QWidget>

class MigrationScriptView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class SchemaTreeFilterModel;
class SchemaTreeModel;
class SideBySideDiffView;

/// The Schema view of a project: the object tree with each object's status, the selected object's
/// CREATE statements side by side with its differences marked, and the migration script. It shows
/// what the project tab hands it (busy, error, a comparison) and asks the tab for work through its
/// signals; it runs nothing itself.
class SchemaDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaDiffView(QWidget* parent = nullptr);

    /// How the two sides are named in titles, e.g. "prod/shop".
    void setEndpoints(const QString& source, const QString& target);

    void showNotCompared();
    /// A compare is running: shows `phase` with a busy indicator and Cancel.
    void setBusy(const QString& phase);
    void setIdle();
    bool isBusy() const { return m_busy; }
    void setError(const Error& error);
    void setComparison(const SchemaComparison& comparison);
    bool hasComparison() const { return m_hasComparison; }
    const SchemaComparison& comparison() const { return m_comparison; }

    /// The CREATE statements the tab read for an object the user selected (see createStatementsNeeded).
    void setCreateStatements(ObjectType type, const QString& sourceName, const QString& targetName,
        const QString& sourceCreate, const QString& targetCreate);
    void setCreateStatementsError(ObjectType type, const QString& sourceName, const QString& targetName,
        const Error& error);

    /// Selects an object in the tree (ObjectDiff::name), showing every object when the filter hides it.
    bool selectObject(ObjectType type, const QString& name);
    /// Brings the migration script to the front.
    void showMigrationScript();

    SchemaTreeModel* treeModel() const { return m_model; }
    SchemaTreeFilterModel* filterModel() const { return m_filter; }
    QTreeView* treeView() const { return m_tree; }
    SideBySideDiffView* definitionsView() const { return m_definitions; }
    MigrationScriptView* migrationView() const { return m_migration; }
    QComboBox* showCombo() const { return m_show; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void compareRequested();
    void cancelRequested();
    /// The user selected an object whose CREATE statements were not read with the compare.
    void createStatementsNeeded(ObjectType type, const QString& sourceName, const QString& targetName);
    /// The user asked to apply the migration script's statements to the target.
    void applyRequested();

private:
    enum Page { NotComparedPage, BusyPage, ErrorPage, ResultsPage };

    QWidget* buildNotComparedPage();
    QWidget* buildBusyPage();
    QWidget* buildErrorPage();
    QWidget* buildResultsPage();
    void showObject(const QModelIndex& proxyIndex);
    void updateSummary();

    QStackedWidget* m_pages;
    QWidget* m_busyBar;
    QProgressBar* m_busyProgress;
    QLabel* m_busyText;
    QLabel* m_busyPageText = nullptr;
    QPushButton* m_cancel;
    QPushButton* m_busyPageCancel = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_errorText = nullptr;
    QLabel* m_errorHint = nullptr;

    SchemaTreeModel* m_model;
    SchemaTreeFilterModel* m_filter;
    QTreeView* m_tree = nullptr;
    QComboBox* m_show = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    QLabel* m_objectTitle = nullptr;
    QLabel* m_objectChanges = nullptr;
    QScrollArea* m_changesArea = nullptr;
    SideBySideDiffView* m_definitions = nullptr;
    MigrationScriptView* m_migration = nullptr;

    SchemaComparison m_comparison;
    bool m_hasComparison = false;
    bool m_busy = false;
    QString m_sourceName;
    QString m_targetName;
    int m_shownObject = -1; ///< index into the diff's objects shown in the definitions pane
};

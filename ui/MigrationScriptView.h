#pragma once

#include "Result.h"
#include "schema/MigrationPlan.h"
#include "schema/SchemaSyncStep.h"

#include <QWidget>

class MigrationStepsModel;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

/// The migration that would bring the target's structure in line: every statement with its risk
/// badge and warnings, the script with SQL colouring, Copy and Save. Destructive statements are
/// left out until "Allow destructive changes" is checked, and the view says how many were.
class MigrationScriptView : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationScriptView(QWidget* parent = nullptr);

    /// The statements a schema sync would run (see MigrationStepsModel::setSteps).
    void setSteps(const QList<SchemaSyncStep>& steps, const QString& sourceDatabase, const QString& targetDatabase);
    /// A planner's plan, each destructive statement needing consent.
    void setPlan(const MigrationPlan& plan);
    void clear();

    /// The script as shown (only the included statements).
    QString script() const;
    /// The statements the script holds.
    MigrationPlan includedPlan() const;
    QList<SchemaSyncStep> includedSteps() const;
    /// Whether the user allowed destructive changes for this plan.
    bool allowDestructive() const;
    int excludedCount() const;

    MigrationStepsModel* model() const { return m_model; }
    QTreeView* stepsView() const { return m_steps; }
    QPlainTextEdit* scriptEditor() const { return m_script; }
    QCheckBox* allowDestructiveBox() const { return m_allowDestructive; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* excludedLabel() const { return m_excluded; }

    /// Writes the script to `path` (UTF-8).
    Status saveScriptTo(const QString& path) const;
    /// Shows Apply (hidden until called), enabled when `enabled` and there is something to run;
    /// `reason` is its tooltip.
    void setApplyEnabled(bool enabled, const QString& reason = {});
    QPushButton* applyButton() const { return m_apply; }

public slots:
    void copyScript();
    /// Asks where to save, then saves.
    void saveScript();

signals:
    /// The user asked to run the included statements on the target.
    void applyRequested();
    /// The statements included in the script changed (the destructive box was toggled).
    void scriptChanged();

private:
    void rebuildScript();
    void showStep(const QModelIndex& index);

    MigrationStepsModel* m_model;
    QLabel* m_summary;
    QCheckBox* m_allowDestructive;
    QWidget* m_excludedRow;
    QLabel* m_excluded;
    QTreeView* m_steps;
    QPlainTextEdit* m_script;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_apply;
    QString m_scriptText;
    QList<int> m_stepOffsets; ///< where each included statement's comment starts in the script
    bool m_applyAllowed = false;
};

#pragma once

#include "sync/SyncOptions.h"
#include "sync/SyncPlanner.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// Asks before a row sync writes: what the plan does per table (inserts, updates, deletes, rows
/// kept, held for a decision or left out), the warnings (triggers that will fire, tables not
/// synced), and the options the plan was made with: deletes on or off and the conflict policy.
/// Changing an option turns the Sync button into Plan Again, since the counts shown no longer hold.
class SyncConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the user chose.
    enum class Choice { Cancel, Sync, PlanAgain };

    SyncConfirmDialog(const SyncPlanner::Plan& plan, const SyncOptions& options, const QString& target,
                      QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The options as the dialog shows them now (deletes, policy); the others as given.
    SyncOptions options() const;
    /// Whether the options differ from those the plan was made with.
    bool optionsChanged() const;

    // The parts, for tests.
    QTableWidget* tablesView() const { return m_tables; }
    QCheckBox* deletesBox() const { return m_deletes; }
    /// Shown only when the plan has tables without a key.
    QCheckBox* replaceKeylessBox() const { return m_replaceKeyless; }
    QComboBox* policyBox() const { return m_policy; }
    QLineEdit* newerColumnEdit() const { return m_column; }
    QPushButton* syncButton() const { return m_sync; }
    QLabel* warningsLabel() const { return m_warnings; }

private:
    void updateState();
    void choose(Choice choice);

    SyncOptions m_given;
    Choice m_choice = Choice::Cancel;
    QTableWidget* m_tables = nullptr;
    QLabel* m_warnings = nullptr;
    QCheckBox* m_deletes = nullptr;
    QCheckBox* m_replaceKeyless = nullptr;
    QComboBox* m_policy = nullptr;
    QLineEdit* m_column = nullptr;
    QLabel* m_optionsNote = nullptr;
    QPushButton* m_sync = nullptr;
};

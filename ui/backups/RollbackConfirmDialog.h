#pragma once

#include "sync/BackupInfo.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

/// Asks before a backup point is rolled back, showing what will change on the target table by
/// table: the rows the run inserted are removed, those it updated get their before-image back,
/// those it deleted are inserted again. For a production target the button leads on to the typed
/// profile name (ProductionConfirmDialog) instead of confirming on its own.
class RollbackConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    /// `target` is the endpoint as shown; `productionProfile` is the profile name to be typed, empty
    /// when the target is not a production profile.
    RollbackConfirmDialog(const BackupInfo& info, const QString& target, const QString& productionProfile,
        QWidget* parent = nullptr);

    /// Shows the dialog (and, for production, the typed-name one) and returns whether to go ahead.
    static bool confirm(
        QWidget* parent, const BackupInfo& info, const QString& target, const QString& productionProfile);

    /// The sentence the production dialog repeats, e.g. "Roll back 40 rows in 2 tables on prod/shop."
    QString actionText() const;
    QTreeWidget* changesTree() const { return m_changes; }
    QPushButton* confirmButton() const { return m_confirm; }

private:
    BackupInfo m_info;
    QString m_target;
    QTreeWidget* m_changes = nullptr;
    QPushButton* m_confirm = nullptr;
};

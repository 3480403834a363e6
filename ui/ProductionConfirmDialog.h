#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

/// Asks for the target profile's name to be typed before anything is written to a production
/// server: a deliberate act that a reflexive Enter or a click on the wrong window cannot give.
/// The confirm button stays disabled, and accept() refuses, until the name matches exactly.
class ProductionConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    /// `profileName` is what must be typed; `action` says in one sentence what will be written,
    /// e.g. "Apply 4 schema changes to shop on prod."; `confirmText` labels the button ("Apply").
    ProductionConfirmDialog(const QString& profileName, const QString& action, const QString& confirmText,
        QWidget* parent = nullptr);

    /// Shows the dialog modally and returns whether the user typed the name and confirmed.
    static bool confirm(QWidget* parent, const QString& profileName, const QString& action,
        const QString& confirmText);

    /// Whether the typed text is the profile name (exactly, apart from surrounding spaces).
    bool nameMatches() const;
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* confirmButton() const { return m_confirm; }

    void accept() override;

private:
    void updateState();

    QString m_profileName;
    QLineEdit* m_name = nullptr;
    QLabel* m_mismatch = nullptr;
    QPushButton* m_confirm = nullptr;
};

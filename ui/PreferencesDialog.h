#pragma once

#include <QDialog>

class AppStore;
class QComboBox;
class QLabel;
class QSpinBox;

/// Edit ▸ Preferences: the interface language (applied at the next start), how long backup points
/// are kept before they are offered for deletion, and how many recent projects are listed. Every
/// value lives in the AppStore's settings table (see Setting).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `store` must outlive the dialog.
    explicit PreferencesDialog(AppStore& store, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QSpinBox* retentionBox() const { return m_retention; }
    QSpinBox* recentBox() const { return m_recent; }
    /// The note under the language choice (restart needed, or overridden by SYNCSTUDIO_LANG).
    QString languageNote() const;

    /// Saves the values; on a store error says so and stays open.
    void accept() override;

signals:
    /// The stored language changed ("" for the system's); it applies at the next start.
    void languageChanged(const QString& language);

private:
    void updateLanguageNote();

    AppStore& m_store;
    QString m_startLanguage;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_recent = nullptr;
};

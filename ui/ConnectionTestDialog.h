#pragma once

#include "store/Profile.h"

#include <QDialog>

class ConnectionTestPanel;
class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;

/// Tests a saved profile from the main window: connects in the background with the stored
/// password and shows what the server reported. When the keychain cannot give the password, it
/// asks for it instead of failing.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts the test at once. `storePath` is the AppStore file (the worker opens its own store).
    ConnectionTestDialog(
        const Profile& profile, const QString& storePath, SecretStore& secrets, QWidget* parent = nullptr);

    ConnectionTestPanel* panel() const { return m_panel; }
    bool isTesting() const { return m_testing; }

signals:
    /// Emitted when a test ends, with whether the server was reached.
    void finished(bool connected);

private:
    void start();

    Profile m_profile;
    QString m_storePath;
    SecretStore& m_secrets;
    bool m_testing = false;

    ConnectionTestPanel* m_panel;
    QWidget* m_passwordRow;
    QLabel* m_passwordNote;
    QLineEdit* m_password;
    QPushButton* m_again;
};

#pragma once

#include "Result.h"
#include "store/Profile.h"

#include <QDialog>

#include <optional>

class AppStore;
class ConnectionTestPanel;
class FilePathEdit;
class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class SecretStore;

/// Creates, edits or duplicates a connection profile: every field of a Profile, a Test
/// Connection that runs in the background, and Save, which stores the profile and its password
/// (in the keychain) together on a worker thread. Errors keep the dialog open with nothing saved.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    /// A dialog for a new profile. `store` is the UI thread's store: the dialog reads it to check
    /// names and saves through a store of its own on the worker.
    ProfileDialog(AppStore& store, SecretStore& secrets, QWidget* parent = nullptr);

    /// Edits `profile`: an empty password field keeps the stored password.
    void editProfile(const Profile& profile);
    /// Starts a new profile from `original`'s settings; its stored password is carried over unless
    /// a new one is typed.
    void duplicateProfile(const Profile& original);

    /// The profile as saved, once the dialog was accepted.
    Profile savedProfile() const { return m_saved; }
    /// No keychain answered (the main window's probe): the password cannot be saved, so the
    /// "save password" choice is off and disabled, and saving leaves stored passwords untouched.
    void setKeychainUnavailable(const QString& reason);

    /// Whether a save or a test is running.
    bool isBusy() const;

    void reject() override;

signals:
    /// Emitted after the store and the keychain both accepted the profile, just before accept().
    void profileSaved(const Profile& profile);

private:
    enum class Mode { New, Edit, Duplicate };

    void buildUi();
    void loadFields(const Profile& profile);
    /// The profile the fields describe, with the id and password flag of the one being edited.
    Profile profileFromFields() const;
    /// Checks every field, shows the problems next to them, and focuses the first bad one.
    bool validate(bool focusFirstProblem);
    std::optional<QString> nameProblem() const;
    std::optional<QString> tlsProblem() const;

    void save();
    void testConnection();
    void onSaveFinished(const Result<Profile>& result);

    void updatePasswordHints();
    void updateTlsFields();
    void updateEnvironmentNote();
    void updateHostFields();
    void setSaving(bool saving);
    void showError(const Error& error);
    void clearError();

    AppStore& m_store;
    SecretStore& m_secrets;
    Mode m_mode = Mode::New;
    Profile m_original; ///< the profile being edited, or the one being duplicated
    Profile m_saved;
    bool m_saving = false;
    bool m_testing = false;
    bool m_triedToSave = false;
    bool m_keychainUnavailable = false;

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QComboBox* m_tag = nullptr;
    QLabel* m_environmentNote = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    FilePathEdit* m_socket = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QAction* m_showPassword = nullptr;
    QCheckBox* m_savePassword = nullptr;
    QLabel* m_passwordNote = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_tlsMode = nullptr;
    FilePathEdit* m_tlsCa = nullptr;
    FilePathEdit* m_tlsCert = nullptr;
    FilePathEdit* m_tlsKey = nullptr;
    QLabel* m_tlsError = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_testButton = nullptr;
    ConnectionTestPanel* m_testPanel = nullptr;
    QWidget* m_errorPanel = nullptr;
    QLabel* m_errorText = nullptr;
    QLabel* m_savingLabel = nullptr;
    QProgressBar* m_savingBar = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QWidget* m_form = nullptr;
};

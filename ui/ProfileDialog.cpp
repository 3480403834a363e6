#include "ProfileDialog.h"

#include "Async.h"
#include "ConnectionTestPanel.h"
#include "FilePathEdit.h"
#include "ProfileTasks.h"
#include "ProfilesModel.h"
#include "UiResources.h"
#include "UiStyle.h"
#include "secrets/SecretStore.h"
#include "store/AppStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QLabel* noteLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    return label;
}

} // namespace

ProfileDialog::ProfileDialog(AppStore& store, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("New Connection Profile"));
    buildUi();
    loadFields(Profile());
    m_name->setFocus();
}

void ProfileDialog::editProfile(const Profile& profile)
{
    m_mode = Mode::Edit;
    m_original = profile;
    setWindowTitle(tr("Edit Profile “%1”").arg(profile.name));
    loadFields(profile);
}

void ProfileDialog::duplicateProfile(const Profile& original)
{
    m_mode = Mode::Duplicate;
    m_original = original;
    setWindowTitle(tr("Duplicate Profile “%1”").arg(original.name));
    Profile copy = original;
    copy.id = 0;
    // The first free "name (copy)", "name (copy 2)", ... so Save works without renaming.
    QString name = tr("%1 (copy)").arg(original.name);
    for (int n = 2; m_store.profileByName(name).ok(); ++n)
        name = tr("%1 (copy %2)").arg(original.name).arg(n);
    copy.name = name;
    loadFields(copy);
    m_name->selectAll();
}

void ProfileDialog::setKeychainUnavailable(const QString& reason)
{
    m_keychainUnavailable = true;
    m_savePassword->setChecked(false);
    m_savePassword->setEnabled(false);
    m_savePassword->setToolTip(reason);
    updatePasswordHints();
}

bool ProfileDialog::isBusy() const
{
    return m_saving || m_testing;
}

void ProfileDialog::reject()
{
    // A save in flight will finish either way; closing now would hide whether it did.
    if (m_saving)
        return;
    QDialog::reject();
}

void ProfileDialog::buildUi()
{
    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    // Profile
    form->addRow(sectionHeading(tr("Profile"), m_form));
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("A short name, e.g. shop-prod"));
    m_name->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);
    m_nameError = noteLabel(m_form);
    m_nameError->setObjectName(QStringLiteral("nameError"));
    UiStyle::setTextColor(m_nameError, ProfilesModel::productionColor());
    form->addRow(QString(), m_nameError);

    m_tag = new QComboBox(m_form);
    m_tag->setObjectName(QStringLiteral("tagCombo"));
    m_tag->addItem(ProfilesModel::groupIcon(ProfilesModel::Group::Other), tr("None"), QString());
    m_tag->addItem(ProfilesModel::groupIcon(ProfilesModel::Group::Development), tr("Development"),
        QStringLiteral("dev"));
    m_tag->addItem(
        ProfilesModel::groupIcon(ProfilesModel::Group::Staging), tr("Staging"), QStringLiteral("staging"));
    m_tag->addItem(
        ProfilesModel::groupIcon(ProfilesModel::Group::Production), tr("Production"), QStringLiteral("prod"));
    form->addRow(tr("En&vironment:"), m_tag);
    m_environmentNote = noteLabel(m_form);
    m_environmentNote->setText(tr("Production profiles are shown in red, and every sync that writes to "
                                  "one asks for confirmation first."));
    UiStyle::setTextColor(m_environmentNote, ProfilesModel::productionColor());
    form->addRow(QString(), m_environmentNote);

    // Server
    form->addRow(sectionHeading(tr("Server"), m_form));
    auto* hostRow = new QWidget(m_form);
    auto* hostLayout = new QHBoxLayout(hostRow);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(hostRow);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("Host name or IP address"));
    hostLayout->addWidget(m_host, 1);
    auto* portLabel = new QLabel(tr("&Port:"), hostRow);
    hostLayout->addWidget(portLabel);
    m_port = new QSpinBox(hostRow);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_port->setAccelerated(true);
    portLabel->setBuddy(m_port);
    hostLayout->addWidget(m_port);
    form->addRow(tr("&Host:"), hostRow);
    if (auto* hostLabel = qobject_cast<QLabel*>(form->labelForField(hostRow)))
        hostLabel->setBuddy(m_host);

    m_socket
        = new FilePathEdit(tr("Choose the Server Socket"), tr("Sockets (*.sock);;All files (*)"), m_form);
    m_socket->setObjectName(QStringLiteral("socketEdit"));
    m_socket->setPlaceholderText(tr("Optional: a Unix socket, used instead of host and port"));
    form->addRow(tr("S&ocket:"), m_socket);

    // Account
    form->addRow(sectionHeading(tr("Account"), m_form));
    m_user = new QLineEdit(m_form);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("Account name on the server"));
    form->addRow(tr("&User:"), m_user);

    m_password = new QLineEdit(m_form);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_showPassword
        = m_password->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    m_showPassword->setObjectName(QStringLiteral("showPasswordAction"));
    m_showPassword->setCheckable(true);
    m_showPassword->setToolTip(tr("Show the password"));
    connect(m_showPassword, &QAction::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setIcon(
            QIcon(show ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg")));
        m_showPassword->setToolTip(show ? tr("Hide the password") : tr("Show the password"));
    });
    form->addRow(tr("Pass&word:"), m_password);

    m_savePassword = new QCheckBox(tr("Save password in the system &keychain"), m_form);
    m_savePassword->setObjectName(QStringLiteral("savePasswordCheck"));
    m_savePassword->setChecked(!m_keychainUnavailable);
    m_savePassword->setToolTip(
        tr("SyncStudio keeps passwords only in the system keychain, never in its own files. "
           "Without a saved password you are asked for it each time you connect."));
    form->addRow(QString(), m_savePassword);
    m_passwordNote = noteLabel(m_form);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_passwordNote);

    m_database = new QLineEdit(m_form);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Default &database:"), m_database);

    // Encryption
    form->addRow(sectionHeading(tr("Encryption (TLS)"), m_form));
    m_tlsMode = new QComboBox(m_form);
    m_tlsMode->setObjectName(QStringLiteral("tlsModeCombo"));
    const QList<QPair<TlsMode, QString>> modes = {
        {TlsMode::Disabled, tr("never encrypt")},
        {TlsMode::Preferred, tr("encrypt when the server supports it")},
        {TlsMode::Required, tr("always encrypt, do not check the certificate")},
        {TlsMode::VerifyCa, tr("encrypt and check the certificate against the CA")},
        {TlsMode::VerifyIdentity, tr("as Verify CA, and check the host name")},
    };
    for (const auto& [mode, description] : modes)
        m_tlsMode->addItem(QStringLiteral("%1 — %2").arg(tlsModeName(mode), description), int(mode));
    form->addRow(tr("&TLS mode:"), m_tlsMode);

    const QString pemFilter = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_tlsCa = new FilePathEdit(tr("Choose the CA Certificate"), pemFilter, m_form);
    m_tlsCa->setObjectName(QStringLiteral("tlsCaEdit"));
    form->addRow(tr("C&A certificate:"), m_tlsCa);
    m_tlsCert = new FilePathEdit(tr("Choose the Client Certificate"), pemFilter, m_form);
    m_tlsCert->setObjectName(QStringLiteral("tlsCertEdit"));
    m_tlsCert->setPlaceholderText(tr("Optional: only for certificate sign-in"));
    form->addRow(tr("Client ce&rtificate:"), m_tlsCert);
    m_tlsKey = new FilePathEdit(tr("Choose the Client Key"), pemFilter, m_form);
    m_tlsKey->setObjectName(QStringLiteral("tlsKeyEdit"));
    m_tlsKey->setPlaceholderText(tr("Optional: only for certificate sign-in"));
    form->addRow(tr("Client &key:"), m_tlsKey);
    m_tlsError = noteLabel(m_form);
    m_tlsError->setObjectName(QStringLiteral("tlsError"));
    UiStyle::setTextColor(m_tlsError, ProfilesModel::productionColor());
    form->addRow(QString(), m_tlsError);

    // Notes
    form->addRow(sectionHeading(tr("Notes"), m_form));
    m_notes = new QPlainTextEdit(m_form);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(
        tr("Anything worth knowing about this server: owner, maintenance window, caveats"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 8 + 12);
    form->addRow(m_notes);

    // Save errors
    m_errorPanel = new QFrame(this);
    m_errorPanel->setObjectName(QStringLiteral("errorPanel"));
    auto* errorLayout = new QHBoxLayout(m_errorPanel);
    errorLayout->setContentsMargins(10, 8, 10, 8);
    auto* errorIcon = new QLabel(m_errorPanel);
    errorIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/error.svg")).pixmap(QSize(20, 20), devicePixelRatioF()));
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    m_errorText = new QLabel(m_errorPanel);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::RichText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(m_errorText, 1);
    static_cast<QFrame*>(m_errorPanel)->setFrameShape(QFrame::StyledPanel);
    m_errorPanel->hide();

    // Connection test column
    auto* testColumn = new QVBoxLayout;
    testColumn->setSpacing(8);
    testColumn->addWidget(sectionHeading(tr("Connection Test"), this));
    m_testButton = new QPushButton(QIcon(QStringLiteral(":/icons/test.svg")), tr("T&est Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Connect with these settings without saving them (Ctrl+T)"));
    m_testButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    testColumn->addWidget(m_testButton, 0, Qt::AlignLeft);
    m_testPanel = new ConnectionTestPanel(this);
    m_testPanel->setMinimumWidth(300);
    testColumn->addWidget(m_testPanel);
    testColumn->addStretch(1);
    // Save errors go at the foot of this column, next to the buttons, where there is room to spare.
    testColumn->addWidget(m_errorPanel);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addWidget(m_form, 3);
    columns->addLayout(testColumn, 2);

    // Buttons
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_savingLabel = new QLabel(tr("Saving…"), this);
    m_savingLabel->setObjectName(QStringLiteral("savingLabel"));
    m_savingBar = new QProgressBar(this);
    m_savingBar->setRange(0, 0);
    m_savingBar->setTextVisible(false);
    m_savingBar->setMaximumSize(90, 8);
    auto* savingRow = new QHBoxLayout;
    savingRow->addWidget(m_savingLabel);
    savingRow->addWidget(m_savingBar);
    m_savingLabel->hide();
    m_savingBar->hide();
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(savingRow);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(18, 12, 18, 14);
    root->setSpacing(10);
    root->addLayout(columns, 1);
    root->addLayout(bottom);
    // Notes that appear (a production warning, a TLS problem) grow the dialog instead of squeezing it.
    root->setSizeConstraint(QLayout::SetMinimumSize);

    // Behaviour
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_name, &QLineEdit::textChanged, this, [this] { validate(false); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateEnvironmentNote);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, [this] {
        updateTlsFields();
        validate(false);
    });
    for (FilePathEdit* file : {m_tlsCa, m_tlsCert, m_tlsKey})
        connect(file, &FilePathEdit::pathChanged, this, [this] { validate(false); });
    connect(m_socket, &FilePathEdit::pathChanged, this, &ProfileDialog::updateHostFields);
    connect(m_savePassword, &QCheckBox::toggled, this, &ProfileDialog::updatePasswordHints);
    connect(m_password, &QLineEdit::textChanged, this, &ProfileDialog::updatePasswordHints);

    resize(960, 680);
}

void ProfileDialog::loadFields(const Profile& profile)
{
    m_name->setText(profile.name);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(profile.tag.trimmed().toLower())));
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_socket->setPath(profile.socket);
    m_user->setText(profile.user);
    m_password->clear();
    // Checked with an empty field changes nothing, so checked is the safe default in every mode.
    m_savePassword->setChecked(!m_keychainUnavailable);
    m_database->setText(profile.database);
    m_tlsMode->setCurrentIndex(std::max(0, m_tlsMode->findData(int(profile.tlsMode))));
    m_tlsCa->setPath(profile.tlsCa);
    m_tlsCert->setPath(profile.tlsCert);
    m_tlsKey->setPath(profile.tlsKey);
    m_notes->setPlainText(profile.notes);
    m_triedToSave = false;
    m_testPanel->showIdle();
    clearError();
    updateEnvironmentNote();
    updateTlsFields();
    updateHostFields();
    updatePasswordHints();
    validate(false);
}

Profile ProfileDialog::profileFromFields() const
{
    Profile p;
    if (m_mode == Mode::Edit) {
        p = m_original;
    } else {
        p.hasPassword = false;
    }
    p.name = m_name->text().trimmed();
    p.tag = m_tag->currentData().toString();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.socket = m_socket->path();
    p.user = m_user->text().trimmed();
    p.database = m_database->text().trimmed();
    p.tlsMode = TlsMode(m_tlsMode->currentData().toInt());
    const bool tls = p.tlsMode != TlsMode::Disabled;
    p.tlsCa = tls ? m_tlsCa->path() : QString();
    p.tlsCert = tls ? m_tlsCert->path() : QString();
    p.tlsKey = tls ? m_tlsKey->path() : QString();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

std::optional<QString> ProfileDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name.");
    Result<Profile> existing = m_store.profileByName(name);
    if (existing && !(m_mode == Mode::Edit && existing->id == m_original.id))
        return tr("A profile named “%1” already exists. Choose another name.").arg(existing->name);
    return std::nullopt;
}

std::optional<QString> ProfileDialog::tlsProblem() const
{
    const TlsMode mode = TlsMode(m_tlsMode->currentData().toInt());
    if (mode == TlsMode::Disabled)
        return std::nullopt;
    const bool verifies = mode == TlsMode::VerifyCa || mode == TlsMode::VerifyIdentity;
    if (verifies && m_tlsCa->path().isEmpty())
        return tr("%1 checks the server certificate: choose the CA certificate that signed it.")
            .arg(tlsModeName(mode));
    const QList<QPair<FilePathEdit*, QString>> files = {
        {m_tlsCa, tr("CA certificate")}, {m_tlsCert, tr("client certificate")}, {m_tlsKey, tr("client key")}};
    for (const auto& [edit, what] : files) {
        const QString path = edit->path();
        if (!path.isEmpty() && !QFileInfo(path).isFile())
            return tr("The %1 file %2 does not exist.").arg(what, path);
    }
    if (m_tlsCert->path().isEmpty() != m_tlsKey->path().isEmpty())
        return tr("Certificate sign-in needs both the client certificate and its key.");
    return std::nullopt;
}

bool ProfileDialog::validate(bool focusFirstProblem)
{
    const std::optional<QString> name = nameProblem();
    // An empty name is only an error once the user tried to save; a taken one is worth knowing at once.
    const bool showName = name && (m_triedToSave || !m_name->text().trimmed().isEmpty());
    m_nameError->setText(showName ? *name : QString());
    if (auto* form = qobject_cast<QFormLayout*>(m_form->layout()))
        form->setRowVisible(m_nameError, showName);

    const std::optional<QString> tls = tlsProblem();
    const bool showTls
        = tls && (m_triedToSave || TlsMode(m_tlsMode->currentData().toInt()) >= TlsMode::VerifyCa);
    m_tlsError->setText(showTls ? *tls : QString());
    if (auto* form = qobject_cast<QFormLayout*>(m_form->layout()))
        form->setRowVisible(m_tlsError, showTls);

    if (focusFirstProblem) {
        if (name) {
            m_name->setFocus();
        } else if (tls) {
            (m_tlsCa->path().isEmpty() ? m_tlsCa : m_tlsCert)->setFocus();
        }
    }
    return !name && !tls;
}

void ProfileDialog::save()
{
    if (m_saving)
        return;
    m_triedToSave = true;
    clearError();
    if (!validate(true))
        return;

    const Profile profile = profileFromFields();
    ProfileTasks::PasswordChange change;
    const QString typed = m_password->text();
    if (m_keychainUnavailable) {
        // Nothing to do with the keychain: a stored password stays where it is.
    } else if (m_savePassword->isChecked()) {
        if (!typed.isEmpty())
            change.password = typed;
        else if (m_mode == Mode::Duplicate)
            change.copyFrom = m_original;
    } else if (m_mode == Mode::Edit && m_original.hasPassword) {
        change.password = QString(); // the user chose not to keep a password: remove the stored one
    }

    setSaving(true);
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    Async::run(
        this,
        [storePath, secrets, profile, change] {
            return ProfileTasks::save(storePath, *secrets, profile, change);
        },
        [this](Result<Profile> result) { onSaveFinished(result); });
}

void ProfileDialog::onSaveFinished(const Result<Profile>& result)
{
    setSaving(false);
    if (!result) {
        if (result.error().code == QLatin1String("duplicate"))
            validate(true);
        showError(result.error());
        return;
    }
    m_saved = *result;
    emit profileSaved(m_saved);
    accept();
}

void ProfileDialog::testConnection()
{
    if (m_testing)
        return;
    Profile profile = profileFromFields();
    if (profile.name.isEmpty())
        profile.name = profile.socket.isEmpty() ? profile.host : profile.socket;

    // Which password to test with: the typed one, else the one stored for the profile being edited
    // or duplicated, else none.
    std::optional<QString> password;
    if (!m_password->text().isEmpty()) {
        password = m_password->text();
    } else if (m_mode != Mode::New && m_original.hasPassword) {
        profile.id = m_original.id;
        profile.hasPassword = true;
    } else {
        password = QString();
    }

    m_testing = true;
    m_testButton->setEnabled(false);
    m_testPanel->showBusy(profile.settings().displayName());
    const QString storePath = m_store.path();
    SecretStore* secrets = &m_secrets;
    Async::run(
        this,
        [storePath, secrets, profile, password] {
            return ProfileTasks::test(storePath, *secrets, profile, password);
        },
        [this](Result<ConnectionReport> result) {
            m_testing = false;
            m_testButton->setEnabled(!m_saving);
            if (result) {
                m_testPanel->showReport(*result);
                return;
            }
            Error error = result.error();
            // The stored password could not be read: the field beside the button is the way around.
            if (SecretStore::isUnreachable(error) || SecretStore::isNotFound(error))
                error.hint = tr("Type the password in the Password field to test with it.");
            m_testPanel->showError(error);
        });
}

void ProfileDialog::updatePasswordHints()
{
    const bool typed = !m_password->text().isEmpty();
    QString note;
    QString placeholder;
    if (m_keychainUnavailable) {
        note = tr("No keychain answered, so the password cannot be saved: it is used for Test Connection "
                  "only, and you will be asked for it each time you connect.");
    } else if (m_mode == Mode::Edit && m_original.hasPassword) {
        placeholder = tr("Leave empty to keep the stored password");
        if (!m_savePassword->isChecked())
            note = tr("The stored password will be removed from the keychain.");
    } else if (m_mode == Mode::Duplicate && m_original.hasPassword) {
        placeholder = tr("Leave empty to reuse the password of “%1”").arg(m_original.name);
        if (!m_savePassword->isChecked())
            note = tr("The new profile will have no saved password.");
    } else if (!m_savePassword->isChecked() && typed) {
        note = tr("The password is used for Test Connection only and is not saved.");
    }
    if (!m_savePassword->isChecked() && note.isEmpty())
        note = tr("You will be asked for the password each time you connect.");
    m_password->setPlaceholderText(placeholder);
    m_passwordNote->setText(note);
    if (auto* form = qobject_cast<QFormLayout*>(m_form->layout()))
        form->setRowVisible(m_passwordNote, !note.isEmpty());
}

void ProfileDialog::updateTlsFields()
{
    const TlsMode mode = TlsMode(m_tlsMode->currentData().toInt());
    const bool tls = mode != TlsMode::Disabled;
    for (FilePathEdit* file : {m_tlsCa, m_tlsCert, m_tlsKey})
        file->setEnabled(tls);
    const bool verifies = mode == TlsMode::VerifyCa || mode == TlsMode::VerifyIdentity;
    m_tlsCa->setPlaceholderText(verifies ? tr("Required for %1").arg(tlsModeName(mode))
                                         : tr("Optional: checked only by VERIFY_CA and VERIFY_IDENTITY"));
}

void ProfileDialog::updateEnvironmentNote()
{
    const bool production = m_tag->currentData().toString() == QLatin1String("prod");
    if (auto* form = qobject_cast<QFormLayout*>(m_form->layout()))
        form->setRowVisible(m_environmentNote, production);
}

void ProfileDialog::updateHostFields()
{
    // A socket replaces host and port; greying them out says so without another message.
    const bool socket = !m_socket->path().isEmpty();
    m_host->setEnabled(!socket);
    m_port->setEnabled(!socket);
}

void ProfileDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_form->setEnabled(!saving);
    m_buttons->setEnabled(!saving);
    m_testButton->setEnabled(!saving && !m_testing);
    m_savingLabel->setVisible(saving);
    m_savingBar->setVisible(saving);
}

void ProfileDialog::showError(const Error& error)
{
    QString text = QStringLiteral("<b>%1</b>").arg(error.message.toHtmlEscaped());
    if (!error.hint.isEmpty())
        text += QStringLiteral("<br>") + error.hint.toHtmlEscaped();
    if (SecretStore::isUnreachable(error) && m_savePassword->isChecked()) {
        text += QStringLiteral("<br>")
            + tr("To save the profile without its password, clear “Save password in the system keychain”.")
                  .toHtmlEscaped();
    }
    m_errorText->setText(text);
    m_errorText->setToolTip(error.toString());
    m_errorPanel->show();
}

void ProfileDialog::clearError()
{
    m_errorPanel->hide();
    m_errorText->clear();
}

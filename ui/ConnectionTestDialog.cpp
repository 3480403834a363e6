#include "ConnectionTestDialog.h"

#include "Async.h"
#include "ConnectionTestPanel.h"
#include "ProfileTasks.h"
#include "ProfilesModel.h"
#include "UiStyle.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionTestDialog::ConnectionTestDialog(
    const Profile& profile, const QString& storePath, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_storePath(storePath)
    , m_secrets(secrets)
    , m_panel(new ConnectionTestPanel(this))
    , m_passwordRow(new QWidget(this))
    , m_passwordNote(new QLabel(m_passwordRow))
    , m_password(new QLineEdit(m_passwordRow))
    , m_again(new QPushButton(QIcon(QStringLiteral(":/icons/test.svg")), tr("Test &Again"), this))
{
    setObjectName(QStringLiteral("connectionTestDialog"));
    setWindowTitle(tr("Test Connection “%1”").arg(profile.name));

    const ProfilesModel::Group group = ProfilesModel::groupOf(profile);
    auto* icon = new QLabel(this);
    icon->setPixmap(ProfilesModel::profileIcon(group).pixmap(QSize(32, 32), devicePixelRatioF()));
    auto* name = new QLabel(profile.name, this);
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    name->setFont(big);
    if (group == ProfilesModel::Group::Production)
        UiStyle::setTextColor(name, ProfilesModel::productionColor());
    auto* address = new QLabel(ProfilesModel::address(profile), this);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(name);
    titles->addWidget(address);
    auto* header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    auto* passwordLayout = new QFormLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    m_passwordNote->setWordWrap(true);
    passwordLayout->addRow(m_passwordNote);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    passwordLayout->addRow(tr("&Password:"), m_password);
    m_passwordRow->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again->setObjectName(QStringLiteral("testAgainButton"));
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &ConnectionTestDialog::start);
    connect(m_password, &QLineEdit::returnPressed, this, &ConnectionTestDialog::start);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_passwordRow);
    layout->addWidget(buttons);
    resize(520, 360);

    start();
}

void ConnectionTestDialog::start()
{
    if (m_testing)
        return;
    m_testing = true;
    m_again->setEnabled(false);
    std::optional<QString> password;
    if (!m_passwordRow->isHidden())
        password = m_password->text();
    m_panel->showBusy(m_profile.settings().displayName());

    const Profile profile = m_profile;
    const QString storePath = m_storePath;
    SecretStore* secrets = &m_secrets;
    Async::run(
        this,
        [storePath, secrets, profile, password] {
            return ProfileTasks::test(storePath, *secrets, profile, password);
        },
        [this](Result<ConnectionReport> result) {
            m_testing = false;
            m_again->setEnabled(true);
            if (result) {
                m_panel->showReport(*result);
                emit finished(true);
                return;
            }
            m_panel->showError(result.error());
            // Without the stored password the test can still run with a typed one.
            if (m_passwordRow->isHidden()
                && (SecretStore::isUnreachable(result.error()) || SecretStore::isNotFound(result.error()))) {
                m_passwordNote->setText(
                    tr("The stored password could not be read. Type it to test the connection; "
                       "it is not saved."));
                m_passwordRow->show();
                m_password->setFocus();
            }
            emit finished(false);
        });
}

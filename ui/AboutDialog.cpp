#include "AboutDialog.h"

#include "UiResources.h"
#include "db/ClientInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SyncStudio"));

    auto* icon = new QLabel(this);
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/syncstudio.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* name = new QLabel(QStringLiteral("SyncStudio"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    name->setFont(big);

    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(SYNCSTUDIO_VERSION)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* description = new QLabel(
        tr("SyncStudio compares two MySQL or MariaDB databases, shows the differences in schema and data "
           "side by "
           "side, and synchronizes the target from your workstation under supervision: source reads never "
           "lock, "
           "every write is checked against what the comparison saw, and each sync can be rolled back to the "
           "backup point taken just before it. Passwords stay in the system keychain."),
        this);
    description->setWordWrap(true);
    // Wrapped labels in a dialog that sizes itself need a known width to compute their height.
    constexpr int TextWidth = 420;
    description->setFixedWidth(TextWidth);

    auto* libraries = new QLabel(
        versionReport().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), this);
    libraries->setObjectName(QStringLiteral("librariesLabel"));
    libraries->setTextFormat(Qt::RichText);
    libraries->setTextInteractionFlags(Qt::TextSelectableByMouse);
    libraries->setForegroundRole(QPalette::PlaceholderText);

    auto* license
        = new QLabel(tr("Copyright © 2026 the SyncStudio developers. Released under the GNU General "
                        "Public License, version 3 or later; it comes with no warranty."),
            this);
    license->setWordWrap(true);
    license->setFixedWidth(TextWidth);
    license->setForegroundRole(QPalette::PlaceholderText);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(4);
    text->addWidget(description);
    text->addSpacing(4);
    text->addWidget(libraries);
    text->addWidget(license);

    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] {
        QGuiApplication::clipboard()->setText(
            QStringLiteral("SyncStudio %1\n%2").arg(QStringLiteral(SYNCSTUDIO_VERSION), versionReport()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    copy->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(16);
    layout->addLayout(body);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::versionReport()
{
    return tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
        + QLatin1Char('\n') + tr("MariaDB Connector/C %1").arg(ClientInfo::clientLibraryVersion())
        + QLatin1Char('\n') + QSysInfo::prettyProductName();
}

#include "PreferencesDialog.h"

#include "UiResources.h"
#include "UiStyle.h"
#include "store/AppStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(AppStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_startLanguage = m_store.value(Setting::Language).toString();

    // Language names are written in their own language, so they can be found whatever is shown.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int current = m_language->findData(m_startLanguage);
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNote);

    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionBox"));
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("Keep forever"));
    m_retention->setValue(m_store.value(Setting::BackupRetentionDays).toInt());
    auto* retentionNote
        = new QLabel(tr("Backup points older than this are offered for deletion in the Backup Points "
                        "view and by syncstudio-cli backups delete --expired. Nothing is deleted "
                        "without asking."),
            this);
    retentionNote->setWordWrap(true);
    retentionNote->setForegroundRole(QPalette::PlaceholderText);

    m_recent = new QSpinBox(this);
    m_recent->setObjectName(QStringLiteral("recentProjectsBox"));
    m_recent->setRange(0, 50);
    m_recent->setSpecialValueText(tr("None"));
    m_recent->setValue(m_store.value(Setting::MaxRecentProjects).toInt());

    auto* general = new QGroupBox(tr("Interface"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);
    generalForm->addRow(tr("&Recent projects listed:"), m_recent);

    auto* backups = new QGroupBox(tr("Backup Points"), this);
    auto* backupsForm = new QFormLayout(backups);
    backupsForm->addRow(tr("&Keep backup points for:"), m_retention);
    backupsForm->addRow(QString(), retentionNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("preferencesOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(general);
    layout->addWidget(backups);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateLanguageNote();
}

QString PreferencesDialog::languageNote() const
{
    return m_languageNote->text();
}

void PreferencesDialog::updateLanguageNote()
{
    if (!qEnvironmentVariable("SYNCSTUDIO_LANG").isEmpty()) {
        m_languageNote->setText(
            tr("SYNCSTUDIO_LANG is set to “%1” in the environment; it wins over this choice.")
                .arg(qEnvironmentVariable("SYNCSTUDIO_LANG")));
    } else if (m_language->currentData().toString() != m_startLanguage) {
        m_languageNote->setText(tr("The new language applies when SyncStudio starts again."));
    } else {
        m_languageNote->setText(tr("Applies at start; “System default” follows the system's language."));
    }
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    for (const auto& [setting, value] : {std::pair(Setting::Language, QVariant(language)),
             std::pair(Setting::BackupRetentionDays, QVariant(m_retention->value())),
             std::pair(Setting::MaxRecentProjects, QVariant(m_recent->value()))}) {
        if (Status saved = m_store.setValue(setting, value); !saved) {
            QMessageBox::warning(this, tr("Preferences Not Saved"), saved.error().message);
            return;
        }
    }
    if (language != m_startLanguage)
        emit languageChanged(language);
    QDialog::accept();
}

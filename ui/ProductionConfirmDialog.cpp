#include "ProductionConfirmDialog.h"

#include "UiResources.h"
#include "UiStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProductionConfirmDialog::ProductionConfirmDialog(
    const QString& profileName, const QString& action, const QString& confirmText, QWidget* parent)
    : QDialog(parent)
    , m_profileName(profileName)
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("productionConfirmDialog"));
    setWindowTitle(tr("Confirm Write to Production"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/env-prod.svg")).pixmap(QSize(40, 40), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(tr("“%1” is a production profile.").arg(profileName), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setWordWrap(true);
    UiStyle::setTextColor(title, UiStyle::onlyInTargetColor());

    auto* what = new QLabel(action, this);
    what->setObjectName(QStringLiteral("productionActionLabel"));
    what->setWordWrap(true);

    auto* ask = new QLabel(tr("To continue, type the profile name <b>%1</b>:").arg(profileName.toHtmlEscaped()), this);
    ask->setTextFormat(Qt::RichText);
    ask->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("productionNameEdit"));
    m_name->setPlaceholderText(profileName);
    m_name->setClearButtonEnabled(true);
    ask->setBuddy(m_name);

    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(QStringLiteral("productionMismatchLabel"));
    m_mismatch->setWordWrap(true);
    UiStyle::setTextColor(m_mismatch, UiStyle::onlyInTargetColor());

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("productionConfirmButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter in the field must never confirm by default: Cancel is the default until the name matches.
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductionConfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductionConfirmDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProductionConfirmDialog::updateState);

    auto* text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(what);
    text->addSpacing(4);
    text->addWidget(ask);
    text->addWidget(m_name);
    text->addWidget(m_mismatch);

    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_name->setFocus();
    updateState();
}

bool ProductionConfirmDialog::confirm(
    QWidget* parent, const QString& profileName, const QString& action, const QString& confirmText)
{
    ProductionConfirmDialog dialog(profileName, action, confirmText, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool ProductionConfirmDialog::nameMatches() const
{
    return !m_profileName.isEmpty() && m_name->text().trimmed() == m_profileName;
}

void ProductionConfirmDialog::accept()
{
    if (!nameMatches()) {
        m_mismatch->setText(tr("The name does not match. Type “%1” exactly as shown.").arg(m_profileName));
        m_mismatch->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

void ProductionConfirmDialog::updateState()
{
    const bool matches = nameMatches();
    m_confirm->setEnabled(matches);
    m_confirm->setDefault(matches);
    const QString typed = m_name->text().trimmed();
    // Say so early when the text can no longer become the name, e.g. a different case.
    const bool offTrack = !typed.isEmpty() && !m_profileName.startsWith(typed);
    m_mismatch->setText(offTrack ? tr("This is not “%1”. Names are case-sensitive here.").arg(m_profileName) : QString());
    m_mismatch->setVisible(offTrack);
}

#include "FilePathEdit.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

FilePathEdit::FilePathEdit(const QString& dialogTitle, const QString& nameFilter, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
    , m_dialogTitle(dialogTitle)
    , m_nameFilter(nameFilter)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);

    m_edit->setClearButtonEnabled(true);
    m_browse->setIcon(QIcon(QStringLiteral(":/icons/folder-open.svg")));
    m_browse->setToolTip(tr("Choose a file…"));
    m_browse->setAccessibleName(tr("Browse"));
    // The label's mnemonic and Tab land in the path field.
    setFocusPolicy(m_edit->focusPolicy());
    setFocusProxy(m_edit);

    connect(m_browse, &QToolButton::clicked, this, &FilePathEdit::browse);
    connect(m_edit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
}

QString FilePathEdit::path() const
{
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString& path)
{
    m_edit->setText(path);
}

void FilePathEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void FilePathEdit::browse()
{
    // Start where the current file is, so picking the key next to the certificate is one click.
    QString start = path();
    if (start.isEmpty())
        start = QDir::homePath();
    const QString chosen = QFileDialog::getOpenFileName(this, m_dialogTitle, start, m_nameFilter);
    if (!chosen.isEmpty())
        m_edit->setText(QDir::toNativeSeparators(chosen));
}

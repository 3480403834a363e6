#include "SqlPreviewDialog.h"

#include "SqlHighlighter.h"
#include "UiStyle.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SqlPreviewDialog::SqlPreviewDialog(const QByteArray& sql, const QString& summary, QWidget* parent)
    : QDialog(parent)
    , m_sql(sql)
{
    setObjectName(QStringLiteral("sqlPreviewDialog"));
    setWindowTitle(tr("Preview Row Sync SQL"));

    auto* label = new QLabel(summary, this);
    label->setObjectName(QStringLiteral("sqlPreviewSummary"));
    label->setWordWrap(true);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("sqlPreviewEditor"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    UiStyle::useFixedFont(m_editor);
    new SqlHighlighter(m_editor->document(), UiStyle::isDark(this));
    QString text = QString::fromUtf8(sql.left(MaxShown));
    if (sql.size() > MaxShown) {
        text += QLatin1Char('\n')
            + tr("-- … the script goes on for %n more byte(s); Save writes all of it.", nullptr, int(sql.size() - MaxShown));
    }
    m_editor->setPlainText(text);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("sqlPreviewSave"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(QString::fromUtf8(m_sql)); });
    connect(saveButton, &QPushButton::clicked, this, &SqlPreviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

void SqlPreviewDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Sync SQL"), QDir::homePath() + QStringLiteral("/sync.sql"),
                                                      tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_sql) != m_sql.size()) {
        QMessageBox::warning(this, tr("Save Failed"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

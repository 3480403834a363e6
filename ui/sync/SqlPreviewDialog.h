#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

/// Shows the SQL a row sync would run (its dry run), read-only and highlighted, with Copy and
/// Save. A very long script is shown in part; Save writes all of it.
class SqlPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// `summary` is one line above the script, e.g. the counts it writes.
    SqlPreviewDialog(const QByteArray& sql, const QString& summary, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_editor; }
    /// Characters shown at most; the rest is only in the saved file.
    static constexpr qsizetype MaxShown = 4 * 1024 * 1024;

private:
    void save();

    QByteArray m_sql;
    QPlainTextEdit* m_editor = nullptr;
};

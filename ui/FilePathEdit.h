#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

/// A path field with a Browse button that opens a file picker; used for the TLS CA, certificate
/// and key files.
class FilePathEdit : public QWidget
{
    Q_OBJECT

public:
    /// `dialogTitle` titles the picker; `nameFilter` is a QFileDialog filter such as
    /// "PEM files (*.pem *.crt)".
    FilePathEdit(const QString& dialogTitle, const QString& nameFilter, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void pathChanged(const QString& path);

private:
    void browse();

    QLineEdit* m_edit;
    QToolButton* m_browse;
    QString m_dialogTitle;
    QString m_nameFilter;
};

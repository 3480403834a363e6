#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// A read-only log of what a project's jobs did: one line per event with its time and level,
/// warnings and errors in colour, and Copy and Clear. Lines are plain text, so what is copied is
/// what is shown.
class LogView : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit LogView(QWidget* parent = nullptr);

    /// The word shown for a level, e.g. "INFO" (translated).
    static QString levelName(Level level);

    /// The lines so far, as shown.
    QStringList lines() const;
    int lineCount() const;
    int count(Level level) const;
    QPlainTextEdit* editor() const { return m_text; }

public slots:
    /// Appends a line stamped with the current time; line breaks in `text` are kept in one entry.
    void append(LogView::Level level, const QString& text);
    void info(const QString& text) { append(Level::Info, text); }
    void warning(const QString& text) { append(Level::Warning, text); }
    void error(const QString& text) { append(Level::Error, text); }
    /// Copies the selected text, or every line when nothing is selected.
    void copy();
    void clear();

signals:
    /// A warning or an error was logged (the project tab marks its Log tab).
    void problemLogged(LogView::Level level);

private:
    void updateActions();

    QPlainTextEdit* m_text;
    QLabel* m_empty;
    QPushButton* m_copy;
    QPushButton* m_clear;
    int m_counts[3] = {0, 0, 0};
};

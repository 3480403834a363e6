#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

/// A centred message for a view that has nothing to show yet: an icon, a title, a sentence on why
/// and what to do, and the buttons that do it. Used wherever a view would otherwise be blank.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString& iconPath, const QString& title, const QString& text, QWidget* parent = nullptr);

    void setIcon(const QString& iconPath);
    void setTitle(const QString& title);
    void setText(const QString& text);
    /// Adds a button under the text; the first one added is the default.
    QPushButton* addButton(const QIcon& icon, const QString& text, const QString& objectName);

    QLabel* titleLabel() const { return m_title; }
    QLabel* textLabel() const { return m_text; }

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
};

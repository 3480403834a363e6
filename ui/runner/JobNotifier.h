#pragma once

#include <QObject>

class JobsModel;
class QSystemTrayIcon;
class QWidget;

/// Tells the user when a long job ends while they look at another window: a desktop
/// notification through the system tray where there is one, else the window asks for attention.
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    /// Watches `model` (the application's by default) on behalf of `window`.
    explicit JobNotifier(QWidget* window, JobsModel* model = nullptr);

    /// Jobs shorter than this end without a notification (default 20 s).
    void setMinimumSeconds(double seconds) { m_minimumSeconds = seconds; }
    /// The text of the last notification, for tests; empty when none was given.
    QString lastMessage() const { return m_lastMessage; }

private:
    void onJobFinished(int row);

    QWidget* m_window;
    JobsModel* m_model;
    QSystemTrayIcon* m_tray = nullptr;
    double m_minimumSeconds = 20;
    QString m_lastMessage;
};

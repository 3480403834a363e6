#include "JobNotifier.h"

#include "JobsModel.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

JobNotifier::JobNotifier(QWidget* window, JobsModel* model)
    : QObject(window)
    , m_window(window)
    , m_model(model ? model : JobsModel::instance())
{
    connect(m_model, &JobsModel::jobFinished, this, &JobNotifier::onJobFinished);
}

void JobNotifier::onJobFinished(int row)
{
    const JobsModel::Entry& e = m_model->entry(row);
    if (e.seconds < m_minimumSeconds || (m_window && m_window->isActiveWindow()))
        return;
    const QString title = e.project.isEmpty() ? e.title : tr("%1 — %2").arg(e.title, e.project);
    QString body;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    switch (e.state) {
    case JobsModel::State::Succeeded:
        body = tr("Finished after %1.").arg(JobsModel::formatDuration(e.seconds));
        break;
    case JobsModel::State::Cancelled:
        body = tr("Cancelled after %1.").arg(JobsModel::formatDuration(e.seconds));
        icon = QSystemTrayIcon::Warning;
        break;
    default:
        body = tr("Failed after %1: %2").arg(JobsModel::formatDuration(e.seconds), e.error);
        icon = QSystemTrayIcon::Critical;
        break;
    }
    m_lastMessage = title + QLatin1Char('\n') + body;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_window) {
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(title, body, icon, 10000);
        // The icon is there for the message only; it leaves with it.
        QTimer::singleShot(15000, m_tray, &QSystemTrayIcon::hide);
    } else if (m_window) {
        QApplication::alert(m_window);
    }
}

#pragma once

#include "Error.h"
#include "db/ConnectionProbe.h"

#include <QFrame>

class QFormLayout;
class QLabel;
class QProgressBar;

/// Shows the state and outcome of a connection test: a hint before, a busy bar during, and the
/// server version, encryption, latency and access afterwards, or the error with what to do.
class ConnectionTestPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionTestPanel(QWidget* parent = nullptr);

    /// Before any test: explains what a test checks.
    void showIdle();
    /// While a test runs against `server` (a display name such as "127.0.0.1:3306").
    void showBusy(const QString& server);
    void showReport(const ConnectionReport& report);
    void showError(const Error& error);

    /// The headline currently shown, e.g. "Connected to MariaDB 10.11.6" (tests read it).
    QString headline() const;
    bool isBusy() const;

private:
    void setHeadline(const QString& iconPath, const QString& text);
    void clearDetails();
    QLabel* addDetail(const QString& label, const QString& value, bool warn = false);

    QLabel* m_icon;
    QLabel* m_headline;
    QProgressBar* m_busy;
    QWidget* m_details;
    QFormLayout* m_form;
    QLabel* m_message;
};

#pragma once

#include <QDialog>

/// Help > About SyncStudio: what the application does, its version, and the versions of the
/// libraries it runs on (useful in a bug report).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The version lines shown in the dialog, also for copying into a bug report.
    static QString versionReport();
};

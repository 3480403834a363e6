#pragma once

#include <QApplication>

#include <memory>

class AppStore;
class MainWindow;
class SecretStore;

/// The SyncStudio desktop application: names and icon, translations, the local store, the
/// keychain, and the main window. When the store cannot be opened it says why and the event loop
/// ends with exit code 2, as the CLI does for errors.
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int& argc, char** argv);
    ~Application() override;

    /// The exit code for "could not start" (the CLI's code for errors).
    static constexpr int StartupErrorExitCode = 2;

private:
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

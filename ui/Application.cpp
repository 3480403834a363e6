#include "Application.h"

#include "MainWindow.h"
#include "Translations.h"
#include "UiResources.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AppStore.h"

#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    UiResources::ensureLoaded();
    setOrganizationName(QStringLiteral("SyncStudio"));
    setApplicationName(QStringLiteral("SyncStudio"));
    setApplicationDisplayName(QStringLiteral("SyncStudio"));
    setApplicationVersion(QStringLiteral(SYNCSTUDIO_VERSION));
    setDesktopFileName(QStringLiteral("syncstudio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/syncstudio.svg")));

    // The store holds the language setting, so it is opened before the translations are installed;
    // its error, if any, is shown after them, in the user's language.
    Result<std::unique_ptr<AppStore>> store = AppStore::open();
    // SYNCSTUDIO_LANG wins over the language chosen in Preferences, which wins over the system's.
    Translations::install(Translations::choose(store ? store.value()->value(Setting::Language).toString() : QString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compare and synchronize MySQL and MariaDB databases."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(*this);

    if (!store) {
        const Error& e = store.error();
        QMessageBox box(QMessageBox::Critical, tr("SyncStudio Cannot Start"),
            tr("SyncStudio could not open its data file at %1.").arg(AppStore::defaultPath()));
        box.setInformativeText(e.hint.isEmpty() ? e.message : e.message + QStringLiteral("\n\n") + e.hint);
        box.setDetailedText(e.toString());
        box.exec();
        // exit() only takes effect inside the event loop, which main() starts right after this.
        QTimer::singleShot(0, this, [] { QCoreApplication::exit(StartupErrorExitCode); });
        return;
    }
    m_store = std::move(store.value());
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_window = std::make_unique<MainWindow>(*m_store, *m_secrets);
    m_window->show();
}

Application::~Application()
{
    m_window.reset();
    // Background work (a keychain call, a connection test) may still hold the secret store.
    QThreadPool::globalInstance()->waitForDone();
    m_secrets.reset();
    m_store.reset();
}

#include "KeychainSecretStore.h"

#include "KeychainThread.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace {

// Keyrings often start a little after the desktop session; one retry after this pause covers the
// usual race at login without making a missing keyring slow to report.
constexpr unsigned long RetryDelayMs = 500;

} // namespace

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("SyncStudio");
}

QString KeychainSecretStore::probeKey()
{
    return QStringLiteral("__syncstudio_probe__");
}

KeychainSecretStore::KeychainSecretStore(const QString& service, int timeoutMs)
    : m_service(service)
    , m_timeoutMs(timeoutMs)
{ }

Result<QString> KeychainSecretStore::read(const QString& key)
{
    return runWithRetry(Operation::Read, key, {});
}

Status KeychainSecretStore::write(const QString& key, const QString& secret)
{
    Result<QString> r = runWithRetry(Operation::Write, key, secret);
    if (!r)
        return r.error();
    return {};
}

Status KeychainSecretStore::remove(const QString& key)
{
    Result<QString> r = runWithRetry(Operation::Delete, key, {});
    if (!r && !isNotFound(r.error()))
        return r.error();
    return {};
}

Status KeychainSecretStore::probe()
{
    Result<QString> r = runWithRetry(Operation::Read, probeKey(), {});
    if (!r && !isNotFound(r.error()))
        return r.error();
    return {};
}

Result<QString> KeychainSecretStore::runWithRetry(
    Operation operation, const QString& key, const QString& secret)
{
    bool retryable = false;
    Result<QString> first = runOnce(operation, key, secret, &retryable);
    if (first || !retryable)
        return first;
    QThread::msleep(RetryDelayMs);
    return runOnce(operation, key, secret, &retryable);
}

Result<QString> KeychainSecretStore::runOnce(
    Operation operation, const QString& key, const QString& secret, bool* retryable)
{
    // Only "nobody answered (yet)" is worth a second try: a missing entry, a refusal, a missing bus
    // or a keychain that already kept us waiting for the whole timeout would just repeat.
    *retryable = false;
    if (const std::optional<QString> why = missingSessionBus())
        return unreachableError(*why);

    const KeychainThread::Answer answer = KeychainThread::run(operation, m_service, key, secret, m_timeoutMs);

    if (answer.noThread) {
        return unreachableError(tr("No keychain can be used: the application is not running an event "
                                   "loop (no QCoreApplication) or is shutting down."));
    }
    if (answer.timedOut) {
        return unreachableError(tr("No keychain answered within %n second(s): it may be waiting for an "
                                   "unlock prompt that nobody can see.",
            nullptr, qMax(1, m_timeoutMs / 1000)));
    }

    switch (static_cast<QKeychain::Error>(answer.error)) {
    case QKeychain::NoError:
        return answer.text;
    case QKeychain::EntryNotFound:
        return notFoundError(key);
    case QKeychain::AccessDeniedByUser:
        return unreachableError(
            tr("The keychain refused access: the request was denied (%1).").arg(answer.errorString));
    case QKeychain::AccessDenied:
        *retryable = true;
        return unreachableError(tr("The keychain refused access: it is locked or access was denied (%1).")
                                    .arg(answer.errorString));
    case QKeychain::CouldNotDeleteEntry: {
        Error e = Error::make(
            tr("The keychain could not delete the secret for key %1 (%2).").arg(key, answer.errorString),
            tr("Remove the entry for service %1 by hand in your keyring manager.").arg(m_service));
        e.code = QStringLiteral("keychain-error");
        return e;
    }
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        *retryable = true;
        break;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return unreachableError(tr("No keychain answered: the Secret Service (org.freedesktop.secrets on the "
                               "D-Bus session bus) is not running or is locked (%1).")
                                .arg(answer.errorString));
#else
    return unreachableError(
        tr("No keychain answered: the system keychain is not available (%1).").arg(answer.errorString));
#endif
}

std::optional<QString> KeychainSecretStore::missingSessionBus()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.startsWith(QLatin1String("disabled:"))) {
        return tr("No keychain answered: the D-Bus session bus is disabled (DBUS_SESSION_BUS_ADDRESS=%1), so "
                  "the Secret Service (org.freedesktop.secrets) cannot be reached.")
            .arg(address);
    }
    if (!address.isEmpty())
        return std::nullopt;
    // Without the variable, D-Bus looks for $XDG_RUNTIME_DIR/bus, then autolaunches a bus through
    // X11; with neither there is certainly no bus, and saying so beats D-Bus's own wording.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus"))))
        return std::nullopt;
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        return std::nullopt;
    return tr("No keychain answered: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set and "
              "there is no $XDG_RUNTIME_DIR/bus), so the Secret Service (org.freedesktop.secrets) cannot be "
              "reached.");
#else
    return std::nullopt;
#endif
}

#pragma once

#include "KeychainThread.h"
#include "SecretStore.h"

#include <optional>

/// The production SecretStore: the OS keychain through QtKeychain (the Secret Service on Linux,
/// Keychain on macOS, Credential Manager on Windows), never with QtKeychain's plain-text fallback.
///
/// Every call blocks until the keychain answers (or `timeoutMs` passes), which can take as long as
/// an unlock prompt stays open: call it from the CLI's main thread or a worker thread, never from
/// the GUI thread. It may be called from any thread, with or without a running event loop; the
/// jobs themselves run on one internal thread (see KeychainThread).
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    /// The keychain service every SyncStudio secret is filed under.
    static QString defaultService();
    /// The key probe() reads; it is never written.
    static QString probeKey();

    explicit KeychainSecretStore(const QString& service = defaultService(), int timeoutMs = 60000);

    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;
    /// A read of probeKey(): "not found" means a keychain answered. A locked keyring may still
    /// pass, because looking up an absent key needs no unlock.
    Status probe() override;

    QString service() const { return m_service; }

private:
    using Operation = KeychainThread::Operation;

    Result<QString> runWithRetry(Operation operation, const QString& key, const QString& secret);
    /// One attempt; `retryable` tells whether a second attempt might get a different answer.
    Result<QString> runOnce(Operation operation, const QString& key, const QString& secret, bool* retryable);
    /// Why no D-Bus session bus can be reached, when that is certain from the environment alone:
    /// lets the call fail at once with a clear reason instead of however D-Bus words it.
    static std::optional<QString> missingSessionBus();

    QString m_service;
    int m_timeoutMs;
};

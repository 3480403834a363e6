#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QMutex>

/// An in-memory SecretStore for unit tests; it can be told to behave like a machine without a
/// keychain so the error paths of its callers can be tested without D-Bus.
class MemorySecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(MemorySecretStore)

public:
    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;
    Status probe() override;

    /// When false, every call fails with code "no-keychain", as KeychainSecretStore does when no
    /// Secret Service answers.
    void setReachable(bool reachable);
    bool contains(const QString& key) const;
    qsizetype size() const;
    /// How many calls reached the store (successful or not): lets tests check that a flow did not
    /// touch the keychain at all.
    int callCount() const;

private:
    Error unreachable() const;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
    bool m_reachable = true;
    int m_calls = 0;
};

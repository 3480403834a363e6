#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

/// Where passwords live: the OS keychain in production, a map in unit tests. Keys are opaque
/// strings (a profile's id); nothing else ever stores a secret. The calls block until the
/// keychain answers, so the GUI calls them from a worker thread, never the UI thread.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    virtual ~SecretStore() = default;

    /// The secret for key; an Error with code "not-found" when absent, code "no-keychain" when no
    /// keychain can be reached (the message says why and what to do).
    virtual Result<QString> read(const QString& key) = 0;
    virtual Status write(const QString& key, const QString& secret) = 0;
    /// Removing an absent key succeeds.
    virtual Status remove(const QString& key) = 0;
    /// Whether a keychain answers at all (a cheap probe), with the reason in error() when not.
    virtual Status probe() = 0;

    static bool isNotFound(const Error& error) { return error.code == QLatin1String("not-found"); }
    static bool isUnreachable(const Error& error) { return error.code == QLatin1String("no-keychain"); }

    /// The error for a key that holds no secret (code "not-found").
    static Error notFoundError(const QString& key);
    /// The error for a keychain that cannot be reached (code "no-keychain"); `reason` says why, and
    /// the hint names the ways around it so every store words it the same.
    static Error unreachableError(const QString& reason);
    /// What the user can do when no keychain answers.
    static QString unreachableHint();
};

#include "SecretStore.h"

Error SecretStore::notFoundError(const QString& key)
{
    Error e = Error::make(tr("The keychain holds no secret for key %1.").arg(key));
    e.code = QStringLiteral("not-found");
    return e;
}

Error SecretStore::unreachableError(const QString& reason)
{
    Error e = Error::make(reason, unreachableHint());
    e.code = QStringLiteral("no-keychain");
    return e;
}

QString SecretStore::unreachableHint()
{
    return tr("Start and unlock your desktop keyring (GNOME Keyring, KWallet) — or, for one-off CLI runs, "
              "pass the password with --password-stdin or SYNCSTUDIO_PASSWORD.");
}

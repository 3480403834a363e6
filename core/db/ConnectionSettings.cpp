#include "ConnectionSettings.h"

QString tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disabled:
        return QStringLiteral("DISABLED");
    case TlsMode::Preferred:
        return QStringLiteral("PREFERRED");
    case TlsMode::Required:
        return QStringLiteral("REQUIRED");
    case TlsMode::VerifyCa:
        return QStringLiteral("VERIFY_CA");
    case TlsMode::VerifyIdentity:
        return QStringLiteral("VERIFY_IDENTITY");
    }
    return {};
}

bool parseTlsMode(const QString& text, TlsMode* mode)
{
    const QString t = text.trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (TlsMode m : {TlsMode::Disabled, TlsMode::Preferred, TlsMode::Required, TlsMode::VerifyCa,
                      TlsMode::VerifyIdentity}) {
        if (tlsModeName(m) == t) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString ConnectionSettings::displayName() const
{
    const QString where = socket.isEmpty() ? QStringLiteral("%1:%2").arg(host).arg(port) : socket;
    if (label.isEmpty() || label == where)
        return where;
    return QStringLiteral("%1 (%2)").arg(label, where);
}

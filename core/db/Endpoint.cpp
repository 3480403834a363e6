#include "Endpoint.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
};

Error endpointError(const QString& text, const QString& what)
{
    return Error::make(Tr::tr("Cannot read the endpoint \"%1\": %2.").arg(text, what),
                       Tr::tr("Write PROFILE, PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE."));
}

Result<Endpoint> parseUrl(const QString& text)
{
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid())
        return endpointError(text, u.errorString());
    const QString scheme = u.scheme().toLower();
    if (scheme != QLatin1String("mysql") && scheme != QLatin1String("mariadb"))
        return endpointError(text, Tr::tr("the scheme must be mysql:// or mariadb://"));

    Endpoint e;
    e.kind = Endpoint::Kind::Url;
    ConnectionSettings& s = e.url;
    s.user = u.userName(QUrl::FullyDecoded);
    if (s.user.isEmpty())
        return endpointError(text, Tr::tr("the URL has no user name"));
    if (u.password(QUrl::FullyDecoded).size() > 0 || text.section(QLatin1Char('@'), 0, 0).count(QLatin1Char(':')) > 1) {
        s.password = u.password(QUrl::FullyDecoded);
        e.passwordInUrl = true;
    }
    s.host = u.host(QUrl::FullyDecoded);
    const QUrlQuery q(u);
    s.socket = q.queryItemValue(QStringLiteral("socket"), QUrl::FullyDecoded);
    if (s.host.isEmpty() && s.socket.isEmpty())
        return endpointError(text, Tr::tr("the URL has no host"));
    if (s.host.isEmpty())
        s.host = QStringLiteral("localhost");
    s.port = u.port(3306);
    if (s.port <= 0 || s.port > 65535)
        return endpointError(text, Tr::tr("the port must be between 1 and 65535"));
    QString path = u.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return endpointError(text, Tr::tr("the path must be a single database name"));
    s.database = path;
    e.database = path;

    const QString mode = q.queryItemValue(QStringLiteral("ssl-mode"), QUrl::FullyDecoded);
    if (!mode.isEmpty() && !parseTlsMode(mode, &s.tlsMode))
        return endpointError(text, Tr::tr("unknown ssl-mode \"%1\" (use DISABLED, PREFERRED, REQUIRED, VERIFY_CA "
                                          "or VERIFY_IDENTITY)").arg(mode));
    s.tlsCa = q.queryItemValue(QStringLiteral("ssl-ca"), QUrl::FullyDecoded);
    s.tlsCert = q.queryItemValue(QStringLiteral("ssl-cert"), QUrl::FullyDecoded);
    s.tlsKey = q.queryItemValue(QStringLiteral("ssl-key"), QUrl::FullyDecoded);
    const QString timeout = q.queryItemValue(QStringLiteral("connect-timeout"));
    if (!timeout.isEmpty()) {
        bool ok = false;
        s.connectTimeoutSeconds = timeout.toInt(&ok);
        if (!ok || s.connectTimeoutSeconds <= 0)
            return endpointError(text, Tr::tr("connect-timeout must be a number of seconds"));
    }
    for (const auto& item : q.queryItems()) {
        static const QStringList known = {QStringLiteral("socket"), QStringLiteral("ssl-mode"),
                                          QStringLiteral("ssl-ca"), QStringLiteral("ssl-cert"),
                                          QStringLiteral("ssl-key"), QStringLiteral("connect-timeout")};
        if (!known.contains(item.first))
            return endpointError(text, Tr::tr("unknown option \"%1\"").arg(item.first));
    }
    s.label = s.socket.isEmpty() ? QStringLiteral("%1:%2").arg(s.host).arg(s.port) : s.socket;
    return e;
}
} // namespace

Result<Endpoint> Endpoint::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return endpointError(text, Tr::tr("it is empty"));
    if (text.contains(QLatin1String("://")))
        return parseUrl(text);

    Endpoint e;
    e.kind = Kind::Profile;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    e.profile = slash < 0 ? text : text.left(slash);
    e.database = slash < 0 ? QString() : text.mid(slash + 1);
    if (e.profile.isEmpty())
        return endpointError(text, Tr::tr("the profile name is empty"));
    if (slash >= 0 && e.database.isEmpty())
        return endpointError(text, Tr::tr("nothing follows the \"/\"; name a database or leave out the slash"));
    if (e.database.contains(QLatin1Char('/')))
        return endpointError(text, Tr::tr("only one \"/\" may separate the profile and the database"));
    return e;
}

QString Endpoint::displayText() const
{
    if (kind == Kind::Profile)
        return database.isEmpty() ? profile : profile + QLatin1Char('/') + database;
    QUrl u;
    u.setScheme(QStringLiteral("mysql"));
    u.setUserName(url.user);
    u.setHost(url.host);
    if (url.port != 3306)
        u.setPort(url.port);
    u.setPath(QLatin1Char('/') + database);
    if (!url.socket.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("socket"), url.socket);
        u.setQuery(q);
    }
    return u.toString();
}

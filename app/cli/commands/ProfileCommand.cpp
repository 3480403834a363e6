#include "ProfileCommand.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "db/ConnectionProbe.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject profileJson(const Profile& p)
{
    return QJsonObject {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("host"), p.host},
        {QStringLiteral("port"), p.port},
        {QStringLiteral("socket"), p.socket},
        {QStringLiteral("user"), p.user},
        {QStringLiteral("database"), p.database},
        {QStringLiteral("ssl_mode"), tlsModeName(p.tlsMode)},
        {QStringLiteral("ssl_ca"), p.tlsCa},
        {QStringLiteral("ssl_cert"), p.tlsCert},
        {QStringLiteral("ssl_key"), p.tlsKey},
        {QStringLiteral("tag"), p.tag},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("password_in_keychain"), p.hasPassword},
        {QStringLiteral("created_at"), p.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), p.updatedAt.toUTC().toString(Qt::ISODate)},
    };
}

} // namespace

QString ProfileCommand::summary() const
{
    return tr("Manage saved connection profiles (add, list, show, remove, test)");
}

void ProfileCommand::printUsage(CliContext& context) const
{
    context.out() << tr("Usage:") << "\n"
                  << "  syncstudio-cli profile add NAME --host HOST [--port PORT] --user USER [--database DB]\n"
                     "        [--password-stdin] [--ssl-mode MODE] [--ssl-ca FILE] [--ssl-cert FILE] [--ssl-key FILE]\n"
                     "        [--tag prod|staging|dev] [--notes TEXT] [--socket PATH] [--update]\n"
                     "  syncstudio-cli profile list [--format text|json]\n"
                     "  syncstudio-cli profile show NAME [--format text|json]\n"
                     "  syncstudio-cli profile remove NAME\n"
                     "  syncstudio-cli profile test NAME[/DATABASE]|URL [--format text|json]\n\n"
                  << tr("Passwords are stored only in the system keychain. SYNCSTUDIO_PASSWORD overrides the "
                        "stored password for one run.")
                  << Qt::endl;
}

int ProfileCommand::run(const QStringList& arguments, CliContext& context)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        printUsage(context);
        return arguments.isEmpty() ? ExitError : ExitOk;
    }
    const QString action = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("add"))
        return add(rest, context);
    if (action == QLatin1String("list"))
        return list(rest, context);
    if (action == QLatin1String("show"))
        return show(rest, context);
    if (action == QLatin1String("remove"))
        return remove(rest, context);
    if (action == QLatin1String("test"))
        return test(rest, context);
    return context.fail(tr("Unknown profile action \"%1\".").arg(action),
                        tr("Use add, list, show, remove or test."));
}

int ProfileCommand::add(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("profile add"), tr("Save a connection profile."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name, e.g. prod."));
    const QCommandLineOption host(QStringLiteral("host"), tr("Server host name or address."), QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port (default 3306)."), QStringLiteral("PORT"), QStringLiteral("3306"));
    const QCommandLineOption socket(QStringLiteral("socket"), tr("Unix socket path, instead of host and port."), QStringLiteral("PATH"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name."), QStringLiteral("USER"));
    const QCommandLineOption database(QStringLiteral("database"), tr("Default database."), QStringLiteral("DB"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), tr("Read the password from standard input and store it in the keychain."));
    const QCommandLineOption sslMode(QStringLiteral("ssl-mode"), tr("DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA or VERIFY_IDENTITY."), QStringLiteral("MODE"), QStringLiteral("PREFERRED"));
    const QCommandLineOption sslCa(QStringLiteral("ssl-ca"), tr("CA certificate file."), QStringLiteral("FILE"));
    const QCommandLineOption sslCert(QStringLiteral("ssl-cert"), tr("Client certificate file."), QStringLiteral("FILE"));
    const QCommandLineOption sslKey(QStringLiteral("ssl-key"), tr("Client key file."), QStringLiteral("FILE"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Environment: prod, staging or dev."), QStringLiteral("TAG"));
    const QCommandLineOption notes(QStringLiteral("notes"), tr("Free-form notes."), QStringLiteral("TEXT"));
    const QCommandLineOption update(QStringLiteral("update"), tr("Replace an existing profile of the same name."));
    parser.addOptions({host, port, socket, user, database, passwordStdin, sslMode, sslCa, sslCert, sslKey, tag, notes, update});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;

    Profile p;
    p.name = parser.positionalArguments().first().trimmed();
    if (!parser.isSet(host) && !parser.isSet(socket))
        return context.fail(tr("profile add needs --host (or --socket)."), tr("Example: --host 127.0.0.1 --port 3306"));
    if (!parser.isSet(user))
        return context.fail(tr("profile add needs --user."));
    p.host = parser.isSet(host) ? parser.value(host) : QStringLiteral("localhost");
    bool portOk = false;
    p.port = parser.value(port).toInt(&portOk);
    if (!portOk || p.port <= 0 || p.port > 65535)
        return context.fail(tr("The port \"%1\" is not a number between 1 and 65535.").arg(parser.value(port)));
    p.socket = parser.value(socket);
    p.user = parser.value(user);
    p.database = parser.value(database);
    if (!parseTlsMode(parser.value(sslMode), &p.tlsMode))
        return context.fail(tr("Unknown --ssl-mode \"%1\".").arg(parser.value(sslMode)),
                            tr("Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY."));
    p.tlsCa = parser.value(sslCa);
    p.tlsCert = parser.value(sslCert);
    p.tlsKey = parser.value(sslKey);
    p.tag = parser.value(tag).toLower();
    if (!p.tag.isEmpty() && p.tag != QLatin1String("prod") && p.tag != QLatin1String("staging") && p.tag != QLatin1String("dev"))
        return context.fail(tr("Unknown --tag \"%1\".").arg(p.tag), tr("Use prod, staging or dev."));
    p.notes = parser.value(notes);

    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    if (Result<Profile> existing = (*store)->profileByName(p.name); existing) {
        if (!parser.isSet(update))
            return context.fail(tr("A profile named \"%1\" already exists.").arg(existing->name),
                                tr("Add --update to replace it, or remove it first."));
        p.id = existing->id;
        p.createdAt = existing->createdAt;
        p.hasPassword = existing->hasPassword;
    }

    std::optional<QString> password;
    if (parser.isSet(passwordStdin))
        password = context.readStdinLine();
    ProfileService service(**store, context.secrets());
    if (Status saved = service.saveProfileWithPassword(p, password); !saved)
        return context.fail(saved.error());
    context.out() << (password ? tr("Saved profile \"%1\"; its password is in the system keychain.").arg(p.name)
                               : tr("Saved profile \"%1\".").arg(p.name))
                  << Qt::endl;
    return ExitOk;
}

int ProfileCommand::list(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("profile list"), tr("List the saved profiles."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOption(format);
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 0, 0))
        return *early;
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<QList<Profile>> profiles = (*store)->profiles();
    if (!profiles)
        return context.fail(profiles.error());
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const Profile& p : *profiles)
            array.append(profileJson(p));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (profiles->isEmpty()) {
        context.out() << tr("No profiles yet. Add one with: syncstudio-cli profile add NAME --host HOST --user USER")
                      << Qt::endl;
        return ExitOk;
    }
    QStringList header {tr("NAME"), tr("TAG"), tr("SERVER"), tr("USER"), tr("DATABASE"), tr("TLS")};
    QList<QStringList> rows;
    for (const Profile& p : *profiles) {
        rows.append({p.name, p.tag.isEmpty() ? QStringLiteral("-") : p.tag,
                     p.socket.isEmpty() ? QStringLiteral("%1:%2").arg(p.host).arg(p.port) : p.socket, p.user,
                     p.database.isEmpty() ? QStringLiteral("-") : p.database, tlsModeName(p.tlsMode)});
    }
    CliOptions::printTable(context.out(), header, rows);
    return ExitOk;
}

int ProfileCommand::show(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("profile show"), tr("Show one profile."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOption(format);
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<Profile> p = (*store)->profileByName(parser.positionalArguments().first());
    if (!p)
        return context.fail(tr("There is no profile named \"%1\".").arg(parser.positionalArguments().first()),
                            tr("List the profiles with syncstudio-cli profile list."));
    if (parser.value(format) == QLatin1String("json")) {
        context.out() << QJsonDocument(profileJson(*p)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QList<QStringList> rows {
        {tr("Name"), p->name},
        {tr("Environment"), p->tag.isEmpty() ? QStringLiteral("-") : p->tag},
        {tr("Host"), p->host},
        {tr("Port"), QString::number(p->port)},
        {tr("Socket"), p->socket.isEmpty() ? QStringLiteral("-") : p->socket},
        {tr("User"), p->user},
        {tr("Database"), p->database.isEmpty() ? QStringLiteral("-") : p->database},
        {tr("TLS mode"), tlsModeName(p->tlsMode)},
        {tr("CA file"), p->tlsCa.isEmpty() ? QStringLiteral("-") : p->tlsCa},
        {tr("Certificate"), p->tlsCert.isEmpty() ? QStringLiteral("-") : p->tlsCert},
        {tr("Key"), p->tlsKey.isEmpty() ? QStringLiteral("-") : p->tlsKey},
        {tr("Password"), p->hasPassword ? tr("in the system keychain") : tr("none saved")},
        {tr("Notes"), p->notes.isEmpty() ? QStringLiteral("-") : p->notes},
        {tr("Created"), p->createdAt.toLocalTime().toString(Qt::ISODate)},
        {tr("Updated"), p->updatedAt.toLocalTime().toString(Qt::ISODate)},
    };
    CliOptions::printTable(context.out(), {}, rows);
    return ExitOk;
}

int ProfileCommand::remove(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("profile remove"), tr("Remove a profile and its keychain entry."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name."));
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<Profile> p = (*store)->profileByName(parser.positionalArguments().first());
    if (!p)
        return context.fail(tr("There is no profile named \"%1\".").arg(parser.positionalArguments().first()),
                            tr("List the profiles with syncstudio-cli profile list."));
    ProfileService service(**store, context.secrets());
    if (Status removed = service.removeProfileAndSecret(p->id); !removed)
        return context.fail(removed.error());
    context.out() << tr("Removed profile \"%1\".").arg(p->name) << Qt::endl;
    return ExitOk;
}

int ProfileCommand::test(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("profile test"),
                        tr("Connect and report the server version, TLS, latency and access rights."));
    parser.addPositionalArgument(QStringLiteral("ENDPOINT"), tr("A profile (prod or prod/shop) or a mysql:// URL."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOption(format);
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    Result<Endpoint> endpoint = Endpoint::parse(parser.positionalArguments().first());
    if (!endpoint)
        return context.fail(endpoint.error());
    Result<ConnectionSettings> settings = context.resolve(*endpoint);
    if (!settings)
        return context.fail(settings.error());

    Result<ConnectionReport> report = ConnectionProbe::run(*settings);
    if (!report)
        return context.fail(report.error());
    const ConnectionReport& r = *report;
    if (parser.value(format) == QLatin1String("json")) {
        QJsonObject o {
            {QStringLiteral("endpoint"), endpoint->displayText()},
            {QStringLiteral("server"), settings->displayName()},
            {QStringLiteral("server_version"), r.serverVersion},
            {QStringLiteral("flavor"), r.isMariaDb ? QStringLiteral("mariadb") : QStringLiteral("mysql")},
            {QStringLiteral("tls"), QJsonObject {{QStringLiteral("in_use"), r.tlsInUse},
                                                 {QStringLiteral("version"), r.tlsVersion},
                                                 {QStringLiteral("cipher"), r.tlsCipher}}},
            {QStringLiteral("latency_ms"), r.latencyMs},
            {QStringLiteral("database"), r.database},
            {QStringLiteral("can_read"), r.canRead},
            {QStringLiteral("can_write"), r.canWrite},
            {QStringLiteral("privileges"), QJsonArray::fromStringList(r.privileges)},
        };
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QString yes = tr("yes"), no = tr("no");
    QList<QStringList> rows {
        {tr("Server"), settings->displayName()},
        {tr("Version"), QStringLiteral("%1 (%2)").arg(r.serverVersion, r.isMariaDb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"))},
        {tr("TLS"), r.tlsInUse ? QStringLiteral("%1, %2").arg(r.tlsVersion, r.tlsCipher) : tr("not in use")},
        {tr("Latency"), tr("%1 ms (median of %2 round trips)").arg(r.latencyMs, 0, 'f', 2).arg(r.roundTrips)},
        {tr("Database"), r.database.isEmpty() ? tr("(none selected)") : r.database},
        {tr("Can read"), r.canRead ? yes : no},
        {tr("Can write"), r.canWrite ? yes : no},
        {tr("Privileges"), r.privileges.isEmpty() ? QStringLiteral("-") : r.privileges.join(QStringLiteral(", "))},
    };
    CliOptions::printTable(context.out(), {}, rows);
    return ExitOk;
}

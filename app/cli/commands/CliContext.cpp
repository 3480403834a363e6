#include "CliContext.h"

#include "Command.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AppStore.h"
#include "store/ProfileService.h"

#include <cstdio>

CliContext::CliContext(FILE* out, FILE* err, FILE* in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

CliContext::~CliContext() = default;

int CliContext::fail(const Error& error)
{
    m_out.flush();
    m_err << tr("error: %1").arg(error.toString()) << Qt::endl;
    return ExitError;
}

int CliContext::fail(const QString& message, const QString& hint)
{
    return fail(Error::make(message, hint));
}

void CliContext::warn(const QString& message)
{
    m_out.flush();
    m_err << tr("warning: %1").arg(message) << Qt::endl;
}

QString CliContext::readStdinLine()
{
    QTextStream in(m_in);
    QString text = in.readAll();
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

Result<AppStore*> CliContext::store()
{
    if (!m_store) {
        Result<std::unique_ptr<AppStore>> opened = AppStore::open();
        if (!opened)
            return opened.error();
        m_store = std::move(opened.value());
    }
    return m_store.get();
}

SecretStore& CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

void CliContext::setSecretStore(std::unique_ptr<SecretStore> secrets)
{
    m_secrets = std::move(secrets);
}

Result<ConnectionSettings> CliContext::resolve(const Endpoint& endpoint)
{
    if (endpoint.kind == Endpoint::Kind::Url) {
        ConnectionSettings s = endpoint.url;
        if (endpoint.passwordInUrl) {
            warn(tr("a password in a URL is visible to other users of this machine (ps, shell history); "
                    "save a profile or use SYNCSTUDIO_PASSWORD instead."));
        } else if (qEnvironmentVariableIsSet("SYNCSTUDIO_PASSWORD")) {
            s.password = qEnvironmentVariable("SYNCSTUDIO_PASSWORD");
        }
        return s;
    }
    Result<AppStore*> st = store();
    if (!st)
        return st.error();
    Result<Profile> profile = (*st)->profileByName(endpoint.profile);
    if (!profile) {
        return Error::make(tr("There is no profile named \"%1\".").arg(endpoint.profile),
                           tr("List the profiles with syncstudio-cli profile list, or give a mysql:// URL."));
    }
    ConnectionSettings s = profile->settings();
    if (!endpoint.database.isEmpty())
        s.database = endpoint.database;
    ProfileService service(**st, secrets());
    Result<QString> password = service.passwordFor(*profile);
    if (!password)
        return password.error();
    s.password = *password;
    return s;
}

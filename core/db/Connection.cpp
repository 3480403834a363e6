#include "Connection.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <mysql.h>
#include <mysqld_error.h>
#include <errmsg.h>

#include <mutex>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

void initLibraryOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
    // Per-thread state of the client library; harmless to repeat on the same thread.
    mysql_thread_init();
}

QList<FieldInfo> fieldsOf(MYSQL_RES* result)
{
    QList<FieldInfo> fields;
    const unsigned n = mysql_num_fields(result);
    const MYSQL_FIELD* f = mysql_fetch_fields(result);
    fields.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
        FieldInfo info;
        info.name = QByteArray(f[i].name, f[i].name_length);
        info.table = QByteArray(f[i].table, f[i].table_length);
        info.type = f[i].type;
        info.charsetNr = f[i].charsetnr;
        info.flags = f[i].flags;
        info.length = f[i].length;
        info.decimals = f[i].decimals;
        fields.append(info);
    }
    return fields;
}

/// What the user can do about a failure to connect, by client/server error number.
QString connectHint(unsigned errnum, const ConnectionSettings& s)
{
    switch (errnum) {
    case CR_CONN_HOST_ERROR:
    case CR_CONNECTION_ERROR:
        return s.socket.isEmpty()
            ? Tr::tr("Check that the server is running and listening on %1:%2, and that no firewall blocks it.")
                  .arg(s.host)
                  .arg(s.port)
            : Tr::tr("Check that the server is running and that the socket path %1 is right.").arg(s.socket);
    case CR_UNKNOWN_HOST:
        return Tr::tr("Check the host name %1.").arg(s.host);
    case ER_ACCESS_DENIED_ERROR:
    case ER_ACCESS_DENIED_NO_PASSWORD_ERROR:
        return Tr::tr("Check the user name and password; for a saved profile, open it and enter the "
                      "password again.");
    case ER_BAD_DB_ERROR:
        return Tr::tr("Check the database name, or create the database first.");
    case ER_DBACCESS_DENIED_ERROR:
        return Tr::tr("Grant the account access to this database, or connect with another account.");
    case CR_SSL_CONNECTION_ERROR:
        return Tr::tr("TLS mode %1 could not be satisfied: enable TLS on the server, give the right CA "
                      "file, or choose a weaker TLS mode if the network is trusted.")
            .arg(tlsModeName(s.tlsMode));
    default:
        return {};
    }
}

} // namespace

// ----------------------------------------------------------------------------------------------

RowStream::RowStream(Connection* connection, st_mysql_res* result)
    : m_connection(connection)
    , m_result(result)
    , m_fields(fieldsOf(result))
{
}

RowStream::RowStream(RowStream&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_result(std::exchange(other.m_result, nullptr))
    , m_row(std::exchange(other.m_row, nullptr))
    , m_lengths(std::exchange(other.m_lengths, nullptr))
    , m_fields(std::move(other.m_fields))
    , m_error(std::move(other.m_error))
{
}

RowStream& RowStream::operator=(RowStream&& other) noexcept
{
    if (this != &other) {
        if (m_result)
            mysql_free_result(m_result);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_result = std::exchange(other.m_result, nullptr);
        m_row = std::exchange(other.m_row, nullptr);
        m_lengths = std::exchange(other.m_lengths, nullptr);
        m_fields = std::move(other.m_fields);
        m_error = std::move(other.m_error);
    }
    return *this;
}

RowStream::~RowStream()
{
    // Frees the result; the client library reads and discards any rows not yet fetched.
    if (m_result)
        mysql_free_result(m_result);
}

bool RowStream::next()
{
    if (!m_result)
        return false;
    m_row = mysql_fetch_row(m_result);
    if (!m_row) {
        if (mysql_errno(m_connection->handle()) != 0)
            m_error = m_connection->lastError();
        return false;
    }
    m_lengths = mysql_fetch_lengths(m_result);
    return true;
}

Value RowStream::valueCopy(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return QByteArray(m_row[column], qsizetype(m_lengths[column]));
}

Row RowStream::rowCopy() const
{
    Row row;
    row.reserve(columnCount());
    for (int i = 0; i < columnCount(); ++i)
        row.append(valueCopy(i));
    return row;
}

// ----------------------------------------------------------------------------------------------

Connection::Connection(const ConnectionSettings& settings)
    : m_settings(settings)
{
}

Connection::~Connection()
{
    if (m_mysql)
        mysql_close(m_mysql);
}

Result<std::unique_ptr<Connection>> Connection::open(const ConnectionSettings& settings)
{
    initLibraryOnce();
    std::unique_ptr<Connection> c(new Connection(settings));
    if (Status s = c->connect(); !s)
        return s.error();
    return c;
}

Status Connection::connect()
{
    const ConnectionSettings& s = m_settings;
    if ((s.tlsMode == TlsMode::VerifyCa || s.tlsMode == TlsMode::VerifyIdentity) && s.tlsCa.isEmpty()) {
        return error(Tr::tr("TLS mode %1 needs a CA certificate file.").arg(tlsModeName(s.tlsMode)),
                     Tr::tr("Give the CA file (--ssl-ca or the profile's CA field), or use REQUIRED."));
    }
    for (const QString& file : {s.tlsCa, s.tlsCert, s.tlsKey}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable()) {
            return error(Tr::tr("The TLS file %1 cannot be read.").arg(file),
                         Tr::tr("Check the path and its permissions."));
        }
    }

    m_mysql = mysql_init(nullptr);
    if (!m_mysql)
        return Error::make(Tr::tr("Out of memory while creating a connection."));

    const unsigned connectTimeout = unsigned(qMax(1, s.connectTimeoutSeconds));
    const unsigned readTimeout = unsigned(qMax(1, s.readTimeoutSeconds));
    const unsigned writeTimeout = unsigned(qMax(1, s.writeTimeoutSeconds));
    mysql_options(m_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_options(m_mysql, MYSQL_OPT_READ_TIMEOUT, &readTimeout);
    mysql_options(m_mysql, MYSQL_OPT_WRITE_TIMEOUT, &writeTimeout);
    // A silent reconnect would drop the open transaction and the snapshot: never.
    my_bool reconnect = 0;
    mysql_options(m_mysql, MYSQL_OPT_RECONNECT, &reconnect); // reconnect = 0: off, always
    mysql_options(m_mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    // No LOAD DATA LOCAL unless a caller installs its own in-memory handler for it.
    unsigned localInfile = s.localInfile ? 1 : 0;
    mysql_options(m_mysql, MYSQL_OPT_LOCAL_INFILE, &localInfile);
    if (!s.socket.isEmpty()) {
        unsigned protocol = MYSQL_PROTOCOL_SOCKET;
        mysql_options(m_mysql, MYSQL_OPT_PROTOCOL, &protocol);
    } else {
        unsigned protocol = MYSQL_PROTOCOL_TCP;
        mysql_options(m_mysql, MYSQL_OPT_PROTOCOL, &protocol);
    }

    const QByteArray ca = s.tlsCa.toLocal8Bit(), cert = s.tlsCert.toLocal8Bit(), key = s.tlsKey.toLocal8Bit();
    if (s.tlsMode != TlsMode::Disabled) {
        // With a CA set the library verifies the chain (SSL_VERIFY_PEER); the host name is checked
        // only with VERIFY_SERVER_CERT, which is what separates VERIFY_CA from VERIFY_IDENTITY.
        mysql_ssl_set(m_mysql, key.isEmpty() ? nullptr : key.constData(),
                      cert.isEmpty() ? nullptr : cert.constData(), ca.isEmpty() ? nullptr : ca.constData(),
                      nullptr, nullptr);
        my_bool enforce = s.tlsMode != TlsMode::Preferred;
        mysql_options(m_mysql, MYSQL_OPT_SSL_ENFORCE, &enforce);
        my_bool verifyIdentity = s.tlsMode == TlsMode::VerifyIdentity;
        mysql_options(m_mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verifyIdentity);
    } else {
        my_bool off = 0;
        mysql_options(m_mysql, MYSQL_OPT_SSL_ENFORCE, &off);
    }

    const QByteArray host = s.host.toUtf8(), user = s.user.toUtf8(), password = s.password.toUtf8(),
                     db = s.database.toUtf8(), socket = s.socket.toLocal8Bit();
    if (!mysql_real_connect(m_mysql, s.socket.isEmpty() ? host.constData() : nullptr, user.constData(),
                            password.constData(), db.isEmpty() ? nullptr : db.constData(),
                            s.socket.isEmpty() ? unsigned(s.port) : 0,
                            socket.isEmpty() ? nullptr : socket.constData(), CLIENT_MULTI_STATEMENTS)) {
        Error e = lastError();
        e.database = s.database;
        e.hint = connectHint(e.errnum, s);
        return e;
    }
    if (s.tlsMode >= TlsMode::Required && !tlsInUse()) {
        return error(Tr::tr("The connection is not encrypted although TLS mode %1 requires it.")
                         .arg(tlsModeName(s.tlsMode)),
                     connectHint(CR_SSL_CONNECTION_ERROR, s));
    }
    m_serverVersion = QString::fromUtf8(mysql_get_server_info(m_mysql));

    // character_set_results = binary: values arrive as the bytes stored, whatever the column's
    // charset (a latin1 or gbk value is not converted on the way), and are written back with an
    // introducer for that charset. Statements and identifiers still travel as utf8mb4.
    const QByteArray setup = QByteArrayLiteral("SET SESSION character_set_results = binary, time_zone = '+00:00', sql_mode = '")
        + SessionSqlMode
        + QByteArrayLiteral("', net_read_timeout = 600, net_write_timeout = 600, "
                            "group_concat_max_len = 1073741824");
    if (Status st = execute(setup); !st) {
        st.error().hint = Tr::tr("The session could not be prepared; check that the account may set "
                                 "session variables.");
        return st;
    }
    return {};
}

unsigned long Connection::serverVersionNumber() const
{
    return mysql_get_server_version(m_mysql);
}

unsigned long Connection::threadId() const
{
    return mysql_thread_id(m_mysql);
}

bool Connection::tlsInUse() const
{
    return mysql_get_ssl_cipher(m_mysql) != nullptr;
}

QString Connection::tlsCipher() const
{
    const char* c = mysql_get_ssl_cipher(m_mysql);
    return c ? QString::fromLatin1(c) : QString();
}

QString Connection::tlsVersion() const
{
    const char* version = nullptr;
    if (tlsInUse() && mariadb_get_infov(m_mysql, MARIADB_CONNECTION_TLS_VERSION, &version) == 0 && version)
        return QString::fromLatin1(version);
    return {};
}

Status Connection::execute(QByteArrayView sql)
{
    if (mysql_real_query(m_mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        return lastError();
    // Drain every result set so that multi-statement batches report the first failing statement.
    for (;;) {
        if (MYSQL_RES* r = mysql_store_result(m_mysql))
            mysql_free_result(r);
        else if (mysql_field_count(m_mysql) != 0)
            return lastError();
        const int more = mysql_next_result(m_mysql);
        if (more > 0)
            return lastError();
        if (more < 0)
            break;
    }
    return {};
}

Result<QueryResult> Connection::query(QByteArrayView sql)
{
    if (mysql_real_query(m_mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        return lastError();
    MYSQL_RES* r = mysql_store_result(m_mysql);
    if (!r) {
        if (mysql_field_count(m_mysql) != 0)
            return lastError();
        return QueryResult {};
    }
    QueryResult out;
    out.fields = fieldsOf(r);
    const int n = out.fields.size();
    out.rows.reserve(qsizetype(mysql_num_rows(r)));
    while (MYSQL_ROW row = mysql_fetch_row(r)) {
        const unsigned long* lengths = mysql_fetch_lengths(r);
        Row values;
        values.reserve(n);
        for (int i = 0; i < n; ++i)
            values.append(row[i] ? Value(QByteArray(row[i], qsizetype(lengths[i]))) : std::nullopt);
        out.rows.append(std::move(values));
    }
    mysql_free_result(r);
    // Drop trailing result sets (a CALL returns a status result after its rows).
    while (mysql_next_result(m_mysql) == 0) {
        if (MYSQL_RES* extra = mysql_store_result(m_mysql))
            mysql_free_result(extra);
    }
    return out;
}

Result<RowStream> Connection::stream(QByteArrayView sql)
{
    if (mysql_real_query(m_mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        return lastError();
    MYSQL_RES* r = mysql_use_result(m_mysql);
    if (!r)
        return lastError();
    return RowStream(this, r);
}

Result<Value> Connection::scalar(QByteArrayView sql)
{
    Result<QueryResult> r = query(sql);
    if (!r)
        return r.error();
    if (r->rows.isEmpty() || r->rows.first().isEmpty())
        return Value(std::nullopt);
    return r->rows.first().first();
}

Status Connection::begin()
{
    return execute(QByteArrayView("START TRANSACTION"));
}

Status Connection::commit()
{
    return execute(QByteArrayView("COMMIT"));
}

Status Connection::rollback()
{
    return execute(QByteArrayView("ROLLBACK"));
}

Status Connection::startConsistentSnapshot()
{
    // REPEATABLE READ is what makes the snapshot consistent; READ ONLY skips the write bookkeeping.
    if (Status s = execute(QByteArrayView("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")); !s)
        return s;
    return execute(QByteArrayView("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"));
}

quint64 Connection::affectedRows() const
{
    return mysql_affected_rows(m_mysql);
}

unsigned Connection::warningCount() const
{
    return mysql_warning_count(m_mysql);
}

Result<QList<unsigned>> Connection::warningCodes(bool* truncated)
{
    const unsigned counted = warningCount();
    QList<unsigned> codes;
    if (counted > 0) {
        Result<QueryResult> r = query("SHOW WARNINGS");
        if (!r)
            return r.error();
        for (int i = 0; i < r->rows.size(); ++i)
            codes.append(r->text(i, 1).toUInt());
    }
    if (truncated)
        *truncated = unsigned(codes.size()) < counted;
    return codes;
}

Status Connection::ping()
{
    if (mysql_ping(m_mysql) != 0)
        return lastError();
    return {};
}

Error Connection::lastError() const
{
    Error e;
    e.errnum = mysql_errno(m_mysql);
    e.sqlState = QString::fromLatin1(mysql_sqlstate(m_mysql));
    e.message = QString::fromUtf8(mysql_error(m_mysql));
    e.server = serverName();
    e.retry = Error::classify(e.errnum);
    if (e.retry == Error::Retry::LostConnection)
        e.hint = Tr::tr("The connection to the server was lost; check the server and the network.");
    else if (e.retry == Error::Retry::AccessDenied && e.hint.isEmpty())
        e.hint = Tr::tr("Grant the account the privilege it lacks, or connect with another account.");
    return e;
}

Error Connection::error(const QString& message, const QString& hint) const
{
    Error e = Error::make(message, hint);
    e.server = serverName();
    return e;
}

#pragma once

#include "ConnectionSettings.h"
#include "Result.h"
#include "Value.h"

#include <QByteArrayView>

#include <memory>

struct st_mysql;
struct st_mysql_res;
class Connection;

/// An unbuffered result (mysql_use_result): rows arrive as they are read, so a scan of any size
/// costs constant memory. Values are views into the client library's buffer, valid until next().
/// The connection can run nothing else until the stream is finished or destroyed.
class RowStream
{
public:
    RowStream(RowStream&& other) noexcept;
    RowStream& operator=(RowStream&& other) noexcept;
    RowStream(const RowStream&) = delete;
    RowStream& operator=(const RowStream&) = delete;
    ~RowStream();

    /// Advances to the next row. False at the end or on error: check error() afterwards.
    bool next();
    /// The error that ended the stream early, if any.
    const std::optional<Error>& error() const { return m_error; }

    int columnCount() const { return m_fields.size(); }
    const QList<FieldInfo>& fields() const { return m_fields; }
    bool isNull(int column) const { return m_row[column] == nullptr; }
    QByteArrayView value(int column) const { return {m_row[column], qsizetype(m_lengths[column])}; }
    Value valueCopy(int column) const;
    Row rowCopy() const;

private:
    friend class Connection;
    RowStream(Connection* connection, st_mysql_res* result);

    Connection* m_connection = nullptr;
    st_mysql_res* m_result = nullptr;
    char** m_row = nullptr;
    unsigned long* m_lengths = nullptr;
    QList<FieldInfo> m_fields;
    std::optional<Error> m_error;
};

/// One session with a MySQL or MariaDB server, owning its MYSQL handle. A connection belongs to one
/// thread at a time; open it on the thread that uses it. Every session gets the fixed setup that
/// makes values travel exactly: utf8mb4, UTC, a pinned sql_mode, no silent reconnect.
class Connection
{
public:
    // In the order the server reports it, so it compares equal to @@sql_mode.
    static constexpr const char* SessionSqlMode = "NO_AUTO_VALUE_ON_ZERO,STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION";

    static Result<std::unique_ptr<Connection>> open(const ConnectionSettings& settings);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    const ConnectionSettings& settings() const { return m_settings; }
    QString serverName() const { return m_settings.displayName(); }

    QString serverVersion() const { return m_serverVersion; } ///< e.g. "10.11.6-MariaDB-0+deb12u1-log"
    unsigned long serverVersionNumber() const;               ///< e.g. 101106
    bool isMariaDb() const { return m_serverVersion.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive); }
    unsigned long threadId() const;
    bool tlsInUse() const;
    QString tlsCipher() const;
    QString tlsVersion() const;

    // SQL is UTF-8 bytes: build it as QString and pass sql.toUtf8().

    /// Runs statements that return no rows (any result sets are read and dropped).
    Status execute(QByteArrayView sql);
    /// Runs a query and buffers the whole answer; for small results only.
    Result<QueryResult> query(QByteArrayView sql);
    /// Runs a query and streams its rows without buffering them.
    Result<RowStream> stream(QByteArrayView sql);
    /// The first column of the first row; std::nullopt (inside the Result) for NULL or no rows.
    Result<Value> scalar(QByteArrayView sql);

    Status begin();
    Status commit();
    Status rollback();
    /// A read-only transaction on a snapshot: InnoDB reads see one point in time, no locks taken.
    Status startConsistentSnapshot();

    quint64 affectedRows() const;
    /// Warnings the last statement raised (counted by the server, even beyond max_error_count).
    unsigned warningCount() const;
    /// The codes of the last statement's warnings, as SHOW WARNINGS lists them (at most
    /// max_error_count of them); `truncated` is set when the server counted more.
    Result<QList<unsigned>> warningCodes(bool* truncated = nullptr);
    Status ping();

    /// The current client error as an Error naming this server.
    Error lastError() const;
    /// An Error naming this server with the given message, for failures detected by the caller.
    Error error(const QString& message, const QString& hint = {}) const;

    st_mysql* handle() const { return m_mysql; }

private:
    explicit Connection(const ConnectionSettings& settings);
    Status connect();

    ConnectionSettings m_settings;
    st_mysql* m_mysql = nullptr;
    QString m_serverVersion;
};

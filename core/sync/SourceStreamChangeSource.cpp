#include "SourceStreamChangeSource.h"

#include "db/Connection.h"

#include <mysql.h>

namespace {
constexpr int ChunkRows = 2000;
// A whole bulk batch and more may wait: the reader keeps reading while the target loads the last one.
constexpr size_t MaxChunks = 16;
} // namespace

SourceStreamChangeSource::SourceStreamChangeSource(ConnectionSettings source, QString sql, SyncTable table,
                                                   QList<int> columnMap)
    : m_settings(std::move(source))
    , m_sql(std::move(sql))
    , m_table(std::move(table))
    , m_columnMap(std::move(columnMap))
{
}

SourceStreamChangeSource::~SourceStreamChangeSource()
{
    stop();
}

void SourceStreamChangeSource::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_chunks.clear();
    m_current.clear();
    m_position = 0;
    m_active = false;
}

Result<std::unique_ptr<SourceStreamChangeSource::Raw>> SourceStreamChangeSource::openRaw() const
{
    auto raw = std::make_unique<Raw>();
    Result<std::unique_ptr<Connection>> conn = Connection::open(m_settings);
    if (!conn)
        return conn.error();
    raw->connection = std::move(*conn);
    Result<RowStream> stream = raw->connection->stream(m_sql.toUtf8());
    if (!stream)
        return stream.error();
    raw->stream.emplace(std::move(*stream));
    return raw;
}

Status SourceStreamChangeSource::open(RowChange::Kind kind)
{
    stop();
    if (kind != RowChange::Kind::Insert)
        return {};
    m_abandoned = false;
    m_finished = false;
    m_error.reset();
    m_active = true;
    m_thread = std::thread([this] { produce(); });
    return {};
}

void SourceStreamChangeSource::produce()
{
    read();
    mysql_thread_end(); // Connection::open initialised the client library for this thread
}

void SourceStreamChangeSource::read()
{
    auto finish = [this](std::optional<Error> error) {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
            m_error = std::move(error);
        }
        m_changed.notify_all();
    };
    Result<std::unique_ptr<Connection>> conn = Connection::open(m_settings);
    if (!conn) {
        finish(conn.error());
        return;
    }
    {
        Result<RowStream> stream = (*conn)->stream(m_sql.toUtf8());
        if (!stream) {
            finish(stream.error());
            return;
        }
        const int n = int(m_table.columns.size());
        QList<RowChange> chunk;
        chunk.reserve(ChunkRows);
        while (stream->next()) {
            RowChange c;
            c.kind = RowChange::Kind::Insert;
            c.after = Row(n);
            for (int i = 0; i < stream->columnCount() && i < m_columnMap.size(); ++i) {
                const int col = m_columnMap.at(i);
                if (col >= 0 && col < n)
                    c.after[col] = stream->valueCopy(i);
            }
            c.key = m_table.keyOf(c.after);
            chunk.append(std::move(c));
            if (chunk.size() >= ChunkRows) {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_abandoned || m_chunks.size() < MaxChunks; });
                if (m_abandoned)
                    break;
                m_chunks.push_back(std::move(chunk));
                chunk = QList<RowChange>();
                chunk.reserve(ChunkRows);
                lock.unlock();
                m_changed.notify_all();
            }
        }
        if (stream->error()) {
            Error e = *stream->error();
            finish(e);
            return;
        }
        if (!chunk.isEmpty()) {
            std::lock_guard lock(m_mutex);
            if (!m_abandoned)
                m_chunks.push_back(std::move(chunk));
        }
    }
    finish(std::nullopt);
}

Result<std::optional<RowChange>> SourceStreamChangeSource::next()
{
    if (!m_active)
        return std::optional<RowChange>();
    if (m_position >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
        if (m_chunks.empty()) {
            if (m_error) {
                Error e = *m_error;
                e.hint = e.hint.isEmpty() ? tr("Reading the source table failed; nothing of this batch was written.") : e.hint;
                return e;
            }
            return std::optional<RowChange>();
        }
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_position = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    return std::optional<RowChange>(std::move(m_current[m_position++]));
}

QList<int> SourceStreamChangeSource::selectIndexes(qsizetype columnCount) const
{
    QList<int> selectOf(columnCount, -1);
    for (int i = 0; i < m_columnMap.size(); ++i) {
        const int c = m_columnMap.at(i);
        if (c >= 0 && c < selectOf.size())
            selectOf[c] = i;
    }
    return selectOf;
}

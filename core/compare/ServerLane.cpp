#include "ServerLane.h"

#include <mysql.h>

ServerLane::ServerLane(const ConnectionSettings& settings)
    : m_settings(settings)
{
    m_thread = std::thread([this] { loop(); });
}

ServerLane::~ServerLane()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Status ServerLane::open()
{
    Status s = m_opened.get_future().get();
    m_open = s.ok();
    return s;
}

void ServerLane::post(std::function<void(Connection&)> work)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back(std::move(work));
    }
    m_wake.notify_one();
}

void ServerLane::loop()
{
    Result<std::unique_ptr<Connection>> c = Connection::open(m_settings);
    if (c) {
        m_connection = std::move(c.value());
        // Long keys are ordered by all their bytes, not the first 1024 (max_sort_length).
        Status s = m_connection->execute(QByteArrayView("SET SESSION max_sort_length = 8388608"));
        m_opened.set_value(s);
    } else {
        m_opened.set_value(c.error());
    }
    for (;;) {
        std::function<void(Connection&)> work;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                break;
            work = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (m_connection)
            work(*m_connection);
    }
    // The connection is closed on the thread that used it.
    m_connection.reset();
    mysql_thread_end();
}

#pragma once

#include "db/Connection.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

/// A thread that owns one server connection and runs work on it in order. The compare keeps one
/// lane per side per worker so that both servers compute their checksums at the same time, while
/// each MYSQL handle stays on the one thread that opened it.
class ServerLane
{
public:
    explicit ServerLane(const ConnectionSettings& settings);
    ~ServerLane();
    ServerLane(const ServerLane&) = delete;
    ServerLane& operator=(const ServerLane&) = delete;

    /// Connects (on the lane's thread) and waits for the outcome.
    Status open();
    bool isOpen() const { return m_open; }
    const ConnectionSettings& settings() const { return m_settings; }

    /// Runs f(Connection&) on the lane's thread; the future holds its result. Only after open().
    template<typename F>
    auto submit(F&& f) -> std::future<std::invoke_result_t<F, Connection&>>
    {
        using R = std::invoke_result_t<F, Connection&>;
        auto task = std::make_shared<std::packaged_task<R(Connection&)>>(std::forward<F>(f));
        std::future<R> result = task->get_future();
        post([task](Connection& c) { (*task)(c); });
        return result;
    }

private:
    void post(std::function<void(Connection&)> work);
    void loop();

    ConnectionSettings m_settings;
    std::unique_ptr<Connection> m_connection;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(Connection&)>> m_queue;
    bool m_stop = false;
    bool m_open = false;
    std::promise<Status> m_opened;
};

#include "RowBatchQueue.h"

RowBatchQueue::RowBatchQueue(size_t capacity)
    : m_capacity(qMax<size_t>(1, capacity))
{
}

bool RowBatchQueue::push(RowBatch&& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_abandoned || m_batches.size() < m_capacity; });
    if (m_abandoned)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void RowBatchQueue::close(std::optional<Error> error)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_closed = true;
    if (error && !m_error)
        m_error = std::move(error);
    m_changed.notify_all();
}

std::optional<RowBatch> RowBatchQueue::pop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
    if (m_batches.empty())
        return std::nullopt;
    RowBatch b = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return b;
}

void RowBatchQueue::abandon()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_abandoned = true;
    m_batches.clear();
    m_changed.notify_all();
}

std::optional<Error> RowBatchQueue::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

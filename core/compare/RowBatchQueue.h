#pragma once

#include "Result.h"
#include "db/Value.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

/// A run of streamed rows: encoded keys and row hashes packed in one buffer (and, for full-row
/// streams, the rows' images).
struct RowBatch
{
    struct Item
    {
        quint32 keyOffset;
        quint32 keyLength;
        quint32 hashOffset;
        quint32 hashLength;
    };
    QByteArray bytes;
    std::vector<Item> items;
    std::vector<Row> images; ///< parallel to items, full-row streams only
    qint64 payloadBytes = 0; ///< bytes received from the server for these rows

    QByteArrayView key(size_t i) const { return {bytes.constData() + items[i].keyOffset, items[i].keyLength}; }
    QByteArrayView hash(size_t i) const { return {bytes.constData() + items[i].hashOffset, items[i].hashLength}; }
};

/// A bounded hand-over of batches from a lane (producer) to the merging thread (consumer), so a
/// stream of any length costs a few batches of memory. Either side can stop it early.
class RowBatchQueue
{
public:
    explicit RowBatchQueue(size_t capacity = 8);

    /// Producer: blocks while full. False when the consumer has abandoned the queue.
    bool push(RowBatch&& batch);
    /// Producer: no more batches; `error` if the stream failed.
    void close(std::optional<Error> error = std::nullopt);
    /// Consumer: the next batch, or nullopt at the end (check error()).
    std::optional<RowBatch> pop();
    /// Consumer: stop; a blocked or later push() returns false.
    void abandon();
    std::optional<Error> error() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_batches;
    size_t m_capacity;
    bool m_closed = false;
    bool m_abandoned = false;
    std::optional<Error> m_error;
};

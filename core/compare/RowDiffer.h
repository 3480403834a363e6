#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>

/// Merge-joins two key-ordered streams of (key, row hash) and says, per key, whether the row is in
/// both with the same hash, in both with different hashes, or on one side only. Keys are compared
/// as bytes (KeyCodec makes that the streams' order), so the join is a single forward pass in
/// constant memory.
class RowDiffer
{
    Q_DECLARE_TR_FUNCTIONS(RowDiffer)

public:
    enum class Kind { Identical, OnlyInSource, OnlyInTarget, Different };

    /// One row of an input; the views stay valid until that input's next().
    struct Entry
    {
        QByteArrayView key;
        QByteArrayView hash;
        const void* row = nullptr; ///< the input's own handle on the current row (not used here)
    };

    /// A sorted input: next() moves to the following row and returns false at the end (or on an
    /// error the caller checks on its own input afterwards).
    class Input
    {
    public:
        virtual ~Input() = default;
        virtual bool next(Entry* entry) = 0;
    };

    /// Called for every row, while both inputs still stand on it (so the caller can copy from the
    /// current row). Returning false stops the merge early.
    using RowCallback = std::function<bool(Kind kind, const Entry& source, const Entry& target)>;

    /// `multiset`: equal keys may repeat (keyless tables, where the key is the hash itself): each
    /// copy pairs with one copy on the other side. Otherwise a repeated key is an error (a user key
    /// that is not unique). Keys going backwards are always an error. Error codes:
    /// source-duplicate-key, target-duplicate-key, source-key-order, target-key-order.
    static Status merge(Input& source, Input& target, const RowCallback& onRow, bool multiset = false);
};

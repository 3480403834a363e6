#pragma once

#include "RowChange.h"
#include "Result.h"

#include <optional>

/// Streams one table's changes, one kind at a time, so that a plan of any size costs the Applier
/// the memory of one batch. A compare's DiffStore, a backup point (for rollback) and a plain list
/// (tests, small plans) each provide one.
class ChangeSource
{
public:
    virtual ~ChangeSource();

    /// Starts a pass over the changes of `kind`; a source can be passed over more than once
    /// (the Applier counts and size-checks everything before it writes anything).
    virtual Status open(RowChange::Kind kind) = 0;
    /// The next change of the open pass, or std::nullopt at its end.
    virtual Result<std::optional<RowChange>> next() = 0;
};

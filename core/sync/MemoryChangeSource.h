#pragma once

#include "ChangeSource.h"

#include <QList>

/// A ChangeSource over changes held in memory: for small plans, conflict resolutions and tests.
class MemoryChangeSource : public ChangeSource
{
public:
    MemoryChangeSource() = default;
    explicit MemoryChangeSource(QList<RowChange> changes);

    void add(RowChange change) { m_changes.append(std::move(change)); }
    const QList<RowChange>& changes() const { return m_changes; }

    Status open(RowChange::Kind kind) override;
    Result<std::optional<RowChange>> next() override;

private:
    QList<RowChange> m_changes;
    RowChange::Kind m_kind = RowChange::Kind::Insert;
    qsizetype m_position = 0;
};

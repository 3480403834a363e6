#include "MemoryChangeSource.h"

MemoryChangeSource::MemoryChangeSource(QList<RowChange> changes)
    : m_changes(std::move(changes))
{
}

Status MemoryChangeSource::open(RowChange::Kind kind)
{
    m_kind = kind;
    m_position = 0;
    return {};
}

Result<std::optional<RowChange>> MemoryChangeSource::next()
{
    while (m_position < m_changes.size()) {
        const RowChange& c = m_changes.at(m_position++);
        if (c.kind == m_kind)
            return std::optional<RowChange>(c);
    }
    return std::optional<RowChange>();
}

#include "MemorySecretStore.h"

#include <QMutexLocker>

Result<QString> MemorySecretStore::read(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls;
    if (!m_reachable)
        return unreachable();
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return notFoundError(key);
    return *it;
}

Status MemorySecretStore::write(const QString& key, const QString& secret)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls;
    if (!m_reachable)
        return unreachable();
    m_secrets.insert(key, secret);
    return {};
}

Status MemorySecretStore::remove(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls;
    if (!m_reachable)
        return unreachable();
    m_secrets.remove(key);
    return {};
}

Status MemorySecretStore::probe()
{
    QMutexLocker lock(&m_mutex);
    ++m_calls;
    if (!m_reachable)
        return unreachable();
    return {};
}

void MemorySecretStore::setReachable(bool reachable)
{
    QMutexLocker lock(&m_mutex);
    m_reachable = reachable;
}

bool MemorySecretStore::contains(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.contains(key);
}

qsizetype MemorySecretStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.size();
}

int MemorySecretStore::callCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

Error MemorySecretStore::unreachable() const
{
    return unreachableError(tr("No keychain answered (the test keychain is switched off)."));
}

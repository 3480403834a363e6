#include "DiffReader.h"

#include "DiffReaderWorker.h"

#include <QThread>

DiffReader::DiffReader(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new DiffReaderWorker(this))
{
    m_thread->setObjectName(QStringLiteral("DiffReader"));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

DiffReader::~DiffReader()
{
    // The worker's store must be closed on its own thread, after any read in progress.
    m_worker->latestBatch = ~quint64(0);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker]() { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void DiffReader::open(const QString& path)
{
    m_path = path;
    const quint64 token = ++m_openToken;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path, token]() { w->open(path, token); }, Qt::QueuedConnection);
}

void DiffReader::requestTables()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, token = m_openToken]() { w->loadTables(token); }, Qt::QueuedConnection);
}

void DiffReader::requestPages(const DiffPageRequest& request)
{
    m_worker->latestBatch = request.batch;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request]() { w->loadPages(request); }, Qt::QueuedConnection);
}

void DiffReader::requestRow(quint64 generation, qint64 tableId, const QByteArray& sortKey)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, generation, tableId, sortKey]() { w->loadRow(generation, tableId, sortKey); },
        Qt::QueuedConnection);
}

void DiffReader::requestLocate(quint64 generation, qint64 tableId, std::optional<DiffRow::Kind> kind,
    qint64 rowCount, const QByteArray& lowerBound)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, generation, tableId, kind, rowCount, lowerBound]() {
            w->locate(generation, tableId, kind, rowCount, lowerBound);
        },
        Qt::QueuedConnection);
}

int DiffReader::pagesRead() const
{
    return m_pagesRead.load();
}

#include "BackupWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtEndian>

#include <fcntl.h>
#include <unistd.h>

namespace {

bool syncFile(QFile& file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

// A new file's directory entry is durable only once its folder is synced too.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

BackupWriter::BackupWriter(const QString& path)
    : m_file(path)
    , m_chain(BackupFormat::emptyChain())
{
}

BackupWriter::~BackupWriter() = default;

Error BackupWriter::ioError(const QString& what) const
{
    return Error::make(tr("Cannot write the backup file %1 (%2): %3.")
                           .arg(QDir::toNativeSeparators(m_file.fileName()), what, m_file.errorString()),
                       tr("Free disk space in the backups folder or make it writable; nothing of the current "
                          "batch was committed on the target."));
}

Result<std::unique_ptr<BackupWriter>> BackupWriter::create(const QString& path, const BackupHeader& header)
{
    std::unique_ptr<BackupWriter> w(new BackupWriter(path));
    w->m_header = header;
    if (!w->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return w->ioError(tr("create"));
    w->m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // the rows are the user's data
    if (w->m_file.write(BackupFormat::fileHeader(header.replaced.isEmpty() ? 1 : 2)) != BackupFormat::FileHeaderSize)
        return w->ioError(tr("write"));
    const QByteArray json = QJsonDocument(header.toJson()).toJson(QJsonDocument::Compact);
    if (Status s = w->writeChunk(BackupFormat::ChunkType::Header, RowChange::Kind::Insert, 0, 0, json, true); !s)
        return s.error();
    syncFolder(QFileInfo(path).absolutePath());
    return w;
}

Result<std::unique_ptr<BackupWriter>> BackupWriter::reopen(const QString& path)
{
    Result<std::unique_ptr<BackupReader>> reader = BackupReader::open(path);
    if (!reader)
        return reader.error();
    if (Status s = (*reader)->scan(); !s)
        return s.error();
    if ((*reader)->hasTrailer()) {
        return Error::make(tr("The backup point %1 is complete; it cannot be continued.").arg((*reader)->header().id),
                           tr("Start a new run instead."));
    }
    std::unique_ptr<BackupWriter> w(new BackupWriter(path));
    w->m_header = (*reader)->header();
    w->m_chain = (*reader)->digest();
    w->m_chunks = (*reader)->chunkCount();
    w->m_existing = (*reader)->batches();
    for (const BackupReader::Batch& b : w->m_existing) {
        w->m_lastBatch = qMax(w->m_lastBatch, b.batch);
        if (b.state == BackupReader::Batch::State::Pending)
            w->m_pending.append(b);
    }
    const qint64 validEnd = (*reader)->validEnd();
    reader->reset();
    if (!w->m_file.open(QIODevice::ReadWrite))
        return w->ioError(tr("open"));
    // A chunk cut by a crash was never followed by a commit: drop it before appending.
    if (w->m_file.size() > validEnd && !w->m_file.resize(validEnd))
        return w->ioError(tr("truncate"));
    if (!w->m_file.seek(validEnd))
        return w->ioError(tr("seek"));
    return w;
}

Status BackupWriter::writeChunk(BackupFormat::ChunkType type, RowChange::Kind change, quint32 table, qint64 batch,
                                const QByteArray& raw, bool sync)
{
    if (m_finished)
        return Error::make(tr("The backup file %1 is already complete.").arg(QDir::toNativeSeparators(m_file.fileName())));
    QByteArray sha;
    const QByteArray chunk = BackupFormat::encodeChunk(type, change, table, batch, raw, &sha);
    if (m_file.write(chunk) != chunk.size())
        return ioError(tr("write"));
    if (sync ? !syncFile(m_file) : !m_file.flush())
        return ioError(tr("flush"));
    m_chain = BackupFormat::chain(m_chain, sha);
    ++m_chunks;
    return {};
}

Status BackupWriter::writeBatch(qint64 batch, int table, RowChange::Kind change, const QList<BackupRecord>& records)
{
    QByteArray raw;
    char count[4];
    qToBigEndian(quint32(records.size()), count);
    raw.append(count, 4);
    for (const BackupRecord& r : records)
        r.encode(raw);
    if (Status s = writeChunk(BackupFormat::ChunkType::Batch, change, quint32(table), batch, raw, true); !s)
        return s;
    m_lastBatch = qMax(m_lastBatch, batch);
    return {};
}

BackupWriter::PreparedBatch BackupWriter::prepareBatch(qint64 batch, int table, RowChange::Kind change,
                                                      const QList<BackupRecord>& records)
{
    QByteArray raw;
    char count[4];
    qToBigEndian(quint32(records.size()), count);
    raw.append(count, 4);
    for (const BackupRecord& r : records)
        r.encode(raw);
    PreparedBatch p;
    p.batch = batch;
    p.chunk = BackupFormat::encodeChunk(BackupFormat::ChunkType::Batch, change, quint32(table), batch, raw, &p.sha256);
    return p;
}

Status BackupWriter::writePrepared(const PreparedBatch& p)
{
    if (m_finished)
        return Error::make(tr("The backup file %1 is already complete.").arg(QDir::toNativeSeparators(m_file.fileName())));
    if (m_file.write(p.chunk) != p.chunk.size())
        return ioError(tr("write"));
    if (!syncFile(m_file))
        return ioError(tr("flush"));
    m_chain = BackupFormat::chain(m_chain, p.sha256);
    ++m_chunks;
    m_lastBatch = qMax(m_lastBatch, p.batch);
    return {};
}

Status BackupWriter::markCommitted(qint64 batch)
{
    return writeChunk(BackupFormat::ChunkType::Commit, RowChange::Kind::Insert, 0, batch, QByteArray(), false);
}

Status BackupWriter::markAborted(qint64 batch)
{
    return writeChunk(BackupFormat::ChunkType::Abort, RowChange::Kind::Insert, 0, batch, QByteArray(), false);
}

Status BackupWriter::finish(QJsonObject summary)
{
    summary.insert(QStringLiteral("chain"), QString::fromLatin1(m_chain.toHex()));
    summary.insert(QStringLiteral("chunks"), m_chunks);
    const QByteArray json = QJsonDocument(summary).toJson(QJsonDocument::Compact);
    if (Status s = writeChunk(BackupFormat::ChunkType::Trailer, RowChange::Kind::Insert, 0, 0, json, true); !s)
        return s;
    m_finished = true;
    return {};
}

qint64 BackupWriter::size() const
{
    return m_file.size();
}

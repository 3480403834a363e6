#include "BackupReader.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QtEndian>

BackupReader::BackupReader(const QString& path)
    : m_file(path)
{
}

Error BackupReader::damaged(qint64 offset, const QString& why) const
{
    Error e = Error::make(tr("The backup file %1 is damaged at byte %2: %3.")
                              .arg(QDir::toNativeSeparators(m_file.fileName()))
                              .arg(offset)
                              .arg(why),
                          tr("Nothing was changed on the target. Restore the file from a copy of the backups "
                             "folder if you have one; this backup point cannot be used as it is."));
    e.code = QStringLiteral("backup-damaged");
    return e;
}

Result<std::unique_ptr<BackupReader>> BackupReader::open(const QString& path)
{
    std::unique_ptr<BackupReader> r(new BackupReader(path));
    if (!r->m_file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(tr("Cannot read the backup file %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), r->m_file.errorString()),
                              tr("Check that the backups folder is intact and readable."));
        e.code = QStringLiteral("not-found");
        return e;
    }
    const QByteArray fileHeader = r->m_file.read(BackupFormat::FileHeaderSize);
    if (fileHeader.size() != BackupFormat::FileHeaderSize || !fileHeader.startsWith(QByteArrayView(BackupFormat::FileMagic, 4)))
        return r->damaged(0, tr("it is not a SyncStudio backup file"));
    if (qFromBigEndian<quint16>(fileHeader.constData() + 4) > BackupFormat::FileVersion)
        return Error::make(tr("The backup file %1 was written by a newer SyncStudio.").arg(QDir::toNativeSeparators(path)),
                           tr("Use the newer SyncStudio to roll it back."));
    BackupFormat::ChunkHeader h;
    qint64 next = 0;
    bool cut = false;
    Result<QByteArray> raw = r->readChunk(BackupFormat::FileHeaderSize, &h, &next, &cut);
    if (!raw)
        return raw.error();
    if (h.type != BackupFormat::ChunkType::Header)
        return r->damaged(BackupFormat::FileHeaderSize, tr("the header chunk is missing"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*raw, &parseError);
    if (!doc.isObject())
        return r->damaged(BackupFormat::FileHeaderSize, tr("the header is not readable (%1)").arg(parseError.errorString()));
    r->m_header = BackupHeader::fromJson(doc.object());
    if (r->m_header.format > BackupHeader::CurrentFormat)
        return Error::make(tr("The backup file %1 was written by a newer SyncStudio.").arg(QDir::toNativeSeparators(path)),
                           tr("Use the newer SyncStudio to roll it back."));
    return r;
}

Result<QByteArray> BackupReader::readChunk(qint64 offset, BackupFormat::ChunkHeader* header, qint64* next, bool* cut)
{
    *cut = false;
    if (!m_file.seek(offset))
        return damaged(offset, m_file.errorString());
    const QByteArray headerBytes = m_file.read(BackupFormat::ChunkHeaderSize);
    if (headerBytes.size() < BackupFormat::ChunkHeaderSize) {
        *cut = true;
        return damaged(offset, tr("the file ends inside a chunk header"));
    }
    std::optional<BackupFormat::ChunkHeader> h = BackupFormat::parseHeader(headerBytes);
    if (!h)
        return damaged(offset, tr("a chunk header is not valid"));
    const QByteArray stored = m_file.read(h->storedLength);
    if (stored.size() < qsizetype(h->storedLength)) {
        *cut = true;
        return damaged(offset, tr("the file ends inside a chunk"));
    }
    QString why;
    std::optional<QByteArray> raw = BackupFormat::decodePayload(headerBytes, *h, stored, &why);
    if (!raw)
        return damaged(offset, why);
    *header = *h;
    *next = offset + BackupFormat::ChunkHeaderSize + h->storedLength;
    return *raw;
}

Status BackupReader::scan(bool requireTrailer, const QByteArray& expectedDigest)
{
    m_batches.clear();
    m_chain = BackupFormat::emptyChain();
    m_hasTrailer = false;
    m_tornTail = false;
    m_chunks = 0;
    QHash<qint64, qsizetype> latest; // batch number -> index of its latest Batch chunk
    const qint64 size = m_file.size();
    qint64 offset = BackupFormat::FileHeaderSize;
    while (offset < size) {
        BackupFormat::ChunkHeader h;
        qint64 next = 0;
        bool cut = false;
        Result<QByteArray> raw = readChunk(offset, &h, &next, &cut);
        if (!raw) {
            // Damage in the last chunk is a write the crash interrupted; anywhere else it is damage.
            bool last = cut;
            if (!cut && m_file.seek(offset + 24)) {
                const QByteArray len = m_file.read(4);
                last = len.size() == 4
                    && offset + BackupFormat::ChunkHeaderSize + qint64(qFromBigEndian<quint32>(len.constData())) >= size;
            }
            if (last && !requireTrailer && !m_hasTrailer) {
                m_tornTail = true;
                break;
            }
            return raw.error();
        }
        if (m_hasTrailer)
            return damaged(offset, tr("there is data after the end of the backup"));
        ++m_chunks;
        const QByteArray chainBefore = m_chain;
        m_chain = BackupFormat::chain(m_chain, h.sha256);
        switch (h.type) {
        case BackupFormat::ChunkType::Header:
            if (offset != BackupFormat::FileHeaderSize)
                return damaged(offset, tr("a second header chunk"));
            break;
        case BackupFormat::ChunkType::Batch: {
            Batch b;
            b.batch = h.batch;
            b.table = int(h.table);
            b.change = h.change;
            b.offset = offset;
            b.records = raw->size() >= 4 ? qFromBigEndian<quint32>(raw->constData()) : 0;
            if (b.table >= m_header.tables.size())
                return damaged(offset, tr("a batch names table %1, which the header does not list").arg(b.table));
            latest.insert(b.batch, m_batches.size());
            m_batches.append(b);
            break;
        }
        case BackupFormat::ChunkType::Commit:
        case BackupFormat::ChunkType::Abort: {
            auto it = latest.find(h.batch);
            if (it == latest.end())
                return damaged(offset, tr("a marker for batch %1, which the file does not hold").arg(h.batch));
            m_batches[*it].state = h.type == BackupFormat::ChunkType::Commit ? Batch::State::Committed
                                                                             : Batch::State::Aborted;
            break;
        }
        case BackupFormat::ChunkType::Trailer: {
            const QJsonObject t = QJsonDocument::fromJson(*raw).object();
            if (QByteArray::fromHex(t.value(QStringLiteral("chain")).toString().toLatin1()) != chainBefore)
                return damaged(offset, tr("the digest in the trailer does not match the chunks before it"));
            m_trailer = t;
            m_hasTrailer = true;
            break;
        }
        }
        offset = next;
    }
    m_validEnd = offset;
    if (requireTrailer && !m_hasTrailer)
        return damaged(offset, tr("the file is cut short: the end of the backup is missing"));
    if (!expectedDigest.isEmpty() && m_chain.toHex() != expectedDigest.toLower())
        return damaged(offset, tr("its digest does not match the one recorded when it was written"));
    return {};
}

Result<QList<BackupRecord>> BackupReader::records(const Batch& batch)
{
    BackupFormat::ChunkHeader h;
    qint64 next = 0;
    bool cut = false;
    Result<QByteArray> raw = readChunk(batch.offset, &h, &next, &cut);
    if (!raw)
        return raw.error();
    QByteArrayView in(*raw);
    if (in.size() < 4)
        return damaged(batch.offset, tr("a batch without a record count"));
    const quint32 count = qFromBigEndian<quint32>(in.data());
    in = in.sliced(4);
    QList<BackupRecord> out;
    out.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        BackupRecord r;
        if (!BackupRecord::decode(in, &r) || r.table != batch.table)
            return damaged(batch.offset, tr("record %1 of batch %2 is not readable").arg(i).arg(batch.batch));
        out.append(std::move(r));
    }
    return out;
}

#include "BackupFormat.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupFormat)
};

quint32 crcOf(QByteArrayView headerPart, QByteArrayView stored)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(headerPart.data()), uInt(headerPart.size()));
    // zlib's crc32 takes uInt lengths: feed large payloads in pieces.
    qsizetype pos = 0;
    while (pos < stored.size()) {
        const qsizetype n = qMin<qsizetype>(stored.size() - pos, 1 << 30);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(stored.data() + pos), uInt(n));
        pos += n;
    }
    return quint32(crc);
}
} // namespace

namespace BackupFormat {

QByteArray fileHeader(quint16 version)
{
    QByteArray h(FileMagic, 4);
    char v[4];
    qToBigEndian(version, v);
    qToBigEndian(quint16(0), v + 2);
    h.append(v, 4);
    return h;
}

QByteArray encodeChunk(ChunkType type, RowChange::Kind change, quint32 table, qint64 batch, const QByteArray& raw,
                       QByteArray* sha256)
{
    uLongf storedLength = compressBound(uLong(raw.size()));
    QByteArray stored(qsizetype(storedLength), Qt::Uninitialized);
    // Level 1: row images compress well even at the fastest level, and the write sits inside the
    // target transaction, so speed matters more than the last few percent.
    compress2(reinterpret_cast<Bytef*>(stored.data()), &storedLength, reinterpret_cast<const Bytef*>(raw.constData()),
              uLong(raw.size()), 1);
    stored.truncate(qsizetype(storedLength));

    const QByteArray sha = QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
    if (sha256)
        *sha256 = sha;

    QByteArray out(ChunkHeaderSize, '\0');
    char* h = out.data();
    qToBigEndian(ChunkMagic, h);
    h[4] = char(type);
    h[5] = char(change);
    qToBigEndian(table, h + 8);
    qToBigEndian(batch, h + 12);
    qToBigEndian(quint32(raw.size()), h + 20);
    qToBigEndian(quint32(stored.size()), h + 24);
    qToBigEndian(crcOf(QByteArrayView(out).first(28), stored), h + 28);
    memcpy(h + 32, sha.constData(), DigestSize);
    out.append(stored);
    return out;
}

QByteArray emptyChain()
{
    return QByteArray(DigestSize, '\0');
}

QByteArray chain(const QByteArray& previous, const QByteArray& chunkSha256)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous);
    h.addData(chunkSha256);
    return h.result();
}

std::optional<ChunkHeader> parseHeader(QByteArrayView b)
{
    if (b.size() < ChunkHeaderSize || qFromBigEndian<quint32>(b.data()) != ChunkMagic)
        return std::nullopt;
    ChunkHeader h;
    const auto type = quint8(b.at(4));
    const auto change = quint8(b.at(5));
    if (type < 1 || type > 5 || change > 2)
        return std::nullopt;
    h.type = ChunkType(type);
    h.change = RowChange::Kind(change);
    h.table = qFromBigEndian<quint32>(b.data() + 8);
    h.batch = qFromBigEndian<qint64>(b.data() + 12);
    h.rawLength = qFromBigEndian<quint32>(b.data() + 20);
    h.storedLength = qFromBigEndian<quint32>(b.data() + 24);
    h.crc = qFromBigEndian<quint32>(b.data() + 28);
    h.sha256 = b.sliced(32, DigestSize).toByteArray();
    return h;
}

std::optional<QByteArray> decodePayload(QByteArrayView headerBytes, const ChunkHeader& header, QByteArrayView stored,
                                        QString* why)
{
    if (crcOf(headerBytes.first(28), stored) != header.crc) {
        *why = Tr::tr("its CRC-32 does not match");
        return std::nullopt;
    }
    QByteArray raw(qsizetype(header.rawLength), Qt::Uninitialized);
    uLongf rawLength = header.rawLength;
    const int rc = uncompress(reinterpret_cast<Bytef*>(raw.data()), &rawLength,
                              reinterpret_cast<const Bytef*>(stored.data()), uLong(stored.size()));
    if (rc != Z_OK || rawLength != header.rawLength) {
        *why = Tr::tr("it does not decompress");
        return std::nullopt;
    }
    if (QCryptographicHash::hash(raw, QCryptographicHash::Sha256) != header.sha256) {
        *why = Tr::tr("its SHA-256 does not match");
        return std::nullopt;
    }
    return raw;
}

} // namespace BackupFormat

#pragma once

#include "RowChange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <optional>

/// The on-disk layout of a backup point file (rows.ssbk), shared by BackupWriter and BackupReader.
///
/// File: "SSBK", u16 format version, u16 reserved; then chunks. Every chunk has a 64-byte header:
///   u32 magic "SSCK" | u8 type | u8 change kind | u16 reserved | u32 table | i64 batch |
///   u32 raw length | u32 stored length | u32 CRC-32 | 32 bytes SHA-256 of the raw payload
/// followed by the stored payload: the raw payload compressed as one zlib stream. The CRC-32 covers
/// the header bytes before it and the stored payload, so a flipped bit anywhere in a chunk is
/// caught before anything is decompressed; the SHA-256 then checks the uncompressed records.
///
/// The file digest is a hash chain over the chunks: d0 = 32 zero bytes, d(i+1) =
/// SHA-256(d(i) || SHA-256 of chunk i's raw payload). It costs constant memory, survives appends
/// (a resumed run continues the chain), and the trailer and the catalog record it, so that a file
/// that lost, gained or reordered a chunk is refused.
///
/// A run writes one Batch chunk per target transaction, fsyncs it, commits, then writes a Commit
/// marker; a batch whose transaction was rolled back gets an Abort marker. A Batch with neither
/// (a crash between fsync and marker) is settled from the target's run journal before anything
/// trusts it. Only committed batches count.
namespace BackupFormat {

enum class ChunkType : quint8 {
    Header = 1,  ///< JSON BackupHeader
    Batch = 2,   ///< u32 record count, then BackupRecords
    Commit = 3,  ///< the batch `batch` committed on the target
    Abort = 4,   ///< the batch `batch` was rolled back: ignore its records
    Trailer = 5, ///< JSON: the run finished; "chain" is the digest of every chunk before it
};

constexpr char FileMagic[4] = {'S', 'S', 'B', 'K'};
/// The newest version this build reads. Version 2 adds the records of a keyless table replaced
/// whole (BackupRecord::Kind::Replaced, Replace); a file without them is still written as version 1,
/// so that older builds keep reading it.
constexpr quint16 FileVersion = 2;
constexpr int FileHeaderSize = 8;
constexpr quint32 ChunkMagic = 0x5353434B; // "SSCK"
constexpr int ChunkHeaderSize = 64;
constexpr int DigestSize = 32;

struct ChunkHeader
{
    ChunkType type = ChunkType::Batch;
    RowChange::Kind change = RowChange::Kind::Insert;
    quint32 table = 0;
    qint64 batch = 0;
    quint32 rawLength = 0;
    quint32 storedLength = 0;
    quint32 crc = 0;
    QByteArray sha256;
};

QByteArray fileHeader(quint16 version = 1);

/// A whole chunk ready to be written: header and compressed payload. `sha256` receives the
/// SHA-256 of `raw` (for the digest chain).
QByteArray encodeChunk(ChunkType type, RowChange::Kind change, quint32 table, qint64 batch,
                       const QByteArray& raw, QByteArray* sha256);

/// The next link of the digest chain.
QByteArray chain(const QByteArray& previous, const QByteArray& chunkSha256);
QByteArray emptyChain();

/// Parses a 64-byte chunk header (no CRC check yet: that needs the payload).
std::optional<ChunkHeader> parseHeader(QByteArrayView bytes);
/// Checks the CRC of header + stored payload, decompresses, checks length and SHA-256.
/// Returns the raw payload, or std::nullopt with `why` set.
std::optional<QByteArray> decodePayload(QByteArrayView headerBytes, const ChunkHeader& header,
                                        QByteArrayView stored, QString* why);

} // namespace BackupFormat

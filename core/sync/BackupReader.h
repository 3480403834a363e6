#pragma once

#include "BackupFormat.h"
#include "BackupHeader.h"
#include "BackupRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <memory>

/// Reads and checks a backup point file. scan() reads every chunk once, checking its CRC-32,
/// SHA-256 and the digest chain, and indexes the batches; records() then reads one batch at a time,
/// so rolling back a run of any size needs the memory of one batch.
class BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(BackupReader)

public:
    struct Batch
    {
        enum class State { Pending, Committed, Aborted };
        qint64 batch = 0;
        int table = 0;
        RowChange::Kind change = RowChange::Kind::Insert;
        qint64 offset = 0; ///< of the chunk header
        quint32 records = 0;
        State state = State::Pending;
    };

    /// Opens the file and reads its header chunk.
    static Result<std::unique_ptr<BackupReader>> open(const QString& path);

    /// Checks every chunk and builds the batch index. A damaged chunk followed by others is an error
    /// naming its offset. A damaged or cut last chunk is a write that never finished (a crash): it is
    /// ignored and reported by tornTail(), unless `requireTrailer` says the run finished, in which
    /// case the file must end with a trailer and, when `expectedDigest` (hex) is given, its digest
    /// must equal it.
    Status scan(bool requireTrailer = false, const QByteArray& expectedDigest = {});

    const BackupHeader& header() const { return m_header; }
    QString path() const { return m_file.fileName(); }
    const QList<Batch>& batches() const { return m_batches; }
    bool hasTrailer() const { return m_hasTrailer; }
    QJsonObject trailer() const { return m_trailer; }
    bool tornTail() const { return m_tornTail; }
    /// Where the intact chunks end (the file is longer when tornTail()).
    qint64 validEnd() const { return m_validEnd; }
    /// The digest chain over the intact chunks, raw bytes.
    QByteArray digest() const { return m_chain; }
    qint64 chunkCount() const { return m_chunks; }

    /// The records of one batch from the index, re-checked.
    Result<QList<BackupRecord>> records(const Batch& batch);

private:
    explicit BackupReader(const QString& path);
    Error damaged(qint64 offset, const QString& why) const;
    /// Reads the chunk at `offset`; `cut` is set when the file ends inside it.
    Result<QByteArray> readChunk(qint64 offset, BackupFormat::ChunkHeader* header, qint64* next, bool* cut);

    QFile m_file;
    BackupHeader m_header;
    QList<Batch> m_batches;
    QByteArray m_chain;
    QJsonObject m_trailer;
    bool m_hasTrailer = false;
    bool m_tornTail = false;
    qint64 m_validEnd = 0;
    qint64 m_chunks = 0;
};

#pragma once

#include "BackupFormat.h"
#include "BackupHeader.h"
#include "BackupReader.h"
#include "BackupRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <memory>

/// Appends to a backup point file (see BackupFormat for the layout). Every batch is written and
/// fsync'ed before its target transaction commits, so a committed change always has its
/// before-image on disk.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    /// Creates the file (refusing to overwrite one) and writes the header chunk.
    static Result<std::unique_ptr<BackupWriter>> create(const QString& path, const BackupHeader& header);
    /// Reopens an unfinished file to continue it: checks every chunk, cuts a torn last chunk, and
    /// restores the digest chain. pendingBatches() then lists batches that need settling.
    static Result<std::unique_ptr<BackupWriter>> reopen(const QString& path);

    ~BackupWriter();

    const BackupHeader& header() const { return m_header; }
    /// Batches written but neither committed nor aborted (from reopen()).
    QList<BackupReader::Batch> pendingBatches() const { return m_pending; }
    /// Every batch found by reopen(), with its state.
    QList<BackupReader::Batch> existingBatches() const { return m_existing; }
    qint64 lastBatch() const { return m_lastBatch; }

    /// Writes one batch's records and fsyncs the file.
    Status writeBatch(qint64 batch, int table, RowChange::Kind change, const QList<BackupRecord>& records);

    /// A batch chunk encoded and compressed ahead of writing.
    struct PreparedBatch
    {
        qint64 batch = 0;
        QByteArray chunk;
        QByteArray sha256;
    };
    /// Encodes and compresses a batch without touching the writer, so it can run on another thread
    /// while the target works; write it with writePrepared().
    static PreparedBatch prepareBatch(qint64 batch, int table, RowChange::Kind change, const QList<BackupRecord>& records);
    /// Writes a prepared batch and fsyncs the file (as writeBatch()).
    Status writePrepared(const PreparedBatch& prepared);
    /// Marks the batch's transaction as committed (flushed; not fsync'ed: the target's run journal
    /// settles a marker lost in a crash).
    Status markCommitted(qint64 batch);
    Status markAborted(qint64 batch);
    /// Writes the trailer with `summary` and fsyncs; the file is complete and takes no more chunks.
    Status finish(QJsonObject summary);

    qint64 size() const;
    /// The digest chain so far, hex.
    QByteArray digestHex() const { return m_chain.toHex(); }

private:
    explicit BackupWriter(const QString& path);
    Status writeChunk(BackupFormat::ChunkType type, RowChange::Kind change, quint32 table, qint64 batch,
                      const QByteArray& raw, bool sync);
    Error ioError(const QString& what) const;

    QFile m_file;
    BackupHeader m_header;
    QByteArray m_chain;
    QList<BackupReader::Batch> m_pending;
    QList<BackupReader::Batch> m_existing;
    qint64 m_lastBatch = -1;
    qint64 m_chunks = 0;
    bool m_finished = false;
};

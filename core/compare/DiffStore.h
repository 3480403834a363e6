#pragma once

#include "Result.h"
#include "db/Value.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

/// What the DiffStore keeps about one compared column, enough to show and to write back a value.
struct DiffColumn
{
    QString name;
    QString type;     ///< the source's COLUMN_TYPE
    QString literal;  ///< how values are written back: "numeric", "text" or "binary"
    QString charset;  ///< the character set of the image bytes (text)
};

/// The outcome for one table of a compare run.
struct DiffTableInfo
{
    qint64 id = 0;
    QString name;     ///< "db.table" as shown
    QString sourceDatabase;
    QString sourceTable;
    QString targetDatabase;
    QString targetTable;
    QString status;   ///< identical, different, skipped, error
    QString reason;
    QStringList keyColumns;
    QList<DiffColumn> columns;
    bool updatable = false;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    qint64 onlyInSource = 0;
    qint64 onlyInTarget = 0;
    qint64 different = 0;
    qint64 identical = 0;
    double seconds = 0;
};

/// One row that differs.
struct DiffRow
{
    enum class Kind { OnlyInSource = 1, OnlyInTarget = 2, Different = 3 };

    QByteArray sortKey;           ///< KeyCodec bytes: pages come in this (key) order
    Kind kind = Kind::Different;
    Row key;                      ///< the key column values
    std::optional<Row> sourceImage; ///< every compared column's exact bytes; absent when not in the source
    std::optional<Row> targetImage;
    QList<int> diffColumns;       ///< indexes into the table's columns whose bytes differ
};

/// The results of one compare run on disk (SQLite, `<app data>/diffs/<run id>/diff.sqlite`): per
/// table counts and per differing row the key, both images and the differing columns. Readers page
/// through rows in key order (keyset pagination), so the GUI's grids and the sync step use the same
/// memory for a 100-million-row table as for a small one.
///
/// One DiffStore object is one SQLite connection, owned by the thread that opened it; parallel
/// workers each open their own on the same file (WAL mode lets them write in turn).
class DiffStore
{
    Q_DECLARE_TR_FUNCTIONS(DiffStore)

public:
    static constexpr const char* FileName = "diff.sqlite";

    /// A new run id: UTC date and time plus a random suffix, e.g. "20250101-093000-4f2a".
    static QString newRunId();
    /// A table status ("identical", "different", "skipped", "error", "pending") as a word of the
    /// user's language, for text output; JSON keeps the status itself.
    static QString statusWord(const QString& status);
    /// `<AppStore::defaultFolder()>/diffs/<runId>`.
    static QString defaultFolder(const QString& runId);

    /// Creates the folder and an empty store for a run.
    static Result<std::unique_ptr<DiffStore>> create(const QString& folder, const QString& runId);
    /// Opens an existing store (another thread's handle on the same file, or a past run).
    static Result<std::unique_ptr<DiffStore>> open(const QString& filePath);

    ~DiffStore();
    DiffStore(const DiffStore&) = delete;
    DiffStore& operator=(const DiffStore&) = delete;

    QString path() const { return m_path; }
    QString runId() const;

    /// Run-wide facts (source, target, options, times), as text.
    Status setMeta(const QString& key, const QString& value);
    Result<QString> meta(const QString& key) const;

    /// Adds a table and sets info.id.
    Status addTable(DiffTableInfo& info);
    /// Rewrites a table's status and counts.
    Status updateTable(const DiffTableInfo& info);
    Result<QList<DiffTableInfo>> tables() const;
    Result<DiffTableInfo> table(qint64 id) const;

    /// Adds rows in one transaction.
    Status addRows(qint64 tableId, const QList<DiffRow>& rows);
    /// Forgets a table's rows (before comparing it again).
    Status clearRows(qint64 tableId);
    /// Up to `limit` rows with a sort key after `after` (empty: from the start), in key order,
    /// optionally of one kind only.
    Result<QList<DiffRow>> rows(qint64 tableId, const QByteArray& after, int limit,
                                std::optional<DiffRow::Kind> kind = std::nullopt) const;
    Result<qint64> rowCount(qint64 tableId, std::optional<DiffRow::Kind> kind = std::nullopt) const;
    /// The row with this sort key; code "not-found" when there is none.
    Result<DiffRow> row(qint64 tableId, const QByteArray& sortKey) const;
    /// The sort keys of the rows `stride`, 2 * `stride`, ... places after `after` (empty: from the
    /// start), up to `count` keys, optionally of one kind only: where pages of `stride` rows end,
    /// so that a reader can jump to any page with rows(). Each key costs a walk over the index
    /// entries in between, not a read of the rows' images.
    Result<QList<QByteArray>> pageEnds(qint64 tableId, const QByteArray& after, int stride, int count,
                                       std::optional<DiffRow::Kind> kind = std::nullopt) const;

    /// The compact binary form of a row of values (NULLs included) used for images and keys.
    static QByteArray encodeRow(const Row& row);
    static std::optional<Row> decodeRow(const QByteArray& bytes);

private:
    explicit DiffStore(const QString& path);
    Status openConnection(bool create);
    Error sqlError(const QString& what, const class QSqlQuery& query) const;

    QString m_path;
    QString m_connectionName;
};

#pragma once

#include "DiffGridRow.h"
#include "DiffPageRequest.h"
#include "compare/DiffStore.h"

#include <QObject>
#include <QString>

#include <atomic>

#include <optional>

class DiffReaderWorker;
class QThread;

/// Reads a compare's DiffStore on a loader thread of its own (one SQLite connection, opened and
/// used only there) and hands the answers back as signals on the reader's thread. Every answer
/// carries the token or generation of its request so that a view can drop stale ones.
class DiffReader : public QObject
{
    Q_OBJECT

public:
    explicit DiffReader(QObject* parent = nullptr);
    ~DiffReader() override;

    /// Opens the store at `path` on the loader thread (closing the one before); opened() follows.
    void open(const QString& path);
    QString path() const { return m_path; }

    /// Reads the table list; tablesLoaded() follows.
    void requestTables();
    /// Reads pages of rows; pageLoaded() follows for each page that was still wanted.
    void requestPages(const DiffPageRequest& request);
    /// Reads one whole row; rowLoaded() follows.
    void requestRow(quint64 generation, qint64 tableId, const QByteArray& sortKey);
    /// Finds the position of the first row whose sort key is at least `lowerBound`, in the
    /// order of the given kind filter; located() follows.
    void requestLocate(quint64 generation, qint64 tableId, std::optional<DiffRow::Kind> kind, qint64 rowCount,
        const QByteArray& lowerBound);

    /// How many pages the loader has read (tests check that work was skipped or done).
    int pagesRead() const;

signals:
    void opened(const QString& path, const QString& error);
    void tablesLoaded(const QList<DiffTableInfo>& tables, const QString& error);
    void pageLoaded(quint64 generation, int page, const QList<DiffGridRow>& rows, const QString& error);
    void rowLoaded(quint64 generation, const DiffRow& row, const QString& error);
    /// `position` is rowCount when every row sorts before the bound; `row` is the row there.
    void located(quint64 generation, qint64 position, const DiffRow& row, const QString& error);

private:
    friend class DiffReaderWorker;

    QString m_path;
    quint64 m_openToken = 0;
    QThread* m_thread;
    DiffReaderWorker* m_worker;
    std::atomic<int> m_pagesRead {0};
};

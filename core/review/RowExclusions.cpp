#include "RowExclusions.h"

#include "compare/DiffStore.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QAtomicInteger<quint64> connectionCounter;

QVariant blob(const QByteArray& bytes)
{
    return bytes.isNull() ? QVariant(QByteArray("")) : QVariant(bytes);
}

} // namespace

RowExclusions::RowExclusions(const QString& path)
    : m_path(path)
    , m_connectionName(QStringLiteral("syncstudio-rowexclusions-%1").arg(++connectionCounter))
{
}

RowExclusions::~RowExclusions()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error RowExclusions::sqlError(const QString& what, const QSqlQuery& query) const
{
    return Error::make(tr("%1 failed in the diff store %2: %3").arg(what, m_path, query.lastError().text()),
                       tr("Check that the disk is not full and the folder is writable."));
}

Result<std::unique_ptr<RowExclusions>> RowExclusions::open(const QString& diffStorePath)
{
    if (!QFileInfo::exists(diffStorePath)) {
        Error e = Error::make(tr("There is no diff store at %1.").arg(diffStorePath),
                              tr("Run the compare again; old results may have been removed."));
        e.code = QStringLiteral("not-found");
        return e;
    }
    std::unique_ptr<RowExclusions> out(new RowExclusions(diffStorePath));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), out->m_connectionName);
    db.setDatabaseName(diffStorePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        return Error::make(tr("Cannot open the diff store %1: %2").arg(diffStorePath, db.lastError().text()),
                           tr("Check the folder's permissions and free space."));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS row_exclusions (table_id INTEGER NOT NULL, "
                               "sort_key BLOB NOT NULL, key_values BLOB NOT NULL, "
                               "PRIMARY KEY (table_id, sort_key)) WITHOUT ROWID")))
        return out->sqlError(tr("Preparing"), q);
    return out;
}

Status RowExclusions::setIncluded(qint64 tableId, const QByteArray& sortKey, const Row& key, bool included)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (included) {
        q.prepare(QStringLiteral("DELETE FROM row_exclusions WHERE table_id = ? AND sort_key = ?"));
        q.addBindValue(tableId);
        q.addBindValue(blob(sortKey));
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO row_exclusions (table_id, sort_key, key_values) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(tableId);
        q.addBindValue(blob(sortKey));
        q.addBindValue(blob(DiffStore::encodeRow(key)));
    }
    if (!q.exec())
        return sqlError(tr("Saving a row choice"), q);
    return {};
}

Result<QSet<QByteArray>> RowExclusions::excludedSortKeys(qint64 tableId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sort_key FROM row_exclusions WHERE table_id = ?"));
    q.addBindValue(tableId);
    if (!q.exec())
        return sqlError(tr("Reading row choices"), q);
    QSet<QByteArray> out;
    while (q.next())
        out.insert(q.value(0).toByteArray());
    return out;
}

Result<QList<Row>> RowExclusions::excludedKeys(qint64 tableId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key_values FROM row_exclusions WHERE table_id = ? ORDER BY sort_key"));
    q.addBindValue(tableId);
    if (!q.exec())
        return sqlError(tr("Reading row choices"), q);
    QList<Row> out;
    while (q.next())
        out.append(DiffStore::decodeRow(q.value(0).toByteArray()).value_or(Row()));
    return out;
}

Result<qint64> RowExclusions::excludedCount(qint64 tableId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM row_exclusions WHERE table_id = ?"));
    q.addBindValue(tableId);
    if (!q.exec() || !q.next())
        return sqlError(tr("Reading row choices"), q);
    return q.value(0).toLongLong();
}

#include "SyncSelection.h"

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

SyncSelection::SyncSelection(const QString& path)
    : m_path(path)
    , m_connectionName(QStringLiteral("syncstudio-syncselection-%1").arg(++connectionCounter))
{
}

SyncSelection::~SyncSelection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error SyncSelection::sqlError(const QString& what, const QString& detail) const
{
    return Error::make(tr("%1 in %2: %3").arg(what, m_path, detail),
                       tr("Check that the disk is not full and the folder is writable."));
}

Result<std::unique_ptr<SyncSelection>> SyncSelection::open(const QString& diffStorePath)
{
    if (!QFileInfo::exists(diffStorePath)) {
        Error e = Error::make(tr("There are no compare results at %1.").arg(diffStorePath),
                              tr("Run the compare again."));
        e.code = QStringLiteral("not-found");
        return e;
    }
    std::unique_ptr<SyncSelection> s(new SyncSelection(diffStorePath));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connectionName);
    db.setDatabaseName(diffStorePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open())
        return s->sqlError(tr("Cannot open the compare results"), db.lastError().text());
    QSqlQuery q(db);
    for (const char* statement :
         {"CREATE TABLE IF NOT EXISTS sync_table_choices (table_id INTEGER PRIMARY KEY, included INTEGER NOT NULL,"
          " inserts INTEGER NOT NULL, updates INTEGER NOT NULL, deletes INTEGER NOT NULL)",
          "CREATE TABLE IF NOT EXISTS sync_row_exclusions (table_id INTEGER NOT NULL, sort_key BLOB NOT NULL,"
          " PRIMARY KEY (table_id, sort_key)) WITHOUT ROWID"}) {
        if (!q.exec(QString::fromLatin1(statement)))
            return s->sqlError(tr("Cannot prepare the sync choices"), q.lastError().text());
    }
    return s;
}

Status SyncSelection::setRowIncluded(qint64 tableId, const QByteArray& sortKey, bool included)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(included ? QStringLiteral("DELETE FROM sync_row_exclusions WHERE table_id = ? AND sort_key = ?")
                       : QStringLiteral("INSERT OR IGNORE INTO sync_row_exclusions (table_id, sort_key) VALUES (?, ?)"));
    q.addBindValue(tableId);
    q.addBindValue(blob(sortKey));
    if (!q.exec())
        return sqlError(tr("Cannot save the row choice"), q.lastError().text());
    return {};
}

Result<bool> SyncSelection::isRowIncluded(qint64 tableId, const QByteArray& sortKey) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM sync_row_exclusions WHERE table_id = ? AND sort_key = ?"));
    q.addBindValue(tableId);
    q.addBindValue(blob(sortKey));
    if (!q.exec())
        return sqlError(tr("Cannot read the row choices"), q.lastError().text());
    return !q.next();
}

Result<QSet<QByteArray>> SyncSelection::excludedRows(qint64 tableId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sort_key FROM sync_row_exclusions WHERE table_id = ?"));
    q.addBindValue(tableId);
    if (!q.exec())
        return sqlError(tr("Cannot read the row choices"), q.lastError().text());
    QSet<QByteArray> out;
    while (q.next())
        out.insert(q.value(0).toByteArray());
    return out;
}

Status SyncSelection::clearRowExclusions(qint64 tableId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM sync_row_exclusions WHERE table_id = ?"));
    q.addBindValue(tableId);
    if (!q.exec())
        return sqlError(tr("Cannot save the row choices"), q.lastError().text());
    return {};
}

Result<SyncSelection::TableChoice> SyncSelection::tableChoice(qint64 tableId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT included, inserts, updates, deletes FROM sync_table_choices WHERE table_id = ?"));
    q.addBindValue(tableId);
    if (!q.exec())
        return sqlError(tr("Cannot read the table choices"), q.lastError().text());
    TableChoice c;
    if (q.next()) {
        c.included = q.value(0).toInt() != 0;
        c.inserts = q.value(1).toInt() != 0;
        c.updates = q.value(2).toInt() != 0;
        c.deletes = q.value(3).toInt() != 0;
    }
    return c;
}

Status SyncSelection::setTableChoice(qint64 tableId, const TableChoice& c)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO sync_table_choices (table_id, included, inserts, updates, deletes) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(table_id) DO UPDATE SET included = excluded.included, "
                             "inserts = excluded.inserts, updates = excluded.updates, deletes = excluded.deletes"));
    for (const QVariant& v : QVariantList {tableId, int(c.included), int(c.inserts), int(c.updates), int(c.deletes)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Cannot save the table choice"), q.lastError().text());
    return {};
}

Status SyncSelection::setTableIncluded(qint64 tableId, bool included)
{
    Result<TableChoice> c = tableChoice(tableId);
    if (!c)
        return c.error();
    c->included = included;
    return setTableChoice(tableId, *c);
}

Status SyncSelection::setKindIncluded(qint64 tableId, RowChange::Kind kind, bool included)
{
    Result<TableChoice> c = tableChoice(tableId);
    if (!c)
        return c.error();
    switch (kind) {
    case RowChange::Kind::Insert:
        c->inserts = included;
        break;
    case RowChange::Kind::Update:
        c->updates = included;
        break;
    case RowChange::Kind::Delete:
        c->deletes = included;
        break;
    }
    return setTableChoice(tableId, *c);
}

#include "DiffStore.h"

#include "store/AppStore.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <QtEndian>

namespace {

QAtomicInteger<quint64> connectionCounter;

const char* const Schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tables ("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL, source_db TEXT, source_table TEXT, target_db TEXT,"
    " target_table TEXT, status TEXT NOT NULL, reason TEXT, key_columns TEXT, columns TEXT,"
    " updatable INTEGER NOT NULL DEFAULT 0, source_rows INTEGER NOT NULL DEFAULT 0,"
    " target_rows INTEGER NOT NULL DEFAULT 0, only_in_source INTEGER NOT NULL DEFAULT 0,"
    " only_in_target INTEGER NOT NULL DEFAULT 0, different INTEGER NOT NULL DEFAULT 0,"
    " identical INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0)",
    // WITHOUT ROWID: the rows live in the primary key's B-tree, already in key order for paging.
    "CREATE TABLE IF NOT EXISTS rows ("
    " table_id INTEGER NOT NULL, sort_key BLOB NOT NULL, kind INTEGER NOT NULL, key_values BLOB NOT NULL,"
    " source_image BLOB, target_image BLOB, diff_columns TEXT,"
    " PRIMARY KEY (table_id, sort_key)) WITHOUT ROWID",
};

QString columnsToJson(const QList<DiffColumn>& columns)
{
    QJsonArray array;
    for (const DiffColumn& c : columns) {
        array.append(QJsonObject {{QStringLiteral("name"), c.name},
                                  {QStringLiteral("type"), c.type},
                                  {QStringLiteral("literal"), c.literal},
                                  {QStringLiteral("charset"), c.charset}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<DiffColumn> columnsFromJson(const QString& text)
{
    QList<DiffColumn> columns;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        columns.append(DiffColumn {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("type")).toString(),
                                   o.value(QStringLiteral("literal")).toString(),
                                   o.value(QStringLiteral("charset")).toString()});
    }
    return columns;
}

QString diffColumnsText(const QList<int>& columns)
{
    QStringList parts;
    for (int c : columns)
        parts.append(QString::number(c));
    return parts.join(QLatin1Char(','));
}

QList<int> diffColumnsFromText(const QString& text)
{
    QList<int> columns;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        columns.append(part.toInt());
    return columns;
}

QVariant blob(const QByteArray& bytes)
{
    // An empty QByteArray would bind as NULL in some drivers: bind an explicit empty blob.
    return bytes.isNull() ? QVariant(QByteArray("")) : QVariant(bytes);
}

} // namespace

QString DiffStore::statusWord(const QString& status)
{
    if (status == QLatin1String("identical"))
        return tr("identical");
    if (status == QLatin1String("different"))
        return tr("different");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    if (status == QLatin1String("error"))
        return tr("error");
    if (status == QLatin1String("pending"))
        return tr("waiting");
    return status;
}

QString DiffStore::newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, QLatin1Char('0'));
}

QString DiffStore::defaultFolder(const QString& runId)
{
    return AppStore::defaultFolder() + QStringLiteral("/diffs/") + runId;
}

DiffStore::DiffStore(const QString& path)
    : m_path(path)
    , m_connectionName(QStringLiteral("syncstudio-diffstore-%1").arg(++connectionCounter))
{
}

DiffStore::~DiffStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error DiffStore::sqlError(const QString& what, const QSqlQuery& query) const
{
    Error e = Error::make(tr("%1 failed in the diff store %2: %3").arg(what, m_path, query.lastError().text()),
                          tr("Check that the disk is not full and the folder is writable."));
    return e;
}

Status DiffStore::openConnection(bool create)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!create)
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        return Error::make(tr("Cannot open the diff store %1: %2").arg(m_path, db.lastError().text()),
                           tr("Check the folder's permissions and free space."));
    }
    QSqlQuery q(db);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=30000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(tr("Preparing"), q);
    }
    if (create) {
        for (const char* statement : Schema) {
            if (!q.exec(QString::fromLatin1(statement)))
                return sqlError(tr("Creating the tables"), q);
        }
    }
    return {};
}

Result<std::unique_ptr<DiffStore>> DiffStore::create(const QString& folder, const QString& runId)
{
    if (!QDir().mkpath(folder)) {
        return Error::make(tr("Cannot create the folder %1 for the compare results.").arg(folder),
                           tr("Check its permissions, or set SYNCSTUDIO_HOME to a writable folder."));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    std::unique_ptr<DiffStore> store(new DiffStore(QDir(folder).absoluteFilePath(QLatin1String(FileName))));
    if (Status s = store->openConnection(true); !s)
        return s.error();
    if (Status s = store->setMeta(QStringLiteral("run_id"), runId); !s)
        return s.error();
    if (Status s = store->setMeta(QStringLiteral("format"), QStringLiteral("1")); !s)
        return s.error();
    return store;
}

Result<std::unique_ptr<DiffStore>> DiffStore::open(const QString& filePath)
{
    if (!QFileInfo::exists(filePath)) {
        Error e = Error::make(tr("There is no diff store at %1.").arg(filePath),
                              tr("Run the compare again; old results may have been removed."));
        e.code = QStringLiteral("not-found");
        return e;
    }
    std::unique_ptr<DiffStore> store(new DiffStore(filePath));
    if (Status s = store->openConnection(false); !s)
        return s.error();
    return store;
}

QString DiffStore::runId() const
{
    return meta(QStringLiteral("run_id")).valueOr(QString());
}

Status DiffStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(tr("Saving"), q);
    return {};
}

Result<QString> DiffStore::meta(const QString& key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(tr("Reading"), q);
    if (!q.next()) {
        Error e = Error::make(tr("The diff store has no entry %1.").arg(key));
        e.code = QStringLiteral("not-found");
        return e;
    }
    return q.value(0).toString();
}

Status DiffStore::addTable(DiffTableInfo& info)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO tables (name, source_db, source_table, target_db, target_table, status, "
                             "reason, key_columns, columns, updatable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(info.name);
    q.addBindValue(info.sourceDatabase);
    q.addBindValue(info.sourceTable);
    q.addBindValue(info.targetDatabase);
    q.addBindValue(info.targetTable);
    q.addBindValue(info.status);
    q.addBindValue(info.reason);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(info.keyColumns)).toJson(QJsonDocument::Compact)));
    q.addBindValue(columnsToJson(info.columns));
    q.addBindValue(info.updatable ? 1 : 0);
    if (!q.exec())
        return sqlError(tr("Saving a table"), q);
    info.id = q.lastInsertId().toLongLong();
    return {};
}

Status DiffStore::updateTable(const DiffTableInfo& info)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE tables SET status = ?, reason = ?, key_columns = ?, columns = ?, updatable = ?, "
                             "source_rows = ?, target_rows = ?, only_in_source = ?, only_in_target = ?, different = ?, "
                             "identical = ?, seconds = ? WHERE id = ?"));
    q.addBindValue(info.status);
    q.addBindValue(info.reason);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(info.keyColumns)).toJson(QJsonDocument::Compact)));
    q.addBindValue(columnsToJson(info.columns));
    q.addBindValue(info.updatable ? 1 : 0);
    q.addBindValue(info.sourceRows);
    q.addBindValue(info.targetRows);
    q.addBindValue(info.onlyInSource);
    q.addBindValue(info.onlyInTarget);
    q.addBindValue(info.different);
    q.addBindValue(info.identical);
    q.addBindValue(info.seconds);
    q.addBindValue(info.id);
    if (!q.exec())
        return sqlError(tr("Saving a table"), q);
    return {};
}

namespace {
DiffTableInfo tableFrom(const QSqlQuery& q)
{
    DiffTableInfo t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.sourceDatabase = q.value(2).toString();
    t.sourceTable = q.value(3).toString();
    t.targetDatabase = q.value(4).toString();
    t.targetTable = q.value(5).toString();
    t.status = q.value(6).toString();
    t.reason = q.value(7).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        t.keyColumns.append(v.toString());
    t.columns = columnsFromJson(q.value(9).toString());
    t.updatable = q.value(10).toInt() != 0;
    t.sourceRows = q.value(11).toLongLong();
    t.targetRows = q.value(12).toLongLong();
    t.onlyInSource = q.value(13).toLongLong();
    t.onlyInTarget = q.value(14).toLongLong();
    t.different = q.value(15).toLongLong();
    t.identical = q.value(16).toLongLong();
    t.seconds = q.value(17).toDouble();
    return t;
}
const QString TableColumns = QStringLiteral(
    "id, name, source_db, source_table, target_db, target_table, status, reason, key_columns, columns, updatable, "
    "source_rows, target_rows, only_in_source, only_in_target, different, identical, seconds");
} // namespace

Result<QList<DiffTableInfo>> DiffStore::tables() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM tables ORDER BY name, id").arg(TableColumns)))
        return sqlError(tr("Reading the tables"), q);
    QList<DiffTableInfo> out;
    while (q.next())
        out.append(tableFrom(q));
    return out;
}

Result<DiffTableInfo> DiffStore::table(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM tables WHERE id = ?").arg(TableColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Reading a table"), q);
    if (!q.next()) {
        Error e = Error::make(tr("The diff store has no table %1.").arg(id));
        e.code = QStringLiteral("not-found");
        return e;
    }
    return tableFrom(q);
}

Status DiffStore::addRows(qint64 tableId, const QList<DiffRow>& rows)
{
    if (rows.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        return Error::make(tr("Cannot start a transaction in the diff store %1: %2").arg(m_path, db.lastError().text()),
                           tr("Check that the disk is not full."));
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO rows (table_id, sort_key, kind, key_values, source_image, "
                                 "target_image, diff_columns) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const DiffRow& r : rows) {
            q.bindValue(0, tableId);
            q.bindValue(1, blob(r.sortKey));
            q.bindValue(2, int(r.kind));
            q.bindValue(3, blob(encodeRow(r.key)));
            q.bindValue(4, r.sourceImage ? blob(encodeRow(*r.sourceImage)) : QVariant(QMetaType(QMetaType::QByteArray)));
            q.bindValue(5, r.targetImage ? blob(encodeRow(*r.targetImage)) : QVariant(QMetaType(QMetaType::QByteArray)));
            q.bindValue(6, diffColumnsText(r.diffColumns));
            if (!q.exec()) {
                Error e = sqlError(tr("Saving rows"), q);
                db.rollback();
                return e;
            }
        }
    }
    if (!db.commit()) {
        return Error::make(tr("Cannot save rows in the diff store %1: %2").arg(m_path, db.lastError().text()),
                           tr("Check that the disk is not full."));
    }
    return {};
}

Status DiffStore::clearRows(qint64 tableId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM rows WHERE table_id = ?"));
    q.addBindValue(tableId);
    if (!q.exec())
        return sqlError(tr("Clearing rows"), q);
    return {};
}

Result<QList<DiffRow>> DiffStore::rows(qint64 tableId, const QByteArray& after, int limit,
                                       std::optional<DiffRow::Kind> kind) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT sort_key, kind, key_values, source_image, target_image, diff_columns FROM rows "
                                 "WHERE table_id = ? AND sort_key > ?");
    if (kind)
        sql += QStringLiteral(" AND kind = ?");
    sql += QStringLiteral(" ORDER BY sort_key LIMIT ?");
    q.prepare(sql);
    q.addBindValue(tableId);
    q.addBindValue(blob(after));
    if (kind)
        q.addBindValue(int(*kind));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return sqlError(tr("Reading rows"), q);
    QList<DiffRow> out;
    while (q.next()) {
        DiffRow r;
        r.sortKey = q.value(0).toByteArray();
        r.kind = DiffRow::Kind(q.value(1).toInt());
        r.key = decodeRow(q.value(2).toByteArray()).value_or(Row());
        if (!q.isNull(3))
            r.sourceImage = decodeRow(q.value(3).toByteArray());
        if (!q.isNull(4))
            r.targetImage = decodeRow(q.value(4).toByteArray());
        r.diffColumns = diffColumnsFromText(q.value(5).toString());
        out.append(r);
    }
    return out;
}

Result<DiffRow> DiffStore::row(qint64 tableId, const QByteArray& sortKey) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sort_key, kind, key_values, source_image, target_image, diff_columns FROM rows "
                             "WHERE table_id = ? AND sort_key = ?"));
    q.addBindValue(tableId);
    q.addBindValue(blob(sortKey));
    if (!q.exec())
        return sqlError(tr("Reading rows"), q);
    if (!q.next()) {
        Error e = Error::make(tr("The diff store has no such row in table %1.").arg(tableId),
                              tr("The results may have been replaced by a newer compare."));
        e.code = QStringLiteral("not-found");
        return e;
    }
    DiffRow r;
    r.sortKey = q.value(0).toByteArray();
    r.kind = DiffRow::Kind(q.value(1).toInt());
    r.key = decodeRow(q.value(2).toByteArray()).value_or(Row());
    if (!q.isNull(3))
        r.sourceImage = decodeRow(q.value(3).toByteArray());
    if (!q.isNull(4))
        r.targetImage = decodeRow(q.value(4).toByteArray());
    r.diffColumns = diffColumnsFromText(q.value(5).toString());
    return r;
}

Result<qint64> DiffStore::rowCount(qint64 tableId, std::optional<DiffRow::Kind> kind) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(kind ? QStringLiteral("SELECT COUNT(*) FROM rows WHERE table_id = ? AND kind = ?")
                   : QStringLiteral("SELECT COUNT(*) FROM rows WHERE table_id = ?"));
    q.addBindValue(tableId);
    if (kind)
        q.addBindValue(int(*kind));
    if (!q.exec() || !q.next())
        return sqlError(tr("Counting rows"), q);
    return q.value(0).toLongLong();
}

Result<QList<QByteArray>> DiffStore::pageEnds(qint64 tableId, const QByteArray& after, int stride, int count,
                                              std::optional<DiffRow::Kind> kind) const
{
    QList<QByteArray> out;
    if (stride < 1 || count < 1)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // OFFSET steps over the skipped entries of the (table_id, sort_key) B-tree without decoding
    // them; one short query per key keeps every answer small.
    QString sql = QStringLiteral("SELECT sort_key FROM rows WHERE table_id = ? AND sort_key > ?");
    if (kind)
        sql += QStringLiteral(" AND kind = ?");
    sql += QStringLiteral(" ORDER BY sort_key LIMIT 1 OFFSET ?");
    if (!q.prepare(sql))
        return sqlError(tr("Reading rows"), q);
    QByteArray cursor = after;
    while (out.size() < count) {
        int i = 0;
        q.bindValue(i++, tableId);
        q.bindValue(i++, blob(cursor));
        if (kind)
            q.bindValue(i++, int(*kind));
        q.bindValue(i++, stride - 1);
        if (!q.exec())
            return sqlError(tr("Reading rows"), q);
        if (!q.next())
            break;
        cursor = q.value(0).toByteArray();
        q.finish();
        out.append(cursor);
    }
    return out;
}

QByteArray DiffStore::encodeRow(const Row& row)
{
    // count (4 bytes), then per value: 0 = NULL, or 1 + length (4 bytes) + bytes. Big-endian.
    QByteArray out;
    qsizetype size = 4;
    for (const Value& v : row)
        size += 1 + (v ? 4 + v->size() : 0);
    out.reserve(size);
    char be[4];
    qToBigEndian<quint32>(quint32(row.size()), be);
    out.append(be, 4);
    for (const Value& v : row) {
        if (!v) {
            out.append(char(0));
            continue;
        }
        out.append(char(1));
        qToBigEndian<quint32>(quint32(v->size()), be);
        out.append(be, 4);
        out.append(*v);
    }
    return out;
}

std::optional<Row> DiffStore::decodeRow(const QByteArray& bytes)
{
    if (bytes.size() < 4)
        return std::nullopt;
    const quint32 n = qFromBigEndian<quint32>(bytes.constData());
    qsizetype p = 4;
    Row row;
    for (quint32 i = 0; i < n; ++i) {
        if (p >= bytes.size())
            return std::nullopt;
        if (bytes[p++] == 0) {
            row.append(std::nullopt);
            continue;
        }
        if (p + 4 > bytes.size())
            return std::nullopt;
        const quint32 len = qFromBigEndian<quint32>(bytes.constData() + p);
        p += 4;
        if (p + qsizetype(len) > bytes.size())
            return std::nullopt;
        row.append(bytes.mid(p, len));
        p += len;
    }
    if (p != bytes.size())
        return std::nullopt;
    return row;
}

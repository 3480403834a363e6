#include "ConflictStore.h"

#include "compare/DiffStore.h"
#include "store/AppStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString columns()
{
    return QStringLiteral("id, run_id, backup_id, source, target, db, tbl, key_text, key_values, change, source_image, "
                          "target_image, base_image, diff_columns, reason, reason_text, table_json, state, resolution, "
                          "set_values, resolution_backup_id, created_at, resolved_at");
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString notNull(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QVariant imageBlob(const std::optional<Row>& image)
{
    if (!image)
        return QVariant(QMetaType(QMetaType::QByteArray));
    return QVariant(DiffStore::encodeRow(*image));
}

std::optional<Row> imageFrom(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return DiffStore::decodeRow(v.toByteArray());
}

RowChange::Kind kindFrom(const QString& name)
{
    if (name == QLatin1String("insert"))
        return RowChange::Kind::Insert;
    if (name == QLatin1String("delete"))
        return RowChange::Kind::Delete;
    return RowChange::Kind::Update;
}

StoredConflict conflictFrom(const QSqlQuery& q)
{
    StoredConflict c;
    c.id = q.value(0).toLongLong();
    c.runId = q.value(1).toString();
    c.backupId = q.value(2).toString();
    c.source = q.value(3).toString();
    c.target = q.value(4).toString();
    c.database = q.value(5).toString();
    c.table = q.value(6).toString();
    c.keyText = q.value(7).toString();
    c.key = DiffStore::decodeRow(q.value(8).toByteArray()).value_or(Row());
    c.change = kindFrom(q.value(9).toString());
    c.sourceImage = imageFrom(q.value(10));
    c.targetImage = imageFrom(q.value(11));
    c.baseImage = imageFrom(q.value(12));
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        c.diffColumns.append(v.toString());
    c.reason = q.value(14).toString();
    c.reasonText = q.value(15).toString();
    c.syncTable = SyncTable::fromJson(QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object());
    c.state = StoredConflict::parseState(q.value(17).toString()).value_or(StoredConflict::State::Open);
    c.resolution = q.value(18).toString();
    c.setValues = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
    c.resolutionBackupId = q.value(20).toString();
    c.created = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs).toUTC();
    const QDateTime resolved = QDateTime::fromString(q.value(22).toString(), Qt::ISODateWithMs);
    c.resolved = resolved.isValid() ? resolved.toUTC() : QDateTime();
    return c;
}

} // namespace

ConflictStore::ConflictStore(AppStore& store)
    : m_store(store)
{
}

Error ConflictStore::sqlError(const QString& what, const QString& detail) const
{
    return Error::make(tr("%1 in %2: %3").arg(what, m_store.path(), detail),
                       tr("Check that the file is writable and the disk is not full."));
}

Status ConflictStore::record(StoredConflict& c)
{
    const QByteArray key = DiffStore::encodeRow(c.key);
    return m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral(
            "INSERT INTO conflicts (run_id, backup_id, source, target, db, tbl, key_text, key_values, change, "
            "source_image, target_image, base_image, diff_columns, reason, reason_text, table_json, state, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?) "
            "ON CONFLICT (run_id, db, tbl, key_values) DO UPDATE SET backup_id = excluded.backup_id, "
            "change = excluded.change, source_image = excluded.source_image, target_image = excluded.target_image, "
            "base_image = excluded.base_image, diff_columns = excluded.diff_columns, reason = excluded.reason, "
            "reason_text = excluded.reason_text, table_json = excluded.table_json, state = 'open', resolution = '', "
            "resolved_at = ''"));
        const QVariantList values {
            c.runId, notNull(c.backupId), notNull(c.source), notNull(c.target), c.database, c.table, notNull(c.keyText),
            key, RowChange::kindName(c.change), imageBlob(c.sourceImage), imageBlob(c.targetImage), imageBlob(c.baseImage),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.diffColumns)).toJson(QJsonDocument::Compact)),
            c.reason, notNull(c.reasonText),
            QString::fromUtf8(QJsonDocument(c.syncTable.toJson()).toJson(QJsonDocument::Compact)), nowText()};
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(tr("Cannot record a conflict"), q.lastError().text());
        QSqlQuery id(m_store.database());
        id.prepare(QStringLiteral("SELECT id, created_at FROM conflicts WHERE run_id = ? AND db = ? AND tbl = ? AND key_values = ?"));
        for (const QVariant& v : QVariantList {c.runId, c.database, c.table, key})
            id.addBindValue(v);
        if (!id.exec() || !id.next())
            return sqlError(tr("Cannot record a conflict"), id.lastError().text());
        c.id = id.value(0).toLongLong();
        c.created = QDateTime::fromString(id.value(1).toString(), Qt::ISODateWithMs).toUTC();
        c.state = StoredConflict::State::Open;
        QSqlQuery older(m_store.database());
        older.prepare(QStringLiteral("UPDATE conflicts SET state = 'resolved', resolution = 'superseded', resolved_at = ? "
                                     "WHERE state = 'open' AND id <> ? AND target = ? AND db = ? AND tbl = ? AND key_values = ?"));
        for (const QVariant& v : QVariantList {nowText(), c.id, notNull(c.target), c.database, c.table, key})
            older.addBindValue(v);
        if (!older.exec())
            return sqlError(tr("Cannot record a conflict"), older.lastError().text());
        return {};
    });
}

Result<StoredConflict> ConflictStore::get(qint64 id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM conflicts WHERE id = ?").arg(columns()));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Cannot read the conflicts"), q.lastError().text());
    if (!q.next()) {
        Error e = Error::make(tr("There is no conflict %1.").arg(id), tr("List them with syncstudio-cli conflicts list --state all."));
        e.code = QStringLiteral("not-found");
        return e;
    }
    return conflictFrom(q);
}

Result<QList<StoredConflict>> ConflictStore::list(std::optional<StoredConflict::State> state, const QString& runId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM conflicts WHERE 1").arg(columns());
    QVariantList bindings;
    if (state) {
        sql += QStringLiteral(" AND state = ?");
        bindings << StoredConflict::stateName(*state);
    }
    if (!runId.isEmpty()) {
        sql += QStringLiteral(" AND run_id = ?");
        bindings << runId;
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Cannot read the conflicts"), q.lastError().text());
    QList<StoredConflict> out;
    while (q.next())
        out.append(conflictFrom(q));
    return out;
}

Result<qint64> ConflictStore::count(std::optional<StoredConflict::State> state, const QString& runId) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE 1");
    QVariantList bindings;
    if (state) {
        sql += QStringLiteral(" AND state = ?");
        bindings << StoredConflict::stateName(*state);
    }
    if (!runId.isEmpty()) {
        sql += QStringLiteral(" AND run_id = ?");
        bindings << runId;
    }
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(tr("Cannot read the conflicts"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status ConflictStore::markResolved(qint64 id, const QString& resolution, const QJsonObject& setValues,
                                   const QString& backupId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE conflicts SET state = 'resolved', resolution = ?, set_values = ?, "
                             "resolution_backup_id = ?, resolved_at = ? WHERE id = ?"));
    for (const QVariant& v :
         QVariantList {resolution,
                       setValues.isEmpty() ? QString(QLatin1String(""))
                                           : QString::fromUtf8(QJsonDocument(setValues).toJson(QJsonDocument::Compact)),
                       notNull(backupId), nowText(), id})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Cannot update conflict %1").arg(id), q.lastError().text());
    return {};
}

Status ConflictStore::updateTarget(qint64 id, const std::optional<Row>& targetImage, const QString& reasonText)
{
    Result<StoredConflict> c = get(id);
    if (!c)
        return c.error();
    const QStringList diff = StoredConflict::differingColumns(c->syncTable, c->sourceImage, targetImage);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE conflicts SET target_image = ?, diff_columns = ?, reason_text = ? WHERE id = ?"));
    for (const QVariant& v :
         QVariantList {imageBlob(targetImage),
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(diff)).toJson(QJsonDocument::Compact)),
                       notNull(reasonText), id})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Cannot update conflict %1").arg(id), q.lastError().text());
    return {};
}

Result<qint64> ConflictStore::reopenResolvedBy(const QString& backupId)
{
    if (backupId.isEmpty())
        return qint64(0);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE conflicts SET state = 'open', resolution = '', set_values = '', "
                             "resolution_backup_id = '', resolved_at = '' WHERE state = 'resolved' AND resolution_backup_id = ?"));
    q.addBindValue(backupId);
    if (!q.exec())
        return sqlError(tr("Cannot reopen the conflicts of backup point %1").arg(backupId), q.lastError().text());
    return qint64(q.numRowsAffected());
}

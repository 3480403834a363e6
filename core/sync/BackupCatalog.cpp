#include "BackupCatalog.h"

#include "store/AppStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString columns()
{
    return QStringLiteral("id, kind, parent_id, state, created_at, finished_at, source, target, tables, inserted, "
                          "updated, deleted, conflicts, size_bytes, digest, message");
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

QDateTime timeFrom(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString tablesJson(const QList<BackupInfo::TableCounts>& tables)
{
    QJsonArray a;
    for (const BackupInfo::TableCounts& c : tables) {
        a.append(QJsonObject {{QStringLiteral("table"), c.table},
                              {QStringLiteral("inserted"), c.inserted},
                              {QStringLiteral("updated"), c.updated},
                              {QStringLiteral("deleted"), c.deleted},
                              {QStringLiteral("conflicts"), c.conflicts}});
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<BackupInfo::TableCounts> tablesFrom(const QString& json)
{
    QList<BackupInfo::TableCounts> out;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        BackupInfo::TableCounts c;
        c.table = o.value(QStringLiteral("table")).toString();
        c.inserted = o.value(QStringLiteral("inserted")).toInteger();
        c.updated = o.value(QStringLiteral("updated")).toInteger();
        c.deleted = o.value(QStringLiteral("deleted")).toInteger();
        c.conflicts = o.value(QStringLiteral("conflicts")).toInteger();
        out.append(c);
    }
    return out;
}

BackupInfo infoFrom(const QSqlQuery& q)
{
    BackupInfo b;
    b.id = q.value(0).toString();
    b.kind = q.value(1).toString();
    b.parentId = q.value(2).toString();
    b.state = BackupInfo::parseState(q.value(3).toString()).value_or(BackupInfo::State::Partial);
    b.created = timeFrom(q.value(4));
    b.finished = timeFrom(q.value(5));
    b.source = q.value(6).toString();
    b.target = q.value(7).toString();
    b.tables = tablesFrom(q.value(8).toString());
    b.inserted = q.value(9).toLongLong();
    b.updated = q.value(10).toLongLong();
    b.deleted = q.value(11).toLongLong();
    b.conflicts = q.value(12).toLongLong();
    b.sizeBytes = q.value(13).toLongLong();
    b.digest = q.value(14).toString();
    b.message = q.value(15).toString();
    return b;
}

QString notNull(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

BackupCatalog::BackupCatalog(AppStore& store)
    : m_store(store)
{
}

Error BackupCatalog::sqlError(const QString& what, const QString& detail) const
{
    return Error::make(tr("%1 in %2: %3").arg(what, QDir::toNativeSeparators(m_store.path()), detail),
                       tr("Check that the file is writable and the disk is not full."));
}

QString BackupCatalog::folder() const
{
    return QFileInfo(m_store.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupCatalog::folderOf(const QString& id) const
{
    return QDir(folder()).filePath(id);
}

QString BackupCatalog::fileOf(const QString& id) const
{
    return QDir(folderOf(id)).filePath(QStringLiteral("rows.ssbk"));
}

int BackupCatalog::retentionDays() const
{
    return m_store.value(Setting::BackupRetentionDays).toInt();
}

Result<BackupInfo> BackupCatalog::create(const QString& kind, const QString& parentId, const QString& source,
                                         const QString& target)
{
    const QString base = folder();
    if (!QFileInfo::exists(base)) {
        if (!QDir().mkpath(base))
            return Error::make(tr("Cannot create the backups folder %1.").arg(QDir::toNativeSeparators(base)),
                               tr("Check the permissions of the SyncStudio data folder."));
        QFile::setPermissions(base, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    BackupInfo info;
    info.kind = kind;
    info.parentId = parentId;
    info.source = source;
    info.target = target;
    info.state = BackupInfo::State::Partial;
    for (int attempt = 0; attempt < 5; ++attempt) {
        info.created = QDateTime::currentDateTimeUtc();
        info.id = info.created.toString(QStringLiteral("yyyyMMdd-HHmmss-"))
            + QString::number(QRandomGenerator::global()->bounded(0x100000, 0x1000000), 16);
        if (QFileInfo::exists(folderOf(info.id)))
            continue;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO backup_points (id, kind, parent_id, state, created_at, source, target) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : QVariantList {info.id, kind, notNull(parentId), BackupInfo::stateName(info.state),
                                               timeText(info.created), notNull(source), notNull(target)})
            q.addBindValue(v);
        if (!q.exec()) {
            if (get(info.id))
                continue; // the same id in the same second: draw again
            return sqlError(tr("Cannot register the backup point"), q.lastError().text());
        }
        if (!QDir().mkpath(folderOf(info.id))) {
            (void)remove(info.id);
            return Error::make(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folderOf(info.id))),
                               tr("Check the permissions of the backups folder."));
        }
        QFile::setPermissions(folderOf(info.id), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return info;
    }
    return Error::make(tr("Cannot find a free id for a new backup point."));
}

Status BackupCatalog::save(const BackupInfo& b)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE backup_points SET kind = ?, parent_id = ?, state = ?, created_at = ?, "
                             "finished_at = ?, source = ?, target = ?, tables = ?, inserted = ?, updated = ?, "
                             "deleted = ?, conflicts = ?, size_bytes = ?, digest = ?, message = ? WHERE id = ?"));
    for (const QVariant& v : QVariantList {b.kind, notNull(b.parentId), BackupInfo::stateName(b.state),
                                           timeText(b.created), timeText(b.finished), notNull(b.source),
                                           notNull(b.target), tablesJson(b.tables), b.inserted, b.updated, b.deleted,
                                           b.conflicts, b.sizeBytes, notNull(b.digest), notNull(b.message), b.id})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Cannot update the backup point %1").arg(b.id), q.lastError().text());
    if (q.numRowsAffected() == 0) {
        Error e = Error::make(tr("There is no backup point %1.").arg(b.id));
        e.code = QStringLiteral("not-found");
        return e;
    }
    return {};
}

Result<BackupInfo> BackupCatalog::get(const QString& idOrPrefix) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM backup_points WHERE id = ? OR substr(id, 1, ?) = ? ORDER BY id = ? DESC, id")
                  .arg(columns()));
    q.addBindValue(idOrPrefix);
    q.addBindValue(idOrPrefix.size());
    q.addBindValue(idOrPrefix);
    q.addBindValue(idOrPrefix);
    if (!q.exec())
        return sqlError(tr("Cannot read the backup catalog"), q.lastError().text());
    QList<BackupInfo> found;
    while (q.next())
        found.append(infoFrom(q));
    if (!idOrPrefix.isEmpty() && !found.isEmpty() && (found.first().id == idOrPrefix || found.size() == 1))
        return found.first();
    Error e = found.isEmpty()
        ? Error::make(tr("There is no backup point %1.").arg(idOrPrefix),
                      tr("List them with syncstudio-cli backups list."))
        : Error::make(tr("\"%1\" matches %2 backup points.").arg(idOrPrefix).arg(found.size()),
                      tr("Give more of the id."));
    e.code = found.isEmpty() ? QStringLiteral("not-found") : QStringLiteral("ambiguous");
    return e;
}

Result<QList<BackupInfo>> BackupCatalog::list() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM backup_points ORDER BY created_at DESC, id DESC").arg(columns())))
        return sqlError(tr("Cannot read the backup catalog"), q.lastError().text());
    QList<BackupInfo> out;
    while (q.next())
        out.append(infoFrom(q));
    return out;
}

Result<std::optional<BackupInfo>> BackupCatalog::unfinishedRollbackOf(const QString& parentId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM backup_points WHERE parent_id = ? AND kind = 'rollback' AND state = ? "
                             "ORDER BY created_at DESC, id DESC LIMIT 1")
                  .arg(columns()));
    q.addBindValue(parentId);
    q.addBindValue(BackupInfo::stateName(BackupInfo::State::Partial));
    if (!q.exec())
        return sqlError(tr("Cannot read the backup catalog"), q.lastError().text());
    if (q.next())
        return std::optional<BackupInfo>(infoFrom(q));
    return std::optional<BackupInfo>();
}

Status BackupCatalog::remove(const QString& id)
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1String("..")))
        return Error::make(tr("\"%1\" is not a backup point id.").arg(id));
    const QString dir = folderOf(id);
    if (QFileInfo::exists(dir) && !QDir(dir).removeRecursively())
        return Error::make(tr("Cannot delete the folder %1.").arg(QDir::toNativeSeparators(dir)),
                           tr("Check its permissions, delete it by hand, then run the command again."));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM backup_points WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Cannot delete the backup point %1").arg(id), q.lastError().text());
    return {};
}

Result<QList<BackupInfo>> BackupCatalog::expired(const QDateTime& now) const
{
    const int days = retentionDays();
    if (days <= 0)
        return QList<BackupInfo>();
    Result<QList<BackupInfo>> all = list();
    if (!all)
        return all.error();
    QList<BackupInfo> out;
    for (const BackupInfo& b : *all) {
        // A run that has not finished is never offered for deletion: it may still be resumed.
        if (b.state != BackupInfo::State::Partial && b.created.addDays(days) < now)
            out.append(b);
    }
    return out;
}

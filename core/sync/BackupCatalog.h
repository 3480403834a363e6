#pragma once

#include "BackupInfo.h"
#include "Result.h"

#include <QCoreApplication>

class AppStore;

/// The AppStore's list of backup points (table backup_points) and their folders under
/// <store folder>/backups/<id>/. Used on the thread that owns the AppStore.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    explicit BackupCatalog(AppStore& store);

    /// <folder of the AppStore file>/backups
    QString folder() const;
    QString folderOf(const QString& id) const;
    /// The row journal of a backup point: folderOf(id)/rows.ssbk
    QString fileOf(const QString& id) const;

    /// Registers a new, partial backup point with a fresh id (yyyyMMdd-HHmmss-xxxxxx, sortable and
    /// readable) and creates its folder (mode 0700).
    Result<BackupInfo> create(const QString& kind, const QString& parentId, const QString& source,
                              const QString& target);
    /// Writes every field of `info` back (the id selects the row).
    Status save(const BackupInfo& info);
    /// By id, or by a prefix that matches exactly one id. Code "not-found" / "ambiguous".
    Result<BackupInfo> get(const QString& idOrPrefix) const;
    /// Newest first.
    Result<QList<BackupInfo>> list() const;
    /// The newest unfinished rollback of `parentId`, if any (a rollback to resume).
    Result<std::optional<BackupInfo>> unfinishedRollbackOf(const QString& parentId) const;
    /// Deletes the folder and the catalog row.
    Status remove(const QString& id);
    /// Backup points older than Setting::BackupRetentionDays (none when it is 0 or less), which
    /// the user is offered to delete.
    Result<QList<BackupInfo>> expired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    int retentionDays() const;

private:
    Error sqlError(const QString& what, const QString& detail) const;

    AppStore& m_store;
};

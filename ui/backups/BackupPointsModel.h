#pragma once

#include "Result.h"
#include "sync/BackupInfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

class AppStore;

/// The backup points of the AppStore's catalog, newest first: when each was taken, from which
/// source into which target, how many tables and rows it covers, its size and its state (with
/// those past the retention setting marked expired). Colours and icons come from its roles.
class BackupPointsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        KindColumn,
        SourceColumn,
        TargetColumn,
        TablesColumn,
        RowsColumn,
        SizeColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the backup point's id
        SortRole, ///< the raw value a column sorts by (time, numbers as numbers)
        StateRole, ///< int: BackupInfo::State
        ExpiredRole, ///< bool: older than the retention setting
        KindRole, ///< QString: "sync", "rollback" or "schema"
    };

    /// Reads the catalog of `store`, which must live on this model's thread and outlive it.
    explicit BackupPointsModel(AppStore& store, QObject* parent = nullptr);

    /// Re-reads the catalog. On failure the model keeps what it showed.
    Status reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<BackupInfo> backup(const QModelIndex& index) const;
    std::optional<BackupInfo> backupById(const QString& id) const;
    QModelIndex indexOf(const QString& id) const;
    bool isExpired(const QString& id) const { return m_expired.contains(id); }
    int retentionDays() const { return m_retentionDays; }
    const QList<BackupInfo>& backups() const { return m_backups; }

    /// In the user's words: "Complete", "Rolled back", "Unfinished".
    static QString stateText(BackupInfo::State state);
    /// "Sync", "Rollback", "Schema sync".
    static QString kindText(const QString& kind);
    /// "1.2 MB" in the user's locale.
    static QString sizeText(qint64 bytes);

private:
    AppStore& m_store;
    QList<BackupInfo> m_backups;
    QSet<QString> m_expired;
    int m_retentionDays = 0;
};

#include "BackupPointsModel.h"

#include "UiStyle.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

BackupPointsModel::BackupPointsModel(AppStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

Status BackupPointsModel::reload()
{
    BackupCatalog catalog(m_store);
    Result<QList<BackupInfo>> all = catalog.list();
    if (!all)
        return all.error();
    QSet<QString> expired;
    if (Result<QList<BackupInfo>> old = catalog.expired()) {
        for (const BackupInfo& b : *old)
            expired.insert(b.id);
    }
    beginResetModel();
    m_backups = *all;
    m_expired = expired;
    m_retentionDays = catalog.retentionDays();
    endResetModel();
    return {};
}

int BackupPointsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupPointsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupPointsModel::stateText(BackupInfo::State state)
{
    switch (state) {
    case BackupInfo::State::Complete:
        return tr("Complete");
    case BackupInfo::State::RolledBack:
        return tr("Rolled back");
    case BackupInfo::State::Partial:
        break;
    }
    return tr("Unfinished");
}

QString BackupPointsModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("sync"))
        return tr("Sync");
    if (kind == QLatin1String("rollback"))
        return tr("Rollback");
    if (kind == QLatin1String("schema"))
        return tr("Schema sync");
    return kind;
}

QString BackupPointsModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant BackupPointsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupInfo& b = m_backups.at(index.row());
    const bool expired = m_expired.contains(b.id);
    switch (role) {
    case IdRole:
        return b.id;
    case StateRole:
        return int(b.state);
    case ExpiredRole:
        return expired;
    case KindRole:
        return b.kind;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(b.created.toLocalTime(), QLocale::ShortFormat);
        case KindColumn:
            return kindText(b.kind);
        case SourceColumn:
            return b.source.isEmpty() ? QStringLiteral("—") : b.source;
        case TargetColumn:
            return b.target.isEmpty() ? QStringLiteral("—") : b.target;
        case TablesColumn:
            return QLocale().toString(qlonglong(b.tables.size()));
        case RowsColumn:
            return QLocale().toString(b.rows());
        case SizeColumn:
            return sizeText(b.sizeBytes);
        case StateColumn:
            return expired ? tr("%1 (expired)").arg(stateText(b.state)) : stateText(b.state);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return b.created;
        case TablesColumn:
            return qlonglong(b.tables.size());
        case RowsColumn:
            return b.rows();
        case SizeColumn:
            return b.sizeBytes;
        case StateColumn:
            return int(b.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("Backup point %1, taken %2")
                .arg(b.id, QLocale().toString(b.created.toLocalTime(), QLocale::LongFormat));
        case RowsColumn:
            return tr("%1 inserted, %2 updated, %3 deleted by the run")
                .arg(b.inserted)
                .arg(b.updated)
                .arg(b.deleted);
        case StateColumn:
            if (expired)
                return tr(
                    "Older than the retention of %n day(s): offered for deletion.", nullptr, m_retentionDays);
            if (b.state == BackupInfo::State::Partial)
                return tr("The run did not finish; the rows it wrote can still be rolled back.");
            return b.message.isEmpty() ? QVariant() : QVariant(b.message);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == TimeColumn) {
            if (b.kind == QLatin1String("rollback"))
                return QIcon(QStringLiteral(":/icons/rollback.svg"));
            if (b.kind == QLatin1String("schema"))
                return QIcon(QStringLiteral(":/icons/object-table.svg"));
            return QIcon(QStringLiteral(":/icons/sync.svg"));
        }
        if (index.column() == StateColumn) {
            switch (b.state) {
            case BackupInfo::State::Complete:
                return QIcon(QStringLiteral(":/icons/ok.svg"));
            case BackupInfo::State::RolledBack:
                return QIcon(QStringLiteral(":/icons/rollback.svg"));
            case BackupInfo::State::Partial:
                return QIcon(QStringLiteral(":/icons/warning.svg"));
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && b.state == BackupInfo::State::Partial)
            return UiStyle::warningColor();
        if (expired || b.state == BackupInfo::State::RolledBack)
            return UiStyle::identicalColor();
        return {};
    case Qt::FontRole:
        if (expired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TablesColumn || index.column() == RowsColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant BackupPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target");
    case TablesColumn:
        return tr("Tables");
    case RowsColumn:
        return tr("Rows");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    }
    return {};
}

std::optional<BackupInfo> BackupPointsModel::backup(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_backups.size())
        return std::nullopt;
    return m_backups.at(index.row());
}

std::optional<BackupInfo> BackupPointsModel::backupById(const QString& id) const
{
    for (const BackupInfo& b : m_backups) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

QModelIndex BackupPointsModel::indexOf(const QString& id) const
{
    for (int i = 0; i < m_backups.size(); ++i) {
        if (m_backups.at(i).id == id)
            return index(i, 0);
    }
    return {};
}

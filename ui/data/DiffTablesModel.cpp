#include "DiffTablesModel.h"

#include "DiffColors.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

DiffTablesModel::DiffTablesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DiffTablesModel::setTables(const QList<DiffTableInfo>& tables)
{
    bool same = tables.size() == m_tables.size();
    for (int i = 0; same && i < tables.size(); ++i)
        same = tables.at(i).id == m_tables.at(i).id;
    if (!same) {
        beginResetModel();
        m_tables = tables;
        endResetModel();
        return;
    }
    m_tables = tables;
    if (!m_tables.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_tables.size()) - 1, ColumnCount - 1));
}

int DiffTablesModel::rowOf(qint64 tableId) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).id == tableId)
            return i;
    }
    return -1;
}

int DiffTablesModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).name == name)
            return i;
    }
    return -1;
}

void DiffTablesModel::setLive(const QHash<qint64, Live>& live)
{
    QList<qint64> touched = m_live.keys();
    touched.append(live.keys());
    m_live = live;
    for (qint64 id : std::as_const(touched)) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, StatusColumn), index(row, TimeColumn));
    }
}

bool DiffTablesModel::isFinished(const DiffTableInfo& table)
{
    return table.status == QLatin1String("identical") || table.status == QLatin1String("different")
        || table.status == QLatin1String("skipped") || table.status == QLatin1String("error");
}

QString DiffTablesModel::statusText(const QString& status)
{
    if (status == QLatin1String("identical"))
        return tr("Identical");
    if (status == QLatin1String("different"))
        return tr("Different");
    if (status == QLatin1String("skipped"))
        return tr("Skipped");
    if (status == QLatin1String("error"))
        return tr("Error");
    if (status == QLatin1String("pending"))
        return tr("Waiting");
    return status;
}

QString DiffTablesModel::shownName(const DiffTableInfo& table)
{
    if (table.sourceTable.isEmpty() && table.targetTable.isEmpty())
        return table.name;
    if (table.sourceTable.isEmpty())
        return table.targetTable;
    if (table.targetTable.isEmpty() || table.targetTable == table.sourceTable)
        return table.sourceTable;
    return tr("%1 → %2").arg(table.sourceTable, table.targetTable);
}

namespace {

QIcon statusIcon(const QString& status)
{
    if (status == QLatin1String("different"))
        return QIcon(QStringLiteral(":/icons/status-different.svg"));
    if (status == QLatin1String("identical"))
        return QIcon(QStringLiteral(":/icons/status-identical.svg"));
    if (status == QLatin1String("error") || status == QLatin1String("skipped"))
        return QIcon(QStringLiteral(":/icons/warning.svg"));
    return {};
}

} // namespace

int DiffTablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int DiffTablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffTablesModel::countData(qint64 count, QColor color, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(count);
    case SortRole:
        return count;
    case Qt::ForegroundRole:
        return count > 0 ? color : DiffColors::placeholderText();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DiffTablesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tables.size() || index.column() >= ColumnCount)
        return {};
    const DiffTableInfo& t = m_tables.at(index.row());
    if (role == TableIdRole)
        return t.id;
    if (role == StatusRole)
        return t.status;
    if (role == FullNameRole)
        return t.name;
    const auto live = m_live.constFind(t.id);
    const bool running = live != m_live.cend();
    const bool finished = isFinished(t);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return shownName(t);
        if (role == Qt::ToolTipRole) {
            QString tip = t.name;
            if (t.sourceDatabase + QLatin1Char('.') + t.sourceTable != t.name
                || t.targetTable != t.sourceTable || t.targetDatabase != t.sourceDatabase) {
                tip += QLatin1Char('\n')
                    + tr("%1.%2 → %3.%4")
                          .arg(t.sourceDatabase, t.sourceTable, t.targetDatabase, t.targetTable);
            }
            if (!t.keyColumns.isEmpty())
                tip += QLatin1Char('\n') + tr("Key: %1").arg(t.keyColumns.join(QStringLiteral(", ")));
            else
                tip += QLatin1Char('\n') + tr("No key: compared as a multiset of rows");
            return tip;
        }
        return {};
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
            // Short enough for the column; the rate is in the tooltip.
            if (running) {
                if (live->rowsDone >= 0)
                    return tr("%1 rows").arg(QLocale().toString(live->rowsDone));
                return tr("Comparing…");
            }
            return statusText(t.status);
        case Qt::DecorationRole:
            return running ? QIcon(QStringLiteral(":/icons/compare.svg")) : statusIcon(t.status);
        case SortRole:
            return running ? QStringLiteral("running") : t.status;
        case Qt::ToolTipRole:
            if (running) {
                QString tip = tr("Comparing for %1 s").arg(live->seconds, 0, 'f', 1);
                if (live->rowsDone >= 0)
                    tip += QLatin1Char('\n') + tr("%1 rows read").arg(QLocale().toString(live->rowsDone));
                if (live->rowsPerSecond > 0)
                    tip += QLatin1Char('\n')
                        + tr("%1 rows/s").arg(QLocale().toString(qint64(live->rowsPerSecond)));
                return tip;
            }
            return t.reason.isEmpty() ? QVariant() : QVariant(t.reason);
        case Qt::ForegroundRole:
            if (running)
                return {};
            if (t.status == QLatin1String("different"))
                return DiffColors::kindColor(DiffRow::Kind::Different);
            if (t.status == QLatin1String("error"))
                return DiffColors::kindColor(DiffRow::Kind::OnlyInTarget);
            if (t.status == QLatin1String("identical") || !finished)
                return DiffColors::placeholderText();
            return {};
        case Qt::FontRole:
            // Colour and icon carry the status; bold would cost the table names their room.
            if (t.status == QLatin1String("skipped")) {
                QFont f = QGuiApplication::font();
                f.setItalic(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    case OnlyInSourceColumn:
        return finished || role == SortRole
            ? countData(t.onlyInSource, DiffColors::kindColor(DiffRow::Kind::OnlyInSource), role)
            : QVariant();
    case OnlyInTargetColumn:
        return finished || role == SortRole
            ? countData(t.onlyInTarget, DiffColors::kindColor(DiffRow::Kind::OnlyInTarget), role)
            : QVariant();
    case DifferentColumn:
        return finished || role == SortRole
            ? countData(t.different, DiffColors::kindColor(DiffRow::Kind::Different), role)
            : QVariant();
    case IdenticalColumn:
        return finished || role == SortRole
            ? countData(t.identical, QGuiApplication::palette().color(QPalette::Text), role)
            : QVariant();
    case TimeColumn: {
        const double seconds = running ? live->seconds : t.seconds;
        switch (role) {
        case Qt::DisplayRole:
            if (!running && !finished)
                return {};
            return seconds < 10 ? tr("%1 s").arg(seconds, 0, 'f', 2) : tr("%1 s").arg(seconds, 0, 'f', 1);
        case SortRole:
            return seconds;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant DiffTablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The count columns are headed by the kinds' icons alone (the filter buttons beside the grid
    // name them in words), so the list stays narrow enough to leave room for the rows.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Table");
        case StatusColumn:
            return tr("Status");
        case TimeColumn:
            return tr("Time");
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole) {
        switch (section) {
        case OnlyInSourceColumn:
            return tr("Only in source");
        case OnlyInTargetColumn:
            return tr("Only in target");
        case DifferentColumn:
            return tr("Different");
        case IdenticalColumn:
            return tr("Identical");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The table, and where it goes when it was mapped to another");
        case OnlyInSourceColumn:
            return tr("Rows only the source has: sync inserts them into the target");
        case OnlyInTargetColumn:
            return tr("Rows only the target has: sync deletes them");
        case DifferentColumn:
            return tr("Rows with the same key and different values: sync updates them");
        case IdenticalColumn:
            return tr("Rows that are the same on both sides");
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        switch (section) {
        case OnlyInSourceColumn:
            return QIcon(QStringLiteral(":/icons/status-only-source.svg"));
        case OnlyInTargetColumn:
            return QIcon(QStringLiteral(":/icons/status-only-target.svg"));
        case DifferentColumn:
            return QIcon(QStringLiteral(":/icons/status-different.svg"));
        case IdenticalColumn:
            return QIcon(QStringLiteral(":/icons/status-identical.svg"));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section >= OnlyInSourceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

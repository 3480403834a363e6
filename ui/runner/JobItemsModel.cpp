#include "JobItemsModel.h"

#include <QIcon>
#include <QLocale>

JobItemsModel::JobItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void JobItemsModel::setItems(const QList<JobItemProgress>& items)
{
    qsizetype common = 0;
    const qsizetype shared = qMin(items.size(), m_items.size());
    while (common < shared && items.at(common).name == m_items.at(common).name)
        ++common;
    if (common < m_items.size()) {
        // Items were dropped or reordered (the job's bound, or a new phase): start over.
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < common; ++row) {
        if (!(m_items.at(row) == items.at(row))) {
            m_items[row] = items.at(row);
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
    if (items.size() > m_items.size()) {
        beginInsertRows({}, int(m_items.size()), int(items.size() - 1));
        m_items.append(items.mid(m_items.size()));
        endInsertRows();
    }
}

int JobItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int JobItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobItemProgress& item = m_items.at(index.row());
    const bool done = item.state == JobItemProgress::State::Done;
    switch (role) {
    case StateRole:
        return int(item.state);
    case FractionRole:
        if (done)
            return 1.0;
        if (item.rowsTotal > 0)
            return qBound(0.0, double(item.rowsDone) / double(item.rowsTotal), 1.0);
        return item.state == JobItemProgress::State::Running ? -1.0 : 0.0;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.name;
        case ProgressColumn:
            switch (item.state) {
            case JobItemProgress::State::Pending:
                return tr("Waiting");
            case JobItemProgress::State::Failed:
                return tr("Failed");
            case JobItemProgress::State::Done:
                return tr("Done");
            case JobItemProgress::State::Running:
                return item.rowsTotal > 0
                    ? tr("%1%").arg(int(100.0 * double(item.rowsDone) / double(item.rowsTotal)))
                    : QString();
            }
            break;
        case RowsColumn: {
            const QLocale locale;
            if (item.rowsTotal > 0 && !done)
                return tr("%1 of %2").arg(locale.toString(item.rowsDone), locale.toString(item.rowsTotal));
            return locale.toString(item.rowsDone);
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            break;
        if (done)
            return QIcon(QStringLiteral(":/icons/ok.svg"));
        if (item.state == JobItemProgress::State::Failed)
            return QIcon(QStringLiteral(":/icons/error.svg"));
        return QIcon(QStringLiteral(":/icons/object-table.svg"));
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant JobItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Table");
    case ProgressColumn:
        return tr("Progress");
    case RowsColumn:
        return tr("Rows");
    }
    return {};
}

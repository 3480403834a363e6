#include "SchemaTreeModel.h"

#include "UiStyle.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace {

// Kind rows have internal id 0; an object row stores its kind's row + 1.
constexpr quintptr GroupRowId = 0;

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void SchemaTreeModel::setResult(const SchemaDiffResult& result)
{
    beginResetModel();
    m_result = result;
    m_groups.clear();
    for (int i = 0; i < m_result.objects.size(); ++i) {
        const ObjectDiff& o = m_result.objects.at(i);
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&o](const Group& g) { return g.type == o.type; });
        if (it == m_groups.end()) {
            m_groups.append(Group {o.type, {}, 0});
            it = m_groups.end() - 1;
        }
        it->objects.append(i);
        if (o.status != ObjectDiff::Status::Identical)
            ++it->differing;
    }
    std::stable_sort(m_groups.begin(), m_groups.end(),
        [](const Group& a, const Group& b) { return objectTypeOrder(a.type) < objectTypeOrder(b.type); });
    // By name within a kind, whatever order the result came in.
    for (Group& g : m_groups) {
        std::stable_sort(g.objects.begin(), g.objects.end(), [this](int a, int b) {
            return displayName(m_result.objects.at(a)).compare(displayName(m_result.objects.at(b)), Qt::CaseInsensitive) < 0;
        });
    }
    endResetModel();
}

void SchemaTreeModel::clear()
{
    setResult(SchemaDiffResult());
}

const ObjectDiff* SchemaTreeModel::object(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupRowId)
        return nullptr;
    const Group& g = m_groups.at(int(index.internalId() - 1));
    return &m_result.objects.at(g.objects.at(index.row()));
}

QModelIndex SchemaTreeModel::indexOf(ObjectType type, const QString& name) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).type != type)
            continue;
        const QList<int>& list = m_groups.at(g).objects;
        for (int r = 0; r < list.size(); ++r) {
            if (m_result.objects.at(list.at(r)).name == name)
                return createIndex(r, NameColumn, quintptr(g + 1));
        }
    }
    return {};
}

QString SchemaTreeModel::statusText(ObjectDiff::Status status)
{
    switch (status) {
    case ObjectDiff::Status::OnlyInSource:
        return tr("Only in source");
    case ObjectDiff::Status::OnlyInTarget:
        return tr("Only in target");
    case ObjectDiff::Status::Different:
        return tr("Different");
    case ObjectDiff::Status::Identical:
        break;
    }
    return tr("Identical");
}

QColor SchemaTreeModel::statusColor(ObjectDiff::Status status)
{
    switch (status) {
    case ObjectDiff::Status::OnlyInSource:
        return UiStyle::onlyInSourceColor();
    case ObjectDiff::Status::OnlyInTarget:
        return UiStyle::onlyInTargetColor();
    case ObjectDiff::Status::Different:
        return UiStyle::differentColor();
    case ObjectDiff::Status::Identical:
        break;
    }
    return UiStyle::identicalColor();
}

QIcon SchemaTreeModel::statusIcon(ObjectDiff::Status status)
{
    switch (status) {
    case ObjectDiff::Status::OnlyInSource:
        return QIcon(QStringLiteral(":/icons/status-only-source.svg"));
    case ObjectDiff::Status::OnlyInTarget:
        return QIcon(QStringLiteral(":/icons/status-only-target.svg"));
    case ObjectDiff::Status::Different:
        return QIcon(QStringLiteral(":/icons/status-different.svg"));
    case ObjectDiff::Status::Identical:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status-identical.svg"));
}

QString SchemaTreeModel::typeTitle(ObjectType type)
{
    switch (type) {
    case ObjectType::Table:
        return tr("Tables");
    case ObjectType::View:
        return tr("Views");
    case ObjectType::Trigger:
        return tr("Triggers");
    case ObjectType::Procedure:
        return tr("Procedures");
    case ObjectType::Function:
        return tr("Functions");
    case ObjectType::Event:
        return tr("Events");
    }
    return {};
}

QString SchemaTreeModel::typeWord(ObjectType type)
{
    switch (type) {
    case ObjectType::Table:
        return tr("table");
    case ObjectType::View:
        return tr("view");
    case ObjectType::Trigger:
        return tr("trigger");
    case ObjectType::Procedure:
        return tr("procedure");
    case ObjectType::Function:
        return tr("function");
    case ObjectType::Event:
        return tr("event");
    }
    return {};
}

QIcon SchemaTreeModel::typeIcon(ObjectType type)
{
    return QIcon(QStringLiteral(":/icons/object-%1.svg").arg(objectTypeName(type)));
}

QString SchemaTreeModel::displayName(const ObjectDiff& object)
{
    if (!object.sourceName.isEmpty() && !object.targetName.isEmpty() && object.sourceName != object.targetName)
        return QStringLiteral("%1 → %2").arg(object.sourceName, object.targetName);
    return object.sourceName.isEmpty() ? object.targetName : object.sourceName;
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SchemaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int SchemaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupRowId && parent.column() == 0)
        return int(m_groups.at(parent.row()).objects.size());
    return 0;
}

int SchemaTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRowId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group& g = m_groups.at(int(index.internalId() - 1));
    return objectData(g.objects.at(index.row()), index.column(), role);
}

QVariant SchemaTreeModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return typeTitle(group.type);
        if (group.differing == 0)
            return tr("%n identical", nullptr, int(group.objects.size()));
        return tr("%1 of %2 differ").arg(group.differing).arg(group.objects.size());
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(typeIcon(group.type)) : QVariant();
    case Qt::FontRole: {
        if (column != NameColumn)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::ForegroundRole:
        return column == StatusColumn && group.differing == 0 ? QVariant(QBrush(UiStyle::identicalColor())) : QVariant();
    case ObjectTypeRole:
        return int(group.type);
    case IsGroupRole:
        return true;
    case ObjectIndexRole:
        return -1;
    case DifferingCountRole:
        return group.differing;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::objectData(int objectIndex, int column, int role) const
{
    const ObjectDiff& o = m_result.objects.at(objectIndex);
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? displayName(o) : statusText(o.status);
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(statusIcon(o.status)) : QVariant();
    case Qt::ForegroundRole:
        return QBrush(statusColor(o.status));
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> %2 — %3")
                          .arg(o.name.toHtmlEscaped(), typeWord(o.type), statusText(o.status));
        for (const QString& change : o.changes)
            tip += QStringLiteral("<br>• ") + change.toHtmlEscaped();
        return tip;
    }
    case StatusRole:
        return int(o.status);
    case ObjectTypeRole:
        return int(o.type);
    case IsGroupRole:
        return false;
    case ObjectIndexRole:
        return objectIndex;
    case ChangesRole:
        return o.changes;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Object") : section == StatusColumn ? tr("Status") : QVariant();
}

Qt::ItemFlags SchemaTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

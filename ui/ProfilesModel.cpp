#include "ProfilesModel.h"

#include "store/AppStore.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace {

// Group rows have internal id 0; a profile row stores its group's row + 1, which is all parent()
// needs to find its way back up.
constexpr quintptr GroupRowId = 0;

} // namespace

ProfilesModel::ProfilesModel(AppStore& store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{ }

Status ProfilesModel::reload()
{
    Result<QList<Profile>> loaded = m_store.profiles();
    if (!loaded)
        return loaded.error();

    QList<GroupNode> groups;
    for (Group g : {Group::Production, Group::Staging, Group::Development, Group::Other}) {
        GroupNode node {g, {}};
        for (const Profile& p : *loaded) {
            if (groupOf(p) == g)
                node.profiles.append(p);
        }
        std::stable_sort(node.profiles.begin(), node.profiles.end(), [](const Profile& a, const Profile& b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        if (!node.profiles.isEmpty())
            groups.append(node);
    }

    beginResetModel();
    m_groups = groups;
    endResetModel();
    return {};
}

std::optional<Profile> ProfilesModel::profile(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupRowId)
        return std::nullopt;
    return m_groups.at(int(index.internalId() - 1)).profiles.at(index.row());
}

QModelIndex ProfilesModel::indexOfProfile(qint64 id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Profile>& list = m_groups.at(g).profiles;
        for (int r = 0; r < list.size(); ++r) {
            if (list.at(r).id == id)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

std::optional<Profile> ProfilesModel::profileById(qint64 id) const
{
    return profile(indexOfProfile(id));
}

QList<Profile> ProfilesModel::profiles() const
{
    QList<Profile> all;
    for (const GroupNode& node : m_groups)
        all += node.profiles;
    return all;
}

int ProfilesModel::profileCount() const
{
    int n = 0;
    for (const GroupNode& node : m_groups)
        n += int(node.profiles.size());
    return n;
}

ProfilesModel::Group ProfilesModel::groupOf(const Profile& profile)
{
    const QString tag = profile.tag.trimmed().toLower();
    if (tag == QLatin1String("prod"))
        return Group::Production;
    if (tag == QLatin1String("staging"))
        return Group::Staging;
    if (tag == QLatin1String("dev"))
        return Group::Development;
    return Group::Other;
}

QString ProfilesModel::groupTitle(Group group)
{
    switch (group) {
    case Group::Production:
        return tr("Production");
    case Group::Staging:
        return tr("Staging");
    case Group::Development:
        return tr("Development");
    case Group::Other:
        break;
    }
    return tr("Other");
}

QString ProfilesModel::groupDescription(Group group)
{
    switch (group) {
    case Group::Production:
        return tr("Profiles tagged prod. Every sync that writes to one asks for confirmation first.");
    case Group::Staging:
        return tr("Profiles tagged staging.");
    case Group::Development:
        return tr("Profiles tagged dev.");
    case Group::Other:
        break;
    }
    return tr("Profiles without an environment tag.");
}

QIcon ProfilesModel::groupIcon(Group group)
{
    switch (group) {
    case Group::Production:
        return QIcon(QStringLiteral(":/icons/env-prod.svg"));
    case Group::Staging:
        return QIcon(QStringLiteral(":/icons/env-staging.svg"));
    case Group::Development:
        return QIcon(QStringLiteral(":/icons/env-dev.svg"));
    case Group::Other:
        break;
    }
    return QIcon(QStringLiteral(":/icons/env-other.svg"));
}

QIcon ProfilesModel::profileIcon(Group group)
{
    switch (group) {
    case Group::Production:
        return QIcon(QStringLiteral(":/icons/profile-prod.svg"));
    case Group::Staging:
        return QIcon(QStringLiteral(":/icons/profile-staging.svg"));
    case Group::Development:
        return QIcon(QStringLiteral(":/icons/profile-dev.svg"));
    case Group::Other:
        break;
    }
    return QIcon(QStringLiteral(":/icons/profile-other.svg"));
}

QColor ProfilesModel::productionColor()
{
    return QColor(0xd6, 0x45, 0x45);
}

QString ProfilesModel::address(const Profile& profile)
{
    const QString where = profile.socket.isEmpty()
        ? QStringLiteral("%1:%2").arg(profile.host).arg(profile.port)
        : profile.socket;
    return profile.user.isEmpty() ? where : profile.user + QLatin1Char('@') + where;
}

QModelIndex ProfilesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).profiles.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ProfilesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int ProfilesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupRowId)
        return 0;
    return int(m_groups.at(parent.row()).profiles.size());
}

int ProfilesModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ProfilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRowId)
        return groupData(m_groups.at(index.row()), role);
    const GroupNode& node = m_groups.at(int(index.internalId() - 1));
    return profileData(node, node.profiles.at(index.row()), role);
}

Qt::ItemFlags ProfilesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A group is a heading: it can be clicked (to fold it) but not chosen as a profile.
    if (index.internalId() == GroupRowId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ProfilesModel::groupData(const GroupNode& node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return groupTitle(node.group);
    case Qt::ToolTipRole:
        return groupDescription(node.group);
    case Qt::DecorationRole:
        return groupIcon(node.group);
    case Qt::ForegroundRole:
        if (node.group == Group::Production)
            return QBrush(productionColor());
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case GroupRole:
        return int(node.group);
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

QVariant ProfilesModel::profileData(const GroupNode& node, const Profile& profile, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(profile.name.toHtmlEscaped());
        lines << tr("Server: %1").arg(address(profile).toHtmlEscaped());
        if (!profile.database.isEmpty())
            lines << tr("Default database: %1").arg(profile.database.toHtmlEscaped());
        lines << tr("TLS: %1").arg(tlsModeName(profile.tlsMode));
        lines << (profile.hasPassword ? tr("Password stored in the system keychain")
                                      : tr("No password stored"));
        if (!profile.notes.trimmed().isEmpty())
            lines << QStringLiteral("<i>%1</i>").arg(profile.notes.trimmed().toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    case Qt::DecorationRole:
        return profileIcon(node.group);
    case Qt::ForegroundRole:
        if (node.group == Group::Production)
            return QBrush(productionColor());
        return {};
    case ProfileIdRole:
        return profile.id;
    case GroupRole:
        return int(node.group);
    case IsGroupRole:
        return false;
    case AddressRole:
        return address(profile);
    default:
        return {};
    }
}

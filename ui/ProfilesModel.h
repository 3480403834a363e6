#pragma once

#include "Result.h"
#include "store/Profile.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QIcon>
#include <QList>

#include <optional>

class AppStore;

/// The saved connection profiles as a two-level tree, environment group -> profile, for the
/// sidebar and the workspace's pickers. Colours, icons and fonts come from its data roles, so
/// every view shows production the same way.
class ProfilesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /// The sidebar's groups, in display order.
    enum class Group { Production, Staging, Development, Other };
    Q_ENUM(Group)

    enum Role {
        ProfileIdRole = Qt::UserRole + 1, ///< qint64 for a profile row, invalid for a group row
        GroupRole, ///< the row's Group, as int
        IsGroupRole, ///< bool
        AddressRole, ///< "user@host:port" or the socket, for a profile row
    };

    explicit ProfilesModel(AppStore& store, QObject* parent = nullptr);

    /// Re-reads the profiles from the store. On failure the model keeps what it showed.
    Status reload();

    /// The profile at `index`, or nothing for a group row or an invalid index.
    std::optional<Profile> profile(const QModelIndex& index) const;
    /// The row of the profile with this id, or an invalid index.
    QModelIndex indexOfProfile(qint64 id) const;
    /// The profile with this id, or nothing.
    std::optional<Profile> profileById(qint64 id) const;
    /// Every profile in display order (group, then name).
    QList<Profile> profiles() const;
    int profileCount() const;

    static Group groupOf(const Profile& profile);
    static QString groupTitle(Group group);
    /// One sentence on what the group holds, for its tooltip.
    static QString groupDescription(Group group);
    static QIcon groupIcon(Group group);
    static QIcon profileIcon(Group group);
    /// The colour production rows are drawn in: a mid-tone red readable on light and dark palettes.
    static QColor productionColor();
    /// "user@host:port", "user@/path/to.sock", or without "user@" when there is no user.
    static QString address(const Profile& profile);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct GroupNode
    {
        Group group;
        QList<Profile> profiles;
    };

    QVariant groupData(const GroupNode& node, int role) const;
    QVariant profileData(const GroupNode& node, const Profile& profile, int role) const;

    AppStore& m_store;
    QList<GroupNode> m_groups; ///< only the groups that hold profiles, in Group order
};

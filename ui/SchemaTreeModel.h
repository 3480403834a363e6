#pragma once

#include "schema/SchemaDiffResult.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QIcon>

/// The objects of a schema compare as a two-level tree, kind (Tables, Views, ...) -> object, with
/// each object's status as icon, colour and text from the data roles: only in source green, only
/// in target red, different amber, identical grey.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, ColumnCount };

    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int ObjectDiff::Status of an object row; invalid for a kind row
        ObjectTypeRole,                ///< int ObjectType, on both levels
        IsGroupRole,                   ///< bool
        ObjectIndexRole,               ///< int index into SchemaDiffResult::objects; -1 for a kind row
        ChangesRole,                   ///< QStringList: what differs, for an object row
        DifferingCountRole,            ///< int: objects of a kind row that are not identical
    };

    explicit SchemaTreeModel(QObject* parent = nullptr);

    void setResult(const SchemaDiffResult& result);
    void clear();
    const SchemaDiffResult& result() const { return m_result; }

    /// The object at `index`, or nullptr for a kind row or an invalid index.
    const ObjectDiff* object(const QModelIndex& index) const;
    /// The row of the object with this type and name (as ObjectDiff::name), or an invalid index.
    QModelIndex indexOf(ObjectType type, const QString& name) const;

    static QString statusText(ObjectDiff::Status status);
    static QColor statusColor(ObjectDiff::Status status);
    static QIcon statusIcon(ObjectDiff::Status status);
    /// "Tables", "Views", ...
    static QString typeTitle(ObjectType type);
    /// "table", "view", ... as a word in a sentence.
    static QString typeWord(ObjectType type);
    static QIcon typeIcon(ObjectType type);
    /// How the object is named in the tree: its name, or "a → b" for a mapped table.
    static QString displayName(const ObjectDiff& object);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        ObjectType type;
        QList<int> objects; ///< indexes into m_result.objects
        int differing = 0;
    };

    QVariant groupData(const Group& group, int column, int role) const;
    QVariant objectData(int objectIndex, int column, int role) const;

    SchemaDiffResult m_result;
    QList<Group> m_groups; ///< only kinds that have objects, in objectTypeOrder
};

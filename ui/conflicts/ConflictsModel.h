#pragma once

#include "ConflictChoice.h"
#include "Result.h"
#include "sync/ConflictPolicy.h"
#include "sync/StoredConflict.h"

#include <QAbstractTableModel>
#include <QHash>

/// The conflict queue of one target as a table: id, table, key, reason in words, state, time and
/// the decision taken so far. It reads the AppStore on a worker thread (refresh()), and keeps the
/// user's choices per conflict across refreshes while the conflict stays open. The Decision column
/// is checkable: checked conflicts are the ones Apply writes.
class ConflictsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TableColumn,
        KeyColumn,
        ReasonColumn,
        StateColumn,
        CreatedColumn,
        DecisionColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TableRole, ///< db.table
        ReasonRole, ///< the reason's code (changed, missing, ...)
        StateRole, ///< "open" or "resolved"
        DecidedRole, ///< bool: a choice will be applied
        SortRole,
    };

    explicit ConflictsModel(QObject* parent = nullptr);

    /// The AppStore file refresh() reads; `target` keeps only the conflicts of that target (the
    /// endpoint text syncs record); empty: every target.
    void setSource(const QString& appStorePath, const QString& target);
    QString target() const { return m_target; }
    QString storePath() const { return m_storePath; }
    /// The policy whose outcome a conflict's result starts from.
    void setPolicy(const ConflictPolicy& policy) { m_policy = policy; }
    ConflictPolicy policy() const { return m_policy; }

    /// Re-reads the queue on a worker thread; refreshed() follows.
    void refresh();
    /// Replaces the queue (refresh() ends here); choices of conflicts no longer open are dropped.
    void setConflicts(const QList<StoredConflict>& conflicts);
    bool isRefreshing() const { return m_generation != m_applied; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const StoredConflict& conflict(int row) const { return m_conflicts.at(row); }
    /// -1 when the queue does not hold it.
    int rowOf(qint64 id) const;
    qint64 openCount() const;
    /// The tables and reason codes present, sorted, for the filter bar.
    QStringList tables() const;
    QStringList reasons() const;
    /// The open conflicts of `table` (db.table), by row.
    QList<int> openRowsOf(const QString& table) const;

    /// The choice for an open conflict: the one set, else the policy's.
    ConflictChoice choice(int row) const;
    bool isDecided(int row) const { return m_choices.contains(m_conflicts.at(row).id); }
    void setChoice(int row, const ConflictChoice& choice);
    void clearChoice(int row);
    int decidedCount() const { return int(m_choices.size()); }
    /// The decisions to apply, oldest conflict first.
    QList<ConflictResolver::Decision> decisions() const;

    /// A reason code in words, in the user's language.
    static QString reasonInWords(const QString& code);
    /// How a decision reads in the queue: "Source", "Target", "Edited".
    static QString originName(ConflictChoice::Origin origin);

signals:
    /// A refresh finished (`error` is empty when it worked).
    void refreshed(const QString& error);
    void openCountChanged(qint64 count);
    /// The choices changed: which conflicts are decided, or what was chosen for one.
    void choicesChanged();

private:
    QString m_storePath;
    QString m_target;
    ConflictPolicy m_policy;
    QList<StoredConflict> m_conflicts;
    QHash<qint64, ConflictChoice> m_choices;
    quint64 m_generation = 0; ///< of the last refresh asked for
    quint64 m_applied = 0; ///< of the last one shown: older replies are dropped
    qint64 m_openCount = -1;
};

#include "ConflictsModel.h"

#include "Async.h"
#include "data/DiffColors.h"
#include "store/AppStore.h"
#include "sync/ConflictStore.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

#include <memory>

ConflictsModel::ConflictsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ConflictsModel::setSource(const QString& appStorePath, const QString& target)
{
    m_storePath = appStorePath;
    m_target = target;
}

void ConflictsModel::refresh()
{
    const quint64 generation = ++m_generation;
    Async::run(
        this,
        [path = m_storePath, target = m_target]() -> Result<QList<StoredConflict>> {
            Result<std::unique_ptr<AppStore>> store = AppStore::open(path);
            if (!store)
                return store.error();
            Result<QList<StoredConflict>> all = ConflictStore(**store).list();
            if (!all || target.isEmpty())
                return all;
            QList<StoredConflict> mine;
            for (const StoredConflict& c : *all) {
                if (c.target == target)
                    mine.append(c);
            }
            return mine;
        },
        [this, generation](Result<QList<StoredConflict>> conflicts) {
            if (generation != m_generation)
                return; // a newer refresh is on its way
            m_applied = generation;
            if (!conflicts) {
                emit refreshed(conflicts.error().toString());
                return;
            }
            setConflicts(*conflicts);
            emit refreshed({});
        });
}

void ConflictsModel::setConflicts(const QList<StoredConflict>& conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    QHash<qint64, ConflictChoice> kept;
    for (const StoredConflict& c : m_conflicts) {
        if (c.state == StoredConflict::State::Open) {
            if (auto it = m_choices.constFind(c.id); it != m_choices.constEnd())
                kept.insert(c.id, *it);
        }
    }
    const bool choicesChanged = kept.size() != m_choices.size();
    m_choices = kept;
    endResetModel();
    const qint64 open = openCount();
    if (open != m_openCount) {
        m_openCount = open;
        emit openCountChanged(open);
    }
    if (choicesChanged)
        emit this->choicesChanged();
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictsModel::reasonInWords(const QString& code)
{
    if (code == QLatin1String("changed"))
        return tr("Changed on the target after the compare");
    if (code == QLatin1String("missing"))
        return tr("Deleted on the target after the compare");
    if (code == QLatin1String("present"))
        return tr("Inserted on the target after the compare");
    if (code == QLatin1String("ambiguous"))
        return tr("The key matches several target rows");
    if (code == QLatin1String("manual"))
        return tr("Waiting for a decision (manual policy)");
    if (code == QLatin1String("newer-tie"))
        return tr("Both sides are equally new");
    return code;
}

QString ConflictsModel::originName(ConflictChoice::Origin origin)
{
    switch (origin) {
    case ConflictChoice::Origin::Source:
        return tr("Source");
    case ConflictChoice::Origin::Target:
        return tr("Target");
    case ConflictChoice::Origin::Edited:
        break;
    }
    return tr("Edited");
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredConflict& c = m_conflicts.at(index.row());
    const bool open = c.state == StoredConflict::State::Open;
    switch (role) {
    case IdRole:
        return c.id;
    case TableRole:
        return c.displayTable();
    case ReasonRole:
        return c.reason;
    case StateRole:
        return StoredConflict::stateName(c.state);
    case DecidedRole:
        return isDecided(index.row());
    case SortRole:
        if (index.column() == IdColumn)
            return c.id;
        if (index.column() == CreatedColumn)
            return c.created;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return c.id;
        case TableColumn:
            return c.displayTable();
        case KeyColumn:
            return c.keyText;
        case ReasonColumn:
            return reasonInWords(c.reason);
        case StateColumn:
            if (open)
                return tr("Open");
            if (c.resolution == QLatin1String("superseded"))
                return tr("Superseded");
            return tr("Resolved: %1")
                .arg(c.resolution == QLatin1String("set")         ? tr("edited")
                        : c.resolution == QLatin1String("target") ? tr("target kept")
                                                                  : tr("source taken"));
        case CreatedColumn:
            return QLocale().toString(c.created.toLocalTime(), QLocale::ShortFormat);
        case DecisionColumn:
            if (!open || !isDecided(index.row()))
                return QVariant();
            return originName(m_choices.value(c.id).rowOrigin(c));
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == DecisionColumn && open)
            return isDecided(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return c.reasonText.isEmpty() ? reasonInWords(c.reason) : c.reasonText;
        if (index.column() == DecisionColumn && open)
            return tr("Checked: Apply writes this decision");
        if (index.column() == StateColumn && !c.resolutionBackupId.isEmpty())
            return tr("Backup point %1").arg(c.resolutionBackupId);
        return {};
    case Qt::ForegroundRole:
        if (!open)
            return DiffColors::placeholderText();
        return {};
    case Qt::DecorationRole:
        if (index.column() == IdColumn)
            return QIcon(open ? QStringLiteral(":/icons/conflicts.svg") : QStringLiteral(":/icons/ok.svg"));
        return {};
    case Qt::FontRole:
        if (index.column() == DecisionColumn && open && isDecided(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

bool ConflictsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() != DecisionColumn || role != Qt::CheckStateRole)
        return false;
    if (m_conflicts.at(index.row()).state != StoredConflict::State::Open)
        return false;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        setChoice(index.row(), choice(index.row()));
    else
        clearChoice(index.row());
    return true;
}

Qt::ItemFlags ConflictsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DecisionColumn && m_conflicts.at(index.row()).state == StoredConflict::State::Open)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TableColumn:
        return tr("Table");
    case KeyColumn:
        return tr("Key");
    case ReasonColumn:
        return tr("Why");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Since");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

int ConflictsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_conflicts.size(); ++i) {
        if (m_conflicts.at(i).id == id)
            return i;
    }
    return -1;
}

qint64 ConflictsModel::openCount() const
{
    qint64 n = 0;
    for (const StoredConflict& c : m_conflicts)
        n += c.state == StoredConflict::State::Open ? 1 : 0;
    return n;
}

QStringList ConflictsModel::tables() const
{
    QStringList out;
    for (const StoredConflict& c : m_conflicts) {
        if (!out.contains(c.displayTable()))
            out.append(c.displayTable());
    }
    out.sort();
    return out;
}

QStringList ConflictsModel::reasons() const
{
    QStringList out;
    for (const StoredConflict& c : m_conflicts) {
        if (!out.contains(c.reason))
            out.append(c.reason);
    }
    out.sort();
    return out;
}

QList<int> ConflictsModel::openRowsOf(const QString& table) const
{
    QList<int> out;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const StoredConflict& c = m_conflicts.at(i);
        if (c.state == StoredConflict::State::Open && c.displayTable() == table)
            out.append(i);
    }
    return out;
}

ConflictChoice ConflictsModel::choice(int row) const
{
    const StoredConflict& c = m_conflicts.at(row);
    if (auto it = m_choices.constFind(c.id); it != m_choices.constEnd())
        return *it;
    return ConflictChoice::initial(c, m_policy);
}

void ConflictsModel::setChoice(int row, const ConflictChoice& choice)
{
    const StoredConflict& c = m_conflicts.at(row);
    if (c.state != StoredConflict::State::Open)
        return;
    m_choices.insert(c.id, choice);
    emit dataChanged(index(row, DecisionColumn), index(row, DecisionColumn));
    emit choicesChanged();
}

void ConflictsModel::clearChoice(int row)
{
    if (m_choices.remove(m_conflicts.at(row).id) == 0)
        return;
    emit dataChanged(index(row, DecisionColumn), index(row, DecisionColumn));
    emit choicesChanged();
}

QList<ConflictResolver::Decision> ConflictsModel::decisions() const
{
    QList<ConflictResolver::Decision> out;
    for (const StoredConflict& c : m_conflicts) {
        if (auto it = m_choices.constFind(c.id); it != m_choices.constEnd())
            out.append(it->decision(c));
    }
    return out;
}

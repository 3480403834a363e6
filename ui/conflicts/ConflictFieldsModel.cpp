#include "ConflictFieldsModel.h"

#include "UiStyle.h"
#include "data/DiffColors.h"
#include "data/ValueFormat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

ConflictFieldsModel::ConflictFieldsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

DiffColumn ConflictFieldsModel::diffColumn(const SyncTable::Column& c)
{
    DiffColumn d;
    d.name = c.name;
    switch (c.kind) {
    case Sql::LiteralKind::Binary:
        d.literal = QStringLiteral("binary");
        break;
    case Sql::LiteralKind::Numeric:
        d.literal = QStringLiteral("numeric");
        break;
    case Sql::LiteralKind::Text:
        d.literal = QStringLiteral("text");
        break;
    }
    // The images hold a guarded column in its guard form (e.g. converted to utf8mb4).
    const QByteArray charset = c.guard.isEmpty() ? c.charset : c.guardCharset;
    d.charset = charset.isEmpty() ? QStringLiteral("utf8mb4") : QString::fromLatin1(charset);
    return d;
}

void ConflictFieldsModel::setConflict(
    const StoredConflict& conflict, const ConflictChoice& choice, bool readOnly)
{
    beginResetModel();
    m_readOnly = readOnly;
    m_conflict = conflict;
    m_choice = choice;
    m_columns.clear();
    const SyncTable& t = m_conflict.syncTable;
    for (int i = 0; i < t.columns.size(); ++i) {
        if (t.columns.at(i).compared)
            m_columns.append(i);
    }
    if (m_choice.origins.size() != t.columns.size())
        m_choice.origins = QList<ConflictChoice::Origin>(t.columns.size(), m_choice.rowOrigin(m_conflict));
    endResetModel();
}

void ConflictFieldsModel::clear()
{
    setConflict(StoredConflict(), ConflictChoice());
}

int ConflictFieldsModel::rowOf(const QString& name) const
{
    for (int r = 0; r < m_columns.size(); ++r) {
        if (m_conflict.syncTable.columns.at(m_columns.at(r)).name == name)
            return r;
    }
    return -1;
}

int ConflictFieldsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ConflictFieldsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictFieldsModel::valueData(const std::optional<Row>& image, int column, int role) const
{
    const SyncTable::Column& c = m_conflict.syncTable.columns.at(column);
    if (!image) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("(no row)");
        case Qt::ForegroundRole:
            return DiffColors::placeholderText();
        case Qt::FontRole: {
            QFont f;
            f.setItalic(true);
            return f;
        }
        case Qt::ToolTipRole:
            return tr("This side has no row with this key.");
        }
        return {};
    }
    const Value& v = image->value(column);
    switch (role) {
    case Qt::DisplayRole:
        return ValueFormat::preview(v, diffColumn(c), 200).text;
    case Qt::EditRole: {
        if (!v)
            return QString();
        const ValueFormat::Decoded d = ValueFormat::decodeFull(v, diffColumn(c));
        return d.binary ? QStringLiteral("0x") + QString::fromLatin1(v->toHex()) : d.text;
    }
    case Qt::ToolTipRole: {
        if (!v)
            return tr("NULL");
        const ValueFormat::Decoded d = ValueFormat::decodeFull(v, diffColumn(c));
        QString text
            = d.binary ? QStringLiteral("0x") + QString::fromLatin1(v->left(256).toHex()) : d.text.left(2000);
        if (std::optional<QString> json = ValueFormat::prettyJson(text))
            text = *json;
        return text;
    }
    case Qt::ForegroundRole:
        if (!v)
            return DiffColors::placeholderText();
        return {};
    case Qt::FontRole:
        if (!v) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    return {};
}

QColor ConflictFieldsModel::originBackground(ConflictChoice::Origin origin)
{
    switch (origin) {
    case ConflictChoice::Origin::Source:
        return DiffColors::blendIntoBase(UiStyle::onlyInSourceColor(), 0.22);
    case ConflictChoice::Origin::Target:
        return DiffColors::blendIntoBase(QColor(0x3b, 0x7d, 0xd8), 0.22);
    case ConflictChoice::Origin::Edited:
        break;
    }
    return DiffColors::blendIntoBase(QColor(0x9b, 0x59, 0xb6), 0.26);
}

QVariant ConflictFieldsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = m_columns.at(index.row());
    const SyncTable::Column& c = m_conflict.syncTable.columns.at(column);
    const bool differs = m_conflict.diffColumns.contains(c.name);
    const ConflictChoice::Origin origin = m_choice.origins.value(column, ConflictChoice::Origin::Source);
    switch (role) {
    case DiffersRole:
        return differs;
    case OriginRole:
        return int(origin);
    case EditableRole:
        return canEdit(index.row());
    }
    switch (index.column()) {
    case NameColumn:
        switch (role) {
        case Qt::DisplayRole:
            return c.name;
        case Qt::FontRole: {
            QFont f;
            f.setBold(differs);
            return f;
        }
        case Qt::DecorationRole:
            if (differs)
                return DiffColors::kindColor(DiffRow::Kind::Different);
            return {};
        case Qt::ToolTipRole: {
            QStringList notes;
            if (m_conflict.syncTable.keyColumns.contains(column))
                notes << tr("Part of the row's key: a resolution does not change it.");
            if (c.generated)
                notes << tr("Generated column: the server computes it.");
            if (differs)
                notes << tr("The source and the target differ here.");
            return notes.join(QLatin1Char('\n'));
        }
        }
        return {};
    case SourceColumn:
    case TargetColumn: {
        const std::optional<Row>& image
            = index.column() == SourceColumn ? m_conflict.sourceImage : m_conflict.targetImage;
        if (role == Qt::BackgroundRole) {
            if (!image)
                return DiffColors::absentBackground();
            return differs ? QVariant(DiffColors::differingCellBackground()) : QVariant();
        }
        return valueData(image, column, role);
    }
    case ResultColumn:
        if (role == Qt::BackgroundRole)
            return m_choice.result ? QVariant(originBackground(origin))
                                   : QVariant(DiffColors::absentBackground());
        if (role == Qt::FontRole && m_choice.result) {
            // Bold: the target's value will change.
            QFont f = valueData(m_choice.result, column, role).value<QFont>();
            f.setBold(!m_conflict.targetImage
                || m_choice.result->value(column) != m_conflict.targetImage->value(column));
            return f;
        }
        if (role == Qt::ToolTipRole && m_choice.result) {
            const QString from = origin == ConflictChoice::Origin::Source ? tr("From the source")
                : origin == ConflictChoice::Origin::Target                ? tr("From the target")
                                                                          : tr("Edited");
            return from + QStringLiteral("\n") + valueData(m_choice.result, column, role).toString();
        }
        return valueData(m_choice.result, column, role);
    }
    return {};
}

bool ConflictFieldsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() != ResultColumn || role != Qt::EditRole)
        return false;
    return setResultText(index.row(), value.toString());
}

Qt::ItemFlags ConflictFieldsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ResultColumn && canEdit(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConflictFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Column");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target now");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

bool ConflictFieldsModel::canEdit(int row) const
{
    if (m_readOnly || row < 0 || row >= m_columns.size() || !m_choice.result)
        return false;
    return ConflictChoice::columnEditable(m_conflict, m_columns.at(row));
}

bool ConflictFieldsModel::canTakeField(int row) const
{
    return canEdit(row) && m_conflict.sourceImage && m_conflict.targetImage;
}

bool ConflictFieldsModel::setField(int row, const Value& value, ConflictChoice::Origin origin)
{
    if (!canEdit(row))
        return false;
    const int column = m_columns.at(row);
    (*m_choice.result)[column] = value;
    m_choice.origins[column] = origin;
    const QModelIndex changed = index(row, ResultColumn);
    emit dataChanged(changed, changed);
    emit choiceChanged(m_choice);
    return true;
}

bool ConflictFieldsModel::takeSource(int row)
{
    if (!canTakeField(row))
        return false;
    return setField(row, m_conflict.sourceImage->value(m_columns.at(row)), ConflictChoice::Origin::Source);
}

bool ConflictFieldsModel::takeTarget(int row)
{
    if (!canTakeField(row))
        return false;
    return setField(row, m_conflict.targetImage->value(m_columns.at(row)), ConflictChoice::Origin::Target);
}

bool ConflictFieldsModel::setNull(int row)
{
    return setField(row, std::nullopt, ConflictChoice::Origin::Edited);
}

bool ConflictFieldsModel::setResultText(int row, const QString& text)
{
    if (!canEdit(row))
        return false;
    const SyncTable::Column& c = m_conflict.syncTable.columns.at(m_columns.at(row));
    const DiffColumn d = diffColumn(c);
    QByteArray bytes;
    if (ValueFormat::isBinary(d)) {
        if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
            const QByteArray hex = text.mid(2).toLatin1();
            bytes = QByteArray::fromHex(hex);
            if (bytes.toHex() != hex.toLower())
                return false; // not hexadecimal
        } else {
            bytes = text.toUtf8();
        }
    } else if (d.literal == QLatin1String("numeric")) {
        bytes = text.trimmed().toUtf8();
    } else {
        std::optional<QByteArray> encoded = ValueFormat::encode(text, d.charset);
        if (!encoded)
            return false; // characters the column's character set cannot hold
        bytes = *encoded;
    }
    return setField(row, Value(bytes), ConflictChoice::Origin::Edited);
}

void ConflictFieldsModel::setChoice(const ConflictChoice& choice)
{
    m_choice = choice;
    if (m_choice.origins.size() != m_conflict.syncTable.columns.size())
        m_choice.origins = QList<ConflictChoice::Origin>(
            m_conflict.syncTable.columns.size(), m_choice.rowOrigin(m_conflict));
    if (!m_columns.isEmpty())
        emit dataChanged(index(0, ResultColumn), index(int(m_columns.size()) - 1, ResultColumn));
    emit choiceChanged(m_choice);
}

void ConflictFieldsModel::takeSourceRow()
{
    if (m_readOnly || !hasConflict())
        return;
    setChoice(ConflictChoice::source(m_conflict));
}

void ConflictFieldsModel::takeTargetRow()
{
    if (m_readOnly || !hasConflict())
        return;
    setChoice(ConflictChoice::target(m_conflict));
}

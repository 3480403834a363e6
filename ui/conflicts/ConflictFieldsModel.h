#pragma once

#include "ConflictChoice.h"
#include "compare/DiffStore.h"
#include "sync/StoredConflict.h"

#include <QAbstractTableModel>
#include <QColor>

/// One conflict field by field: a row per compared column with the source's value, the target's
/// value and the result the resolution will write. The result starts as the choice given (the
/// policy's, or what the user chose before); a field can take the source's or the target's value,
/// or be edited (text in the column's character set, bytes as 0x...), or set to NULL. Whole-row
/// takes replace it all, including "no row" when a side has none.
class ConflictFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SourceColumn, TargetColumn, ResultColumn, ColumnCount };
    enum Role {
        DiffersRole = Qt::UserRole + 1, ///< bool: source and target differ in this column
        OriginRole, ///< int ConflictChoice::Origin of the result
        EditableRole, ///< bool: the result can get a value of its own
    };

    explicit ConflictFieldsModel(QObject* parent = nullptr);

    /// Shows `conflict` with `choice` as the result (empty conflict: nothing shown); a read-only
    /// result (a resolved conflict) cannot be changed.
    void setConflict(const StoredConflict& conflict, const ConflictChoice& choice, bool readOnly = false);
    void clear();
    bool hasConflict() const { return m_conflict.id != 0; }
    const StoredConflict& conflict() const { return m_conflict; }
    ConflictChoice choice() const { return m_choice; }
    /// The SyncTable column shown in `row`.
    int tableColumn(int row) const { return m_columns.at(row); }
    /// The row of the column named `name`, -1 when not shown.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether a field can take a value from a side: both rows exist and the column is editable.
    bool canTakeField(int row) const;
    bool canEdit(int row) const;
    /// Field-level takes; false when the field cannot take a value.
    bool takeSource(int row);
    bool takeTarget(int row);
    bool setNull(int row);
    /// `text` as the user typed it into the result: see the class comment.
    bool setResultText(int row, const QString& text);
    void takeSourceRow();
    void takeTargetRow();
    void setChoice(const ConflictChoice& choice);

    /// The background of a result cell by where its value comes from (also the editor's legend).
    static QColor originBackground(ConflictChoice::Origin origin);
    /// How a column of the conflict's table is described for the value formatter.
    static DiffColumn diffColumn(const SyncTable::Column& column);

signals:
    /// The result changed by a take, an edit or NULL (not by setConflict()).
    void choiceChanged(const ConflictChoice& choice);

private:
    bool setField(int row, const Value& value, ConflictChoice::Origin origin);
    QVariant valueData(const std::optional<Row>& image, int column, int role) const;

    StoredConflict m_conflict;
    ConflictChoice m_choice;
    QList<int> m_columns; ///< SyncTable column per row: the compared ones
    bool m_readOnly = false;
};

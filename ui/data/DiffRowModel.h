#pragma once

#include "DiffGridRow.h"
#include "compare/DiffStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

class DiffReader;
class SyncSelection;

/// The differing rows of one table, source and target side by side, read lazily from the
/// DiffStore: the row count comes from the compare's counts at once, and rows are loaded in pages
/// around what the views ask for, on the DiffReader's thread. Each request carries the model's
/// generation (bumped by every change of table or filter) so late answers for an old table are
/// dropped, and only a bounded number of pages is cached (least recently used go first), so a
/// table of a million rows costs the same memory as a small one.
///
/// Columns: 0 is the include checkbox (with the kind's mark), 1 the kind's mark alone (for the
/// target grid), then every compared column of the source, then every one of the target. Colours,
/// fonts and marks come from the roles.
class DiffRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(DiffRow::Kind); invalid while the row is not loaded
        SortKeyRole, ///< the row's sort key in the DiffStore
        DiffersRole, ///< a value cell whose bytes differ between the sides
        NullRole, ///< a value cell holding SQL NULL
        LoadedRole, ///< whether the row is in the cache
        AbsentRole, ///< a value cell on the side that does not have the row
    };
    enum Side { NoSide, SourceSide, TargetSide };
    static constexpr int IncludeColumn = 0;
    static constexpr int KindColumn = 1;
    static constexpr int FirstValueColumn = 2;

    explicit DiffRowModel(DiffReader* reader, QObject* parent = nullptr);
    ~DiffRowModel() override;

    /// Where the user's row choices are kept for the sync (may be null: no checkboxes).
    void setSelection(SyncSelection* selection);

    /// Shows a table's rows (all kinds), or nothing for an empty info.
    void setTable(const DiffTableInfo& table);
    void clear();
    const DiffTableInfo& table() const { return m_table; }
    bool hasTable() const { return m_table.id != 0; }

    /// Shows one kind of row only (std::nullopt: all).
    void setKindFilter(std::optional<DiffRow::Kind> kind);
    std::optional<DiffRow::Kind> kindFilter() const { return m_kind; }
    /// The number of rows of a kind (all kinds for std::nullopt), from the compare's counts.
    qint64 countOf(std::optional<DiffRow::Kind> kind) const;

    /// Changes with every setTable/setKindFilter/clear; answers of other generations are dropped.
    quint64 generation() const { return m_generation; }

    int valueColumns() const { return int(m_table.columns.size()); }
    int sourceColumn(int column) const { return FirstValueColumn + column; }
    int targetColumn(int column) const { return FirstValueColumn + valueColumns() + column; }
    /// The side and compared column of a model column (NoSide for columns 0 and 1).
    Side sideOf(int modelColumn, int* column = nullptr) const;

    /// The cached row at `row`, or null while it is not loaded.
    const DiffGridRow* rowAt(int row) const;
    bool isExcluded(const QByteArray& sortKey) const { return m_excluded.contains(sortKey); }
    /// Whether rows can be left out of the sync one by one: a table without a row key is
    /// synced whole or not at all, so its rows have no checkbox.
    bool hasRowChoices() const { return m_selection && !m_table.keyColumns.isEmpty(); }
    int excludedCount() const { return int(m_excluded.size()); }
    /// Ticks or unticks rows (loaded ones; others are skipped) and saves the choice.
    bool setRowsIncluded(const QList<int>& rows, bool included);

    /// Pages kept in memory at most (default 32 pages of DiffReaderWorker::PageSize rows).
    void setCacheLimit(int pages);
    int cacheLimit() const { return m_cacheLimit; }
    int cachedPages() const { return int(m_pages.size()); }
    /// Answers dropped because they belonged to an older generation.
    int staleAnswers() const { return m_staleAnswers; }

    /// Sends the row requests gathered so far now (they normally go once the views have painted).
    void fetchNow() { sendBatch(); }

    /// Finds the first row whose sort key is at least `lowerBound`; located() follows.
    void locate(const QByteArray& lowerBound);

    /// Takes one page from the reader; false (and nothing changes) when it is stale.
    bool acceptPage(quint64 generation, int page, const QList<DiffGridRow>& rows, const QString& error);

    // QAbstractItemModel
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The mark of a kind in the grids ("+", "−", "≠") and its words.
    static QString kindMark(DiffRow::Kind kind);
    /// The kind's icon (the same as the table list's and the filter buttons').
    QIcon kindIcon(DiffRow::Kind kind) const;
    static QString kindText(DiffRow::Kind kind);

signals:
    /// Rows first..last arrived from the store.
    void rowsLoaded(int first, int last);
    /// The answer to locate(): `row` is rowCount() when every row sorts before the bound.
    void located(int row, const DiffRow& found);
    /// The user's choices of the current table changed.
    void exclusionsChanged(int excluded);
    void errorOccurred(const QString& message);

private:
    struct Page
    {
        QList<DiffGridRow> rows;
        quint64 used = 0;
    };

    void reset(const std::function<void()>& change);
    void want(int page) const;
    void sendBatch();
    void insertPage(int page, const QList<DiffGridRow>& rows);
    void onLocated(quint64 generation, qint64 position, const DiffRow& row, const QString& error);
    QVariant valueData(const DiffGridRow& row, Side side, int column, int role) const;
    QVariant markData(const DiffGridRow* row, int modelColumn, int role) const;

    DiffReader* m_reader;
    QIcon m_icons[3]; ///< only in source, only in target, different: made once, asked for on every paint
    SyncSelection* m_selection = nullptr;
    DiffTableInfo m_table;
    std::optional<DiffRow::Kind> m_kind;
    int m_rowCount = 0;
    quint64 m_generation = 0;
    quint64 m_batch = 0;
    int m_cacheLimit = 32;
    int m_staleAnswers = 0;
    QSet<QByteArray> m_excluded;

    // The cache and the requests are touched from data(), which is const for the views.
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_wanted; ///< pages asked for since the last batch, in order
    mutable QSet<int> m_inFlight; ///< pages of the last batch not answered yet
    mutable bool m_needBatch = false;
    mutable QTimer m_batchTimer;
};

#pragma once

#include "ChangeSource.h"
#include "SyncTable.h"
#include "compare/DiffStore.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QThread;

/// The changes of one table of a compare run, read from its DiffStore a page at a time: a row only
/// in the source becomes an insert, a row that differs an update, a row only in the target a
/// delete. Images are mapped from the compare's columns onto the target table's (SyncTable)
/// columns; a target column the compare did not see gets a placeholder NULL (it is not compared,
/// see SyncTable::Column::compared).
///
/// A filter decides which rows become changes (the conflict policy, the rows the user unticked).
/// The DiffStore is opened on the thread that first reads, and again if another thread reads later.
class DiffChangeSource : public ChangeSource
{
    Q_DECLARE_TR_FUNCTIONS(DiffChangeSource)

public:
    /// Whether a row becomes a change.
    using Filter = std::function<bool(const DiffRow&)>;

    /// `columnMap[i]` is the SyncTable column of the compare's column i.
    DiffChangeSource(QString diffStorePath, qint64 tableId, SyncTable table, QList<int> columnMap,
                     Filter filter = {});
    ~DiffChangeSource() override;

    Status open(RowChange::Kind kind) override;
    Result<std::optional<RowChange>> next() override;

    /// The DiffRow kind that gives changes of `kind`.
    static DiffRow::Kind rowKind(RowChange::Kind kind);
    /// The change a row asks for.
    static RowChange toChange(const DiffRow& row, const SyncTable& table, const QList<int>& columnMap);
    /// An image of the compare's columns as an image of the table's columns.
    static Row mapImage(const Row& image, int columns, const QList<int>& columnMap);

private:
    QString m_path;
    qint64 m_tableId = 0;
    SyncTable m_table;
    QList<int> m_columnMap;
    Filter m_filter;
    std::unique_ptr<DiffStore> m_store;
    QThread* m_storeThread = nullptr;
    DiffRow::Kind m_kind = DiffRow::Kind::OnlyInSource;
    QList<DiffRow> m_page;
    qsizetype m_position = 0;
    QByteArray m_after;
    bool m_end = true;
};

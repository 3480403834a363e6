#pragma once

#include <QWidget>

class DiffRowModel;
class QLabel;
class QTableView;

/// Two grids over one DiffRowModel, the source's columns on the left and the target's on the
/// right, that move as one: the same rows, one selection, vertical and horizontal scrolling and
/// column widths kept in step, so a value sits straight across from its counterpart.
class SideBySideGrid : public QWidget
{
    Q_OBJECT

public:
    explicit SideBySideGrid(QWidget* parent = nullptr);

    void setModel(DiffRowModel* model);
    DiffRowModel* model() const { return m_model; }
    QTableView* sourceView() const { return m_source; }
    QTableView* targetView() const { return m_target; }
    void setCaptions(const QString& source, const QString& target);

    int currentRow() const;
    /// Makes `row` current and selected, and scrolls it into the middle of the view.
    void selectRow(int row);
    /// The selected rows in order (at most MaxSelectedRows of them).
    QList<int> selectedRows() const;
    static constexpr int MaxSelectedRows = 100000;

signals:
    void currentRowChanged(int row);
    /// A context menu was asked for at a global position.
    void contextMenuRequested(const QPoint& globalPos);

private:
    void layoutColumns();
    void fitColumnsToContents();
    void syncSection(QTableView* from, QTableView* to, int section, int size);
    int counterpart(int column) const;

    DiffRowModel* m_model = nullptr;
    QLabel* m_sourceCaption;
    QLabel* m_targetCaption;
    QTableView* m_source;
    QTableView* m_target;
    bool m_syncing = false;
    bool m_fitted = false;
};

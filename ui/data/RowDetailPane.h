#pragma once

#include "compare/DiffStore.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;
class ValueDiffView;

/// The selected row in full: a list of its columns with both sides' values (the differing ones
/// marked), and the chosen column's two values side by side in full (ValueDiffView).
class RowDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit RowDetailPane(QWidget* parent = nullptr);

    /// Shows a row of `table`; the first differing column is chosen.
    void showRow(const DiffTableInfo& table, const DiffRow& row);
    /// Shows a message instead of a row.
    void showMessage(const QString& text);
    bool hasRow() const { return m_hasRow; }
    const DiffRow& row() const { return m_row; }

    QTableWidget* columnList() const { return m_columns; }
    ValueDiffView* valueView() const { return m_values; }
    /// The compared column shown in full, or -1.
    int currentColumn() const;
    void setCurrentColumn(int column);

private:
    void showColumn(int column);

    QStackedWidget* m_pages;
    QLabel* m_message;
    QLabel* m_title;
    QTableWidget* m_columns;
    ValueDiffView* m_values;
    DiffTableInfo m_table;
    DiffRow m_row;
    bool m_hasRow = false;
};

#pragma once

#include "compare/DiffStore.h"

#include <QWidget>

class QLabel;
class QTextEdit;

/// One column of one row, source beside target, in full: text with the words that differ
/// marked, JSON pretty-printed and diffed line by line, binary values as hex dumps, NULL as a
/// marked "NULL" that no text can be mistaken for.
class ValueDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit ValueDiffView(QWidget* parent = nullptr);

    /// Shows a column's two values; a side without the row passes `present` false.
    void setValues(const DiffColumn& column, const Value& source, bool sourcePresent, const Value& target,
        bool targetPresent);
    void clear();

    QTextEdit* sourceEdit() const { return m_sourceEdit; }
    QTextEdit* targetEdit() const { return m_targetEdit; }
    QString sourceCaption() const;
    QString targetCaption() const;

    /// Characters of a text value shown at most (the rest is summarised).
    static constexpr qsizetype MaxChars = 256 * 1024;
    /// Bytes of a binary value shown at most in hex.
    static constexpr qsizetype MaxHexBytes = 64 * 1024;

private:
    QLabel* m_sourceCaption;
    QLabel* m_targetCaption;
    QTextEdit* m_sourceEdit;
    QTextEdit* m_targetEdit;
    bool m_syncing = false;
};

#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class SqlHighlighter;

/// Two texts side by side, left (source) | right (target), aligned line by line: lines only on
/// one side face a blank filler on the other, changed lines face each other with their differing
/// words marked. Both panes scroll together. The highlighting comes from TextDiff and is drawn as
/// extra selections, so the SQL colouring underneath stays intact.
class SideBySideDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit SideBySideDiffView(QWidget* parent = nullptr);

    /// Shows the two texts; an empty side says `leftMissing` / `rightMissing` instead (e.g. "Not in
    /// the target"), so the absence of an object reads as such and not as an empty statement.
    void setTexts(const QString& left, const QString& right, const QString& leftMissing = {},
        const QString& rightMissing = {});
    void setTitles(const QString& left, const QString& right);
    /// Shows a message in both panes instead of texts (loading, or an error).
    void setMessage(const QString& message);
    void clear();

    QString leftText() const { return m_leftText; }
    QString rightText() const { return m_rightText; }
    QPlainTextEdit* leftEditor() const { return m_left; }
    QPlainTextEdit* rightEditor() const { return m_right; }
    /// How many lines differ (removed, added or changed rows).
    int changedLineCount() const { return m_changedLines; }
    /// How many word spans were marked on both sides.
    int changedWordCount() const { return m_changedWords; }

private:
    void syncScroll(QPlainTextEdit* from, QPlainTextEdit* to, Qt::Orientation orientation);

    QLabel* m_leftTitle;
    QLabel* m_rightTitle;
    QPlainTextEdit* m_left;
    QPlainTextEdit* m_right;
    SqlHighlighter* m_leftHighlighter;
    SqlHighlighter* m_rightHighlighter;
    QString m_leftText;
    QString m_rightText;
    int m_changedLines = 0;
    int m_changedWords = 0;
    bool m_syncing = false;
};

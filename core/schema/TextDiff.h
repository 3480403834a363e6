#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Line- and word-level differences between two texts, for showing two CREATE statements (or any
/// two versions of a text) side by side. Pure functions: no I/O, no Qt GUI, safe on any thread.
///
/// Both levels use a longest common subsequence over tokens (lines, or words, spaces and
/// punctuation), after stripping the common prefix and suffix, so the usual case of a few changed
/// lines in a long statement costs little. Inputs whose remaining middle would need more than
/// maxLcsCells() comparisons are reported as one changed block instead of being aligned.
namespace TextDiff {

/// What happened to a stretch of text going from the left (old, source) to the right (new, target).
enum class Kind {
    Equal,   ///< the same on both sides
    Removed, ///< only on the left
    Added,   ///< only on the right
    Changed, ///< a left line paired with a right line that differs from it
};

/// One row of a side-by-side view: a left line, a right line, or both. `left`/`right` are line
/// indexes into the inputs, -1 where that side has no line on this row.
struct Row
{
    Kind kind = Kind::Equal;
    int left = -1;
    int right = -1;

    bool operator==(const Row& other) const = default;
};

/// A range of UTF-16 code units within a line.
struct Span
{
    int start = 0;
    int length = 0;

    bool operator==(const Span& other) const = default;
};

/// The parts of two lines that differ, on each side (adjacent changed tokens merged).
struct WordDiff
{
    QList<Span> left;
    QList<Span> right;
};

/// The text split into lines at '\n' (a trailing "\r" is kept with its line); an empty text has no lines.
QStringList splitLines(const QString& text);

/// Aligns two lists of lines for a side-by-side view. Every left and every right line appears
/// exactly once, in order. Within a stretch of removed and added lines, a removed line is paired
/// (as Changed) with the added line that is similarLines() to it, so "`name` varchar(40)," faces
/// "`name` varchar(80)" even with a new column in between; lines left between such pairs are
/// paired by position, and the rest stay Removed or Added.
QList<Row> alignLines(const QStringList& left, const QStringList& right);

/// Whether two lines are versions of one another: at least half of their characters (leading and
/// trailing spaces aside) are in words they share.
bool similarLines(const QString& a, const QString& b);

/// The differing parts of two lines, word by word: a word is a run of letters, digits and '_';
/// a run of spaces and every other character are tokens of their own.
WordDiff diffWords(const QString& left, const QString& right);

/// The tokens diffWords() compares, in order; concatenated they give `line` back.
QStringList tokenize(const QString& line);

/// The largest number of LCS table cells one alignment may use (beyond it: one changed block).
qint64 maxLcsCells();

} // namespace TextDiff

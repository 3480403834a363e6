#include "TextDiff.h"

#include <vector>

namespace TextDiff {

namespace {

enum class Op { Equal, Delete, Insert };

struct Edit
{
    Op op;
    int left;  ///< index into the left tokens (Equal, Delete)
    int right; ///< index into the right tokens (Equal, Insert)
};

/// The edit script from `a` to `b`: Equal, Delete and Insert steps covering every token of both,
/// in order. Within a changed stretch deletions come before insertions.
QList<Edit> editScript(const QStringList& a, const QStringList& b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    int prefix = 0;
    while (prefix < n && prefix < m && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a.at(n - 1 - suffix) == b.at(m - 1 - suffix))
        ++suffix;

    QList<Edit> edits;
    edits.reserve(qMax(n, m) + 8);
    for (int i = 0; i < prefix; ++i)
        edits.append({Op::Equal, i, i});

    const int an = n - prefix - suffix;
    const int bn = m - prefix - suffix;
    if (qint64(an + 1) * qint64(bn + 1) > maxLcsCells()) {
        // Too large to align: one changed block, still exact about what is on each side.
        for (int i = 0; i < an; ++i)
            edits.append({Op::Delete, prefix + i, -1});
        for (int j = 0; j < bn; ++j)
            edits.append({Op::Insert, -1, prefix + j});
    } else if (an > 0 || bn > 0) {
        // lcs[i][j]: length of the LCS of a[prefix+i..] and b[prefix+j..], filled from the end so
        // the walk below can go forwards.
        const int width = bn + 1;
        std::vector<int> lcs(size_t(an + 1) * size_t(width), 0);
        auto at = [&lcs, width](int i, int j) -> int& { return lcs[size_t(i) * size_t(width) + size_t(j)]; };
        for (int i = an - 1; i >= 0; --i) {
            for (int j = bn - 1; j >= 0; --j) {
                at(i, j) = a.at(prefix + i) == b.at(prefix + j) ? at(i + 1, j + 1) + 1
                                                                 : qMax(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < an || j < bn) {
            if (i < an && j < bn && a.at(prefix + i) == b.at(prefix + j)) {
                edits.append({Op::Equal, prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (i < an && (j >= bn || at(i + 1, j) >= at(i, j + 1))) {
                edits.append({Op::Delete, prefix + i, -1});
                ++i;
            } else {
                edits.append({Op::Insert, -1, prefix + j});
                ++j;
            }
        }
    }

    for (int k = 0; k < suffix; ++k)
        edits.append({Op::Equal, n - suffix + k, m - suffix + k});
    return edits;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

/// Appends [start, start+length) to `spans`, merging it with the previous span when they touch.
void addSpan(QList<Span>& spans, int start, int length)
{
    if (length <= 0)
        return;
    if (!spans.isEmpty() && spans.last().start + spans.last().length == start)
        spans.last().length += length;
    else
        spans.append({start, length});
}

/// The largest changed stretch (removed x added lines) whose lines are paired by similarity.
constexpr qint64 MaxSimilarityCells = 2500;

/// Emits the rows of a changed stretch: each removed line paired with the added line most like it,
/// in order (an LCS where "equal" means similarLines()), so that a changed line faces its new
/// version even when lines were added or removed around it. The lines left between two such pairs
/// are paired by position; what remains is Removed or Added.
void pairChangedLines(const QStringList& left, const QStringList& right, const QList<int>& removed,
    const QList<int>& added, QList<Row>& rows)
{
    const int n = int(removed.size());
    const int m = int(added.size());
    QList<QPair<int, int>> pairs; // indexes into removed / added
    if (n > 0 && m > 0 && qint64(n) * m <= MaxSimilarityCells) {
        std::vector<char> similar(size_t(n) * size_t(m));
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < m; ++j)
                similar[size_t(i) * size_t(m) + size_t(j)] = similarLines(left.at(removed.at(i)), right.at(added.at(j))) ? 1 : 0;
        }
        std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
        auto at = [&lcs, m](int i, int j) -> int& { return lcs[size_t(i) * size_t(m + 1) + size_t(j)]; };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                at(i, j) = similar[size_t(i) * size_t(m) + size_t(j)] ? at(i + 1, j + 1) + 1
                                                                       : qMax(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (similar[size_t(i) * size_t(m) + size_t(j)] && at(i, j) == at(i + 1, j + 1) + 1) {
                pairs.append({i, j});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    pairs.append({n, m}); // a sentinel closing the last stretch

    int i = 0;
    int j = 0;
    for (const auto& [pi, pj] : pairs) {
        // The unpaired lines before this pair: by position, then the rest on their own.
        const int common = qMin(pi - i, pj - j);
        for (int c = 0; c < common; ++c)
            rows.append({Kind::Changed, removed.at(i + c), added.at(j + c)});
        for (int r = i + common; r < pi; ++r)
            rows.append({Kind::Removed, removed.at(r), -1});
        for (int a = j + common; a < pj; ++a)
            rows.append({Kind::Added, -1, added.at(a)});
        if (pi < n && pj < m)
            rows.append({Kind::Changed, removed.at(pi), added.at(pj)});
        i = pi + 1;
        j = pj + 1;
    }
}

} // namespace

qint64 maxLcsCells()
{
    return 2'000'000;
}

QStringList splitLines(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    // "a\nb\n" is two lines, not three.
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

QList<Row> alignLines(const QStringList& left, const QStringList& right)
{
    const QList<Edit> edits = editScript(left, right);
    QList<Row> rows;
    rows.reserve(edits.size());
    qsizetype k = 0;
    while (k < edits.size()) {
        if (edits.at(k).op == Op::Equal) {
            rows.append({Kind::Equal, edits.at(k).left, edits.at(k).right});
            ++k;
            continue;
        }
        QList<int> removed;
        QList<int> added;
        while (k < edits.size() && edits.at(k).op != Op::Equal) {
            if (edits.at(k).op == Op::Delete)
                removed.append(edits.at(k).left);
            else
                added.append(edits.at(k).right);
            ++k;
        }
        pairChangedLines(left, right, removed, added, rows);
    }
    return rows;
}

bool similarLines(const QString& a, const QString& b)
{
    const QString x = a.trimmed();
    const QString y = b.trimmed();
    const qsizetype total = x.size() + y.size();
    if (total == 0)
        return true;
    const WordDiff words = diffWords(x, y);
    qsizetype changed = 0;
    for (const Span& s : words.left)
        changed += s.length;
    for (const Span& s : words.right)
        changed += s.length;
    return double(total - changed) / double(total) >= 0.5;
}

QStringList tokenize(const QString& line)
{
    QStringList tokens;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = line.at(i);
        qsizetype end = i + 1;
        if (isWordChar(c)) {
            while (end < n && isWordChar(line.at(end)))
                ++end;
        } else if (isBlank(c)) {
            while (end < n && isBlank(line.at(end)))
                ++end;
        } else if (c.isHighSurrogate() && end < n && line.at(end).isLowSurrogate()) {
            ++end; // an emoji or another character outside the BMP is one token, not two halves
        }
        tokens.append(line.mid(i, end - i));
        i = end;
    }
    return tokens;
}

WordDiff diffWords(const QString& left, const QString& right)
{
    const QStringList a = tokenize(left);
    const QStringList b = tokenize(right);
    // Token start offsets, so spans can be given in characters.
    QList<int> aStart;
    QList<int> bStart;
    int offset = 0;
    for (const QString& t : a) {
        aStart.append(offset);
        offset += int(t.size());
    }
    offset = 0;
    for (const QString& t : b) {
        bStart.append(offset);
        offset += int(t.size());
    }

    WordDiff result;
    for (const Edit& e : editScript(a, b)) {
        if (e.op == Op::Delete)
            addSpan(result.left, aStart.at(e.left), int(a.at(e.left).size()));
        else if (e.op == Op::Insert)
            addSpan(result.right, bStart.at(e.right), int(b.at(e.right).size()));
    }
    return result;
}

} // namespace TextDiff

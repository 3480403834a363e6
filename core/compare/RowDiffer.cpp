#include "RowDiffer.h"

#include <cstring>

namespace {

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = qMin(a.size(), b.size());
    const int c = n ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

/// Remembers the previous key of one input to check the order.
class OrderCheck
{
public:
    bool accept(QByteArrayView key, bool multiset, bool* duplicate)
    {
        *duplicate = false;
        if (m_have) {
            const int c = compareBytes(QByteArrayView(m_previous), key);
            if (c > 0)
                return false;
            if (c == 0 && !multiset) {
                *duplicate = true;
                return false;
            }
        }
        m_previous.resize(key.size());
        if (!key.isEmpty())
            std::memcpy(m_previous.data(), key.data(), size_t(key.size()));
        m_have = true;
        return true;
    }

private:
    QByteArray m_previous;
    bool m_have = false;
};

} // namespace

Status RowDiffer::merge(Input& source, Input& target, const RowCallback& onRow, bool multiset)
{
    Entry s, t;
    bool haveS = source.next(&s);
    bool haveT = target.next(&t);
    OrderCheck checkS, checkT;
    bool duplicate = false;
    auto orderError = [&duplicate](bool isSource) {
        Error e;
        if (duplicate) {
            e = Error::make(isSource ? tr("The source has two rows with the same key.")
                                     : tr("The target has two rows with the same key."),
                            tr("The chosen key is not unique; choose a unique one with --key."));
            e.code = isSource ? QStringLiteral("source-duplicate-key") : QStringLiteral("target-duplicate-key");
        } else {
            e = Error::make(isSource ? tr("The source returned rows out of key order.")
                                     : tr("The target returned rows out of key order."),
                            tr("Check that the key columns have the same type and collation on both sides."));
            e.code = isSource ? QStringLiteral("source-key-order") : QStringLiteral("target-key-order");
        }
        return e;
    };
    if (haveS && !checkS.accept(s.key, multiset, &duplicate))
        return orderError(true);
    if (haveT && !checkT.accept(t.key, multiset, &duplicate))
        return orderError(false);

    const Entry none;
    while (haveS || haveT) {
        int c;
        if (!haveS)
            c = 1;
        else if (!haveT)
            c = -1;
        else
            c = compareBytes(s.key, t.key);
        bool advanceS = false, advanceT = false;
        if (c == 0) {
            const Kind kind = (s.hash.size() == t.hash.size()
                               && (s.hash.isEmpty() || std::memcmp(s.hash.data(), t.hash.data(), size_t(s.hash.size())) == 0))
                ? Kind::Identical
                : Kind::Different;
            if (!onRow(kind, s, t))
                return {};
            advanceS = advanceT = true;
        } else if (c < 0) {
            if (!onRow(Kind::OnlyInSource, s, none))
                return {};
            advanceS = true;
        } else {
            if (!onRow(Kind::OnlyInTarget, none, t))
                return {};
            advanceT = true;
        }
        if (advanceS) {
            haveS = source.next(&s);
            if (haveS && !checkS.accept(s.key, multiset, &duplicate))
                return orderError(true);
        }
        if (advanceT) {
            haveT = target.next(&t);
            if (haveT && !checkT.accept(t.key, multiset, &duplicate))
                return orderError(false);
        }
    }
    return {};
}

#include "ConflictPolicy.h"

namespace {

/// A decimal number as sign, integer digits and fraction digits, for an exact comparison of values
/// of any size (DECIMAL(65,30), BIGINT UNSIGNED) without going through double.
struct Decimal
{
    bool negative = false;
    QByteArray integer;  ///< without leading zeros
    QByteArray fraction; ///< without trailing zeros
};

std::optional<Decimal> parseDecimal(const QByteArray& text)
{
    Decimal d;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        d.negative = text[i] == '-';
        ++i;
    }
    const qsizetype start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    d.integer = text.mid(start, i - start);
    if (i < text.size() && text[i] == '.') {
        const qsizetype f = ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        d.fraction = text.mid(f, i - f);
    }
    if (i != text.size() || (d.integer.isEmpty() && d.fraction.isEmpty()))
        return std::nullopt;
    while (d.integer.startsWith('0'))
        d.integer.remove(0, 1);
    while (d.fraction.endsWith('0'))
        d.fraction.chop(1);
    if (d.integer.isEmpty() && d.fraction.isEmpty())
        d.negative = false; // -0 is 0
    return d;
}

int compareMagnitude(const Decimal& a, const Decimal& b)
{
    if (a.integer.size() != b.integer.size())
        return a.integer.size() < b.integer.size() ? -1 : 1;
    if (int c = a.integer.compare(b.integer); c != 0)
        return c < 0 ? -1 : 1;
    const int c = a.fraction.compare(b.fraction); // equal-length prefixes compare digit by digit
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

Result<ConflictPolicy> ConflictPolicy::parse(const QString& text)
{
    ConflictPolicy p;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("source-wins")) {
        p.m_kind = Kind::SourceWins;
    } else if (t == QLatin1String("target-wins")) {
        p.m_kind = Kind::TargetWins;
    } else if (t == QLatin1String("manual")) {
        p.m_kind = Kind::Manual;
    } else if (t.startsWith(QLatin1String("newer-wins:")) && t.size() > int(qstrlen("newer-wins:"))) {
        p.m_kind = Kind::NewerWins;
        p.m_column = t.mid(int(qstrlen("newer-wins:")));
    } else {
        return Error::make(tr("\"%1\" is not a conflict policy.").arg(text),
                           tr("Use source-wins, target-wins, newer-wins:COLUMN (e.g. newer-wins:updated_at) or manual."));
    }
    return p;
}

QString ConflictPolicy::text() const
{
    switch (m_kind) {
    case Kind::TargetWins:
        return QStringLiteral("target-wins");
    case Kind::NewerWins:
        return QStringLiteral("newer-wins:") + m_column;
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::SourceWins:
        break;
    }
    return QStringLiteral("source-wins");
}

ConflictPolicy::Verdict ConflictPolicy::onlyInSource() const
{
    return m_kind == Kind::Manual ? Verdict::Conflict : Verdict::Write;
}

ConflictPolicy::Verdict ConflictPolicy::onlyInTarget() const
{
    switch (m_kind) {
    case Kind::Manual:
        return Verdict::Conflict;
    case Kind::TargetWins:
        return Verdict::Keep;
    default:
        break;
    }
    return Verdict::Write;
}

ConflictPolicy::Verdict ConflictPolicy::different(const Value& source, const Value& target) const
{
    switch (m_kind) {
    case Kind::SourceWins:
        return Verdict::Write;
    case Kind::TargetWins:
        return Verdict::Keep;
    case Kind::Manual:
        return Verdict::Conflict;
    case Kind::NewerWins:
        break;
    }
    const int c = compareNewer(source, target);
    if (c > 0)
        return Verdict::Write;
    if (c < 0)
        return Verdict::Keep;
    return Verdict::Conflict;
}

int ConflictPolicy::compareNewer(const Value& a, const Value& b)
{
    if (!a || !b)
        return a.has_value() == b.has_value() ? 0 : (a ? 1 : -1);
    const std::optional<Decimal> x = parseDecimal(*a);
    const std::optional<Decimal> y = parseDecimal(*b);
    if (x && y) {
        if (x->negative != y->negative)
            return x->negative ? -1 : 1;
        const int m = compareMagnitude(*x, *y);
        return x->negative ? -m : m;
    }
    // Dates, times and text of one column have one format: their bytes sort in time order.
    const int c = a->compare(*b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

#include "ChecksumQuery.h"

#include "RowHash.h"

namespace {

const QString Separator = QStringLiteral("CAST(X'FF' AS BINARY)");
const QString NullMark = QStringLiteral("CAST(X'FE' AS BINARY)");
const QString RowVar = QStringLiteral("@ss_row");
const QString FoldVar = QStringLiteral("@ss_fold");
const QString FoldRowsVar = QStringLiteral("@ss_fold_rows");

bool isUtf8Family(const QString& charset)
{
    return charset.startsWith(QLatin1String("utf8")) || charset == QLatin1String("ascii");
}

QString lit(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

ChecksumQuery::ChecksumQuery(const TablePlan& plan, Side side, HashFlavor flavor, const QString& where)
    : m_plan(plan)
    , m_side(side)
    , m_flavor(flavor)
    , m_where(where.trimmed())
{
}

QString ChecksumQuery::table() const
{
    return m_side == Side::Source ? Sql::qualified(m_plan.sourceDatabase, m_plan.sourceTable)
                                  : Sql::qualified(m_plan.targetDatabase, m_plan.targetTable);
}

QString ChecksumQuery::column(int c) const
{
    const PlanColumn& col = m_plan.columns.at(c);
    return Sql::quoteIdentifier(m_side == Side::Source ? col.name : col.targetName);
}

QString ChecksumQuery::image(int c) const
{
    const PlanColumn& col = m_plan.columns.at(c);
    const QString name = column(c);
    if (col.cls() == ColumnClass::Float)
        return QStringLiteral("CAST(%1 AS DOUBLE)").arg(name);
    if (col.jsonSemantic && col.cls() != ColumnClass::Json)
        return QStringLiteral("JSON_NORMALIZE(%1)").arg(name);
    if (col.convertCharset)
        return QStringLiteral("CONVERT(%1 USING utf8mb4)").arg(name);
    return name;
}

QString ChecksumQuery::hashField(int c) const
{
    const PlanColumn& col = m_plan.columns.at(c);
    const QString name = column(c);
    QString value;
    bool needsLength = false;
    switch (col.cls()) {
    case ColumnClass::Integer:
    case ColumnClass::Decimal:
    case ColumnClass::Double:
    case ColumnClass::Temporal:
    case ColumnClass::Time:
    case ColumnClass::Json:
        value = name;
        break;
    case ColumnClass::Float:
        value = QStringLiteral("CAST(%1 AS DOUBLE)").arg(name);
        break;
    case ColumnClass::Bit:
        value = QStringLiteral("CAST(%1 AS UNSIGNED)").arg(name);
        break;
    case ColumnClass::Text:
    case ColumnClass::Enum:
    case ColumnClass::Set:
        value = image(c);
        // Well-formed UTF-8 never holds a 0xFE or 0xFF byte; other character sets may.
        needsLength = !(col.convertCharset || col.jsonSemantic || isUtf8Family(col.source.charset));
        break;
    case ColumnClass::Binary:
    case ColumnClass::Geometry:
    case ColumnClass::Other:
        value = name;
        needsLength = true;
        break;
    }
    if (col.hashSeparately) {
        // A fixed-format number or hex text: needs no length, and keeps the encoding short.
        value = m_flavor == HashFlavor::Md5 ? QStringLiteral("MD5(%1)").arg(value)
                                            : QStringLiteral("CRC32(%1)<<32|CRC32C(%1)").arg(value);
        needsLength = false;
    }
    if (needsLength) {
        if (!col.nullable)
            return QStringLiteral("LENGTH(%1),%2").arg(name, value);
        // NULL: a length that is not a number, and no value (CONCAT_WS skips the NULL).
        return QStringLiteral("IFNULL(LENGTH(%1),'N'),%2").arg(name, value);
    }
    if (!col.nullable)
        return value;
    return QStringLiteral("IFNULL(%1,%2)").arg(value, NullMark);
}

QString ChecksumQuery::encoding() const
{
    QStringList fields;
    for (int c = 0; c < m_plan.columns.size(); ++c)
        fields.append(hashField(c));
    return QStringLiteral("CONCAT_WS(%1,%2)").arg(Separator, fields.join(QLatin1Char(',')));
}

QString ChecksumQuery::hashOf(const QString& encoding, HashFlavor flavor)
{
    switch (flavor) {
    case HashFlavor::Crc64Var:
        return QStringLiteral("CRC32(%1:=%2)<<32|CRC32C(%1)").arg(RowVar, encoding);
    case HashFlavor::Crc64Twice:
        return QStringLiteral("CRC32(%1)<<32|CRC32C(%1)").arg(encoding);
    case HashFlavor::Md5:
        break;
    }
    return QStringLiteral("CAST(CONV(LEFT(MD5(%1),16),16,10) AS UNSIGNED)").arg(encoding);
}

QString ChecksumQuery::signatureOf(const QString& encoding, HashFlavor flavor)
{
    switch (flavor) {
    case HashFlavor::Crc64Var:
        return QStringLiteral("CRC32(%1:=%2)*CRC32C(%1)").arg(RowVar, encoding);
    case HashFlavor::Crc64Twice:
        return QStringLiteral("CRC32(%1)*CRC32C(%1)").arg(encoding);
    case HashFlavor::Md5:
        break;
    }
    return hashOf(encoding, flavor);
}

bool ChecksumQuery::groupEnd(quint64 key, int groupBits)
{
    // The server's bit operators work on the key's 64 bits, two's complement for negative keys.
    const quint64 mask = (quint64(1) << groupBits) - 1;
    return ((key ^ (key >> 5) ^ (key >> 11)) & mask) == mask;
}

quint64 ChecksumQuery::signature(quint64 rowHash, HashFlavor flavor)
{
    if (flavor == HashFlavor::Md5)
        return rowHash;
    return (rowHash >> 32) * (rowHash & 0xFFFFFFFFu);
}

QString ChecksumQuery::aggregatesOf(const QString& encoding, HashFlavor flavor, bool multiset)
{
    const QString signature = multiset ? QStringLiteral("SUM(%1)").arg(hashOf(encoding, flavor))
                                       : QStringLiteral("BIT_XOR(%1)").arg(signatureOf(encoding, flavor));
    return QStringLiteral("COUNT(*), %1").arg(signature);
}

QString ChecksumQuery::rowHash() const
{
    return hashOf(encoding(), m_flavor);
}

QString ChecksumQuery::aggregates() const
{
    // Rows are distinct under a real unique key; a user key or no key may repeat them.
    return aggregatesOf(encoding(), m_flavor, !m_plan.hasKey() || m_plan.userKey);
}

QString ChecksumQuery::keySelect(int k) const
{
    const PlanKeyColumn& key = m_plan.key.at(k);
    const PlanColumn& col = m_plan.columns.at(key.column);
    if (col.cls() == ColumnClass::Bit)
        return QStringLiteral("CAST(%1 AS UNSIGNED)").arg(column(key.column));
    return image(key.column);
}

QString ChecksumQuery::keyColumnExpr(int k) const
{
    const PlanKeyColumn& key = m_plan.key.at(k);
    if (m_plan.columns.at(key.column).cls() == ColumnClass::Bit)
        return column(key.column);
    return image(key.column);
}

QString ChecksumQuery::keyLiteral(int k, const Value& v) const
{
    const PlanColumn& col = m_plan.columns.at(m_plan.key.at(k).column);
    return lit(Sql::literal(v, col.literalKind(), col.literalCharset()));
}

QString ChecksumQuery::boundPredicate(const KeyBound& bound, bool lower) const
{
    const int n = int(m_plan.key.size());
    const QString strict = lower ? QStringLiteral(">") : QStringLiteral("<");
    const QString loose = lower ? QStringLiteral(">=") : QStringLiteral("<=");
    if (n == 1) {
        return QStringLiteral("%1 %2 %3")
            .arg(keyColumnExpr(0), bound.inclusive ? loose : strict, keyLiteral(0, bound.values.value(0)));
    }
    // (k1, k2, k3) > (a, b, c)  ==  k1 >= a AND (k1 > a OR (k1 = a AND k2 > b) OR (k1 = a AND k2 = b AND k3 > c))
    // The leading conjunct gives the optimizer a range on the first index column.
    QStringList alternatives;
    for (int i = 0; i < n; ++i) {
        QStringList conj;
        for (int j = 0; j < i; ++j)
            conj.append(QStringLiteral("%1 = %2").arg(keyColumnExpr(j), keyLiteral(j, bound.values.value(j))));
        const bool last = i == n - 1;
        conj.append(QStringLiteral("%1 %2 %3")
                        .arg(keyColumnExpr(i), (last && bound.inclusive) ? loose : strict,
                             keyLiteral(i, bound.values.value(i))));
        alternatives.append(conj.size() == 1 ? conj.first() : QLatin1Char('(') + conj.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
    }
    return QStringLiteral("%1 %2 %3 AND (%4)")
        .arg(keyColumnExpr(0), loose, keyLiteral(0, bound.values.value(0)), alternatives.join(QStringLiteral(" OR ")));
}

QString ChecksumQuery::rangePredicate(const KeyRange& range) const
{
    QStringList parts;
    if (range.lower)
        parts.append(boundPredicate(*range.lower, true));
    if (range.upper)
        parts.append(boundPredicate(*range.upper, false));
    if (parts.isEmpty())
        return QStringLiteral("1");
    if (parts.size() == 1)
        return parts.first();
    return QLatin1Char('(') + parts.join(QStringLiteral(") AND (")) + QLatin1Char(')');
}

QString ChecksumQuery::whereClause(const QString& condition) const
{
    QStringList parts;
    if (!condition.isEmpty() && condition != QLatin1String("1"))
        parts.append(condition);
    if (!m_where.isEmpty())
        parts.append(QLatin1Char('(') + m_where + QLatin1Char(')'));
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return QStringLiteral(" WHERE ") + parts.first();
    return QStringLiteral(" WHERE (") + parts.join(QStringLiteral(") AND ")) ;
}

QString ChecksumQuery::forceIndex() const
{
    const QString& index = m_side == Side::Source ? m_plan.sourceIndex : m_plan.targetIndex;
    if (!m_plan.rangeable || index.isEmpty())
        return {};
    return QStringLiteral(" FORCE INDEX (%1)").arg(Sql::quoteIdentifier(index));
}

QString ChecksumQuery::keyOrder(bool forStream) const
{
    QStringList order;
    for (int k = 0; k < m_plan.key.size(); ++k) {
        const PlanKeyColumn& key = m_plan.key.at(k);
        if (!forStream || key.nativeOrder)
            order.append(keyColumnExpr(k));
        else
            order.append(QStringLiteral("CAST(%1 AS BINARY)").arg(keySelect(k)));
    }
    return order.join(QStringLiteral(", "));
}

QString ChecksumQuery::checksum(const QList<KeyRange>& ranges) const
{
    const QString a = aggregates();
    QStringList parts;
    for (int i = 0; i < ranges.size(); ++i) {
        parts.append(QStringLiteral("SELECT %1, %2 FROM %3%4%5")
                         .arg(i)
                         .arg(a, table(), forceIndex(), whereClause(rangePredicate(ranges.at(i)))));
    }
    return parts.join(QStringLiteral(" UNION ALL "));
}

QString ChecksumQuery::checksumAll() const
{
    return QStringLiteral("SELECT %1 FROM %2%3").arg(aggregates(), table(), whereClause({}));
}

QString ChecksumQuery::keyHashStream(const std::optional<KeyRange>& range) const
{
    QStringList select;
    for (int k = 0; k < m_plan.key.size(); ++k)
        select.append(keySelect(k));
    select.append(rowHash());
    return QStringLiteral("SELECT %1 FROM %2%3%4 ORDER BY %5")
        .arg(select.join(QStringLiteral(", ")), table(), range ? forceIndex() : QString(),
             whereClause(range ? rangePredicate(*range) : QString()), keyOrder(true));
}

QString ChecksumQuery::keyHashStream(const QList<KeyRange>& ranges) const
{
    if (ranges.size() == 1)
        return keyHashStream(std::optional<KeyRange>(ranges.first()));
    QStringList select;
    for (int k = 0; k < m_plan.key.size(); ++k)
        select.append(keySelect(k));
    select.append(rowHash());
    QStringList alternatives;
    for (const KeyRange& r : ranges)
        alternatives.append(QLatin1Char('(') + rangePredicate(r) + QLatin1Char(')'));
    return QStringLiteral("SELECT %1 FROM %2%3%4 ORDER BY %5")
        .arg(select.join(QStringLiteral(", ")), table(), forceIndex(),
             whereClause(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')')), keyOrder(true));
}

QString ChecksumQuery::foldStart()
{
    return QStringLiteral("SET %1 := 0, %2 := 0").arg(FoldVar, FoldRowsVar);
}

QString ChecksumQuery::foldEnd()
{
    return QStringLiteral("SELECT %1, %2").arg(FoldVar, FoldRowsVar);
}

QString ChecksumQuery::foldStream(const KeyRange& range, int groupBits) const
{
    const QString mask = QString::number((quint64(1) << groupBits) - 1);
    // One condition, evaluated for every row the range scan reads, in index order: count the row,
    // fold its signature in, and return it only at a group end. As one IF over a non-key
    // expression it cannot be pushed into the index ahead of the folding. (MariaDB's `^` binds
    // tighter than `*`: the signature is parenthesized.)
    // Group ends mix higher key bits in (groupEnd()), so that keys with a stride (every other
    // one, multiples of 1000) still end groups.
    const QString key = keyColumnExpr(0);
    const QString fold = QStringLiteral("IF((%1 := %1 + 1) AND (%2 := %2 ^ (%3)) IS NOT NULL, ((%4 ^ (%4 >> 5) ^ (%4 >> 11)) & %5) = %5, 0)")
                             .arg(FoldRowsVar, FoldVar, signatureOf(encoding(), m_flavor), key, mask);
    return QStringLiteral("SELECT %1, %2, %3 FROM %4%5 WHERE %6 AND %7 ORDER BY %8")
        .arg(keySelect(0), FoldVar, FoldRowsVar, table(), forceIndex(), rangePredicate(range), fold, keyOrder(false));
}

QString ChecksumQuery::rowStream() const
{
    QStringList select;
    for (int k = 0; k < m_plan.key.size(); ++k)
        select.append(keySelect(k));
    select.append(rowHash());
    for (int c = 0; c < m_plan.columns.size(); ++c)
        select.append(image(c));
    const QString order = m_plan.hasKey() ? keyOrder(true) : QString::number(1);
    return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
        .arg(select.join(QStringLiteral(", ")), table(), whereClause({}), order);
}

QString ChecksumQuery::fetch(const QList<Row>& keys) const
{
    QStringList select;
    for (int k = 0; k < m_plan.key.size(); ++k)
        select.append(keySelect(k));
    for (int c = 0; c < m_plan.columns.size(); ++c)
        select.append(image(c));
    QString predicate;
    const bool simple = m_plan.key.size() == 1 && !m_plan.key.first().nullable;
    if (simple) {
        QStringList literals;
        for (const Row& key : keys)
            literals.append(keyLiteral(0, key.value(0)));
        predicate = QStringLiteral("%1 IN (%2)").arg(keyColumnExpr(0), literals.join(QStringLiteral(", ")));
    } else {
        QStringList alternatives;
        for (const Row& key : keys) {
            QStringList conj;
            for (int k = 0; k < m_plan.key.size(); ++k) {
                conj.append(QStringLiteral("%1 %2 %3")
                                .arg(keyColumnExpr(k), m_plan.key.at(k).nullable ? QStringLiteral("<=>") : QStringLiteral("="),
                                     keyLiteral(k, key.value(k))));
            }
            alternatives.append(QLatin1Char('(') + conj.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
        }
        predicate = alternatives.join(QStringLiteral(" OR "));
    }
    return QStringLiteral("SELECT %1 FROM %2%3")
        .arg(select.join(QStringLiteral(", ")), table(), whereClause(QLatin1Char('(') + predicate + QLatin1Char(')')));
}

QString ChecksumQuery::boundary(const std::optional<KeyBound>& lower, qint64 offset) const
{
    QStringList select;
    for (int k = 0; k < m_plan.key.size(); ++k)
        select.append(keySelect(k));
    return QStringLiteral("SELECT %1 FROM %2%3%4 ORDER BY %5 LIMIT %6, 1")
        .arg(select.join(QStringLiteral(", ")), table(), forceIndex(),
             whereClause(lower ? boundPredicate(*lower, true) : QString()), keyOrder(false))
        .arg(qMax<qint64>(0, offset));
}

QString ChecksumQuery::minMax() const
{
    return QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2").arg(keyColumnExpr(0), table());
}

QString ChecksumQuery::nextKey(const QByteArray& from) const
{
    return QStringLiteral("SELECT MIN(%1) FROM %2 WHERE %1 >= %3").arg(keyColumnExpr(0), table(), QString::fromLatin1(from));
}

QString ChecksumQuery::selfTestSql(HashFlavor flavor)
{
    // Three rows, one whose encoding is NULL (as an over-long row's would be): the row hashes, then
    // both aggregates with their counts.
    const QString encoding = QStringLiteral("IF(x = 'de', NULL, CONCAT_WS(%1,x,'q'))").arg(Separator);
    const QString rows = QStringLiteral("(SELECT 'abc' AS x UNION ALL SELECT 'de' UNION ALL SELECT '')");
    return QStringLiteral("SELECT * FROM (SELECT x, %1 AS a, NULL AS b FROM %2 AS d "
                          "UNION ALL SELECT 'zz', %3 FROM %2 AS e UNION ALL SELECT 'zzz', %4 FROM %2 AS f) AS u ORDER BY x")
        .arg(hashOf(encoding, flavor), rows, aggregatesOf(encoding, flavor, false), aggregatesOf(encoding, flavor, true));
}

QList<Row> ChecksumQuery::selfTestExpected(HashFlavor flavor)
{
    __extension__ typedef unsigned __int128 U128;
    auto text = [](U128 v) {
        QByteArray digits;
        do {
            digits.prepend(char('0' + int(v % 10)));
            v /= 10;
        } while (v != 0);
        return digits;
    };
    QList<Row> out;
    U128 sum = 0;
    quint64 xorOfSignatures = 0;
    for (const QByteArray& x : {QByteArray(), QByteArrayLiteral("abc")}) {
        const QByteArray encoded = x + '\xff' + 'q';
        const quint64 h = flavor == HashFlavor::Md5 ? RowHash::md5x64(encoded) : RowHash::crc64(encoded);
        out.append(Row {QByteArray::number(h), std::nullopt});
        sum += h;
        xorOfSignatures ^= flavor == HashFlavor::Md5 ? h : quint64(RowHash::crc32(encoded)) * RowHash::crc32c(encoded);
    }
    out.append(Row {std::nullopt, std::nullopt}); // 'de': no encoding, no hash, left out of the aggregates
    out.append(Row {QByteArray("3"), QByteArray::number(xorOfSignatures)});
    out.append(Row {QByteArray("3"), text(sum)});
    return out;
}

#include "KeyCodec.h"

#include <limits>

KeyCodec::KeyCodec(QList<Kind> kinds, QList<bool> nullable)
    : m_kinds(std::move(kinds))
    , m_nullable(std::move(nullable))
{
    m_nullable.resize(m_kinds.size(), false);
}

bool KeyCodec::encodeInteger(QByteArray& out, const char* data, qsizetype size)
{
    if (size <= 0)
        return false;
    bool negative = false;
    qsizetype i = 0;
    if (data[0] == '-' || data[0] == '+') {
        negative = data[0] == '-';
        i = 1;
    }
    if (i >= size)
        return false;
    quint64 magnitude = 0;
    for (; i < size; ++i) {
        const char c = data[i];
        if (c < '0' || c > '9')
            return false;
        const quint64 digit = quint64(c - '0');
        if (magnitude > (std::numeric_limits<quint64>::max() - digit) / 10)
            return false;
        magnitude = magnitude * 10 + digit;
    }
    // A sign byte, then the value big-endian: one append, as this runs for every streamed row.
    char encoded[9];
    quint64 bits;
    if (negative && magnitude != 0) {
        // Two's complement of a negative int64 orders correctly among negatives (-2 < -1).
        if (magnitude > quint64(std::numeric_limits<qint64>::max()) + 1)
            return false;
        bits = quint64(0) - magnitude;
        encoded[0] = char(0x00);
    } else {
        bits = magnitude;
        encoded[0] = char(0x01);
    }
    for (int b = 8; b >= 1; --b) {
        encoded[b] = char(bits & 0xff);
        bits >>= 8;
    }
    out.append(encoded, 9);
    return true;
}

bool KeyCodec::append(QByteArray& out, int column, const char* data, qsizetype size, bool isNull) const
{
    if (m_nullable.at(column)) {
        if (isNull) {
            out.append(char(0x00));
            return true;
        }
        out.append(char(0x01));
    } else if (isNull) {
        return false;
    }
    if (m_kinds.at(column) == Kind::Integer)
        return encodeInteger(out, data, size);
    // Bytes: escape NUL so that the terminator 00 00 sorts before any continuation.
    const char* end = data + size;
    const char* run = data;
    for (const char* p = data; p < end; ++p) {
        if (*p == 0) {
            out.append(run, p - run);
            out.append("\x00\xff", 2);
            run = p + 1;
        }
    }
    out.append(run, end - run);
    out.append("\x00\x00", 2);
    return true;
}

std::optional<QByteArray> KeyCodec::encode(const Row& values) const
{
    if (values.size() != m_kinds.size())
        return std::nullopt;
    QByteArray out;
    for (int i = 0; i < values.size(); ++i) {
        const Value& v = values.at(i);
        if (!append(out, i, v ? v->constData() : nullptr, v ? v->size() : 0, !v.has_value()))
            return std::nullopt;
    }
    return out;
}

std::optional<Row> KeyCodec::decode(QByteArrayView encoded) const
{
    Row row;
    qsizetype p = 0;
    const qsizetype n = encoded.size();
    for (int c = 0; c < m_kinds.size(); ++c) {
        if (m_nullable.at(c)) {
            if (p >= n)
                return std::nullopt;
            if (encoded[p++] == 0) {
                row.append(std::nullopt);
                continue;
            }
        }
        if (m_kinds.at(c) == Kind::Integer) {
            if (p + 9 > n)
                return std::nullopt;
            const bool negative = encoded[p] == 0;
            quint64 bits = 0;
            for (int b = 1; b <= 8; ++b)
                bits = (bits << 8) | quint64(static_cast<unsigned char>(encoded[p + b]));
            p += 9;
            row.append(negative ? QByteArray::number(qint64(bits)) : QByteArray::number(bits));
            continue;
        }
        QByteArray value;
        for (;;) {
            if (p >= n)
                return std::nullopt;
            const char ch = encoded[p];
            if (ch != 0) {
                value.append(ch);
                ++p;
                continue;
            }
            if (p + 1 >= n)
                return std::nullopt;
            const char next = encoded[p + 1];
            p += 2;
            if (next == 0)
                break;
            if (static_cast<unsigned char>(next) != 0xff)
                return std::nullopt;
            value.append(char(0));
        }
        row.append(value);
    }
    if (p != n)
        return std::nullopt;
    return row;
}

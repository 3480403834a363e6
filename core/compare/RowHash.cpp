#include "RowHash.h"

#include <QCryptographicHash>

#include <array>

#include <zlib.h>

namespace {

std::array<quint32, 256> makeCrc32cTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        table[i] = c;
    }
    return table;
}

} // namespace

namespace RowHash {

quint32 crc32(QByteArrayView bytes)
{
    return quint32(::crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), uInt(bytes.size())));
}

quint32 crc32c(QByteArrayView bytes)
{
    static const std::array<quint32, 256> table = makeCrc32cTable();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : bytes)
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

quint64 crc64(QByteArrayView bytes)
{
    return (quint64(crc32(bytes)) << 32) | crc32c(bytes);
}

quint64 md5x64(QByteArrayView bytes)
{
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Md5);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | static_cast<unsigned char>(digest[i]);
    return v;
}

} // namespace RowHash

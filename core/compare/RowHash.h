#pragma once

#include <QByteArrayView>
#include <QtGlobal>

/// The hash functions the servers compute, done locally so that a server can be tested before its
/// checksums are trusted (see ChecksumQuery::selfTestSql).
namespace RowHash {

/// CRC-32 (ISO-HDLC, as MySQL's CRC32()).
quint32 crc32(QByteArrayView bytes);
/// CRC-32C (Castagnoli, as MariaDB's CRC32C()).
quint32 crc32c(QByteArrayView bytes);
/// The 64-bit row hash of an encoded row: CRC32 in the high half, CRC32C in the low half.
quint64 crc64(QByteArrayView bytes);
/// The first 8 bytes of the MD5 digest as a big-endian number, as CONV(LEFT(MD5(x),16),16,10).
quint64 md5x64(QByteArrayView bytes);

} // namespace RowHash

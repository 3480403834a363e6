#include "ValueFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>
#include <QStringEncoder>

namespace ValueFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValueFormat)
};

/// MySQL's character set names and the names ICU knows them by. MySQL's latin1 is cp1252.
const char* decoderName(const QString& charset)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("utf8mb4"), "UTF-8"},
        {QStringLiteral("utf8mb3"), "UTF-8"},
        {QStringLiteral("utf8"), "UTF-8"},
        {QStringLiteral("ascii"), "US-ASCII"},
        {QStringLiteral("latin1"), "windows-1252"},
        {QStringLiteral("latin2"), "ISO-8859-2"},
        {QStringLiteral("latin5"), "ISO-8859-9"},
        {QStringLiteral("latin7"), "ISO-8859-13"},
        {QStringLiteral("greek"), "ISO-8859-7"},
        {QStringLiteral("hebrew"), "ISO-8859-8"},
        {QStringLiteral("cp1250"), "windows-1250"},
        {QStringLiteral("cp1251"), "windows-1251"},
        {QStringLiteral("cp1256"), "windows-1256"},
        {QStringLiteral("cp1257"), "windows-1257"},
        {QStringLiteral("cp850"), "IBM850"},
        {QStringLiteral("cp852"), "IBM852"},
        {QStringLiteral("cp866"), "IBM866"},
        {QStringLiteral("koi8r"), "KOI8-R"},
        {QStringLiteral("koi8u"), "KOI8-U"},
        {QStringLiteral("gbk"), "GBK"},
        {QStringLiteral("gb2312"), "GB2312"},
        {QStringLiteral("gb18030"), "GB18030"},
        {QStringLiteral("big5"), "Big5"},
        {QStringLiteral("sjis"), "Shift_JIS"},
        {QStringLiteral("cp932"), "windows-31j"},
        {QStringLiteral("ujis"), "EUC-JP"},
        {QStringLiteral("eucjpms"), "EUC-JP"},
        {QStringLiteral("euckr"), "EUC-KR"},
        {QStringLiteral("tis620"), "TIS-620"},
        {QStringLiteral("macroman"), "macintosh"},
        {QStringLiteral("ucs2"), "UTF-16BE"},
        {QStringLiteral("utf16"), "UTF-16BE"},
        {QStringLiteral("utf16le"), "UTF-16LE"},
        {QStringLiteral("utf32"), "UTF-32BE"},
    };
    // An empty charset (numbers, dates) is ASCII text, which UTF-8 reads as well.
    if (charset.isEmpty())
        return "UTF-8";
    return names.value(charset.toLower(), nullptr);
}

QString hexPreview(const QByteArray& bytes, int maxChars, bool* truncated)
{
    const qsizetype shown = qMin<qsizetype>(bytes.size(), qMax(1, (maxChars - 2) / 2));
    *truncated = shown < bytes.size();
    return QStringLiteral("0x") + QString::fromLatin1(bytes.left(shown).toHex().toUpper());
}

/// One line: line breaks and tabs become visible marks, other control characters a dot.
QString oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\n'))
            out.append(QChar(0x21B5)); // ↵
        else if (c == QLatin1Char('\r'))
            continue;
        else if (c == QLatin1Char('\t'))
            out.append(QLatin1Char(' '));
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out.append(QChar(0x00B7)); // ·
        else
            out.append(c);
    }
    return out;
}

} // namespace

bool isBinary(const DiffColumn& column)
{
    return column.literal == QLatin1String("binary");
}

bool isJsonColumn(const DiffColumn& column)
{
    return column.type.startsWith(QLatin1String("json"), Qt::CaseInsensitive);
}

std::optional<QString> decode(const QByteArray& bytes, const QString& charset)
{
    const char* name = decoderName(charset);
    if (!name)
        return std::nullopt;
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QByteArray> encode(const QString& text, const QString& charset)
{
    const char* name = decoderName(charset);
    if (!name)
        return std::nullopt;
    QStringEncoder encoder(name, QStringConverter::Flag::Stateless);
    if (!encoder.isValid())
        return std::nullopt;
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return std::nullopt;
    return bytes;
}

Preview preview(const Value& value, const DiffColumn& column, int maxChars)
{
    Preview p;
    if (!value) {
        p.null = true;
        p.text = QStringLiteral("NULL");
        return p;
    }
    const QByteArray& bytes = *value;
    if (isBinary(column)) {
        p.hex = true;
        p.text = hexPreview(bytes, maxChars, &p.truncated);
        return p;
    }
    // Decode a prefix only: a 16 MB text costs the grid no more than a short one. Four bytes a
    // character covers every supported charset; a character cut at the end is dropped.
    const qsizetype prefix = qsizetype(maxChars) * 4 + 4;
    const bool cut = bytes.size() > prefix;
    std::optional<QString> text = decode(cut ? bytes.left(prefix) : bytes, column.charset);
    if (!text && cut) {
        // The cut may split a character: retry on a few shorter prefixes.
        for (int back = 1; back <= 3 && !text; ++back)
            text = decode(bytes.left(prefix - back), column.charset);
    }
    if (!text) {
        p.hex = true;
        p.text = hexPreview(bytes, maxChars, &p.truncated);
        return p;
    }
    p.truncated = cut || text->size() > maxChars;
    p.text = oneLine(p.truncated ? text->left(maxChars) : *text);
    if (p.truncated)
        p.text.append(QChar(0x2026)); // …
    return p;
}

Decoded decodeFull(const Value& value, const DiffColumn& column)
{
    Decoded d;
    if (!value) {
        d.null = true;
        return d;
    }
    if (isBinary(column)) {
        d.binary = true;
        return d;
    }
    if (std::optional<QString> text = decode(*value, column.charset)) {
        d.text = *text;
        return d;
    }
    d.binary = true;
    d.note = decoderName(column.charset)
        ? Tr::tr("These bytes are not valid %1 text; shown as bytes.").arg(column.charset)
        : Tr::tr("The character set %1 cannot be decoded here; shown as bytes.").arg(column.charset);
    return d;
}

std::optional<QString> prettyJson(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('[')))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    QString pretty = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    if (pretty.endsWith(QLatin1Char('\n')))
        pretty.chop(1);
    return pretty;
}

QString hexDump(const QByteArray& bytes, qsizetype maxBytes)
{
    const qsizetype shown = qMin(bytes.size(), maxBytes);
    QString out;
    out.reserve((shown / 16 + 2) * 78);
    for (qsizetype offset = 0; offset < shown; offset += 16) {
        const qsizetype n = qMin<qsizetype>(16, shown - offset);
        QString hex;
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i == 8)
                hex.append(QLatin1Char(' '));
            if (i < n) {
                const auto b = static_cast<unsigned char>(bytes.at(offset + i));
                hex.append(QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0')));
                ascii.append(b >= 0x20 && b < 0x7f ? QLatin1Char(char(b)) : QLatin1Char('.'));
            } else {
                hex.append(QStringLiteral("   "));
            }
        }
        out.append(QStringLiteral("%1  %2 |%3|\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii));
    }
    if (shown < bytes.size())
        out.append(Tr::tr("... %1 more bytes").arg(QLocale().toString(bytes.size() - shown)));
    else if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

} // namespace ValueFormat

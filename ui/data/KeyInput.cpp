#include "KeyInput.h"

#include "ValueFormat.h"
#include "compare/MetaReader.h"

namespace {

const DiffColumn* columnNamed(const DiffTableInfo& table, const QString& name)
{
    for (const DiffColumn& c : table.columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

KeyCodec::Kind kindOf(const DiffColumn* column)
{
    if (!column)
        return KeyCodec::Kind::Bytes;
    const QString dataType
        = column->type.section(QLatin1Char('('), 0, 0).section(QLatin1Char(' '), 0, 0).toLower();
    const ColumnClass cls = MetaReader::classify(dataType);
    return cls == ColumnClass::Integer || cls == ColumnClass::Bit ? KeyCodec::Kind::Integer
                                                                  : KeyCodec::Kind::Bytes;
}

/// Splits at commas outside single quotes; a quoted part loses its quotes ('' is one quote).
/// Unquoted parts are trimmed. `quoted` says which parts were quoted.
QStringList splitValues(const QString& text, QList<bool>* quoted)
{
    QStringList parts;
    QString current;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('\'')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                    current.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                current.append(c);
            }
        } else if (c == QLatin1Char('\'') && current.trimmed().isEmpty()) {
            current.clear();
            inQuotes = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            parts.append(wasQuoted ? current : current.trimmed());
            quoted->append(wasQuoted);
            current.clear();
            wasQuoted = false;
        } else if (!wasQuoted) {
            current.append(c);
        }
    }
    parts.append(wasQuoted ? current : current.trimmed());
    quoted->append(wasQuoted);
    return parts;
}

} // namespace

Result<Row> KeyInput::parse(const DiffTableInfo& table, const QString& typed)
{
    if (table.keyColumns.isEmpty()) {
        return Error::make(
            tr("The table %1 has no row key: its rows cannot be looked up by key.").arg(table.name),
            tr("Scroll, or filter by kind."));
    }
    QList<bool> quoted;
    QStringList parts;
    if (table.keyColumns.size() == 1 && !typed.trimmed().startsWith(QLatin1Char('\''))) {
        parts.append(typed.trimmed());
        quoted.append(false);
    } else {
        parts = splitValues(typed, &quoted);
    }
    if (parts.size() != table.keyColumns.size()) {
        return Error::make(tr("The key of %1 has %n column(s) (%2); %3 value(s) were given.", nullptr,
                               int(table.keyColumns.size()))
                               .arg(table.name, table.keyColumns.join(QStringLiteral(", ")))
                               .arg(parts.size()),
            tr("Separate the values with commas; quote a value that holds a comma: 'a,b'."));
    }
    Row key;
    for (int i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        const DiffColumn* column = columnNamed(table, table.keyColumns.at(i));
        if (!quoted.at(i) && part.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
            key.append(std::nullopt);
            continue;
        }
        if (kindOf(column) == KeyCodec::Kind::Integer) {
            QByteArray digits = part.toLatin1();
            QByteArray probe;
            if (quoted.at(i) || !KeyCodec::encodeInteger(probe, digits.constData(), digits.size())) {
                return Error::make(tr("%1 is a number column; \"%2\" is not a whole number.")
                                       .arg(table.keyColumns.at(i), part));
            }
            key.append(digits);
            continue;
        }
        if (column && ValueFormat::isBinary(*column)) {
            if (!quoted.at(i) && part.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
                const QByteArray hex = part.mid(2).toLatin1();
                const QByteArray bytes = QByteArray::fromHex(hex);
                if (bytes.toHex().compare(hex.toLower()) != 0 && !hex.isEmpty())
                    return Error::make(tr("\"%1\" is not a hexadecimal value.").arg(part));
                key.append(bytes);
            } else {
                key.append(part.toUtf8());
            }
            continue;
        }
        const QString charset = column ? column->charset : QString();
        std::optional<QByteArray> bytes = ValueFormat::encode(part, charset);
        if (!bytes) {
            return Error::make(tr("\"%1\" cannot be written in the character set %2 of %3.")
                                   .arg(part, charset, table.keyColumns.at(i)));
        }
        key.append(*bytes);
    }
    return key;
}

KeyCodec KeyInput::codecFor(const DiffTableInfo& table, const DiffRow* sample)
{
    QList<KeyCodec::Kind> kinds;
    for (const QString& name : table.keyColumns)
        kinds.append(kindOf(columnNamed(table, name)));
    const int n = int(kinds.size());
    // A table's own key has no NULLs; a user's key may: try the NULL markers the sample fits.
    if (sample && n > 0 && n <= 8) {
        for (int mask = 0; mask < (1 << n); ++mask) {
            QList<bool> nullable;
            for (int i = 0; i < n; ++i)
                nullable.append((mask >> i) & 1);
            const KeyCodec codec(kinds, nullable);
            if (codec.encode(sample->key) == std::optional<QByteArray>(sample->sortKey))
                return codec;
        }
    }
    return KeyCodec(kinds, QList<bool>(n, false));
}

Result<QByteArray> KeyInput::sortKey(const DiffTableInfo& table, const QString& typed, const DiffRow* sample)
{
    Result<Row> key = parse(table, typed);
    if (!key)
        return key.error();
    const KeyCodec codec = codecFor(table, sample);
    std::optional<QByteArray> encoded = codec.encode(*key);
    if (!encoded) {
        return Error::make(tr("A key column of %1 cannot be NULL.").arg(table.name),
            tr("Type a value for every key column."));
    }
    return *encoded;
}

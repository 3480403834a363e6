#include "SyncTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncTable)
};

QString kindName(Sql::LiteralKind kind)
{
    switch (kind) {
    case Sql::LiteralKind::Binary:
        return QStringLiteral("binary");
    case Sql::LiteralKind::Numeric:
        return QStringLiteral("numeric");
    case Sql::LiteralKind::Text:
        break;
    }
    return QStringLiteral("text");
}

Sql::LiteralKind kindFromName(const QString& name)
{
    if (name == QLatin1String("binary"))
        return Sql::LiteralKind::Binary;
    if (name == QLatin1String("numeric"))
        return Sql::LiteralKind::Numeric;
    return Sql::LiteralKind::Text;
}

// A value as a person would read it in a key: printable UTF-8 as text, anything else as hex.
QString valueText(const Value& v)
{
    if (!v)
        return QStringLiteral("NULL");
    const QByteArray& b = *v;
    bool printable = QUtf8StringView(b).isValidUtf8();
    for (char c : b) {
        if (static_cast<unsigned char>(c) < 0x20) {
            printable = false;
            break;
        }
    }
    QString text = printable ? QStringLiteral("'%1'").arg(QString::fromUtf8(b))
                             : QStringLiteral("0x") + QString::fromLatin1(b.left(32).toHex().toUpper())
            + (b.size() > 32 ? QStringLiteral("...") : QString());
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}
} // namespace

int SyncTable::columnIndex(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString SyncTable::selectExpression(int column) const
{
    const Column& c = columns.at(column);
    const QString name = Sql::quoteIdentifier(c.name);
    return c.readAsDouble ? QStringLiteral("CAST(%1 AS DOUBLE)").arg(name) : name;
}

QString SyncTable::selectList() const
{
    QStringList list;
    list.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i)
        list << selectExpression(i);
    return list.join(QStringLiteral(", "));
}

Row SyncTable::keyOf(const Row& image) const
{
    Row key;
    key.reserve(keyColumns.size());
    for (int c : keyColumns)
        key.append(c < image.size() ? image.at(c) : Value());
    return key;
}

QString SyncTable::keyText(const Row& key) const
{
    QStringList parts;
    for (int i = 0; i < keyColumns.size() && i < key.size(); ++i) {
        const int c = keyColumns.at(i);
        const QString name = c >= 0 && c < columns.size() ? columns.at(c).name : QStringLiteral("?");
        // A numeric key reads better bare: id=42, not id='42'.
        const bool numeric = c >= 0 && c < columns.size() && columns.at(c).kind == Sql::LiteralKind::Numeric;
        parts << name + QLatin1Char('=') + (numeric && key.at(i) ? QString::fromLatin1(*key.at(i)) : valueText(key.at(i)));
    }
    return parts.join(QStringLiteral(", "));
}

bool SyncTable::hasGuards() const
{
    for (const Column& c : columns) {
        if (!c.guard.isEmpty())
            return true;
    }
    return false;
}

QString SyncTable::guardedSelectList() const
{
    QString list = selectList();
    for (const Column& c : columns) {
        if (!c.guard.isEmpty())
            list += QStringLiteral(", ") + c.guard.arg(Sql::quoteIdentifier(c.name));
    }
    return list;
}

Row SyncTable::rawImage(const Row& fetched) const
{
    return fetched.size() > columns.size() ? fetched.mid(0, columns.size()) : fetched;
}

Row SyncTable::guardView(const Row& fetched) const
{
    Row view = rawImage(fetched);
    qsizetype extra = columns.size();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).guard.isEmpty())
            continue;
        if (extra < fetched.size() && i < view.size())
            view[i] = fetched.at(extra);
        ++extra;
    }
    return view;
}

bool SyncTable::sameCompared(const Row& a, const Row& b) const
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i < columns.size() && !columns.at(i).compared)
            continue;
        const Value& x = a.at(i);
        const Value& y = b.at(i);
        if (x.has_value() != y.has_value() || (x && *x != *y))
            return false;
    }
    return true;
}

SyncTable SyncTable::rawForm() const
{
    SyncTable t = *this;
    for (Column& c : t.columns) {
        c.compared = true;
        c.guard.clear();
        c.guardCharset.clear();
    }
    return t;
}

bool SyncTable::sameShape(const SyncTable& other, QString* why) const
{
    auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (database != other.database || table != other.table)
        return fail(Tr::tr("it is another table (%1)").arg(other.displayName()));
    if (columns.size() != other.columns.size())
        return fail(Tr::tr("it has %1 columns, not %2").arg(other.columns.size()).arg(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        const Column& a = columns.at(i);
        const Column& b = other.columns.at(i);
        if (a.name != b.name)
            return fail(Tr::tr("column %1 is now %2").arg(i + 1).arg(b.name));
        if (a.kind != b.kind || a.charset.toLower() != b.charset.toLower() || a.generated != b.generated
            || a.readAsDouble != b.readAsDouble)
            return fail(Tr::tr("the type of column %1 changed").arg(a.name));
    }
    if (keyColumns != other.keyColumns)
        return fail(Tr::tr("its key changed"));
    return true;
}

QJsonObject SyncTable::toJson() const
{
    QJsonArray cols;
    for (const Column& c : columns) {
        QJsonObject o {{QStringLiteral("name"), c.name}, {QStringLiteral("kind"), kindName(c.kind)}};
        if (!c.charset.isEmpty())
            o.insert(QStringLiteral("charset"), QString::fromLatin1(c.charset));
        if (c.generated)
            o.insert(QStringLiteral("generated"), true);
        if (c.autoUpdate)
            o.insert(QStringLiteral("auto_update"), true);
        if (c.readAsDouble)
            o.insert(QStringLiteral("read_as_double"), true);
        if (!c.compared)
            o.insert(QStringLiteral("compared"), false);
        if (!c.guard.isEmpty()) {
            o.insert(QStringLiteral("guard"), c.guard);
            o.insert(QStringLiteral("guard_charset"), QString::fromLatin1(c.guardCharset));
        }
        cols.append(o);
    }
    QJsonArray key;
    for (int k : keyColumns)
        key.append(k);
    return QJsonObject {
        {QStringLiteral("database"), database},
        {QStringLiteral("table"), table},
        {QStringLiteral("columns"), cols},
        {QStringLiteral("key"), key},
        {QStringLiteral("triggers"), QJsonArray::fromStringList(triggers)},
        {QStringLiteral("fk_referenced"), foreignKeyReferenced},
    };
}

SyncTable SyncTable::fromJson(const QJsonObject& json)
{
    SyncTable t;
    t.database = json.value(QStringLiteral("database")).toString();
    t.table = json.value(QStringLiteral("table")).toString();
    for (const QJsonValue v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        Column c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.kind = kindFromName(o.value(QStringLiteral("kind")).toString());
        c.charset = o.value(QStringLiteral("charset")).toString().toLatin1();
        c.generated = o.value(QStringLiteral("generated")).toBool();
        c.autoUpdate = o.value(QStringLiteral("auto_update")).toBool();
        c.readAsDouble = o.value(QStringLiteral("read_as_double")).toBool();
        c.compared = o.value(QStringLiteral("compared")).toBool(true);
        c.guard = o.value(QStringLiteral("guard")).toString();
        c.guardCharset = o.value(QStringLiteral("guard_charset")).toString().toLatin1();
        t.columns.append(c);
    }
    for (const QJsonValue v : json.value(QStringLiteral("key")).toArray())
        t.keyColumns.append(v.toInt());
    for (const QJsonValue v : json.value(QStringLiteral("triggers")).toArray())
        t.triggers.append(v.toString());
    t.foreignKeyReferenced = json.value(QStringLiteral("fk_referenced")).toBool();
    return t;
}

#include "SchemaBackup.h"

#include "db/Connection.h"
#include "db/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue v : value.toArray())
        out << v.toString();
    return out;
}

SchemaBackup::SavedColumns::Reason reasonFrom(const QString& name)
{
    using Reason = SchemaBackup::SavedColumns::Reason;
    for (Reason r : {Reason::Dropped, Reason::Narrowed, Reason::Replaced}) {
        if (SchemaBackup::SavedColumns::reasonName(r) == name)
            return r;
    }
    return Reason::Dropped;
}

} // namespace

QString SchemaBackup::SavedColumns::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Narrowed:
        return QStringLiteral("narrowed");
    case Reason::Replaced:
        return QStringLiteral("replaced");
    case Reason::Dropped:
        break;
    }
    return QStringLiteral("dropped");
}

const SchemaBackup::SavedObject* SchemaBackup::object(ObjectType type, const QString& name) const
{
    for (const SavedObject& o : objects) {
        if (o.type == type && o.name == name)
            return &o;
    }
    return nullptr;
}

QJsonObject SchemaBackup::toJson() const
{
    QJsonArray objectList;
    for (const SavedObject& o : objects) {
        QJsonObject j {
            {QStringLiteral("type"), objectTypeName(o.type)},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("existed"), o.existed},
        };
        if (o.existed) {
            j.insert(QStringLiteral("create"), o.createStatement);
            if (o.createBytes != o.createStatement.toUtf8())
                j.insert(QStringLiteral("create_bytes"), QString::fromLatin1(o.createBytes.toBase64()));
            j.insert(QStringLiteral("sql_mode"), o.sqlMode);
            j.insert(QStringLiteral("time_zone"), o.timeZone);
            j.insert(QStringLiteral("character_set_client"), o.characterSetClient);
            j.insert(QStringLiteral("collation_connection"), o.collationConnection);
        }
        if (o.type == ObjectType::Trigger) {
            j.insert(QStringLiteral("table"), o.table);
            j.insert(QStringLiteral("timing"), o.timing);
            j.insert(QStringLiteral("event"), o.event);
            j.insert(QStringLiteral("order"), o.order);
        }
        objectList.append(j);
    }
    QJsonArray quarantineList;
    for (const Quarantined& q : quarantined) {
        quarantineList.append(QJsonObject {{QStringLiteral("table"), q.table},
            {QStringLiteral("quarantine_name"), q.quarantineName}, {QStringLiteral("step"), q.step}});
    }
    QJsonArray columnList;
    for (const SavedColumns& c : columns) {
        columnList.append(QJsonObject {
            {QStringLiteral("table"), c.table},
            {QStringLiteral("columns"), QJsonArray::fromStringList(c.columns)},
            {QStringLiteral("reason"), SavedColumns::reasonName(c.reason)},
            {QStringLiteral("step"), c.step},
            {QStringLiteral("keyless"), c.keyless},
            {QStringLiteral("shape"), c.shape.toJson()},
            {QStringLiteral("before_file"), c.beforeFile},
            {QStringLiteral("before_digest"), c.beforeDigest},
            {QStringLiteral("before_rows"), c.beforeRows},
            {QStringLiteral("after_file"), c.afterFile},
            {QStringLiteral("after_digest"), c.afterDigest},
            {QStringLiteral("after_rows"), c.afterRows},
        });
    }
    QJsonArray stepList;
    for (const SchemaSyncStep& s : steps)
        stepList.append(s.toJson());
    return QJsonObject {
        {QStringLiteral("format"), format},
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), QStringLiteral("schema")},
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("server"), server},
        {QStringLiteral("database"), database},
        {QStringLiteral("source_database"), sourceDatabase},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("allow_drop"), allowDrop},
        {QStringLiteral("quarantine_database"), quarantineDatabase},
        {QStringLiteral("objects"), objectList},
        {QStringLiteral("quarantined"), quarantineList},
        {QStringLiteral("columns"), columnList},
        {QStringLiteral("steps"), stepList},
        {QStringLiteral("state"), state},
    };
}

Result<SchemaBackup> SchemaBackup::fromJson(const QJsonObject& json)
{
    SchemaBackup b;
    b.format = json.value(QStringLiteral("format")).toInt();
    if (b.format < 1 || b.format > CurrentFormat
        || json.value(QStringLiteral("kind")).toString() != QLatin1String("schema")) {
        return Error::make(
            tr("The schema backup file has format %1, which this SyncStudio does not read.").arg(b.format),
            tr("Roll it back with the SyncStudio version that made it."));
    }
    b.id = json.value(QStringLiteral("id")).toString();
    b.source = json.value(QStringLiteral("source")).toString();
    b.target = json.value(QStringLiteral("target")).toString();
    b.server = json.value(QStringLiteral("server")).toString();
    b.database = json.value(QStringLiteral("database")).toString();
    b.sourceDatabase = json.value(QStringLiteral("source_database")).toString();
    b.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    b.allowDrop = json.value(QStringLiteral("allow_drop")).toBool();
    b.quarantineDatabase = json.value(QStringLiteral("quarantine_database")).toString();
    b.state = json.value(QStringLiteral("state")).toString();
    for (const QJsonValue v : json.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject o = v.toObject();
        SavedObject s;
        s.type = SchemaSyncStep::objectTypeFromName(o.value(QStringLiteral("type")).toString());
        s.name = o.value(QStringLiteral("name")).toString();
        s.existed = o.value(QStringLiteral("existed")).toBool();
        s.createStatement = o.value(QStringLiteral("create")).toString();
        s.createBytes = o.contains(QStringLiteral("create_bytes"))
            ? QByteArray::fromBase64(o.value(QStringLiteral("create_bytes")).toString().toLatin1())
            : s.createStatement.toUtf8();
        s.sqlMode = o.value(QStringLiteral("sql_mode")).toString();
        s.timeZone = o.value(QStringLiteral("time_zone")).toString();
        s.characterSetClient = o.value(QStringLiteral("character_set_client")).toString();
        s.collationConnection = o.value(QStringLiteral("collation_connection")).toString();
        s.table = o.value(QStringLiteral("table")).toString();
        s.timing = o.value(QStringLiteral("timing")).toString();
        s.event = o.value(QStringLiteral("event")).toString();
        s.order = o.value(QStringLiteral("order")).toInt();
        b.objects << s;
    }
    for (const QJsonValue v : json.value(QStringLiteral("quarantined")).toArray()) {
        const QJsonObject o = v.toObject();
        b.quarantined << Quarantined {o.value(QStringLiteral("table")).toString(),
            o.value(QStringLiteral("quarantine_name")).toString(), o.value(QStringLiteral("step")).toInt(-1)};
    }
    for (const QJsonValue v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        SavedColumns c;
        c.table = o.value(QStringLiteral("table")).toString();
        c.columns = strings(o.value(QStringLiteral("columns")));
        c.reason = reasonFrom(o.value(QStringLiteral("reason")).toString());
        c.step = o.value(QStringLiteral("step")).toInt(-1);
        c.keyless = o.value(QStringLiteral("keyless")).toBool();
        c.shape = SyncTable::fromJson(o.value(QStringLiteral("shape")).toObject());
        c.beforeFile = o.value(QStringLiteral("before_file")).toString();
        c.beforeDigest = o.value(QStringLiteral("before_digest")).toString();
        c.beforeRows = o.value(QStringLiteral("before_rows")).toInteger(-1);
        c.afterFile = o.value(QStringLiteral("after_file")).toString();
        c.afterDigest = o.value(QStringLiteral("after_digest")).toString();
        c.afterRows = o.value(QStringLiteral("after_rows")).toInteger(-1);
        b.columns << c;
    }
    for (const QJsonValue v : json.value(QStringLiteral("steps")).toArray())
        b.steps << SchemaSyncStep::fromJson(v.toObject());
    return b;
}

Result<QString> SchemaBackup::save(const QString& folder) const
{
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    const QString path = QDir(folder).filePath(fileName());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::make(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            tr("Check that the disk is not full and the backups folder is writable."));
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<SchemaBackup> SchemaBackup::load(const QString& folder, const QString& expectedDigest)
{
    const QString path = QDir(folder).filePath(fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e
            = Error::make(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                tr("The backup point's folder is missing or incomplete; it cannot be rolled back."));
        e.code = QStringLiteral("not-found");
        return e;
    }
    const QByteArray bytes = file.readAll();
    if (!expectedDigest.isEmpty()
        && QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
            != expectedDigest) {
        return Error::make(
            tr("%1 does not match the digest recorded in the backup catalog: it has been changed or "
               "damaged.")
                .arg(QDir::toNativeSeparators(path)),
            tr("Nothing was rolled back. Restore the file from a copy of the backups folder."));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::make(
            tr("%1 is not readable: %2").arg(QDir::toNativeSeparators(path), parseError.errorString()),
            tr("Nothing was rolled back. Restore the file from a copy of the backups folder."));
    }
    return fromJson(doc.object());
}

QString SchemaBackup::quarantineName(const QString& database, const QString& table, const QString& suffix)
{
    constexpr int MaxLength = 64; // characters, the server's limit for table names
    const QString full = database + QStringLiteral("__") + table + QStringLiteral("__") + suffix;
    if (full.size() <= MaxLength)
        return full;
    // Keep the suffix (it makes the name unique per backup point) and a hash of the full names
    // (it keeps two long names that share a beginning apart); shorten the names themselves.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash((database + QLatin1Char('\0') + table).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8));
    const qsizetype room = MaxLength - suffix.size() - hash.size() - 6; // three "__"
    const qsizetype dbRoom = qMax<qsizetype>(1, qMin(database.size(), room / 2));
    const qsizetype tableRoom = qMax<qsizetype>(1, room - dbRoom);
    QString db = database.left(dbRoom);
    QString t = table.left(tableRoom);
    // A cut must not leave half a surrogate pair or a trailing space (the server refuses both).
    auto tidy = [](QString& s) {
        if (!s.isEmpty() && s.back().isHighSurrogate())
            s.chop(1);
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
    };
    tidy(db);
    tidy(t);
    return db + QStringLiteral("__") + t + QStringLiteral("__") + hash + QStringLiteral("__") + suffix;
}

Result<SchemaBackup::SavedObject> SchemaBackup::readObject(
    Connection& connection, const QString& database, ObjectType type, const QString& name)
{
    SavedObject o;
    o.type = type;
    o.name = name;
    const QString keyword = showCreateKeyword(type);
    const char* statement = showCreateColumn(type);
    Result<QueryResult> r = connection.query(
        QStringLiteral("SHOW CREATE %1 %2").arg(keyword, Sql::qualified(database, name)).toUtf8());
    if (!r) {
        // No such table or view (1146), not a view (1347), trigger (1360), routine (1305), event (1539).
        static const QList<unsigned> absent = {1146, 1347, 1360, 1305, 1539};
        if (absent.contains(r.error().errnum)) {
            o.existed = false;
            return o;
        }
        Error e = r.error();
        e.at(connection.serverName(), database, name);
        return e;
    }
    const int c = r->columnIndex(QByteArrayView(statement));
    if (r->rows.isEmpty() || c < 0 || r->isNull(0, c)) {
        // SHOW CREATE TABLE answers for a view too, with other columns.
        if (type == ObjectType::Table && r->columnIndex(QByteArrayView("Create View")) >= 0) {
            o.existed = false;
            return o;
        }
        Error e = connection.error(tr("The server did not show the definition (missing privileges?)."),
            tr("Grant the account SHOW VIEW and access to the object's definition."));
        e.at(connection.serverName(), database, name);
        return e;
    }
    auto text = [&](const char* column) {
        const int i = r->columnIndex(QByteArrayView(column));
        return i < 0 ? QString() : r->text(0, i);
    };
    o.sqlMode = text("sql_mode");
    o.timeZone = text("time_zone");
    o.characterSetClient = text("character_set_client");
    o.collationConnection = text("collation_connection");
    // Results arrive as stored bytes (character_set_results = binary): a table's definition is
    // UTF-8, a view's or stored program's text is in the client charset it was created under.
    o.createBytes = r->rows.at(0).at(c).value_or(QByteArray());
    const bool utf8 = o.characterSetClient.isEmpty()
        || o.characterSetClient.startsWith(QLatin1String("utf8"), Qt::CaseInsensitive);
    o.createStatement = utf8 || QUtf8StringView(o.createBytes).isValidUtf8()
        ? QString::fromUtf8(o.createBytes)
        : QString::fromLatin1(o.createBytes);
    return o;
}

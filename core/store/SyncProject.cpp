#include "SyncProject.h"

#include "db/Endpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString Format = QStringLiteral("syncstudio-project");

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

/// Reads an array of strings; a wrong type is an error naming the field.
bool readStrings(const QJsonObject& o, const QString& field, QStringList* out, QString* why)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *why = SyncProject::tr("\"%1\" must be a list of strings").arg(field);
        return false;
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) {
            *why = SyncProject::tr("\"%1\" must be a list of strings").arg(field);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

} // namespace

bool SyncProject::isValidConflictPolicy(const QString& policy)
{
    if (policy == QLatin1String("source-wins") || policy == QLatin1String("target-wins") || policy == QLatin1String("manual"))
        return true;
    return policy.startsWith(QLatin1String("newer-wins:")) && policy.size() > int(qstrlen("newer-wins:"));
}

QByteArray SyncProject::toJson() const
{
    QJsonObject mapping;
    for (auto it = tableMapping.cbegin(); it != tableMapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    QJsonObject keyObject;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        keyObject.insert(it.key(), toArray(it.value()));
    const QJsonObject options {
        {QStringLiteral("parallel"), parallel},
        {QStringLiteral("delete"), deletes},
        {QStringLiteral("conflict"), conflictPolicy},
        {QStringLiteral("foreign_key_checks"), foreignKeyChecks},
        {QStringLiteral("semantic_json"), semanticJson},
        {QStringLiteral("max_load"), maxLoad},
    };
    const QJsonObject root {
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("tables"), toArray(tables)},
        {QStringLiteral("exclude"), toArray(exclude)},
        {QStringLiteral("table_mapping"), mapping},
        {QStringLiteral("keys"), keyObject},
        {QStringLiteral("ignore_columns"), toArray(ignoreColumns)},
        {QStringLiteral("where"), where},
        {QStringLiteral("options"), options},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SyncProject> SyncProject::fromJson(const QByteArray& json, const QString& origin)
{
    auto fail = [&origin](const QString& why) {
        return Error::make(tr("The project file %1 cannot be used: %2.").arg(origin, why),
                           tr("Fix the file, or save the project again from SyncStudio."));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("it is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != Format)
        return fail(tr("it is not a SyncStudio project (\"format\" must be \"%1\")").arg(Format));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return fail(tr("\"version\" is missing"));
    if (version > FormatVersion)
        return fail(tr("it was written by a newer SyncStudio (version %1; this one reads up to %2)").arg(version).arg(FormatVersion));

    SyncProject p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.source = o.value(QStringLiteral("source")).toString();
    p.target = o.value(QStringLiteral("target")).toString();
    for (const auto& [field, value] : {std::pair {QStringLiteral("source"), p.source}, std::pair {QStringLiteral("target"), p.target}}) {
        if (value.isEmpty())
            return fail(tr("\"%1\" is missing").arg(field));
        Result<Endpoint> e = Endpoint::parse(value);
        if (!e)
            return fail(tr("\"%1\": %2").arg(field, e.error().message));
        if (e->passwordInUrl)
            return fail(tr("\"%1\" contains a password; project files must not hold secrets").arg(field));
    }
    QString why;
    if (!readStrings(o, QStringLiteral("tables"), &p.tables, &why) || !readStrings(o, QStringLiteral("exclude"), &p.exclude, &why)
        || !readStrings(o, QStringLiteral("ignore_columns"), &p.ignoreColumns, &why))
        return fail(why);
    const QJsonObject mapping = o.value(QStringLiteral("table_mapping")).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            return fail(tr("\"table_mapping\": the target of \"%1\" must be a table name").arg(it.key()));
        p.tableMapping.insert(it.key(), it.value().toString());
    }
    const QJsonObject keyObject = o.value(QStringLiteral("keys")).toObject();
    for (auto it = keyObject.begin(); it != keyObject.end(); ++it) {
        QStringList columns;
        if (!readStrings(keyObject, it.key(), &columns, &why) || columns.isEmpty())
            return fail(tr("\"keys\": \"%1\" must list at least one column").arg(it.key()));
        if (it.key().count(QLatin1Char('.')) != 1)
            return fail(tr("\"keys\": \"%1\" must be written as database.table").arg(it.key()));
        p.keys.insert(it.key(), columns);
    }
    p.where = o.value(QStringLiteral("where")).toString();

    const QJsonObject options = o.value(QStringLiteral("options")).toObject();
    p.parallel = options.value(QStringLiteral("parallel")).toInt(p.parallel);
    if (p.parallel < 1 || p.parallel > 64)
        return fail(tr("\"options.parallel\" must be between 1 and 64"));
    p.deletes = options.value(QStringLiteral("delete")).toBool(p.deletes);
    p.conflictPolicy = options.value(QStringLiteral("conflict")).toString(p.conflictPolicy);
    if (!isValidConflictPolicy(p.conflictPolicy))
        return fail(tr("\"options.conflict\" must be source-wins, target-wins, newer-wins:COLUMN or manual"));
    p.foreignKeyChecks = options.value(QStringLiteral("foreign_key_checks")).toBool(p.foreignKeyChecks);
    p.semanticJson = options.value(QStringLiteral("semantic_json")).toBool(p.semanticJson);
    p.maxLoad = options.value(QStringLiteral("max_load")).toString();
    if (!p.maxLoad.isEmpty() && !p.maxLoad.contains(QLatin1Char('=')))
        return fail(tr("\"options.max_load\" must look like Threads_running=25"));
    return p;
}

Result<SyncProject> SyncProject::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(tr("The project file %1 cannot be opened: %2.").arg(path, f.errorString()),
                           tr("Check the path and its permissions."));
    }
    return fromJson(f.readAll(), path);
}

Status SyncProject::save(const QString& path) const
{
    // QSaveFile writes to a temporary file and renames it: a crash never leaves half a project.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        return Error::make(tr("The project file %1 cannot be written: %2.").arg(path, f.errorString()),
                           tr("Choose another folder or check its permissions."));
    }
    return {};
}

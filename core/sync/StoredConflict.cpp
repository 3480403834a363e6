#include "StoredConflict.h"

#include "SyncSql.h"

#include <QJsonArray>

QString StoredConflict::stateName(State state)
{
    return state == State::Open ? QStringLiteral("open") : QStringLiteral("resolved");
}

std::optional<StoredConflict::State> StoredConflict::parseState(const QString& name)
{
    if (name == QLatin1String("open"))
        return State::Open;
    if (name == QLatin1String("resolved"))
        return State::Resolved;
    return std::nullopt;
}

QString StoredConflict::reasonCode(Conflict::Reason reason)
{
    switch (reason) {
    case Conflict::Reason::Changed:
        return QStringLiteral("changed");
    case Conflict::Reason::Missing:
        return QStringLiteral("missing");
    case Conflict::Reason::Present:
        return QStringLiteral("present");
    case Conflict::Reason::Ambiguous:
        break;
    }
    return QStringLiteral("ambiguous");
}

QStringList StoredConflict::differingColumns(const SyncTable& table, const std::optional<Row>& a,
                                             const std::optional<Row>& b)
{
    QStringList out;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (!table.columns.at(c).compared)
            continue;
        if (!a || !b || a->value(c) != b->value(c))
            out.append(table.columns.at(c).name);
    }
    return out;
}

StoredConflict StoredConflict::fromConflict(const Conflict& x, const SyncTable& table)
{
    StoredConflict c;
    c.database = x.database;
    c.table = x.table;
    c.key = x.key;
    c.keyText = table.keyText(x.key);
    c.change = x.kind;
    if (!x.desired.isEmpty())
        c.sourceImage = x.desired;
    if (!x.actual.isEmpty())
        c.targetImage = x.actual;
    if (!x.expected.isEmpty())
        c.baseImage = x.expected;
    c.diffColumns = differingColumns(table, c.sourceImage, c.targetImage);
    c.reason = reasonCode(x.reason);
    c.reasonText = x.reasonText();
    c.syncTable = table;
    return c;
}

QJsonObject StoredConflict::toJson() const
{
    auto image = [this](const std::optional<Row>& row) -> QJsonValue {
        if (!row)
            return QJsonValue::Null;
        QJsonObject o;
        for (int c = 0; c < syncTable.columns.size(); ++c) {
            const SyncTable::Column& col = syncTable.columns.at(c);
            if (!col.compared)
                continue;
            const Value& v = row->value(c);
            // The SQL literal: exact bytes, readable when they are plain text.
            o.insert(col.name, v ? QJsonValue(QString::fromUtf8(SyncSql::literal(syncTable, c, v))) : QJsonValue::Null);
        }
        return o;
    };
    QJsonObject o {
        {QStringLiteral("id"), id},
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("backup_id"), backupId},
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("table"), displayTable()},
        {QStringLiteral("key"), keyText},
        {QStringLiteral("change"), RowChange::kindName(change)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("reason_text"), reasonText},
        {QStringLiteral("differing_columns"), QJsonArray::fromStringList(diffColumns)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("resolution"), resolution},
        {QStringLiteral("resolution_backup_id"), resolutionBackupId},
        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("resolved"), resolved.isValid() ? resolved.toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("source_image"), image(sourceImage)},
        {QStringLiteral("target_image"), image(targetImage)},
        {QStringLiteral("base_image"), image(baseImage)},
    };
    if (!setValues.isEmpty())
        o.insert(QStringLiteral("set_values"), setValues);
    return o;
}

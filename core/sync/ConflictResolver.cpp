#include "ConflictResolver.h"

#include "BackupCatalog.h"
#include "MemoryChangeSource.h"
#include "store/AppStore.h"

#include <QHash>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>

namespace {

/// The bytes of a typed value for a column: text in the column's charset, bytes as given.
Result<Value> valueBytes(const SyncTable& table, int column, const QString& typed, bool hex)
{
    const SyncTable::Column& c = table.columns.at(column);
    if (hex) {
        const QByteArray bytes = QByteArray::fromHex(typed.toLatin1());
        if (bytes.toHex().size() != typed.size() && bytes.toHex().toLower() != typed.toLatin1().toLower())
            return Error::make(ConflictResolver::tr("\"0x%1\" is not hexadecimal.").arg(typed));
        return Value(bytes);
    }
    if (c.kind != Sql::LiteralKind::Text)
        return Value(typed.toUtf8());
    QByteArray charset = c.guard.isEmpty() ? c.charset : c.guardCharset;
    charset = charset.toLower();
    if (charset.isEmpty() || charset.startsWith("utf8") || charset == "ascii" || charset == "binary")
        return Value(typed.toUtf8());
    // MariaDB's latin1 is Windows-1252.
    const QByteArray name = charset == "latin1" ? QByteArrayLiteral("windows-1252") : charset;
    QStringEncoder encoder(name.constData());
    if (!encoder.isValid()) {
        return Error::make(ConflictResolver::tr("Cannot convert a typed value to the character set %1 of column %2.")
                               .arg(QString::fromLatin1(charset), c.name),
                           ConflictResolver::tr("Give the value as bytes (0x...), or take the source's or the target's row."));
    }
    QByteArray bytes = encoder.encode(typed);
    if (encoder.hasError()) {
        return Error::make(ConflictResolver::tr("The value for %1 has characters that %2 cannot hold.")
                               .arg(c.name, QString::fromLatin1(charset)));
    }
    return Value(bytes);
}

} // namespace

ConflictResolver::ConflictResolver(AppStore& store, ConnectionSettings target, Applier::Options options)
    : m_store(store)
    , m_settings(std::move(target))
    , m_options(std::move(options))
{
}

Result<QList<QPair<QString, Value>>> ConflictResolver::parseAssignments(const QString& text)
{
    QList<QPair<QString, Value>> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return Error::make(tr("\"%1\" is not column=value.").arg(text.mid(i)), tr("Write --set col=value[,col=value]."));
        const QString column = text.mid(i, eq - i).trimmed();
        if (column.isEmpty())
            return Error::make(tr("A column name is missing in \"%1\".").arg(text));
        i = eq + 1;
        QString value;
        bool quoted = false;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            quoted = true;
            ++i;
            for (;;) {
                if (i >= n)
                    return Error::make(tr("The quoted value of %1 is not closed.").arg(column));
                if (text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += text.at(i++);
            }
            if (i < n && text.at(i) != QLatin1Char(','))
                return Error::make(tr("Text follows the quoted value of %1.").arg(column));
        } else {
            const qsizetype comma = text.indexOf(QLatin1Char(','), i);
            value = text.mid(i, comma < 0 ? n - i : comma - i);
            i = comma < 0 ? n : comma;
        }
        if (i < n)
            ++i; // the comma
        if (!quoted && value == QLatin1String("NULL"))
            out.append({column, std::nullopt});
        else if (!quoted && value.startsWith(QLatin1String("0x")))
            out.append({column, Value(QByteArray("0x") + value.mid(2).toLatin1())}); // marked: bytes
        else
            out.append({column, Value(QByteArray("=") + value.toUtf8())});          // marked: text
    }
    return out;
}

Result<std::optional<Row>> ConflictResolver::desiredImage(const StoredConflict& c, const Decision& d)
{
    switch (d.take) {
    case Decision::Take::Source:
        return c.sourceImage;
    case Decision::Take::Target:
        return c.targetImage;
    case Decision::Take::Set:
        break;
    }
    std::optional<Row> row = c.sourceImage ? c.sourceImage : c.targetImage;
    if (!row)
        return Error::make(tr("Neither side has this row, so there is nothing to set values on."),
                           tr("Take the source's or the target's state instead."));
    const SyncTable& t = c.syncTable;
    for (const auto& [name, marked] : d.values) {
        const int col = t.columnIndex(name);
        if (col < 0)
            return Error::make(tr("Table %1 has no column %2.").arg(c.displayTable(), name));
        if (!t.columns.at(col).compared || t.columns.at(col).generated)
            return Error::make(tr("Column %1 is not written by the sync (generated or not compared).").arg(name));
        if (!marked) {
            (*row)[col] = std::nullopt;
            continue;
        }
        // parseAssignments() marks a value "0x<hex>" (bytes) or "=<text>"; a caller building a
        // Decision by hand passes the exact bytes unmarked.
        if (marked->startsWith("0x") || marked->startsWith("=")) {
            const bool hex = marked->startsWith("0x");
            Result<Value> v = valueBytes(t, col, QString::fromUtf8(marked->mid(hex ? 2 : 1)), hex);
            if (!v)
                return v.error();
            (*row)[col] = *v;
        } else {
            (*row)[col] = marked;
        }
    }
    return row;
}

Result<ConflictResolver::Outcome> ConflictResolver::resolve(const QList<Decision>& decisions)
{
    ConflictStore store(m_store);
    Outcome out;
    struct Pending
    {
        qint64 id;
        QString resolution;
        QJsonObject values;
        int table;
        QByteArray key;
    };
    QList<Pending> pending;
    ChangePlan plan;
    QHash<QString, int> tableIndex;
    QString targetText;
    for (const Decision& d : decisions) {
        Result<StoredConflict> c = store.get(d.id);
        if (!c)
            return c.error();
        if (c->state != StoredConflict::State::Open)
            return Error::make(tr("Conflict %1 is already resolved (%2).").arg(d.id).arg(c->resolution));
        if (!targetText.isEmpty() && c->target != targetText)
            return Error::make(tr("Conflicts %1 and %2 belong to different targets.").arg(decisions.first().id).arg(d.id),
                               tr("Resolve them one target at a time."));
        targetText = c->target;
        QJsonObject values;
        for (const auto& [name, v] : d.values)
            values.insert(name, v ? QJsonValue(QString::fromUtf8(*v)) : QJsonValue::Null);
        const QString resolution = d.take == Decision::Take::Source ? QStringLiteral("source")
            : d.take == Decision::Take::Target                      ? QStringLiteral("target")
                                                                     : QStringLiteral("set");
        if (d.take == Decision::Take::Target) {
            // The target keeps its row: nothing to write.
            if (Status s = store.markResolved(d.id, resolution, {}, {}); !s)
                return s.error();
            out.resolved.append(d.id);
            continue;
        }
        Result<std::optional<Row>> desired = desiredImage(*c, d);
        if (!desired)
            return desired.error();
        RowChange change;
        change.key = c->key;
        if (!*desired && !c->targetImage) {
            if (Status s = store.markResolved(d.id, resolution, values, {}); !s)
                return s.error();
            out.resolved.append(d.id);
            continue;
        }
        if (!*desired) {
            change.kind = RowChange::Kind::Delete;
            change.before = *c->targetImage;
        } else if (!c->targetImage) {
            change.kind = RowChange::Kind::Insert;
            change.after = **desired;
            change.key = c->syncTable.keyOf(change.after);
        } else {
            change.kind = RowChange::Kind::Update;
            change.before = *c->targetImage;
            change.after = **desired;
            if (c->syncTable.keyOf(change.after) != c->syncTable.keyOf(change.before))
                return Error::make(tr("Conflict %1: the new values change the row's key.").arg(d.id),
                                   tr("Keys are not changed by a resolution; set other columns."));
            for (int i = 0; i < change.after.size(); ++i) {
                if (c->syncTable.columns.at(i).compared && change.after.at(i) != change.before.value(i))
                    change.changedColumns.append(i);
            }
        }
        const QString tableKey = c->displayTable();
        int index = tableIndex.value(tableKey, -1);
        if (index < 0) {
            index = int(plan.tables.size());
            tableIndex.insert(tableKey, index);
            ChangePlan::Table t;
            t.table = c->syncTable;
            t.changes = std::make_shared<MemoryChangeSource>();
            plan.tables.append(t);
        } else {
            QString why;
            if (!plan.tables.at(index).table.sameShape(c->syncTable, &why))
                return Error::make(tr("Conflicts of %1 were recorded with different table shapes (%2).").arg(tableKey, why),
                                   tr("Resolve them one at a time."));
        }
        static_cast<MemoryChangeSource*>(plan.tables[index].changes.get())->add(change);
        pending.append({d.id, resolution, values, index, RowChange::keyBytes(change.key)});
    }
    if (pending.isEmpty())
        return out;

    BackupCatalog catalog(m_store);
    Applier::Options o = m_options;
    o.kind = QStringLiteral("resolve");
    o.target = targetText;
    QStringList ids;
    for (const Pending& p : pending)
        ids << QString::number(p.id);
    o.source = tr("conflict %1").arg(ids.join(QStringLiteral(", ")));
    QHash<QByteArray, Conflict> again;
    o.onConflict = [&again](const Conflict& c) {
        again.insert(c.database.toUtf8() + '\0' + c.table.toUtf8() + '\0' + RowChange::keyBytes(c.key), c);
    };
    Applier applier(m_settings, catalog, o);
    Result<Applier::Outcome> applied = applier.run(plan);
    if (!applied)
        return applied.error();
    out.applied = *applied;
    out.backupId = applied->runId;
    for (const Pending& p : pending) {
        const SyncTable& t = plan.tables.at(p.table).table;
        const QByteArray k = t.database.toUtf8() + '\0' + t.table.toUtf8() + '\0' + p.key;
        if (auto it = again.constFind(k); it != again.constEnd()) {
            const std::optional<Row> now = it->actual.isEmpty() ? std::optional<Row>() : std::optional<Row>(it->actual);
            if (Status s = store.updateTarget(p.id, now, tr("the row changed again before it could be resolved")); !s)
                return s.error();
            out.changedAgain.append(p.id);
            continue;
        }
        if (Status s = store.markResolved(p.id, p.resolution, p.values, out.backupId); !s)
            return s.error();
        out.resolved.append(p.id);
    }
    return out;
}

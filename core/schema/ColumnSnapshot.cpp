#include "ColumnSnapshot.h"

#include "db/Connection.h"
#include "sync/BackupHeader.h"
#include "sync/BackupReader.h"
#include "sync/BackupWriter.h"
#include "sync/SyncSql.h"
#include "sync/SyncTableReader.h"

#include <QDateTime>
#include <QJsonObject>

namespace {

constexpr int BatchRows = 5000;
constexpr qsizetype BatchBytes = 4 << 20;
constexpr qsizetype InsertBytes = 1 << 20;

QString q(const QString& name)
{
    return Sql::quoteIdentifier(name);
}

bool contains(const QStringList& list, const QString& name)
{
    return list.contains(name, Qt::CaseInsensitive);
}

/// The key columns of `table` that avoid `columns`: the primary key, else the smallest unique key
/// over NOT NULL whole columns; empty when there is none.
QStringList keyFor(const Table& table, const QStringList& columns)
{
    auto usable = [&](const Index& index) {
        if (index.parts.isEmpty())
            return false;
        for (const Index::Part& p : index.parts) {
            if (p.column.isEmpty() || contains(columns, p.column))
                return false;
            if (!index.primary) {
                const Column* c = table.column(p.column);
                if (p.prefixLength > 0 || !c || c->nullable)
                    return false;
            }
        }
        return true;
    };
    const Index* best = nullptr;
    if (const Index* pk = table.primaryKey(); pk && usable(*pk))
        best = pk;
    for (const Index& i : table.indexes) {
        if (best && best->primary)
            break;
        if (i.unique && !i.primary && i.type.compare(QLatin1String("FULLTEXT"), Qt::CaseInsensitive) != 0
            && usable(i) && (!best || i.parts.size() < best->parts.size()))
            best = &i;
    }
    QStringList out;
    if (best) {
        for (const Index::Part& p : best->parts)
            out << p.column;
    }
    return out;
}

/// "`t`.`a` <=> `b`.`a` AND ..." over the given columns.
QString nullSafeEquals(const QStringList& columns, const QString& left, const QString& right)
{
    QStringList parts;
    for (const QString& c : columns)
        parts << QStringLiteral("%1.%2 <=> %3.%2").arg(left, q(c), right);
    return parts.join(QStringLiteral(" AND "));
}

/// Reads a checked snapshot file and loads it into a temporary table with the columns of `shape`.
Status load(Connection& connection, const SyncTable& shape, const QString& path, const QString& digest,
    const QString& tempTable, qint64* rows)
{
    Result<std::unique_ptr<BackupReader>> reader = BackupReader::open(path);
    if (!reader)
        return reader.error();
    if (Status s = (*reader)->scan(true, digest.toLatin1()); !s)
        return s;
    QStringList names;
    for (const SyncTable::Column& c : shape.columns)
        names << c.name;
    const QString temp = q(tempTable);
    if (Status s = connection.execute(QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1").arg(temp).toUtf8());
        !s)
        return s;
    // The saved values go back into columns of the types they came from: the table's own, now
    // that its definitions are restored.
    if (Status s = connection.execute(QStringLiteral("CREATE TEMPORARY TABLE %1 AS SELECT %2 FROM %3 LIMIT 0")
                                          .arg(temp, Sql::identifierList(names), shape.qualifiedName())
                                          .toUtf8());
        !s)
        return s;
    QStringList keyNames;
    for (int k : shape.keyColumns)
        keyNames << shape.columns.at(k).name;
    // An index speeds up the join; a key over long or BLOB columns cannot have one, and does without.
    if (!keyNames.isEmpty())
        (void)connection.execute(
            QStringLiteral("ALTER TABLE %1 ADD KEY (%2)").arg(temp, Sql::identifierList(keyNames)).toUtf8());

    const QByteArray prefix
        = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(temp, Sql::identifierList(names)).toUtf8();
    QByteArray sql = prefix;
    bool empty = true;
    auto flush = [&]() -> Status {
        if (empty)
            return {};
        Status s = connection.execute(sql);
        sql = prefix;
        empty = true;
        return s;
    };
    *rows = 0;
    for (const BackupReader::Batch& b : (*reader)->batches()) {
        if (b.state != BackupReader::Batch::State::Committed)
            continue;
        Result<QList<BackupRecord>> records = (*reader)->records(b);
        if (!records)
            return records.error();
        for (const BackupRecord& r : *records) {
            const Row row = r.key + r.before;
            QByteArray tuple = "(";
            for (int i = 0; i < shape.columns.size(); ++i) {
                if (i > 0)
                    tuple += ", ";
                tuple += SyncSql::literal(shape, i, row.value(i));
            }
            tuple += ')';
            if (!empty)
                sql += ", ";
            sql += tuple;
            empty = false;
            ++*rows;
            if (sql.size() > InsertBytes) {
                if (Status s = flush(); !s)
                    return s;
            }
        }
    }
    return flush();
}

} // namespace

Result<SyncTable> ColumnSnapshot::shape(Connection& connection, const QString& database, const Table& table,
    const QStringList& columns, const QStringList& avoid, bool* keyless)
{
    Result<SyncTable> all = SyncTableReader::read(connection, database, table.name);
    if (!all)
        return all.error();
    const QStringList unusable = columns + avoid;
    QStringList key = keyFor(table, unusable);
    *keyless = key.isEmpty();
    if (*keyless) {
        for (const Column& c : table.columns) {
            if (c.generated == Column::Generated::No && !contains(unusable, c.name))
                key << c.name;
        }
    }
    SyncTable out;
    out.database = database;
    out.table = table.name;
    for (const QString& name : key + columns) {
        const int i = all->columnIndex(name);
        if (i < 0) {
            Error e = connection.error(tr("Column %1 is missing from the table.").arg(name));
            e.at(connection.serverName(), database, table.name);
            return e;
        }
        SyncTable::Column c = all->columns.at(i);
        c.generated = false; // read and written as plain values here
        out.columns << c;
    }
    for (int i = 0; i < key.size(); ++i)
        out.keyColumns << i;
    return out;
}

QString ColumnSnapshot::postImageExpression(
    const QString& column, const QString& newType, const QString& newCharset, const QString& oldCharset)
{
    const QString name = q(column);
    if (newType.trimmed().startsWith(QLatin1String("float"), Qt::CaseInsensitive))
        return QStringLiteral("CAST(%1 AS DOUBLE)").arg(name);
    if (!newCharset.isEmpty() && !oldCharset.isEmpty()
        && newCharset.compare(oldCharset, Qt::CaseInsensitive) != 0)
        return QStringLiteral("CONVERT(%1 USING %2)").arg(name, Sql::quoteIdentifier(oldCharset));
    return name;
}

Result<ColumnSnapshot::Saved> ColumnSnapshot::save(Connection& connection, const SyncTable& shape,
    const QString& path, const QString& backupId, const QStringList& expressions)
{
    BackupHeader header;
    header.id = backupId;
    header.kind = QStringLiteral("schema-columns");
    header.target = shape.displayName();
    header.created = QDateTime::currentDateTimeUtc();
    header.tables = {shape};
    Result<std::unique_ptr<BackupWriter>> writer = BackupWriter::create(path, header);
    if (!writer)
        return writer.error();

    QStringList select;
    for (int i = 0; i < shape.columns.size(); ++i) {
        const int value = i - int(shape.keyColumns.size());
        select << (value >= 0 && value < expressions.size() ? expressions.at(value)
                                                            : shape.selectExpression(i));
    }
    Result<RowStream> stream
        = connection.stream(QStringLiteral("SELECT %1 FROM %2")
                                .arg(select.join(QStringLiteral(", ")), shape.qualifiedName())
                                .toUtf8());
    if (!stream) {
        Error e = stream.error();
        e.at(connection.serverName(), shape.database, shape.table);
        return e;
    }
    const int keys = int(shape.keyColumns.size());
    Saved saved;
    QList<BackupRecord> batch;
    qsizetype bytes = 0;
    qint64 number = 0;
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        if (Status s = (*writer)->writeBatch(number, 0, RowChange::Kind::Update, batch); !s)
            return s;
        if (Status s = (*writer)->markCommitted(number); !s)
            return s;
        ++number;
        batch.clear();
        bytes = 0;
        return {};
    };
    while (stream->next()) {
        BackupRecord r;
        r.kind = BackupRecord::Kind::Updated;
        r.change = RowChange::Kind::Update;
        const Row row = stream->rowCopy();
        r.key = row.mid(0, keys);
        r.before = row.mid(keys);
        for (const Value& v : row)
            bytes += v ? v->size() + 4 : 4;
        batch << r;
        ++saved.rows;
        if (batch.size() >= BatchRows || bytes >= BatchBytes) {
            if (Status s = flush(); !s)
                return s.error();
        }
    }
    if (stream->error()) {
        Error e = *stream->error();
        e.at(connection.serverName(), shape.database, shape.table);
        return e;
    }
    if (Status s = flush(); !s)
        return s.error();
    if (Status s = (*writer)->finish(QJsonObject {{QStringLiteral("rows"), saved.rows}}); !s)
        return s.error();
    saved.digest = QString::fromLatin1((*writer)->digestHex());
    return saved;
}

Result<ColumnSnapshot::Restored> ColumnSnapshot::restore(Connection& connection, const SyncTable& shape,
    bool keyless, const QString& beforePath, const QString& beforeDigest, const QString& afterPath,
    const QString& afterDigest)
{
    auto located = [&](Error e) {
        e.at(connection.serverName(), shape.database, shape.table);
        return e;
    };
    QStringList keyNames, valueNames;
    for (int i = 0; i < shape.columns.size(); ++i)
        (shape.keyColumns.contains(i) ? keyNames : valueNames) << shape.columns.at(i).name;
    Restored out;
    if (keyNames.isEmpty() || valueNames.isEmpty())
        return out;

    const QString before = QStringLiteral("_syncstudio_saved_before");
    const QString after = QStringLiteral("_syncstudio_saved_after");
    const QString groups = QStringLiteral("_syncstudio_saved_groups");
    struct Cleanup
    {
        Connection& c;
        QString tables;
        ~Cleanup()
        {
            (void)c.execute(QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1").arg(tables).toUtf8());
        }
    } cleanup {connection, QStringList {q(before), q(after), q(groups)}.join(QStringLiteral(", "))};
    if (Status s = load(connection, shape, beforePath, beforeDigest, before, &out.saved); !s)
        return located(s.error());
    const bool guarded = !afterPath.isEmpty();
    qint64 afterRows = 0;
    if (guarded) {
        if (Status s = load(connection, shape, afterPath, afterDigest, after, &afterRows); !s)
            return located(s.error());
    }

    // ON UPDATE CURRENT_TIMESTAMP columns keep their values: assigning them explicitly stops the
    // server from stamping them.
    Result<SyncTable> live = SyncTableReader::read(connection, shape.database, shape.table);
    if (!live)
        return live.error();
    QStringList stamps;
    for (const SyncTable::Column& c : live->columns) {
        if (c.autoUpdate && !contains(valueNames, c.name))
            stamps << QStringLiteral("`t`.%1 = `t`.%1").arg(q(c.name));
    }
    QStringList assignments;
    for (const QString& c : valueNames)
        assignments << QStringLiteral("`t`.%1 = `b`.%1").arg(q(c));
    assignments += stamps;

    // Rows of a keyless table that are equal in every key column but were saved with different
    // values cannot be paired by a join (it would give each of them the same value). Such groups
    // are written one row at a time below: they all hold the same value now (the column was just
    // added back), and each saved value goes into one row still holding it.
    bool duplicates = false;
    if (keyless && !guarded) {
        if (Status s = connection.execute(QStringLiteral(
                "CREATE TEMPORARY TABLE %1 AS SELECT %2 FROM %3 GROUP BY %2 HAVING COUNT(*) > 1")
                                              .arg(q(groups), Sql::identifierList(keyNames), q(before))
                                              .toUtf8());
            !s)
            return located(s.error());
        Result<Value> n
            = connection.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(q(groups)).toUtf8());
        if (!n)
            return located(n.error());
        duplicates = n->value_or(QByteArray("0")) != "0";
    }

    QString sql = QStringLiteral("UPDATE %1 AS `t` JOIN %2 AS `b` ON %3")
                      .arg(shape.qualifiedName(), q(before),
                          nullSafeEquals(keyNames, QStringLiteral("`t`"), QStringLiteral("`b`")));
    if (guarded)
        sql += QStringLiteral(" JOIN %1 AS `a` ON %2")
                   .arg(q(after), nullSafeEquals(keyNames, QStringLiteral("`t`"), QStringLiteral("`a`")));
    sql += QStringLiteral(" SET ") + assignments.join(QStringLiteral(", "));
    if (guarded)
        sql += QStringLiteral(" WHERE ")
            + nullSafeEquals(valueNames, QStringLiteral("`t`"), QStringLiteral("`a`"));
    else if (duplicates)
        sql += QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM %1 AS `g` WHERE %2)")
                   .arg(q(groups), nullSafeEquals(keyNames, QStringLiteral("`t`"), QStringLiteral("`g`")));

    // What did not come back. By key: keys that are gone, and rows that still differ. Keyless: the
    // saved rows (key and values) that the table does not hold as many times as they were saved.
    // (Connection::execute does not report affected rows, so they are counted around it.)
    QString countSql;
    if (keyless) {
        const QStringList all = keyNames + valueNames;
        countSql = QStringLiteral("SELECT COALESCE(SUM(`bb`.`_n`), 0), COALESCE(SUM(`bb`.`_n` - "
                                  "LEAST(`bb`.`_n`, COALESCE(`tt`.`_n`, 0))), 0) "
                                  "FROM (SELECT %1, COUNT(*) AS `_n` FROM %2 GROUP BY %1) AS `bb` "
                                  "LEFT JOIN (SELECT %1, COUNT(*) AS `_n` FROM %3 GROUP BY %1) AS `tt` ON %4")
                       .arg(Sql::identifierList(all), q(before), shape.qualifiedName(),
                           nullSafeEquals(all, QStringLiteral("`bb`"), QStringLiteral("`tt`")));
    } else {
        countSql = QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(NOT (%1)), 0) FROM %2 AS `t` JOIN %3 AS `b` ON %4")
                       .arg(nullSafeEquals(valueNames, QStringLiteral("`t`"), QStringLiteral("`b`")),
                           shape.qualifiedName(), q(before),
                           nullSafeEquals(keyNames, QStringLiteral("`t`"), QStringLiteral("`b`")));
    }
    Result<QueryResult> first = connection.query(countSql.toUtf8());
    if (!first)
        return located(first.error());
    if (Status s = connection.execute(sql.toUtf8()); !s)
        return located(s.error());

    if (duplicates) {
        Result<QueryResult> rows
            = connection.query(QStringLiteral("SELECT %1 FROM %2 AS `b` JOIN %3 AS `g` ON %4 ORDER BY %5")
                                   .arg(
                                       [&] {
                                           QStringList list;
                                           for (const QString& c : keyNames + valueNames)
                                               list << QStringLiteral("`b`.") + q(c);
                                           return list.join(QStringLiteral(", "));
                                       }(),
                                       q(before), q(groups),
                                       nullSafeEquals(keyNames, QStringLiteral("`b`"), QStringLiteral("`g`")),
                                       Sql::identifierList(keyNames))
                                   .toUtf8());
        if (!rows)
            return located(rows.error());
        const int keys = int(keyNames.size());
        auto equals = [&](const Row& row, int from, int count, const QString& alias) {
            QStringList parts;
            for (int i = 0; i < count; ++i)
                parts << QStringLiteral("%1.%2 <=> %3")
                             .arg(alias, q(shape.columns.at(from + i).name),
                                 QString::fromUtf8(SyncSql::literal(shape, from + i, row.value(from + i))));
            return parts.join(QStringLiteral(" AND "));
        };
        QByteArray groupKey;
        Row marker;
        for (const Row& row : std::as_const(rows->rows)) {
            const QByteArray k = RowChange::keyBytes(row.mid(0, keys));
            if (k != groupKey) {
                // What the group's rows hold now.
                groupKey = k;
                QStringList select;
                for (int i = keys; i < shape.columns.size(); ++i)
                    select << shape.selectExpression(i);
                Result<QueryResult> now
                    = connection.query(QStringLiteral("SELECT %1 FROM %2 AS `t` WHERE %3 LIMIT 1")
                                           .arg(select.join(QStringLiteral(", ")), shape.qualifiedName(),
                                               equals(row, 0, keys, QStringLiteral("`t`")))
                                           .toUtf8());
                if (!now)
                    return located(now.error());
                marker = now->rows.isEmpty() ? Row() : Row(keys, Value()) + now->rows.first();
            }
            if (marker.isEmpty() || sameImage(row.mid(keys), marker.mid(keys)))
                continue;
            QStringList set;
            for (int i = keys; i < shape.columns.size(); ++i)
                set << QStringLiteral("`t`.%1 = %2")
                           .arg(q(shape.columns.at(i).name),
                               QString::fromUtf8(SyncSql::literal(shape, i, row.value(i))));
            set += stamps;
            const QString one
                = QStringLiteral("UPDATE %1 AS `t` SET %2 WHERE %3 AND %4 LIMIT 1")
                      .arg(shape.qualifiedName(), set.join(QStringLiteral(", ")),
                          equals(row, 0, keys, QStringLiteral("`t`")),
                          equals(marker, keys, int(shape.columns.size()) - keys, QStringLiteral("`t`")));
            if (Status s = connection.execute(one.toUtf8()); !s)
                return located(s.error());
        }
    }

    Result<QueryResult> counts = connection.query(countSql.toUtf8());
    if (!counts)
        return located(counts.error());
    out.differing = counts->text(0, 1).toLongLong();
    out.written = qMax<qint64>(0, first->text(0, 1).toLongLong() - out.differing);
    if (!keyless)
        out.missing = qMax<qint64>(0, out.saved - counts->text(0, 0).toLongLong());
    return out;
}

#pragma once

// Helpers shared by the apply and rollback integration tests: throwaway databases on the src and
// dst sandboxes with the same DDL, a small in-test "compare" that turns two tables into a
// ChangePlan (what the compare engine will do at scale), and a server-side checksum of a whole
// table computed with plain SQL, independent of the code under test.

#include "TestSupport.h"
#include "db/Connection.h"
#include "db/Sql.h"
#include "store/AppStore.h"
#include "sync/Applier.h"
#include "sync/BackupCatalog.h"
#include "sync/ChangePlan.h"
#include "sync/MemoryChangeSource.h"
#include "sync/SyncTableReader.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

namespace ApplyTest {

inline QString text(const Error& e)
{
    return e.toString();
}

/// A database made for one test on one sandbox, dropped when the test ends.
class TempDatabase
{
public:
    TempDatabase(const QString& server, const QString& name)
        : m_server(server)
        , m_name(name)
    {
    }
    ~TempDatabase()
    {
        if (m_created) {
            if (Result<std::unique_ptr<Connection>> c = TestSupport::connect(m_server); c)
                (void)(*c)->execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(Sql::quoteIdentifier(m_name)).toUtf8());
        }
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    Result<std::unique_ptr<Connection>> create()
    {
        Result<std::unique_ptr<Connection>> admin = TestSupport::connect(m_server);
        if (!admin)
            return admin.error();
        const QString sql = QStringLiteral("CREATE DATABASE %1 DEFAULT CHARACTER SET utf8mb4").arg(Sql::quoteIdentifier(m_name));
        if (Status s = (*admin)->execute(sql.toUtf8()); !s)
            return s.error();
        m_created = true;
        return TestSupport::connect(m_server, m_name);
    }
    const QString& name() const { return m_name; }

private:
    QString m_server;
    QString m_name;
    bool m_created = false;
};

/// The same schema in a fresh database on src and on dst, plus a private AppStore.
struct Fixture
{
    explicit Fixture(const QString& prefix, const QString& dbName = {})
        : src(QStringLiteral("src"), dbName.isEmpty() ? TestSupport::uniqueName(prefix) : dbName)
        , dst(QStringLiteral("dst"), dbName.isEmpty() ? TestSupport::uniqueName(prefix) : dbName)
    {
    }

    bool open()
    {
        Result<std::unique_ptr<Connection>> s = src.create();
        if (!s) {
            qWarning("%s", qPrintable(text(s.error())));
            return false;
        }
        Result<std::unique_ptr<Connection>> d = dst.create();
        if (!d) {
            qWarning("%s", qPrintable(text(d.error())));
            return false;
        }
        srcConn = std::move(*s);
        dstConn = std::move(*d);
        Result<ConnectionSettings> settings = TestSupport::server(QStringLiteral("dst"));
        if (!settings)
            return false;
        target = *settings;
        Result<std::unique_ptr<AppStore>> st = AppStore::open(home.filePath(QStringLiteral("syncstudio.db")));
        if (!st) {
            qWarning("%s", qPrintable(text(st.error())));
            return false;
        }
        store = std::move(*st);
        catalog = std::make_unique<BackupCatalog>(*store);
        return true;
    }

    /// Runs `sql` (statements separated by ";\n") on both sides.
    bool both(const QString& sql) { return run(*srcConn, sql) && run(*dstConn, sql); }
    static bool run(Connection& c, const QString& sql)
    {
        if (Status s = c.execute(sql.toUtf8()); !s) {
            qWarning("%s\n  in: %s", qPrintable(text(s.error())), qPrintable(sql.left(400)));
            return false;
        }
        return true;
    }

    TempDatabase src;
    TempDatabase dst;
    std::unique_ptr<Connection> srcConn;
    std::unique_ptr<Connection> dstConn;
    ConnectionSettings target;
    QTemporaryDir home;
    std::unique_ptr<AppStore> store;
    std::unique_ptr<BackupCatalog> catalog;
};

/// Every row of a table, exactly as the Applier reads it.
inline Result<QList<Row>> rows(Connection& c, const SyncTable& t)
{
    Result<QueryResult> r = c.query(QStringLiteral("SELECT %1 FROM %2").arg(t.selectList(), t.qualifiedName()).toUtf8());
    if (!r)
        return r.error();
    return r->rows;
}

/// The test's compare: the differences between the source and target copies of `table`, as one
/// ChangePlan table (target metadata, target images as `before`, source images as `after`).
inline Result<ChangePlan::Table> diff(Connection& src, Connection& dst, const QString& srcDb, const QString& dstDb,
                                      const QString& table)
{
    Result<SyncTable> t = SyncTableReader::read(dst, dstDb, table);
    if (!t)
        return t.error();
    SyncTable sourceSide = *t;
    sourceSide.database = srcDb;
    Result<QList<Row>> a = rows(src, sourceSide);
    if (!a)
        return a.error();
    Result<QList<Row>> b = rows(dst, *t);
    if (!b)
        return b.error();
    QHash<QByteArray, Row> target;
    for (const Row& r : *b)
        target.insert(RowChange::keyBytes(t->keyOf(r)), r);
    auto changes = std::make_shared<MemoryChangeSource>();
    QSet<QByteArray> seen;
    for (const Row& r : *a) {
        const QByteArray k = RowChange::keyBytes(t->keyOf(r));
        seen.insert(k);
        auto it = target.constFind(k);
        RowChange c;
        c.key = t->keyOf(r);
        c.after = r;
        if (it == target.constEnd()) {
            c.kind = RowChange::Kind::Insert;
        } else if (!sameImage(*it, r)) {
            c.kind = RowChange::Kind::Update;
            c.before = *it;
            for (int i = 0; i < r.size(); ++i) {
                if (r.at(i) != it->at(i))
                    c.changedColumns << i;
            }
        } else {
            continue;
        }
        changes->add(c);
    }
    for (const Row& r : *b) {
        const QByteArray k = RowChange::keyBytes(t->keyOf(r));
        if (seen.contains(k))
            continue;
        RowChange c;
        c.kind = RowChange::Kind::Delete;
        c.key = t->keyOf(r);
        c.before = r;
        changes->add(c);
    }
    ChangePlan::Table pt;
    pt.table = *t;
    pt.changes = changes;
    return pt;
}

inline int changeCount(const ChangePlan::Table& t)
{
    return int(static_cast<MemoryChangeSource*>(t.changes.get())->changes().size());
}

/// COUNT(*) and a SHA-256 over every column's bytes of every row in key order, computed by the
/// server with plain SQL (FLOAT through DOUBLE so that its full value counts).
inline QString checksum(Connection& c, const QString& db, const QString& table)
{
    Result<QueryResult> cols = c.query(
        QStringLiteral("SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %1 AND "
                       "TABLE_NAME = %2 ORDER BY ORDINAL_POSITION")
            .arg(QString::fromUtf8(Sql::stringLiteral(db)), QString::fromUtf8(Sql::stringLiteral(table)))
            .toUtf8());
    if (!cols || cols->rows.isEmpty())
        return QStringLiteral("error: no columns");
    Result<QueryResult> key = c.query(
        QStringLiteral("SELECT COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2 "
                       "AND INDEX_NAME = 'PRIMARY' ORDER BY SEQ_IN_INDEX")
            .arg(QString::fromUtf8(Sql::stringLiteral(db)), QString::fromUtf8(Sql::stringLiteral(table)))
            .toUtf8());
    QStringList parts, order;
    for (int i = 0; i < cols->rows.size(); ++i) {
        const QString name = Sql::quoteIdentifier(cols->text(i, 0));
        const QString value = cols->text(i, 1) == QLatin1String("float") ? QStringLiteral("CAST(%1 AS DOUBLE)").arg(name) : name;
        parts << QStringLiteral("IFNULL(CONCAT('v', HEX(CAST(%1 AS BINARY))), 'N')").arg(value);
    }
    for (int i = 0; key && i < key->rows.size(); ++i)
        order << Sql::quoteIdentifier(key->text(i, 0));
    Result<QueryResult> r = c.query(QStringLiteral("SELECT COUNT(*), SHA2(GROUP_CONCAT(CONCAT_WS(',', %1) ORDER BY %2 "
                                                   "SEPARATOR ';'), 256) FROM %3")
                                        .arg(parts.join(QStringLiteral(", ")), order.join(QStringLiteral(", ")),
                                             Sql::qualified(db, table))
                                        .toUtf8());
    if (!r)
        return QStringLiteral("error: ") + r.error().toString();
    return r->text(0, 0) + QLatin1Char('/') + r->text(0, 1);
}

inline qint64 count(Connection& c, const QString& sql)
{
    Result<Value> v = c.scalar(sql.toUtf8());
    return v && v->has_value() ? (*v)->toLongLong() : -1;
}

inline Applier::Options quietOptions()
{
    Applier::Options o;
    o.reconnectDelayMs = 100;
    o.retryDelayMs = 50;
    o.target = QStringLiteral("test-dst");
    o.source = QStringLiteral("test-src");
    return o;
}

} // namespace ApplyTest

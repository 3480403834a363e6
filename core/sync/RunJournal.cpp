#include "RunJournal.h"

#include "db/Connection.h"
#include "db/Sql.h"

RunJournal::RunJournal(QString database)
    : m_database(std::move(database))
{
}

QString RunJournal::qualifiedTable() const
{
    return Sql::qualified(m_database, QStringLiteral("journal"));
}

Status RunJournal::ensure(Connection& target) const
{
    // Only when missing: a CREATE ... IF NOT EXISTS of an existing table still waits for its
    // metadata lock behind every open transaction that used it, and goes to the binary log.
    Result<Value> exists = target.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
                                                        "AND TABLE_NAME = 'journal'")
                                             .arg(QString::fromUtf8(Sql::stringLiteral(m_database)))
                                             .toUtf8());
    if (exists && exists->value_or(QByteArray("0")) != "0")
        return {};
    const QString sql = QStringLiteral(
        "CREATE DATABASE IF NOT EXISTS %1 DEFAULT CHARACTER SET utf8mb4; "
        "CREATE TABLE IF NOT EXISTS %2 ("
        " run_id VARCHAR(64) CHARACTER SET ascii NOT NULL,"
        " batch BIGINT NOT NULL,"
        " table_name VARCHAR(200) NOT NULL,"
        " kind VARCHAR(8) CHARACTER SET ascii NOT NULL,"
        " row_count INT NOT NULL,"
        " committed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),"
        " PRIMARY KEY (run_id, batch)"
        ") ENGINE=InnoDB COMMENT='SyncStudio run journal: one row per committed batch of an unfinished run'")
                            .arg(Sql::quoteIdentifier(m_database), qualifiedTable());
    if (Status s = target.execute(sql.toUtf8()); !s) {
        Error e = s.error();
        e.database = m_database;
        e.hint = tr("SyncStudio keeps a small run journal on the target to know, after a lost connection, "
                    "whether a batch committed. Grant the account CREATE, INSERT, SELECT and DELETE on "
                    "`%1`.*, or create %2 yourself.")
                     .arg(m_database, qualifiedTable());
        return e;
    }
    return {};
}

QByteArray RunJournal::recordStatement(const QString& runId, qint64 batch, const QString& table, const QString& kind,
                                       qint64 rows) const
{
    return QStringLiteral("INSERT INTO %1 (run_id, batch, table_name, kind, row_count) VALUES (%2, %3, %4, %5, %6)")
        .arg(qualifiedTable(), QString::fromUtf8(Sql::stringLiteral(runId)))
        .arg(batch)
        .arg(QString::fromUtf8(Sql::stringLiteral(table.left(200))), QString::fromUtf8(Sql::stringLiteral(kind)))
        .arg(rows)
        .toUtf8();
}

Result<bool> RunJournal::isCommitted(Connection& target, const QString& runId, qint64 batch) const
{
    Result<Value> v = target.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE run_id = %2 AND batch = %3")
                                        .arg(qualifiedTable(), QString::fromUtf8(Sql::stringLiteral(runId)))
                                        .arg(batch)
                                        .toUtf8());
    if (!v)
        return v.error();
    return v->has_value() && **v != "0";
}

Status RunJournal::clear(Connection& target, const QString& runId) const
{
    return target.execute(QStringLiteral("DELETE FROM %1 WHERE run_id = %2")
                              .arg(qualifiedTable(), QString::fromUtf8(Sql::stringLiteral(runId)))
                              .toUtf8());
}

// Rollback against real servers: the target comes back byte-identical to what it was before the
// sync (checked with a checksum the server computes), a row changed after the sync is left alone
// as a conflict, a killed rollback resumes, a half-finished sync can be rolled back, and a damaged
// backup file or a changed table stops the rollback before anything is written. The exported SQL
// script, run by hand, has the same effect.
#include "tst_applysupport.h"

#include "sync/Applier.h"
#include "sync/BackupReader.h"
#include "sync/BackupScript.h"
#include "sync/Rollback.h"

#include <QBuffer>
#include <QFile>

using namespace ApplyTest;

namespace {

const QString Ddl = QStringLiteral(
    "CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(40) CHARACTER SET latin1, bin VARBINARY(40),"
    " amount DECIMAL(65,30), ratio DOUBLE, f FLOAT, flags BIT(64), at DATETIME(6), js JSON, geo GEOMETRY, bl BLOB,"
    " stamp TIMESTAMP(6) NOT NULL DEFAULT '2000-01-01 00:00:00' ON UPDATE CURRENT_TIMESTAMP(6),"
    " twice INT AS (id * 2) VIRTUAL) ENGINE=InnoDB;\n"
    "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL, note VARCHAR(40) CHARACTER SET gbk,"
    " FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE) ENGINE=InnoDB");

const QString Source = QStringLiteral(
    "INSERT INTO parent (id, name, bin, amount, ratio, f, flags, at, js, geo, bl, stamp) "
    "SELECT seq, CONCAT(_latin1 X'E9', seq), UNHEX(REPEAT('00FF', seq % 7)), seq / 7, seq / 3e0, seq / 9e0,"
    " seq * 1234567, '2024-01-01 00:00:00.000001' + INTERVAL seq SECOND, JSON_OBJECT('n', seq), POINT(seq, -seq),"
    " REPEAT(X'00', seq), '2010-01-01 00:00:00' FROM seq_1_to_40;\n"
    "INSERT INTO child SELECT seq, seq, CONCAT(_gbk X'D6D0', seq) FROM seq_1_to_40");

// The target before the sync: parents 1..30 (11..20 differ), 101..105 only here (deleted by the
// sync, cascading to their children), children 1..30.
const QString Target = QStringLiteral(
    "INSERT INTO parent (id, name, bin, amount, ratio, f, flags, at, js, geo, bl, stamp) "
    "SELECT seq, CONCAT(_latin1 X'E9', seq), UNHEX(REPEAT('00FF', seq % 7)), seq / 7, seq / 3e0, seq / 9e0,"
    " seq * 1234567, '2024-01-01 00:00:00.000001' + INTERVAL seq SECOND, JSON_OBJECT('n', seq), POINT(seq, -seq),"
    " REPEAT(X'00', seq), '2010-01-01 00:00:00' FROM seq_1_to_30;\n"
    "UPDATE parent SET name = 'old', amount = -1, f = 0.5, flags = b'1', stamp = '2011-01-01 00:00:00' WHERE id BETWEEN 11 AND 20;\n"
    "INSERT INTO parent (id, name, stamp) SELECT seq, 'target only', '2012-01-01' FROM seq_101_to_105;\n"
    "INSERT INTO child SELECT seq, seq, CONCAT(_gbk X'D6D0', seq) FROM seq_1_to_30;\n"
    "INSERT INTO child SELECT seq + 100, seq, 'cascaded' FROM seq_101_to_105");

} // namespace

class TstRollback : public QObject
{
    Q_OBJECT

private slots:
    void rollbackRestoresTargetByteIdentical();
    void rowChangedAfterSyncBecomesConflict();
    void rollbackResumesAfterBeingKilled();
    void partialSyncIsRolledBack();
    void damagedBackupIsRefused();
    void changedTableIsRefused();
    void exportedScriptUndoesTheSync();

private:
    struct Synced
    {
        QString runId;
        QString parentBefore, childBefore; // checksums before the sync
    };
    bool syncFixture(Fixture& f, Synced* synced, Applier::Options options = quietOptions());
    QString parentSum(Fixture& f) { return checksum(*f.dstConn, f.dst.name(), QStringLiteral("parent")); }
    QString childSum(Fixture& f) { return checksum(*f.dstConn, f.dst.name(), QStringLiteral("child")); }
    ChangePlan plan(Fixture& f);
};

ChangePlan TstRollback::plan(Fixture& f)
{
    ChangePlan p;
    for (const QString& t : {QStringLiteral("child"), QStringLiteral("parent")}) {
        Result<ChangePlan::Table> pt = diff(*f.srcConn, *f.dstConn, f.src.name(), f.dst.name(), t);
        if (!pt)
            qWarning("%s", qPrintable(text(pt.error())));
        else
            p.tables.append(*pt);
    }
    return p;
}

bool TstRollback::syncFixture(Fixture& f, Synced* synced, Applier::Options options)
{
    if (!f.open() || !f.both(Ddl) || !Fixture::run(*f.srcConn, Source) || !Fixture::run(*f.dstConn, Target))
        return false;
    synced->parentBefore = parentSum(f);
    synced->childBefore = childSum(f);
    ChangePlan p = plan(f);
    if (p.tables.size() != 2)
        return false;
    Applier applier(f.target, *f.catalog, options);
    Result<Applier::Outcome> out = applier.run(p);
    synced->runId = applier.runId();
    if (!out) {
        qWarning("%s", qPrintable(text(out.error())));
        return false;
    }
    // The sync itself worked: the target is the source now.
    if (parentSum(f) != checksum(*f.srcConn, f.src.name(), QStringLiteral("parent"))
        || childSum(f) != checksum(*f.srcConn, f.src.name(), QStringLiteral("child"))) {
        qWarning("the sync did not converge");
        return false;
    }
    return out->inserted == 10 + 10 && out->updated == 10 && out->deleted == 5 + 5;
}

void TstRollback::rollbackRestoresTargetByteIdentical()
{
    Fixture f(QStringLiteral("ss_rb_ident"));
    Synced s;
    QVERIFY(syncFixture(f, &s));
    QVERIFY(parentSum(f) != s.parentBefore);

    Rollback rollback(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> r = rollback.run(s.runId);
    QVERIFY2(r, qPrintable(r ? QString() : text(r.error())));
    QVERIFY(r->clean());
    QVERIFY(r->verified);
    QCOMPARE(r->rowsChecked, 40);
    QCOMPARE(r->rowsMatching, 40);
    QCOMPARE(r->applied.deleted, 20);  // the rows the sync inserted
    QCOMPARE(r->applied.updated, 10);
    QCOMPARE(r->applied.inserted, 10); // the rows the sync deleted, children included
    QCOMPARE(r->applied.writeMismatches, 0);
    QCOMPARE(parentSum(f), s.parentBefore);
    QCOMPARE(childSum(f), s.childBefore);

    Result<BackupInfo> original = f.catalog->get(s.runId);
    QCOMPARE(original->state, BackupInfo::State::RolledBack);
    Result<BackupInfo> mine = f.catalog->get(r->rollbackId);
    QCOMPARE(mine->kind, QStringLiteral("rollback"));
    QCOMPARE(mine->parentId, s.runId);
    QCOMPARE(mine->state, BackupInfo::State::Complete);

    // Not twice.
    Result<Rollback::Report> again = rollback.run(s.runId);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("already-rolled-back"));

    // The rollback is a backup point too: rolling it back redoes the sync.
    Result<Rollback::Report> redo = rollback.run(r->rollbackId);
    QVERIFY2(redo, qPrintable(redo ? QString() : text(redo.error())));
    QVERIFY(redo->clean());
    QCOMPARE(parentSum(f), checksum(*f.srcConn, f.src.name(), QStringLiteral("parent")));
    QCOMPARE(childSum(f), checksum(*f.srcConn, f.src.name(), QStringLiteral("child")));
}

void TstRollback::rowChangedAfterSyncBecomesConflict()
{
    Fixture f(QStringLiteral("ss_rb_conf"));
    Synced s;
    QVERIFY(syncFixture(f, &s));
    // After the sync, the application writes: an updated row, an inserted row, and a row with the
    // key of one the sync deleted.
    const QString afterSync = parentSum(f);
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("UPDATE parent SET name = 'app wrote this' WHERE id = 15;\n"
                                                    "UPDATE parent SET ratio = 0 WHERE id = 35;\n"
                                                    "INSERT INTO parent (id, name) VALUES (103, 'app re-created')")));
    const QString withAppWrites = parentSum(f);

    Rollback rollback(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> r = rollback.run(s.runId);
    QVERIFY2(r, qPrintable(r ? QString() : text(r.error())));
    QVERIFY(!r->clean());
    QCOMPARE(r->applied.conflictCount, 3);
    QCOMPARE(r->rowsInConflict, 3);
    QCOMPARE(r->rowsDiffering, 0);
    QHash<QString, Conflict::Reason> reasons;
    for (const Conflict& c : r->applied.conflicts)
        reasons.insert(c.table + QLatin1Char('/') + QString::fromUtf8(*c.key.first()), c.reason);
    QCOMPARE(reasons.value(QStringLiteral("parent/15")), Conflict::Reason::Changed);
    QCOMPARE(reasons.value(QStringLiteral("parent/35")), Conflict::Reason::Changed);
    QCOMPARE(reasons.value(QStringLiteral("parent/103")), Conflict::Reason::Present);
    // The application's values are still there.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM parent WHERE id = 15 AND name = 'app wrote this'")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM parent WHERE id = 35 AND ratio = 0")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM parent WHERE id = 103 AND name = 'app re-created'")), 1);
    // Everything else is back: 36..40 gone, 101, 102, 104, 105 back.
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM parent WHERE id BETWEEN 31 AND 40")), 1);
    QCOMPARE(count(*f.dstConn, QStringLiteral("SELECT COUNT(*) FROM parent WHERE id > 100")), 5);
    QCOMPARE(f.catalog->get(s.runId)->state, BackupInfo::State::Complete); // not marked rolled back
    QVERIFY(withAppWrites != afterSync);

    // The DBA puts the three rows back as the sync left them and rolls back again: the rows
    // already restored are recognised as such, the three are restored now.
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral(
        "DELETE FROM parent WHERE id = 103;\n"
        "UPDATE parent SET name = CONCAT(_latin1 X'E9', 15), stamp = '2010-01-01 00:00:00' WHERE id = 15;\n"
        "UPDATE parent SET ratio = 35 / 3e0, stamp = '2010-01-01 00:00:00' WHERE id = 35")));
    Result<Rollback::Report> second = rollback.run(s.runId);
    QVERIFY2(second, qPrintable(second ? QString() : text(second.error())));
    QVERIFY2(second->clean(), qPrintable(QStringLiteral("conflicts %1, differing %2").arg(second->applied.conflictCount).arg(second->rowsDiffering)));
    QVERIFY(second->applied.unchanged > 0);
    QCOMPARE(parentSum(f), s.parentBefore);
    QCOMPARE(childSum(f), s.childBefore);
    QCOMPARE(f.catalog->get(s.runId)->state, BackupInfo::State::RolledBack);
}

void TstRollback::rollbackResumesAfterBeingKilled()
{
    Fixture f(QStringLiteral("ss_rb_kill"));
    Synced s;
    QVERIFY(syncFixture(f, &s));
    auto admin = TestSupport::connect(QStringLiteral("dst"));
    QVERIFY(admin);
    Rollback::Options o {quietOptions()};
    o.apply.maxBatchRows = 4;
    o.apply.reconnectAttempts = 0;
    bool killed = false;
    o.apply.faultHook = [&](Applier::FaultPoint point, qint64 batch, Connection& target) -> Status {
        if (point == Applier::FaultPoint::BeforeCommit && batch == 3 && !killed) {
            killed = true;
            (void)(*admin)->execute(QStringLiteral("KILL CONNECTION %1").arg(target.threadId()).toUtf8());
        }
        return {};
    };
    Rollback first(f.target, *f.catalog, o);
    Result<Rollback::Report> r = first.run(s.runId);
    QVERIFY(!r);
    QVERIFY(killed);
    QCOMPARE(r.error().retry, Error::Retry::LostConnection);
    Result<std::optional<BackupInfo>> unfinished = f.catalog->unfinishedRollbackOf(s.runId);
    QVERIFY(unfinished && unfinished->has_value());
    const QString rollbackId = (*unfinished)->id;
    QVERIFY(parentSum(f) != s.parentBefore); // half done

    Rollback second(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> done = second.run(s.runId);
    QVERIFY2(done, qPrintable(done ? QString() : text(done.error())));
    QVERIFY(done->applied.resumed);
    QCOMPARE(done->rollbackId, rollbackId);
    QVERIFY(done->clean());
    QCOMPARE(done->applied.unchanged, 0); // nothing done twice
    QCOMPARE(done->applied.deleted + done->applied.updated + done->applied.inserted, 40);
    QCOMPARE(parentSum(f), s.parentBefore);
    QCOMPARE(childSum(f), s.childBefore);
}

void TstRollback::partialSyncIsRolledBack()
{
    Fixture f(QStringLiteral("ss_rb_part"));
    auto admin = TestSupport::connect(QStringLiteral("dst"));
    QVERIFY(admin);
    Applier::Options o = quietOptions();
    o.maxBatchRows = 5;
    o.reconnectAttempts = 0;
    // The sync dies inside batch 4 (after its records reached the backup file).
    o.faultHook = [&](Applier::FaultPoint point, qint64 batch, Connection& target) -> Status {
        if (point == Applier::FaultPoint::BeforeCommit && batch == 4)
            (void)(*admin)->execute(QStringLiteral("KILL CONNECTION %1").arg(target.threadId()).toUtf8());
        return {};
    };
    Synced s;
    QVERIFY(!syncFixture(f, &s, o));
    QVERIFY(!s.runId.isEmpty());
    QCOMPARE(f.catalog->get(s.runId)->state, BackupInfo::State::Partial);
    QVERIFY(parentSum(f) != s.parentBefore || childSum(f) != s.childBefore);

    Rollback rollback(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> r = rollback.run(s.runId);
    QVERIFY2(r, qPrintable(r ? QString() : text(r.error())));
    QVERIFY(r->clean());
    QCOMPARE(r->rowsChecked, 20); // four committed batches of five; batch 4 settled as aborted
    QCOMPARE(parentSum(f), s.parentBefore);
    QCOMPARE(childSum(f), s.childBefore);
}

void TstRollback::damagedBackupIsRefused()
{
    Fixture f(QStringLiteral("ss_rb_dmg"));
    Synced s;
    QVERIFY(syncFixture(f, &s));
    const QString afterSync = parentSum(f);
    const QString file = f.catalog->fileOf(s.runId);
    QFile io(file);
    QVERIFY(io.open(QIODevice::ReadWrite));
    QByteArray bytes = io.readAll();
    const qsizetype at = bytes.size() / 2;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    QVERIFY(io.seek(0));
    QCOMPARE(io.write(bytes), bytes.size());
    io.close();

    Rollback rollback(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> r = rollback.run(s.runId);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("backup-damaged"));
    QVERIFY2(r.error().message.contains(QLatin1String("damaged")), qPrintable(r.error().toString()));
    QVERIFY(r.error().hint.contains(QLatin1String("Nothing was changed")));
    QCOMPARE(parentSum(f), afterSync);
    QVERIFY(!f.catalog->unfinishedRollbackOf(s.runId)->has_value());
    QCOMPARE(f.catalog->list()->size(), 1); // no rollback run was even started
}

void TstRollback::changedTableIsRefused()
{
    Fixture f(QStringLiteral("ss_rb_ddl"));
    Synced s;
    QVERIFY(syncFixture(f, &s));
    QVERIFY(Fixture::run(*f.dstConn, QStringLiteral("ALTER TABLE child ADD COLUMN extra INT")));
    const QString afterSync = parentSum(f);
    Rollback rollback(f.target, *f.catalog, {quietOptions()});
    Result<Rollback::Report> r = rollback.run(s.runId);
    QVERIFY(!r);
    QCOMPARE(r.error().table, QStringLiteral("child"));
    QVERIFY2(r.error().message.contains(QLatin1String("Nothing was rolled back")), qPrintable(r.error().toString()));
    QCOMPARE(parentSum(f), afterSync);
}

void TstRollback::exportedScriptUndoesTheSync()
{
    Fixture f(QStringLiteral("ss_rb_sql"));
    Synced s;
    QVERIFY(syncFixture(f, &s));
    Result<BackupInfo> info = f.catalog->get(s.runId);
    QVERIFY(info);
    auto reader = Rollback::openChecked(*f.catalog, *info);
    QVERIFY(reader);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const Status written = BackupScript::write(**reader, buffer);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : text(written.error())));
    const QByteArray script = buffer.data();
    QVERIFY(script.startsWith("-- SyncStudio backup point " + s.runId.toUtf8()));
    QVERIFY(script.contains("-- expects ("));
    QVERIFY(script.contains("DELETE FROM " + Sql::qualified(f.dst.name(), QStringLiteral("parent")).toUtf8() + " WHERE `id` IN (40);"));
    QVERIFY(script.contains("UPDATE " + Sql::qualified(f.dst.name(), QStringLiteral("parent")).toUtf8() + " SET "));
    QVERIFY(script.contains("INSERT INTO " + Sql::qualified(f.dst.name(), QStringLiteral("child")).toUtf8()));
    QVERIFY(!script.toUpper().contains("REPLACE"));
    // Children's rows are removed before their parents', and parents are inserted before children.
    QVERIFY(script.indexOf("DELETE FROM " + Sql::qualified(f.dst.name(), QStringLiteral("child")).toUtf8())
            < script.indexOf("DELETE FROM " + Sql::qualified(f.dst.name(), QStringLiteral("parent")).toUtf8()));
    QVERIFY(script.indexOf("INSERT INTO " + Sql::qualified(f.dst.name(), QStringLiteral("parent")).toUtf8())
            < script.indexOf("INSERT INTO " + Sql::qualified(f.dst.name(), QStringLiteral("child")).toUtf8()));

    // Run by hand, it returns the target to where it was.
    QVERIFY(Fixture::run(*f.dstConn, QString::fromUtf8(script)));
    QCOMPARE(parentSum(f), s.parentBefore);
    QCOMPARE(childSum(f), s.childBefore);
}

QTEST_GUILESS_MAIN(TstRollback)
#include "tst_rollback.moc"

// The backup point file and its catalog, without a server: records round-trip byte-exactly,
// any flipped byte or lost chunk is refused, a crash's torn tail is cut and the run continues,
// and the AppStore catalog lists, finds, expires and deletes backup points.
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"
#include "sync/BackupReader.h"
#include "sync/BackupWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

BackupHeader header()
{
    BackupHeader h;
    h.id = QStringLiteral("20240101-000000-abcdef");
    h.kind = QStringLiteral("sync");
    h.source = QStringLiteral("prod/shop");
    h.target = QStringLiteral("mysql://root@127.0.0.1:3306/shop");
    h.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    SyncTable t;
    t.database = QStringLiteral("shop");
    t.table = QStringLiteral("订单");
    t.columns = {{QStringLiteral("id"), Sql::LiteralKind::Numeric, {}, false, false, false, true, {}, {}},
                 {QStringLiteral("data"), Sql::LiteralKind::Binary, {}, false, false, false, true, {}, {}}};
    t.keyColumns = {0};
    h.tables = {t};
    return h;
}

BackupRecord record(BackupRecord::Kind kind, int id, const QByteArray& data)
{
    BackupRecord r;
    r.kind = kind;
    r.table = 0;
    r.key = {QByteArray::number(id)};
    const Row image {QByteArray::number(id), data};
    if (kind == BackupRecord::Kind::Inserted)
        r.after = image;
    else if (kind == BackupRecord::Kind::Deleted)
        r.before = image;
    else {
        r.before = image;
        r.after = {QByteArray::number(id), std::nullopt};
    }
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TstBackupFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void flippedByteIsRefused_data();
    void flippedByteIsRefused();
    void truncatedCompleteFileIsRefused();
    void digestMismatchIsRefused();
    void tornTailIsCutAndRunContinues();
    void replacedTableIsFormatVersion2();
    void catalog();

private:
    // Writes a complete file: batch 0 committed (3 records), batch 1 aborted, batch 2 committed.
    QString writeSample(QString* digest = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstBackupFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstBackupFile::writeSample(QString* digest)
{
    const QString path = m_dir->filePath(QStringLiteral("rows.ssbk"));
    auto w = BackupWriter::create(path, header());
    if (!w) {
        qWarning("%s", qPrintable(w.error().toString()));
        return {};
    }
    const QByteArray nul("a\0b\xff", 4);
    (void)(*w)->writeBatch(0, 0, RowChange::Kind::Update,
                           {record(BackupRecord::Kind::Updated, 1, nul), record(BackupRecord::Kind::Updated, 2, QByteArray()),
                            record(BackupRecord::Kind::Updated, 3, QByteArray(100000, 'x'))});
    (void)(*w)->markCommitted(0);
    (void)(*w)->writeBatch(1, 0, RowChange::Kind::Insert, {record(BackupRecord::Kind::Inserted, 9, "aborted")});
    (void)(*w)->markAborted(1);
    (void)(*w)->writeBatch(2, 0, RowChange::Kind::Delete, {record(BackupRecord::Kind::Deleted, 4, "gone")});
    (void)(*w)->markCommitted(2);
    if (Status s = (*w)->finish({}); !s)
        qWarning("%s", qPrintable(s.error().toString()));
    if (digest)
        *digest = QString::fromLatin1((*w)->digestHex());
    return path;
}

void TstBackupFile::roundTrip()
{
    QString digest;
    const QString path = writeSample(&digest);
    QVERIFY(!path.isEmpty());
    QFile::Permissions perms = QFile::permissions(path);
    QVERIFY(!(perms & QFile::ReadOther));

    auto r = BackupReader::open(path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE((*r)->header().id, header().id);
    QCOMPARE((*r)->header().tables.first().table, QStringLiteral("订单"));
    const Status scanned = (*r)->scan(true, digest.toLatin1());
    QVERIFY2(scanned.ok(), qPrintable(scanned.ok() ? QString() : scanned.error().toString()));
    QVERIFY((*r)->hasTrailer());
    QVERIFY(!(*r)->tornTail());
    const QList<BackupReader::Batch> batches = (*r)->batches();
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(0).state, BackupReader::Batch::State::Committed);
    QCOMPARE(batches.at(1).state, BackupReader::Batch::State::Aborted);
    QCOMPARE(batches.at(2).state, BackupReader::Batch::State::Committed);
    QCOMPARE(batches.at(0).change, RowChange::Kind::Update);
    QCOMPARE(batches.at(0).records, 3u);

    auto records = (*r)->records(batches.at(0));
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).kind, BackupRecord::Kind::Updated);
    QCOMPARE(records->at(0).before.at(1), Value(QByteArray("a\0b\xff", 4)));
    QCOMPARE(records->at(0).after.at(1), Value()); // NULL survives
    QCOMPARE(records->at(1).before.at(1), Value(QByteArray(""))); // and differs from ''
    QVERIFY(records->at(1).before.at(1).has_value());
    QCOMPARE(records->at(2).before.at(1)->size(), 100000);
    QVERIFY(records->at(0).expected.isEmpty());

    // Compression: 100 kB of 'x' must not cost 100 kB.
    QVERIFY(QFileInfo(path).size() < 20000);
}

void TstBackupFile::flippedByteIsRefused_data()
{
    QTest::addColumn<int>("where"); // 0: payload of batch 0; 1: a chunk header; 2: the trailer; 3: file header
    QTest::newRow("batch payload") << 0;
    QTest::newRow("chunk header") << 1;
    QTest::newRow("trailer") << 2;
    QTest::newRow("file magic") << 3;
}

void TstBackupFile::flippedByteIsRefused()
{
    QFETCH(int, where);
    QString digest;
    const QString path = writeSample(&digest);
    QByteArray bytes = readAll(path);
    qsizetype offset = 0;
    {
        auto r = BackupReader::open(path);
        QVERIFY(r);
        QVERIFY((*r)->scan(true, digest.toLatin1()).ok());
        const qint64 batch0 = (*r)->batches().at(0).offset;
        switch (where) {
        case 0:
            offset = batch0 + BackupFormat::ChunkHeaderSize + 10;
            break;
        case 1:
            offset = batch0 + 9; // the table index
            break;
        case 2:
            offset = bytes.size() - 3;
            break;
        default:
            offset = 1;
        }
    }
    bytes[offset] = char(bytes.at(offset) ^ 0x10);
    writeAll(path, bytes);

    auto r = BackupReader::open(path);
    Status s = r ? (*r)->scan(true, digest.toLatin1()) : Status(r.error());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("backup-damaged"));
    QVERIFY2(s.error().message.contains(QLatin1String("damaged")), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QDir::toNativeSeparators(path)));
}

void TstBackupFile::truncatedCompleteFileIsRefused()
{
    QString digest;
    const QString path = writeSample(&digest);
    QByteArray bytes = readAll(path);
    auto r0 = BackupReader::open(path);
    QVERIFY(r0);
    QVERIFY((*r0)->scan(true).ok());
    // Cut the file right after the last batch's data: the trailer and the last marker are gone.
    const qint64 cut = (*r0)->batches().at(2).offset;
    r0->reset();
    writeAll(path, bytes.left(cut));
    auto r = BackupReader::open(path);
    QVERIFY(r);
    const Status s = (*r)->scan(true, digest.toLatin1());
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("cut short")));
    // Read as a partial file, it is consistent: two batches, one committed, one aborted.
    QVERIFY((*r)->scan(false).ok());
    QCOMPARE((*r)->batches().size(), 2);
}

void TstBackupFile::digestMismatchIsRefused()
{
    const QString path = writeSample();
    auto r = BackupReader::open(path);
    QVERIFY(r);
    const Status s = (*r)->scan(true, QByteArray(64, 'a'));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("digest")));
}

void TstBackupFile::tornTailIsCutAndRunContinues()
{
    const QString path = m_dir->filePath(QStringLiteral("rows.ssbk"));
    {
        auto w = BackupWriter::create(path, header());
        QVERIFY(w);
        QVERIFY((*w)->writeBatch(0, 0, RowChange::Kind::Insert, {record(BackupRecord::Kind::Inserted, 1, "one")}).ok());
        QVERIFY((*w)->markCommitted(0).ok());
        // Batch 1 is written, then the process dies before COMMIT's marker.
        QVERIFY((*w)->writeBatch(1, 0, RowChange::Kind::Insert, {record(BackupRecord::Kind::Inserted, 2, "two")}).ok());
    }
    // ... and a third chunk was being written when it died: half of it reached the disk.
    QByteArray bytes = readAll(path);
    const QByteArray partial = BackupFormat::encodeChunk(BackupFormat::ChunkType::Batch, RowChange::Kind::Insert, 0, 2,
                                                         QByteArray(500, 'z'), nullptr);
    writeAll(path, bytes + partial.left(partial.size() / 2));

    {
        auto r = BackupReader::open(path);
        QVERIFY(r);
        QVERIFY((*r)->scan().ok());
        QVERIFY((*r)->tornTail());
        QCOMPARE((*r)->batches().size(), 2);
        QCOMPARE((*r)->batches().at(1).state, BackupReader::Batch::State::Pending);
        // A run that claims to be complete may not have a torn tail.
        QVERIFY(!(*r)->scan(true).ok());
    }

    auto w = BackupWriter::reopen(path);
    QVERIFY2(w, qPrintable(w ? QString() : w.error().toString()));
    QCOMPARE((*w)->pendingBatches().size(), 1);
    QCOMPARE((*w)->pendingBatches().first().batch, 1);
    QCOMPARE((*w)->lastBatch(), 1);
    QCOMPARE(QFileInfo(path).size(), bytes.size()); // the torn chunk is gone
    QVERIFY((*w)->markAborted(1).ok());
    QVERIFY((*w)->writeBatch(2, 0, RowChange::Kind::Insert, {record(BackupRecord::Kind::Inserted, 3, "three")}).ok());
    QVERIFY((*w)->markCommitted(2).ok());
    QVERIFY((*w)->finish({}).ok());
    const QByteArray digest = (*w)->digestHex();
    w->reset();

    auto r = BackupReader::open(path);
    QVERIFY(r);
    const Status s = (*r)->scan(true, digest);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QStringList states;
    for (const BackupReader::Batch& b : (*r)->batches())
        states << QString::number(b.batch) + QLatin1Char('=') + QString::number(int(b.state));
    QCOMPARE(states, (QStringList {QStringLiteral("0=1"), QStringLiteral("1=2"), QStringLiteral("2=1")}));
    // A complete file is not continued.
    QVERIFY(!BackupWriter::reopen(path));
}

void TstBackupFile::replacedTableIsFormatVersion2()
{
    auto version = [](const QString& path) { return qFromBigEndian<quint16>(readAll(path).constData() + 4); };
    // Without a replaced table the file stays version 1, which older builds read.
    const QString plain = writeSample();
    QVERIFY(!plain.isEmpty());
    QCOMPARE(version(plain), quint16(1));

    BackupHeader h = header();
    h.tables.first().keyColumns.clear();
    h.replaced = {0};
    const QString path = m_dir->filePath(QStringLiteral("replaced.ssbk"));
    auto w = BackupWriter::create(path, h);
    QVERIFY(w);
    BackupRecord old;
    old.kind = BackupRecord::Kind::Replaced;
    old.change = RowChange::Kind::Delete;
    old.before = {std::nullopt, QByteArray("a\0b", 3)};
    BackupRecord summary;
    summary.kind = BackupRecord::Kind::Replace;
    summary.expected = {QByteArray("SELECT COUNT(*) FROM t"), QByteArray("2"), std::nullopt};
    summary.after = {QByteArray("5"), QByteArray("123")};
    QVERIFY((*w)->writeBatch(0, 0, RowChange::Kind::Delete, {old, old}));
    QVERIFY((*w)->writeBatch(1, 0, RowChange::Kind::Insert, {summary}));
    QVERIFY((*w)->markCommitted(0));
    QVERIFY((*w)->markCommitted(1));
    QVERIFY((*w)->finish({}));
    w->reset();
    QCOMPARE(version(path), quint16(2));

    auto r = BackupReader::open(path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE((*r)->header().replaced, QList<int> {0});
    QVERIFY((*r)->scan());
    auto rows = (*r)->records((*r)->batches().at(0));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1).kind, BackupRecord::Kind::Replaced);
    QCOMPARE(rows->at(1).before, old.before);
    QVERIFY(rows->at(1).key.isEmpty());
    auto last = (*r)->records((*r)->batches().at(1));
    QVERIFY(last);
    QCOMPARE(last->first().kind, BackupRecord::Kind::Replace);
    QCOMPARE(last->first().expected, summary.expected);
    QCOMPARE(last->first().after, summary.after);
    r->reset();

    // A version this build does not know is refused with a clear message.
    QByteArray bytes = readAll(path);
    qToBigEndian(quint16(BackupFormat::FileVersion + 1), bytes.data() + 4);
    writeAll(path, bytes);
    auto newer = BackupReader::open(path);
    QVERIFY(!newer);
    QVERIFY2(newer.error().message.contains(QLatin1String("newer")), qPrintable(newer.error().message));
}

void TstBackupFile::catalog()
{
    auto store = AppStore::open(m_dir->filePath(QStringLiteral("syncstudio.db")));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    BackupCatalog catalog(**store);
    QCOMPARE(catalog.folder(), m_dir->filePath(QStringLiteral("backups")));

    auto a = catalog.create(QStringLiteral("sync"), {}, QStringLiteral("prod/shop"), QStringLiteral("staging/shop"));
    QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
    QVERIFY(QFileInfo(catalog.folderOf(a->id)).isDir());
    QVERIFY(a->id.contains(QRegularExpression(QStringLiteral("^\\d{8}-\\d{6}-[0-9a-f]{6}$"))));
    QCOMPARE(a->state, BackupInfo::State::Partial);

    auto b = catalog.create(QStringLiteral("rollback"), a->id, {}, QStringLiteral("staging/shop"));
    QVERIFY(b);
    QVERIFY(a->id != b->id);

    a->state = BackupInfo::State::Complete;
    a->inserted = 3;
    a->tables = {{QStringLiteral("shop.订单"), 3, 0, 0, 1}};
    a->created = QDateTime::currentDateTimeUtc().addDays(-40);
    a->finished = QDateTime::currentDateTimeUtc();
    QVERIFY(catalog.save(*a).ok());

    auto got = catalog.get(a->id);
    QVERIFY(got);
    QCOMPARE(got->inserted, 3);
    QCOMPARE(got->tables.first().table, QStringLiteral("shop.订单"));
    QCOMPARE(got->tables.first().conflicts, 1);
    QCOMPARE(got->state, BackupInfo::State::Complete);
    QCOMPARE(got->source, QStringLiteral("prod/shop"));

    auto byPrefix = catalog.get(b->id.left(b->id.size() - 2));
    if (a->id.left(a->id.size() - 2) != b->id.left(b->id.size() - 2)) {
        QVERIFY(byPrefix);
        QCOMPARE(byPrefix->id, b->id);
    }
    auto ambiguous = catalog.get(a->id.left(2));
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().code, QStringLiteral("ambiguous"));
    auto missing = catalog.get(QStringLiteral("19990101"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("not-found"));

    auto unfinished = catalog.unfinishedRollbackOf(a->id);
    QVERIFY(unfinished);
    QVERIFY(unfinished->has_value());
    QCOMPARE((*unfinished)->id, b->id);

    auto list = catalog.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->first().id, b->id); // newest first

    // Retention: 30 days by default; a 40-day-old complete backup is offered, a partial one never.
    QCOMPARE(catalog.retentionDays(), 30);
    auto expired = catalog.expired();
    QVERIFY(expired);
    QCOMPARE(expired->size(), 1);
    QCOMPARE(expired->first().id, a->id);
    QVERIFY((*store)->setValue(Setting::BackupRetentionDays, 0).ok());
    QVERIFY(catalog.expired()->isEmpty());

    QVERIFY(catalog.remove(a->id).ok());
    QVERIFY(!QFileInfo::exists(catalog.folderOf(a->id)));
    QVERIFY(!catalog.get(a->id));
    QVERIFY(!catalog.remove(QStringLiteral("../x")).ok());
}

QTEST_GUILESS_MAIN(TstBackupFile)
#include "tst_backupfile.moc"

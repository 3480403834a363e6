#include "store/AppStore.h"
#include "store/SchemaMigrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <memory>

namespace {

// Runs raw SQL on a file through a connection of its own, the way an older SyncStudio (or another
// tool) would have written it; the connection is gone when this returns.
void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tst-appstore-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Profile fullProfile(const QString& name)
{
    Profile p;
    p.name = name;
    p.host = QStringLiteral("db-主机.example.com");
    p.port = 3307;
    p.socket = QStringLiteral("/run/mysqld/my sock.sock");
    p.user = QStringLiteral("运维");
    p.database = QStringLiteral("shop_本地");
    p.tlsMode = TlsMode::VerifyIdentity;
    p.tlsCa = QStringLiteral("/etc/ssl/证书/ca.pem");
    p.tlsCert = QStringLiteral("/etc/ssl/client cert.pem");
    p.tlsKey = QStringLiteral("/etc/ssl/client-key.pem");
    p.tag = QStringLiteral("prod");
    p.notes = QStringLiteral("Line one\nLine two — 备注 🚀 with 'quotes' and \"double quotes\"");
    p.hasPassword = true;
    return p;
}

void compareFields(const Profile& actual, const Profile& expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.host, expected.host);
    QCOMPARE(actual.port, expected.port);
    QCOMPARE(actual.socket, expected.socket);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.database, expected.database);
    QCOMPARE(actual.tlsMode, expected.tlsMode);
    QCOMPARE(actual.tlsCa, expected.tlsCa);
    QCOMPARE(actual.tlsCert, expected.tlsCert);
    QCOMPARE(actual.tlsKey, expected.tlsKey);
    QCOMPARE(actual.tag, expected.tag);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.hasPassword, expected.hasPassword);
}

} // namespace

class TstAppStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsPrivateFolderAndCurrentSchema();
    void defaultPathFollowsSyncStudioHome();
    void migrationStepsAreConsecutive();

    void profileRoundTrip_data();
    void profileRoundTrip();
    void updateKeepsCreatedAtAndMovesUpdatedAt();
    void profilesOrderedByTagThenName();
    void duplicateNameRejected_data();
    void duplicateNameRejected();
    void nameTrimmedAndRequired();
    void missingProfilesAreNotFound();
    void removeProfile();

    void migratesVersion1File();
    void migratesVersion2File();
    void refusesNewerSchemaAndLeavesFileUntouched();
    void refusesForeignDatabase();
    void refusesGarbageFile();

    void settingsDefaultsAndRoundTrip();
    void settingsTableIsComplete();
    void rawSettingsRoundTrip();
    void recentProjectsMostRecentFirst();
    void recentProjectsCapped();

    void secondThreadOpensSameFile();
    void storeRefusesForeignThread();
    void transactionRollsBack();

private:
    std::unique_ptr<AppStore> openStore(const QString& path = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstAppStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A folder that does not exist yet: open() must create it.
    m_path = m_dir->filePath(QStringLiteral("home/syncstudio.db"));
    qputenv("SYNCSTUDIO_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("home"))));
}

void TstAppStore::cleanup()
{
    qunsetenv("SYNCSTUDIO_HOME");
    m_dir.reset();
}

std::unique_ptr<AppStore> TstAppStore::openStore(const QString& path)
{
    auto store = AppStore::open(path.isEmpty() ? m_path : path);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(store.value());
}

void TstAppStore::createsPrivateFolderAndCurrentSchema()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->path(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(QFileInfo::exists(m_path));
    const QFileInfo folder(QFileInfo(m_path).absolutePath());
    QCOMPARE(folder.permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                | QFile::ExeOther),
        QFile::Permissions());
    QCOMPARE(QFileInfo(m_path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    Result<int> version = store->schemaVersion();
    QVERIFY(version.ok());
    QCOMPARE(*version, AppStore::latestSchemaVersion());
    QVERIFY(AppStore::latestSchemaVersion() >= 3);

    {
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Re-opening an up-to-date file changes nothing and keeps the version.
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(*store->schemaVersion(), AppStore::latestSchemaVersion());
}

void TstAppStore::defaultPathFollowsSyncStudioHome()
{
    QCOMPARE(AppStore::defaultFolder(), QDir(m_dir->filePath(QStringLiteral("home"))).absolutePath());
    QCOMPARE(
        AppStore::defaultPath(), QDir(AppStore::defaultFolder()).filePath(QStringLiteral("syncstudio.db")));

    auto store = AppStore::open();
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
    QCOMPARE(store.value()->path(), AppStore::defaultPath());
    QVERIFY(QFileInfo::exists(AppStore::defaultPath()));

    qunsetenv("SYNCSTUDIO_HOME");
    QVERIFY(AppStore::defaultFolder() != QDir(m_dir->filePath(QStringLiteral("home"))).absolutePath());
}

void TstAppStore::migrationStepsAreConsecutive()
{
    const auto& steps = SchemaMigrations::steps();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, int(i + 1));
        QVERIFY(!steps[i].statements.isEmpty() || steps[i].transform);
    }
    QCOMPARE(SchemaMigrations::latestVersion(), int(steps.size()));
}

void TstAppStore::profileRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ascii") << QStringLiteral("prod-eu");
    QTest::newRow("chinese") << QStringLiteral("生产库 主");
    QTest::newRow("emoji and quotes") << QStringLiteral("staging 🚧 'db' \"x\"");
}

void TstAppStore::profileRoundTrip()
{
    QFETCH(QString, name);
    auto store = openStore();
    QVERIFY(store);

    Profile p = fullProfile(name);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY2(store->saveProfile(p).ok(), "saveProfile failed");
    QVERIFY(p.id > 0);
    QVERIFY(p.createdAt.isValid());
    QCOMPARE(p.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(p.createdAt >= before);
    QCOMPARE(p.updatedAt, p.createdAt);

    Result<Profile> byId = store->profile(p.id);
    QVERIFY(byId.ok());
    compareFields(*byId, fullProfile(name));
    QCOMPARE(byId->id, p.id);
    QCOMPARE(byId->createdAt, p.createdAt);

    // A fresh connection reads the same thing from the file.
    store.reset();
    store = openStore();
    Result<Profile> byName = store->profileByName(name.toUpper());
    QVERIFY2(byName.ok(), byName.ok() ? "" : qPrintable(byName.error().toString()));
    compareFields(*byName, fullProfile(name));
    QCOMPARE(byName->id, p.id);

    Result<QList<Profile>> all = store->profiles();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    compareFields(all->first(), fullProfile(name));
}

void TstAppStore::updateKeepsCreatedAtAndMovesUpdatedAt()
{
    auto store = openStore();
    QVERIFY(store);
    Profile p = fullProfile(QStringLiteral("dev"));
    QVERIFY(store->saveProfile(p).ok());
    const qint64 id = p.id;
    const QDateTime created = p.createdAt;
    QTest::qWait(5);

    p.host = QStringLiteral("10.0.0.7");
    p.tlsMode = TlsMode::Disabled;
    p.tlsCa.clear();
    p.hasPassword = false;
    p.name = QStringLiteral("  dev-renamed  ");
    QVERIFY(store->saveProfile(p).ok());
    QCOMPARE(p.id, id);
    QCOMPARE(p.name, QStringLiteral("dev-renamed"));
    QCOMPARE(p.createdAt, created);
    QVERIFY(p.updatedAt > created);

    Result<Profile> reread = store->profile(id);
    QVERIFY(reread.ok());
    QCOMPARE(reread->host, QStringLiteral("10.0.0.7"));
    QCOMPARE(reread->tlsMode, TlsMode::Disabled);
    QCOMPARE(reread->tlsCa, QString());
    QCOMPARE(reread->hasPassword, false);
    QCOMPARE(reread->name, QStringLiteral("dev-renamed"));
    QCOMPARE(store->profiles()->size(), 1);

    // Updating a profile that someone removed meanwhile does not resurrect it.
    QVERIFY(store->removeProfile(id).ok());
    Status gone = store->saveProfile(p);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QStringLiteral("not-found"));
    QCOMPARE(store->profiles()->size(), 0);
}

void TstAppStore::profilesOrderedByTagThenName()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<QPair<QString, QString>> rows = {{QStringLiteral("zeta"), QStringLiteral("staging")},
        {QStringLiteral("alpha"), QStringLiteral("staging")}, {QStringLiteral("Beta"), QStringLiteral("dev")},
        {QStringLiteral("gamma"), QStringLiteral("prod")},
        {QStringLiteral("alpha-dev"), QStringLiteral("dev")}};
    for (const auto& [name, tag] : rows) {
        Profile p;
        p.name = name;
        p.tag = tag;
        QVERIFY(store->saveProfile(p).ok());
    }
    QStringList names;
    const Result<QList<Profile>> all = store->profiles();
    QVERIFY(all.ok());
    for (const Profile& p : *all)
        names << p.tag + QLatin1Char('/') + p.name;
    QCOMPARE(names,
        QStringList({QStringLiteral("dev/alpha-dev"), QStringLiteral("dev/Beta"),
            QStringLiteral("prod/gamma"), QStringLiteral("staging/alpha"), QStringLiteral("staging/zeta")}));
}

void TstAppStore::duplicateNameRejected_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("prod") << QStringLiteral("prod");
    QTest::newRow("case") << QStringLiteral("Prod") << QStringLiteral("pROD");
    QTest::newRow("spaces") << QStringLiteral("prod") << QStringLiteral("  PROD ");
    QTest::newRow("chinese") << QStringLiteral("生产") << QStringLiteral("生产");
}

void TstAppStore::duplicateNameRejected()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    auto store = openStore();
    QVERIFY(store);
    Profile a;
    a.name = first;
    QVERIFY(store->saveProfile(a).ok());

    Profile b;
    b.name = second;
    b.host = QStringLiteral("other");
    Status s = store->saveProfile(b);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("duplicate"));
    QVERIFY2(s.error().message.contains(QStringLiteral("A profile named \"%1\" already exists").arg(first)),
        qPrintable(s.error().message));
    QCOMPARE(b.id, qint64(0));
    QCOMPARE(store->profiles()->size(), 1);

    // Renaming another profile onto the name is refused the same way.
    b.name = QStringLiteral("something-else");
    QVERIFY(store->saveProfile(b).ok());
    b.name = second;
    s = store->saveProfile(b);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("duplicate"));
    QCOMPARE(store->profile(b.id)->name, QStringLiteral("something-else"));

    // Saving a profile under its own name (in another case) is an update, not a clash.
    a.name = first.toUpper() == first ? first.toLower() : first.toUpper();
    QVERIFY(store->saveProfile(a).ok());
}

void TstAppStore::nameTrimmedAndRequired()
{
    auto store = openStore();
    QVERIFY(store);
    Profile p;
    p.name = QStringLiteral("   ");
    Status s = store->saveProfile(p);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("invalid"));
    QCOMPARE(store->profiles()->size(), 0);

    p.name = QStringLiteral("\t staging \n");
    QVERIFY(store->saveProfile(p).ok());
    QCOMPARE(p.name, QStringLiteral("staging"));
    QCOMPARE(store->profileByName(QStringLiteral(" STAGING "))->id, p.id);

    Profile badPort;
    badPort.name = QStringLiteral("bad-port");
    badPort.port = 70000;
    s = store->saveProfile(badPort);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("invalid"));
}

void TstAppStore::missingProfilesAreNotFound()
{
    auto store = openStore();
    QVERIFY(store);
    Result<Profile> byId = store->profile(42);
    QVERIFY(!byId.ok());
    QCOMPARE(byId.error().code, QStringLiteral("not-found"));
    QVERIFY(byId.error().message.contains(QStringLiteral("42")));

    Result<Profile> byName = store->profileByName(QStringLiteral("nope"));
    QVERIFY(!byName.ok());
    QCOMPARE(byName.error().code, QStringLiteral("not-found"));
    QVERIFY(byName.error().message.contains(QStringLiteral("nope")));
    QVERIFY(!byName.error().hint.isEmpty());
}

void TstAppStore::removeProfile()
{
    auto store = openStore();
    QVERIFY(store);
    Profile a;
    a.name = QStringLiteral("a");
    Profile b;
    b.name = QStringLiteral("b");
    QVERIFY(store->saveProfile(a).ok());
    QVERIFY(store->saveProfile(b).ok());
    QVERIFY(store->removeProfile(a.id).ok());
    QCOMPARE(store->profiles()->size(), 1);
    QCOMPARE(store->profiles()->first().name, QStringLiteral("b"));
    Status again = store->removeProfile(a.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("not-found"));

    // Ids are keychain keys: a new profile never gets the id of a removed one.
    Profile c;
    c.name = QStringLiteral("c");
    QVERIFY(store->removeProfile(b.id).ok());
    QVERIFY(store->saveProfile(c).ok());
    QVERIFY(c.id > b.id);
}

void TstAppStore::migratesVersion1File()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    // A v1 file as the first release wrote it.
    rawSql(m_path,
        {QStringLiteral("CREATE TABLE profiles ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                        " host TEXT NOT NULL DEFAULT '127.0.0.1',"
                        " port INTEGER NOT NULL DEFAULT 3306,"
                        " \"user\" TEXT NOT NULL DEFAULT '',"
                        " \"database\" TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("INSERT INTO profiles (name, host, port, \"user\", \"database\") "
                           "VALUES ('旧库 legacy', 'old.example.com', 3310, 'root', 'crm')"),
            QStringLiteral("PRAGMA user_version = 1")});
    if (QTest::currentTestFailed())
        return;

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(*store->schemaVersion(), AppStore::latestSchemaVersion());

    Result<QList<Profile>> all = store->profiles();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    const Profile old = all->first();
    QCOMPARE(old.name, QStringLiteral("旧库 legacy"));
    QCOMPARE(old.host, QStringLiteral("old.example.com"));
    QCOMPARE(old.port, 3310);
    QCOMPARE(old.user, QStringLiteral("root"));
    QCOMPARE(old.database, QStringLiteral("crm"));
    // Defaults for what v1 did not know.
    QCOMPARE(old.socket, QString());
    QCOMPARE(old.tlsMode, TlsMode::Preferred);
    QCOMPARE(old.tlsCa, QString());
    QCOMPARE(old.tag, QString());
    QCOMPARE(old.notes, QString());
    QCOMPARE(old.hasPassword, false);
    QVERIFY(old.createdAt.isValid());
    QVERIFY(old.createdAt >= before);
    QCOMPARE(old.updatedAt, old.createdAt);

    // The v3 tables exist and work, and the old row is still editable with the new columns.
    QVERIFY(store->setValue(Setting::BackupRetentionDays, 7).ok());
    QCOMPARE(store->value(Setting::BackupRetentionDays).toInt(), 7);
    QVERIFY(store->addRecentProject(m_dir->filePath(QStringLiteral("p.ssproj"))).ok());
    Profile edited = old;
    edited.tag = QStringLiteral("prod");
    edited.tlsMode = TlsMode::Required;
    QVERIFY(store->saveProfile(edited).ok());
    QCOMPARE(store->profileByName(QStringLiteral("旧库 LEGACY"))->tlsMode, TlsMode::Required);

    // Case-insensitive uniqueness holds for migrated rows too.
    Profile clash;
    clash.name = QStringLiteral("旧库 LEGACY");
    QCOMPARE(store->saveProfile(clash).error().code, QStringLiteral("duplicate"));
}

void TstAppStore::migratesVersion2File()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QStringList statements
        = SchemaMigrations::steps().at(0).statements + SchemaMigrations::steps().at(1).statements;
    statements << QStringLiteral(
        "INSERT INTO profiles (name, tag, has_password, created_at, updated_at) "
        "VALUES ('v2', 'dev', 1, '2023-05-01T08:00:00.000Z', '2023-06-01T09:30:00.250Z')")
               << QStringLiteral("PRAGMA user_version = 2");
    rawSql(m_path, statements);
    if (QTest::currentTestFailed())
        return;

    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(*store->schemaVersion(), AppStore::latestSchemaVersion());
    Result<Profile> p = store->profileByName(QStringLiteral("v2"));
    QVERIFY(p.ok());
    QCOMPARE(p->tag, QStringLiteral("dev"));
    QCOMPARE(p->hasPassword, true);
    QCOMPARE(p->createdAt, QDateTime(QDate(2023, 5, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(p->updatedAt, QDateTime(QDate(2023, 6, 1), QTime(9, 30, 0, 250), Qt::UTC));
    QCOMPARE(store->recentProjects()->size(), 0);
}

void TstAppStore::refusesNewerSchemaAndLeavesFileUntouched()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const int future = AppStore::latestSchemaVersion() + 1;
    rawSql(m_path,
        {QStringLiteral("CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("CREATE TABLE from_the_future (x)"),
            QStringLiteral("PRAGMA user_version = %1").arg(future)});
    if (QTest::currentTestFailed())
        return;
    const QByteArray hash = fileHash(m_path);
    const QStringList filesBefore = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files);

    auto store = AppStore::open(m_path);
    QVERIFY(!store.ok());
    const Error& e = store.error();
    QCOMPARE(e.code, QStringLiteral("newer-schema"));
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(m_path)), qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("newer")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QString::number(future)), qPrintable(e.message));
    QVERIFY(!e.hint.isEmpty());

    QCOMPARE(fileHash(m_path), hash);
    // Not even a WAL or shared-memory file was left behind.
    QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files), filesBefore);
}

void TstAppStore::refusesForeignDatabase()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    rawSql(m_path,
        {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
            QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")});
    if (QTest::currentTestFailed())
        return;
    const QByteArray hash = fileHash(m_path);
    auto store = AppStore::open(m_path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("not-a-store"));
    QVERIFY(store.error().message.contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(fileHash(m_path), hash);
}

void TstAppStore::refusesGarbageFile()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QByteArray hash = fileHash(m_path);
    auto store = AppStore::open(m_path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("not-a-store"));
    QVERIFY2(
        store.error().message.contains(QDir::toNativeSeparators(m_path)), qPrintable(store.error().message));
    QCOMPARE(fileHash(m_path), hash);
}

void TstAppStore::settingsDefaultsAndRoundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    // Defaults, with the default's type.
    QCOMPARE(store->value(Setting::BackupRetentionDays), QVariant(30));
    QCOMPARE(store->value(Setting::Language), QVariant(QString()));
    QCOMPARE(store->value(Setting::ConfirmProductionSync), QVariant(true));
    QCOMPARE(store->value(Setting::MainWindowGeometry).metaType(), QMetaType::fromType<QByteArray>());

    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\x00\x00\xff", 11);
    QVERIFY(store->setValue(Setting::MainWindowGeometry, geometry).ok());
    QVERIFY(store->setValue(Setting::Language, QStringLiteral("zh_CN")).ok());
    QVERIFY(store->setValue(Setting::BackupRetentionDays, 90).ok());
    QVERIFY(store->setValue(Setting::ConfirmProductionSync, false).ok());
    QVERIFY(store->setValue(Setting::LastSourceProfile, qlonglong(1) << 40).ok());
    // A value of a convertible type is stored as the setting's type.
    QVERIFY(store->setValue(Setting::ParallelTables, QStringLiteral("8")).ok());
    // One that cannot be converted is refused.
    Status bad = store->setValue(Setting::ChunkTimeMs, QStringLiteral("soon"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("invalid"));

    store.reset();
    store = openStore();
    QCOMPARE(store->value(Setting::MainWindowGeometry).toByteArray(), geometry);
    QCOMPARE(store->value(Setting::Language), QVariant(QStringLiteral("zh_CN")));
    QCOMPARE(store->value(Setting::BackupRetentionDays), QVariant(90));
    QCOMPARE(store->value(Setting::ConfirmProductionSync), QVariant(false));
    QCOMPARE(store->value(Setting::LastSourceProfile), QVariant(qlonglong(1) << 40));
    QCOMPARE(store->value(Setting::ParallelTables), QVariant(8));
    QCOMPARE(store->value(Setting::ChunkTimeMs), settingDefault(Setting::ChunkTimeMs));

    QVERIFY(store->resetValue(Setting::BackupRetentionDays).ok());
    QCOMPARE(store->value(Setting::BackupRetentionDays), QVariant(30));

    // A value damaged outside the app falls back to the default instead of failing.
    QVERIFY(store->setSetting(settingKey(Setting::BackupRetentionDays), QStringLiteral("many")).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable value")));
    QCOMPARE(store->value(Setting::BackupRetentionDays), QVariant(30));
}

void TstAppStore::settingsTableIsComplete()
{
    const QList<Setting> all = allSettings();
    QVERIFY(all.contains(Setting::Language));
    QVERIFY(all.contains(Setting::LastTargetProfile));
    QSet<QString> keys;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all[i]), i);
        const QString key = settingKey(all[i]);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("key used twice: ") + key));
        keys.insert(key);
        QVERIFY2(settingDefault(all[i]).isValid(), qPrintable(key));
    }
}

void TstAppStore::rawSettingsRoundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(
        *store->setting(QStringLiteral("tool/x"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    QVERIFY(store->setSetting(QStringLiteral("tool/x"), QStringLiteral("值 1")).ok());
    QVERIFY(store->setSetting(QStringLiteral("tool/x"), QStringLiteral("值 2")).ok());
    QCOMPARE(*store->setting(QStringLiteral("tool/x")), QStringLiteral("值 2"));
}

void TstAppStore::recentProjectsMostRecentFirst()
{
    auto store = openStore();
    QVERIFY(store);
    const QString a = m_dir->filePath(QStringLiteral("a.ssproj"));
    const QString b = m_dir->filePath(QStringLiteral("项目 b.ssproj"));
    const QString c = m_dir->filePath(QStringLiteral("c.ssproj"));
    QVERIFY(store->addRecentProject(a).ok());
    QVERIFY(store->addRecentProject(b).ok());
    QVERIFY(store->addRecentProject(c).ok());
    QCOMPARE(*store->recentProjects(), QStringList({c, b, a}));

    // Re-opening moves a project to the front without duplicating it.
    QVERIFY(store->addRecentProject(a).ok());
    QCOMPARE(*store->recentProjects(), QStringList({a, c, b}));

    // Relative paths are stored absolute.
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    QVERIFY(store->addRecentProject(QStringLiteral("c.ssproj")).ok());
    QVERIFY(QDir::setCurrent(cwd));
    QCOMPARE(*store->recentProjects(), QStringList({c, a, b}));

    QVERIFY(store->removeRecentProject(a).ok());
    QCOMPARE(*store->recentProjects(), QStringList({c, b}));
}

void TstAppStore::recentProjectsCapped()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->setValue(Setting::MaxRecentProjects, 3).ok());
    QStringList added;
    for (int i = 0; i < 6; ++i) {
        added.prepend(m_dir->filePath(QStringLiteral("p%1.ssproj").arg(i)));
        QVERIFY(store->addRecentProject(added.first()).ok());
    }
    QCOMPARE(*store->recentProjects(), added.mid(0, 3));
    // The older ones were dropped from the file, not just hidden.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM recent_projects")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TstAppStore::secondThreadOpensSameFile()
{
    auto store = openStore();
    QVERIFY(store);
    Profile mine;
    mine.name = QStringLiteral("main-thread");
    QVERIFY(store->saveProfile(mine).ok());

    const QString path = m_path;
    QThread* mainThread = QThread::currentThread();
    QFuture<QString> worker = QtConcurrent::run([path, mainThread]() -> QString {
        if (QThread::currentThread() == mainThread)
            return QStringLiteral("ran on the main thread");
        auto own = AppStore::open(path);
        if (!own)
            return own.error().toString();
        Result<Profile> seen = own.value()->profileByName(QStringLiteral("MAIN-THREAD"));
        if (!seen)
            return seen.error().toString();
        for (int i = 0; i < 20; ++i) {
            Profile p;
            p.name = QStringLiteral("worker-%1").arg(i);
            p.notes = QStringLiteral("写于工作线程");
            if (Status s = own.value()->saveProfile(p); !s)
                return s.error().toString();
        }
        return QString();
    });
    // The main connection keeps reading and writing while the worker writes.
    for (int i = 0; i < 20; ++i) {
        Profile p;
        p.name = QStringLiteral("main-%1").arg(i);
        Status s = store->saveProfile(p);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        QVERIFY(store->profiles().ok());
    }
    worker.waitForFinished();
    QVERIFY2(worker.result().isEmpty(), qPrintable(worker.result()));

    Result<QList<Profile>> all = store->profiles();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 41);
    Result<Profile> fromWorker = store->profileByName(QStringLiteral("worker-19"));
    QVERIFY(fromWorker.ok());
    QCOMPARE(fromWorker->notes, QStringLiteral("写于工作线程"));
}

void TstAppStore::storeRefusesForeignThread()
{
    auto store = openStore();
    QVERIFY(store);
    AppStore* shared = store.get();
    QString code;
    // A QThread of its own: QFuture::result() may run a task that has not started yet on the
    // waiting thread itself, which would defeat the point.
    std::unique_ptr<QThread> thread(QThread::create([shared, &code] {
        Result<QList<Profile>> r = shared->profiles();
        code = r.ok() ? QStringLiteral("ok") : r.error().code;
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(code, QStringLiteral("wrong-thread"));
    // The owning thread is unaffected.
    QVERIFY(store->profiles().ok());
}

void TstAppStore::transactionRollsBack()
{
    auto store = openStore();
    QVERIFY(store);
    Status s = store->transaction([&]() -> Status {
        Profile p;
        p.name = QStringLiteral("rolled-back");
        if (Status inner = store->saveProfile(p); !inner)
            return inner;
        return Error::make(QStringLiteral("fail on purpose"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("fail on purpose"));
    QCOMPARE(store->profiles()->size(), 0);

    s = store->transaction([&]() -> Status {
        Profile p;
        p.name = QStringLiteral("kept");
        return store->saveProfile(p);
    });
    QVERIFY(s.ok());
    QCOMPARE(store->profiles()->size(), 1);
}

QTEST_GUILESS_MAIN(TstAppStore)
#include "tst_appstore.moc"

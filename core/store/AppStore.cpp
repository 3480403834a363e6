#include "AppStore.h"

#include "SchemaMigrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>

namespace {

// How long a writer waits for another connection's write lock before giving up; long enough for
// any of our short transactions, short enough that a stuck process is reported.
constexpr int BusyTimeoutMs = 5000;

constexpr QFile::Permissions OwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

QAtomicInteger<quint64> s_connectionCounter;

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QVariant& text)
{
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QString profileColumns()
{
    return QStringLiteral("id, name, host, port, \"user\", \"database\", socket, tls_mode, tls_ca, tls_cert, "
                          "tls_key, tag, notes, has_password, created_at, updated_at");
}

Profile profileFromQuery(const QSqlQuery& q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.host = q.value(2).toString();
    p.port = q.value(3).toInt();
    p.user = q.value(4).toString();
    p.database = q.value(5).toString();
    p.socket = q.value(6).toString();
    if (!parseTlsMode(q.value(7).toString(), &p.tlsMode))
        p.tlsMode = TlsMode::Preferred;
    p.tlsCa = q.value(8).toString();
    p.tlsCert = q.value(9).toString();
    p.tlsKey = q.value(10).toString();
    p.tag = q.value(11).toString();
    p.notes = q.value(12).toString();
    p.hasPassword = q.value(13).toInt() != 0;
    p.createdAt = timeFromText(q.value(14));
    p.updatedAt = timeFromText(q.value(15));
    return p;
}

// Settings are stored as text; the type of the setting's default says how to read them back.
QString encodeSetting(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QStringList:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(value.toStringList())).toJson(QJsonDocument::Compact));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        return value.toString();
    }
}

std::optional<QVariant> decodeSetting(const QString& text, QMetaType type)
{
    switch (type.id()) {
    case QMetaType::QByteArray:
        return QVariant(QByteArray::fromBase64(text.toLatin1()));
    case QMetaType::QStringList: {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (!doc.isArray())
            return std::nullopt;
        QStringList list;
        for (const QJsonValue v : doc.array())
            list << v.toString();
        return QVariant(list);
    }
    case QMetaType::Bool:
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return QVariant(true);
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return QVariant(false);
        return std::nullopt;
    case QMetaType::QDateTime: {
        const QDateTime t = timeFromText(text);
        return t.isValid() ? std::optional<QVariant>(QVariant(t)) : std::nullopt;
    }
    default: {
        QVariant v(text);
        if (!v.convert(type))
            return std::nullopt;
        return v;
    }
    }
}

} // namespace

QString AppStore::fileName()
{
    return QStringLiteral("syncstudio.db");
}

QString AppStore::defaultFolder()
{
    const QString home = qEnvironmentVariable("SYNCSTUDIO_HOME");
    if (!home.isEmpty())
        return QDir(home).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppStore::defaultPath()
{
    const QString folder = defaultFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(fileName());
}

int AppStore::latestSchemaVersion()
{
    return SchemaMigrations::latestVersion();
}

Result<std::unique_ptr<AppStore>> AppStore::open(const QString& filePath)
{
    using Opened = Result<std::unique_ptr<AppStore>>;
    const QString path = filePath.isEmpty() ? defaultPath() : QFileInfo(filePath).absoluteFilePath();
    if (path.isEmpty()) {
        return Error::make(tr("No folder for SyncStudio's data: the system reports no application data "
                              "location."),
            tr("Set SYNCSTUDIO_HOME to a writable folder."));
    }

    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            return Error::make(tr("Could not create the folder %1 for SyncStudio's data.")
                                   .arg(QDir::toNativeSeparators(folder)),
                tr("Check the permissions of its parent folder, or set SYNCSTUDIO_HOME to a "
                   "writable folder."));
        }
        // Profiles name servers and users: keep the folder to its owner.
        QFile::setPermissions(folder, OwnerOnlyFolder);
    }

    std::unique_ptr<AppStore> store(new AppStore(path));
    if (Status s = store->initialize(); !s)
        return s.error();
    return Opened(std::move(store));
}

AppStore::AppStore(const QString& path)
    : m_path(path)
    , m_thread(QThread::currentThread())
{
    // Unique per instance (the counter) and labelled with the thread, so that connections of
    // several stores and threads never share a QSqlDatabase.
    m_connectionName = QStringLiteral("syncstudio-appstore-%1-t%2")
                           .arg(s_connectionCounter.fetchAndAddRelaxed(1))
                           .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

AppStore::~AppStore()
{
    if (m_db.isOpen())
        m_db.close();
    // removeDatabase() warns and leaks the connection while any QSqlDatabase copy is alive: drop
    // ours first.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status AppStore::initialize()
{
    const bool existed = QFileInfo::exists(m_path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        return Error::make(tr("Could not open %1: the Qt SQLite driver (QSQLITE) is not available.")
                               .arg(QDir::toNativeSeparators(m_path)),
            tr("Install the Qt SQL SQLite plugin that matches this Qt version."));
    }
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return sqlError(tr("Could not open the file"), m_db.lastError());
    if (!existed)
        QFile::setPermissions(m_path, OwnerOnlyFile);

    if (Status s = run(tr("Could not configure the connection"),
            QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs));
        !s)
        return s;

    // Read the version before anything writes: a file from a newer SyncStudio, or a database that
    // is not ours, must be left exactly as it was (even switching to WAL would change it).
    int version = 0;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            Error e = Error::make(tr("%1 is not a SyncStudio data file, or it is damaged (%2).")
                                      .arg(QDir::toNativeSeparators(m_path), q.lastError().text()),
                tr("Move it away, or set SYNCSTUDIO_HOME to another folder."));
            e.code = QStringLiteral("not-a-store");
            return e;
        }
        version = q.value(0).toInt();
    }
    if (version > latestSchemaVersion()) {
        Error e = Error::make(tr("%1 was written by a newer SyncStudio (schema version %2; this version "
                                 "understands up to %3). It was left untouched.")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(version)
                                  .arg(latestSchemaVersion()),
            tr("Use the newer SyncStudio, or set SYNCSTUDIO_HOME to another folder."));
        e.code = QStringLiteral("newer-schema");
        return e;
    }
    if (version == 0) {
        auto tables
            = exec(tr("Could not read the file"), QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        if (tables->next() && tables->value(0).toInt() > 0) {
            Error e = Error::make(tr("%1 is an SQLite database, but not one SyncStudio made. It was left "
                                     "untouched.")
                                      .arg(QDir::toNativeSeparators(m_path)),
                tr("Move it away, or set SYNCSTUDIO_HOME to another folder."));
            e.code = QStringLiteral("not-a-store");
            return e;
        }
    }

    // WAL lets the worker threads' connections read while another one writes.
    if (Status s
        = run(tr("Could not switch the file to WAL mode"), QStringLiteral("PRAGMA journal_mode = WAL"));
        !s)
        return s;
    if (Status s = run(tr("Could not configure the connection"), QStringLiteral("PRAGMA foreign_keys = ON"));
        !s)
        return s;

    return migrate(version);
}

Status AppStore::migrate(int fromVersion)
{
    for (const SchemaMigrations::Step& step : SchemaMigrations::steps()) {
        if (step.version <= fromVersion)
            continue;
        // IMMEDIATE takes the write lock up front, so two processes opening an old file at once
        // cannot both run the step; the second one re-reads the version under the lock.
        const Status applied = transaction([&]() -> Status {
            Result<int> current = schemaVersion();
            if (!current)
                return current.error();
            if (*current >= step.version)
                return {};
            const QString what = tr("Could not upgrade the schema to version %1 (%2)")
                                     .arg(step.version)
                                     .arg(QString::fromLatin1(step.summary));
            for (const QString& sql : step.statements) {
                if (Status s = run(what, sql); !s)
                    return s;
            }
            if (step.transform) {
                if (Status s = step.transform(m_db); !s)
                    return s;
            }
            if (Status s = run(what, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !s)
                return s;
            return {};
        });
        if (!applied) {
            Error e = applied.error();
            if (e.hint.isEmpty())
                e.hint = tr("The file was left at its previous version. Make a copy of it and report the "
                            "problem; set SYNCSTUDIO_HOME to another folder to start afresh.");
            return e;
        }
    }
    return {};
}

Status AppStore::checkThread() const
{
    if (QThread::currentThread() == m_thread)
        return {};
    // A QSqlDatabase connection must stay on its thread; a worker opens its own AppStore.
    Error e = Error::make(
        tr("The store %1 was used from a thread that did not open it.").arg(QDir::toNativeSeparators(m_path)),
        tr("Open a separate AppStore in each thread with AppStore::open(path)."));
    e.code = QStringLiteral("wrong-thread");
    return e;
}

Result<QSqlQuery> AppStore::exec(const QString& what, const QString& sql, const QVariantList& bindings) const
{
    if (Status s = checkThread(); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(what, q.lastError());
    for (const QVariant& b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(what, q.lastError());
    return q;
}

Status AppStore::run(const QString& what, const QString& sql, const QVariantList& bindings) const
{
    Result<QSqlQuery> q = exec(what, sql, bindings);
    if (!q)
        return q.error();
    // A statement that produced a row stays "in progress" until finished, and SQLite refuses to
    // commit while one is (PRAGMA journal_mode and busy_timeout answer with a row).
    q->finish();
    return {};
}

Error AppStore::sqlError(const QString& what, const QSqlError& error) const
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
    Error e = Error::make(tr("%1: %2 (file %3)").arg(what, error.text(), QDir::toNativeSeparators(m_path)));
    e.code = QStringLiteral("store-error");
    const QString native = error.nativeErrorCode();
    if (native == QLatin1String("5") || native == QLatin1String("6")
        || error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        // SQLITE_BUSY / SQLITE_LOCKED: another process holds the write lock longer than busy_timeout.
        e.code = QStringLiteral("store-busy");
        e.hint = tr("Another SyncStudio window or command is writing to it; try again when it is done.");
    } else if (error.text().contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive)) {
        e.code = QStringLiteral("duplicate");
    } else {
        e.hint = tr("Check that %1 is writable and the disk is not full, or set SYNCSTUDIO_HOME to another "
                    "folder.")
                     .arg(folder);
    }
    return e;
}

Result<int> AppStore::schemaVersion() const
{
    auto q = exec(tr("Could not read the schema version"), QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    if (!q->next())
        return sqlError(tr("Could not read the schema version"), q->lastError());
    return q->value(0).toInt();
}

Result<QList<Profile>> AppStore::profiles() const
{
    auto q = exec(tr("Could not read the profiles"),
        QStringLiteral("SELECT %1 FROM profiles ORDER BY tag COLLATE NOCASE, name COLLATE NOCASE, id")
            .arg(profileColumns()));
    if (!q)
        return q.error();
    QList<Profile> list;
    while (q->next())
        list << profileFromQuery(*q);
    return list;
}

Result<Profile> AppStore::oneProfile(
    const QString& what, const QString& condition, const QVariant& binding) const
{
    auto q = exec(
        what, QStringLiteral("SELECT %1 FROM profiles WHERE %2").arg(profileColumns(), condition), {binding});
    if (!q)
        return q.error();
    if (!q->next())
        return profileNotFound(binding.toString());
    return profileFromQuery(*q);
}

Error AppStore::profileNotFound(const QString& which) const
{
    Error e = Error::make(tr("No saved profile %1.").arg(which),
        tr("List the saved profiles with \"syncstudio-cli profile list\"."));
    e.code = QStringLiteral("not-found");
    return e;
}

Result<Profile> AppStore::profile(qint64 id) const
{
    Result<Profile> p = oneProfile(tr("Could not read profile %1").arg(id), QStringLiteral("id = ?"), id);
    if (!p && p.error().code == QLatin1String("not-found"))
        p.error().message = tr("No saved profile has the id %1.").arg(id);
    return p;
}

Result<Profile> AppStore::profileByName(const QString& name) const
{
    const QString trimmed = name.trimmed();
    Result<Profile> p = oneProfile(
        tr("Could not read profile %1").arg(trimmed), QStringLiteral("name = ? COLLATE NOCASE"), trimmed);
    if (!p && p.error().code == QLatin1String("not-found"))
        p.error().message = tr("No saved profile is named \"%1\".").arg(trimmed);
    return p;
}

Status AppStore::saveProfile(Profile& profile)
{
    if (Status s = checkThread(); !s)
        return s;
    Profile p = profile;
    p.name = p.name.trimmed();
    if (p.name.isEmpty()) {
        Error e
            = Error::make(tr("A profile needs a name."), tr("Give the profile a short name, e.g. \"prod\"."));
        e.code = QStringLiteral("invalid");
        return e;
    }
    if (p.port < 0 || p.port > 65535) {
        Error e = Error::make(
            tr("Profile \"%1\": the port %2 is not between 1 and 65535.").arg(p.name).arg(p.port));
        e.code = QStringLiteral("invalid");
        return e;
    }

    // Checked here rather than left to the UNIQUE constraint so that the message can name the
    // profile that holds the name (and older files get the same rule).
    auto clash = exec(tr("Could not save profile \"%1\"").arg(p.name),
        QStringLiteral("SELECT name FROM profiles WHERE name = ? COLLATE NOCASE AND id <> ?"),
        {p.name, p.id});
    if (!clash)
        return clash.error();
    if (clash->next()) {
        const QString existing = clash->value(0).toString();
        Error e = Error::make(tr("A profile named \"%1\" already exists.").arg(existing),
            tr("Profile names are unique regardless of case: choose another name, or edit "
               "\"%1\".")
                .arg(existing));
        e.code = QStringLiteral("duplicate");
        return e;
    }

    const QString now = nowText();
    const QVariantList fields = {p.name, notNull(p.host), p.port, notNull(p.user), notNull(p.database),
        notNull(p.socket), tlsModeName(p.tlsMode), notNull(p.tlsCa), notNull(p.tlsCert), notNull(p.tlsKey),
        notNull(p.tag), notNull(p.notes), p.hasPassword ? 1 : 0};
    const QString what = tr("Could not save profile \"%1\"").arg(p.name);
    qint64 id = p.id;
    if (p.id == 0) {
        auto q = exec(what,
            QStringLiteral("INSERT INTO profiles (name, host, port, \"user\", \"database\", socket, "
                           "tls_mode, tls_ca, tls_cert, tls_key, tag, notes, has_password, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            fields + QVariantList {now, now});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
    } else {
        auto q = exec(what,
            QStringLiteral("UPDATE profiles SET name = ?, host = ?, port = ?, \"user\" = ?, "
                           "\"database\" = ?, socket = ?, tls_mode = ?, tls_ca = ?, tls_cert = ?, "
                           "tls_key = ?, tag = ?, notes = ?, has_password = ?, updated_at = ? "
                           "WHERE id = ?"),
            fields + QVariantList {now, p.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0) {
            Error e = profileNotFound(QString::number(p.id));
            e.message = tr("Profile \"%1\" (id %2) is no longer in the store: it was removed meanwhile.")
                            .arg(p.name)
                            .arg(p.id);
            return e;
        }
    }

    Result<Profile> saved = this->profile(id);
    if (!saved)
        return saved.error();
    profile = *saved;
    return {};
}

Status AppStore::removeProfile(qint64 id)
{
    auto q = exec(
        tr("Could not remove profile %1").arg(id), QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0) {
        Error e = profileNotFound(QString::number(id));
        e.message = tr("No saved profile has the id %1.").arg(id);
        return e;
    }
    return {};
}

Result<QString> AppStore::setting(const QString& key, const QString& defaultValue) const
{
    auto q = exec(tr("Could not read the setting %1").arg(key),
        QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return defaultValue;
    return q->value(0).toString();
}

Status AppStore::setSetting(const QString& key, const QString& value)
{
    auto q = exec(tr("Could not save the setting %1").arg(key),
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!q)
        return q.error();
    return {};
}

QVariant AppStore::value(Setting s) const
{
    QVariant fallback = settingDefault(s);
    auto q = exec(tr("Could not read the setting %1").arg(settingKey(s)),
        QStringLiteral("SELECT value FROM settings WHERE key = ?"), {settingKey(s)});
    if (!q) {
        qWarning("%s", qUtf8Printable(q.error().toString()));
        return fallback;
    }
    if (!q->next() || q->value(0).isNull())
        return fallback;
    const std::optional<QVariant> decoded = decodeSetting(q->value(0).toString(), fallback.metaType());
    if (!decoded) {
        qWarning("The setting %s in %s holds an unreadable value; using its default.",
            qUtf8Printable(settingKey(s)), qUtf8Printable(QDir::toNativeSeparators(m_path)));
        return fallback;
    }
    return *decoded;
}

Status AppStore::setValue(Setting s, const QVariant& value)
{
    const QMetaType type = settingDefault(s).metaType();
    QVariant typed = value;
    if (typed.metaType() != type && !typed.convert(type)) {
        Error e = Error::make(tr("The setting %1 takes a %2, not a %3.")
                                  .arg(settingKey(s), QString::fromLatin1(type.name()),
                                      QString::fromLatin1(value.metaType().name())));
        e.code = QStringLiteral("invalid");
        return e;
    }
    return setSetting(settingKey(s), encodeSetting(typed));
}

Status AppStore::resetValue(Setting s)
{
    auto q = exec(tr("Could not reset the setting %1").arg(settingKey(s)),
        QStringLiteral("DELETE FROM settings WHERE key = ?"), {settingKey(s)});
    if (!q)
        return q.error();
    return {};
}

Result<QStringList> AppStore::recentProjects() const
{
    auto q = exec(tr("Could not read the recent projects"),
        QStringLiteral("SELECT path FROM recent_projects ORDER BY opened_at DESC, rowid DESC LIMIT ?"),
        {qMax(0, value(Setting::MaxRecentProjects).toInt())});
    if (!q)
        return q.error();
    QStringList list;
    while (q->next())
        list << q->value(0).toString();
    return list;
}

Status AppStore::addRecentProject(const QString& projectPath)
{
    const QString path = QFileInfo(projectPath).absoluteFilePath();
    const int keep = qMax(0, value(Setting::MaxRecentProjects).toInt());
    return transaction([&]() -> Status {
        // REPLACE gives the row a new rowid, which orders projects opened within the same millisecond.
        if (auto q = exec(tr("Could not record the recent project %1").arg(path),
                QStringLiteral("INSERT OR REPLACE INTO recent_projects (path, opened_at) VALUES (?, ?)"),
                {path, nowText()});
            !q)
            return q.error();
        if (auto q = exec(tr("Could not trim the recent projects"),
                QStringLiteral("DELETE FROM recent_projects WHERE path NOT IN (SELECT path FROM "
                               "recent_projects ORDER BY opened_at DESC, rowid DESC LIMIT ?)"),
                {keep});
            !q)
            return q.error();
        return {};
    });
}

Status AppStore::removeRecentProject(const QString& projectPath)
{
    const QString path = QFileInfo(projectPath).absoluteFilePath();
    auto q = exec(tr("Could not forget the recent project %1").arg(path),
        QStringLiteral("DELETE FROM recent_projects WHERE path = ?"), {path});
    if (!q)
        return q.error();
    return {};
}

Status AppStore::transaction(const std::function<Status()>& work)
{
    if (Status s = checkThread(); !s)
        return s;
    if (m_transactionDepth > 0)
        return work();

    if (Status s = run(tr("Could not start a transaction"), QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        if (Status s = run(tr("Could not commit"), QStringLiteral("COMMIT")); !s)
            result = s;
        else
            return {};
    }
    // The commit failed or the work did: undo whatever part of it reached the file.
    if (Status s = run(tr("Could not roll back"), QStringLiteral("ROLLBACK")); !s)
        qWarning("%s", qUtf8Printable(s.error().toString()));
    return result;
}

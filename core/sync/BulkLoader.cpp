#include "BulkLoader.h"

#include "SyncSql.h"
#include "db/Connection.h"

#include <errmsg.h>
#include <mysql.h>

#include <QCryptographicHash>
#include <QtEndian>

#include <cstring>

namespace {

constexpr const char* FileName = "syncstudio-rows";

/// The state the client library hands to our callbacks for one load.
struct Feed
{
    const std::function<int(QByteArray&, bool*)>* fill = nullptr;
    qint64 sent = 0;
    bool ended = false;
    bool aborted = false;
    QByteArray buffer;
    qsizetype offset = 0;
    bool refused = false;
};

void appendEscaped(QByteArray& out, const char* p, qsizetype n)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char* escape = nullptr;
        switch (p[i]) {
        case '\\':
            escape = "\\\\";
            break;
        case '\t':
            escape = "\\t";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\0':
            escape = "\\0";
            break;
        default:
            continue;
        }
        out.append(p + run, i - run);
        out.append(escape, 2);
        run = i + 1;
    }
    out.append(p + run, n - run);
}

int feedInit(void** state, const char* fileName, void* userData)
{
    auto* feed = static_cast<Feed*>(userData);
    *state = feed;
    if (!fileName || std::strcmp(fileName, FileName) != 0) {
        feed->refused = true;
        return 1;
    }
    return 0;
}

int feedRead(void* state, char* out, unsigned int length)
{
    auto* feed = static_cast<Feed*>(state);
    if (feed->refused || feed->aborted)
        return -1;
    unsigned int written = 0;
    while (written < length) {
        if (feed->offset >= feed->buffer.size()) {
            if (feed->ended)
                break;
            feed->buffer.clear();
            feed->offset = 0;
            const int rows = (*feed->fill)(feed->buffer, &feed->aborted);
            if (feed->aborted)
                return -1;
            if (rows == 0)
                feed->ended = true;
            feed->sent += rows;
        }
        const qsizetype n = qMin<qsizetype>(length - written, feed->buffer.size() - feed->offset);
        std::memcpy(out + written, feed->buffer.constData() + feed->offset, size_t(n));
        feed->offset += n;
        written += unsigned(n);
    }
    return int(written);
}

void feedEnd(void*)
{
}

int feedError(void* state, char* message, unsigned int length)
{
    auto* feed = static_cast<Feed*>(state);
    const char* text = feed && feed->refused ? "SyncStudio serves only its own rows to LOAD DATA LOCAL"
                                             : "SyncStudio stopped sending the rows";
    std::snprintf(message, length, "%s", text);
    return CR_UNKNOWN_ERROR;
}

} // namespace

bool BulkLoader::eligible(const SyncTable& t, QString* why, bool keyRequired)
{
    auto no = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (keyRequired && t.keyColumns.isEmpty())
        return no(tr("it has no key"));
    if (!t.triggers.isEmpty())
        return no(tr("it has triggers"));
    for (const SyncTable::Column& c : t.columns) {
        if (c.generated)
            return no(tr("it has generated columns"));
        if (!c.compared)
            return no(tr("column %1 is not compared").arg(c.name));
        if (!c.guard.isEmpty())
            return no(tr("column %1 is compared in another character set").arg(c.name));
    }
    return true;
}

QByteArray BulkLoader::statement(const SyncTable& t)
{
    QByteArray sql = "LOAD DATA LOCAL INFILE '" + QByteArray(FileName) + "' INTO TABLE " + t.qualifiedName().toUtf8()
        + " CHARACTER SET binary FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (";
    bool first = true;
    for (int c : SyncSql::insertColumns(t)) {
        if (!first)
            sql += ", ";
        first = false;
        sql += Sql::quoteIdentifier(t.columns.at(c).name).toUtf8();
    }
    sql += ')';
    return sql;
}

void BulkLoader::appendLine(QByteArray& out, const SyncTable& t, const Row& image)
{
    bool first = true;
    for (int c = 0; c < t.columns.size(); ++c) {
        const SyncTable::Column& col = t.columns.at(c);
        if (col.generated || !col.compared)
            continue;
        if (!first)
            out += '\t';
        first = false;
        const Value& v = image.value(c);
        if (!v)
            out += "\\N";
        else
            appendEscaped(out, v->constData(), v->size());
    }
    out += '\n';
}

void BulkLoader::appendLine(QByteArray& out, const SyncTable& t, const QList<View>& values)
{
    bool first = true;
    for (int c = 0; c < t.columns.size() && c < values.size(); ++c) {
        const SyncTable::Column& col = t.columns.at(c);
        if (col.generated || !col.compared)
            continue;
        if (!first)
            out += '\t';
        first = false;
        const View& v = values.at(c);
        if (v.null)
            out += "\\N";
        else
            appendEscaped(out, v.data, v.size);
    }
    out += '\n';
}

QByteArray BulkLoader::digest(const QList<View>& values)
{
    // The same bytes RowChange::rowDigest() hashes (RowChange::keyBytes of the image).
    QCryptographicHash h(QCryptographicHash::Blake2s_128);
    for (const View& v : values) {
        char prefix[4];
        qToBigEndian(v.null ? 0xFFFFFFFFu : quint32(v.size), prefix);
        h.addData(QByteArrayView(prefix, 4));
        if (!v.null)
            h.addData(QByteArrayView(v.data, v.size));
    }
    return h.result();
}

Result<BulkLoader::Loaded> BulkLoader::load(Connection& connection, const SyncTable& t, qint64 rows,
                                            const std::function<const Row&(qint64)>& row)
{
    qint64 i = 0;
    return stream(connection, t, [&](QByteArray& out, bool*) {
        // A few hundred rows at a time: small enough to stream, large enough to be cheap.
        int n = 0;
        for (; n < 256 && i < rows; ++n)
            appendLine(out, t, row(i++));
        return n;
    });
}

Result<BulkLoader::Loaded> BulkLoader::stream(Connection& connection, const SyncTable& t,
                                              const std::function<int(QByteArray& out, bool* abort)>& fill)
{
    Feed feed;
    feed.fill = &fill;
    MYSQL* m = connection.handle();
    mysql_set_local_infile_handler(m, feedInit, feedRead, feedEnd, feedError, &feed);
    const QByteArray sql = statement(t);
    const int rc = mysql_real_query(m, sql.constData(), static_cast<unsigned long>(sql.size()));
    Loaded loaded;
    loaded.rowsSent = quint64(feed.sent);
    if (rc == 0) {
        loaded.affected = mysql_affected_rows(m);
        loaded.warnings = mysql_warning_count(m);
    }
    mysql_set_local_infile_default(m);
    if (rc != 0) {
        Error e = connection.lastError();
        if (feed.refused)
            e.hint = tr("The server asked for a file SyncStudio did not offer; nothing was read from this machine.");
        return e;
    }
    if (loaded.warnings > 0) {
        if (Result<QueryResult> w = connection.query(QByteArrayView("SHOW WARNINGS LIMIT 1")); w && !w->rows.isEmpty())
            loaded.firstWarning = w->text(0, 2);
    }
    return loaded;
}

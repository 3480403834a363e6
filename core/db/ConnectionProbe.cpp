#include "ConnectionProbe.h"

#include "Connection.h"
#include "Sql.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ConnectionProbe {

Result<ConnectionReport> run(const ConnectionSettings& settings)
{
    Result<std::unique_ptr<Connection>> opened = Connection::open(settings);
    if (!opened)
        return opened.error();
    Connection& c = **opened;

    ConnectionReport r;
    r.serverVersion = c.serverVersion();
    r.isMariaDb = c.isMariaDb();
    r.tlsInUse = c.tlsInUse();
    r.tlsVersion = c.tlsVersion();
    r.tlsCipher = c.tlsCipher();

    QList<double> samples;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        if (Status s = c.execute(QByteArrayView("DO 1")); !s)
            return s.error();
        samples.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    r.latencyMs = samples.at(samples.size() / 2);
    r.roundTrips = int(samples.size());
    r.database = settings.database;

    // information_schema's *_PRIVILEGES views list what the current account holds (directly or
    // through its default role), without needing access to the mysql schema.
    QByteArray sql = "SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES";
    if (!settings.database.isEmpty()) {
        // SCHEMA_PRIVILEGES.TABLE_SCHEMA may hold a LIKE pattern (GRANT ON `shop%`.*).
        sql += " UNION SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE "
            + Sql::stringLiteral(settings.database) + " LIKE TABLE_SCHEMA";
    }
    Result<QueryResult> privileges = c.query(sql);
    if (!privileges)
        return privileges.error();
    for (int i = 0; i < privileges->rows.size(); ++i) {
        const QString p = privileges->text(i, 0);
        if (p != QLatin1String("USAGE") && !r.privileges.contains(p))
            r.privileges.append(p);
    }
    std::sort(r.privileges.begin(), r.privileges.end());
    r.canRead = r.privileges.contains(QLatin1String("SELECT"));
    r.canWrite = r.privileges.contains(QLatin1String("INSERT")) && r.privileges.contains(QLatin1String("UPDATE"))
        && r.privileges.contains(QLatin1String("DELETE"));
    return r;
}

} // namespace ConnectionProbe

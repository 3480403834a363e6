#include "Error.h"

#include <QStringList>

Error Error::make(const QString& message, const QString& hint)
{
    Error e;
    e.message = message;
    e.hint = hint;
    return e;
}

Error::Retry Error::classify(unsigned errnum)
{
    switch (errnum) {
    case 1213: // ER_LOCK_DEADLOCK
        return Retry::Deadlock;
    case 1205: // ER_LOCK_WAIT_TIMEOUT
        return Retry::LockWaitTimeout;
    case 2006: // CR_SERVER_GONE_ERROR
    case 2013: // CR_SERVER_LOST
    case 2055: // CR_SERVER_LOST_EXTENDED
    case 1927: // ER_CONNECTION_KILLED
    case 1053: // ER_SERVER_SHUTDOWN
    case 4031: // ER_CLIENT_INTERACTION_TIMEOUT
        return Retry::LostConnection;
    case 1153: // ER_NET_PACKET_TOO_LARGE
    case 1301: // ER_WARN_ALLOWED_PACKET_OVERFLOWED
    case 2020: // CR_NET_PACKET_TOO_LARGE
        return Retry::PacketTooLarge;
    case 1044: // ER_DBACCESS_DENIED_ERROR
    case 1045: // ER_ACCESS_DENIED_ERROR
    case 1142: // ER_TABLEACCESS_DENIED_ERROR
    case 1143: // ER_COLUMNACCESS_DENIED_ERROR
    case 1227: // ER_SPECIFIC_ACCESS_DENIED_ERROR
    case 1698: // ER_ACCESS_DENIED_NO_PASSWORD_ERROR
        return Retry::AccessDenied;
    default:
        return Retry::None;
    }
}

Error& Error::at(const QString& srv, const QString& db, const QString& tbl)
{
    if (!srv.isEmpty())
        server = srv;
    if (!db.isEmpty())
        database = db;
    if (!tbl.isEmpty())
        table = tbl;
    return *this;
}

Error& Error::withHint(const QString& h)
{
    hint = h;
    return *this;
}

QString Error::toString() const
{
    QStringList where;
    if (!server.isEmpty())
        where << tr("server %1").arg(server);
    if (!database.isEmpty())
        where << tr("database %1").arg(database);
    if (!table.isEmpty())
        where << tr("table %1").arg(table);
    //: Separates "server X", "database Y" and "table Z" in an error line.
    const QString separator = tr(", ");
    //: %1 is where the error happened (server, database, table), %2 what happened.
    QString line = where.isEmpty() ? message : tr("%1: %2").arg(where.join(separator), message);
    if (errnum != 0) {
        line += sqlState.isEmpty() ? tr(" (MySQL error %1)").arg(errnum)
                                   : tr(" (MySQL error %1, SQLSTATE %2)").arg(errnum).arg(sqlState);
    }
    if (!hint.isEmpty())
        //: Joins the error and the hint on what to do; %1 is the error, %2 the hint.
        line = tr("%1 %2").arg(line, hint);
    return line;
}

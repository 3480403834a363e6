#include "Profile.h"

ConnectionSettings Profile::settings() const
{
    ConnectionSettings s;
    s.host = host;
    s.port = port;
    s.socket = socket;
    s.user = user;
    s.database = database;
    s.tlsMode = tlsMode;
    s.tlsCa = tlsCa;
    s.tlsCert = tlsCert;
    s.tlsKey = tlsKey;
    s.label = name;
    return s;
}

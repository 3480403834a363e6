#include "ClientInfo.h"

#include <mysql.h>

namespace ClientInfo {

QString clientLibraryVersion()
{
    // The run-time library's answer, not the header's: a distribution update may change it.
    return QString::fromLatin1(mysql_get_client_info());
}

} // namespace ClientInfo

#pragma once

#include <QString>

/// Facts about the client library SyncStudio is linked with, for the About dialog and bug reports,
/// so that the UI needs no MariaDB header.
namespace ClientInfo {

/// The MariaDB Connector/C version in use at run time, e.g. "3.3.8".
QString clientLibraryVersion();

} // namespace ClientInfo

#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerSyncStudioResources()
{
    Q_INIT_RESOURCE(syncstudio);
}

namespace UiResources {

void ensureLoaded()
{
    static const bool loaded = [] {
        registerSyncStudioResources();
        return true;
    }();
    Q_UNUSED(loaded);
}

} // namespace UiResources

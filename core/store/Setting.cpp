#include "Setting.h"

#include <QByteArray>

namespace {

struct SettingRow
{
    const char* key = nullptr;
    QVariant defaultValue;
};

// The settings table. A switch rather than an array so that -Wswitch (and the warning-free build)
// refuses an enumerator without its row.
SettingRow row(Setting setting)
{
    switch (setting) {
    case Setting::Language:
        return {"ui/language", QVariant(QString())};
    case Setting::MainWindowGeometry:
        return {"ui/main-window-geometry", QVariant(QByteArray())};
    case Setting::MainWindowState:
        return {"ui/main-window-state", QVariant(QByteArray())};
    case Setting::BackupRetentionDays:
        return {"backup/retention-days", QVariant(30)};
    case Setting::MaxRecentProjects:
        return {"projects/max-recent", QVariant(10)};
    case Setting::ParallelTables:
        return {"compare/parallel-tables", QVariant(4)};
    case Setting::ChunkTimeMs:
        return {"compare/chunk-time-ms", QVariant(500)};
    case Setting::ConfirmProductionSync:
        return {"sync/confirm-production", QVariant(true)};
    case Setting::LastSourceProfile:
        return {"ui/last-source-profile", QVariant(qlonglong(0))};
    case Setting::LastTargetProfile:
        return {"ui/last-target-profile", QVariant(qlonglong(0))};
    case Setting::SplitterStates:
        return {"ui/splitter-states", QVariant(QByteArray())};
    case Setting::KeychainNoticeShown:
        return {"ui/keychain-notice-shown", QVariant(false)};
    }
    return {}; // a value past the last enumerator: allSettings() stops there
}

} // namespace

QString settingKey(Setting setting)
{
    return QString::fromLatin1(row(setting).key);
}

QVariant settingDefault(Setting setting)
{
    return row(setting).defaultValue;
}

QList<Setting> allSettings()
{
    // The enumerators are consecutive from 0, so the first value without a row ends the list.
    QList<Setting> all;
    for (int i = 0; row(Setting(i)).key; ++i)
        all << Setting(i);
    return all;
}

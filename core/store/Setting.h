#pragma once

#include <QList>
#include <QString>
#include <QVariant>

/// Every persistent application setting. Read and write them with AppStore::value() and
/// AppStore::setValue(); the key and the default of each live in one table in Setting.cpp, so adding
/// a setting is adding an enumerator here (values stay consecutive from 0) and its row there.
enum class Setting {
    Language, ///< QString: UI language ("zh_CN", "en"); empty follows the system
    MainWindowGeometry, ///< QByteArray: QWidget::saveGeometry() of the main window
    MainWindowState, ///< QByteArray: QMainWindow::saveState()
    BackupRetentionDays, ///< int: backup points older than this are offered for deletion
    MaxRecentProjects, ///< int: how many recent projects the store keeps
    ParallelTables, ///< int: tables compared at once (the CLI's --parallel default)
    ChunkTimeMs, ///< int: target time per checksum chunk, in milliseconds
    ConfirmProductionSync, ///< bool: ask again before writing to a profile tagged "prod"
    LastSourceProfile, ///< qlonglong: profile id last used as the source, 0 for none
    LastTargetProfile, ///< qlonglong: profile id last used as the target, 0 for none
    SplitterStates, ///< QByteArray: JSON object, splitter key -> QSplitter::saveState() in base64
    KeychainNoticeShown, ///< bool: the user has been told once that no keychain is reachable
};

/// The stable key under which a setting is stored; never change one once released.
QString settingKey(Setting setting);
/// The value a setting has until it is set; its type is the setting's type.
QVariant settingDefault(Setting setting);
/// All settings, in declaration order (for a settings dump or a reset).
QList<Setting> allSettings();

#pragma once

#include <QString>

/// Loads the application's and Qt's own translations for a language ("zh_CN", "en").
namespace Translations {

/// The language to use: SYNCSTUDIO_LANG if set, else the system locale ("zh_CN" for any Chinese
/// locale written in simplified script, else "en").
QString languageFromEnvironment();
/// The language to start in: SYNCSTUDIO_LANG if set (scripts and tests pin it), else `preferred`
/// (the user's choice in Preferences) when it is not empty, else the system's, as above.
QString choose(const QString& preferred);
/// Installs the translators for `language` on the application, replacing earlier ones.
/// Returns false when no translation for it exists (English strings stay in use).
bool install(const QString& language);
/// The languages that have a complete translation, as codes.
QStringList available();

} // namespace Translations

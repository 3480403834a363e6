#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
} // namespace

namespace Translations {

QString languageFromEnvironment()
{
    const QString forced = qEnvironmentVariable("SYNCSTUDIO_LANG");
    if (!forced.isEmpty())
        return forced;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString choose(const QString& preferred)
{
    const QString forced = qEnvironmentVariable("SYNCSTUDIO_LANG");
    if (!forced.isEmpty())
        return forced;
    return preferred.isEmpty() ? languageFromEnvironment() : preferred;
}

bool install(const QString& language)
{
    auto* app = QCoreApplication::instance();
    if (appTranslator) {
        QCoreApplication::removeTranslator(appTranslator);
        QCoreApplication::removeTranslator(qtTranslator);
    } else {
        appTranslator = new QTranslator(app);
        qtTranslator = new QTranslator(app);
    }
    const bool ok = appTranslator->load(QStringLiteral(":/i18n/syncstudio_") + language);
    if (ok)
        QCoreApplication::installTranslator(appTranslator);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return ok;
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

} // namespace Translations

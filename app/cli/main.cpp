// syncstudio-cli: the headless front end over syncstudio_core, for cron and scripts.
#include "Cli.h"
#include "CliContext.h"

#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSTUDIO_VERSION));
    Translations::install(Translations::languageFromEnvironment());

    CliContext context(stdout, stderr, stdin);
    Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1), context);
}

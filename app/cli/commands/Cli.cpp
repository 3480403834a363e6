#include "Cli.h"

#include "BackupsCommand.h"
#include "CliContext.h"
#include "CompareCommand.h"
#include "ConflictsCommand.h"
#include "ProfileCommand.h"
#include "RollbackCommand.h"
#include "SchemaDiffCommand.h"
#include "SyncCommand.h"
#include "VerifyCommand.h"
#include "SchemaSyncCommand.h"

Cli::Cli()
{
    m_commands.push_back(std::make_unique<ProfileCommand>());
    m_commands.push_back(std::make_unique<CompareCommand>());
    m_commands.push_back(std::make_unique<SchemaDiffCommand>());
    m_commands.push_back(std::make_unique<SchemaSyncCommand>());
    m_commands.push_back(std::make_unique<BackupsCommand>());
    m_commands.push_back(std::make_unique<RollbackCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<ConflictsCommand>());
}

Cli::~Cli() = default;

int Cli::run(const QStringList& arguments, CliContext& context)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        printHelp(context);
        return arguments.isEmpty() ? ExitError : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        context.out() << "syncstudio-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    for (const auto& command : m_commands) {
        if (command->name() == arguments.first())
            return command->run(arguments.mid(1), context);
    }
    return context.fail(tr("Unknown command \"%1\".").arg(arguments.first()),
                        tr("Run syncstudio-cli --help for the list of commands."));
}

void Cli::printHelp(CliContext& context) const
{
    QTextStream& out = context.out();
    out << tr("Usage: syncstudio-cli COMMAND [OPTIONS]") << "\n\n"
        << tr("Compare and synchronize MySQL and MariaDB databases.") << "\n\n"
        << tr("Commands:") << "\n";
    for (const auto& command : m_commands)
        out << "  " << command->name().leftJustified(14) << command->summary() << "\n";
    out << "\n"
        << tr("An endpoint is a saved profile with an optional database (prod/shop) or a URL "
              "(mysql://user@127.0.0.1:3306/shop).")
        << "\n"
        << tr("Run syncstudio-cli COMMAND --help for the options of a command.") << "\n"
        << tr("Exit codes: 0 success, 1 differences found, 2 error, 3 conflicts waiting.") << Qt::endl;
}

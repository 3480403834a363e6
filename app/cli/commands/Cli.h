#pragma once

#include "Command.h"

#include <memory>
#include <vector>

/// The verb dispatcher of syncstudio-cli: finds the verb, prints the top-level help.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    ~Cli();

    int run(const QStringList& arguments, CliContext& context);

private:
    void printHelp(CliContext& context) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

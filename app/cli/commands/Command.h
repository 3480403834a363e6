#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CliContext;

/// Exit codes shared by every verb (the contract in DESIGN.md).
enum ExitCode {
    ExitOk = 0,
    ExitDifferences = 1, ///< compare/verify/schema-diff found differences
    ExitError = 2,
    ExitConflicts = 3,   ///< sync finished with conflicts waiting for a decision
};

/// One verb of syncstudio-cli (`profile`, `compare`, ...). Each verb parses its own options.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    /// One line for the verb list of `syncstudio-cli --help`.
    virtual QString summary() const = 0;
    /// Runs the verb; `arguments` excludes the program and verb names.
    virtual int run(const QStringList& arguments, CliContext& context) = 0;
};

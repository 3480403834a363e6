#pragma once

#include "Command.h"

/// `syncstudio-cli conflicts list|show|resolve`: the rows syncs did not write, waiting for a
/// decision, and settling them (take the source's row, keep the target's, or set values).
class ConflictsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    int list(const QStringList& arguments, CliContext& context);
    int show(const QStringList& arguments, CliContext& context);
    int resolve(const QStringList& arguments, CliContext& context);
    void printUsage(CliContext& context) const;
};

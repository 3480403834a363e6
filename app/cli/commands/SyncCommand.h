#pragma once

#include "Command.h"

/// `syncstudio-cli sync SRC DST`: compares, plans, confirms and applies the differences to the
/// target, guarded and backed up (exit 0 done, 3 done with conflicts waiting, 2 error).
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

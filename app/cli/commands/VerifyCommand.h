#pragma once

#include "Command.h"

/// `syncstudio-cli verify SRC DST`: checks with the checksum compare that what a sync touched (or
/// the tables the filters select) is now equal on both sides (exit 0 identical, 1 differences,
/// 2 error).
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

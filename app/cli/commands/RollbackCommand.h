#pragma once

#include "Command.h"

/// `syncstudio-cli rollback BACKUP_ID`: puts the target back as the backup point recorded it,
/// guarded (rows changed since the sync are left alone and reported), then verifies every row.
class RollbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RollbackCommand)

public:
    QString name() const override { return QStringLiteral("rollback"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

#pragma once

#include "Command.h"

#include <optional>

/// `syncstudio-cli backups list|show|export|delete`: the backup points taken before each sync and
/// rollback, kept under the data folder and catalogued in the AppStore.
class BackupsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupsCommand)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

    /// Asks `question` on the terminal unless `yes`. Returns an exit code when the verb must stop:
    /// the user said no, or there is no terminal to ask on (then the error says to add --yes).
    static std::optional<int> confirm(CliContext& context, const QString& question, bool yes);

private:
    int list(const QStringList& arguments, CliContext& context);
    int show(const QStringList& arguments, CliContext& context);
    int exportScript(const QStringList& arguments, CliContext& context);
    int remove(const QStringList& arguments, CliContext& context);
    void printUsage(CliContext& context) const;
};

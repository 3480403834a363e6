#pragma once

#include "Command.h"

class QCommandLineParser;
struct Profile;

/// `syncstudio-cli profile add|list|show|remove|test`: saved connections, passwords in the keychain.
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    int add(const QStringList& arguments, CliContext& context);
    int list(const QStringList& arguments, CliContext& context);
    int show(const QStringList& arguments, CliContext& context);
    int remove(const QStringList& arguments, CliContext& context);
    int test(const QStringList& arguments, CliContext& context);
    void printUsage(CliContext& context) const;
};

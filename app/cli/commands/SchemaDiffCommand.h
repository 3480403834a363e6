#pragma once

#include "Command.h"

struct SchemaDiffResult;
struct Endpoint;

/// `syncstudio-cli schema-diff SRC DST`: compares two databases' structures and prints the
/// differences as text, JSON, or the migration script that would bring the target in line.
class SchemaDiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiffCommand)

public:
    QString name() const override { return QStringLiteral("schema-diff"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    void printText(CliContext& context, const SchemaDiffResult& result, const QString& source,
                   const QString& target) const;
};

#pragma once

#include "Command.h"

struct CompareSummary;
struct DiffTableInfo;
class DiffStore;

/// `syncstudio-cli compare SRC DST`: compares the rows of two databases and reports the
/// differences (exit 0 identical, 1 differences, 2 error); the details go to a DiffStore.
class CompareCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    void printText(CliContext& context, const CompareSummary& summary, DiffStore* store) const;
    void printJson(CliContext& context, const CompareSummary& summary, const QString& source,
                   const QString& target) const;
};

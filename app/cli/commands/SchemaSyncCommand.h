#pragma once

#include "Command.h"
#include "Result.h"

#include <QList>

struct BackupInfo;
struct SchemaSyncStep;
class Job;

/// `syncstudio-cli schema-sync SRC DST`: prints the plan that brings the target's structure in line
/// with the source's, asks, takes a schema backup point and applies it (see SchemaSync). Also rolls
/// such backup points back for the `rollback` verb.
///
/// A target whose profile is tagged prod gets a loud warning, and on a terminal the confirmation
/// asks for the database's name instead of "y"; --yes still confirms (scripts must be able to run),
/// with the warning printed all the same.
class SchemaSyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SchemaSyncCommand)

public:
    QString name() const override { return QStringLiteral("schema-sync"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

    /// `rollback BACKUP_ID` for a backup point of kind "schema". `target` overrides the endpoint
    /// recorded in the backup point.
    static int rollback(
        const BackupInfo& info, CliContext& context, bool yes, bool json, const QString& target);
    /// `backups show ID` for a backup point of kind "schema": what it saved, and whether its files
    /// are intact.
    static int showBackup(const BackupInfo& info, const QString& folder, CliContext& context, bool json);

private:
    static void printPlan(CliContext& context, const QList<SchemaSyncStep>& steps, bool allowDrop);
    /// Runs a job on the pool with a progress line on a terminal; returns its Status.
    static Status runJob(Job& job, CliContext& context, bool showProgress);
};

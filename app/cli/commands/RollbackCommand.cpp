#include "RollbackCommand.h"

#include "BackupsCommand.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "SchemaSyncCommand.h"
#include "db/Endpoint.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"
#include "sync/BackupTarget.h"
#include "sync/Rollback.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace {

QJsonObject conflictJson(const Conflict& c, const QString& keyText)
{
    return QJsonObject {{QStringLiteral("table"), c.database + QLatin1Char('.') + c.table},
                        {QStringLiteral("key"), keyText},
                        {QStringLiteral("change"), RowChange::kindName(c.kind)},
                        {QStringLiteral("reason"), c.reasonText()}};
}

} // namespace

QString RollbackCommand::summary() const
{
    return tr("Roll the target back to a backup point, guarded and verified");
}

int RollbackCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("rollback"),
                        tr("Put the target back as it was before a sync. Rows changed since the sync are not "
                           "overwritten: they are reported as conflicts (exit code 3). An interrupted rollback "
                           "is resumed by running the same command again."));
    parser.addPositionalArgument(QStringLiteral("BACKUP_ID"), tr("The backup point's id or a unique prefix of it."));
    const QCommandLineOption yes(QStringList {QStringLiteral("yes"), QStringLiteral("y")}, tr("Do not ask for confirmation."));
    const QCommandLineOption format = CliOptions::formatOption();
    const QCommandLineOption target(QStringLiteral("target"),
                                    tr("Connect to ENDPOINT instead of the target recorded in the backup point "
                                       "(the same server, reached another way)."),
                                    QStringLiteral("ENDPOINT"));
    const QCommandLineOption noFk(QStringLiteral("no-fk-checks"), tr("Turn foreign key checks off for the rollback's session."));
    const QCommandLineOption noVerify(QStringLiteral("no-verify"), tr("Do not read the rows back afterwards."));
    parser.addOptions({yes, format, target, noFk, noVerify});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    const bool json = parser.value(format) == QLatin1String("json");

    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    BackupCatalog catalog(**store);
    Result<BackupInfo> info = catalog.get(parser.positionalArguments().first());
    if (!info)
        return context.fail(info.error());
    if (info->kind == QLatin1String("schema")) // definitions, not rows: see SchemaRollback
        return SchemaSyncCommand::rollback(*info, context, parser.isSet(yes), json, parser.value(target));

    // The file is checked before anything else, so that a damaged backup never gets as far as a
    // question or a connection.
    if (Result<std::unique_ptr<BackupReader>> checked = Rollback::openChecked(catalog, *info); !checked)
        return context.fail(checked.error());

    Result<Endpoint> endpoint = BackupTarget::endpoint(*info, parser.value(target));
    if (!endpoint)
        return context.fail(endpoint.error());
    Result<ConnectionSettings> settings = context.resolve(*endpoint);
    if (!settings)
        return context.fail(settings.error());

    const QString question = tr("Roll back backup point %1 (%2 rows in %3 tables) on %4?")
                                 .arg(info->id)
                                 .arg(info->rows())
                                 .arg(info->tables.size())
                                 .arg(endpoint->displayText());
    if (std::optional<int> stop = BackupsCommand::confirm(context, question, parser.isSet(yes)))
        return *stop;

    Rollback::Options options;
    options.verify = !parser.isSet(noVerify);
    options.apply.target = endpoint->displayText();
    const bool tty = !json && isatty(fileno(stderr)) != 0;
    QStringList warnings;
    options.apply.log = [&](const QString& line) {
        warnings << line;
        if (tty)
            context.err() << '\r' << QString(100, QLatin1Char(' ')) << '\r' << tr("note: %1").arg(line) << Qt::endl;
    };
    if (tty) {
        options.apply.progress = [&](const Applier::Progress& p) {
            QString line = tr("rollback: %1/%2 rows, %3 rows/s  %4")
                               .arg(p.rowsDone)
                               .arg(p.rowsTotal)
                               .arg(qint64(p.rowsPerSecond))
                               .arg(p.table);
            context.err() << '\r' << line.left(100).leftJustified(100) << Qt::flush;
        };
    }
    options.foreignKeyChecks = !parser.isSet(noFk);
    Rollback rollback(*settings, catalog, options);
    Result<Rollback::Report> report = rollback.run(info->id);
    if (tty)
        context.err() << '\r' << QString(100, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!report)
        return context.fail(report.error());
    const Rollback::Report& r = *report;
    const int exitCode = r.applied.conflictCount > 0 ? ExitConflicts : (r.rowsDiffering > 0 ? ExitError : ExitOk);

    if (json) {
        QJsonArray conflicts, mismatches;
        for (const Conflict& c : r.applied.conflicts) {
            QString key;
            for (int i = 0; i < c.key.size(); ++i)
                key += (i ? QStringLiteral(", ") : QString()) + QString::fromUtf8(c.key.at(i).value_or(QByteArray("NULL")));
            conflicts.append(conflictJson(c, key));
        }
        for (const Rollback::Mismatch& m : r.mismatches)
            mismatches.append(QJsonObject {{QStringLiteral("table"), m.table}, {QStringLiteral("key"), m.key}});
        const QJsonObject o {
            {QStringLiteral("backup_id"), r.backupId},
            {QStringLiteral("rollback_id"), r.rollbackId},
            {QStringLiteral("resumed"), r.applied.resumed},
            {QStringLiteral("applied"),
             QJsonObject {{QStringLiteral("deleted"), r.applied.deleted},
                          {QStringLiteral("restored"), r.applied.updated},
                          {QStringLiteral("reinserted"), r.applied.inserted},
                          {QStringLiteral("already_restored"), r.applied.unchanged},
                          {QStringLiteral("conflicts"), r.applied.conflictCount}}},
            {QStringLiteral("verify"),
             QJsonObject {{QStringLiteral("done"), r.verified},
                          {QStringLiteral("checked"), r.rowsChecked},
                          {QStringLiteral("matching"), r.rowsMatching},
                          {QStringLiteral("differing"), r.rowsDiffering},
                          {QStringLiteral("in_conflict"), r.rowsInConflict}}},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("mismatches"), mismatches},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.applied.warnings)},
        };
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return exitCode;
    }

    QTextStream& out = context.out();
    out << (r.applied.resumed ? tr("Resumed rollback %1 of backup point %2.") : tr("Rollback %1 of backup point %2."))
               .arg(r.rollbackId, r.backupId)
        << "\n"
        << tr("  removed %1 rows the sync inserted, restored %2 updated rows, re-inserted %3 deleted rows; %4 were "
              "already as before.")
               .arg(r.applied.deleted)
               .arg(r.applied.updated)
               .arg(r.applied.inserted)
               .arg(r.applied.unchanged)
        << "\n";
    if (r.verified) {
        out << (r.rowsDiffering == 0
                    ? tr("  verified: %1 rows read back equal to their before-image.").arg(r.rowsMatching)
                    : tr("  verification FAILED: %1 of %2 rows differ from their before-image.").arg(r.rowsDiffering).arg(r.rowsChecked))
            << "\n";
        for (const Rollback::Mismatch& m : r.mismatches.mid(0, 20))
            out << "    " << m.table << "  " << m.key << "\n";
    }
    if (r.applied.conflictCount > 0) {
        out << tr("  %n row(s) changed on the target after the sync and were left as they are:", nullptr,
                  int(r.applied.conflictCount))
            << "\n";
        QList<QStringList> rows;
        for (const Conflict& c : r.applied.conflicts.mid(0, 50)) {
            QString key;
            for (int i = 0; i < c.key.size(); ++i)
                key += (i ? QStringLiteral(", ") : QString()) + QString::fromUtf8(c.key.at(i).value_or(QByteArray("NULL")));
            rows.append({c.database + QLatin1Char('.') + c.table, key, c.reasonText()});
        }
        CliOptions::printTable(out, {tr("TABLE"), tr("KEY"), tr("WHY")}, rows);
        out << tr("  Fix or accept those rows, then run the rollback again to finish it.") << "\n";
    }
    out.flush();
    return exitCode;
}

#include "SyncCommand.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "SyncArguments.h"
#include "db/Endpoint.h"
#include "jobs/JobRunner.h"
#include "store/AppStore.h"
#include "store/SyncProject.h"
#include "sync/SyncJob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

} // namespace

QString SyncCommand::summary() const
{
    return tr("Apply the differences to the target, guarded and backed up (exit 0 done, 3 conflicts, 2 error)");
}

int SyncCommand::run(const QStringList& rawArguments, CliContext& context)
{
    // --dry-run takes an optional value, which QCommandLineParser cannot express.
    QStringList arguments;
    bool dryRun = false;
    QString dryRunFile;
    QStringList replaceTables; // --replace-keyless=T,... (the bare flag goes to the parser)
    bool replaceListed = false;
    for (const QString& a : rawArguments) {
        if (a.startsWith(QLatin1String("--replace-keyless="))) {
            replaceListed = true;
            for (const QString& t : a.mid(int(qstrlen("--replace-keyless="))).split(QLatin1Char(','), Qt::SkipEmptyParts))
                replaceTables << t.trimmed();
        } else if (a == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (a.startsWith(QLatin1String("--dry-run="))) {
            dryRun = true;
            dryRunFile = a.mid(int(qstrlen("--dry-run=")));
        } else {
            arguments << a;
        }
    }

    QCommandLineParser parser;
    CliOptions::prepare(parser,
                        QStringLiteral("sync"),
                        tr("Compare two databases and make the target's rows equal to the source's. Every batch is "
                           "one short transaction that first checks each row still reads as the compare saw it; a "
                           "row changed meanwhile is not overwritten but queued as a conflict (exit code 3). The "
                           "before-images of everything written go to a backup point first, so the sync can be "
                           "rolled back. --dry-run[=FILE] writes the SQL instead (to FILE, else to standard "
                           "output) and changes nothing."));
    parser.addPositionalArgument(QStringLiteral("SRC"), tr("Source: profile/database or mysql://user@host:port/database."));
    parser.addPositionalArgument(QStringLiteral("DST"), tr("Target: profile/database or mysql://user@host:port/database."));
    const SyncArguments shared;
    shared.addTo(parser);
    const QCommandLineOption noDelete(QStringLiteral("no-delete"), tr("Keep rows that only the target has."));
    const QCommandLineOption conflict(QStringLiteral("conflict"),
                                      tr("How differences are settled: source-wins (default), target-wins (only insert "
                                         "missing rows), newer-wins:COLUMN (the side with the greater COLUMN wins; a tie "
                                         "is a conflict), manual (write nothing; every difference becomes a conflict)."),
                                      QStringLiteral("POLICY"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Continue the interrupted run RUN_ID with its own compare and options."),
                                    QStringLiteral("RUN_ID"));
    const QCommandLineOption noFk(QStringLiteral("no-fk-checks"),
                                  tr("Turn foreign key checks off for the run (tables keep the plan's order)."));
    const QCommandLineOption replaceKeyless(
        QStringLiteral("replace-keyless"),
        tr("Tables without a key are not updated in place: replace their whole contents with the source's rows "
           "instead, in one guarded transaction per table, with every old row in the backup point. "
           "--replace-keyless=TABLE,... limits this to those tables (patterns as for --tables)."));
    const QCommandLineOption noBulk(QStringLiteral("no-bulk"),
                                    tr("Write every row the guarded way, also into empty tables (no LOAD DATA LOCAL)."));
    const QCommandLineOption batchRows(QStringLiteral("batch-rows"), tr("Rows per guarded batch (default 1000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption yes(QStringList {QStringLiteral("yes"), QStringLiteral("y")}, tr("Do not ask for confirmation."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOptions({noDelete, conflict, resume, noFk, replaceKeyless, noBulk, batchRows, yes, format});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 0, 2))
        return *early;
    const bool json = parser.value(format) == QLatin1String("json");
    if (parser.value(format) == QLatin1String("sql"))
        return context.fail(tr("sync has no --format sql."), tr("Use --dry-run=FILE for the SQL."));

    SyncRequest request;
    QStringList endpoints;
    SyncProject project;
    if (Status s = shared.read(parser, &request.compare, &endpoints, &project); !s)
        return context.fail(s.error());
    const bool haveProject = parser.isSet(shared.project);
    if (haveProject) {
        request.sync.deletes = project.deletes;
        request.sync.foreignKeyChecks = project.foreignKeyChecks;
        Result<ConflictPolicy> p = ConflictPolicy::parse(project.conflictPolicy);
        if (!p)
            return context.fail(p.error());
        request.sync.policy = *p;
        if (project.semanticJson)
            context.warn(tr("the project compares JSON by value; a sync compares and writes the bytes"));
    }
    if (parser.isSet(conflict)) {
        Result<ConflictPolicy> p = ConflictPolicy::parse(parser.value(conflict));
        if (!p)
            return context.fail(p.error());
        request.sync.policy = *p;
    }
    if (parser.isSet(noDelete))
        request.sync.deletes = false;
    if (parser.isSet(noFk))
        request.sync.foreignKeyChecks = false;
    request.sync.replaceKeyless = parser.isSet(replaceKeyless) || replaceListed;
    if (replaceListed && replaceTables.isEmpty())
        return context.fail(tr("--replace-keyless= names no table."), tr("Give table names or patterns, or --replace-keyless alone for all."));
    request.sync.replaceKeylessTables = replaceTables;
    request.sync.bulk = !parser.isSet(noBulk);
    if (parser.isSet(batchRows)) {
        bool ok = false;
        request.apply.maxBatchRows = parser.value(batchRows).toInt(&ok);
        if (!ok || request.apply.maxBatchRows < 1 || request.apply.maxBatchRows > 100000)
            return context.fail(tr("--batch-rows must be a number from 1 to 100000."));
        request.apply.bulkBatchRows = qMax(request.apply.maxBatchRows, 1);
    }
    request.resumeRunId = parser.value(resume).trimmed();
    if (!request.resumeRunId.isEmpty() && dryRun)
        return context.fail(tr("--dry-run and --resume do not go together."), tr("Resume without --dry-run."));

    // Endpoints: from the command line or the project; a resumed run remembers its own.
    if (!request.resumeRunId.isEmpty()) {
        if (Result<std::unique_ptr<DiffStore>> store = DiffStore::open(SyncJob::diffStorePath(request.resumeRunId)); store) {
            if (endpoints.value(0).isEmpty())
                endpoints[0] = (*store)->meta(QStringLiteral("sync_source")).valueOr(QString());
            if (endpoints.value(1).isEmpty())
                endpoints[1] = (*store)->meta(QStringLiteral("sync_target")).valueOr(QString());
        } else {
            Error e = store.error();
            e.hint = tr("There is no sync run %1 on this machine.").arg(request.resumeRunId);
            return context.fail(e);
        }
    }
    if (endpoints.value(0).isEmpty() || endpoints.value(1).isEmpty())
        return context.fail(tr("sync needs a source and a target."), tr("Give SRC and DST, or --project FILE."));
    bool production = false;
    QString shown[2];
    for (int i = 0; i < 2; ++i) {
        Result<Endpoint> endpoint = Endpoint::parse(endpoints.at(i));
        if (!endpoint)
            return context.fail(endpoint.error());
        Result<ConnectionSettings> s = context.resolve(*endpoint);
        if (!s)
            return context.fail(s.error());
        if (s->database.isEmpty()) {
            return context.fail(i == 0 ? tr("The source \"%1\" names no database.").arg(endpoint->displayText())
                                       : tr("The target \"%1\" names no database.").arg(endpoint->displayText()),
                                tr("Give it as profile/database (prod/shop) or in the URL path "
                                   "(mysql://user@host:3306/shop)."));
        }
        shown[i] = endpoint->displayText();
        if (i == 0) {
            request.source = *s;
            request.sourceText = shown[i];
        } else {
            request.target = *s;
            request.targetText = shown[i];
            if (endpoint->kind == Endpoint::Kind::Profile) {
                if (Result<AppStore*> st = context.store(); st) {
                    if (Result<Profile> p = (*st)->profileByName(endpoint->profile); p)
                        production = p->isProduction();
                }
            }
        }
    }
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    request.appStorePath = (*store)->path();

    QFile scriptFile;
    if (dryRun) {
        const bool toStdout = dryRunFile.isEmpty() || dryRunFile == QLatin1String("-");
        if (toStdout && json)
            return context.fail(tr("--format json and the SQL cannot share standard output."), tr("Use --dry-run=FILE."));
        const bool opened = toStdout ? scriptFile.open(stdout, QIODevice::WriteOnly)
                                     : (scriptFile.setFileName(dryRunFile), scriptFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!opened)
            return context.fail(tr("Cannot write %1: %2").arg(dryRunFile, scriptFile.errorString()));
        request.dryRun = &scriptFile;
    }

    const bool tty = isatty(fileno(stderr)) != 0;
    const bool yesGiven = parser.isSet(yes);
    bool refused = false;
    bool planWarned = false; // the plan's warnings were shown with the question
    QEventLoop loop;
    // The question is asked on this (the main) thread while the job waits on its own.
    request.confirm = [&](const SyncPlanner::Plan& plan) {
        bool ok = false;
        QMetaObject::invokeMethod(
            &loop,
            [&]() {
                QTextStream& err = context.err();
                if (tty) // clear the progress line
                    err << '\r' << QString(100, QLatin1Char(' ')) << '\r';
                for (const QString& w : plan.warnings)
                    context.warn(w);
                planWarned = true;
                if (plan.writes() == 0) {
                    ok = true;
                    return;
                }
                const QString what = tr("%1 inserts, %2 updates and %3 deletes in %4 table(s) of %5")
                                         .arg(number(plan.inserts()), number(plan.updates()), number(plan.deletes()))
                                         .arg(plan.plan.tables.size())
                                         .arg(request.targetText);
                if (production) {
                    context.warn(tr("the target %1 is a production profile.").arg(request.targetText));
                    if (!yesGiven) {
                        context.fail(tr("Syncing into a production target needs --yes (%1).").arg(what),
                                     tr("Check the plan with --dry-run, then run again with --yes."));
                        refused = true;
                        return;
                    }
                }
                if (yesGiven) {
                    ok = true;
                    return;
                }
                if (!isatty(fileno(stdin))) {
                    context.fail(tr("This sync writes %1 and needs a confirmation, but there is no terminal to ask on.").arg(what),
                                 tr("Add --yes to confirm on the command line."));
                    refused = true;
                    return;
                }
                err << tr("Write %1?").arg(what) << ' ' << tr("[y/N]") << ' ' << Qt::flush;
                char line[64] = {};
                if (fgets(line, sizeof line, stdin)) {
                    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
                    ok = answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y");
                }
                if (!ok) {
                    err << tr("Nothing was changed.") << Qt::endl;
                    refused = true;
                }
            },
            Qt::BlockingQueuedConnection);
        return ok;
    };

    SyncJob job(request);
    QTimer ticker;
    bool printedProgress = false;
    if (tty) {
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&]() {
            const JobProgress p = job.progress();
            QString line = tr("%1: %2 rows").arg(p.phase, number(p.rowsDone));
            if (p.rowsTotal > 0)
                line += QStringLiteral(" / ") + number(p.rowsTotal);
            if (p.rowsPerSecond > 0)
                line += tr(", %1 rows/s").arg(number(qint64(p.rowsPerSecond)));
            if (!p.item.isEmpty())
                line += QStringLiteral("  ") + p.item;
            if (CliOptions::displayWidth(line) > 100)
                line = line.left(97) + QStringLiteral("...");
            context.err() << '\r' << line.leftJustified(100) << Qt::flush;
            printedProgress = true;
        });
        ticker.start(250);
        QObject::connect(&job, &Job::logMessage, &loop, [&context, &printedProgress](const QString& line) {
            if (printedProgress)
                context.err() << '\r' << QString(100, QLatin1Char(' ')) << '\r';
            context.err() << line << Qt::endl;
            printedProgress = false;
        }, Qt::QueuedConnection);
    }

    JobRunner runner;
    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(runner.start(&job));
    if (!watcher.isFinished())
        loop.exec();
    ticker.stop();
    QCoreApplication::processEvents();
    if (printedProgress)
        context.err() << '\r' << QString(100, QLatin1Char(' ')) << '\r' << Qt::flush;
    const Status status = watcher.result();
    const SyncReport r = job.report();
    if (request.dryRun)
        scriptFile.close();
    if (refused)
        return ExitError;
    if (!status) {
        Error e = status.error();
        if (!r.backupId.isEmpty() && r.confirmed && e.code != QLatin1String("cancelled"))
            e.hint += (e.hint.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("Continue with: syncstudio-cli sync --resume %1 --yes").arg(r.runId);
        return context.fail(e);
    }
    for (const QString& w : r.warnings) {
        if (!tty && !(planWarned && r.plan.warnings.contains(w))) // shown before the question
            context.warn(w);
    }
    for (const QString& w : r.applied.warnings) {
        if (!tty && !r.warnings.contains(w))
            context.warn(w);
    }

    if (json) {
        QJsonObject o = SyncArguments::compareJson(r.compare, shown[0], shown[1]);
        o.insert(QStringLiteral("run_id"), r.runId);
        o.insert(QStringLiteral("backup_id"), r.backupId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.backupId));
        o.insert(QStringLiteral("dry_run"), r.dryRun);
        o.insert(QStringLiteral("resumed"), r.resumed);
        o.insert(QStringLiteral("policy"), request.sync.policy.text());
        o.insert(QStringLiteral("applied"),
                 QJsonObject {{QStringLiteral("inserted"), r.applied.inserted},
                              {QStringLiteral("updated"), r.applied.updated},
                              {QStringLiteral("deleted"), r.applied.deleted},
                              {QStringLiteral("conflicts"), r.conflicts()},
                              {QStringLiteral("unchanged"), r.applied.unchanged}});
        QJsonArray plan;
        for (const SyncPlanner::TableInfo& t : r.plan.tables) {
            QJsonObject pt {{QStringLiteral("table"), t.name},
                            {QStringLiteral("inserts"), t.inserts},
                            {QStringLiteral("updates"), t.updates},
                            {QStringLiteral("deletes"), t.deletes},
                            {QStringLiteral("kept"), t.kept},
                            {QStringLiteral("conflicts"), t.conflicts},
                            {QStringLiteral("excluded"), t.excluded},
                            {QStringLiteral("bulk"), t.bulk},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(t.notes)}};
            if (!t.skipped.isEmpty())
                pt.insert(QStringLiteral("skipped"), t.skipped);
            if (t.replaced)
                pt.insert(QStringLiteral("replaced"), true);
            plan.append(pt);
        }
        o.insert(QStringLiteral("plan"), plan);
        QStringList warnings = r.warnings;
        for (const QString& w : r.applied.warnings) {
            if (!warnings.contains(w))
                warnings << w;
        }
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        context.out().flush();
    } else if (!r.dryRun || !dryRunFile.isEmpty()) {
        QTextStream& out = context.out();
        out << (r.resumed ? tr("Resumed sync %1 -> %2 (run %3)") : tr("Sync %1 -> %2 (run %3)")).arg(shown[0], shown[1], r.runId)
            << "\n\n";
        SyncArguments::printCompare(out, r.compare);
        out << "\n";
        for (const SyncPlanner::TableInfo& t : r.plan.tables) {
            if (!t.skipped.isEmpty())
                out << tr("%1: not synced: %2").arg(t.name, t.skipped) << "\n";
            else if (t.replaced && !r.dryRun) {
                const BackupInfo::TableCounts c = r.applied.tables.value(t.planIndex);
                out << tr("%1: no key: contents replaced whole (%2 rows removed, %3 written)")
                           .arg(t.name, number(c.deleted), number(c.inserted))
                    << "\n";
            } else if (t.kept > 0 || t.conflicts > 0 || t.excluded > 0)
                out << tr("%1: %2 kept as on the target, %3 held for a decision, %4 left out by choice")
                           .arg(t.name, number(t.kept), number(t.conflicts), number(t.excluded))
                    << "\n";
        }
        if (r.dryRun) {
            out << tr("Dry run: %1 inserts, %2 updates, %3 deletes written as SQL to %4; nothing was changed.")
                       .arg(number(r.applied.inserted), number(r.applied.updated), number(r.applied.deleted), dryRunFile)
                << "\n";
        } else {
            out << tr("Applied: %1 inserted, %2 updated, %3 deleted; %4 conflict(s).")
                       .arg(number(r.applied.inserted), number(r.applied.updated), number(r.applied.deleted),
                            number(r.conflicts()))
                << "\n";
            if (!r.backupId.isEmpty())
                out << tr("Backup point: %1 (undo with: syncstudio-cli rollback %1)").arg(r.backupId) << "\n";
            else
                out << tr("Nothing was written, so no backup point was taken.") << "\n";
            if (r.conflicts() > 0)
                out << tr("Conflicts wait for a decision: syncstudio-cli conflicts list") << "\n";
        }
        out.flush();
    }
    if (r.dryRun)
        return ExitOk;
    if (!r.confirmed)
        return ExitError;
    return r.conflicts() > 0 ? ExitConflicts : ExitOk;
}

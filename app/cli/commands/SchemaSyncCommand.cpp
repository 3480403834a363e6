#include "SchemaSyncCommand.h"

#include "BackupsCommand.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "db/Endpoint.h"
#include "jobs/JobRunner.h"
#include "schema/ObjectFilter.h"
#include "schema/SchemaRollback.h"
#include "schema/SchemaSync.h"
#include "schema/SchemaSyncPlan.h"
#include "store/AppStore.h"
#include "sync/BackupInfo.h"
#include "sync/BackupReader.h"
#include "sync/BackupTarget.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

constexpr int ProgressWidth = 100;

/// Whether an endpoint is a saved profile tagged as production.
bool isProduction(CliContext& context, const Endpoint& endpoint)
{
    if (endpoint.kind != Endpoint::Kind::Profile)
        return false;
    Result<AppStore*> store = context.store();
    if (!store)
        return false;
    Result<Profile> profile = (*store)->profileByName(endpoint.profile);
    return profile && profile->isProduction();
}

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

QString indent(const QString& text, const QString& prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        l.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString SchemaSyncCommand::summary() const
{
    return tr("Bring the target's structure in line with the source's, with a backup point");
}

void SchemaSyncCommand::printPlan(CliContext& context, const QList<SchemaSyncStep>& steps, bool allowDrop)
{
    QTextStream& out = context.out();
    int n = 0;
    for (const SchemaSyncStep& s : steps) {
        ++n;
        const bool runs = SchemaSyncPlan::runs(s, allowDrop);
        out << QStringLiteral("%1. %2[%3] %4 %5: %6")
                   .arg(n)
                   .arg(runs ? QString() : tr("SKIPPED (needs --allow-drop) "),
                       MigrationStep::riskName(s.step.risk), objectTypeName(s.step.objectType),
                       s.step.objectName, s.step.description)
            << "\n";
        for (const QString& w : s.step.warnings)
            out << "     " << tr("warning: %1").arg(w) << "\n";
        if (!s.savedColumns.isEmpty())
            out << "     "
                << tr("saves first: the values of %1, with the rows' keys")
                       .arg(s.savedColumns.join(QStringLiteral(", ")))
                << "\n";
        if (!s.plannedSql.isEmpty())
            out << "     " << tr("instead of: %1").arg(s.plannedSql) << "\n";
        out << indent(s.step.sql, QStringLiteral("     ")) << "\n";
    }
    out.flush();
}

Status SchemaSyncCommand::runJob(Job& job, CliContext& context, bool showProgress)
{
    QTimer ticker;
    bool printed = false;
    if (showProgress) {
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&]() {
            const JobProgress p = job.progress();
            QString line = tr("%1: %2/%3  %4").arg(p.phase).arg(p.itemsDone).arg(p.itemsTotal).arg(p.item);
            if (CliOptions::displayWidth(line) > ProgressWidth)
                line = line.left(ProgressWidth - 3) + QStringLiteral("...");
            context.err() << '\r' << line.leftJustified(ProgressWidth) << Qt::flush;
            printed = true;
        });
        ticker.start(250);
        // Log lines come from the worker thread: printed on this one (queued).
        QObject::connect(
            &job, &Job::logMessage, &job,
            [&context, &printed](const QString& line) {
                context.err() << '\r' << QString(ProgressWidth, QLatin1Char(' ')) << '\r' << line << Qt::endl;
                printed = false;
            },
            Qt::QueuedConnection);
    }
    JobRunner runner;
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(runner.start(&job));
    if (!watcher.isFinished())
        loop.exec();
    ticker.stop();
    QCoreApplication::processEvents();
    if (printed)
        context.err() << '\r' << QString(ProgressWidth, QLatin1Char(' ')) << '\r' << Qt::flush;
    return watcher.result();
}

int SchemaSyncCommand::run(const QStringList& arguments, CliContext& context)
{
    // --dry-run takes an optional value, which QCommandLineParser cannot express.
    QStringList args;
    bool dryRun = false;
    QString dryRunFile;
    for (const QString& a : arguments) {
        if (a == QLatin1String("--dry-run") || a == QLatin1String("-dry-run")) {
            dryRun = true;
        } else if (a.startsWith(QLatin1String("--dry-run=")) || a.startsWith(QLatin1String("-dry-run="))) {
            dryRun = true;
            dryRunFile = a.section(QLatin1Char('='), 1);
        } else {
            args << a;
        }
    }

    QCommandLineParser parser;
    CliOptions::prepare(parser, name(),
        tr("Bring the target database's structure in line with the source's. The plan is printed "
           "and confirmed first; a backup point of the old definitions (and of the values of dropped "
           "or narrowed columns) is taken before anything changes; a dropped table is moved into the "
           "database _syncstudio_quarantine, not dropped. Exit code 0: the target matches the "
           "source; 1: destructive statements were skipped (add --allow-drop); 2: error. Undo with "
           "syncstudio-cli rollback BACKUP_ID."));
    parser.addPositionalArgument(
        QStringLiteral("SRC"), tr("Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE."));
    parser.addPositionalArgument(
        QStringLiteral("DST"), tr("Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        tr("--dry-run[=FILE]: change nothing; write the exact SQL, with each statement's "
           "risk as a comment, to FILE or to standard output."));
    const QCommandLineOption allowDrop(QStringLiteral("allow-drop"),
        tr("Run destructive statements too (dropping tables, columns, views, routines; "
           "narrowing types). Without it they are skipped and listed."));
    const QCommandLineOption yes(
        QStringList {QStringLiteral("yes"), QStringLiteral("y")}, tr("Do not ask for confirmation."));
    const QCommandLineOption format = CliOptions::formatOption();
    const QCommandLineOption tables(QStringLiteral("tables"),
        tr("Only objects matching these globs (comma-separated; a pattern with a dot "
           "matches database.name)."),
        QStringLiteral("GLOB,..."));
    const QCommandLineOption exclude(
        QStringLiteral("exclude"), tr("Leave out objects matching these globs."), QStringLiteral("GLOB,..."));
    const QCommandLineOption ignore(QStringLiteral("ignore"),
        tr("Attributes not to compare: auto-increment, comments, column-order, "
           "table-options, collations (comma-separated)."),
        QStringLiteral("WHAT,..."));
    const QCommandLineOption map(QStringLiteral("map"), tr("Renamed tables: SOURCE_TABLE=TARGET_TABLE,..."),
        QStringLiteral("A=B,..."));
    parser.addOptions({dryRunOption, allowDrop, yes, format, tables, exclude, ignore, map});
    if (std::optional<int> early = CliOptions::parse(parser, args, context, 2, 2))
        return *early;
    const bool json = parser.value(format) == QLatin1String("json");
    if (parser.value(format) == QLatin1String("sql"))
        return context.fail(tr("schema-sync has no --format sql."), tr("Use --dry-run to get the SQL."));

    SchemaSync::Options options;
    if (Status s = options.diff.setIgnored(parser.values(ignore).join(QLatin1Char(','))); !s)
        return context.fail(s.error());
    if (Status s = options.diff.addTableMappings(parser.values(map).join(QLatin1Char(','))); !s)
        return context.fail(s.error());
    options.diff.include = ObjectFilter::splitPatterns(parser.values(tables).join(QLatin1Char(',')));
    options.diff.exclude = ObjectFilter::splitPatterns(parser.values(exclude).join(QLatin1Char(',')));
    options.allowDrop = parser.isSet(allowDrop);

    ConnectionSettings settings[2];
    Endpoint endpoints[2];
    for (int i = 0; i < 2; ++i) {
        Result<Endpoint> endpoint = Endpoint::parse(parser.positionalArguments().at(i));
        if (!endpoint)
            return context.fail(endpoint.error());
        Result<ConnectionSettings> s = context.resolve(*endpoint);
        if (!s)
            return context.fail(s.error());
        if (s->database.isEmpty()) {
            return context.fail(i == 0
                    ? tr("The source \"%1\" names no database.").arg(endpoint->displayText())
                    : tr("The target \"%1\" names no database.").arg(endpoint->displayText()),
                tr("Name the database: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE."));
        }
        settings[i] = *s;
        endpoints[i] = *endpoint;
    }
    options.sourceLabel = endpoints[0].displayText();
    options.targetLabel = endpoints[1].displayText();
    if (!dryRun) {
        Result<AppStore*> store = context.store();
        if (!store)
            return context.fail(store.error());
        options.storePath = (*store)->path();
    }
    const bool production = isProduction(context, endpoints[1]);

    SchemaSync job(settings[0], settings[1], options);
    if (Status s = job.prepare(); !s)
        return context.fail(s.error());
    const QList<SchemaSyncStep> steps = job.steps();
    int runnable = 0;
    for (const SchemaSyncStep& s : steps)
        runnable += SchemaSyncPlan::runs(s, options.allowDrop) ? 1 : 0;
    const int skipped = int(steps.size()) - runnable;

    if (dryRun) {
        // A dry run has no backup point to name quarantined tables after: they get the time instead.
        const QString suffix = QStringLiteral("manual-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString sql = job.script(suffix);
        QList<SchemaSyncStep> shown = steps;
        for (SchemaSyncStep& s : shown) {
            s.step.sql.replace(SchemaSyncPlan::backupIdPlaceholder(), suffix);
            s.step.description.replace(SchemaSyncPlan::backupIdPlaceholder(), suffix);
            s.state = SchemaSyncPlan::runs(s, options.allowDrop) ? SchemaSyncStep::State::Pending
                                                                 : SchemaSyncStep::State::Skipped;
        }
        const bool toStdout = dryRunFile.isEmpty() || dryRunFile == QLatin1String("-");
        if (!toStdout) {
            QFile file(dryRunFile);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(sql.toUtf8()) < 0) {
                return context.fail(tr("Cannot write %1: %2").arg(dryRunFile, file.errorString()),
                    tr("Give a writable path: --dry-run=FILE."));
            }
        }
        if (json) {
            QJsonObject o {{QStringLiteral("plan"), SchemaSyncPlan::toJson(shown)},
                {QStringLiteral("applied"), 0}, {QStringLiteral("skipped_destructive"), skipped},
                {QStringLiteral("backup_id"), QJsonValue()}, {QStringLiteral("dry_run"), true}};
            if (toStdout)
                o.insert(QStringLiteral("sql"), sql);
            else
                o.insert(QStringLiteral("sql_file"), dryRunFile);
            context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else if (toStdout) {
            context.out() << sql;
        } else {
            printPlan(context, shown, options.allowDrop);
            context.out() << tr("Dry run: nothing was changed. The SQL is in %1.").arg(dryRunFile) << "\n";
        }
        context.out().flush();
        if (skipped > 0)
            context.warn(
                tr("%n destructive statement(s) would be skipped without --allow-drop.", nullptr, skipped));
        return ExitOk;
    }

    if (steps.isEmpty()) {
        if (json) {
            context.out() << QJsonDocument(
                QJsonObject {{QStringLiteral("plan"), QJsonArray()}, {QStringLiteral("applied"), 0},
                    {QStringLiteral("skipped_destructive"), 0}, {QStringLiteral("backup_id"), QJsonValue()}})
                                 .toJson(QJsonDocument::Indented);
        } else {
            context.out() << tr("Nothing to do: the structures match.") << "\n";
        }
        context.out().flush();
        return ExitOk;
    }
    if (!json) {
        context.out()
            << tr("Schema sync plan: %1 -> %2").arg(endpoints[0].displayText(), endpoints[1].displayText())
            << "\n";
        printPlan(context, steps, options.allowDrop);
    }
    if (skipped > 0)
        context.warn(tr(
            "%n destructive statement(s) will be skipped; add --allow-drop to run them.", nullptr, skipped));

    if (runnable > 0) {
        const QString target = endpoints[1].displayText();
        if (production) {
            context.warn(
                tr("!!! %1 is a PRODUCTION target (profile tagged prod). %n statement(s) will change its "
                   "structure; tables may be rebuilt and locked while they run.",
                    nullptr, runnable)
                    .arg(target));
        }
        if (production && !parser.isSet(yes)) {
            // Stronger than y/N: the database's name must be typed.
            if (!isatty(fileno(stdin)))
                return context.fail(
                    tr("This changes a production database and needs a confirmation, but there is no "
                       "terminal to ask on."),
                    tr("Add --yes to confirm on the command line."));
            context.out().flush();
            context.err() << tr("Type the name of the database (%1) to apply the plan to production:")
                                 .arg(settings[1].database)
                          << ' ' << Qt::flush;
            char line[512] = {};
            if (!fgets(line, sizeof line, stdin)
                || QString::fromLocal8Bit(line).trimmed() != settings[1].database) {
                context.err() << tr("Nothing was changed.") << Qt::endl;
                return ExitError;
            }
        } else {
            const QString question
                = tr("Apply %n statement(s) to %1? A backup point is taken first.", nullptr, runnable)
                      .arg(target);
            if (std::optional<int> stop = BackupsCommand::confirm(context, question, parser.isSet(yes)))
                return *stop;
        }
    }

    const bool tty = !json && isatty(fileno(stderr)) != 0;
    const Status status = runJob(job, context, tty);
    const SchemaSync::Report report = job.report();
    if (json) {
        QJsonObject o {{QStringLiteral("plan"), SchemaSyncPlan::toJson(report.steps)},
            {QStringLiteral("applied"), report.applied},
            {QStringLiteral("skipped_destructive"), report.skippedDestructive},
            {QStringLiteral("backup_id"), idOrNull(report.backupId)}};
        if (report.notRun > 0)
            o.insert(QStringLiteral("not_run"), report.notRun);
        if (report.cancelled)
            o.insert(QStringLiteral("cancelled"), true);
        if (!status)
            o.insert(QStringLiteral("error"), status.error().toString());
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        QTextStream& out = context.out();
        out << "\n"
            << tr("Applied %n statement(s)", nullptr, report.applied)
            << (report.skippedDestructive > 0
                       ? tr("; skipped %n destructive one(s)", nullptr, report.skippedDestructive)
                       : QString())
            << (report.notRun > 0 ? tr("; %n not run", nullptr, report.notRun) : QString()) << ".\n";
        if (!report.backupId.isEmpty())
            out << tr("Backup point: %1 (undo with: syncstudio-cli rollback %1 --yes)").arg(report.backupId)
                << "\n";
    }
    context.out().flush();
    if (!status)
        return context.fail(status.error());
    return report.skippedDestructive > 0 ? ExitDifferences : ExitOk;
}

int SchemaSyncCommand::rollback(
    const BackupInfo& info, CliContext& context, bool yes, bool json, const QString& target)
{
    Result<Endpoint> endpoint = BackupTarget::endpoint(info, target);
    if (!endpoint)
        return context.fail(endpoint.error());
    Result<ConnectionSettings> settings = context.resolve(*endpoint);
    if (!settings)
        return context.fail(settings.error());
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());

    if (isProduction(context, *endpoint))
        context.warn(tr("!!! %1 is a PRODUCTION target (profile tagged prod).").arg(endpoint->displayText()));
    const QString question
        = tr("Roll back schema backup point %1 on %2 (definitions, quarantined tables and saved "
             "column values)?")
              .arg(info.id, endpoint->displayText());
    if (std::optional<int> stop = BackupsCommand::confirm(context, question, yes))
        return *stop;

    SchemaRollback::Options options;
    options.storePath = (*store)->path();
    SchemaRollback job(*settings, info.id, options);
    const Status status = runJob(job, context, !json && isatty(fileno(stderr)) != 0);
    const SchemaRollback::Report r = job.report();
    if (!status) {
        if (json) {
            context.out() << QJsonDocument(QJsonObject {{QStringLiteral("backup_id"), info.id},
                                               {QStringLiteral("kind"), QStringLiteral("schema")},
                                               {QStringLiteral("statements"), r.statements},
                                               {QStringLiteral("error"), status.error().toString()}})
                                 .toJson(QJsonDocument::Indented);
            context.out().flush();
        }
        Error e = status.error();
        if (e.code != QLatin1String("already-rolled-back") && e.hint.isEmpty())
            e.hint
                = tr("Fix the cause and run the rollback again: it continues from where the target is now.");
        return context.fail(e);
    }
    QJsonArray movedJson;
    for (int i = 0; i < r.toQuarantine.size(); ++i)
        movedJson.append(QJsonObject {{QStringLiteral("table"), r.toQuarantine.at(i)},
            {QStringLiteral("quarantine_name"), r.quarantineNames.value(i)}});
    const int exitCode = !r.differences.isEmpty()
        ? ExitError
        : (r.valuesDiffering > 0 || r.valuesMissing > 0 ? ExitConflicts : ExitOk);
    if (json) {
        context.out() << QJsonDocument(
            QJsonObject {
                {QStringLiteral("backup_id"), r.backupId},
                {QStringLiteral("kind"), QStringLiteral("schema")},
                {QStringLiteral("statements"), r.statements},
                {QStringLiteral("from_quarantine"), QJsonArray::fromStringList(r.fromQuarantine)},
                {QStringLiteral("to_quarantine"), movedJson},
                {QStringLiteral("values"),
                    QJsonObject {{QStringLiteral("saved"), r.valuesSaved},
                        {QStringLiteral("written"), r.valuesWritten},
                        {QStringLiteral("missing"), r.valuesMissing},
                        {QStringLiteral("changed_since"), r.valuesDiffering}}},
                {QStringLiteral("objects_checked"), r.objectsChecked},
                {QStringLiteral("differences"), QJsonArray::fromStringList(r.differences)},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
            })
                             .toJson(QJsonDocument::Indented);
        context.out().flush();
        return exitCode;
    }
    QTextStream& out = context.out();
    out << tr("Rolled back schema backup point %1: %n statement(s).", nullptr, r.statements).arg(r.backupId)
        << "\n";
    if (!r.fromQuarantine.isEmpty())
        out << "  " << tr("tables back from quarantine: %1").arg(r.fromQuarantine.join(QStringLiteral(", ")))
            << "\n";
    for (int i = 0; i < r.toQuarantine.size(); ++i)
        out << "  "
            << tr("table %1, which the sync created, is now %2.%3")
                   .arg(r.toQuarantine.at(i), r.quarantineDatabase, r.quarantineNames.value(i))
            << "\n";
    if (r.valuesSaved > 0)
        out << "  "
            << tr("saved column values: %1 row(s) written back, %2 gone, %3 changed since the sync and left "
                  "alone")
                   .arg(r.valuesWritten)
                   .arg(r.valuesMissing)
                   .arg(r.valuesDiffering)
            << "\n";
    out << "  "
        << (r.differences.isEmpty()
                   ? tr(
                       "verified: %n object(s) print as they did before the sync.", nullptr, r.objectsChecked)
                   : tr("verification FAILED for: %1").arg(r.differences.join(QStringLiteral(", "))))
        << "\n";
    for (const QString& w : r.warnings)
        out << "  " << tr("note: %1").arg(w) << "\n";
    out.flush();
    return exitCode;
}

int SchemaSyncCommand::showBackup(
    const BackupInfo& info, const QString& folder, CliContext& context, bool json)
{
    // Intact: schema.json matches the catalog's digest and every file of saved values its own.
    Result<SchemaBackup> backup = SchemaBackup::load(folder, info.digest);
    std::optional<Error> damage;
    if (!backup) {
        damage = backup.error();
    } else {
        for (const SchemaBackup::SavedColumns& c : backup->columns) {
            for (const auto& [file, digest, rows] : {std::tuple(c.beforeFile, c.beforeDigest, c.beforeRows),
                     std::tuple(c.afterFile, c.afterDigest, c.afterRows)}) {
                if (rows < 0 || damage)
                    continue;
                Result<std::unique_ptr<BackupReader>> reader
                    = BackupReader::open(QDir(folder).filePath(file));
                Status s = reader ? (*reader)->scan(true, digest.toLatin1()) : Status(reader.error());
                if (!s)
                    damage = s.error();
            }
        }
    }
    int applied = 0, skipped = 0, failed = 0;
    if (backup) {
        for (const SchemaSyncStep& s : backup->steps) {
            applied += s.state == SchemaSyncStep::State::Applied ? 1 : 0;
            skipped += s.state == SchemaSyncStep::State::Skipped ? 1 : 0;
            failed += s.state == SchemaSyncStep::State::Failed ? 1 : 0;
        }
    }
    if (json) {
        QJsonObject o = info.toJson();
        QJsonObject f {{QStringLiteral("path"),
                           QDir::toNativeSeparators(QDir(folder).filePath(SchemaBackup::fileName()))},
            {QStringLiteral("intact"), !damage}};
        if (damage)
            f.insert(QStringLiteral("error"), damage->message);
        o.insert(QStringLiteral("file"), f);
        if (backup) {
            QJsonArray objects, quarantined;
            for (const SchemaBackup::SavedObject& s : backup->objects)
                objects.append(QJsonObject {{QStringLiteral("type"), objectTypeName(s.type)},
                    {QStringLiteral("name"), s.name}, {QStringLiteral("existed"), s.existed}});
            for (const SchemaBackup::Quarantined& q : backup->quarantined)
                quarantined.append(QJsonObject {{QStringLiteral("table"), q.table},
                    {QStringLiteral("quarantine_name"), q.quarantineName}});
            o.insert(QStringLiteral("schema"),
                QJsonObject {{QStringLiteral("database"), backup->database},
                    {QStringLiteral("objects"), objects}, {QStringLiteral("quarantined"), quarantined},
                    {QStringLiteral("statements_applied"), applied},
                    {QStringLiteral("statements_skipped"), skipped},
                    {QStringLiteral("statements_failed"), failed}});
        }
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        context.out().flush();
        return damage ? ExitError : ExitOk;
    }
    auto time = [](const QDateTime& t) {
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                           : QStringLiteral("-");
    };
    QList<QStringList> rows {
        {tr("Id"), info.id},
        {tr("Kind"), info.kind},
        {tr("State"), BackupInfo::stateName(info.state)},
        {tr("Created"), time(info.created)},
        {tr("Finished"), time(info.finished)},
        {tr("Source"), info.source.isEmpty() ? QStringLiteral("-") : info.source},
        {tr("Target"), info.target.isEmpty() ? QStringLiteral("-") : info.target},
        {tr("Folder"), QDir::toNativeSeparators(folder)},
        {tr("Digest"), info.digest.isEmpty() ? QStringLiteral("-") : info.digest},
        {tr("Check"), damage ? damage->message : tr("intact")},
    };
    if (backup)
        rows.append({tr("Statements"),
            tr("%1 applied, %2 skipped, %3 failed").arg(applied).arg(skipped).arg(failed)});
    if (!info.message.isEmpty())
        rows.append({tr("Note"), info.message});
    CliOptions::printTable(context.out(), {}, rows);
    if (backup && !backup->objects.isEmpty()) {
        context.out() << "\n";
        QList<QStringList> objects;
        for (const SchemaBackup::SavedObject& s : backup->objects) {
            QString what = s.existed ? tr("definition saved") : tr("created by the sync");
            for (const SchemaBackup::Quarantined& q : backup->quarantined) {
                if (s.type == ObjectType::Table && q.table == s.name)
                    what = tr("moved to %1.%2").arg(backup->quarantineDatabase, q.quarantineName);
            }
            QStringList values;
            for (const SchemaBackup::SavedColumns& c : backup->columns) {
                if (c.table == s.name && s.type == ObjectType::Table && c.beforeRows >= 0)
                    values << tr("%1 (%2, %n row(s))", nullptr, int(c.beforeRows))
                                  .arg(c.columns.join(QStringLiteral(", ")),
                                      SchemaBackup::SavedColumns::reasonName(c.reason));
            }
            if (!values.isEmpty())
                what += QStringLiteral("; ") + tr("values of %1").arg(values.join(QStringLiteral("; ")));
            objects.append({objectTypeName(s.type), s.name, what});
        }
        CliOptions::printTable(context.out(), {tr("TYPE"), tr("NAME"), tr("SAVED")}, objects);
    }
    return damage ? ExitError : ExitOk;
}

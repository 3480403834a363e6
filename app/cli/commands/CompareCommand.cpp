#include "CompareCommand.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "compare/CompareJob.h"
#include "compare/DiffStore.h"
#include "db/Endpoint.h"
#include "jobs/JobRunner.h"
#include "store/SyncProject.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

/// Splits repeated, comma-separated option values into one list.
QStringList listValues(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    QStringList out;
    for (const QString& v : parser.values(option)) {
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

/// A value as a DBA reads it: numbers bare, text quoted, bytes that are not UTF-8 text in hex.
QString showValue(const Value& v, const QString& literal)
{
    if (!v)
        return QStringLiteral("NULL");
    const QByteArray& b = *v;
    if (literal == QLatin1String("numeric"))
        return QString::fromLatin1(b);
    bool printable = literal != QLatin1String("binary") && QUtf8StringView(b).isValidUtf8();
    for (char c : b)
        printable = printable && (static_cast<unsigned char>(c) >= 0x20 || c == '\t');
    if (printable) {
        QString text = QString::fromUtf8(b);
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    }
    QString hex = QStringLiteral("0x") + QString::fromLatin1(b.left(30).toHex().toUpper());
    if (b.size() > 30)
        hex += QStringLiteral("...");
    return hex;
}

QString formatSeconds(double s)
{
    if (s < 0)
        return QStringLiteral("?");
    const qint64 t = qint64(s + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(t / 3600)
        .arg((t / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(t % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString CompareCommand::summary() const
{
    return tr("Compare the rows of two databases (exit 0 identical, 1 differences, 2 error)");
}

int CompareCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("compare"),
                        tr("Compare the rows of two databases on the servers, without locking the source."));
    parser.addPositionalArgument(QStringLiteral("SRC"), tr("Source: profile/database or mysql://user@host:port/database."));
    parser.addPositionalArgument(QStringLiteral("DST"), tr("Target: profile/database or mysql://user@host:port/database."));
    const QCommandLineOption tables(QStringLiteral("tables"),
                                    tr("Only these tables: globs, comma-separated; a pattern with a dot matches db.table."),
                                    QStringLiteral("GLOB,..."));
    const QCommandLineOption exclude(QStringLiteral("exclude"), tr("Leave out these tables (globs, as --tables)."),
                                     QStringLiteral("GLOB,..."));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 "
                                    "(repeatable)."),
                                 QStringLiteral("DB.TABLE=COL,..."));
    const QCommandLineOption where(QStringLiteral("where"), tr("Compare only rows matching this SQL condition, on both sides."),
                                   QStringLiteral("SQL"));
    const QCommandLineOption ignore(QStringLiteral("ignore-columns"),
                                    tr("Leave these columns out: db.table.column, table.column or *.column, comma-separated."),
                                    QStringLiteral("COLUMNS"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), tr("Tables compared at once (default 1)."),
                                      QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption maxLoad(QStringLiteral("max-load"),
                                     tr("Pause between chunks while a GLOBAL STATUS variable is above a limit, "
                                        "e.g. Threads_running=25."),
                                     QStringLiteral("VAR=N"));
    const QCommandLineOption chunkTime(QStringLiteral("chunk-time"),
                                       tr("Server time per checksum round trip, in seconds (default 0.5)."),
                                       QStringLiteral("SECONDS"), QStringLiteral("0.5"));
    const QCommandLineOption jsonSemantic(QStringLiteral("json-semantic"),
                                          tr("Compare JSON columns by value, not by text."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Log what the compare does (chunks, mode changes, pauses) to stderr."));
    const QCommandLineOption format = CliOptions::formatOption();
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("Read endpoints, filters, keys and options from a saved sync project; the "
                                        "command line overrides them."),
                                     QStringLiteral("FILE"));
    parser.addOptions({tables, exclude, key, where, ignore, parallel, maxLoad, chunkTime, jsonSemantic, verbose, format, project});
    // With a project the endpoints may come from it.
    const bool hasProject = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& a) {
        return a == QLatin1String("--project") || a.startsWith(QLatin1String("--project="));
    });
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, hasProject ? 0 : 2, 2))
        return *early;
    const bool json = parser.value(format) == QLatin1String("json");
    if (parser.value(format) == QLatin1String("sql"))
        return context.fail(tr("compare has no --format sql."), tr("Use text or json."));

    CompareOptions options;
    options.tables = listValues(parser, tables);
    options.exclude = listValues(parser, exclude);
    for (const QString& spec : parser.values(key)) {
        if (Status s = options.addKey(spec); !s)
            return context.fail(s.error());
    }
    options.where = parser.value(where).trimmed();
    options.ignoreColumns = listValues(parser, ignore);
    bool ok = false;
    options.parallel = parser.value(parallel).toInt(&ok);
    if (!ok || options.parallel < 1 || options.parallel > 64)
        return context.fail(tr("--parallel must be a number from 1 to 64."));
    if (parser.isSet(maxLoad)) {
        if (Status s = options.setMaxLoad(parser.value(maxLoad)); !s)
            return context.fail(s.error());
    }
    options.chunkSeconds = parser.value(chunkTime).toDouble(&ok);
    if (!ok || options.chunkSeconds < 0.01 || options.chunkSeconds > 60)
        return context.fail(tr("--chunk-time must be a number of seconds from 0.01 to 60."));
    options.jsonSemantic = parser.isSet(jsonSemantic);

    QStringList positional = parser.positionalArguments();
    if (parser.isSet(project)) {
        // The project's values where the command line gives none.
        Result<SyncProject> p = SyncProject::load(parser.value(project));
        if (!p)
            return context.fail(p.error());
        if (!p->tableMapping.isEmpty())
            return context.fail(tr("The project maps tables to other names, which the row compare does not support yet."),
                                tr("Remove \"table_mapping\" from the project."));
        if (!parser.isSet(tables))
            options.tables = p->tables;
        if (!parser.isSet(exclude))
            options.exclude = p->exclude;
        for (auto it = p->keys.cbegin(); it != p->keys.cend(); ++it) {
            if (!options.keys.contains(it.key()))
                options.keys.insert(it.key(), it.value());
        }
        if (!parser.isSet(where))
            options.where = p->where;
        if (!parser.isSet(ignore))
            options.ignoreColumns = p->ignoreColumns;
        if (!parser.isSet(parallel))
            options.parallel = qBound(1, p->parallel, 64);
        if (!parser.isSet(maxLoad) && !p->maxLoad.isEmpty()) {
            if (Status s = options.setMaxLoad(p->maxLoad); !s)
                return context.fail(s.error());
        }
        if (!parser.isSet(jsonSemantic))
            options.jsonSemantic = p->semanticJson;
        positional = {positional.value(0, p->source), positional.value(1, p->target)};
    }
    ConnectionSettings settings[2];
    QString shown[2];
    for (int i = 0; i < 2; ++i) {
        Result<Endpoint> endpoint = Endpoint::parse(positional.at(i));
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
        settings[i] = *s;
        shown[i] = endpoint->displayText();
    }

    CompareJob job(settings[0], settings[1], options);
    // Progress on a terminal only: scripts reading stderr get clean error lines.
    const bool tty = isatty(fileno(stderr)) != 0;
    QTimer ticker;
    bool printedProgress = false;
    if (tty) {
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&]() {
            const JobProgress p = job.progress();
            QString line = tr("%1: %2/%3 tables, %4 rows").arg(p.phase).arg(p.itemsDone).arg(p.itemsTotal).arg(number(p.rowsDone));
            if (p.rowsPerSecond > 0)
                line += tr(", %1 rows/s").arg(number(qint64(p.rowsPerSecond)));
            if (p.etaSeconds >= 0)
                line += tr(", ETA %1").arg(formatSeconds(p.etaSeconds));
            if (!p.item.isEmpty())
                line += QStringLiteral("  ") + p.item;
            if (CliOptions::displayWidth(line) > 100)
                line = line.left(97) + QStringLiteral("...");
            context.err() << '\r' << line.leftJustified(100) << Qt::flush;
            printedProgress = true;
        });
        ticker.start(250);
    }
    const bool showLog = tty || parser.isSet(verbose);
    QObject::connect(&job, &Job::logMessage, &job, [&context, showLog, &printedProgress](const QString& line) {
        // Log lines come from worker threads and QTextStream is not thread-safe: they are printed
        // on the main thread (queued connection).
        if (showLog) {
            if (printedProgress)
                context.err() << '\r' << QString(100, QLatin1Char(' ')) << '\r';
            context.err() << line << Qt::endl;
            printedProgress = false;
        }
    }, Qt::QueuedConnection);

    JobRunner runner;
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(runner.start(&job));
    if (!watcher.isFinished())
        loop.exec();
    ticker.stop();
    QCoreApplication::processEvents();
    if (printedProgress)
        context.err() << '\r' << QString(100, QLatin1Char(' ')) << '\r' << Qt::flush;
    const Status status = watcher.result();
    const CompareSummary summary = job.summary();
    if (!status && status.error().code != QLatin1String("cancelled"))
        return context.fail(status.error());
    for (const QString& w : summary.warnings)
        context.warn(w);

    if (json) {
        printJson(context, summary, shown[0], shown[1]);
    } else {
        Result<std::unique_ptr<DiffStore>> store = DiffStore::open(summary.diffStorePath);
        printText(context, summary, store ? store->get() : nullptr);
    }
    if (!status)
        return context.fail(status.error());
    for (const DiffTableInfo& t : summary.tables) {
        if (t.status == QLatin1String("error"))
            context.err() << tr("error: %1: %2").arg(t.name, t.reason) << Qt::endl;
    }
    if (summary.erroredTables() > 0)
        return ExitError;
    return summary.identical() ? ExitOk : ExitDifferences;
}

void CompareCommand::printJson(CliContext& context, const CompareSummary& summary, const QString& source,
                               const QString& target) const
{
    QJsonArray tables;
    for (const DiffTableInfo& t : summary.tables) {
        tables.append(QJsonObject {
            {QStringLiteral("table"), t.name},
            {QStringLiteral("status"), t.status},
            {QStringLiteral("key"), QJsonArray::fromStringList(t.keyColumns)},
            {QStringLiteral("source_rows"), t.sourceRows},
            {QStringLiteral("target_rows"), t.targetRows},
            {QStringLiteral("only_in_source"), t.onlyInSource},
            {QStringLiteral("only_in_target"), t.onlyInTarget},
            {QStringLiteral("different"), t.different},
            {QStringLiteral("reason"), t.reason},
        });
    }
    const QJsonObject totals {
        {QStringLiteral("tables"), int(summary.tables.size())},
        {QStringLiteral("different_tables"), summary.differentTables()},
        {QStringLiteral("only_in_source"), summary.onlyInSource()},
        {QStringLiteral("only_in_target"), summary.onlyInTarget()},
        {QStringLiteral("different"), summary.different()},
        {QStringLiteral("seconds"), qRound(summary.seconds * 1000) / 1000.0},
    };
    const QJsonObject out {
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("summary"), totals},
        {QStringLiteral("run_id"), summary.runId},
        {QStringLiteral("diff_store"), summary.diffStorePath},
    };
    context.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    context.out().flush();
}

void CompareCommand::printText(CliContext& context, const CompareSummary& summary, DiffStore* store) const
{
    QTextStream& out = context.out();
    out << tr("Compared %1 -> %2").arg(summary.source, summary.target) << "\n\n";
    if (summary.tables.isEmpty()) {
        out << tr("No tables compared.") << Qt::endl;
        return;
    }
    const QStringList header {tr("TABLE"), tr("STATUS"), tr("KEY"), tr("SOURCE ROWS"), tr("TARGET ROWS"),
                              tr("ONLY IN SOURCE"), tr("ONLY IN TARGET"), tr("DIFFERENT")};
    QList<QStringList> rows;
    for (const DiffTableInfo& t : summary.tables) {
        rows.append({t.name, DiffStore::statusWord(t.status), t.keyColumns.isEmpty() ? QStringLiteral("-") : t.keyColumns.join(QLatin1Char(',')),
                     number(t.sourceRows), number(t.targetRows), number(t.onlyInSource), number(t.onlyInTarget),
                     number(t.different)});
    }
    CliOptions::printTable(out, header, rows);
    out << "\n"
        << tr("%1 tables, %2 differ: %3 rows only in the source, %4 only in the target, %5 different (%6 s).")
               .arg(summary.tables.size())
               .arg(summary.differentTables())
               .arg(number(summary.onlyInSource()), number(summary.onlyInTarget()), number(summary.different()))
               .arg(summary.seconds, 0, 'f', 1)
        << "\n";

    for (const DiffTableInfo& t : summary.tables) {
        if (!t.reason.isEmpty() && t.status != QLatin1String("error"))
            out << "\n" << tr("%1: %2").arg(t.name, t.reason) << "\n";
        const qint64 differences = t.onlyInSource + t.onlyInTarget + t.different;
        if (!store || differences == 0 || t.id == 0)
            continue;
        Result<QList<DiffRow>> examples = store->rows(t.id, {}, 20);
        if (!examples || examples->isEmpty())
            continue;
        out << "\n"
            << (differences > examples->size()
                    ? tr("%1: first %2 of %3 differing rows, by key:").arg(t.name).arg(examples->size()).arg(number(differences))
                    : tr("%1: differing rows, by key:").arg(t.name))
            << "\n";
        QList<QStringList> lines;
        for (const DiffRow& r : *examples) {
            QStringList key;
            if (t.keyColumns.isEmpty()) {
                key.append(tr("row hash %1").arg(QString::fromLatin1(r.key.value(0).value_or(QByteArray()))));
            } else {
                for (int k = 0; k < t.keyColumns.size(); ++k) {
                    QString literal;
                    for (const DiffColumn& c : t.columns) {
                        if (c.name == t.keyColumns.at(k))
                            literal = c.literal;
                    }
                    key.append(t.keyColumns.at(k) + QLatin1Char('=') + showValue(r.key.value(k), literal));
                }
            }
            QString kind;
            switch (r.kind) {
            case DiffRow::Kind::OnlyInSource:
                kind = tr("only in source");
                break;
            case DiffRow::Kind::OnlyInTarget:
                kind = tr("only in target");
                break;
            case DiffRow::Kind::Different: {
                QStringList names;
                for (int c : r.diffColumns)
                    names.append(t.columns.value(c).name);
                kind = tr("different: %1").arg(names.join(QStringLiteral(", ")));
                break;
            }
            }
            lines.append({QStringLiteral(" "), key.join(QStringLiteral(", ")), kind});
        }
        CliOptions::printTable(out, {}, lines);
    }
    out << "\n" << tr("Details: %1 (run %2)").arg(summary.diffStorePath, summary.runId) << Qt::endl;
}

#include "VerifyCommand.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "SyncArguments.h"
#include "compare/CompareJob.h"
#include "db/Endpoint.h"
#include "jobs/JobRunner.h"
#include "sync/SyncJob.h"
#include "sync/VerifyJob.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString VerifyCommand::summary() const
{
    return tr("Check that a sync left both sides equal (exit 0 identical, 1 differences, 2 error)");
}

int VerifyCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("verify"),
                        tr("Run the checksum compare again over the tables a sync run wrote (--run) or the tables "
                           "the filters select, and report whether they are identical now."));
    parser.addPositionalArgument(QStringLiteral("SRC"), tr("Source (optional with --run: the run's own)."));
    parser.addPositionalArgument(QStringLiteral("DST"), tr("Target (optional with --run: the run's own)."));
    const SyncArguments shared;
    shared.addTo(parser);
    const QCommandLineOption runOption(QStringLiteral("run"), tr("Verify the tables this sync run wrote, with its filters."),
                                       QStringLiteral("RUN_ID"));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOptions({runOption, format});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 0, 2))
        return *early;
    const bool json = parser.value(format) == QLatin1String("json");

    CompareOptions options;
    QStringList endpoints;
    if (Status s = shared.read(parser, &options, &endpoints); !s)
        return context.fail(s.error());
    VerifyScope scope;
    scope.options = options;
    if (parser.isSet(runOption)) {
        const QString runId = parser.value(runOption).trimmed();
        Result<VerifyScope> ofRun = VerifyJob::scopeOfRun(runId, options);
        if (!ofRun)
            return context.fail(ofRun.error());
        scope = *ofRun;
        if (endpoints.value(0).isEmpty())
            endpoints[0] = scope.source;
        if (endpoints.value(1).isEmpty())
            endpoints[1] = scope.target;
        if (scope.nothingWritten) {
            if (json)
                context.out() << QJsonDocument(QJsonObject {{QStringLiteral("run_id"), runId},
                                                            {QStringLiteral("verified"), true},
                                                            {QStringLiteral("tables"), QJsonArray()}})
                                     .toJson(QJsonDocument::Indented);
            else
                context.out() << tr("Run %1 wrote no table: nothing to verify.").arg(runId) << Qt::endl;
            return ExitOk;
        }
    }
    if (endpoints.value(0).isEmpty() || endpoints.value(1).isEmpty())
        return context.fail(tr("verify needs a source and a target."), tr("Give SRC and DST, --run RUN_ID or --project FILE."));

    ConnectionSettings settings[2];
    QString shown[2];
    for (int i = 0; i < 2; ++i) {
        Result<Endpoint> endpoint = Endpoint::parse(endpoints.at(i));
        if (!endpoint)
            return context.fail(endpoint.error());
        Result<ConnectionSettings> s = context.resolve(*endpoint);
        if (!s)
            return context.fail(s.error());
        if (s->database.isEmpty())
            return context.fail(tr("The endpoint \"%1\" names no database.").arg(endpoint->displayText()));
        settings[i] = *s;
        shown[i] = endpoint->displayText();
    }
    VerifyJob job(settings[0], settings[1], scope);
    const Status status = JobRunner::runBlocking(job);
    const CompareSummary summary = job.summary();
    if (!status)
        return context.fail(status.error());
    for (const QString& w : summary.warnings)
        context.warn(w);
    // Rows the user unticked before the sync are expected to differ still.
    const bool identical = job.passed();
    qint64 leftOut = 0;
    for (const VerifyJob::TableResult& r : job.results())
        leftOut += r.outcome == VerifyJob::TableResult::Outcome::OnlyLeftOut ? r.leftOut : 0;
    if (json) {
        QJsonObject o = SyncArguments::compareJson(summary, shown[0], shown[1]);
        o.insert(QStringLiteral("verified"), identical);
        if (parser.isSet(runOption))
            o.insert(QStringLiteral("sync_run_id"), parser.value(runOption));
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        context.out().flush();
    } else {
        QTextStream& out = context.out();
        out << tr("Verified %1 -> %2").arg(shown[0], shown[1]) << "\n\n";
        SyncArguments::printCompare(out, summary);
        out << "\n"
            << (!identical      ? tr("Differences remain in %n table(s).", nullptr, summary.differentTables())
                    : leftOut > 0 ? tr("Identical except %n row(s) left out of the sync by choice.", nullptr, int(leftOut))
                                  : tr("Identical: every verified table has the same rows on both sides."))
            << Qt::endl;
    }
    for (const DiffTableInfo& t : summary.tables) {
        if (t.status == QLatin1String("error"))
            context.err() << tr("error: %1: %2").arg(t.name, t.reason) << Qt::endl;
    }
    if (summary.erroredTables() > 0)
        return ExitError;
    return identical ? ExitOk : ExitDifferences;
}

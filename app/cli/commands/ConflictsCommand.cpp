#include "ConflictsCommand.h"

#include "BackupsCommand.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "db/Endpoint.h"
#include "store/AppStore.h"
#include "sync/ConflictResolver.h"
#include "sync/ConflictStore.h"
#include "sync/SyncSql.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// A value as a DBA reads it: the SQL literal, shortened.
QString shown(const SyncTable& t, int column, const std::optional<Row>& row)
{
    if (!row)
        return QStringLiteral("-");
    QString text = QString::fromUtf8(SyncSql::literal(t, column, row->value(column)));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

} // namespace

QString ConflictsCommand::summary() const
{
    return tr("List, show and resolve the rows syncs left for a decision");
}

void ConflictsCommand::printUsage(CliContext& context) const
{
    context.out() << tr("Usage:") << "\n"
                  << "  syncstudio-cli conflicts list [--state open|resolved|all] [--run RUN_ID] [--format json]\n"
                  << "  syncstudio-cli conflicts show ID [--format json]\n"
                  << "  syncstudio-cli conflicts resolve ID --take source|target\n"
                  << "  syncstudio-cli conflicts resolve ID --set col=value[,col=value]\n\n"
                  << tr("Taking the source's row or setting values writes to the target, guarded like a sync and "
                        "recorded in a backup point; taking the target's row only closes the conflict.")
                  << Qt::endl;
}

int ConflictsCommand::run(const QStringList& arguments, CliContext& context)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        printUsage(context);
        return arguments.isEmpty() ? ExitError : ExitOk;
    }
    const QString action = arguments.first();
    if (action == QLatin1String("list"))
        return list(arguments.mid(1), context);
    if (action == QLatin1String("show"))
        return show(arguments.mid(1), context);
    if (action == QLatin1String("resolve"))
        return resolve(arguments.mid(1), context);
    return context.fail(tr("Unknown conflicts action \"%1\".").arg(action), tr("Use list, show or resolve."));
}

int ConflictsCommand::list(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("conflicts list"), tr("The conflict queue, oldest first."));
    const QCommandLineOption state(QStringLiteral("state"), tr("open (default), resolved or all."), QStringLiteral("STATE"),
                                   QStringLiteral("open"));
    const QCommandLineOption run(QStringLiteral("run"), tr("Only the conflicts of this sync run."), QStringLiteral("RUN_ID"));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOptions({state, run, format});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 0, 0))
        return *early;
    std::optional<StoredConflict::State> filter;
    if (parser.value(state) != QLatin1String("all")) {
        filter = StoredConflict::parseState(parser.value(state));
        if (!filter)
            return context.fail(tr("--state must be open, resolved or all."));
    }
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    ConflictStore conflicts(**store);
    Result<QList<StoredConflict>> all = conflicts.list(filter, parser.value(run));
    if (!all)
        return context.fail(all.error());
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const StoredConflict& c : *all) {
            QJsonObject o = c.toJson();
            // The list stays light: images are in `show`.
            o.remove(QStringLiteral("source_image"));
            o.remove(QStringLiteral("target_image"));
            o.remove(QStringLiteral("base_image"));
            array.append(o);
        }
        context.out() << QJsonDocument(QJsonObject {{QStringLiteral("conflicts"), array}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (all->isEmpty()) {
        context.out() << (filter == StoredConflict::State::Open ? tr("No open conflicts.") : tr("No conflicts.")) << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const StoredConflict& c : *all) {
        rows.append({QString::number(c.id), StoredConflict::stateName(c.state), c.displayTable(), c.keyText,
                     RowChange::kindName(c.change), c.diffColumns.join(QStringLiteral(", ")), c.reasonText,
                     c.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    CliOptions::printTable(context.out(),
                           {tr("ID"), tr("STATE"), tr("TABLE"), tr("KEY"), tr("CHANGE"), tr("DIFFERING"), tr("WHY"), tr("SINCE")},
                           rows);
    context.out().flush();
    return ExitOk;
}

int ConflictsCommand::show(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("conflicts show"), tr("One conflict with the source's, the target's and the compared row."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The conflict's id."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOption(format);
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return context.fail(tr("\"%1\" is not a conflict id.").arg(parser.positionalArguments().first()));
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<StoredConflict> c = ConflictStore(**store).get(id);
    if (!c)
        return context.fail(c.error());
    if (parser.value(format) == QLatin1String("json")) {
        context.out() << QJsonDocument(c->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << tr("Conflict %1 (%2) in %3, key %4").arg(c->id).arg(StoredConflict::stateName(c->state), c->displayTable(), c->keyText)
        << "\n"
        << tr("  sync run %1 from %2 to %3").arg(c->runId, c->source, c->target) << "\n"
        << tr("  the sync would have done: %1; why it did not: %2").arg(RowChange::kindName(c->change), c->reasonText) << "\n";
    if (c->state == StoredConflict::State::Resolved)
        out << tr("  resolved: %1 %2").arg(c->resolution, c->resolutionBackupId) << "\n";
    out << "\n";
    QList<QStringList> rows;
    const SyncTable& t = c->syncTable;
    for (int i = 0; i < t.columns.size(); ++i) {
        if (!t.columns.at(i).compared)
            continue;
        const bool differs = c->diffColumns.contains(t.columns.at(i).name);
        rows.append({differs ? QStringLiteral("*") : QStringLiteral(" "), t.columns.at(i).name, shown(t, i, c->sourceImage),
                     shown(t, i, c->targetImage), shown(t, i, c->baseImage)});
    }
    CliOptions::printTable(out, {QString(), tr("COLUMN"), tr("SOURCE"), tr("TARGET NOW"), tr("TARGET AT COMPARE")}, rows);
    out << "\n"
        << tr("Resolve with: syncstudio-cli conflicts resolve %1 --take source|target, or --set col=value").arg(c->id)
        << Qt::endl;
    return ExitOk;
}

int ConflictsCommand::resolve(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("conflicts resolve"),
                        tr("Settle a conflict: take the source's row (written guarded, backed up), keep the target's "
                           "(nothing written), or set column values over the source's row."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The conflict's id."));
    const QCommandLineOption take(QStringLiteral("take"), tr("source or target."), QStringLiteral("SIDE"));
    const QCommandLineOption set(QStringLiteral("set"), tr("col=value[,col=value]: NULL for NULL, 'text' quoted, 0x.. bytes."),
                                 QStringLiteral("ASSIGNMENTS"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          tr("Connect to ENDPOINT instead of the target recorded with the conflict."),
                                          QStringLiteral("ENDPOINT"));
    const QCommandLineOption yes(QStringList {QStringLiteral("yes"), QStringLiteral("y")}, tr("Do not ask for confirmation."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOptions({take, set, targetOption, yes, format});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return context.fail(tr("\"%1\" is not a conflict id.").arg(parser.positionalArguments().first()));
    if (parser.isSet(take) == parser.isSet(set))
        return context.fail(tr("Give either --take source|target or --set col=value."));
    ConflictResolver::Decision decision;
    decision.id = id;
    if (parser.isSet(take)) {
        const QString side = parser.value(take);
        if (side == QLatin1String("source"))
            decision.take = ConflictResolver::Decision::Take::Source;
        else if (side == QLatin1String("target"))
            decision.take = ConflictResolver::Decision::Take::Target;
        else
            return context.fail(tr("--take must be source or target."));
    } else {
        decision.take = ConflictResolver::Decision::Take::Set;
        Result<QList<QPair<QString, Value>>> values = ConflictResolver::parseAssignments(parser.value(set));
        if (!values)
            return context.fail(values.error());
        decision.values = *values;
    }

    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<StoredConflict> c = ConflictStore(**store).get(id);
    if (!c)
        return context.fail(c.error());
    if (c->state != StoredConflict::State::Open)
        return context.fail(tr("Conflict %1 is already resolved (%2).").arg(id).arg(c->resolution));
    ConnectionSettings settings;
    if (decision.take != ConflictResolver::Decision::Take::Target) {
        const QString targetText = parser.isSet(targetOption) ? parser.value(targetOption) : c->target;
        Result<Endpoint> endpoint = Endpoint::parse(targetText);
        if (!endpoint)
            return context.fail(endpoint.error());
        Result<ConnectionSettings> s = context.resolve(*endpoint);
        if (!s)
            return context.fail(s.error());
        settings = *s;
        if (std::optional<int> stop = BackupsCommand::confirm(
                context, tr("Write the %1 row of conflict %2 to %3 (%4, key %5)?")
                             .arg(decision.take == ConflictResolver::Decision::Take::Source ? tr("source's") : tr("edited"))
                             .arg(id)
                             .arg(endpoint->displayText(), c->displayTable(), c->keyText),
                parser.isSet(yes)))
            return *stop;
    }
    Applier::Options options;
    options.log = [&context](const QString& line) { context.warn(line); };
    ConflictResolver resolver(**store, settings, options);
    Result<ConflictResolver::Outcome> outcome = resolver.resolve({decision});
    if (!outcome)
        return context.fail(outcome.error());
    const bool again = !outcome->changedAgain.isEmpty();
    if (parser.value(format) == QLatin1String("json")) {
        context.out() << QJsonDocument(QJsonObject {{QStringLiteral("id"), id},
                                                    {QStringLiteral("resolved"), !again},
                                                    {QStringLiteral("backup_id"), outcome->backupId.isEmpty()
                                                                                      ? QJsonValue(QJsonValue::Null)
                                                                                      : QJsonValue(outcome->backupId)},
                                                    {QStringLiteral("changed_again"), again}})
                             .toJson(QJsonDocument::Indented);
    } else if (again) {
        context.out() << tr("The row changed on the target again, so nothing was written; conflict %1 stays open with "
                            "the row as it is now (syncstudio-cli conflicts show %1).")
                             .arg(id)
                      << Qt::endl;
    } else {
        context.out() << tr("Conflict %1 resolved.").arg(id);
        if (!outcome->backupId.isEmpty())
            context.out() << ' ' << tr("Backup point: %1 (undo with: syncstudio-cli rollback %1)").arg(outcome->backupId);
        context.out() << Qt::endl;
    }
    return again ? ExitConflicts : ExitOk;
}

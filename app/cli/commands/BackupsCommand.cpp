#include "BackupsCommand.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "SchemaSyncCommand.h"
#include "store/AppStore.h"
#include "sync/BackupCatalog.h"
#include "sync/BackupScript.h"
#include "sync/Rollback.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QString countsText(const BackupInfo& b)
{
    return QStringLiteral("+%1 ~%2 -%3").arg(b.inserted).arg(b.updated).arg(b.deleted);
}

} // namespace

QString BackupsCommand::summary() const
{
    return tr("List, show, export or delete the backup points taken before syncs");
}

void BackupsCommand::printUsage(CliContext& context) const
{
    context.out() << tr("Usage:") << "\n"
                  << "  syncstudio-cli backups list [--format text|json]\n"
                     "  syncstudio-cli backups show ID [--format text|json]\n"
                     "  syncstudio-cli backups export ID [--output FILE]\n"
                     "  syncstudio-cli backups delete ID|--expired [--yes]\n\n"
                  << tr("ID may be shortened to any prefix that names one backup point. Roll one back with "
                        "syncstudio-cli rollback ID.")
                  << Qt::endl;
}

std::optional<int> BackupsCommand::confirm(CliContext& context, const QString& question, bool yes)
{
    if (yes)
        return std::nullopt;
    if (!isatty(fileno(stdin))) {
        return context.fail(tr("This changes data and needs a confirmation, but there is no terminal to ask on."),
                            tr("Add --yes to confirm on the command line."));
    }
    context.out().flush();
    context.err() << question << ' ' << tr("[y/N]") << ' ' << Qt::flush;
    char line[64] = {};
    if (!fgets(line, sizeof line, stdin))
        return int(ExitError);
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y"))
        return std::nullopt;
    context.err() << tr("Nothing was changed.") << Qt::endl;
    return int(ExitError);
}

int BackupsCommand::run(const QStringList& arguments, CliContext& context)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        printUsage(context);
        return arguments.isEmpty() ? ExitError : ExitOk;
    }
    const QString action = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("list"))
        return list(rest, context);
    if (action == QLatin1String("show"))
        return show(rest, context);
    if (action == QLatin1String("export"))
        return exportScript(rest, context);
    if (action == QLatin1String("delete"))
        return remove(rest, context);
    return context.fail(tr("Unknown backups action \"%1\".").arg(action), tr("Use list, show, export or delete."));
}

int BackupsCommand::list(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("backups list"), tr("List the backup points, newest first."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOption(format);
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 0, 0))
        return *early;
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    BackupCatalog catalog(**store);
    Result<QList<BackupInfo>> all = catalog.list();
    if (!all)
        return context.fail(all.error());
    Result<QList<BackupInfo>> expired = catalog.expired();
    QSet<QString> old;
    for (const BackupInfo& b : expired.valueOr({}))
        old.insert(b.id);

    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const BackupInfo& b : *all) {
            QJsonObject o = b.toJson();
            o.insert(QStringLiteral("expired"), old.contains(b.id));
            array.append(o);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (all->isEmpty()) {
        context.out() << tr("No backup points yet: a sync or rollback takes one before it writes.") << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const BackupInfo& b : *all) {
        QString state = BackupInfo::stateName(b.state);
        if (old.contains(b.id))
            state += tr(" (expired)");
        rows.append({b.id, localTime(b.created), b.kind, state, b.target, QString::number(b.tables.size()),
                     countsText(b), QString::number(b.conflicts), sizeText(b.sizeBytes)});
    }
    CliOptions::printTable(context.out(),
                           {tr("ID"), tr("CREATED"), tr("KIND"), tr("STATE"), tr("TARGET"), tr("TABLES"),
                            tr("ROWS +ins ~upd -del"), tr("CONFLICTS"), tr("SIZE")},
                           rows);
    if (!old.isEmpty()) {
        context.out() << "\n"
                      << tr("%n backup point(s) are older than the retention of %1 days; delete them with "
                            "syncstudio-cli backups delete --expired.",
                            nullptr, int(old.size()))
                             .arg(catalog.retentionDays())
                      << Qt::endl;
    }
    return ExitOk;
}

int BackupsCommand::show(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("backups show"), tr("Show one backup point and check its file."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The backup point's id or a unique prefix of it."));
    const QCommandLineOption format = CliOptions::formatOption();
    parser.addOption(format);
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    BackupCatalog catalog(**store);
    Result<BackupInfo> info = catalog.get(parser.positionalArguments().first());
    if (!info)
        return context.fail(info.error());
    if (info->kind == QLatin1String("schema")) // definitions, not rows: see SchemaBackup
        return SchemaSyncCommand::showBackup(*info, catalog.folderOf(info->id), context, parser.value(format) == QLatin1String("json"));
    // Reading the whole file is the only way to say it is intact.
    Result<std::unique_ptr<BackupReader>> reader = Rollback::openChecked(catalog, *info);
    const QString file = catalog.fileOf(info->id);

    if (parser.value(format) == QLatin1String("json")) {
        QJsonObject o = info->toJson();
        QJsonObject f {{QStringLiteral("path"), QDir::toNativeSeparators(file)}, {QStringLiteral("intact"), bool(reader)}};
        if (!reader)
            f.insert(QStringLiteral("error"), reader.error().message);
        o.insert(QStringLiteral("file"), f);
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return reader ? ExitOk : ExitError;
    }
    QList<QStringList> rows {
        {tr("Id"), info->id},
        {tr("Kind"), info->parentId.isEmpty() ? info->kind : tr("%1 of %2").arg(info->kind, info->parentId)},
        {tr("State"), BackupInfo::stateName(info->state)},
        {tr("Created"), localTime(info->created)},
        {tr("Finished"), localTime(info->finished)},
        {tr("Source"), info->source.isEmpty() ? QStringLiteral("-") : info->source},
        {tr("Target"), info->target.isEmpty() ? QStringLiteral("-") : info->target},
        {tr("Rows"), tr("%1 inserted, %2 updated, %3 deleted").arg(info->inserted).arg(info->updated).arg(info->deleted)},
        {tr("Conflicts"), QString::number(info->conflicts)},
        {tr("File"), QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(file), sizeText(info->sizeBytes))},
        {tr("Digest"), info->digest.isEmpty() ? QStringLiteral("-") : info->digest},
        {tr("Check"), reader ? tr("intact") : reader.error().message},
    };
    if (!info->message.isEmpty())
        rows.append({tr("Note"), info->message});
    CliOptions::printTable(context.out(), {}, rows);
    if (!info->tables.isEmpty()) {
        context.out() << "\n";
        QList<QStringList> tables;
        for (const BackupInfo::TableCounts& t : info->tables) {
            tables.append({t.table, QString::number(t.inserted), QString::number(t.updated), QString::number(t.deleted),
                           QString::number(t.conflicts)});
        }
        CliOptions::printTable(context.out(), {tr("TABLE"), tr("INSERTED"), tr("UPDATED"), tr("DELETED"), tr("CONFLICTS")},
                               tables);
    }
    return reader ? ExitOk : ExitError;
}

int BackupsCommand::exportScript(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("backups export"),
                        tr("Write the SQL a rollback of a backup point would run, with the guard images as comments."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The backup point's id or a unique prefix of it."));
    const QCommandLineOption output(QStringList {QStringLiteral("output"), QStringLiteral("o")},
                                    tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOption(output);
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 1, 1))
        return *early;
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    BackupCatalog catalog(**store);
    Result<BackupInfo> info = catalog.get(parser.positionalArguments().first());
    if (!info)
        return context.fail(info.error());
    if (info->kind == QLatin1String("schema"))
        return context.fail(tr("Backup point %1 holds definitions, not rows: there is no row script to export.").arg(info->id),
                            tr("See what it saved with syncstudio-cli backups show %1.").arg(info->id));
    Result<std::unique_ptr<BackupReader>> reader = Rollback::openChecked(catalog, *info);
    if (!reader)
        return context.fail(reader.error());

    if (parser.isSet(output)) {
        // Written whole or not at all: a half script is worse than none.
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(tr("Cannot write %1: %2.").arg(parser.value(output), file.errorString()));
        if (Status s = BackupScript::write(**reader, file); !s)
            return context.fail(s.error());
        if (!file.commit())
            return context.fail(tr("Cannot write %1: %2.").arg(parser.value(output), file.errorString()));
        context.err() << tr("Wrote the rollback script of %1 to %2.").arg(info->id, parser.value(output)) << Qt::endl;
        return ExitOk;
    }
    context.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(tr("Cannot write to standard output."));
    if (Status s = BackupScript::write(**reader, out); !s)
        return context.fail(s.error());
    out.flush();
    return ExitOk;
}

int BackupsCommand::remove(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, QStringLiteral("backups delete"), tr("Delete backup points and their files."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The backup point's id or a unique prefix of it."));
    const QCommandLineOption expired(QStringLiteral("expired"), tr("Delete every backup point older than the retention setting."));
    const QCommandLineOption yes(QStringList {QStringLiteral("yes"), QStringLiteral("y")}, tr("Do not ask for confirmation."));
    parser.addOptions({expired, yes});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 0, 1))
        return *early;
    if (parser.isSet(expired) == !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give either a backup point id or --expired."), tr("Add --help to see the usage."));
    Result<AppStore*> store = context.store();
    if (!store)
        return context.fail(store.error());
    BackupCatalog catalog(**store);

    QList<BackupInfo> victims;
    if (parser.isSet(expired)) {
        Result<QList<BackupInfo>> old = catalog.expired();
        if (!old)
            return context.fail(old.error());
        victims = *old;
        if (victims.isEmpty()) {
            context.out() << tr("No backup point is older than %n day(s).", nullptr, catalog.retentionDays()) << Qt::endl;
            return ExitOk;
        }
    } else {
        Result<BackupInfo> info = catalog.get(parser.positionalArguments().first());
        if (!info)
            return context.fail(info.error());
        victims = {*info};
    }
    QString question = victims.size() == 1
        ? tr("Delete backup point %1 (%2, %3 rows)? It can no longer be rolled back afterwards.")
              .arg(victims.first().id, localTime(victims.first().created))
              .arg(victims.first().rows())
        : tr("Delete %n backup points? They can no longer be rolled back afterwards.", nullptr, int(victims.size()));
    if (victims.size() == 1 && victims.first().state == BackupInfo::State::Partial)
        question += QLatin1Char(' ') + tr("Its run did not finish, so it could still be resumed or rolled back.");
    if (std::optional<int> stop = confirm(context, question, parser.isSet(yes)))
        return *stop;
    for (const BackupInfo& b : victims) {
        if (Status s = catalog.remove(b.id); !s)
            return context.fail(s.error());
        context.out() << tr("Deleted backup point %1.").arg(b.id) << Qt::endl;
    }
    return ExitOk;
}

#include "SchemaDiffCommand.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "db/Connection.h"
#include "db/Endpoint.h"
#include "schema/MigrationPlanner.h"
#include "schema/ObjectFilter.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaReader.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace {

struct Side
{
    Endpoint endpoint;
    ConnectionSettings settings;
    std::unique_ptr<Connection> connection;
    DatabaseSchema schema;
};

} // namespace

QString SchemaDiffCommand::summary() const
{
    return tr("Compare the structure of two databases (tables, views, triggers, routines, events)");
}

int SchemaDiffCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliOptions::prepare(parser, name(),
                        tr("Compare two databases' structures. Exit code 0: identical, 1: different, 2: error."));
    parser.addPositionalArgument(QStringLiteral("SRC"), tr("Source: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE."));
    parser.addPositionalArgument(QStringLiteral("DST"), tr("Target: PROFILE/DATABASE or mysql://USER@HOST:PORT/DATABASE."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: text (default), json, or sql (the migration script that "
                                       "brings the target in line, each statement labelled with its risk)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption tables(QStringLiteral("tables"),
                                    tr("Compare only objects matching these globs (comma-separated; a pattern "
                                       "with a dot matches database.name)."),
                                    QStringLiteral("GLOB,..."));
    const QCommandLineOption exclude(QStringLiteral("exclude"), tr("Leave out objects matching these globs."),
                                     QStringLiteral("GLOB,..."));
    const QCommandLineOption ignore(QStringLiteral("ignore"),
                                    tr("Attributes not to compare: auto-increment, comments, column-order, "
                                       "table-options, collations (comma-separated)."),
                                    QStringLiteral("WHAT,..."));
    const QCommandLineOption map(QStringLiteral("map"), tr("Renamed tables: SOURCE_TABLE=TARGET_TABLE,..."),
                                 QStringLiteral("A=B,..."));
    parser.addOptions({format, tables, exclude, ignore, map});
    if (std::optional<int> early = CliOptions::parse(parser, arguments, context, 2, 2))
        return *early;

    SchemaDiffOptions options;
    if (Status s = options.setIgnored(parser.values(ignore).join(QLatin1Char(','))); !s)
        return context.fail(s.error());
    if (Status s = options.addTableMappings(parser.values(map).join(QLatin1Char(','))); !s)
        return context.fail(s.error());
    options.include = ObjectFilter::splitPatterns(parser.values(tables).join(QLatin1Char(',')));
    options.exclude = ObjectFilter::splitPatterns(parser.values(exclude).join(QLatin1Char(',')));

    const QString outputFormat = parser.value(format);

    Side sides[2];
    const QString roles[2] = {tr("source"), tr("target")};
    for (int i = 0; i < 2; ++i) {
        const QString text = parser.positionalArguments().at(i);
        Result<Endpoint> endpoint = Endpoint::parse(text);
        if (!endpoint)
            return context.fail(endpoint.error());
        Result<ConnectionSettings> settings = context.resolve(*endpoint);
        if (!settings)
            return context.fail(settings.error());
        if (settings->database.isEmpty()) {
            return context.fail(tr("The %1 endpoint \"%2\" names no database.").arg(roles[i], endpoint->displayText()),
                                tr("Name the database to compare: PROFILE/DATABASE or "
                                   "mysql://USER@HOST:PORT/DATABASE."));
        }
        sides[i].endpoint = *endpoint;
        sides[i].settings = *settings;
    }
    for (Side& side : sides) {
        Result<std::unique_ptr<Connection>> connection = Connection::open(side.settings);
        if (!connection)
            return context.fail(connection.error());
        side.connection = std::move(connection.value());
        Result<DatabaseSchema> schema = SchemaReader::read(*side.connection, side.settings.database);
        if (!schema)
            return context.fail(schema.error());
        side.schema = std::move(schema.value());
    }

    const SchemaDiffResult result = SchemaDiff::compare(sides[0].schema, sides[1].schema, options);
    if (outputFormat == QLatin1String("json")) {
        context.out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    } else if (outputFormat == QLatin1String("sql")) {
        // The script that would bring the target in line; schema-sync applies the same plan.
        const MigrationPlan plan = MigrationPlanner::plan(sides[0].schema, sides[1].schema, result, options);
        context.out() << plan.toSql();
        if (plan.hasDestructiveSteps())
            context.warn(tr("the script has destructive steps (marked [destructive]): review them before running it."));
    } else
        printText(context, result, sides[0].endpoint.displayText(), sides[1].endpoint.displayText());
    context.out().flush();
    return result.identical() ? ExitOk : ExitDifferences;
}

void SchemaDiffCommand::printText(CliContext& context, const SchemaDiffResult& result, const QString& source,
                                  const QString& target) const
{
    QTextStream& out = context.out();
    out << tr("Schema diff: %1 -> %2").arg(source, target) << "\n";
    const QString headings[] = {tr("Tables"), tr("Views"), tr("Triggers"), tr("Procedures"), tr("Functions"), tr("Events")};
    int shownType = -1;
    for (const ObjectDiff& o : result.objects) {
        if (o.status == ObjectDiff::Status::Identical)
            continue;
        const int type = objectTypeOrder(o.type);
        if (type != shownType) {
            out << "\n" << headings[type] << "\n";
            shownType = type;
        }
        QString marker, status;
        switch (o.status) {
        case ObjectDiff::Status::OnlyInSource:
            marker = QStringLiteral("+");
            status = tr("only in source");
            break;
        case ObjectDiff::Status::OnlyInTarget:
            marker = QStringLiteral("-");
            status = tr("only in target");
            break;
        case ObjectDiff::Status::Different:
            marker = QStringLiteral("~");
            status = tr("different");
            break;
        case ObjectDiff::Status::Identical:
            break;
        }
        QString label = o.sourceName.isEmpty() ? o.targetName : o.sourceName;
        if (!o.sourceName.isEmpty() && !o.targetName.isEmpty() && o.sourceName != o.targetName)
            label = QStringLiteral("%1 -> %2").arg(o.sourceName, o.targetName);
        out << "  " << marker << " " << label << "  (" << status << ")\n";
        for (const QString& change : o.changes)
            out << "      " << change << "\n";
    }
    out << "\n";
    const int identical = result.count(ObjectDiff::Status::Identical);
    if (result.identical()) {
        out << tr("The schemas are identical (%n object(s) compared).", nullptr, identical) << "\n";
        return;
    }
    out << tr("%1 only in source, %2 only in target, %3 different, %4 identical.")
               .arg(result.count(ObjectDiff::Status::OnlyInSource))
               .arg(result.count(ObjectDiff::Status::OnlyInTarget))
               .arg(result.count(ObjectDiff::Status::Different))
               .arg(identical)
        << "\n";
}

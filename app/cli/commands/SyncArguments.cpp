#include "SyncArguments.h"

#include "CliOptions.h"
#include "compare/CompareJob.h"
#include "store/SyncProject.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

SyncArguments::SyncArguments()
    : tables(QStringLiteral("tables"), tr("Only these tables: globs, comma-separated; a pattern with a dot matches db.table."),
             QStringLiteral("GLOB,..."))
    , exclude(QStringLiteral("exclude"), tr("Leave out these tables (globs, as --tables)."), QStringLiteral("GLOB,..."))
    , key(QStringLiteral("key"), tr("Row key for a table without a primary or unique key, e.g. shop.t=c1,c2 (repeatable)."),
          QStringLiteral("DB.TABLE=COL,..."))
    , where(QStringLiteral("where"), tr("Only rows matching this SQL condition, on both sides."), QStringLiteral("SQL"))
    , ignore(QStringLiteral("ignore-columns"),
             tr("Leave these columns out: db.table.column, table.column or *.column, comma-separated."),
             QStringLiteral("COLUMNS"))
    , parallel(QStringLiteral("parallel"), tr("Tables compared at once (default 1, or the project's)."), QStringLiteral("N"))
    , project(QStringLiteral("project"), tr("Read endpoints, filters, keys and options from a saved sync project."),
              QStringLiteral("FILE"))
{
}

void SyncArguments::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({tables, exclude, key, where, ignore, parallel, project});
}

QStringList SyncArguments::listValues(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    QStringList out;
    for (const QString& v : parser.values(option)) {
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

Status SyncArguments::read(const QCommandLineParser& parser, CompareOptions* options, QStringList* endpoints,
                           SyncProject* loaded) const
{
    *options = CompareOptions();
    endpoints->clear();
    SyncProject p;
    const bool haveProject = parser.isSet(project);
    if (haveProject) {
        Result<SyncProject> r = SyncProject::load(parser.value(project));
        if (!r)
            return r.error();
        p = *r;
        options->tables = p.tables;
        options->exclude = p.exclude;
        for (auto it = p.keys.cbegin(); it != p.keys.cend(); ++it)
            options->keys.insert(it.key(), it.value());
        options->ignoreColumns = p.ignoreColumns;
        options->where = p.where;
        options->parallel = qMax(1, p.parallel);
        if (!p.maxLoad.isEmpty()) {
            if (Status s = options->setMaxLoad(p.maxLoad); !s)
                return s;
        }
        if (!p.tableMapping.isEmpty()) {
            return Error::make(tr("The project maps tables to other names, which row compares and syncs do not support yet."),
                               tr("Remove \"table_mapping\" from the project, or compare the tables by hand."));
        }
        if (loaded)
            *loaded = p;
    }
    if (parser.isSet(tables))
        options->tables = listValues(parser, tables);
    if (parser.isSet(exclude))
        options->exclude = listValues(parser, exclude);
    for (const QString& spec : parser.values(key)) {
        if (Status s = options->addKey(spec); !s)
            return s;
    }
    if (parser.isSet(where))
        options->where = parser.value(where).trimmed();
    if (parser.isSet(ignore))
        options->ignoreColumns = listValues(parser, ignore);
    if (parser.isSet(parallel)) {
        bool ok = false;
        options->parallel = parser.value(parallel).toInt(&ok);
        if (!ok || options->parallel < 1 || options->parallel > 64)
            return Error::make(tr("--parallel must be a number from 1 to 64."));
    }
    const QStringList positional = parser.positionalArguments();
    *endpoints = {positional.value(0, haveProject ? p.source : QString()),
                  positional.value(1, haveProject ? p.target : QString())};
    return {};
}

QJsonObject SyncArguments::compareJson(const CompareSummary& summary, const QString& source, const QString& target)
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
    return QJsonObject {
        {QStringLiteral("source"), source},
        {QStringLiteral("target"), target},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("summary"), totals},
        {QStringLiteral("run_id"), summary.runId},
        {QStringLiteral("diff_store"), summary.diffStorePath},
    };
}

void SyncArguments::printCompare(QTextStream& out, const CompareSummary& summary)
{
    auto number = [](qint64 n) { return QLocale::c().toString(n); };
    if (summary.tables.isEmpty()) {
        out << tr("No tables compared.") << "\n";
        return;
    }
    QList<QStringList> rows;
    for (const DiffTableInfo& t : summary.tables) {
        rows.append({t.name, DiffStore::statusWord(t.status), t.keyColumns.isEmpty() ? QStringLiteral("-") : t.keyColumns.join(QLatin1Char(',')),
                     number(t.sourceRows), number(t.targetRows), number(t.onlyInSource), number(t.onlyInTarget),
                     number(t.different)});
    }
    CliOptions::printTable(out,
                           {tr("TABLE"), tr("STATUS"), tr("KEY"), tr("SOURCE ROWS"), tr("TARGET ROWS"), tr("ONLY IN SOURCE"),
                            tr("ONLY IN TARGET"), tr("DIFFERENT")},
                           rows);
}

#pragma once

#include "Result.h"
#include "compare/CompareOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

struct CompareSummary;
struct SyncProject;
class QJsonObject;
class QTextStream;

/// The options sync, verify and compare share: which tables (--tables, --exclude), keys, --where,
/// ignored columns, --parallel and a saved project (--project FILE, whose values the command line
/// overrides). Also the compare report both sync and verify print.
class SyncArguments
{
    Q_DECLARE_TR_FUNCTIONS(SyncArguments)

public:
    SyncArguments();

    /// Adds the shared options to a verb's parser.
    void addTo(QCommandLineParser& parser) const;
    /// Reads the project (if any) and the options into `options`; `endpoints` gets SRC and DST from
    /// the positional arguments, else from the project (either may stay empty). `project` receives
    /// the loaded project, if one was given.
    Status read(const QCommandLineParser& parser, CompareOptions* options, QStringList* endpoints,
                SyncProject* project = nullptr) const;

    /// Splits repeated, comma-separated values into one list.
    static QStringList listValues(const QCommandLineParser& parser, const QCommandLineOption& option);

    /// The compare part of the JSON contract (DESIGN.md): source, target, tables, summary, run_id.
    static QJsonObject compareJson(const CompareSummary& summary, const QString& source, const QString& target);
    /// The compare as a readable table of counts.
    static void printCompare(QTextStream& out, const CompareSummary& summary);

    const QCommandLineOption tables;
    const QCommandLineOption exclude;
    const QCommandLineOption key;
    const QCommandLineOption where;
    const QCommandLineOption ignore;
    const QCommandLineOption parallel;
    const QCommandLineOption project;
};

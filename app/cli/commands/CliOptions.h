#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

class CliContext;

/// Option parsing and output helpers shared by the verbs.
namespace CliOptions {

/// Sets the description and --help on a verb's parser.
void prepare(QCommandLineParser& parser, const QString& verb, const QString& description);
/// Parses; prints help or a clear error. Returns an exit code when the verb should stop now.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
                         int minPositional, int maxPositional);
/// --format text|json
QCommandLineOption formatOption();
/// Prints rows as aligned columns (East Asian wide characters count as two columns).
void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows);
/// The width of text in terminal columns.
int displayWidth(const QString& text);

} // namespace CliOptions

#include "CliOptions.h"

#include "CliContext.h"
#include "Command.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1FAFF) || (u >= 0x20000 && u <= 0x3FFFD);
}
} // namespace

namespace CliOptions {

void prepare(QCommandLineParser& parser, const QString& verb, const QString& description)
{
    parser.setApplicationDescription(QStringLiteral("syncstudio-cli %1: %2").arg(verb, description));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
}

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
                         int minPositional, int maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList {QStringLiteral("syncstudio-cli")} + arguments))
        return context.fail(parser.errorText(), Tr::tr("Add --help to see the options."));
    if (parser.isSet(QStringLiteral("help"))) {
        // The description starts with "syncstudio-cli VERB:"; show the verb in the usage line too.
        const QString verbLine = parser.applicationDescription().section(QLatin1Char(':'), 0, 0);
        // Qt writes the program as invoked (e.g. build/app/syncstudio-cli); show the verb instead.
        const QString invoked = QCoreApplication::arguments().value(0, QStringLiteral("syncstudio-cli"));
        context.out() << parser.helpText().replace(invoked + QStringLiteral(" [options]"),
                                                   verbLine + QStringLiteral(" [options]"));
        return int(ExitOk);
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional)
        return context.fail(Tr::tr("Missing arguments."), Tr::tr("Add --help to see the usage."));
    if (maxPositional >= 0 && n > maxPositional)
        return context.fail(Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(maxPositional)),
                            Tr::tr("Add --help to see the usage."));
    if (parser.optionNames().contains(QStringLiteral("format"))) {
        const QString f = parser.value(QStringLiteral("format"));
        if (f != QLatin1String("text") && f != QLatin1String("json") && f != QLatin1String("sql"))
            return context.fail(Tr::tr("Unknown --format \"%1\".").arg(f), Tr::tr("Use text or json."));
    }
    return std::nullopt;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), Tr::tr("Output format: text (default) or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t u : text.toUcs4())
        width += isWide(u) ? 2 : 1;
    return width;
}

void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    auto measure = [&widths](const QStringList& row) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
        }
    };
    if (!header.isEmpty())
        measure(header);
    for (const QStringList& row : rows)
        measure(row);
    auto print = [&out, &widths](const QStringList& row) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size())
                line += QString(widths[i] - displayWidth(row.at(i)) + 2, QLatin1Char(' '));
        }
        out << line << "\n";
    };
    if (!header.isEmpty())
        print(header);
    for (const QStringList& row : rows)
        print(row);
    out.flush();
}

} // namespace CliOptions

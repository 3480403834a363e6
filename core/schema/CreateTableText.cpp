#include "CreateTableText.h"

#include "db/Sql.h"

#include <QSet>

namespace {

/// Reads a backtick-quoted identifier at the start of `text` (doubled backticks inside); returns
/// its length including the quotes, 0 when there is none.
qsizetype readIdentifier(QStringView text, QString* name)
{
    if (!text.startsWith(QLatin1Char('`')))
        return 0;
    QString out;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('`')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('`')) {
                out += QLatin1Char('`');
                ++i;
                continue;
            }
            *name = out;
            return i + 1;
        }
        out += text[i];
    }
    return 0;
}

/// The name after a keyword prefix such as "UNIQUE KEY ", or empty.
QString nameAfter(QStringView line, QLatin1String prefix)
{
    if (!line.startsWith(prefix))
        return {};
    QString name;
    return readIdentifier(line.mid(prefix.size()), &name) > 0 ? name : QString();
}

int firstDifference(const QList<CreateTableText::Part>& a, const QList<CreateTableText::Part>& b)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!(a[i] == b[i]))
            return int(i);
    }
    return int(n);
}

} // namespace

std::optional<CreateTableText> CreateTableText::parse(const QString& showCreate)
{
    const QStringList lines = showCreate.split(QLatin1Char('\n'));
    if (lines.isEmpty() || !lines.first().startsWith(QLatin1String("CREATE TABLE "))
        || !lines.first().endsWith(QLatin1Char('(')))
        return std::nullopt;
    CreateTableText t;
    if (readIdentifier(QStringView(lines.first()).mid(13), &t.table) == 0)
        return std::nullopt;
    qsizetype i = 1;
    for (; i < lines.size(); ++i) {
        const QString& raw = lines[i];
        if (raw.startsWith(QLatin1Char(')')))
            break;
        if (!raw.startsWith(QLatin1String("  ")))
            return std::nullopt;
        QString line = raw.mid(2);
        if (line.endsWith(QLatin1Char(',')))
            line.chop(1);
        Part part;
        part.text = line;
        QString name;
        if (readIdentifier(line, &name) > 0) {
            part.name = name;
            t.columns << part;
        } else if (line.startsWith(QLatin1String("PRIMARY KEY "))) {
            part.name = QStringLiteral("PRIMARY");
            t.keys << part;
        } else if (line.startsWith(QLatin1String("KEY ")) || line.startsWith(QLatin1String("UNIQUE KEY "))
            || line.startsWith(QLatin1String("FULLTEXT KEY "))
            || line.startsWith(QLatin1String("SPATIAL KEY "))) {
            const qsizetype space = line.indexOf(QLatin1String("KEY ")) + 4;
            if (readIdentifier(QStringView(line).mid(space), &part.name) == 0)
                return std::nullopt;
            t.keys << part;
        } else if (line.startsWith(QLatin1String("CONSTRAINT "))) {
            part.name = nameAfter(line, QLatin1String("CONSTRAINT "));
            QString quoted = Sql::quoteIdentifier(part.name);
            const QStringView rest = QStringView(line).mid(11 + quoted.size());
            if (rest.startsWith(QLatin1String(" FOREIGN KEY ")))
                t.foreignKeys << part;
            else if (rest.startsWith(QLatin1String(" CHECK ")))
                t.checks << part;
            else
                t.others << line;
        } else {
            t.others << line;
        }
    }
    if (i >= lines.size())
        return std::nullopt;
    t.options = lines[i].mid(1).trimmed();
    QStringList partitioning = lines.mid(i + 1);
    t.partitioning = partitioning.join(QLatin1Char('\n')).trimmed();
    return t;
}

QStringList CreateTableText::fixups(
    const CreateTableText& current, const CreateTableText& saved, const QString& qualifiedTable)
{
    QStringList out;
    const QString alter = QStringLiteral("ALTER TABLE ") + qualifiedTable;
    auto q = [](const QString& name) { return Sql::quoteIdentifier(name); };

    // Foreign keys are printed sorted by name, so only their set matters. The same name cannot be
    // dropped and added in one statement.
    QStringList dropKeys, addKeys;
    for (const Part& fk : current.foreignKeys) {
        if (!saved.foreignKeys.contains(fk))
            dropKeys << QStringLiteral("DROP FOREIGN KEY ") + q(fk.name);
    }
    for (const Part& fk : saved.foreignKeys) {
        if (!current.foreignKeys.contains(fk))
            addKeys << QStringLiteral("ADD ") + fk.text;
    }
    if (!dropKeys.isEmpty())
        out << alter + QLatin1Char(' ') + dropKeys.join(QStringLiteral(", "));

    QStringList clauses;
    if (current.columns != saved.columns) {
        QSet<QString> savedNames, currentNames;
        for (const Part& c : saved.columns)
            savedNames.insert(c.name);
        QList<Part> kept;
        for (const Part& c : current.columns) {
            currentNames.insert(c.name);
            if (savedNames.contains(c.name))
                kept << c;
            else
                clauses << QStringLiteral("DROP COLUMN ") + q(c.name);
        }
        // From the first column that differs in text or position on, every column is written again
        // in the saved order, so the order comes out right whatever moved.
        const int from = firstDifference(kept, saved.columns);
        for (int j = from; j < saved.columns.size(); ++j) {
            const Part& c = saved.columns[j];
            const QString position = j == 0 ? QStringLiteral(" FIRST")
                                            : QStringLiteral(" AFTER ") + q(saved.columns[j - 1].name);
            clauses << (currentNames.contains(c.name) ? QStringLiteral("MODIFY COLUMN ")
                                                      : QStringLiteral("ADD COLUMN "))
                    + c.text + position;
        }
    }
    // Indexes keep the order they were added in within their kind: everything from the first
    // difference on is dropped and added again in the saved order.
    if (current.keys != saved.keys) {
        const int from = firstDifference(current.keys, saved.keys);
        for (int j = from; j < current.keys.size(); ++j)
            clauses << (current.keys[j].name == QLatin1String("PRIMARY")
                        && current.keys[j].text.startsWith(QLatin1String("PRIMARY"))
                    ? QStringLiteral("DROP PRIMARY KEY")
                    : QStringLiteral("DROP INDEX ") + q(current.keys[j].name));
        for (int j = from; j < saved.keys.size(); ++j)
            clauses << QStringLiteral("ADD ") + saved.keys[j].text;
    }
    // CHECK constraints likewise; this also brings back names the server made up (CONSTRAINT_1).
    if (current.checks != saved.checks) {
        const int from = firstDifference(current.checks, saved.checks);
        for (int j = from; j < current.checks.size(); ++j)
            clauses << QStringLiteral("DROP CONSTRAINT ") + q(current.checks[j].name);
        for (int j = from; j < saved.checks.size(); ++j)
            clauses << QStringLiteral("ADD ") + saved.checks[j].text;
    }
    if (!clauses.isEmpty())
        out << alter + QStringLiteral("\n  ") + clauses.join(QStringLiteral(",\n  "));
    if (current.options != saved.options && !saved.options.isEmpty())
        out << alter + QLatin1Char(' ') + saved.options;
    if (current.partitioning != saved.partitioning)
        out << (saved.partitioning.isEmpty() ? alter + QStringLiteral(" REMOVE PARTITIONING")
                                             : alter + QLatin1Char(' ') + saved.partitioning);
    if (!addKeys.isEmpty())
        out << alter + QLatin1Char(' ') + addKeys.join(QStringLiteral(", "));
    return out;
}

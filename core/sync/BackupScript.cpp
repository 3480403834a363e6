#include "BackupScript.h"

#include "BackupChangeSource.h"
#include "ChangePlan.h"
#include "Rollback.h"
#include "SyncSql.h"

namespace {

// A row as a one-line tuple of literals, for a comment (shortened: a comment is for reading).
QByteArray imageText(const SyncTable& t, const Row& image)
{
    QByteArray out = "(";
    for (int c = 0; c < t.columns.size() && c < image.size(); ++c) {
        if (c > 0)
            out += ", ";
        QByteArray v = SyncSql::literal(t, c, image.at(c));
        if (v.size() > 80)
            v = v.left(72) + "...";
        out += v;
    }
    out += ')';
    // A comment ends at a newline: keep it on one line.
    out.replace('\n', ' ');
    out.replace('\r', ' ');
    return out;
}

} // namespace

Status BackupScript::write(BackupReader& reader, QIODevice& out)
{
    const BackupHeader& h = reader.header();
    auto put = [&out](const QByteArray& bytes) -> Status {
        if (out.write(bytes) != bytes.size())
            return Error::make(tr("Cannot write the script: %1.").arg(out.errorString()));
        return {};
    };
    auto comment = [](const QString& text) { return QByteArray("-- ") + text.toUtf8() + '\n'; };

    QByteArray head;
    head += comment(tr("SyncStudio backup point %1 (%2 run)").arg(h.id, h.kind));
    head += comment(tr("Created %1; source %2; target %3").arg(h.created.toUTC().toString(Qt::ISODate), h.source, h.target));
    head += comment(tr("These are the statements a rollback of this backup point runs, in its order. A rollback"));
    head += comment(tr("writes a row only while the target row still equals the image in the comment above it,"));
    head += comment(tr("and reports a conflict otherwise; this script has no such guard. Prefer"));
    head += comment(QStringLiteral("  syncstudio-cli rollback %1").arg(h.id));
    if (!reader.hasTrailer())
        head += comment(tr("The run did not finish: only its committed batches are included."));
    head += "\n";
    if (Status s = put(head); !s)
        return s;

    // The rollback's order, from the foreign keys the run recorded (no server is asked).
    ForeignKeyGraph graph;
    for (const QPair<int, int>& fk : h.foreignKeys) {
        const SyncTable& child = h.tables.at(fk.first);
        const SyncTable& parent = h.tables.at(fk.second);
        graph.addEdge({child.database, child.table, parent.database, parent.table, {}, {}});
    }
    ChangePlan plan;
    for (int i = 0; i < h.tables.size(); ++i) {
        ChangePlan::Table t;
        t.table = h.tables.at(i);
        t.changes = std::make_shared<BackupChangeSource>(reader, i);
        plan.tables.append(t);
    }
    for (const ChangePlan::Step& step : plan.steps(graph)) {
        const SyncTable& t = plan.tables.at(step.table).table;
        ChangeSource& source = *plan.tables.at(step.table).changes;
        if (Status s = source.open(step.kind); !s)
            return s;
        bool first = true;
        const bool replaced = h.replaced.contains(step.table);
        if (replaced && step.kind != RowChange::Kind::Insert)
            continue;
        if (replaced) {
            // No key: the old contents come back whole, as the sync replaced them.
            Result<std::optional<BackupRecord>> summary = Rollback::replaceSummary(reader, step.table);
            if (!summary)
                return summary.error();
            if (!summary->has_value())
                continue;
            QByteArray text = "\n" + comment(tr("%1: no key: put back its old contents, which the run replaced whole").arg(t.displayName()));
            QByteArray expected;
            for (const Value& v : (*summary)->after)
                expected += (expected.isEmpty() ? "" : ", ") + (v ? *v : QByteArray("NULL"));
            text += "-- " + tr("expects").toUtf8() + ' ' + (*summary)->expected.value(0).value_or(QByteArray()) + " -> ("
                + expected + ")\n";
            text += "DELETE FROM " + t.qualifiedName().toUtf8() + ";\n";
            if (Status s = put(text); !s)
                return s;
            first = false;
        }
        for (;;) {
            Result<std::optional<RowChange>> next = source.next();
            if (!next)
                return next.error();
            if (!next->has_value())
                break;
            const RowChange& c = **next;
            QByteArray text;
            if (first) {
                const QString what = step.kind == RowChange::Kind::Delete ? tr("remove the rows the run inserted")
                    : step.kind == RowChange::Kind::Update             ? tr("restore the rows the run updated")
                                                                       : tr("insert again the rows the run deleted");
                text += "\n" + comment(QStringLiteral("%1: %2").arg(t.displayName(), what));
                first = false;
            }
            switch (c.kind) {
            case RowChange::Kind::Delete:
                if (!c.beforeDigest.isEmpty())
                    text += "-- " + tr("expects the row as the run inserted it (digest %1)").arg(QString::fromLatin1(c.beforeDigest.toHex())).toUtf8() + '\n';
                else
                    text += "-- " + tr("expects").toUtf8() + ' ' + imageText(t, c.before) + '\n';
                text += SyncSql::deleteRows(t, {c.key}) + ";\n";
                break;
            case RowChange::Kind::Update: {
                text += "-- " + tr("expects").toUtf8() + ' ' + imageText(t, c.before) + '\n';
                const QByteArray sql = SyncSql::update(t, c.key, c.before, c.after, c.changedColumns);
                if (!sql.isEmpty())
                    text += sql + ";\n";
                break;
            }
            case RowChange::Kind::Insert:
                if (replaced) {
                    text += SyncSql::insertPrefix(t) + SyncSql::insertTuple(t, c.after) + ";\n";
                    break;
                }
                text += "-- " + tr("expects no row with").toUtf8() + ' ' + t.keyText(c.key).toUtf8().replace('\n', ' ') + '\n';
                text += SyncSql::insertPrefix(t) + SyncSql::insertTuple(t, c.after) + ";\n";
                break;
            }
            if (Status s = put(text); !s)
                return s;
        }
    }
    return put("\n" + comment(tr("end of backup point %1").arg(h.id)));
}

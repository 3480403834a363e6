#include "MigrationPlanner.h"

#include "SchemaDdl.h"
#include "SchemaDiff.h"
#include "SchemaNormalizer.h"
#include "db/Sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace N = SchemaNormalizer;
using Risk = MigrationStep::Risk;

namespace {

QString q(const QString& name)
{
    return Sql::quoteIdentifier(name);
}

QString lower(const QString& s)
{
    return s.toLower();
}

/// A type split into its base name, its parameters and its flags: "decimal(10,2) unsigned".
struct TypeInfo
{
    QString base;
    QStringList params;
    bool isUnsigned = false;

    static TypeInfo parse(const QString& type)
    {
        TypeInfo t;
        const QString n = N::type(type);
        const qsizetype open = n.indexOf(QLatin1Char('('));
        const qsizetype close = n.lastIndexOf(QLatin1Char(')'));
        t.base = (open < 0 ? n.section(QLatin1Char(' '), 0, 0) : n.left(open)).trimmed();
        if (open >= 0 && close > open)
            t.params = n.mid(open + 1, close - open - 1).split(QLatin1Char(','));
        for (QString& p : t.params)
            p = p.trimmed();
        t.isUnsigned = n.contains(QLatin1String("unsigned"));
        return t;
    }
    int param(int i, int fallback = 0) const { return i < params.size() ? params[i].toInt() : fallback; }
};

int integerRank(const QString& base)
{
    static const QStringList ranks = {QStringLiteral("tinyint"), QStringLiteral("smallint"), QStringLiteral("mediumint"),
                                      QStringLiteral("int"), QStringLiteral("bigint")};
    return int(ranks.indexOf(base));
}

int textRank(const QString& base)
{
    static const QStringList text = {QStringLiteral("tinytext"), QStringLiteral("text"), QStringLiteral("mediumtext"),
                                     QStringLiteral("longtext")};
    static const QStringList blob = {QStringLiteral("tinyblob"), QStringLiteral("blob"), QStringLiteral("mediumblob"),
                                     QStringLiteral("longblob")};
    if (text.contains(base))
        return int(text.indexOf(base));
    return int(blob.indexOf(base));
}

/// The plan under construction, phase by phase.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanner)

public:
    Planner(const DatabaseSchema& source, const DatabaseSchema& target, const SchemaDiffResult& diff,
            const SchemaDiffOptions& options)
        : m_source(source)
        , m_target(target)
        , m_diff(diff)
        , m_options(options)
        , m_caseInsensitive(source.namesCaseInsensitive() || target.namesCaseInsensitive())
    {
        for (auto it = options.tableMap.cbegin(); it != options.tableMap.cend(); ++it)
            m_tableMap.insert(tableKey(it.key()), it.value());
    }

    MigrationPlan run()
    {
        collectTables();
        planTableChanges();
        planForeignKeys();
        planNewTables();
        planViews();
        planTriggers();
        planRoutines();
        planEvents();

        MigrationPlan plan;
        plan.sourceDatabase = m_source.name;
        plan.targetDatabase = m_target.name;
        for (const QList<MigrationStep>* phase :
             {&m_dropForeignKeys, &m_dropTriggers, &m_dropViews, &m_dropRoutines, &m_dropEvents, &m_dropTables,
              &m_removePartitioning, &m_createTables, &m_alterTables, &m_partitioning, &m_addForeignKeys,
              &m_createViews, &m_createTriggers, &m_createRoutines, &m_createEvents})
            plan.steps += *phase;
        return plan;
    }

private:
    struct TablePair
    {
        const Table* source = nullptr;
        const Table* target = nullptr;
        QSet<QString> changedColumns; ///< target column names (lower case) modified or dropped
        QSet<QString> changedIndexes; ///< target index names (lower case) dropped or rebuilt
    };

    // ---- names -----------------------------------------------------------------------------------

    QString tableKey(const QString& name) const { return m_caseInsensitive ? name.toLower() : name; }
    QString mappedTable(const QString& sourceName) const { return m_tableMap.value(tableKey(sourceName), sourceName); }

    /// Where a source foreign key points in the target: (database or empty for the target's own, table).
    std::pair<QString, QString> targetReference(const ForeignKey& fk) const
    {
        if (fk.referencedDatabase.isEmpty() || tableKey(fk.referencedDatabase) == tableKey(m_source.name))
            return {QString(), mappedTable(fk.referencedTable)};
        for (auto it = m_options.databaseMap.cbegin(); it != m_options.databaseMap.cend(); ++it) {
            if (tableKey(it.key()) == tableKey(fk.referencedDatabase))
                return {it.value(), fk.referencedTable};
        }
        return {fk.referencedDatabase, fk.referencedTable};
    }

    std::pair<QString, QString> currentReference(const ForeignKey& fk) const
    {
        if (fk.referencedDatabase.isEmpty() || tableKey(fk.referencedDatabase) == tableKey(m_target.name))
            return {QString(), fk.referencedTable};
        return {fk.referencedDatabase, fk.referencedTable};
    }

    QString sourceForeignKeyKey(const ForeignKey& fk) const
    {
        const auto [db, table] = targetReference(fk);
        return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(fk.columns.join(QLatin1Char(',')).toLower(), tableKey(db), tableKey(table),
                 fk.referencedColumns.join(QLatin1Char(',')).toLower(), N::referentialAction(fk.onDelete),
                 N::referentialAction(fk.onUpdate));
    }

    QString targetForeignKeyKey(const ForeignKey& fk) const
    {
        const auto [db, table] = currentReference(fk);
        return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(fk.columns.join(QLatin1Char(',')).toLower(), tableKey(db), tableKey(table),
                 fk.referencedColumns.join(QLatin1Char(',')).toLower(), N::referentialAction(fk.onDelete),
                 N::referentialAction(fk.onUpdate));
    }

    static MigrationStep step(ObjectType type, const QString& name, const QString& description, const QString& sql,
                              Risk risk, const QStringList& warnings = {})
    {
        MigrationStep s;
        s.objectType = type;
        s.objectName = name;
        s.description = description;
        s.sql = sql;
        s.risk = risk;
        s.warnings = warnings;
        return s;
    }

    // ---- tables ----------------------------------------------------------------------------------

    void collectTables()
    {
        for (const ObjectDiff& o : m_diff.objects) {
            if (o.type != ObjectType::Table)
                continue;
            const Table* s = o.sourceName.isEmpty() ? nullptr : m_source.table(o.sourceName);
            const Table* t = o.targetName.isEmpty() ? nullptr : m_target.table(o.targetName);
            if (s && t) {
                TablePair pair;
                pair.source = s;
                pair.target = t;
                m_pairs.insert(tableKey(t->name), pair);
                m_pairOrder << tableKey(t->name);
                if (o.status == ObjectDiff::Status::Different)
                    m_changedPairs << tableKey(t->name);
            } else if (s) {
                m_newTables << s;
            } else if (t) {
                m_droppedTables << t;
                m_droppedTableKeys.insert(tableKey(t->name));
            }
        }
    }

    /// The column as it should end up: the source's, with the attributes the user ignores kept as
    /// the target has them.
    Column desiredColumn(const Column& s, const Column* t) const
    {
        Column c = s;
        if (!t)
            return c;
        if (m_options.ignoreComments)
            c.comment = t->comment;
        if (m_options.ignoreCollations && N::charset(s.charset) == N::charset(t->charset))
            c.collation = t->collation;
        return c;
    }

    bool instantAddColumn(bool atEnd) const
    {
        if (m_target.mariaDb)
            return m_target.serverVersionNumber >= 100400 || (atEnd && m_target.serverVersionNumber >= 100300);
        return m_target.serverVersionNumber >= 80029 || (atEnd && m_target.serverVersionNumber >= 80012);
    }

    /// Column-level CHECK constraints (MariaDB) of one column, as one comparable string.
    static QString columnChecks(const Table& table, const QString& column)
    {
        QStringList clauses;
        for (const CheckConstraint& c : table.checks) {
            if (c.columnLevel && c.name.compare(column, Qt::CaseInsensitive) == 0)
                clauses << N::expression(c.clause);
        }
        return clauses.join(QLatin1Char('|'));
    }

    /// Columns outside the longest run of common columns that keeps its order (as SchemaDiff reports).
    static QSet<QString> movedColumns(const Table& s, const Table& t)
    {
        QList<int> seq;
        QList<QString> names;
        for (const Column& c : s.columns) {
            for (int j = 0; j < t.columns.size(); ++j) {
                if (t.columns[j].name.compare(c.name, Qt::CaseInsensitive) == 0) {
                    seq << j;
                    names << lower(c.name);
                    break;
                }
            }
        }
        const int n = int(seq.size());
        QList<int> length(n, 1), previous(n, -1);
        int best = -1;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < i; ++j) {
                if (seq[j] < seq[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best])
                best = i;
        }
        QSet<int> keep;
        for (int i = best; i >= 0; i = previous[i])
            keep.insert(i);
        QSet<QString> moved;
        for (int i = 0; i < n; ++i) {
            if (!keep.contains(i))
                moved.insert(names[i]);
        }
        return moved;
    }

    void planTableChanges()
    {
        for (const QString& key : std::as_const(m_changedPairs))
            planAlter(m_pairs[key]);
    }

    void planAlter(TablePair& pair)
    {
        const Table& s = *pair.source;
        const Table& t = *pair.target;
        QStringList clauses, descriptions, warnings;
        Risk risk = Risk::Instant;
        auto add = [&](const QString& clause, const QString& description, Risk r) {
            clauses << clause;
            descriptions << description;
            risk = qMax(risk, r);
        };

        // Checks that go or change. MariaDB's column-level checks live in the column definition.
        auto checkKey = [](const CheckConstraint& c, const Table& owner) {
            return N::isGeneratedCheckName(c.name, owner.name) ? QStringLiteral("clause:") + N::expression(c.clause)
                                                               : QStringLiteral("name:") + lower(c.name);
        };
        QHash<QString, const CheckConstraint*> sourceChecks, targetChecks;
        for (const CheckConstraint& c : s.checks)
            sourceChecks.insert(checkKey(c, s), &c);
        for (const CheckConstraint& c : t.checks)
            targetChecks.insert(checkKey(c, t), &c);
        QSet<QString> columnsForChecks;
        for (const CheckConstraint& c : t.checks) {
            const CheckConstraint* sc = sourceChecks.value(checkKey(c, t), nullptr);
            const bool same = sc && N::expression(sc->clause) == N::expression(c.clause) && sc->columnLevel == c.columnLevel;
            if (same)
                continue;
            if (c.columnLevel)
                columnsForChecks.insert(lower(c.name));
            else
                add(QStringLiteral("DROP CONSTRAINT %1").arg(q(c.name)), tr("drop check %1").arg(c.name), Risk::Instant);
        }
        QList<const CheckConstraint*> checksToAdd;
        for (const CheckConstraint& c : s.checks) {
            const CheckConstraint* tc = targetChecks.value(checkKey(c, s), nullptr);
            const bool same = tc && N::expression(tc->clause) == N::expression(c.clause) && tc->columnLevel == c.columnLevel;
            if (same)
                continue;
            if (c.columnLevel)
                columnsForChecks.insert(lower(c.name));
            else
                checksToAdd << &c;
        }

        // A column that switches between VIRTUAL, STORED and not generated cannot be modified in
        // place (MariaDB: "not yet supported for generated columns"): it is dropped and added again,
        // and so are the indexes over it.
        QSet<QString> recreated;
        for (const Column& sc : s.columns) {
            const Column* tc = t.column(sc.name);
            if (tc && tc->generated != sc.generated)
                recreated.insert(lower(sc.name));
        }
        auto coversRecreated = [&recreated](const Index& index) {
            for (const Index::Part& p : index.parts) {
                if (recreated.contains(lower(p.column)))
                    return true;
            }
            return false;
        };

        // Indexes that go or change.
        QHash<QString, const Index*> sourceIndexes, targetIndexes;
        for (const Index& i : s.indexes)
            sourceIndexes.insert(lower(i.name), &i);
        for (const Index& i : t.indexes)
            targetIndexes.insert(lower(i.name), &i);
        QList<const Index*> indexesToAdd;
        for (const Index& ti : t.indexes) {
            const Index* si = sourceIndexes.value(lower(ti.name), nullptr);
            const bool commentDiffers = si && !m_options.ignoreComments && si->comment != ti.comment;
            if (si && SchemaDiff::sameIndexDefinition(*si, ti) && !commentDiffers && !coversRecreated(ti))
                continue;
            pair.changedIndexes.insert(lower(ti.name));
            if (ti.primary)
                add(QStringLiteral("DROP PRIMARY KEY"), tr("drop primary key"), Risk::Rebuild);
            else
                add(QStringLiteral("DROP INDEX %1").arg(q(ti.name)), tr("drop index %1").arg(ti.name), Risk::Instant);
            if (si)
                indexesToAdd << si;
        }
        for (const Index& si : s.indexes) {
            if (!targetIndexes.contains(lower(si.name)))
                indexesToAdd << &si;
        }

        // Columns that go.
        QHash<QString, const Column*> sourceColumns, targetColumns;
        for (const Column& c : s.columns)
            sourceColumns.insert(lower(c.name), &c);
        for (const Column& c : t.columns)
            targetColumns.insert(lower(c.name), &c);
        for (const Column& tc : t.columns) {
            if (recreated.contains(lower(tc.name))) {
                pair.changedColumns.insert(lower(tc.name));
                add(QStringLiteral("DROP COLUMN %1").arg(q(tc.name)), tr("drop column %1 to add it again").arg(tc.name),
                    tc.generated != Column::Generated::No ? Risk::Rebuild : Risk::Destructive);
                if (tc.generated == Column::Generated::No)
                    warnings << tr("Column %1 becomes generated: its stored values are replaced by the expression.").arg(tc.name);
                continue;
            }
            if (sourceColumns.contains(lower(tc.name)))
                continue;
            pair.changedColumns.insert(lower(tc.name));
            add(QStringLiteral("DROP COLUMN %1").arg(q(tc.name)), tr("drop column %1").arg(tc.name), Risk::Destructive);
            warnings << tr("The values in column %1 are lost.").arg(tc.name);
        }

        // Columns added, changed or moved, in the source's order so that each lands after its
        // predecessor.
        const QSet<QString> moved = m_options.ignoreColumnOrder ? QSet<QString>() : movedColumns(s, t);
        for (int i = 0; i < s.columns.size(); ++i) {
            const Column& sc = s.columns[i];
            const Column* tc = targetColumns.value(lower(sc.name), nullptr);
            const Column desired = desiredColumn(sc, tc);
            QString position;
            if (!m_options.ignoreColumnOrder)
                position = i == 0 ? QStringLiteral(" FIRST") : QStringLiteral(" AFTER ") + q(s.columns[i - 1].name);
            const QString definition = SchemaDdl::columnDefinition(desired, s);
            if (tc && recreated.contains(lower(sc.name))) {
                add(QStringLiteral("ADD COLUMN ") + definition + position,
                    tr("add column %1 again as %2").arg(sc.name, generatedKind(desired)),
                    desired.generated == Column::Generated::No ? Risk::Destructive : Risk::Rebuild);
                if (desired.generated == Column::Generated::No)
                    warnings << tr("Column %1 stops being generated: it starts out with its default value.").arg(sc.name);
                continue;
            }
            if (!tc) {
                const bool atEnd = i == s.columns.size() - 1;
                add(QStringLiteral("ADD COLUMN ") + definition + position,
                    tr("add column %1").arg(sc.name), instantAddColumn(atEnd) ? Risk::Instant : Risk::Rebuild);
                continue;
            }
            // Described from what the column is to what it becomes.
            const QStringList changes = SchemaDiff::columnChanges(*tc, desired, m_options);
            const bool checkChange = columnsForChecks.contains(lower(sc.name));
            const bool isMoved = moved.contains(lower(sc.name));
            if (changes.isEmpty() && !checkChange && !isMoved)
                continue;
            pair.changedColumns.insert(lower(tc->name));
            const QString verb = tc->name != sc.name ? QStringLiteral("CHANGE COLUMN %1 ").arg(q(tc->name))
                                                     : QStringLiteral("MODIFY COLUMN ");
            Risk r = columnRisk(desired, *tc, isMoved, changes.isEmpty() && !checkChange);
            if (const QString w = MigrationPlanner::narrowingWarning(sc.name, tc->type, desired.type); !w.isEmpty()) {
                warnings << w;
                r = Risk::Destructive;
            }
            if (N::charset(tc->charset) != N::charset(desired.charset) && !tc->charset.isEmpty()
                && N::charset(desired.charset) != QLatin1String("utf8mb4")) {
                warnings << tr("Column %1 changes from %2 to %3: characters %3 cannot hold are lost.")
                                .arg(sc.name, N::charset(tc->charset), N::charset(desired.charset));
                r = Risk::Destructive;
            }
            if (tc->nullable && !desired.nullable && desired.generated == Column::Generated::No)
                warnings << tr("Column %1 becomes NOT NULL: the statement fails if a row holds NULL there.").arg(sc.name);
            QStringList what = changes;
            if (checkChange)
                what << tr("check");
            if (isMoved)
                what << tr("position");
            add(verb + definition + position, tr("modify column %1 (%2)").arg(sc.name, what.join(QStringLiteral("; "))), r);
        }

        for (const Index* si : std::as_const(indexesToAdd)) {
            const QString type = si->type.toUpper();
            const Risk r = si->primary || type == QLatin1String("FULLTEXT") ? Risk::Rebuild : Risk::InPlace;
            add(QStringLiteral("ADD ") + SchemaDdl::indexDefinition(*si, m_target.mariaDb),
                si->primary ? tr("add primary key") : tr("add index %1").arg(si->name), r);
            if (si->unique || si->primary)
                warnings << tr("Index %1 is unique: the statement fails if existing rows have duplicates.").arg(si->name);
        }
        // An index whose only difference is being ignored (invisible) is switched, not rebuilt.
        for (const Index& ti : t.indexes) {
            const Index* si = sourceIndexes.value(lower(ti.name), nullptr);
            if (!si || pair.changedIndexes.contains(lower(ti.name)) || si->invisible == ti.invisible)
                continue;
            const QString state = m_target.mariaDb ? (si->invisible ? QStringLiteral("IGNORED") : QStringLiteral("NOT IGNORED"))
                                                   : (si->invisible ? QStringLiteral("INVISIBLE") : QStringLiteral("VISIBLE"));
            add(QStringLiteral("ALTER INDEX %1 %2").arg(q(ti.name), state), tr("make index %1 %2").arg(ti.name, state.toLower()),
                Risk::Instant);
        }
        for (const CheckConstraint* c : std::as_const(checksToAdd)) {
            add(QStringLiteral("ADD ") + SchemaDdl::checkDefinition(*c, s.name), tr("add check %1").arg(c->name), Risk::Rebuild);
            warnings << tr("The statement fails if existing rows violate CHECK (%1).").arg(N::expression(c->clause));
        }

        planTableOptions(s, t, add);

        if (!clauses.isEmpty()) {
            m_alterTables << step(ObjectType::Table, t.name, descriptions.join(QStringLiteral("; ")),
                                  QStringLiteral("ALTER TABLE %1\n  %2").arg(q(t.name), clauses.join(QStringLiteral(",\n  "))),
                                  risk, warnings);
        }
        planPartitioning(s, t);
    }

    static QString generatedKind(const Column& c)
    {
        switch (c.generated) {
        case Column::Generated::Virtual:
            return QStringLiteral("VIRTUAL");
        case Column::Generated::Stored:
            return QStringLiteral("STORED");
        case Column::Generated::No:
            break;
        }
        return QStringLiteral("a plain column");
    }

    Risk columnRisk(const Column& desired, const Column& current, bool moved, bool positionOnly) const
    {
        if (positionOnly && moved)
            return m_target.mariaDb && m_target.serverVersionNumber >= 100400 ? Risk::Instant : Risk::Rebuild;
        Risk r = Risk::Instant;
        if (N::type(desired.type) != N::type(current.type) || N::charset(desired.charset) != N::charset(current.charset)
            || N::collation(desired.collation) != N::collation(current.collation) || desired.nullable != current.nullable
            || desired.autoIncrement != current.autoIncrement)
            r = Risk::Rebuild;
        if (desired.generated != current.generated
            || N::expression(desired.generationExpression) != N::expression(current.generationExpression))
            r = qMax(r, desired.generated == Column::Generated::Virtual ? Risk::InPlace : Risk::Rebuild);
        if (moved)
            r = qMax(r, m_target.mariaDb && m_target.serverVersionNumber >= 100400 ? Risk::Instant : Risk::Rebuild);
        return r;
    }

    template<typename Add>
    void planTableOptions(const Table& s, const Table& t, Add add)
    {
        if (!m_options.ignoreTableOptions) {
            if (N::engine(s.engine) != N::engine(t.engine))
                add(QStringLiteral("ENGINE=") + s.engine, tr("engine %1").arg(s.engine), Risk::Rebuild);
            else if (N::rowFormat(s.rowFormat) != N::rowFormat(t.rowFormat))
                add(QStringLiteral("ROW_FORMAT=") + N::rowFormat(s.rowFormat), tr("row format %1").arg(N::rowFormat(s.rowFormat)),
                    Risk::Rebuild);
            if (N::createOptions(s.createOptions) != N::createOptions(t.createOptions)) {
                const QStringList wanted = SchemaDdl::createOptionList(s.createOptions);
                QStringList options = wanted;
                QSet<QString> wantedKeys;
                for (const QString& w : wanted)
                    wantedKeys.insert(w.section(QLatin1Char('='), 0, 0).toLower());
                for (const QString& have : SchemaDdl::createOptionList(t.createOptions)) {
                    const QString key = have.section(QLatin1Char('='), 0, 0);
                    if (!wantedKeys.contains(key.toLower()))
                        options << key.toUpper() + QStringLiteral("=DEFAULT");
                }
                bool metadataOnly = true;
                for (const QString& o : std::as_const(options)) {
                    const QString key = o.section(QLatin1Char('='), 0, 0).toLower();
                    if (!key.startsWith(QLatin1String("stats_")) && key != QLatin1String("pack_keys")
                        && key != QLatin1String("checksum") && key != QLatin1String("delay_key_write"))
                        metadataOnly = false;
                }
                if (!options.isEmpty())
                    add(options.join(QLatin1Char(' ')), tr("table options %1").arg(options.join(QLatin1Char(' '))),
                        metadataOnly ? Risk::Instant : Risk::Rebuild);
            }
        }
        const bool charsetDiffers = N::charset(s.charset) != N::charset(t.charset);
        if (charsetDiffers || (!m_options.ignoreCollations && N::collation(s.collation) != N::collation(t.collation)))
            add(QStringLiteral("DEFAULT CHARSET=%1 COLLATE=%2").arg(N::charset(s.charset), N::collation(s.collation)),
                tr("default charset %1, collation %2 (existing columns keep theirs)").arg(N::charset(s.charset), N::collation(s.collation)),
                Risk::Instant);
        if (!m_options.ignoreComments && s.comment != t.comment)
            add(QStringLiteral("COMMENT=") + QString::fromUtf8(Sql::stringLiteral(s.comment)), tr("table comment"), Risk::Instant);
        if (!m_options.ignoreAutoIncrement && s.autoIncrement && t.autoIncrement && *s.autoIncrement != *t.autoIncrement)
            add(QStringLiteral("AUTO_INCREMENT=%1").arg(*s.autoIncrement), tr("AUTO_INCREMENT %1").arg(*s.autoIncrement),
                Risk::Instant);
    }

    void planPartitioning(const Table& s, const Table& t)
    {
        const QString wanted = s.partitioning.isEmpty() ? QString() : SchemaDiff::partitioningDefinition(s.partitioning);
        const QString have = t.partitioning.isEmpty() ? QString() : SchemaDiff::partitioningDefinition(t.partitioning);
        QString wantedKey = wanted, haveKey = have;
        if (wantedKey.toLower() == haveKey.toLower())
            return;
        const QStringList warnings {tr("Repartitioning copies the whole table.")};
        // Remove first, so the table's own ALTER never meets keys that the old partitioning forbids.
        if (!t.partitioning.isEmpty())
            m_removePartitioning << step(ObjectType::Table, t.name, tr("remove partitioning"),
                                         QStringLiteral("ALTER TABLE %1 REMOVE PARTITIONING").arg(q(t.name)), Risk::Rebuild, warnings);
        if (!s.partitioning.isEmpty())
            m_partitioning << step(ObjectType::Table, t.name, tr("partition as %1").arg(wanted),
                                   QStringLiteral("ALTER TABLE %1 %2").arg(q(t.name), SchemaDdl::partitionClause(s.partitioning)),
                                   Risk::Rebuild, warnings);
    }

    // ---- foreign keys ---------------------------------------------------------------------------

    static bool intersects(const QStringList& columns, const QSet<QString>& set)
    {
        for (const QString& c : columns) {
            if (set.contains(lower(c)))
                return true;
        }
        return false;
    }

    /// Whether a change in `pair` touches the columns `columns` (their definition or an index over them).
    static bool touches(const TablePair& pair, const QStringList& columns)
    {
        if (intersects(columns, pair.changedColumns))
            return true;
        for (const Index& i : pair.target->indexes) {
            if (!pair.changedIndexes.contains(lower(i.name)))
                continue;
            for (const Index::Part& p : i.parts) {
                if (columns.contains(p.column, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    }

    void planForeignKeys()
    {
        // Keys between tables that are dropped go first, so the tables can go in any order.
        for (const Table* t : std::as_const(m_droppedTables)) {
            for (const ForeignKey& fk : t->foreignKeys) {
                const auto [db, table] = currentReference(fk);
                if (db.isEmpty() && m_droppedTableKeys.contains(tableKey(table)) && tableKey(table) != tableKey(t->name))
                    m_dropForeignKeys << step(ObjectType::Table, t->name, tr("drop foreign key %1 (its table goes)").arg(fk.name),
                                              QStringLiteral("ALTER TABLE %1 DROP FOREIGN KEY %2").arg(q(t->name), q(fk.name)),
                                              Risk::InPlace);
            }
        }
        for (const QString& key : std::as_const(m_pairOrder)) {
            const TablePair& pair = m_pairs[key];
            const Table& s = *pair.source;
            const Table& t = *pair.target;
            QHash<QString, const ForeignKey*> sourceKeys;
            for (const ForeignKey& fk : s.foreignKeys)
                sourceKeys.insert(lower(fk.name), &fk);
            QSet<QString> targetNames;
            QStringList dropClauses, dropNames;
            QList<const ForeignKey*> toAdd;
            for (const ForeignKey& fk : t.foreignKeys) {
                targetNames.insert(lower(fk.name));
                const ForeignKey* sfk = sourceKeys.value(lower(fk.name), nullptr);
                bool drop = !sfk || sourceForeignKeyKey(*sfk) != targetForeignKeyKey(fk);
                if (!drop && touches(pair, fk.columns))
                    drop = true;
                const auto [db, table] = currentReference(fk);
                if (!drop && db.isEmpty() && m_pairs.contains(tableKey(table)) && touches(m_pairs[tableKey(table)], fk.referencedColumns))
                    drop = true;
                if (!drop)
                    continue;
                dropClauses << QStringLiteral("DROP FOREIGN KEY %1").arg(q(fk.name));
                dropNames << fk.name;
                if (sfk)
                    toAdd << sfk;
            }
            for (const ForeignKey& fk : s.foreignKeys) {
                if (!targetNames.contains(lower(fk.name)))
                    toAdd << &fk;
            }
            if (!dropClauses.isEmpty())
                m_dropForeignKeys << step(ObjectType::Table, t.name, tr("drop foreign keys %1").arg(dropNames.join(QStringLiteral(", "))),
                                          QStringLiteral("ALTER TABLE %1 %2").arg(q(t.name), dropClauses.join(QStringLiteral(", "))),
                                          Risk::InPlace);
            addForeignKeys(t.name, toAdd);
        }
    }

    void addForeignKeys(const QString& targetTable, const QList<const ForeignKey*>& keys)
    {
        if (keys.isEmpty())
            return;
        QStringList clauses, names;
        for (const ForeignKey* fk : keys) {
            const auto [db, table] = targetReference(*fk);
            clauses << QStringLiteral("ADD ") + SchemaDdl::foreignKeyDefinition(*fk, db, table);
            names << fk->name;
        }
        m_addForeignKeys << step(ObjectType::Table, targetTable, tr("add foreign keys %1").arg(names.join(QStringLiteral(", "))),
                                 QStringLiteral("ALTER TABLE %1\n  %2").arg(q(targetTable), clauses.join(QStringLiteral(",\n  "))),
                                 Risk::Rebuild,
                                 {tr("The statement fails if existing rows violate the keys; InnoDB copies the table to add "
                                     "a key while foreign_key_checks is on.")});
    }

    void planNewTables()
    {
        for (const Table* t : std::as_const(m_droppedTables)) {
            m_dropTables << step(ObjectType::Table, t->name, tr("drop table (only in target)"),
                                 QStringLiteral("DROP TABLE %1").arg(q(t->name)), Risk::Destructive,
                                 {tr("Table %1 and all its rows are lost.").arg(t->name)});
        }
        // Dependency order among the new tables; a key to a table that comes later (a cycle) or to
        // any existing table is added once everything else is in place.
        QHash<QString, const Table*> byKey;
        for (const Table* t : std::as_const(m_newTables))
            byKey.insert(tableKey(mappedTable(t->name)), t);
        QSet<QString> done, visiting;
        QList<const Table*> order;
        std::function<void(const Table*)> visit = [&](const Table* t) {
            const QString key = tableKey(mappedTable(t->name));
            if (done.contains(key) || visiting.contains(key))
                return;
            visiting.insert(key);
            for (const ForeignKey& fk : t->foreignKeys) {
                const auto [db, table] = targetReference(fk);
                if (db.isEmpty() && byKey.contains(tableKey(table)))
                    visit(byKey.value(tableKey(table)));
            }
            visiting.remove(key);
            done.insert(key);
            order << t;
        };
        for (const Table* t : std::as_const(m_newTables))
            visit(t);

        QSet<QString> created;
        for (const Table* t : std::as_const(order)) {
            const QString name = mappedTable(t->name);
            QStringList lines;
            for (const Column& c : t->columns)
                lines << SchemaDdl::columnDefinition(c, *t);
            for (const Index& i : t->indexes)
                lines << SchemaDdl::indexDefinition(i, m_target.mariaDb);
            for (const CheckConstraint& c : t->checks) {
                if (!c.columnLevel)
                    lines << SchemaDdl::checkDefinition(c, t->name);
            }
            QList<const ForeignKey*> later;
            for (const ForeignKey& fk : t->foreignKeys) {
                const auto [db, table] = targetReference(fk);
                const bool ready = db.isEmpty() && (tableKey(table) == tableKey(name) || created.contains(tableKey(table)));
                if (ready)
                    lines << SchemaDdl::foreignKeyDefinition(fk, db, table);
                else
                    later << &fk;
            }
            QString sql = QStringLiteral("CREATE TABLE %1 (\n  %2\n) %3")
                              .arg(q(name), lines.join(QStringLiteral(",\n  ")), SchemaDdl::tableOptions(*t, !m_options.ignoreAutoIncrement));
            if (!t->partitioning.isEmpty())
                sql += QLatin1Char('\n') + SchemaDdl::partitionClause(t->partitioning);
            m_createTables << step(ObjectType::Table, name, tr("create table"), sql, Risk::Instant);
            created.insert(tableKey(name));
            addForeignKeys(name, later);
        }
    }

    // ---- views, triggers, routines, events --------------------------------------------------------

    void planViews()
    {
        QList<const View*> wanted;
        for (const ObjectDiff& o : m_diff.objects) {
            if (o.type != ObjectType::View)
                continue;
            if (o.status == ObjectDiff::Status::OnlyInTarget) {
                m_dropViews << step(ObjectType::View, o.targetName, tr("drop view (only in target)"),
                                    QStringLiteral("DROP VIEW %1").arg(q(o.targetName)), Risk::Destructive);
            } else if (o.status == ObjectDiff::Status::OnlyInSource || o.status == ObjectDiff::Status::Different) {
                if (const View* v = m_source.view(o.sourceName))
                    wanted << v;
            }
        }
        // A view that selects from another view being created comes after it.
        QHash<QString, const View*> byKey;
        for (const View* v : std::as_const(wanted))
            byKey.insert(tableKey(v->name), v);
        QSet<QString> done, visiting;
        std::function<void(const View*)> visit = [&](const View* v) {
            const QString key = tableKey(v->name);
            if (done.contains(key) || visiting.contains(key))
                return;
            visiting.insert(key);
            static const QRegularExpression quoted(QStringLiteral("`((?:[^`]|``)+)`"));
            for (auto it = quoted.globalMatch(v->definition); it.hasNext();) {
                QString name = it.next().captured(1);
                name.replace(QLatin1String("``"), QLatin1String("`"));
                if (const View* dep = byKey.value(tableKey(name), nullptr); dep && dep != v)
                    visit(dep);
            }
            visiting.remove(key);
            done.insert(key);
            m_createViews << step(ObjectType::View, v->name,
                                  m_target.view(v->name) ? tr("replace view") : tr("create view"),
                                  SchemaDdl::createView(*v, m_source.name, m_source.namesCaseInsensitive()), Risk::Instant);
        };
        for (const View* v : std::as_const(wanted))
            visit(v);
    }

    void planTriggers()
    {
        // Triggers of one table, timing and event fire in creation order: a group with any change
        // is dropped and recreated whole, in the source's order.
        auto group = [this](const QString& table, const Trigger& t) {
            return tableKey(table) + QLatin1Char('|') + t.timing.toUpper() + QLatin1Char('|') + t.event.toUpper();
        };
        QSet<QString> touched;
        for (const ObjectDiff& o : m_diff.objects) {
            if (o.type != ObjectType::Trigger || o.status == ObjectDiff::Status::Identical)
                continue;
            for (const Trigger& t : m_source.triggers) {
                if (t.name == o.sourceName)
                    touched.insert(group(mappedTable(t.table), t));
            }
            for (const Trigger& t : m_target.triggers) {
                if (t.name == o.targetName)
                    touched.insert(group(t.table, t));
            }
        }
        QSet<QString> inDiffSource, inDiffTarget;
        for (const ObjectDiff& o : m_diff.objects) {
            if (o.type == ObjectType::Trigger) {
                inDiffSource.insert(o.sourceName);
                inDiffTarget.insert(o.targetName);
            }
        }
        QSet<QString> sourceNames;
        for (const Trigger& t : m_source.triggers)
            sourceNames.insert(tableKey(t.name));
        for (const Trigger& t : m_target.triggers) {
            if (!inDiffTarget.contains(t.name) || !touched.contains(group(t.table, t)))
                continue;
            if (m_droppedTableKeys.contains(tableKey(t.table)))
                continue; // goes with its table
            const bool replaced = sourceNames.contains(tableKey(t.name));
            m_dropTriggers << step(ObjectType::Trigger, t.name, replaced ? tr("drop trigger to recreate it") : tr("drop trigger (only in target)"),
                                   QStringLiteral("DROP TRIGGER %1").arg(q(t.name)), replaced ? Risk::Instant : Risk::Destructive);
        }
        QList<const Trigger*> create;
        for (const Trigger& t : m_source.triggers) {
            if (inDiffSource.contains(t.name) && touched.contains(group(mappedTable(t.table), t)))
                create << &t;
        }
        std::stable_sort(create.begin(), create.end(), [](const Trigger* a, const Trigger* b) { return a->order < b->order; });
        for (const Trigger* t : std::as_const(create))
            m_createTriggers << step(ObjectType::Trigger, t->name, tr("create trigger"),
                                     SchemaDdl::createTrigger(*t, mappedTable(t->table)), Risk::Instant);
    }

    void planRoutines()
    {
        for (const ObjectDiff& o : m_diff.objects) {
            if (o.type != ObjectType::Procedure && o.type != ObjectType::Function)
                continue;
            const bool function = o.type == ObjectType::Function;
            const QString keyword = function ? QStringLiteral("FUNCTION") : QStringLiteral("PROCEDURE");
            if (o.status == ObjectDiff::Status::OnlyInTarget || o.status == ObjectDiff::Status::Different) {
                const bool replaced = o.status == ObjectDiff::Status::Different;
                m_dropRoutines << step(o.type, o.targetName, replaced ? tr("drop to recreate") : tr("drop (only in target)"),
                                       QStringLiteral("DROP %1 %2").arg(keyword, q(o.targetName)),
                                       replaced ? Risk::Instant : Risk::Destructive);
            }
            if (o.status == ObjectDiff::Status::OnlyInSource || o.status == ObjectDiff::Status::Different) {
                for (const Routine& r : m_source.routines) {
                    if (r.name == o.sourceName && (r.kind == Routine::Kind::Function) == function)
                        m_createRoutines << step(o.type, r.name, tr("create"), SchemaDdl::createRoutine(r), Risk::Instant);
                }
            }
        }
    }

    void planEvents()
    {
        for (const ObjectDiff& o : m_diff.objects) {
            if (o.type != ObjectType::Event)
                continue;
            if (o.status == ObjectDiff::Status::OnlyInTarget || o.status == ObjectDiff::Status::Different) {
                const bool replaced = o.status == ObjectDiff::Status::Different;
                m_dropEvents << step(ObjectType::Event, o.targetName, replaced ? tr("drop to recreate") : tr("drop (only in target)"),
                                     QStringLiteral("DROP EVENT %1").arg(q(o.targetName)), replaced ? Risk::Instant : Risk::Destructive);
            }
            if (o.status != ObjectDiff::Status::OnlyInSource && o.status != ObjectDiff::Status::Different)
                continue;
            for (const Event& e : m_source.events) {
                if (e.name != o.sourceName)
                    continue;
                // An event's times are read in its own time zone; create it in that zone.
                const bool zone = !e.timeZone.isEmpty() && e.timeZone != QLatin1String("+00:00");
                if (zone)
                    m_createEvents << step(ObjectType::Event, e.name, tr("use the event's time zone"),
                                           QStringLiteral("SET @syncstudio_time_zone = @@session.time_zone, time_zone = %1")
                                               .arg(QString::fromUtf8(Sql::stringLiteral(e.timeZone))),
                                           Risk::Instant);
                m_createEvents << step(ObjectType::Event, e.name, tr("create"), SchemaDdl::createEvent(e), Risk::Instant);
                if (zone)
                    m_createEvents << step(ObjectType::Event, e.name, tr("restore the session time zone"),
                                           QStringLiteral("SET time_zone = @syncstudio_time_zone"), Risk::Instant);
            }
        }
    }

    const DatabaseSchema& m_source;
    const DatabaseSchema& m_target;
    const SchemaDiffResult& m_diff;
    const SchemaDiffOptions& m_options;
    bool m_caseInsensitive;
    QHash<QString, QString> m_tableMap;

    QHash<QString, TablePair> m_pairs; ///< by tableKey(target name): tables on both sides
    QStringList m_pairOrder;
    QStringList m_changedPairs;
    QList<const Table*> m_newTables;
    QList<const Table*> m_droppedTables;
    QSet<QString> m_droppedTableKeys;

    QList<MigrationStep> m_dropForeignKeys, m_dropTriggers, m_dropViews, m_dropRoutines, m_dropEvents, m_dropTables,
        m_removePartitioning, m_createTables, m_alterTables, m_partitioning, m_addForeignKeys, m_createViews,
        m_createTriggers, m_createRoutines, m_createEvents;
};

} // namespace

MigrationPlan MigrationPlanner::plan(const DatabaseSchema& source, const DatabaseSchema& target,
                                     const SchemaDiffResult& diff, const SchemaDiffOptions& options)
{
    return Planner(source, target, diff, options).run();
}

QString MigrationPlanner::narrowingWarning(const QString& column, const QString& from, const QString& to)
{
    const TypeInfo a = TypeInfo::parse(from), b = TypeInfo::parse(to);
    if (N::type(from) == N::type(to))
        return {};
    const QString generic = tr("Column %1 changes from %2 to %3: values that do not fit are truncated or rejected.")
                                .arg(column, N::type(from), N::type(to));
    const int ia = integerRank(a.base), ib = integerRank(b.base);
    if (ia >= 0 && ib >= 0) {
        if (ib < ia || a.isUnsigned != b.isUnsigned)
            return generic;
        return {};
    }
    if (ia >= 0 && (b.base == QLatin1String("decimal") || b.base == QLatin1String("bigint")))
        return {};
    static const QStringList chars = {QStringLiteral("char"), QStringLiteral("varchar"), QStringLiteral("binary"),
                                      QStringLiteral("varbinary")};
    if (chars.contains(a.base) && chars.contains(b.base))
        return b.param(0) < a.param(0) ? generic : QString();
    const int ta = textRank(a.base), tb = textRank(b.base);
    if (ta >= 0 && tb >= 0)
        return tb < ta ? generic : QString();
    if (chars.contains(a.base) && tb >= 0)
        return {};
    if (a.base == QLatin1String("decimal") && b.base == QLatin1String("decimal")) {
        const int intA = a.param(0, 10) - a.param(1), intB = b.param(0, 10) - b.param(1);
        return intB < intA || b.param(1) < a.param(1) ? generic : QString();
    }
    if (a.base == QLatin1String("float") && b.base == QLatin1String("double"))
        return {};
    static const QStringList temporal = {QStringLiteral("datetime"), QStringLiteral("timestamp"), QStringLiteral("time")};
    if (temporal.contains(a.base) && a.base == b.base)
        return b.param(0) < a.param(0) ? generic : QString();
    if ((a.base == QLatin1String("enum") || a.base == QLatin1String("set")) && a.base == b.base) {
        for (const QString& member : a.params) {
            if (!b.params.contains(member))
                return tr("Column %1 loses the member %2: rows holding it are changed or rejected.").arg(column, member);
        }
        return {};
    }
    return generic;
}

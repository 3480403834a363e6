#include "SchemaDiff.h"

#include "ObjectFilter.h"
#include "SchemaNormalizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace N = SchemaNormalizer;

namespace {

QString quoteName(const QString& name)
{
    QString out = name;
    out.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + out + QLatin1Char('`');
}

QString quoteText(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

/// "part: attribute from -> to", or "attribute from -> to" for the object itself.
QString changeLine(const QString& part, const QString& attribute, const QString& from, const QString& to)
{
    const QString text = QStringLiteral("%1 %2 -> %3").arg(attribute, from, to);
    return part.isEmpty() ? text : part + QStringLiteral(": ") + text;
}

QString displayOrNone(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("none") : text;
}

/// The default's value as shown after "default": 'x', NULL, current_timestamp(), (rand()), no default.
QString defaultText(const ColumnDefault& d, const QString& type)
{
    if (d.kind == ColumnDefault::Kind::None)
        return QStringLiteral("none");
    QString sql = d.toSql(N::isNumericType(type));
    if (sql.startsWith(QLatin1String("DEFAULT ")))
        sql.remove(0, 8);
    return sql;
}

QString generatedText(const Column& c)
{
    switch (c.generated) {
    case Column::Generated::No:
        return QStringLiteral("no");
    case Column::Generated::Virtual:
        return QStringLiteral("VIRTUAL AS (%1)").arg(N::expression(c.generationExpression));
    case Column::Generated::Stored:
        return QStringLiteral("STORED AS (%1)").arg(N::expression(c.generationExpression));
    }
    return {};
}

QString indexCompareKey(const Index& i)
{
    QString k = QStringLiteral("%1|%2|%3|").arg(yesNo(i.primary), yesNo(i.unique), i.type.toUpper());
    const bool ordered = i.type.compare(QLatin1String("FULLTEXT"), Qt::CaseInsensitive) != 0
        && i.type.compare(QLatin1String("SPATIAL"), Qt::CaseInsensitive) != 0;
    for (const Index::Part& p : i.parts) {
        k += p.column.isEmpty() ? QStringLiteral("(") + N::expression(p.expression) + QLatin1Char(')') : p.column.toLower();
        k += QStringLiteral("/%1/%2,").arg(ordered ? p.prefixLength : 0).arg(ordered && p.descending ? 1 : 0);
    }
    return k;
}

/// Everything the diff needs about the pair being compared.
class Comparator
{
public:
    Comparator(const DatabaseSchema& source, const DatabaseSchema& target, const SchemaDiffOptions& options)
        : m_source(source)
        , m_target(target)
        , m_options(options)
        , m_caseInsensitive(source.namesCaseInsensitive() || target.namesCaseInsensitive())
        , m_filter(options.include, options.exclude, m_caseInsensitive)
    {
        m_result.sourceDatabase = source.name;
        m_result.targetDatabase = target.name;
        for (auto it = options.tableMap.cbegin(); it != options.tableMap.cend(); ++it)
            m_tableMap.insert(tableKey(it.key()), it.value());
        for (auto it = options.databaseMap.cbegin(); it != options.databaseMap.cend(); ++it)
            m_databaseMap.insert(tableKey(it.key()), it.value());
        m_databaseMap.insert(tableKey(source.name), target.name);
    }

    SchemaDiffResult run()
    {
        compareTables();
        compareViews();
        compareTriggers();
        compareRoutines(Routine::Kind::Procedure);
        compareRoutines(Routine::Kind::Function);
        compareEvents();
        std::stable_sort(m_result.objects.begin(), m_result.objects.end(), [](const ObjectDiff& a, const ObjectDiff& b) {
            if (a.type != b.type)
                return objectTypeOrder(a.type) < objectTypeOrder(b.type);
            const QString& an = a.sourceName.isEmpty() ? a.targetName : a.sourceName;
            const QString& bn = b.sourceName.isEmpty() ? b.targetName : b.sourceName;
            return an < bn;
        });
        return m_result;
    }

private:
    // ---- naming ---------------------------------------------------------------------------------

    /// Table, view, trigger and database names: case-insensitive when either server folds them.
    QString tableKey(const QString& name) const { return m_caseInsensitive ? name.toLower() : name; }
    /// Column, index, constraint, routine and event names: case-insensitive everywhere.
    static QString key(const QString& name) { return name.toLower(); }
    /// The target name a source table is expected under.
    QString mappedTable(const QString& sourceName) const { return m_tableMap.value(tableKey(sourceName), sourceName); }

    bool accepted(const QString& sourceName, const QString& targetName, const QString& filterName = {},
                  const QString& targetFilterName = {}) const
    {
        if (m_filter.isEmpty())
            return true;
        const QString s = filterName.isEmpty() ? sourceName : filterName;
        const QString t = targetFilterName.isEmpty() ? targetName : targetFilterName;
        return (!s.isEmpty() && m_filter.accepts(m_source.name, s)) || (!t.isEmpty() && m_filter.accepts(m_target.name, t));
    }

    void add(ObjectType type, const QString& sourceName, const QString& targetName, QStringList changes)
    {
        ObjectDiff d;
        d.type = type;
        d.sourceName = sourceName;
        d.targetName = targetName;
        d.name = sourceName.isEmpty() ? m_target.name + QLatin1Char('.') + targetName
                                      : m_source.name + QLatin1Char('.') + sourceName;
        if (targetName.isEmpty())
            d.status = ObjectDiff::Status::OnlyInSource;
        else if (sourceName.isEmpty())
            d.status = ObjectDiff::Status::OnlyInTarget;
        else
            d.status = changes.isEmpty() ? ObjectDiff::Status::Identical : ObjectDiff::Status::Different;
        d.changes = std::move(changes);
        m_result.objects.append(std::move(d));
    }

    /// Pairs source and target objects by key; calls `both` for pairs and adds the one-sided ones.
    template<typename T, typename SourceKey, typename TargetKey, typename Both>
    void pair(ObjectType type, const QList<const T*>& sources, const QList<const T*>& targets, SourceKey sourceKey,
              TargetKey targetKey, Both both)
    {
        QHash<QString, const T*> byKey;
        for (const T* t : targets)
            byKey.insert(targetKey(*t), t);
        QSet<const T*> matched;
        for (const T* s : sources) {
            const T* t = byKey.value(sourceKey(*s), nullptr);
            if (!t) {
                add(type, s->name, {}, {});
                continue;
            }
            matched.insert(t);
            add(type, s->name, t->name, both(*s, *t));
        }
        for (const T* t : targets) {
            if (!matched.contains(t))
                add(type, {}, t->name, {});
        }
    }

    // ---- tables -----------------------------------------------------------------------------------

    void compareTables()
    {
        QList<const Table*> sources, targets;
        for (const Table& t : m_source.tables) {
            if (accepted(t.name, {}))
                sources.append(&t);
        }
        // A target table is listed when it, or the source table mapped to it, is accepted.
        QHash<QString, QString> reverseMap;
        for (auto it = m_options.tableMap.cbegin(); it != m_options.tableMap.cend(); ++it)
            reverseMap.insert(tableKey(it.value()), it.key());
        for (const Table& t : m_target.tables) {
            const QString sourceName = reverseMap.value(tableKey(t.name), t.name);
            if (accepted(sourceName, t.name))
                targets.append(&t);
        }
        pair<Table>(
            ObjectType::Table, sources, targets, [this](const Table& s) { return tableKey(mappedTable(s.name)); },
            [this](const Table& t) { return tableKey(t.name); },
            [this](const Table& s, const Table& t) { return compareTable(s, t); });
    }

    QStringList compareTable(const Table& s, const Table& t) const
    {
        QStringList changes;
        if (s.tableType != t.tableType)
            changes << changeLine({}, QStringLiteral("table type"), s.tableType, t.tableType);
        if (!m_options.ignoreTableOptions) {
            if (N::engine(s.engine) != N::engine(t.engine))
                changes << changeLine({}, QStringLiteral("engine"), s.engine, t.engine);
            // Row formats belong to an engine: a changed engine already says it all.
            if (N::engine(s.engine) == N::engine(t.engine) && N::rowFormat(s.rowFormat) != N::rowFormat(t.rowFormat))
                changes << changeLine({}, QStringLiteral("row_format"), N::rowFormat(s.rowFormat), N::rowFormat(t.rowFormat));
            if (N::createOptions(s.createOptions) != N::createOptions(t.createOptions))
                changes << changeLine({}, QStringLiteral("options"), displayOrNone(N::createOptions(s.createOptions)),
                                      displayOrNone(N::createOptions(t.createOptions)));
        }
        const QString sc = N::charset(s.charset), tc = N::charset(t.charset);
        if (sc != tc)
            changes << changeLine({}, QStringLiteral("charset"), sc, tc);
        else if (!m_options.ignoreCollations && N::collation(s.collation) != N::collation(t.collation))
            changes << changeLine({}, QStringLiteral("collation"), N::collation(s.collation), N::collation(t.collation));
        if (!m_options.ignoreComments && s.comment != t.comment)
            changes << changeLine({}, QStringLiteral("comment"), quoteText(s.comment), quoteText(t.comment));
        if (!m_options.ignoreAutoIncrement && s.autoIncrement && t.autoIncrement && *s.autoIncrement != *t.autoIncrement)
            changes << changeLine({}, QStringLiteral("auto_increment"), QString::number(*s.autoIncrement),
                                  QString::number(*t.autoIncrement));
        compareColumns(s, t, changes);
        compareIndexes(s, t, changes);
        compareForeignKeys(s, t, changes);
        compareChecks(s, t, changes);
        comparePartitioning(s.partitioning, t.partitioning, changes);
        return changes;
    }

    void compareColumns(const Table& s, const Table& t, QStringList& changes) const
    {
        QHash<QString, int> targetIndex;
        for (int i = 0; i < t.columns.size(); ++i)
            targetIndex.insert(key(t.columns[i].name), i);
        QList<int> pairedTarget; // per source column: the target index or -1
        for (const Column& sc : s.columns) {
            const int ti = targetIndex.value(key(sc.name), -1);
            pairedTarget.append(ti);
            const QString part = QStringLiteral("column ") + sc.name;
            if (ti < 0) {
                changes << part + QStringLiteral(": only in source");
                continue;
            }
            compareColumn(part, sc, t.columns[ti], changes);
        }
        QSet<int> matched(pairedTarget.cbegin(), pairedTarget.cend());
        for (int i = 0; i < t.columns.size(); ++i) {
            if (!matched.contains(i))
                changes << QStringLiteral("column %1: only in target").arg(t.columns[i].name);
        }
        if (!m_options.ignoreColumnOrder)
            compareColumnOrder(s, t, pairedTarget, changes);
    }

    void compareColumn(const QString& part, const Column& s, const Column& t, QStringList& changes) const
    {
        for (const QString& change : SchemaDiff::columnChanges(s, t, m_options))
            changes << part + QStringLiteral(": ") + change;
    }

    /// Reports the columns that moved: those outside the longest run of common columns that keeps
    /// its relative order, so that one added or moved column does not make every later one "moved".
    void compareColumnOrder(const Table& s, const Table& t, const QList<int>& pairedTarget, QStringList& changes) const
    {
        QList<int> sourceIdx, seq; // common columns in source order, and their target positions
        for (int i = 0; i < pairedTarget.size(); ++i) {
            if (pairedTarget[i] >= 0) {
                sourceIdx.append(i);
                seq.append(pairedTarget[i]);
            }
        }
        // Longest increasing subsequence of target positions (O(n^2) is fine for column counts).
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
        QSet<int> inOrder;
        for (int i = best; i >= 0; i = previous[i])
            inOrder.insert(i);
        for (int i = 0; i < n; ++i) {
            if (inOrder.contains(i))
                continue;
            const int si = sourceIdx[i];
            const int ti = seq[i];
            const QString from = si == 0 ? QStringLiteral("first") : QStringLiteral("after ") + s.columns[si - 1].name;
            const QString to = ti == 0 ? QStringLiteral("first") : QStringLiteral("after ") + t.columns[ti - 1].name;
            changes << changeLine(QStringLiteral("column ") + s.columns[si].name, QStringLiteral("position"), from, to);
        }
    }

    void compareIndexes(const Table& s, const Table& t, QStringList& changes) const
    {
        QHash<QString, const Index*> byName;
        for (const Index& i : t.indexes)
            byName.insert(key(i.name), &i);
        QSet<QString> seen;
        for (const Index& si : s.indexes) {
            const QString part = QStringLiteral("index ") + si.name;
            const Index* ti = byName.value(key(si.name), nullptr);
            seen.insert(key(si.name));
            if (!ti) {
                changes << part + QStringLiteral(": only in source");
                continue;
            }
            if (!SchemaDiff::sameIndexDefinition(si, *ti))
                changes << changeLine(part, QStringLiteral("definition"), SchemaDiff::indexDefinition(si),
                                      SchemaDiff::indexDefinition(*ti));
            if (si.invisible != ti->invisible)
                changes << changeLine(part, QStringLiteral("ignored"), yesNo(si.invisible), yesNo(ti->invisible));
            if (!m_options.ignoreComments && si.comment != ti->comment)
                changes << changeLine(part, QStringLiteral("comment"), quoteText(si.comment), quoteText(ti->comment));
        }
        for (const Index& ti : t.indexes) {
            if (!seen.contains(key(ti.name)))
                changes << QStringLiteral("index %1: only in target").arg(ti.name);
        }
    }

    /// A foreign key's meaning with names resolved to the target's: referenced database and table
    /// through the mappings, columns without case.
    QString foreignKeyCompareKey(const ForeignKey& fk, bool fromSource) const
    {
        const DatabaseSchema& own = fromSource ? m_source : m_target;
        QString database;
        if (tableKey(fk.referencedDatabase) != tableKey(own.name)) {
            database = fromSource ? m_databaseMap.value(tableKey(fk.referencedDatabase), fk.referencedDatabase)
                                  : fk.referencedDatabase;
            database = tableKey(database);
        }
        const QString table = tableKey(fromSource && database.isEmpty() ? mappedTable(fk.referencedTable) : fk.referencedTable);
        QStringList columns, referenced;
        for (const QString& c : fk.columns)
            columns << key(c);
        for (const QString& c : fk.referencedColumns)
            referenced << key(c);
        return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(columns.join(QLatin1Char(',')), database, table, referenced.join(QLatin1Char(',')),
                 N::referentialAction(fk.onDelete), N::referentialAction(fk.onUpdate));
    }

    void compareForeignKeys(const Table& s, const Table& t, QStringList& changes) const
    {
        QHash<QString, const ForeignKey*> byName;
        for (const ForeignKey& fk : t.foreignKeys)
            byName.insert(key(fk.name), &fk);
        QSet<QString> seen;
        for (const ForeignKey& sf : s.foreignKeys) {
            const QString part = QStringLiteral("foreign key ") + sf.name;
            const ForeignKey* tf = byName.value(key(sf.name), nullptr);
            seen.insert(key(sf.name));
            if (!tf) {
                changes << part + QStringLiteral(": only in source");
                continue;
            }
            if (foreignKeyCompareKey(sf, true) != foreignKeyCompareKey(*tf, false))
                changes << changeLine(part, QStringLiteral("definition"), SchemaDiff::foreignKeyDefinition(sf, m_source.name),
                                      SchemaDiff::foreignKeyDefinition(*tf, m_target.name));
        }
        for (const ForeignKey& tf : t.foreignKeys) {
            if (!seen.contains(key(tf.name)))
                changes << QStringLiteral("foreign key %1: only in target").arg(tf.name);
        }
    }

    void compareChecks(const Table& s, const Table& t, QStringList& changes) const
    {
        // Server-named constraints (CONSTRAINT_1, t_chk_1) pair by their clause, named ones by name.
        auto checkKey = [](const CheckConstraint& c, const Table& owner) {
            return N::isGeneratedCheckName(c.name, owner.name) ? QStringLiteral("clause:") + N::expression(c.clause)
                                                               : QStringLiteral("name:") + key(c.name);
        };
        auto label = [](const CheckConstraint& c, const Table& owner) {
            return N::isGeneratedCheckName(c.name, owner.name) ? QStringLiteral("check (%1)").arg(N::expression(c.clause))
                                                               : QStringLiteral("check ") + c.name;
        };
        QHash<QString, const CheckConstraint*> byKey;
        for (const CheckConstraint& c : t.checks)
            byKey.insert(checkKey(c, t), &c);
        QSet<QString> seen;
        for (const CheckConstraint& sc : s.checks) {
            const QString k = checkKey(sc, s);
            seen.insert(k);
            const CheckConstraint* tc = byKey.value(k, nullptr);
            if (!tc) {
                changes << label(sc, s) + QStringLiteral(": only in source");
                continue;
            }
            const QString a = N::expression(sc.clause), b = N::expression(tc->clause);
            if (a != b)
                changes << changeLine(label(sc, s), QStringLiteral("clause"), a, b);
        }
        for (const CheckConstraint& tc : t.checks) {
            if (!seen.contains(checkKey(tc, t)))
                changes << label(tc, t) + QStringLiteral(": only in target");
        }
    }

    void comparePartitioning(const Table::Partitioning& s, const Table::Partitioning& t, QStringList& changes) const
    {
        auto head = [](const Table::Partitioning& p) {
            return QStringLiteral("%1|%2|%3|%4")
                .arg(p.method.toUpper(), N::expression(p.expression), p.subMethod.toUpper(), N::expression(p.subExpression));
        };
        if (s.isEmpty() && t.isEmpty())
            return;
        if (s.isEmpty() || t.isEmpty() || head(s) != head(t)) {
            changes << changeLine({}, QStringLiteral("partitioning"),
                                  s.isEmpty() ? QStringLiteral("none") : SchemaDiff::partitioningDefinition(s),
                                  t.isEmpty() ? QStringLiteral("none") : SchemaDiff::partitioningDefinition(t));
            return;
        }
        QHash<QString, const Table::Partition*> byName;
        for (const Table::Partition& p : t.partitions)
            byName.insert(key(p.name), &p);
        QStringList sourceOrder, targetOrder;
        for (const Table::Partition& sp : s.partitions) {
            const QString part = QStringLiteral("partition ") + sp.name;
            const Table::Partition* tp = byName.value(key(sp.name), nullptr);
            if (!tp) {
                changes << part + QStringLiteral(": only in source");
                continue;
            }
            sourceOrder << key(sp.name);
            const QString sd = N::expression(sp.description), td = N::expression(tp->description);
            if (sd != td)
                changes << changeLine(part, QStringLiteral("values"), displayOrNone(sd), displayOrNone(td));
            if (!m_options.ignoreComments && sp.comment != tp->comment)
                changes << changeLine(part, QStringLiteral("comment"), quoteText(sp.comment), quoteText(tp->comment));
            QStringList ss, ts;
            for (const QString& n : sp.subpartitions)
                ss << key(n);
            for (const QString& n : tp->subpartitions)
                ts << key(n);
            if (ss != ts)
                changes << changeLine(part, QStringLiteral("subpartitions"), displayOrNone(sp.subpartitions.join(QStringLiteral(", "))),
                                      displayOrNone(tp->subpartitions.join(QStringLiteral(", "))));
        }
        QSet<QString> sourceNames;
        for (const Table::Partition& sp : s.partitions)
            sourceNames.insert(key(sp.name));
        for (const Table::Partition& tp : t.partitions) {
            if (!sourceNames.contains(key(tp.name)))
                changes << QStringLiteral("partition %1: only in target").arg(tp.name);
            else
                targetOrder << key(tp.name);
        }
        if (sourceOrder != targetOrder)
            changes << changeLine({}, QStringLiteral("partition order"), sourceOrder.join(QStringLiteral(", ")),
                                  targetOrder.join(QStringLiteral(", ")));
    }

    // ---- views, triggers, routines, events -----------------------------------------------------

    void compareViews()
    {
        QList<const View*> sources, targets;
        for (const View& v : m_source.views) {
            if (accepted(v.name, {}))
                sources.append(&v);
        }
        for (const View& v : m_target.views) {
            if (accepted({}, v.name))
                targets.append(&v);
        }
        pair<View>(
            ObjectType::View, sources, targets, [this](const View& v) { return tableKey(v.name); },
            [this](const View& v) { return tableKey(v.name); },
            [this](const View& s, const View& t) {
                QStringList changes;
                const QString sd = N::viewDefinition(s.definition, m_source.name, m_source.namesCaseInsensitive());
                const QString td = N::viewDefinition(t.definition, m_target.name, m_target.namesCaseInsensitive());
                if (sd != td)
                    changes << changeLine({}, QStringLiteral("definition"), sd, td);
                if (s.checkOption.toUpper() != t.checkOption.toUpper())
                    changes << changeLine({}, QStringLiteral("check option"), s.checkOption, t.checkOption);
                if (s.securityType.toUpper() != t.securityType.toUpper())
                    changes << changeLine({}, QStringLiteral("security"), s.securityType, t.securityType);
                // MySQL does not report the algorithm in information_schema: compare only when both do.
                if (!s.algorithm.isEmpty() && !t.algorithm.isEmpty() && s.algorithm.toUpper() != t.algorithm.toUpper())
                    changes << changeLine({}, QStringLiteral("algorithm"), s.algorithm, t.algorithm);
                return changes;
            });
    }

    void compareTriggers()
    {
        QList<const Trigger*> sources, targets;
        for (const Trigger& t : m_source.triggers) {
            if (accepted(t.name, {}, t.table))
                sources.append(&t);
        }
        QHash<QString, QString> reverseMap;
        for (auto it = m_options.tableMap.cbegin(); it != m_options.tableMap.cend(); ++it)
            reverseMap.insert(tableKey(it.value()), it.key());
        for (const Trigger& t : m_target.triggers) {
            if (accepted({}, t.name, {}, reverseMap.value(tableKey(t.table), t.table)))
                targets.append(&t);
        }
        pair<Trigger>(
            ObjectType::Trigger, sources, targets, [this](const Trigger& t) { return tableKey(t.name); },
            [this](const Trigger& t) { return tableKey(t.name); },
            [this](const Trigger& s, const Trigger& t) {
                QStringList changes;
                if (tableKey(mappedTable(s.table)) != tableKey(t.table))
                    changes << changeLine({}, QStringLiteral("table"), s.table, t.table);
                if (s.timing.toUpper() != t.timing.toUpper())
                    changes << changeLine({}, QStringLiteral("timing"), s.timing, t.timing);
                if (s.event.toUpper() != t.event.toUpper())
                    changes << changeLine({}, QStringLiteral("event"), s.event, t.event);
                if (s.order != t.order)
                    changes << changeLine({}, QStringLiteral("order"), QString::number(s.order), QString::number(t.order));
                const QString sb = N::body(s.statement, m_source.name, m_source.namesCaseInsensitive());
                const QString tb = N::body(t.statement, m_target.name, m_target.namesCaseInsensitive());
                if (sb != tb)
                    changes << changeLine({}, QStringLiteral("statement"), sb, tb);
                return changes;
            });
    }

    void compareRoutines(Routine::Kind kind)
    {
        const ObjectType type = kind == Routine::Kind::Function ? ObjectType::Function : ObjectType::Procedure;
        QList<const Routine*> sources, targets;
        for (const Routine& r : m_source.routines) {
            if (r.kind == kind && accepted(r.name, {}))
                sources.append(&r);
        }
        for (const Routine& r : m_target.routines) {
            if (r.kind == kind && accepted({}, r.name))
                targets.append(&r);
        }
        auto nameKey = [](const Routine& r) { return key(r.name); };
        pair<Routine>(type, sources, targets, nameKey, nameKey, [this](const Routine& s, const Routine& t) {
            QStringList changes;
            const QString ss = SchemaDiff::routineSignature(s), ts = SchemaDiff::routineSignature(t);
            if (ss.toLower() != ts.toLower())
                changes << changeLine({}, QStringLiteral("parameters"), ss, ts);
            if (N::type(s.returns) != N::type(t.returns))
                changes << changeLine({}, QStringLiteral("returns"), N::type(s.returns), N::type(t.returns));
            if (s.deterministic != t.deterministic)
                changes << changeLine({}, QStringLiteral("deterministic"), yesNo(s.deterministic), yesNo(t.deterministic));
            if (s.dataAccess.toUpper() != t.dataAccess.toUpper())
                changes << changeLine({}, QStringLiteral("data access"), s.dataAccess, t.dataAccess);
            if (s.securityType.toUpper() != t.securityType.toUpper())
                changes << changeLine({}, QStringLiteral("security"), s.securityType, t.securityType);
            if (!m_options.ignoreComments && s.comment != t.comment)
                changes << changeLine({}, QStringLiteral("comment"), quoteText(s.comment), quoteText(t.comment));
            const QString sb = N::body(s.body, m_source.name, m_source.namesCaseInsensitive());
            const QString tb = N::body(t.body, m_target.name, m_target.namesCaseInsensitive());
            if (sb != tb)
                changes << changeLine({}, QStringLiteral("body"), sb, tb);
            return changes;
        });
    }

    void compareEvents()
    {
        QList<const Event*> sources, targets;
        for (const Event& e : m_source.events) {
            if (accepted(e.name, {}))
                sources.append(&e);
        }
        for (const Event& e : m_target.events) {
            if (accepted({}, e.name))
                targets.append(&e);
        }
        auto nameKey = [](const Event& e) { return key(e.name); };
        pair<Event>(ObjectType::Event, sources, targets, nameKey, nameKey, [this](const Event& s, const Event& t) {
            QStringList changes;
            // Two events that both start at their creation have the same schedule, whenever created.
            const bool bothAtCreation = s.startsAtCreation && t.startsAtCreation;
            const QString ss = SchemaDiff::eventSchedule(s, !bothAtCreation);
            const QString ts = SchemaDiff::eventSchedule(t, !bothAtCreation);
            if (ss != ts)
                changes << changeLine({}, QStringLiteral("schedule"), ss, ts);
            if (s.timeZone != t.timeZone)
                changes << changeLine({}, QStringLiteral("time zone"), s.timeZone, t.timeZone);
            if (s.status.toUpper() != t.status.toUpper())
                changes << changeLine({}, QStringLiteral("status"), s.status, t.status);
            if (s.onCompletion.toUpper() != t.onCompletion.toUpper())
                changes << changeLine({}, QStringLiteral("on completion"), s.onCompletion, t.onCompletion);
            if (!m_options.ignoreComments && s.comment != t.comment)
                changes << changeLine({}, QStringLiteral("comment"), quoteText(s.comment), quoteText(t.comment));
            const QString sb = N::body(s.definition, m_source.name, m_source.namesCaseInsensitive());
            const QString tb = N::body(t.definition, m_target.name, m_target.namesCaseInsensitive());
            if (sb != tb)
                changes << changeLine({}, QStringLiteral("definition"), sb, tb);
            return changes;
        });
    }

    const DatabaseSchema& m_source;
    const DatabaseSchema& m_target;
    const SchemaDiffOptions& m_options;
    bool m_caseInsensitive;
    ObjectFilter m_filter;
    QHash<QString, QString> m_tableMap;    ///< tableKey(source) -> target name
    QHash<QString, QString> m_databaseMap; ///< tableKey(source db) -> target db
    SchemaDiffResult m_result;
};

} // namespace

SchemaDiffResult SchemaDiff::compare(const DatabaseSchema& source, const DatabaseSchema& target,
                                     const SchemaDiffOptions& options)
{
    return Comparator(source, target, options).run();
}

QStringList SchemaDiff::columnChanges(const Column& s, const Column& t, const SchemaDiffOptions& options)
{
    QStringList changes;
    const QString part; // the caller prefixes "column name: "
    if (s.name != t.name)
        changes << changeLine(part, QStringLiteral("name"), s.name, t.name);
    const QString st = N::type(s.type), tt = N::type(t.type);
    if (st != tt)
        changes << changeLine(part, QStringLiteral("type"), st, tt);
    if (s.nullable != t.nullable)
        changes << changeLine(part, QStringLiteral("nullable"), yesNo(s.nullable), yesNo(t.nullable));
    if (s.generated == Column::Generated::No && t.generated == Column::Generated::No) {
        const ColumnDefault sd = N::defaultValue(s.defaultValue, s.nullable);
        const ColumnDefault td = N::defaultValue(t.defaultValue, t.nullable);
        if (!(sd == td))
            changes << changeLine(part, QStringLiteral("default"), defaultText(sd, s.type), defaultText(td, t.type));
    }
    if (s.autoIncrement != t.autoIncrement)
        changes << changeLine(part, QStringLiteral("auto_increment"), yesNo(s.autoIncrement), yesNo(t.autoIncrement));
    const QString su = s.onUpdate.isEmpty() ? QString() : N::expression(s.onUpdate);
    const QString tu = t.onUpdate.isEmpty() ? QString() : N::expression(t.onUpdate);
    if (su != tu)
        changes << changeLine(part, QStringLiteral("on update"), displayOrNone(su), displayOrNone(tu));
    if (generatedText(s) != generatedText(t))
        changes << changeLine(part, QStringLiteral("generated"), generatedText(s), generatedText(t));
    if (s.invisible != t.invisible)
        changes << changeLine(part, QStringLiteral("invisible"), yesNo(s.invisible), yesNo(t.invisible));
    const QString scs = N::charset(s.charset), tcs = N::charset(t.charset);
    if (scs != tcs)
        changes << changeLine(part, QStringLiteral("charset"), displayOrNone(scs), displayOrNone(tcs));
    else if (!options.ignoreCollations && N::collation(s.collation) != N::collation(t.collation))
        changes << changeLine(part, QStringLiteral("collation"), displayOrNone(N::collation(s.collation)),
                              displayOrNone(N::collation(t.collation)));
    if (!options.ignoreComments && s.comment != t.comment)
        changes << changeLine(part, QStringLiteral("comment"), quoteText(s.comment), quoteText(t.comment));
    return changes;
}

bool SchemaDiff::sameIndexDefinition(const Index& a, const Index& b)
{
    return indexCompareKey(a) == indexCompareKey(b);
}

QString SchemaDiff::indexDefinition(const Index& index)
{
    QString kind;
    const QString type = index.type.toUpper();
    if (index.primary)
        kind = QStringLiteral("PRIMARY KEY");
    else if (type == QLatin1String("FULLTEXT"))
        kind = QStringLiteral("FULLTEXT KEY");
    else if (type == QLatin1String("SPATIAL"))
        kind = QStringLiteral("SPATIAL KEY");
    else if (index.unique)
        kind = QStringLiteral("UNIQUE KEY");
    else
        kind = QStringLiteral("KEY");
    const bool ordered = type != QLatin1String("FULLTEXT") && type != QLatin1String("SPATIAL");
    QStringList parts;
    for (const Index::Part& p : index.parts) {
        QString text = p.column.isEmpty() ? QStringLiteral("(%1)").arg(N::expression(p.expression)) : quoteName(p.column);
        // MariaDB reports a prefix of 32 on SPATIAL keys, MySQL none: not a choice anyone made.
        if (p.prefixLength > 0 && ordered)
            text += QStringLiteral("(%1)").arg(p.prefixLength);
        if (ordered && p.descending)
            text += QStringLiteral(" DESC");
        parts << text;
    }
    QString out = QStringLiteral("%1 (%2)").arg(kind, parts.join(QStringLiteral(", ")));
    if (type == QLatin1String("HASH") || type == QLatin1String("RTREE"))
        out += QStringLiteral(" USING ") + type;
    return out;
}

QString SchemaDiff::foreignKeyDefinition(const ForeignKey& key, const QString& ownDatabase)
{
    QStringList columns, referenced;
    for (const QString& c : key.columns)
        columns << quoteName(c);
    for (const QString& c : key.referencedColumns)
        referenced << quoteName(c);
    const QString table = key.referencedDatabase.isEmpty() || key.referencedDatabase == ownDatabase
        ? quoteName(key.referencedTable)
        : quoteName(key.referencedDatabase) + QLatin1Char('.') + quoteName(key.referencedTable);
    return QStringLiteral("(%1) REFERENCES %2 (%3) ON DELETE %4 ON UPDATE %5")
        .arg(columns.join(QStringLiteral(", ")), table, referenced.join(QStringLiteral(", ")),
             N::referentialAction(key.onDelete), N::referentialAction(key.onUpdate));
}

QString SchemaDiff::partitioningDefinition(const Table::Partitioning& p)
{
    if (p.isEmpty())
        return {};
    QString out = QStringLiteral("%1(%2)").arg(p.method.toUpper(), N::expression(p.expression));
    if (!p.subMethod.isEmpty())
        out += QStringLiteral(" SUBPARTITION BY %1(%2)").arg(p.subMethod.toUpper(), N::expression(p.subExpression));
    const QString method = p.method.toUpper();
    QStringList parts;
    for (const Table::Partition& part : p.partitions) {
        QString text = part.name;
        if (method.startsWith(QLatin1String("RANGE")))
            text += QStringLiteral(" VALUES LESS THAN (%1)").arg(N::expression(part.description));
        else if (method.startsWith(QLatin1String("LIST")))
            text += QStringLiteral(" VALUES IN (%1)").arg(N::expression(part.description));
        if (!part.comment.isEmpty())
            text += QStringLiteral(" COMMENT ") + quoteText(part.comment);
        if (!part.subpartitions.isEmpty())
            text += QStringLiteral(" (%1)").arg(part.subpartitions.join(QStringLiteral(", ")));
        parts << text;
    }
    return out + QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
}

QString SchemaDiff::routineSignature(const Routine& routine)
{
    QStringList params;
    for (const Routine::Parameter& p : routine.parameters) {
        QString text = p.mode.isEmpty() || routine.kind == Routine::Kind::Function ? QString() : p.mode.toUpper() + QLatin1Char(' ');
        text += quoteName(p.name) + QLatin1Char(' ') + N::type(p.type);
        params << text;
    }
    return QLatin1Char('(') + params.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString SchemaDiff::eventSchedule(const Event& e, bool withStarts)
{
    if (e.eventType.compare(QLatin1String("ONE TIME"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("AT '%1'").arg(e.executeAt);
    QString out = QStringLiteral("EVERY %1 %2").arg(e.intervalValue, e.intervalField.toUpper());
    if (withStarts && !e.starts.isEmpty())
        out += QStringLiteral(" STARTS '%1'").arg(e.starts);
    if (!e.ends.isEmpty())
        out += QStringLiteral(" ENDS '%1'").arg(e.ends);
    return out;
}

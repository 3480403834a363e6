#include "VerifyJob.h"

#include "SyncJob.h"
#include "SyncSelection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

Result<VerifyScope> VerifyJob::scopeOfRun(const QString& runId, CompareOptions base)
{
    const QString path = SyncJob::diffStorePath(runId);
    Result<std::unique_ptr<DiffStore>> store = DiffStore::open(path);
    if (!store) {
        Error e = store.error();
        e.hint = tr("There is no sync run %1 on this machine.").arg(runId);
        return e;
    }
    Result<QString> tables = (*store)->meta(QStringLiteral("sync_tables"));
    if (!tables)
        return Error::make(tr("Run %1 is not a sync run (or it never got to writing).").arg(runId),
                           tr("Give the tables with --tables instead."));
    const CompareOptions runOptions = SyncJob::compareOptionsFromJson(
        QJsonDocument::fromJson((*store)->meta(QStringLiteral("sync_compare_options")).valueOr(QString()).toUtf8()).object());

    VerifyScope scope;
    scope.runId = runId;
    scope.options = std::move(base);
    // The run's keys, condition and ignored columns, restricted to the tables it wrote.
    scope.options.keys.insert(runOptions.keys);
    if (scope.options.where.isEmpty())
        scope.options.where = runOptions.where;
    if (scope.options.ignoreColumns.isEmpty())
        scope.options.ignoreColumns = runOptions.ignoreColumns;
    scope.options.tables.clear();
    QSet<QString> written;
    for (const QJsonValue v : QJsonDocument::fromJson(tables->toUtf8()).array()) {
        const QString name = v.toString();
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        scope.options.tables << SyncJob::exactPattern(name.left(dot), name.mid(dot + 1));
        written.insert(name);
    }
    scope.nothingWritten = scope.options.tables.isEmpty();
    scope.source = (*store)->meta(QStringLiteral("sync_source")).valueOr(QString());
    scope.target = (*store)->meta(QStringLiteral("sync_target")).valueOr(QString());

    // The rows unticked in the GUI: they stay different by the user's choice.
    Result<QList<DiffTableInfo>> infos = (*store)->tables();
    if (!infos)
        return infos.error();
    Result<std::unique_ptr<SyncSelection>> selection = SyncSelection::open(path);
    if (!selection)
        return selection.error();
    for (const DiffTableInfo& t : *infos) {
        if (!written.contains(t.name))
            continue;
        Result<QSet<QByteArray>> excluded = (*selection)->excludedRows(t.id);
        if (!excluded)
            return excluded.error();
        if (!excluded->isEmpty())
            scope.leftOut.insert(t.name, *excluded);
    }
    return scope;
}

VerifyJob::VerifyJob(const ConnectionSettings& source, const ConnectionSettings& target, VerifyScope scope,
                     QObject* parent)
    : CompareJob(source, target, scope.options, parent)
    , m_scope(std::move(scope))
{
}

Status VerifyJob::run()
{
    {
        QMutexLocker lock(&m_resultsMutex);
        m_results.clear();
    }
    if (Status s = CompareJob::run(); !s)
        return s;
    return classify();
}

Status VerifyJob::classify()
{
    const CompareSummary s = summary();
    QList<TableResult> results;
    std::unique_ptr<DiffStore> store;
    for (const DiffTableInfo& t : s.tables) {
        TableResult r;
        r.table = t.name;
        r.differing = t.onlyInSource + t.onlyInTarget + t.different;
        r.reason = t.reason;
        if (t.status == QLatin1String("error")) {
            r.outcome = TableResult::Outcome::Error;
        } else if (t.status == QLatin1String("skipped")) {
            r.outcome = TableResult::Outcome::Skipped;
        } else if (r.differing == 0 && t.status == QLatin1String("identical")) {
            r.outcome = TableResult::Outcome::Identical;
        } else {
            r.outcome = TableResult::Outcome::Different;
            const QSet<QByteArray> leftOut = m_scope.leftOut.value(t.name);
            // Only worth reading the rows when they could all be ones the user left out.
            if (!leftOut.isEmpty() && r.differing <= leftOut.size()) {
                if (!store) {
                    Result<std::unique_ptr<DiffStore>> opened = DiffStore::open(s.diffStorePath);
                    if (!opened)
                        return opened.error();
                    store = std::move(*opened);
                }
                qint64 matched = 0;
                bool others = false;
                QByteArray after;
                while (!others) {
                    Result<QList<DiffRow>> page = store->rows(t.id, after, 1000);
                    if (!page)
                        return page.error();
                    for (const DiffRow& row : *page) {
                        if (leftOut.contains(row.sortKey))
                            ++matched;
                        else
                            others = true;
                    }
                    if (page->size() < 1000)
                        break;
                    after = page->last().sortKey;
                }
                r.leftOut = matched;
                if (!others && matched == r.differing)
                    r.outcome = TableResult::Outcome::OnlyLeftOut;
            }
        }
        results.append(r);
    }
    QMutexLocker lock(&m_resultsMutex);
    m_results = results;
    return {};
}

QList<VerifyJob::TableResult> VerifyJob::results() const
{
    QMutexLocker lock(&m_resultsMutex);
    return m_results;
}

bool VerifyJob::passed() const
{
    const QList<TableResult> all = results();
    for (const TableResult& r : all) {
        if (!r.passed())
            return false;
    }
    return true;
}

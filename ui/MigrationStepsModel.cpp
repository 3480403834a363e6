#include "MigrationStepsModel.h"

#include "SchemaTreeModel.h"
#include "UiStyle.h"
#include "schema/SchemaSyncPlan.h"

#include <QBrush>
#include <QFont>
#include <QIcon>

MigrationStepsModel::MigrationStepsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MigrationStepsModel::setSteps(
    const QList<SchemaSyncStep>& steps, const QString& sourceDatabase, const QString& targetDatabase)
{
    beginResetModel();
    m_steps = steps;
    m_sourceDatabase = sourceDatabase;
    m_targetDatabase = targetDatabase;
    endResetModel();
}

void MigrationStepsModel::setPlan(const MigrationPlan& plan)
{
    QList<SchemaSyncStep> steps;
    for (const MigrationStep& step : plan.steps) {
        SchemaSyncStep s;
        s.step = step;
        s.needsConsent = step.risk == MigrationStep::Risk::Destructive;
        steps.append(s);
    }
    setSteps(steps, plan.sourceDatabase, plan.targetDatabase);
}

void MigrationStepsModel::setAllowDestructive(bool allow)
{
    if (m_allowDestructive == allow)
        return;
    m_allowDestructive = allow;
    if (!m_steps.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool MigrationStepsModel::isIncluded(int step) const
{
    return SchemaSyncPlan::runs(m_steps.at(step), m_allowDestructive);
}

QList<SchemaSyncStep> MigrationStepsModel::includedSteps() const
{
    QList<SchemaSyncStep> out;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (isIncluded(i))
            out.append(m_steps.at(i));
    }
    return out;
}

MigrationPlan MigrationStepsModel::includedPlan() const
{
    MigrationPlan plan;
    plan.sourceDatabase = m_sourceDatabase;
    plan.targetDatabase = m_targetDatabase;
    for (const SchemaSyncStep& s : includedSteps())
        plan.steps.append(s.step);
    return plan;
}

QString MigrationStepsModel::script() const
{
    // Only what runs: the left-out statements are the view's to mention, not the script's to list.
    return SchemaSyncPlan::toSql(includedSteps(), m_sourceDatabase, m_targetDatabase, true);
}

int MigrationStepsModel::excludedCount() const
{
    int n = 0;
    for (int i = 0; i < m_steps.size(); ++i)
        n += isIncluded(i) ? 0 : 1;
    return n;
}

QString MigrationStepsModel::riskText(MigrationStep::Risk risk)
{
    switch (risk) {
    case MigrationStep::Risk::Instant:
        return tr("instant");
    case MigrationStep::Risk::InPlace:
        return tr("in place");
    case MigrationStep::Risk::Rebuild:
        return tr("table rebuild");
    case MigrationStep::Risk::Destructive:
        return tr("destructive");
    }
    return {};
}

QString MigrationStepsModel::riskDescription(MigrationStep::Risk risk)
{
    switch (risk) {
    case MigrationStep::Risk::Instant:
        return tr("Changes metadata only; finishes at once whatever the table's size.");
    case MigrationStep::Risk::InPlace:
        return tr("Works on the table without copying it (e.g. building an index); writes continue meanwhile.");
    case MigrationStep::Risk::Rebuild:
        return tr("Copies the whole table: takes time and disk space in proportion to its size.");
    case MigrationStep::Risk::Destructive:
        return tr("Drops an object or may lose data. Runs only when destructive changes are allowed.");
    }
    return {};
}

QColor MigrationStepsModel::riskColor(MigrationStep::Risk risk)
{
    switch (risk) {
    case MigrationStep::Risk::Instant:
        return QColor(0x3a, 0x7c, 0xc9);
    case MigrationStep::Risk::InPlace:
        return UiStyle::onlyInSourceColor();
    case MigrationStep::Risk::Rebuild:
        return UiStyle::warningColor();
    case MigrationStep::Risk::Destructive:
        return UiStyle::onlyInTargetColor();
    }
    return {};
}

int MigrationStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int MigrationStepsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationStepsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchemaSyncStep& sync = m_steps.at(index.row());
    const MigrationStep& step = sync.step;
    const bool included = isIncluded(index.row());
    QStringList warnings = step.warnings;
    for (const QString& column : sync.savedColumns)
        warnings << tr("The values of column %1 are saved with the rows' keys in the backup point first.").arg(column);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RiskColumn:
            return riskText(step.risk);
        case ObjectColumn:
            return step.objectName;
        case ChangeColumn:
            return included ? step.description : tr("Left out: %1").arg(step.description);
        case WarningsColumn:
            return warnings.join(QLatin1Char(' '));
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ObjectColumn)
            return SchemaTreeModel::typeIcon(step.objectType);
        if (index.column() == WarningsColumn && !warnings.isEmpty())
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>: %2").arg(riskText(step.risk), riskDescription(step.risk));
        if (!included) {
            tip += QStringLiteral("<br><i>%1</i>").arg(step.risk == MigrationStep::Risk::Destructive
                    ? tr("Left out of the script: allow destructive changes to include it.")
                    : tr("Left out of the script with the destructive change it prepares: allow destructive "
                         "changes to include it."));
        }
        if (!sync.plannedSql.isEmpty())
            tip += QStringLiteral("<br>%1 <code>%2</code>").arg(tr("Instead of:"), sync.plannedSql.toHtmlEscaped());
        for (const QString& w : std::as_const(warnings))
            tip += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
        return tip;
    }
    case Qt::ForegroundRole:
        if (!included)
            return QBrush(UiStyle::identicalColor());
        if (index.column() == WarningsColumn)
            return QBrush(UiStyle::warningColor());
        return {};
    case Qt::FontRole: {
        if (included)
            return {};
        QFont f;
        f.setItalic(true);
        return f;
    }
    case RiskRole:
        return int(step.risk);
    case BadgeColorRole:
        return included ? riskColor(step.risk) : UiStyle::identicalColor();
    case IncludedRole:
        return included;
    case StepIndexRole:
        return index.row();
    case SqlRole:
        return step.sql;
    default:
        return {};
    }
}

QVariant MigrationStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case RiskColumn:
        return tr("Risk");
    case ObjectColumn:
        return tr("Object");
    case ChangeColumn:
        return tr("Change");
    case WarningsColumn:
        return tr("Warnings");
    }
    return {};
}

#include "MigrationStepsModel.h"

#include "SchemaTreeModel.h"
#include "UiStyle.h"

#include <QBrush>
#include <QFont>
#include <QIcon>

MigrationStepsModel::MigrationStepsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MigrationStepsModel::setPlan(const MigrationPlan& plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void MigrationStepsModel::setAllowDestructive(bool allow)
{
    if (m_allowDestructive == allow)
        return;
    m_allowDestructive = allow;
    if (!m_plan.steps.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool MigrationStepsModel::isIncluded(int step) const
{
    return m_allowDestructive || m_plan.steps.at(step).risk != MigrationStep::Risk::Destructive;
}

MigrationPlan MigrationStepsModel::includedPlan() const
{
    MigrationPlan plan = m_plan;
    plan.steps.clear();
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        if (isIncluded(i))
            plan.steps.append(m_plan.steps.at(i));
    }
    return plan;
}

int MigrationStepsModel::excludedCount() const
{
    int n = 0;
    for (int i = 0; i < m_plan.steps.size(); ++i)
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
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

int MigrationStepsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationStepsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationStep& step = m_plan.steps.at(index.row());
    const bool included = isIncluded(index.row());
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
            return step.warnings.join(QLatin1Char(' '));
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ObjectColumn)
            return SchemaTreeModel::typeIcon(step.objectType);
        if (index.column() == WarningsColumn && !step.warnings.isEmpty())
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>: %2").arg(riskText(step.risk), riskDescription(step.risk));
        if (!included)
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Left out of the script: allow destructive changes to include it."));
        for (const QString& w : step.warnings)
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

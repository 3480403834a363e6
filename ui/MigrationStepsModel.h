#pragma once

#include "schema/MigrationPlan.h"

#include <QAbstractTableModel>
#include <QColor>

/// The statements of a migration plan as a table: risk badge, object, what it does, warnings.
/// Destructive statements are greyed out and marked as left out until destructive changes are
/// allowed; colours and fonts come from the data roles.
class MigrationStepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RiskColumn, ObjectColumn, ChangeColumn, WarningsColumn, ColumnCount };

    enum Role {
        RiskRole = Qt::UserRole + 1, ///< int MigrationStep::Risk
        BadgeColorRole,              ///< QColor of the risk badge
        IncludedRole,                ///< bool: the statement is part of the script
        StepIndexRole,               ///< int index into the plan's steps
        SqlRole,                     ///< QString: the statement
    };

    explicit MigrationStepsModel(QObject* parent = nullptr);

    void setPlan(const MigrationPlan& plan);
    const MigrationPlan& plan() const { return m_plan; }
    void setAllowDestructive(bool allow);
    bool allowDestructive() const { return m_allowDestructive; }

    /// The plan with only the statements that run: without the destructive ones unless allowed.
    MigrationPlan includedPlan() const;
    int excludedCount() const;
    bool isIncluded(int step) const;

    /// "instant", "in place", "table rebuild", "destructive", translated.
    static QString riskText(MigrationStep::Risk risk);
    /// One sentence on what the risk means for the server and the data.
    static QString riskDescription(MigrationStep::Risk risk);
    static QColor riskColor(MigrationStep::Risk risk);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MigrationPlan m_plan;
    bool m_allowDestructive = false;
};

#pragma once

#include "schema/MigrationPlan.h"
#include "schema/SchemaSyncStep.h"

#include <QAbstractTableModel>
#include <QColor>

/// The statements of a schema sync as a table: risk badge, object, what it does, warnings. The
/// statements that need consent (destructive ones, and those that only serve them) are greyed out
/// and marked as left out until destructive changes are allowed; colours and fonts come from the
/// data roles.
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

    /// The statements a schema sync runs (SchemaSyncPlan::build), between these databases.
    void setSteps(const QList<SchemaSyncStep>& steps, const QString& sourceDatabase, const QString& targetDatabase);
    /// A planner's plan as it stands, each destructive statement needing consent.
    void setPlan(const MigrationPlan& plan);
    const QList<SchemaSyncStep>& steps() const { return m_steps; }
    QString sourceDatabase() const { return m_sourceDatabase; }
    QString targetDatabase() const { return m_targetDatabase; }
    void setAllowDestructive(bool allow);
    bool allowDestructive() const { return m_allowDestructive; }

    /// The statements that run: without those needing consent unless destructive changes are allowed.
    QList<SchemaSyncStep> includedSteps() const;
    /// The same, as a plan (for counts and for MigrationPlan::toSql()).
    MigrationPlan includedPlan() const;
    /// The script of the included statements, as a schema sync would run them.
    QString script() const;
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
    QList<SchemaSyncStep> m_steps;
    QString m_sourceDatabase;
    QString m_targetDatabase;
    bool m_allowDestructive = false;
};

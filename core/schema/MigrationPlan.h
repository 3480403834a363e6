#pragma once

#include "MigrationStep.h"

#include <QJsonObject>
#include <QList>

/// The ordered DDL that brings a target database's structure in line with the source.
struct MigrationPlan
{
    QString sourceDatabase;
    QString targetDatabase;
    QList<MigrationStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
    bool hasDestructiveSteps() const;
    MigrationStep::Risk highestRisk() const;

    /// A script for the mariadb/mysql client: USE the target, every step with its risk and warnings
    /// as comments, DELIMITER around compound statements.
    QString toSql() const;
    /// {"steps":[{"object_type","object","description","risk","warnings","sql"}], "summary":{...}}
    QJsonObject toJson() const;
};

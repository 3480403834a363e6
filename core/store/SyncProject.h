#pragma once

#include "Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

/// A saved comparison: source and target endpoints, what to compare and how to sync. Stored as a
/// readable JSON file that the GUI opens and `syncstudio-cli compare|sync|verify --project FILE`
/// accepts, so a job set up by hand can run from cron unchanged.
struct SyncProject
{
    Q_DECLARE_TR_FUNCTIONS(SyncProject)

public:
    static constexpr int FormatVersion = 1;

    QString name;
    QString source;               ///< endpoint text: "prod/shop" or a mysql:// URL without password
    QString target;
    QStringList tables;           ///< include globs; empty means every table
    QStringList exclude;          ///< exclude globs
    QMap<QString, QString> tableMapping; ///< source table -> target table, for renamed tables
    QMap<QString, QStringList> keys;     ///< "db.table" -> key columns, for tables without a usable key
    QStringList ignoreColumns;    ///< "db.table.column"
    QString where;                ///< a condition applied on both sides
    int parallel = 2;
    bool deletes = true;          ///< false: rows only in the target are kept (--no-delete)
    QString conflictPolicy = QStringLiteral("source-wins"); ///< source-wins, target-wins, newer-wins:COL, manual
    bool foreignKeyChecks = true;
    bool semanticJson = false;
    QString maxLoad;              ///< e.g. "Threads_running=25"; empty for no throttling

    static Result<SyncProject> load(const QString& path);
    Status save(const QString& path) const;

    QByteArray toJson() const;
    static Result<SyncProject> fromJson(const QByteArray& json, const QString& origin);

    /// Whether the conflict policy is one of the known forms.
    static bool isValidConflictPolicy(const QString& policy);
};

#pragma once

#include "ConflictPolicy.h"

#include <QJsonObject>
#include <QStringList>

/// What the user asked a sync to do beyond the compare: the conflict policy, whether rows only in
/// the target are deleted, foreign key checks, and the fast paths. Saved with a run so that
/// `sync --resume` plans exactly as the run did.
struct SyncOptions
{
    ConflictPolicy policy;
    bool deletes = true;          ///< false: --no-delete
    bool foreignKeyChecks = true; ///< false: --no-fk-checks
    bool replaceKeyless = false;  ///< --replace-keyless: tables without a key may be replaced whole
    QStringList replaceKeylessTables; ///< --replace-keyless=T,...: only these (globs as --tables); empty: all
    bool bulk = true;             ///< tables empty on the target, or missing most rows, load in bulk
    double bulkShare = 0.5;       ///< the share of a table's source rows missing on the target from which it loads in bulk
    qint64 bulkMinimumRows = 1000; ///< below this many inserts a table is not worth a bulk load

    QJsonObject toJson() const;
    static SyncOptions fromJson(const QJsonObject& json);
};

#pragma once

#include "Conflict.h"
#include "SyncTable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// One entry of the conflict queue in the AppStore: a row of the target that a sync did not write,
/// with everything a person (or the GUI's conflict editor) needs to decide and a resolution needs
/// to be written: the table as the sync saw it, the key, the source's row, the target's row and the
/// row the compare saw on the target. Images are in SyncTable::columns order, in the plan's form.
struct StoredConflict
{
    Q_DECLARE_TR_FUNCTIONS(StoredConflict)

public:
    enum class State { Open, Resolved };

    qint64 id = 0;
    QString runId;    ///< the sync run (its compare's run id) that met the row
    QString backupId; ///< the backup point of that run; empty when the policy held the row back
    QString source;   ///< endpoints as shown (never with a password)
    QString target;
    QString database;
    QString table;
    QString keyText;
    Row key;
    RowChange::Kind change = RowChange::Kind::Update; ///< what the sync would have done
    std::optional<Row> sourceImage; ///< absent: the source has no such row
    std::optional<Row> targetImage; ///< the target's row when the conflict was met; absent: no row
    std::optional<Row> baseImage;   ///< the target's row when compared; absent: it had none
    QStringList diffColumns;        ///< compared columns where source and target differ
    QString reason;     ///< changed, missing, present, ambiguous, manual, newer-tie
    QString reasonText; ///< in words
    SyncTable syncTable;
    State state = State::Open;
    QString resolution; ///< source, target, set, superseded
    QJsonObject setValues; ///< for "set": column -> value as typed
    QString resolutionBackupId;
    QDateTime created;
    QDateTime resolved;

    QString displayTable() const { return database + QLatin1Char('.') + table; }
    static QString stateName(State state);
    static std::optional<State> parseState(const QString& name);
    static QString reasonCode(Conflict::Reason reason);
    /// Compared columns where the two images differ (all of them when one side is absent).
    static QStringList differingColumns(const SyncTable& table, const std::optional<Row>& a, const std::optional<Row>& b);
    /// From a conflict met by the Applier while writing `table`.
    static StoredConflict fromConflict(const Conflict& conflict, const SyncTable& table);
    QJsonObject toJson() const;
};

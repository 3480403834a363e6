#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// One backup point as the AppStore catalogues it: which run made it, what it holds, its state.
struct BackupInfo
{
    enum class State {
        Partial,    ///< the run has not finished (running, cancelled, failed or crashed): resumable
        Complete,   ///< the run finished; the file has its trailer and digest
        RolledBack, ///< a rollback of it completed with every row restored and verified
    };

    struct TableCounts
    {
        QString table; ///< db.table
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 deleted = 0;
        qint64 conflicts = 0;
    };

    QString id;
    QString kind = QStringLiteral("sync"); ///< "sync" or "rollback"
    QString parentId; ///< for a rollback: the backup point it undoes
    State state = State::Partial;
    QDateTime created;
    QDateTime finished;
    QString source;
    QString target; ///< the endpoint as the user gave it (profile/db or URL without password)
    QList<TableCounts> tables;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 conflicts = 0;
    qint64 sizeBytes = 0;
    QString digest; ///< hex digest chain of the file, set when complete
    QString message; ///< why a run stopped, or the result of a rollback's verification

    qint64 rows() const { return inserted + updated + deleted; }
    static QString stateName(State state);
    static std::optional<State> parseState(const QString& name);
    QJsonObject toJson() const;
};

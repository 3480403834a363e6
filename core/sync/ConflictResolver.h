#pragma once

#include "Applier.h"
#include "ConflictStore.h"
#include "db/ConnectionSettings.h"

#include <QCoreApplication>
#include <QPair>

class AppStore;

/// Settles conflicts of the queue: take the source's row, keep the target's, or set column values.
/// Taking the source or setting values is a write like any other: guarded against the target row
/// recorded with the conflict (a row that changed again stays open, with its new image), journaled
/// and recorded in a backup point of kind "resolve", so it can be rolled back. Keeping the
/// target's row writes nothing and only closes the conflict.
///
/// Runs on the thread that owns the AppStore; connects to the target given (the conflicts' target).
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    struct Decision
    {
        enum class Take { Source, Target, Set };

        qint64 id = 0;
        Take take = Take::Source;
        /// For Set: column -> value (std::nullopt for NULL), laid over the source's row (or, when
        /// the source has none, the target's).
        QList<QPair<QString, Value>> values;
    };

    struct Outcome
    {
        QString backupId;          ///< empty when nothing was written
        QList<qint64> resolved;
        QList<qint64> changedAgain; ///< the target row changed since the conflict: still open
        Applier::Outcome applied;
    };

    ConflictResolver(AppStore& store, ConnectionSettings target, Applier::Options options = {});

    /// Applies the decisions (all conflicts must be open and have the same target) in one run.
    Result<Outcome> resolve(const QList<Decision>& decisions);

    /// Parses "col=value,col=value": a value is taken as typed (UTF-8); NULL (unquoted) is NULL;
    /// 'text' in single quotes is text ('' inside for a quote, so 'NULL' is the word); 0x... is bytes.
    static Result<QList<QPair<QString, Value>>> parseAssignments(const QString& text);
    /// The row a decision asks the target to hold (std::nullopt: no row), in the plan's form.
    static Result<std::optional<Row>> desiredImage(const StoredConflict& conflict, const Decision& decision);

private:
    AppStore& m_store;
    ConnectionSettings m_settings;
    Applier::Options m_options;
};

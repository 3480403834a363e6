#pragma once

#include "SchemaComparison.h"
#include "jobs/Job.h"
#include "schema/SchemaDiffOptions.h"
#include "store/SyncProject.h"

#include <QCoreApplication>

class SecretStore;

/// Reads the structure of a project's source and target databases, compares them and plans the
/// migration, on a worker thread: one connection per side opened there, passwords read there
/// (the keychain may block), and a check for cancel between every step. The CREATE statements of
/// the objects that differ are read too, so the side-by-side view has them at once.
class SchemaCompareJob : public Job
{
    Q_OBJECT

public:
    /// `secrets` must outlive the job; the job opens its own AppStore on `storePath`.
    SchemaCompareJob(const QString& storePath, SecretStore& secrets, const SyncProject& project,
        QObject* parent = nullptr);

    Status run() override;

    /// The comparison; complete once run() succeeded. Read it after the job's future finished.
    const SchemaComparison& result() const { return m_result; }

    /// How the project's filters and mappings apply to a schema compare.
    static SchemaDiffOptions optionsFor(const SyncProject& project);
    /// At most this many objects get their CREATE statements with the compare; the others are read
    /// when looked at.
    static constexpr int EagerCreateStatements = 1000;

private:
    QString m_storePath;
    SecretStore& m_secrets;
    SyncProject m_project;
    SchemaComparison m_result;
};

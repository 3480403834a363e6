#pragma once

#include <QString>

/// The one thread on which every QtKeychain job of the process is created, run and deleted.
///
/// QtKeychain queues jobs on a process-wide executor that lives in whichever thread used it first
/// and is told about finished jobs through queued slots. Jobs created and waited for on different
/// threads (the CLI's main thread, a pool thread of the GUI) therefore reach the executor late, as
/// dangling pointers, and crash or stall the queue. Running them all on one long-lived thread with
/// its own event loop avoids that, and lets any caller block for the answer without an event loop
/// of its own. Only KeychainSecretStore uses this class.
class KeychainThread
{
public:
    enum class Operation { Read, Write, Delete };

    /// What a job reported; `error` is a QKeychain::Error value (kept as int so that this header
    /// does not pull in QtKeychain).
    struct Answer
    {
        int error = 0;
        QString errorString;
        QString text; ///< the secret, for a successful Read
        bool timedOut = false; ///< the keychain did not answer in time
        bool noThread = false; ///< no QCoreApplication (or it is shutting down): nothing can run
    };

    /// Runs one job for (service, key) and blocks the calling thread until it finishes or
    /// `timeoutMs` passes. A job that times out keeps running on the keychain thread and is
    /// cleaned up there when it finally answers.
    static Answer run(Operation operation, const QString& service, const QString& key, const QString& secret,
        int timeoutMs);
};

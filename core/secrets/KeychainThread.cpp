#include "KeychainThread.h"

#include <QCoreApplication>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace {

// Shared between the waiting caller and the keychain thread; whoever finishes last frees it, so a
// caller that gave up after a timeout leaves nothing dangling.
struct Pending
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    KeychainThread::Answer answer;
};

std::mutex s_threadMutex;
QThread* s_thread = nullptr;
QObject* s_context = nullptr; // lives in s_thread; jobs are started through it
bool s_shutDown = false;

void stopThread()
{
    std::lock_guard lock(s_threadMutex);
    s_shutDown = true;
    if (!s_thread)
        return;
    s_thread->quit();
    // A job stuck in a D-Bus call must not hold up the application's exit, and terminating the
    // thread mid-call is worse than leaving it: after two seconds it is left to die with the process.
    if (s_thread->wait(QDeadlineTimer(2000))) {
        delete s_context;
        delete s_thread;
    }
    s_context = nullptr;
    s_thread = nullptr;
}

QObject* context()
{
    std::lock_guard lock(s_threadMutex);
    QCoreApplication* app = QCoreApplication::instance();
    if (s_shutDown || !app)
        return nullptr;
    if (!s_thread) {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("SyncStudio keychain"));
        s_context = new QObject;
        s_context->moveToThread(s_thread);
        s_thread->start();
        // QCoreApplication's destructor must not find the thread still running.
        QObject::connect(app, &QObject::destroyed, [] { stopThread(); });
    }
    return s_context;
}

// Runs on the keychain thread.
void startJob(KeychainThread::Operation operation, const QString& service, const QString& key,
    const QString& secret, const std::shared_ptr<Pending>& pending)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case KeychainThread::Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case KeychainThread::Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case KeychainThread::Operation::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // Never let QtKeychain fall back to a plain-text file: a secret goes to the keychain or nowhere.
    job->setInsecureFallback(false);
    // The job is deleted by us, after QtKeychain's executor has seen its finished signal.
    job->setAutoDelete(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [operation, pending](QKeychain::Job* finished) {
        KeychainThread::Answer answer;
        answer.error = finished->error();
        answer.errorString = finished->errorString();
        if (operation == KeychainThread::Operation::Read && finished->error() == QKeychain::NoError)
            answer.text = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        {
            std::lock_guard lock(pending->mutex);
            pending->answer = std::move(answer);
            pending->finished = true;
        }
        pending->done.notify_all();
        finished->deleteLater();
    });
    job->start();
}

} // namespace

KeychainThread::Answer KeychainThread::run(
    Operation operation, const QString& service, const QString& key, const QString& secret, int timeoutMs)
{
    QObject* target = context();
    if (!target) {
        Answer answer;
        answer.noThread = true;
        return answer;
    }
    auto pending = std::make_shared<Pending>();
    QMetaObject::invokeMethod(
        target,
        [operation, service, key, secret, pending] { startJob(operation, service, key, secret, pending); },
        Qt::QueuedConnection);

    std::unique_lock lock(pending->mutex);
    if (!pending->done.wait_for(
            lock, std::chrono::milliseconds(timeoutMs), [&] { return pending->finished; })) {
        Answer answer;
        answer.timedOut = true;
        return answer;
    }
    return pending->answer;
}

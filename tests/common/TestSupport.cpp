#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>

namespace TestSupport {

Result<QString> sandbox(const QStringList& arguments)
{
    const QString script = qEnvironmentVariable("SYNCSTUDIO_SANDBOX",
                                                QStringLiteral(SYNCSTUDIO_SOURCE_DIR "/scripts/sandbox"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SANDBOX_QUIET"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), QStringList {script} + arguments);
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return Error::make(QStringLiteral("scripts/sandbox %1 failed: %2")
                               .arg(arguments.join(QLatin1Char(' ')),
                                    QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())));
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

Result<ConnectionSettings> server(const QString& name)
{
    ConnectionSettings s;
    s.user = QStringLiteral("root");
    s.tlsMode = TlsMode::Disabled;
    s.connectTimeoutSeconds = 5;
    const QString fromEnv = qEnvironmentVariable((QStringLiteral("SYNCSTUDIO_TEST_") + name.toUpper()).toUtf8().constData());
    if (!fromEnv.isEmpty()) {
        s.host = fromEnv.section(QLatin1Char(':'), 0, 0);
        s.port = fromEnv.section(QLatin1Char(':'), 1, 1).toInt();
    } else {
        const QString sandboxName = QStringLiteral("ss-test-") + name;
        QStringList args {QStringLiteral("start"), sandboxName};
        if (name == QLatin1String("tls"))
            args << QStringLiteral("--tls");
        if (Result<QString> started = sandbox(args); !started)
            return started.error();
        Result<QString> port = sandbox({QStringLiteral("port"), sandboxName});
        if (!port)
            return port.error();
        s.host = QStringLiteral("127.0.0.1");
        s.port = port->toInt();
    }
    s.label = QStringLiteral("test-") + name;
    return s;
}

Result<std::unique_ptr<Connection>> connect(const QString& name, const QString& database)
{
    Result<ConnectionSettings> s = server(name);
    if (!s)
        return s.error();
    s->database = database;
    return Connection::open(*s);
}

QString tlsDir()
{
    const QString fromEnv = qEnvironmentVariable("SYNCSTUDIO_TEST_TLS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString base = qEnvironmentVariable("SYNCSTUDIO_SANDBOX_DIR", QStringLiteral(SYNCSTUDIO_SOURCE_DIR "/.sandbox"));
    return base + QStringLiteral("/ss-test-tls/tls");
}

CliRun runCli(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& environment,
              int timeoutMs)
{
    CliRun run;
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(SYNCSTUDIO_CLI_PATH), arguments);
    if (!p.waitForStarted(10000)) {
        run.err = QStringLiteral("could not start ") + QStringLiteral(SYNCSTUDIO_CLI_PATH);
        return run;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("syncstudio-cli timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString uniqueName(const QString& prefix)
{
    return QStringLiteral("%1_%2_%3")
        .arg(prefix)
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
        .arg(QRandomGenerator::global()->bounded(100000));
}

} // namespace TestSupport

#include "PostgresServer.h"

#include <QFile>

#include <QDir>
#include <QTcpServer>
#include <unistd.h>

namespace {
const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::runAsOwner(const QString &program, const QStringList &args, QString *error, int timeoutMs)
{
    QProcess p;
    if (::geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
        *error =
            program + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther);
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (::geteuid() == 0) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
    }
    if (!runAsOwner(kBin + QStringLiteral("initdb"),
                    {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                     QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--no-sync")},
                    error))
        return false;
    m_port = freePort();
    if (!startCluster(error))
        return false;
    return runAsOwner(QStringLiteral("/usr/bin/createdb"),
                      {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                       QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("dispatchdesk")},
                      error);
}

bool PostgresServer::startCluster(QString *error)
{
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off").arg(m_port).arg(m_dir.path());
    if (!runAsOwner(kBin + QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-o"), options,
                     QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"),
                     QStringLiteral("start")},
                    error))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::restart(QString *error)
{
    stop();
    return startCluster(error);
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    QString error;
    runAsOwner(kBin + QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("stop")},
               &error);
    m_running = false;
}

QString PostgresServer::connectInfo() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=dispatchdesk user=postgres").arg(m_port);
}

ServerProcess::ServerProcess(const QString &pgConnect, const QString &cacheDir, const QStringList &arguments)
    : m_pg(pgConnect), m_cache(cacheDir), m_arguments(arguments)
{}

ServerProcess::~ServerProcess()
{
    kill();
}

bool ServerProcess::setPassword(const QString &user, const QString &password, QString *error, const QString &outlet)
{
    QProcess p;
    // The password on standard input, as an administrator pipes it; the admin account is the first administrator
    QStringList arguments{QStringLiteral("--pg"),           m_pg, QStringLiteral("--cache"),  m_cache,
                          QStringLiteral("--set-password"), user, QStringLiteral("--outlet"), outlet};
    if (user == QLatin1String("admin") || user == QLatin1String("n-admin") || user == QLatin1String("hq"))
        arguments << QStringLiteral("--role") << QStringLiteral("admin");
    p.start(QStringLiteral(DISPATCH_SERVER_PATH), arguments);
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("exit %1: ").arg(p.exitCode()) + QString::fromUtf8(p.readAllStandardError()) +
                 QString::fromUtf8(p.readAllStandardOutput());
        return false;
    }
    return true;
}

bool ServerProcess::start(QString *error)
{
    m_process.setProgram(QStringLiteral(DISPATCH_SERVER_PATH));
    m_process.setArguments(QStringList{QStringLiteral("--pg"), m_pg, QStringLiteral("--cache"), m_cache,
                                       QStringLiteral("--port"), QStringLiteral("0")} +
                           m_arguments);
    // The server's log (QLoggingCategory on stderr) goes to a file the tests read: refusals must be logged
    m_process.setStandardErrorFile(logPath(), QIODevice::Append);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    while (m_process.waitForReadyRead(20000)) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("listening ")) {
            m_port = quint16(line.mid(10).toUInt());
            return true;
        }
    }
    *error = QStringLiteral("the server did not start: ") + log();
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString ServerProcess::logPath() const
{
    return m_cache + QStringLiteral("/server.log");
}

QString ServerProcess::log() const
{
    QFile f(logPath());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

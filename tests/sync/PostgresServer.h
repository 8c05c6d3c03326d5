#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real PostgreSQL 15 for one test: initdb in a temporary folder, listening on a free loopback port, stopped at the
// end. As root (CI) it runs as the postgres user through runuser. Debian's own cluster on 5432 is never touched.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    bool start(QString *error);
    void stop();
    // Stopped at once (as a crash or a power cut would) and started again on the same port and data
    bool restart(QString *error);
    QString connectInfo() const; // for dispatchdesk-server --pg
    quint16 port() const { return m_port; }

private:
    bool runAsOwner(const QString &program, const QStringList &args, QString *error, int timeoutMs = 60000);
    bool startCluster(QString *error);
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

// A dispatchdesk-server process on a free port, talking to a PostgresServer
class ServerProcess
{
public:
    explicit ServerProcess(const QString &pgConnect, const QString &cacheDir, const QStringList &arguments = {});
    ~ServerProcess();
    bool start(QString *error);
    void kill(); // SIGKILL, as a crash would
    bool setPassword(const QString &user, const QString &password, QString *error,
                     const QString &outlet = QStringLiteral("main"));
    QProcess &process() { return m_process; }
    QString logPath() const;
    QString log() const; // what the server logged so far
    quint16 port() const { return m_port; }
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_arguments.contains(QStringLiteral("--certificate")) ? QStringLiteral("https")
                                                                       : QStringLiteral("http"))
            .arg(m_port);
    }

private:
    QString m_pg;
    QString m_cache;
    QStringList m_arguments;
    QProcess m_process;
    quint16 m_port = 0;
};

#pragma once

#include "PostgresServer.h"

#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>
#include <optional>

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A desk with its own database and sync client, logged in as `user`
struct SyncedDesk
{
    QTemporaryDir dir;
    DeskService desk;
    std::unique_ptr<SyncClient> sync;
    SyncedDesk(const QString &url, const QString &user, const QString &caFile = QString());
    bool syncOnce();
    std::optional<Record> ticket(const QString &id) { return desk.store().load(Store::Tickets, id); }
};

// A PostgreSQL, one server process on it, and the accounts admin, u-disp, u-clerk (outlet main), password
// "desk-secret-1"
struct Centre
{
    PostgresServer pg;
    QTemporaryDir cache;
    std::unique_ptr<ServerProcess> server;
    explicit Centre(const QStringList &serverArguments = {});
    // One number from the server's database
    qint64 logged(const QString &sql);
    // Runs a statement against the server's database
    void exec(const QString &sql) { logged(s("WITH done AS (") + sql + s(" RETURNING 1) SELECT count(*) FROM done")); }
};

// The admin desk sets up the centre (users, zones, categories, technicians) and opens ticket T1
void setUpCentre(SyncedDesk &admin);

// A desk process (dispatchdesk-cli sync) adding notes to a ticket and syncing as it goes; killed with SIGKILL as a
// crash or a power cut would, and started again on the same database
class DeskProcess
{
public:
    DeskProcess(const QString &dbPath, const QString &url, const QString &user, int notes, const QString &ticket);
    ~DeskProcess();
    void start();
    void kill();
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    bool waitDone(int ms); // exited 0: everything sent
    QString path() const { return m_db; }
    void setUrl(const QString &url) { m_url = url; }
    QString output() { return m_output + (m_process.isOpen() ? QString::fromUtf8(m_process.readAll()) : QString()); }

private:
    QString m_db, m_url, m_user, m_ticket, m_output;
    int m_notes;
    QProcess m_process;
};

// SYNC.md, "how to test nothing lost": after the faults healed, every command each desk committed is on the server
// exactly once or rejected there with a reason; no outbox holds anything; the desks hold what the server holds;
// integrity_check is ok everywhere. Returns what is wrong, or an empty list.
QStringList nothingLost(Centre &centre, const QStringList &deskDatabases, const QString &url);

// One raw HTTP request, as a desk or an attacker would send it; the answer's status (0: no answer)
int http(const QByteArray &method, const QString &url, const QByteArray &body, const QByteArray &token = {},
         QByteArray *answer = nullptr);
// A login's access token
QByteArray tokenFor(const QString &url, const QString &user);

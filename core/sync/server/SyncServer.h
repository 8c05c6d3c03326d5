#pragma once

#include "rules/CommandProcessor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <map>
#include <memory>

class ConnectionGuard;
class QHttpServer;
class QHttpServerRequest;
class QTimer;
class QWebSocket;

Q_DECLARE_LOGGING_CATEGORY(lcServer)

// The central server (SPEC §7, SYNC.md): PostgreSQL holds the truth — every accepted command in server order
// (a per-outlet counter taken under a row lock, and a head-office counter over all outlets), every rejection with
// its reason, each device's last mutation — and the server re-runs every command through the same core rules on a
// local SQLite copy of the outlet's state. That copy is only a cache: any server rebuilds it from the log, so several
// servers can share one database; they poke each other's desks through PostgreSQL LISTEN/NOTIFY.
//
// Accounts belong to an outlet (网点); an outlet's desks push and pull only their outlet; head-office accounts
// (outlet "*") see every outlet and name the outlet they give a command for.
class SyncServer
{
    Q_DECLARE_TR_FUNCTIONS(SyncServer)
public:
    static constexpr const char *HeadOffice = "*";

    struct Options
    {
        QString pgConnect; // "host=… port=… dbname=… user=… password=…"
        QString cacheDir;  // where the SQLite copies live
        int tokenSeconds = 3600;
        int refreshDays = 30;
        QString certificate; // PEM files; both set: HTTPS and WSS only
        QString privateKey;
        // A command's time may lie this far before the server's clock (a desk offline for days stays legal) and
        // this far after it (clocks a little fast); beyond, it is refused: deadlines and KPIs cannot be backdated
        int maxCommandAgeDays = 366;
        int maxCommandAheadMinutes = 60;
        // Wrong passwords: an account is refused for LockMinutes after this many in a row; an address after more
        int failuresPerAccount = 5;
        int failuresPerAddress = 30;
        int lockMinutes = 15;
        // Connections: headers (and a stalled body) within this, an idle connection closed after that, and at
        // most so many open from one address (ConnectionGuard)
        int headerTimeoutSeconds = 15;
        int idleTimeoutSeconds = 120;
        int connectionsPerAddress = 256;
    };
    static constexpr qsizetype MaxCommandBytes = 64 * 1024; // one command's JSON

    explicit SyncServer(const Options &options);
    ~SyncServer();

    bool start(quint16 port, QString *error, const QHostAddress &address = QHostAddress::LocalHost);
    // Only the PostgreSQL schema (for --set-password): no cache, no listening
    bool openDatabase(QString *error);
    quint16 port() const { return m_port; }

    // Accounts (the desk logs in with them); the password is stored as an Argon2id hash (libsodium). Setting it
    // ends every session of the account. `role` "admin" marks the centre's first administrator, who may give
    // commands before any user record exists; every other account gives commands only as a user of its outlet.
    bool setPassword(const QString &userId, const QString &password, const QString &outlet, QString *error,
                     const QString &role = QString());
    // A new password: at least 8 characters, not all digits, not the user's name; empty when acceptable
    static QString passwordProblem(const QString &userId, const QString &password);

    // The endpoints, callable directly (tests, fuzzing) as well as over HTTP
    QHttpServerResponse login(const QByteArray &body, const QString &address = QString());
    QHttpServerResponse refresh(const QByteArray &body);
    QHttpServerResponse push(const QByteArray &authorization, const QByteArray &body);
    QHttpServerResponse pull(const QByteArray &authorization, qint64 cursor, const QString &deviceId = QString(),
                             const QString &outlet = QString());
    QHttpServerResponse snapshot(const QByteArray &authorization, const QString &outlet = QString());

private:
    struct Session
    {
        QString user;
        QString outlet;           // the account's outlet, or "*"
        QString role;             // "admin" for the explicitly created first administrator
        QString refusal;          // why there is no session
        bool unavailable = false; // the database could not be asked (503, not 401)
    };
    struct Space // one outlet's state (or the head office's, all outlets) re-run through the rules
    {
        std::unique_ptr<Database> cache;
        std::unique_ptr<CommandProcessor> processor;
    };

    bool openPostgres(QString *error);
    // The connection, opened again after a failure (PostgreSQL restarted, the network between came back)
    bool databaseReady(QString *error);
    // A statement failed on the connection: forget its prepared statements and close it, for databaseReady
    void databaseFailed();
    // The statement prepared once on the connection and kept: one round trip per use instead of three
    QSqlQuery &statement(const QString &sql);
    bool listenForPokes(QString *error);
    Space *space(const QString &name, QString *error);
    bool catchUp(const QString &name, Space &space, QString *error);
    Session session(const QByteArray &authorization);
    // The space a request may read: its account's outlet; head office any outlet, or "*" for all of them
    QString readableSpace(const Session &session, const QString &asked, QString *refusal);
    QString issueToken(const QString &user, const QString &kind, qint64 lifetimeMs, QString *error);
    QString epoch();
    QJsonObject storedResult(const QString &deviceId, qint64 mutationId);
    // A push's commands in one transaction: 200 with each one's result (accepted with its seq, or rejected with the
    // reason), 409 when one is missing before them (those before it kept), or the status that kept nothing
    int pushBatch(const Session &who, const QString &outlet, const QString &device, const QJsonArray &commands,
                  QJsonArray *results, QJsonObject *conflict, bool *accepted, QString *problem);
    void acceptWebSocket(std::unique_ptr<QWebSocket> socket);
    void notify(const QString &outlet, const QString &device); // through PostgreSQL, to every server
    void poke(const QString &payload);                         // this server's desks but the sender ("outlet\ndevice")
    static QHttpServerResponse failure(int status, const QString &message);
    // Why a command may not go in whatever the rules say: its size, its time, its giver (empty: it may)
    CommandError commandRefusal(const Session &who, const QString &outlet, Space &space, const Command &command,
                                qsizetype bytes) const;
    // Wrong-password back-off: the seconds still to wait for this account or address (0: may try)
    qint64 lockedFor(const QString &user, const QString &address) const;
    void loginFailed(const QString &user, const QString &address);
    struct Failures
    {
        int count = 0;
        qint64 since = 0; // ms
    };
    QHash<QString, Failures> m_failedAccounts, m_failedAddresses;

    Options m_options;
    QString m_pgName;
    std::map<QString, Space> m_spaces;
    std::map<QString, QSqlQuery> m_statements;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<ConnectionGuard> m_guard;
    std::unique_ptr<QTimer> m_listenCheck;
    struct Watcher
    {
        QString space;  // the outlet (or the head office's view) it watches
        QString device; // the desk, when it said
    };
    std::map<QWebSocket *, Watcher> m_sockets;
    quint16 m_port = 0;
};

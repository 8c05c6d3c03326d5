#pragma once

#include "rules/CommandProcessor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <memory>

class QHttpServer;
class QHttpServerRequest;

Q_DECLARE_LOGGING_CATEGORY(lcServer)

// The central server (SPEC §7, SYNC.md): PostgreSQL holds the truth — every accepted command in server order
// (a per-outlet counter taken under a row lock), every rejection with its reason, each device's last mutation — and
// the server re-runs every command through the same core rules on a local SQLite copy of the outlet's state. That
// copy is only a cache: any server rebuilds it from the log, so several servers can share one database.
class SyncServer
{
    Q_DECLARE_TR_FUNCTIONS(SyncServer)
public:
    struct Options
    {
        QString pgConnect; // "host=… port=… dbname=… user=… password=…"
        QString cacheDir;  // where the SQLite copy lives
        QString outlet = QStringLiteral("main");
        int tokenMinutes = 60;
    };

    explicit SyncServer(const Options &options);
    ~SyncServer();

    bool start(quint16 port, QString *error, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }

    // Accounts (the desk logs in with them); the password is stored as an Argon2id hash (libsodium)
    bool setPassword(const QString &userId, const QString &password, QString *error);

    // The endpoints, callable directly (tests, fuzzing) as well as over HTTP
    QHttpServerResponse login(const QByteArray &body);
    QHttpServerResponse push(const QByteArray &authorization, const QByteArray &body);
    QHttpServerResponse pull(const QByteArray &authorization, qint64 cursor, const QString &deviceId = QString());
    QHttpServerResponse snapshot(const QByteArray &authorization);

private:
    bool openPostgres(QString *error);
    bool openCache(QString *error);
    bool catchUp(QString *error);
    QString userForToken(const QByteArray &authorization);
    QJsonObject storedResult(const QString &deviceId, qint64 mutationId);
    static QHttpServerResponse failure(int status, const QString &message);

    Options m_options;
    QString m_pgName;
    std::unique_ptr<Database> m_cache;
    std::unique_ptr<CommandProcessor> m_processor;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
};

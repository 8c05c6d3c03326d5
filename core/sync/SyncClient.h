#pragma once

#include "service/DeskService.h"

#include <QCoreApplication>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;
class QWebSocket;

// The desk's side of sync (SYNC.md): pushes the outbox in mutation order, pulls everyone else's accepted commands
// after its cursor and applies them through the same rules, in one SQLite transaction with the cursor. When the
// server refused one of this desk's commands, or a pulled command does not apply here, or the server's epoch
// changed (restored from a backup), the desk downloads the server's state again and re-applies its still-pending
// commands: nothing unsent is ever thrown away.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    explicit SyncClient(DeskService &desk, QObject *parent = nullptr);
    ~SyncClient() override;

    void setServer(const QUrl &url) { m_server = url; }
    // Whether a Dispatch Desk server answers at `server` (trusting only the certificates in `caFile` when one is
    // given), within five seconds; `message` says what was found, in the user's words
    static bool probe(const QUrl &server, const QString &caFile, QString *message);
    // Why `server` is not an address a desk can sync with (http or https, with a host); empty when it is
    static QString addressProblem(const QUrl &server);
    // Trust only these certificates for https:// and wss:// (the organisation's own CA, pinned)
    bool setCaCertificates(const QString &pemFile, QString *error);
    // Head office: the outlet this desk gives commands for, and the one it reads (empty: all of them)
    void setOutlet(const QString &pushOutlet, const QString &readOutlet = QString());
    bool login(const QString &user, const QString &password, QString *error);
    QString accountOutlet() const { return m_accountOutlet; }
    // One round: push, then pull (and a fresh download when needed). False with the reason when the server could
    // not be reached or answered with an error; the outbox keeps everything for the next round.
    bool syncOnce(QString *error);
    // Sync every `ms` milliseconds in the background (and retry after failures); while the server's poke channel
    // is open a round runs as soon as another desk's change is committed, and the poll only every 30 s. Once
    // polling, a command committed on this desk starts a round at once.
    void startPolling(int ms);
    bool pokeChannelOpen() const;

    int pendingCount();
    QList<Record> rejected();
    bool online() const { return m_online; }
    // Why the last round failed on this desk's side (its store), in the user's words; empty after a good round
    QString lastError() const { return m_lastError; }
    qint64 cursor();

signals:
    void syncStateChanged();
    void commandRejected(const QString &command, const QString &message);

private:
    bool syncRound(QString *error);
    bool refreshToken(QString *error);
    // `ssl` trusting only the certificates in `pemFile`
    static bool pinned(const QString &pemFile, QSslConfiguration *ssl, QString *error);
    void openPokeChannel();
    bool push(QString *error);
    bool pull(QString *error);
    bool downloadAgain(QString *error);
    QByteArray call(const QByteArray &method, const QString &path, const QByteArray &body, int *status, QString *error);

    DeskService &m_desk;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QTimer *m_pushSoon; // a round right after a command committed on this desk
    QUrl m_server;
    QWebSocket *m_poke = nullptr;
    QSslConfiguration m_ssl;
    bool m_pinned = false;
    QByteArray m_token;
    QByteArray m_refreshToken;
    QString m_accountOutlet;
    QString m_pushOutlet;
    QString m_readOutlet;
    qint64 m_lastRound = 0;
    int m_pollMs = 0;
    bool m_online = false;
    bool m_needDownload = false;
    QString m_lastError;
    bool m_busy = false;
    bool m_again = false;
};

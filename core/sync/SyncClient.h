#pragma once

#include "service/DeskService.h"

#include <QCoreApplication>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QTimer;
class QWebSocket;

// The desk's side of sync (SYNC.md): pushes the outbox in mutation order, pulls everyone else's accepted commands
// after its cursor and applies them through the same rules, in one SQLite transaction with the cursor. When the
// server refused one of this desk's commands, or a pulled command does not apply here, or the server's epoch
// changed (restored from a backup), the desk downloads the server's state again and re-applies its still-pending
// commands: nothing unsent is ever thrown away.
//
// Everything is asynchronous: a round is a chain of requests, each step running when its QNetworkReply finishes, so
// the windows never re-enter while the desk waits for the server. Every step runs inside guarded(): a failing store
// (a full disk) ends the round with a message in the user's words instead of escaping into the event loop, and the
// open batch rolls back with its RAII guard. Command-line programs and tests that want to wait use SyncWait.h.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    explicit SyncClient(DeskService &desk, QObject *parent = nullptr);
    ~SyncClient() override;

    void setServer(const QUrl &url) { m_server = url; }
    // Whether a Dispatch Desk server answers at `server` (trusting only the certificates in `caFile` when one is
    // given), within five seconds; `done` hears it with a message in the user's words (at once when the address or
    // the certificate is wrong). Nothing is called once `context` is gone.
    static void probe(const QUrl &server, const QString &caFile, QObject *context,
                      const std::function<void(bool ok, const QString &message)> &done);
    // Why `server` is not an address a desk can sync with (http or https, with a host); empty when it is
    static QString addressProblem(const QUrl &server);
    // Trust only these certificates for https:// and wss:// (the organisation's own CA, pinned)
    bool setCaCertificates(const QString &pemFile, QString *error);
    // Head office: the outlet this desk gives commands for, and the one it reads (empty: all of them)
    void setOutlet(const QString &pushOutlet, const QString &readOutlet = QString());
    // Logs in; loggedIn() tells how it went
    void logIn(const QString &user, const QString &password);
    QString accountOutlet() const { return m_accountOutlet; }
    // One round: push, then pull (and a fresh download when needed); roundFinished() says how it went, with the
    // reason when the server could not be reached or answered with an error (the outbox keeps everything for the
    // next round). Asked for while a round runs, one more round follows it, and one roundFinished() covers both.
    void requestRound();
    bool roundRunning() const { return m_busy; }
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
    void roundFinished(bool ok, const QString &error);
    void loggedIn(bool ok, const QString &error);
    void commandRejected(const QString &command, const QString &message);

private:
    using Answer = std::function<void(int status, const QByteArray &answer, const QString &error)>;
    using Step = std::function<void()>;
    // Runs one step of a round or a login; a failing store ends it with the reason instead of leaving the event loop
    void guarded(const Step &step);
    void storageFailed(const QString &message);
    // One request; `then` runs when the answer is in (status 0: no usable answer, `error` says why). An expired
    // access token is renewed once and the request sent again.
    void send(const QByteArray &method, const QString &path, const QByteArray &body, const Answer &then,
              bool mayRenew = true);
    void renewToken(const std::function<void(bool renewed)> &done);
    // `ssl` trusting only the certificates in `pemFile`
    static bool pinned(const QString &pemFile, QSslConfiguration *ssl, QString *error);
    void openPokeChannel();
    // The steps of a round, each calling the next when its answer is in, or finishRound() with the reason
    void startRound();
    void push(const Step &next);
    void fetch();
    void pull(const Step &next);
    void downloadAgain(const Step &next);
    void afterFetch();
    void finishRound(bool ok, const QString &error);

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
    bool m_busy = false;  // a round is running
    bool m_again = false; // one more round was asked for while it ran
    bool m_loggingIn = false;
};

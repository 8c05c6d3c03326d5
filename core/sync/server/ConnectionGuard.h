#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslServer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

// The server's sockets, watched before the HTTP server reads a byte of them (issue 20): a request that announces a
// body over the limit is answered 413 at once and never buffered; a body sent without a length, headers that never
// end, a request that stalls and a connection left idle are closed after their timeouts; one address holds at most
// so many connections at a time. WebSocket upgrades (the poke channel) are let through and left alone.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBody = 4 * 1024 * 1024;
        int headerTimeoutMs = 15000; // from a request's first byte to the end of its headers
        int idleTimeoutMs = 120000;  // no byte at all (a desk's kept-alive connection between rounds)
        int perAddress = 256;        // a centre's desks behind one NAT share an address
        int maxHeaderBytes = 64 * 1024;
    };
    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);
    const Limits &limits() const { return m_limits; }
    // Whether one more connection from `peer` may open
    bool admit(const QHostAddress &peer) const;
    // Watches a new socket; connect it before the HTTP server takes it, so this guard reads first
    void watch(QTcpSocket *socket);
    int open() const { return int(m_sockets.size()); }

private:
    struct State
    {
        QString peer;
        QByteArray head;        // the current request's headers, until they end
        qint64 bodyLeft = 0;    // bytes of the current request's body still to come
        bool refused = false;   // answered and closing: what comes is discarded
        qint64 discardLeft = 0; // of a refused body, read and dropped so the client reads the answer, then closed
        bool upgraded = false;  // a WebSocket now: not watched
        QTimer *timer = nullptr;
    };
    void readyRead(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, State &state, int status, const QByteArray &reason, const QString &why,
                qint64 bodyComing = 0);
    void forget(QTcpSocket *socket);

    Limits m_limits;
    QHash<QTcpSocket *, State> m_sockets;
    QHash<QString, int> m_perAddress;
};

// A listening socket whose every connection passes the guard first (plain HTTP)
class GuardedTcpServer : public QTcpServer
{
public:
    explicit GuardedTcpServer(ConnectionGuard *guard, QObject *parent = nullptr) : QTcpServer(parent), m_guard(guard) {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard *m_guard;
};

// The same for HTTPS: the guard reads the decrypted stream
class GuardedSslServer : public QSslServer
{
public:
    explicit GuardedSslServer(ConnectionGuard *guard, QObject *parent = nullptr) : QSslServer(parent), m_guard(guard) {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard *m_guard;
};

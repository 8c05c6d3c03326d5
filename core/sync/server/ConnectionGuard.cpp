#include "ConnectionGuard.h"

#include "SyncServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent) : QObject(parent), m_limits(limits) {}

bool ConnectionGuard::admit(const QHostAddress &peer) const
{
    return m_perAddress.value(peer.toString()) < m_limits.perAddress;
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    State state;
    state.peer = socket->peerAddress().toString();
    state.timer = new QTimer(socket);
    state.timer->setSingleShot(true);
    ++m_perAddress[state.peer];
    // No byte yet: the headers must come within their timeout
    state.timer->start(m_limits.headerTimeoutMs);
    connect(state.timer, &QTimer::timeout, this, [this, socket] {
        auto it = m_sockets.find(socket);
        if (it == m_sockets.end() || it->upgraded)
            return;
        qCWarning(lcServer) << "closed: a connection from" << it->peer
                            << (it->head.isEmpty() && it->bodyLeft == 0 ? "left idle" : "stalled mid-request");
        socket->abort();
    });
    m_sockets.insert(socket, state);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    if (--m_perAddress[it->peer] <= 0)
        m_perAddress.remove(it->peer);
    m_sockets.erase(it);
}

void ConnectionGuard::refuse(QTcpSocket *socket, State &state, int status, const QByteArray &reason, const QString &why,
                             qint64 bodyComing)
{
    qCWarning(lcServer) << "refused:" << why << "from" << state.peer;
    state.refused = true;
    // A client still sending reads the answer only once its upload is done: some of the body is read and
    // dropped (never kept), at most twice the limit, and then the connection closes
    state.discardLeft = std::min(bodyComing, 2 * m_limits.maxBody) - socket->readAll().size();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), why}}).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    if (state.discardLeft <= 0)
        socket->disconnectFromHost();
    state.timer->start(5000); // a peer that does not read its answer is cut off
}

void ConnectionGuard::readyRead(QTcpSocket *socket)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    State &state = *it;
    if (state.upgraded)
        return;
    if (state.refused) {
        state.discardLeft -= socket->readAll().size();
        if (state.discardLeft <= 0 && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
        return;
    }
    // Only looked at: the HTTP server reads the same bytes right after
    QByteArray data = socket->peek(socket->bytesAvailable());
    while (!data.isEmpty()) {
        if (state.bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(state.bodyLeft, data.size());
            state.bodyLeft -= taken;
            data.remove(0, taken);
            continue;
        }
        // A request's headers, up to the blank line
        const qsizetype before = state.head.size();
        state.head += data;
        const qsizetype end = state.head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (state.head.size() > m_limits.maxHeaderBytes)
                return refuse(socket, state, 431, "Request Header Fields Too Large",
                              SyncServer::tr("The request's headers are too large."));
            state.timer->start(m_limits.headerTimeoutMs);
            return;
        }
        const QByteArray head = state.head.left(end + 4);
        const qsizetype used = end + 4 - before; // bytes of `data` that were headers
        state.head.clear();
        data.remove(0, used);
        qint64 length = 0;
        bool chunked = false, upgrade = false;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    return refuse(socket, state, 400, "Bad Request",
                                  SyncServer::tr("The request's length is not a number."));
            } else if (name == "transfer-encoding") {
                chunked = true;
            } else if (name == "upgrade") {
                upgrade = value.toLower() == "websocket";
            }
        }
        if (length > m_limits.maxBody)
            return refuse(socket, state, 413, "Payload Too Large",
                          SyncServer::tr("Request too large: at most %1 MB.").arg(m_limits.maxBody / (1024 * 1024)),
                          length);
        if (chunked)
            return refuse(socket, state, 411, "Length Required",
                          SyncServer::tr("Send the request's length (Content-Length)."));
        if (upgrade) {
            state.upgraded = true; // the poke channel: a long-lived WebSocket, watched by the server itself
            state.timer->stop();
            return;
        }
        state.bodyLeft = length;
    }
    // Between requests the connection may idle; inside one it must keep coming
    state.timer->start(state.bodyLeft > 0 || !state.head.isEmpty() ? m_limits.headerTimeoutMs : m_limits.idleTimeoutMs);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (!m_guard->admit(socket->peerAddress())) {
        qCWarning(lcServer) << "refused: too many connections from" << socket->peerAddress().toString();
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_guard->watch(socket);
    addPendingConnection(socket);
}

void GuardedSslServer::incomingConnection(qintptr descriptor)
{
    const QList<QSslSocket *> before = findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    QSslServer::incomingConnection(descriptor); // makes the socket and starts the handshake
    for (QSslSocket *socket : findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly)) {
        if (before.contains(socket))
            continue;
        if (!m_guard->admit(socket->peerAddress())) {
            qCWarning(lcServer) << "refused: too many connections from" << socket->peerAddress().toString();
            socket->abort();
            continue;
        }
        m_guard->watch(socket);
    }
}

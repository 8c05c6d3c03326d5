#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

FaultProxy::FaultProxy(quint16 upstream, QObject *parent) : QObject(parent), m_upstream(upstream)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            serve(client);
    });
}

void FaultProxy::inject(Fault fault, const QByteArray &path, int count, int delayMs)
{
    m_rules.append({fault, path, count, delayMs});
}

int FaultProxy::requests(const QByteArray &path) const
{
    int n = 0;
    for (const QByteArray &line : m_seen)
        n += line.contains(path) ? 1 : 0;
    return n;
}

qsizetype FaultProxy::messageLength(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : bytes.left(end).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(15).trimmed().toLongLong();
    }
    return bytes.size() >= end + 4 + length ? end + 4 + length : -1;
}

void FaultProxy::serve(QTcpSocket *client)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
        buffer->append(client->readAll());
        // Desks keep the connection open: one request after the other on it
        for (qsizetype n = messageLength(*buffer); n > 0; n = messageLength(*buffer)) {
            const QByteArray request = buffer->left(n);
            buffer->remove(0, n);
            handle(client, request);
        }
    });
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request)
{
    const QByteArray line = request.left(request.indexOf("\r\n"));
    m_seen << line;
    Rule rule{Fault::None, {}, 0, 0};
    for (Rule &r : m_rules) {
        if (r.count > 0 && line.contains(r.path)) {
            --r.count;
            rule = r;
            break;
        }
    }
    if (rule.fault != Fault::None)
        ++m_injected[int(rule.fault)];
    if (rule.fault == Fault::Reset) {
        client->abort();
        return;
    }
    QPointer<QTcpSocket> desk(client);
    auto *upstream = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    auto finish = [this, desk, upstream, answer, done, rule, line] {
        if (*done)
            return;
        *done = true;
        upstream->deleteLater();
        if (onAnswered)
            onAnswered(line);
        if (!desk)
            return;
        if (rule.fault == Fault::Truncate) {
            desk->write(answer->left(answer->size() / 2));
            desk->flush();
            desk->abort();
        } else if (rule.fault == Fault::Delay) {
            QTimer::singleShot(rule.delayMs, desk, [desk, answer] {
                if (desk)
                    desk->write(*answer);
            });
        } else {
            desk->write(*answer);
        }
    };
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, answer, finish] {
        answer->append(upstream->readAll());
        if (messageLength(*answer) > 0)
            finish();
    });
    connect(upstream, &QTcpSocket::disconnected, this, [finish] { finish(); });
    connect(upstream, &QTcpSocket::errorOccurred, this, [desk, upstream, done](QAbstractSocket::SocketError) {
        // The server is down: the desk sees its connection drop, as it would without the proxy
        if (*done)
            return;
        *done = true;
        upstream->deleteLater();
        if (desk)
            desk->abort();
    });
    connect(upstream, &QTcpSocket::connected, this, [this, upstream, request, line] {
        upstream->write(request);
        if (onForwarded)
            onForwarded(line);
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
}

#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

// A TCP proxy between desks and the server, inside the test suite, that breaks chosen requests the way networks do:
// resets the connection before the server sees the request, truncates the server's answer after the server committed
// (so the desk sends the same commands again), or holds the answer back. A hook runs when the server's whole answer
// is in and before the desk gets it: the tests kill a desk process there.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, Reset, Truncate, Delay };

    explicit FaultProxy(quint16 upstream, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void setUpstream(quint16 upstream) { m_upstream = upstream; }

    // The next `count` requests whose request line contains `path` get `fault`
    void inject(Fault fault, const QByteArray &path, int count, int delayMs = 0);
    int injected(Fault fault) const { return m_injected.value(int(fault)); }
    int requests(const QByteArray &path) const;

    // Called with the request line once the server has answered, before the answer is passed on
    std::function<void(const QByteArray &requestLine)> onAnswered;
    // Called with the request line once the request has gone to the server
    std::function<void(const QByteArray &requestLine)> onForwarded;

private:
    struct Rule
    {
        Fault fault;
        QByteArray path;
        int count;
        int delayMs;
    };
    void serve(QTcpSocket *client);
    void handle(QTcpSocket *client, const QByteArray &request);
    static qsizetype messageLength(const QByteArray &bytes); // -1: not complete yet

    QTcpServer m_server;
    quint16 m_upstream;
    QList<Rule> m_rules;
    QHash<int, int> m_injected;
    QList<QByteArray> m_seen;
};

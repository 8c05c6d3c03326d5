// Refused and logged: expired tokens, a clerk's supervisor-only command, an outlet reading another, malformed and
// oversized requests, and a short fuzz run over the request parser (the benchmark runs 100k).
#include "RequestFuzzer.h"
#include "SyncFixtures.h"
#include "SyncWait.h"
#include "storage/ReportQueries.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>
#include <catch2/catch.hpp>

namespace {
QByteArray pushBody(const QString &device, const QJsonArray &commands, const QString &outlet = QString())
{
    QJsonObject o{{s("device_id"), device}, {s("protocol_version"), 1}, {s("commands"), commands}};
    if (!outlet.isEmpty())
        o.insert(s("outlet"), outlet);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject note(const QString &by, int mutation)
{
    return {{s("mutation_id"), mutation},
            {s("command"), QJsonObject{{s("command"), s("ticket.note")},
                                       {s("at"), s("2026-11-20T10:00:00.000+08:00")},
                                       {s("by"), by},
                                       {s("ticket"), s("T1")},
                                       {s("text"), s("回访记录")}}}};
}

QString message(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer).object().value(s("error")).toString();
}
} // namespace

TEST_CASE("An expired token is refused and logged - the desk gets a new one with its refresh token",
          "[sync][pg][security]")
{
    Centre centre({s("--token-seconds"), s("1")});
    const QString url = centre.server->url();
    const QByteArray token = tokenFor(url, s("admin"));
    QByteArray answer;
    CHECK(http("GET", url + s("/v1/pull?cursor=0"), {}, token, &answer) == 200);
    SyncedDesk desk(url, s("admin"));
    REQUIRE(desk.desk.submit(s("zone.upsert"), {{s("id"), s("Z1")}, {s("name"), s("海淀")}}).ok);
    QThread::msleep(1300);
    CHECK(http("GET", url + s("/v1/pull?cursor=0"), {}, token, &answer) == 401);
    CHECK(message(answer).contains(s("expired")));
    CHECK(centre.server->log().contains(s("refused: an expired token of \"admin\"")));
    // The desk's own token expired too: it refreshes it and goes on, nothing asked of the clerk
    REQUIRE(desk.syncOnce());
    CHECK(desk.sync->pendingCount() == 0);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == 1);
    // A made-up refresh token gets nothing
    CHECK(http("POST", url + s("/v1/refresh"), R"({"refresh_token":"0123abcd"})", {}, &answer) == 401);
    CHECK(centre.server->log().contains(s("refused: an unknown or expired refresh token")));
}

TEST_CASE("A clerk's supervisor-only command is refused by the server with the reason, whatever the desk thought",
          "[sync][pg][security]")
{
    Centre centre;
    const QString url = centre.server->url();
    SyncedDesk admin(url, s("admin"));
    setUpCentre(admin);
    REQUIRE(admin.syncOnce());
    // Closing a manager's task is a supervisor's (R21)
    QJsonObject callback = note(s("u-clerk"), 1);
    QJsonObject command = callback.value(s("command")).toObject();
    command.insert(s("command"), s("task.done"));
    command.insert(s("task"), s("X1"));
    command.insert(s("outcome"), s("经理已上门"));
    callback.insert(s("command"), command);
    QByteArray answer;
    REQUIRE(http("POST", url + s("/v1/push"), pushBody(s("clerk-desk"), {callback}), tokenFor(url, s("u-clerk")),
                 &answer) == 200);
    const QJsonObject result =
        QJsonDocument::fromJson(answer).object().value(s("results")).toArray().first().toObject();
    CHECK(result.value(s("status")).toString() == s("rejected"));
    CHECK(result.value(s("message")).toString().contains(s("supervisor")));
    CHECK(centre.logged(s("SELECT count(*) FROM rejections WHERE device_id = 'clerk-desk'")) == 1);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log WHERE device_id = 'clerk-desk'")) == 0);
    CHECK(centre.server->log().contains(s("rejected \"clerk-desk\" 1")));
    // Given as somebody else, it is refused too
    REQUIRE(http("POST", url + s("/v1/push"), pushBody(s("clerk-desk"), {note(s("u-disp"), 2)}),
                 tokenFor(url, s("u-clerk")), &answer) == 200);
    CHECK(answer.contains("u-clerk"));
    CHECK(centre.logged(s("SELECT count(*) FROM command_log WHERE device_id = 'clerk-desk'")) == 0);
}

TEST_CASE("Outlets see only their own work - the head office sees every outlet and gives commands for one",
          "[sync][pg][security]")
{
    Centre centre;
    const QString url = centre.server->url();
    QString error;
    REQUIRE(centre.server->setPassword(s("n-admin"), s("desk-secret-1"), &error, s("north")));
    REQUIRE(centre.server->setPassword(s("hq"), s("desk-secret-1"), &error, s("*")));
    SyncedDesk main(url, s("admin"));
    setUpCentre(main);
    REQUIRE(main.syncOnce());
    SyncedDesk north(url, s("n-admin"));
    CHECK(north.sync->accountOutlet() == s("north"));
    REQUIRE(north.desk.submit(s("zone.upsert"), {{s("id"), s("ZN")}, {s("name"), s("北区")}}).ok);
    REQUIRE(north.syncOnce());
    // North has its own counter and sees only its own work
    CHECK(centre.logged(s("SELECT max(seq) FROM command_log WHERE outlet = 'north'")) == 1);
    CHECK_FALSE(north.ticket(s("T1")).has_value());
    CHECK(north.desk.store().load(Store::Zones, s("ZN")).has_value());
    REQUIRE(main.syncOnce());
    CHECK_FALSE(main.desk.store().load(Store::Zones, s("ZN")).has_value());
    // North asking for main's work, or giving commands for main: refused and logged
    const QByteArray northToken = tokenFor(url, s("n-admin"));
    QByteArray answer;
    CHECK(http("GET", url + s("/v1/pull?cursor=0&outlet=main"), {}, northToken, &answer) == 403);
    CHECK(message(answer).contains(s("north")));
    CHECK(http("GET", url + s("/v1/snapshot?outlet=main"), {}, northToken, &answer) == 403);
    CHECK(http("POST", url + s("/v1/push"), pushBody(s("north-2"), {note(s("n-admin"), 1)}, s("main")), northToken,
               &answer) == 403);
    CHECK(centre.server->log().contains(s("refused: \"n-admin\" of outlet \"north\" asked for outlet \"main\"")));
    CHECK(centre.server->log().contains(s("refused: \"n-admin\" of outlet \"north\" pushed for outlet \"main\"")));
    // The head office reads everything
    SyncedDesk hq(url, s("hq"));
    REQUIRE(hq.syncOnce());
    CHECK(hq.ticket(s("T1")).has_value());
    CHECK(hq.desk.store().load(Store::Zones, s("ZN")).has_value());
    // and must say which outlet a command is for
    REQUIRE(http("POST", url + s("/v1/push"), pushBody(s("hq-2"), {note(s("hq"), 1)}), tokenFor(url, s("hq")),
                 &answer) == 400);
    CHECK(message(answer).contains(s("outlet")));
    hq.sync->setOutlet(s("main"));
    REQUIRE(hq.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("总部督办")}}).ok);
    REQUIRE(hq.syncOnce());
    CHECK(hq.sync->pendingCount() == 0);
    CHECK(hq.sync->rejected().isEmpty());
    REQUIRE(main.syncOnce());
    CHECK(centre.logged(s("SELECT count(*) FROM command_log WHERE outlet = 'main' AND command LIKE '%总部督办%'")) ==
          1);
    QSqlQuery n(main.desk.database().connection());
    REQUIRE(n.exec(s("SELECT count(*) FROM ticket_events WHERE kind = 'note' AND data LIKE '%总部督办%'")));
    REQUIRE(n.next());
    CHECK(n.value(0).toInt() == 1);
}

TEST_CASE("Malformed, oversized and fuzzed requests get a 4xx and change nothing", "[sync][pg][security]")
{
    Centre centre;
    const QString url = centre.server->url();
    SyncedDesk admin(url, s("admin"));
    setUpCentre(admin);
    REQUIRE(admin.syncOnce());
    const QByteArray token = tokenFor(url, s("admin"));
    const qint64 before = centre.logged(s("SELECT count(*) FROM command_log"));
    QByteArray answer;
    const QString push = url + s("/v1/push");
    CHECK(http("POST", push, QByteArray(5 * 1024 * 1024, 'x'), token, &answer) == 413);
    CHECK(http("POST", push, "not json", token, &answer) == 400);
    CHECK(http("POST", push, R"({"device_id":"d","protocol_version":1,"commands":{}})", token, &answer) == 400);
    CHECK(message(answer).contains(s("list")));
    CHECK(http("POST", push, pushBody(s("d"), {note(s("admin"), 0)}), token, &answer) == 400);
    CHECK(http("POST", push, R"({"device_id":"d","protocol_version":9,"commands":[]})", token, &answer) == 426);
    // One malformed entry after a good one: the batch is refused whole
    CHECK(http("POST", push, pushBody(s("d"), {note(s("admin"), 1), QJsonObject{{s("mutation_id"), 2}}}), token,
               &answer) == 400);
    CHECK(http("GET", url + s("/v1/pull?cursor=-1"), {}, token, &answer) == 400);
    CHECK(http("GET", url + s("/v1/pull?cursor=abc"), {}, token, &answer) == 400);
    CHECK(http("POST", url + s("/v1/login"), "{\"user\":", {}, &answer) == 400);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == before);

    // A short fuzz run (the benchmark runs 100k): every answer a 2xx or a 4xx, and only what an answer says it
    // accepted is in the log
    RequestFuzzer fuzzer(20261123);
    qint64 accepted = 0;
    int refused = 0;
    for (int i = 0; i < 600; ++i) {
        const QByteArray body = fuzzer.next(pushBody(s("fuzz-%1").arg(i), {note(s("admin"), 1)}));
        const int status = http("POST", push, body, token, &answer);
        INFO(body.left(300).toStdString());
        REQUIRE(((status >= 200 && status < 300) || (status >= 400 && status < 500)));
        refused += status >= 400 ? 1 : 0;
        if (status == 200)
            for (const QJsonValue &r : QJsonDocument::fromJson(answer).object().value(s("results")).toArray())
                accepted += r.toObject().value(s("status")).toString() == s("accepted") &&
                                    !r.toObject().value(s("duplicate")).toBool()
                                ? 1
                                : 0;
    }
    CHECK(refused > 300);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == before + accepted);
    // Noise straight onto the socket: the server drops it and goes on serving
    QRandomGenerator noise(7);
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, centre.server->port());
        REQUIRE(socket.waitForConnected(5000));
        QByteArray bytes(int(noise.bounded(1, 4096)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(noise.bounded(256));
        if (i % 2 == 0)
            bytes.prepend("POST /v1/push HTTP/1.1\r\nContent-Length: 99999999999\r\n");
        socket.write(bytes);
        socket.waitForBytesWritten(2000);
        socket.waitForReadyRead(200);
        socket.abort();
    }
    CHECK(centre.server->process().state() == QProcess::Running);
    CHECK(http("GET", url + s("/v1/pull?cursor=0"), {}, token, &answer) == 200);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == before + accepted);
}

TEST_CASE("TLS with the centre's own certificate - a desk that does not trust it sends nothing", "[sync][pg][security]")
{
    QTemporaryDir certs;
    const QString cert = certs.filePath(s("server.pem")), key = certs.filePath(s("server.key"));
    QProcess openssl;
    openssl.start(s("openssl"), {s("req"), s("-x509"), s("-newkey"), s("rsa:2048"), s("-nodes"), s("-days"), s("2"),
                                 s("-subj"), s("/CN=127.0.0.1"), s("-addext"), s("subjectAltName=IP:127.0.0.1"),
                                 s("-keyout"), key, s("-out"), cert});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
    Centre centre({s("--certificate"), cert, s("--key"), key});
    const QString url = centre.server->url();
    REQUIRE(url.startsWith(s("https://")));
    SyncedDesk a(url, s("admin"), cert);
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    SyncedDesk b(url, s("u-disp"), cert);
    REQUIRE(b.syncOnce());
    CHECK(b.ticket(s("T1")).has_value());
    // Not pinned: the system's CAs do not know this certificate
    QTemporaryDir dir;
    DeskService desk;
    REQUIRE(desk.open(dir.filePath(s("c.sqlite"))));
    SyncClient untrusting(desk);
    untrusting.setServer(QUrl(url));
    QString error;
    CHECK_FALSE(SyncWait::logIn(untrusting, s("admin"), s("desk-secret-1"), &error));
    CHECK(error.contains(s("reached")));
    // Plain HTTP to the TLS port gets nothing either
    QByteArray answer;
    CHECK(http("POST", s("http://127.0.0.1:%1/v1/login").arg(centre.server->port()),
               R"({"user":"admin","password":"desk-secret-1"})", {}, &answer) != 200);
}

TEST_CASE("Two servers on one database: a change through one pokes a desk on the other at once", "[sync][pg]")
{
    Centre centre;
    ServerProcess second(centre.pg.connectInfo(), centre.cache.path());
    QString error;
    REQUIRE(second.start(&error));
    SyncedDesk a(centre.server->url(), s("admin"));
    SyncedDesk b(second.url(), s("u-disp"));
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    b.sync->startPolling(60000); // a minute: only the poke can bring the change sooner
    QDeadlineTimer open(10000);
    while (!b.sync->pokeChannelOpen() && !open.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(b.sync->pokeChannelOpen());
    REQUIRE(b.syncOnce());
    REQUIRE(a.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}}).ok);
    REQUIRE(a.syncOnce());
    QDeadlineTimer arrived(10000);
    while (b.ticket(s("T1"))->value(s("state")).toString() != s("dispatched") && !arrived.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(b.ticket(s("T1"))->value(s("state")).toString() == s("dispatched"));
    // Desk A polling too (once a minute): a command committed there goes out at once, no round asked for
    a.sync->startPolling(60000);
    REQUIRE(a.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("客户改约明天上午")}}).ok);
    QDeadlineTimer noted(20000);
    const auto notes = [&b] { return ReportQueries(b.desk.store()).ticketEvents(s("T1")).size(); };
    const auto before = notes();
    while (notes() == before && !noted.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(notes() == before + 1);
    CHECK(a.sync->pendingCount() == 0);
    // A poke channel opened with a bad token is closed by the server
    QWebSocket intruder;
    intruder.open(QUrl(s("ws://127.0.0.1:%1/v1/poke?token=nonsense").arg(second.port())));
    QDeadlineTimer closed(5000);
    bool wasOpen = false;
    while (!closed.hasExpired() && !(wasOpen && intruder.state() == QAbstractSocket::UnconnectedState)) {
        wasOpen = wasOpen || intruder.state() == QAbstractSocket::ConnectedState;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    CHECK(intruder.state() == QAbstractSocket::UnconnectedState);
    CHECK(second.log().contains(s("refused: an unknown token")));
    // A plain request for the poke channel is told to upgrade, not left hanging
    CHECK(http("GET", second.url() + s("/v1/poke"), {}) == 426);
}

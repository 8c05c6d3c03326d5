// The server against hostile clients (issue 20): each case is an attack that worked before, sent as an attacker
// would send it, against a real server and PostgreSQL.
#include "SyncFixtures.h"
#include "SyncWait.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <catch2/catch.hpp>

namespace {
QByteArray pushOf(const QString &device, const QJsonObject &command, int mutation = 1)
{
    return QJsonDocument(QJsonObject{{s("device_id"), device},
                                     {s("protocol_version"), 1},
                                     {s("commands"),
                                      QJsonArray{QJsonObject{{s("mutation_id"), mutation}, {s("command"), command}}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject firstResult(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer).object().value(s("results")).toArray().first().toObject();
}

QString nowText(qint64 addSeconds = 0)
{
    return QDateTime::currentDateTime().addSecs(addSeconds).toOffsetFromUtc(8 * 3600).toString(Qt::ISODateWithMs);
}

QJsonObject loginAnswer(const QString &url, const QString &user, const QString &password, int *status)
{
    QByteArray answer;
    *status = http("POST", url + s("/v1/login"),
                   QJsonDocument(QJsonObject{{s("user"), user}, {s("password"), password}}).toJson(), {}, &answer);
    return QJsonDocument::fromJson(answer).object();
}

// Runs dispatchdesk-server --set-password with `arguments`, the password on standard input
int setPasswordTool(Centre &centre, const QStringList &arguments, const QByteArray &input, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(s(DISPATCH_SERVER_PATH),
            QStringList{s("--pg"), centre.pg.connectInfo(), s("--cache"), centre.cache.path()} + arguments);
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    *output = QString::fromUtf8(p.readAll());
    return p.exitCode();
}
} // namespace

TEST_CASE("An account with no user record gives no command: making a clerk an administrator is refused",
          "[sync][pg][security][hardening]")
{
    Centre centre;
    const QString url = centre.server->url();
    SyncedDesk admin(url, s("admin"));
    setUpCentre(admin);
    REQUIRE(admin.syncOnce());
    QString error;
    REQUIRE(centre.server->setPassword(s("intruder"), s("desk-secret-1"), &error));
    const QJsonObject promote{{s("command"), s("user.upsert")}, {s("at"), nowText()},   {s("by"), s("intruder")},
                              {s("id"), s("u-clerk")},          {s("name"), s("王芳")}, {s("role"), s("admin")}};
    QByteArray answer;
    REQUIRE(http("POST", url + s("/v1/push"), pushOf(s("intruder-desk"), promote), tokenFor(url, s("intruder")),
                 &answer) == 200);
    const QJsonObject result = firstResult(answer);
    CHECK(result.value(s("status")).toString() == s("rejected"));
    CHECK(result.value(s("message")).toString().contains(s("intruder is not a user of outlet main")));
    CHECK(centre.logged(s("SELECT count(*) FROM command_log WHERE device_id = 'intruder-desk'")) == 0);
    CHECK(centre.server->log().contains(s("refused: \"intruder\" has no user record in outlet \"main\"")));
    // The clerk is still a clerk: a supervisor's command of theirs is refused
    admin.syncOnce();
    CHECK(admin.desk.store().load(Store::Users, s("u-clerk"))->value(s("role")).toString() == s("clerk"));
}

TEST_CASE("Commands dated in 1971 or 2099 are refused: deadlines and KPIs cannot be backdated",
          "[sync][pg][security][hardening]")
{
    Centre centre;
    const QString url = centre.server->url();
    SyncedDesk admin(url, s("admin"));
    setUpCentre(admin);
    REQUIRE(admin.syncOnce());
    const QByteArray token = tokenFor(url, s("u-disp"));
    int mutation = 0;
    for (const QString &at : {s("1971-01-01T09:00:00.000+08:00"), s("2099-01-01T09:00:00.000+08:00")}) {
        const QJsonObject note{{s("command"), s("ticket.note")},
                               {s("at"), at},
                               {s("by"), s("u-disp")},
                               {s("ticket"), s("T1")},
                               {s("text"), s("补录")}};
        QByteArray answer;
        REQUIRE(http("POST", url + s("/v1/push"), pushOf(s("disp-desk"), note, ++mutation), token, &answer) == 200);
        const QJsonObject result = firstResult(answer);
        INFO(at.toStdString() << ": " << answer.toStdString());
        CHECK(result.value(s("status")).toString() == s("rejected"));
        CHECK(result.value(s("field")).toString() == s("at"));
        CHECK(result.value(s("message")).toString().contains(s("too far from the server's clock")));
    }
    // Two days offline is legal
    const QJsonObject late{{s("command"), s("ticket.note")},
                           {s("at"), nowText(-2 * 86400)},
                           {s("by"), s("u-disp")},
                           {s("ticket"), s("T1")},
                           {s("text"), s("离线两天后补录")}};
    QByteArray answer;
    REQUIRE(http("POST", url + s("/v1/push"), pushOf(s("disp-desk"), late, ++mutation), token, &answer) == 200);
    CHECK(firstResult(answer).value(s("status")).toString() == s("accepted"));
}

TEST_CASE("A 100 KB note is refused, and what a refused command carried is stored only in part",
          "[sync][pg][security][hardening]")
{
    Centre centre;
    const QString url = centre.server->url();
    SyncedDesk admin(url, s("admin"));
    setUpCentre(admin);
    REQUIRE(admin.syncOnce());
    const QJsonObject padded{{s("command"), s("ticket.note")}, {s("at"), nowText()},
                             {s("by"), s("u-disp")},           {s("ticket"), s("T1")},
                             {s("text"), s("回访")},           {s("padding"), QString(100 * 1024, QLatin1Char('x'))}};
    QByteArray answer;
    REQUIRE(http("POST", url + s("/v1/push"), pushOf(s("disp-desk"), padded), tokenFor(url, s("u-disp")), &answer) ==
            200);
    CHECK(firstResult(answer).value(s("status")).toString() == s("rejected"));
    CHECK(firstResult(answer).value(s("message")).toString().contains(s("larger than 64 KB")));
    CHECK(centre.logged(s("SELECT max(length(command)) FROM rejections")) <= 2000);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log WHERE device_id = 'disp-desk'")) == 0);
}

TEST_CASE("Tokens end with the password and with the user: a new password, a used refresh token and a deactivated "
          "user get nothing",
          "[sync][pg][security][hardening]")
{
    Centre centre;
    const QString url = centre.server->url();
    SyncedDesk admin(url, s("admin"));
    setUpCentre(admin);
    REQUIRE(admin.syncOnce());
    int status = 0;
    const QJsonObject first = loginAnswer(url, s("u-disp"), s("desk-secret-1"), &status);
    REQUIRE(status == 200);
    const QByteArray oldToken = first.value(s("token")).toString().toLatin1();
    const QByteArray oldRefresh =
        QJsonDocument(QJsonObject{{s("refresh_token"), first.value(s("refresh_token"))}}).toJson();
    // The session tables hold no token a copy of them could use
    CHECK(centre.logged(s("SELECT count(*) FROM sessions WHERE token = '") + QString::fromLatin1(oldToken) + s("'")) ==
          0);
    // A refresh token works once, and hands a new one
    QByteArray answer;
    REQUIRE(http("POST", url + s("/v1/refresh"), oldRefresh, {}, &answer) == 200);
    const QString nextRefresh = QJsonDocument::fromJson(answer).object().value(s("refresh_token")).toString();
    CHECK_FALSE(nextRefresh.isEmpty());
    CHECK(http("POST", url + s("/v1/refresh"), oldRefresh, {}, &answer) == 401);
    // A new password ends the old sessions, access and refresh alike
    QString error;
    REQUIRE(centre.server->setPassword(s("u-disp"), s("new-secret-22"), &error));
    CHECK(http("GET", url + s("/v1/pull?cursor=0"), {}, oldToken, &answer) == 401);
    CHECK(http("POST", url + s("/v1/refresh"), QJsonDocument(QJsonObject{{s("refresh_token"), nextRefresh}}).toJson(),
               {}, &answer) == 401);
    loginAnswer(url, s("u-disp"), s("new-secret-22"), &status);
    CHECK(status == 200);

    // The administrator deactivates the clerk at a desk: the clerk's token ends, and the clerk logs in no more
    const QByteArray clerkToken = tokenFor(url, s("u-clerk"));
    CHECK(http("GET", url + s("/v1/pull?cursor=0"), {}, clerkToken, &answer) == 200);
    REQUIRE(
        admin.desk
            .submit(s("user.upsert"),
                    {{s("id"), s("u-clerk")}, {s("name"), s("王芳")}, {s("role"), s("clerk")}, {s("active"), false}})
            .ok);
    REQUIRE(admin.syncOnce());
    CHECK(http("GET", url + s("/v1/pull?cursor=0"), {}, clerkToken, &answer) == 401);
    const QJsonObject refused = loginAnswer(url, s("u-clerk"), s("desk-secret-1"), &status);
    CHECK(status == 401);
    CHECK(refused.value(s("error")).toString().contains(s("no longer an active user")));
}

TEST_CASE("Wrong passwords lock the account for a while, and an unknown name is answered like a wrong password",
          "[sync][pg][security][hardening]")
{
    Centre centre;
    const QString url = centre.server->url();
    int status = 0;
    for (int i = 0; i < 5; ++i) {
        loginAnswer(url, s("u-disp"), s("guess-%1").arg(i), &status);
        CHECK(status == 401);
    }
    // The right password, too late: locked
    const QJsonObject locked = loginAnswer(url, s("u-disp"), s("desk-secret-1"), &status);
    CHECK(status == 429);
    CHECK(locked.value(s("error")).toString().contains(s("Too many wrong passwords")));
    CHECK(centre.server->log().contains(s("while locked after wrong passwords")));
    // Another account of the same desk is not locked by it
    loginAnswer(url, s("admin"), s("desk-secret-1"), &status);
    CHECK(status == 200);
    const QJsonObject unknown = loginAnswer(url, s("nobody-here"), s("desk-secret-1"), &status);
    CHECK(status == 401);
    CHECK(unknown.value(s("error")).toString() == s("Wrong user or password."));
}

TEST_CASE("With PostgreSQL gone the answers say so in plain words, with nothing of the server's insides",
          "[sync][pg][security][hardening]")
{
    Centre centre;
    const QString url = centre.server->url();
    const QByteArray token = tokenFor(url, s("admin"));
    centre.pg.stop();
    for (const auto &[method, path, body] : QList<std::tuple<QByteArray, QString, QByteArray>>{
             {"POST", s("/v1/login"), R"({"user":"admin","password":"desk-secret-1"})"},
             {"GET", s("/v1/pull?cursor=0"), {}}}) {
        QByteArray answer;
        const int status = http(method, url + path, body, path.contains(s("pull")) ? token : QByteArray(), &answer);
        INFO(path.toStdString() << ": " << answer.toStdString());
        CHECK(status == 503);
        const QString words = QJsonDocument::fromJson(answer).object().value(s("error")).toString();
        CHECK(words.contains(s("central database is not available")));
        for (const char *inside : {"QPSQL", "PostgreSQL", "connection", "/tmp", "127.0.0.1", "socket"})
            CHECK_FALSE(words.contains(QLatin1String(inside), Qt::CaseInsensitive));
    }
    CHECK(centre.server->log().contains(s("unavailable:")));
}

TEST_CASE("Passwords never on the command line, and not weak", "[sync][pg][security][hardening]")
{
    Centre centre;
    QString output;
    CHECK(setPasswordTool(centre, {s("--set-password"), s("u-new:desk-secret-1")}, {}, &output) == 2);
    CHECK(output.contains(s("never put on the command line")));
    CHECK(setPasswordTool(centre, {s("--set-password"), s("u-new")}, "13812345678\n", &output) == 2);
    CHECK(output.contains(s("not only digits")));
    CHECK(setPasswordTool(centre, {s("--set-password"), s("u-new")}, "short\n", &output) == 2);
    CHECK(output.contains(s("at least 8 characters")));
    CHECK(setPasswordTool(centre, {s("--set-password"), s("u-new")}, "a-good-pass-9\n", &output) == 0);
    int status = 0;
    loginAnswer(centre.server->url(), s("u-new"), s("a-good-pass-9"), &status);
    CHECK(status == 200);
}

TEST_CASE("A 400 MB request is answered 413 before its body is read: the server never buffers past the limit",
          "[sync][pg][security][hardening]")
{
    Centre centre;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, centre.server->port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write("POST /v1/login HTTP/1.1\r\nHost: centre\r\nContent-Type: application/json\r\n"
                 "Content-Length: 400000000\r\n\r\n");
    const QByteArray megabyte(1024 * 1024, 'x');
    qint64 sent = 0;
    QByteArray answer;
    for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        sent += socket.write(megabyte);
        socket.waitForBytesWritten(2000);
        if (socket.waitForReadyRead(50))
            answer += socket.readAll();
    }
    socket.waitForReadyRead(2000);
    answer += socket.readAll();
    INFO("sent " << sent / (1024 * 1024) << " MB; answer: " << answer.left(200).toStdString());
    CHECK(answer.startsWith("HTTP/1.1 413"));
    CHECK(answer.contains("Request too large"));
    CHECK(sent < 16 * 1024 * 1024); // cut off long before the 400 MB
    CHECK(centre.server->log().contains(s("refused: \"Request too large: at most 4 MB.\"")));
    int status = 0;
    loginAnswer(centre.server->url(), s("admin"), s("desk-secret-1"), &status);
    CHECK(status == 200);
}

TEST_CASE("Idle and half-sent connections are closed after the header timeout, one address holds only so many, and a "
          "real login gets through once they are gone",
          "[sync][pg][security][hardening]")
{
    Centre centre({s("--header-timeout-seconds"), s("2"), s("--max-connections-per-address"), s("20")});
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 40; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, centre.server->port());
        REQUIRE(socket->waitForConnected(5000));
        if (i % 2) // half a request, never finished
            socket->write("POST /v1/login HTTP/1.1\r\nHost: centre\r\nContent-Length: 50\r\n\r\n{\"user\":");
        socket->flush();
        sockets.push_back(std::move(socket));
    }
    // Those beyond the cap are closed at once
    QDeadlineTimer soon(1500);
    int closed = 0;
    while (!soon.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        closed = 0;
        for (auto &socket : sockets)
            closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        if (closed >= 20)
            break;
    }
    CHECK(closed >= 20);
    CHECK(centre.server->log().contains(s("refused: too many connections from")));
    // After the header timeout every one of them is closed, idle and half-sent alike
    QDeadlineTimer later(8000);
    while (!later.hasExpired() && closed < 40) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        closed = 0;
        for (auto &socket : sockets) {
            socket->waitForDisconnected(10);
            closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        }
    }
    CHECK(closed == 40);
    CHECK(centre.server->log().contains(s("left idle")));
    CHECK(centre.server->log().contains(s("stalled mid-request")));
    int status = 0;
    loginAnswer(centre.server->url(), s("admin"), s("desk-secret-1"), &status);
    CHECK(status == 200);
}

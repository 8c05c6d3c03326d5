#include "SampleTicket.h"
#include "SyncFixtures.h"
#include "SyncWait.h"
#include "TestDesk.h"

#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <catch2/catch.hpp>

TEST_CASE("Two desks and a server: a ticket opened on one desk shows on the other", "[sync][pg]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    SyncedDesk b(centre.server->url(), s("u-disp"));
    setUpCentre(a);
    REQUIRE(a.sync->pendingCount() == 14);
    REQUIRE(a.syncOnce());
    CHECK(a.sync->pendingCount() == 0);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == 14);
    REQUIRE(b.syncOnce());
    const auto t = b.ticket(s("T1"));
    REQUIRE(t.has_value());
    CHECK(t->value(s("number")).toString() == a.ticket(s("T1"))->value(s("number")).toString());
    CHECK(b.desk.store().load(Store::Technicians, s("W1")).has_value());
    // And back: B dispatches, A sees it
    REQUIRE(b.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}}).ok);
    REQUIRE(b.syncOnce());
    REQUIRE(a.syncOnce());
    CHECK(a.ticket(s("T1"))->value(s("state")).toString() == s("dispatched"));
    CHECK(a.ticket(s("T1"))->value(s("technician_id")).toString() == s("W1"));
    // The records the dispatch created have the same ids on both desks
    QSqlQuery qa(a.desk.database().connection()), qb(b.desk.database().connection());
    REQUIRE(qa.exec(s("SELECT id FROM appointments WHERE ticket_id = 'T1'")));
    REQUIRE(qb.exec(s("SELECT id FROM appointments WHERE ticket_id = 'T1'")));
    REQUIRE(qa.next());
    REQUIRE(qb.next());
    CHECK(qa.value(0).toString() == qb.value(0).toString());
}

TEST_CASE("Two desks dispatch the same ticket: one wins, the other is told why and takes the winner's", "[sync][pg]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    SyncedDesk b(centre.server->url(), s("u-disp"));
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    REQUIRE(b.syncOnce());
    // Both, before hearing of the other
    REQUIRE(a.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}}).ok);
    REQUIRE(b.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T1")}, {s("technician"), s("W2")}}).ok);
    QStringList heard;
    QObject::connect(b.sync.get(), &SyncClient::commandRejected,
                     [&heard](const QString &command, const QString &why) { heard << command + s(": ") + why; });
    REQUIRE(a.syncOnce());
    REQUIRE(b.syncOnce());
    REQUIRE(heard.size() == 1);
    CHECK(heard.first().startsWith(s("ticket.dispatch")));
    CHECK(heard.first().contains(s("dispatched")));
    const QList<Record> rejected = b.sync->rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().value(s("result")).toString().contains(s("dispatched")));
    // B now shows the server's truth: W1
    CHECK(b.ticket(s("T1"))->value(s("technician_id")).toString() == s("W1"));
    CHECK(centre.logged(s("SELECT count(*) FROM rejections")) == 1);
    // and works on: its next command goes through
    REQUIRE(b.desk.submit(s("ticket.contact_attempt"), {{s("ticket"), s("T1")}, {s("reached"), true}}).ok);
    REQUIRE(b.syncOnce());
    REQUIRE(a.syncOnce());
    CHECK(a.ticket(s("T1"))->value(s("state")).toString() == s("contacted"));
}

TEST_CASE("A desk works offline with the server down - everything arrives once when it is back", "[sync][pg]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    centre.server->kill();
    for (int i = 0; i < 100; ++i)
        REQUIRE(a.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("电话记录 %1").arg(i)}}).ok);
    CHECK_FALSE(a.syncOnce());
    CHECK(a.sync->pendingCount() == 100);
    QString error;
    auto revived = std::make_unique<ServerProcess>(centre.pg.connectInfo(), centre.cache.path());
    REQUIRE(revived->start(&error));
    a.sync->setServer(QUrl(revived->url()));
    REQUIRE(a.syncOnce());
    CHECK(a.sync->pendingCount() == 0);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == 114);
    // The answers were lost: the desk sends the same commands again; each is applied once
    QSqlQuery q(a.desk.database().connection());
    REQUIRE(q.exec(s("UPDATE outbox SET state = 'pending' WHERE mutation_id > 104")));
    REQUIRE(a.syncOnce());
    CHECK(a.sync->pendingCount() == 0);
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == 114);
    // A new desk gets the whole day
    SyncedDesk b(revived->url(), s("u-disp"));
    REQUIRE(b.syncOnce());
    QSqlQuery n(b.desk.database().connection());
    REQUIRE(n.exec(s("SELECT count(*) FROM ticket_events WHERE ticket_id = 'T1' AND kind = 'note'")));
    REQUIRE(n.next());
    CHECK(n.value(0).toInt() == 100);
}

TEST_CASE("The server refuses a wrong password, a missing token and a command given for someone else", "[sync][pg]")
{
    Centre centre;
    QTemporaryDir dir;
    DeskService desk;
    REQUIRE(desk.open(dir.filePath(s("desk.sqlite"))));
    SyncClient client(desk);
    client.setServer(QUrl(centre.server->url()));
    QString error;
    CHECK_FALSE(SyncWait::logIn(client, s("u-disp"), s("wrong"), &error));
    CHECK(error.contains(s("401")));
    // Without a login nothing is pushed
    desk.setUser(s("u-disp"));
    REQUIRE(desk.submit(s("zone.upsert"), {{s("id"), s("Z9")}, {s("name"), s("测试区")}}).ok);
    CHECK_FALSE(SyncWait::round(client, &error));
    CHECK(error.contains(s("401")));
    CHECK(client.pendingCount() == 1);
    // Logged in as u-clerk, a command by u-disp is refused with the reason
    REQUIRE(SyncWait::logIn(client, s("u-clerk"), s("desk-secret-1"), &error));
    REQUIRE(SyncWait::round(client, &error));
    const QList<Record> rejected = client.rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().value(s("result")).toString().contains(s("u-clerk")));
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == 0);
}

TEST_CASE("Two desks opening tickets offline the same day never hand out the same number", "[sync][pg]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    SyncedDesk b(centre.server->url(), s("u-disp"));
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    REQUIRE(b.syncOnce());
    auto open = [](SyncedDesk &desk, const QString &id, const QString &phone) {
        REQUIRE(desk.desk
                    .submit(s("ticket.open"), {{s("id"), id},
                                               {s("kind"), s("repair")},
                                               {s("fault"), s("不制冷")},
                                               {s("customer"), QJsonObject{{s("name"), s("王芳")},
                                                                           {s("phones"), QJsonArray{phone}},
                                                                           {s("address"), s("北京市海淀区学院路5号")}}},
                                               {s("product"), QJsonObject{{s("category"), s("fridge")}}}})
                    .ok);
    };
    open(a, s("TA"), s("13600000001"));
    open(b, s("TB"), s("13600000002"));
    REQUIRE(a.syncOnce());
    REQUIRE(b.syncOnce());
    REQUIRE(a.syncOnce());
    CHECK(b.sync->rejected().isEmpty());
    const QString na = a.ticket(s("TA"))->value(s("number")).toString();
    const QString nb = a.ticket(s("TB"))->value(s("number")).toString();
    CHECK(na != nb);
    CHECK(b.ticket(s("TA"))->value(s("number")).toString() == na);
    CHECK(centre.logged(s("SELECT count(*) FROM rejections")) == 0);
}

TEST_CASE("The server restored from an older backup: the desk sends again what the server lost, then agrees with it",
          "[sync][pg]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    for (int i = 0; i < 3; ++i)
        REQUIRE(a.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("备份后 %1").arg(i)}}).ok);
    REQUIRE(a.syncOnce());
    REQUIRE(centre.logged(s("SELECT count(*) FROM command_log")) == 17);
    // The head office restores yesterday's backup: the last two commands are gone, and so is their confirmation
    centre.server->kill();
    for (const char *sql : {"DELETE FROM command_log WHERE seq > 15", "UPDATE outlet_counter SET v = 15",
                            "UPDATE devices SET last_mutation = last_mutation - 2",
                            "UPDATE server_meta SET value = 'restored' WHERE key = 'epoch'"})
        centre.logged(s("WITH done AS (") + s(sql) + s(" RETURNING 1) SELECT count(*) FROM done"));
    QString error;
    ServerProcess restored(centre.pg.connectInfo(), centre.cache.path());
    REQUIRE(restored.start(&error));
    a.sync->setServer(QUrl(restored.url()));
    REQUIRE(SyncWait::logIn(*a.sync, s("admin"), s("desk-secret-1"), &error));
    REQUIRE(a.syncOnce());
    CHECK(a.sync->pendingCount() == 0);
    // Nothing lost: the two notes are on the server again, exactly once
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == 17);
    CHECK(centre.logged(s("SELECT count(DISTINCT (device_id, mutation_id)) FROM command_log")) == 17);
    // and the desk took the restored server's state (new epoch) with its own notes in it
    QSqlQuery n(a.desk.database().connection());
    REQUIRE(n.exec(s("SELECT count(*) FROM ticket_events WHERE ticket_id = 'T1' AND kind = 'note'")));
    REQUIRE(n.next());
    CHECK(n.value(0).toInt() == 3);
    CHECK(a.desk.store().meta(s("sync_epoch")) == s("restored"));
}

TEST_CASE("A pull of 1,000 notes on 10 tickets tells the desk's views those 10 tickets, once per page",
          "[sync][pg][changes]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    SyncedDesk b(centre.server->url(), s("u-disp"));
    setUpCentre(a);
    QStringList tickets{s("T1")};
    for (int i = 2; i <= 10; ++i) {
        QJsonObject fields = sampleTicketT1();
        const QString id = s("T%1").arg(i);
        fields.insert(s("id"), id);
        QJsonObject customer = fields.value(s("customer")).toObject();
        customer.insert(s("id"), s("C%1").arg(i));
        customer.insert(s("phones"), QJsonArray{s("138123456%1").arg(i, 2, 10, QLatin1Char('0'))});
        fields.insert(s("customer"), customer);
        QJsonObject product = fields.value(s("product")).toObject();
        product.insert(s("id"), s("P%1").arg(i));
        fields.insert(s("product"), product);
        REQUIRE(a.desk.submit(s("ticket.open"), fields).ok);
        tickets << id;
    }
    REQUIRE(a.syncOnce());
    REQUIRE(b.syncOnce());
    for (int n = 0; n < 1000; ++n)
        REQUIRE(
            a.desk.submit(s("ticket.note"), {{s("ticket"), tickets.at(n % 10)}, {s("text"), s("用户来电催单")}}).ok);
    REQUIRE(a.syncOnce());
    // What desk B's views hear while it pulls the thousand
    int ticketSignals = 0, resets = 0, commandsOfItsOwn = 0;
    QSet<QString> heard;
    QObject::connect(&b.desk, &DeskService::ticketsChanged, [&](const QStringList &ids) {
        ++ticketSignals;
        heard.unite(QSet<QString>(ids.cbegin(), ids.cend()));
    });
    QObject::connect(&b.desk, &DeskService::deskReset, [&] { ++resets; });
    QObject::connect(&b.desk, &DeskService::commandApplied, [&] { ++commandsOfItsOwn; });
    REQUIRE(b.syncOnce());
    CHECK(heard == QSet<QString>(tickets.cbegin(), tickets.cend()));
    // The server hands out 500 changes a page: two pages, two signals, not a thousand
    CHECK(ticketSignals == 2);
    CHECK(resets == 0);
    CHECK(commandsOfItsOwn == 0); // pulled commands are not this desk's: nothing is sent back
    CHECK(b.desk.store().outboxCount(s("pending")) == 0);
}

TEST_CASE("A full disk while pulling leaves the desk usable: nothing half-applied, and everything arrives later",
          "[sync][pg][changes]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    SyncedDesk b(centre.server->url(), s("u-disp"));
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    REQUIRE(b.syncOnce());
    const qint64 cursorBefore = b.sync->cursor();
    for (int n = 0; n < 300; ++n)
        REQUIRE(
            a.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("用户来电催单,请尽快上门")}}).ok);
    REQUIRE(a.syncOnce());
    // B's disk is full: SQLite may not grow its file by one more page
    QSqlQuery limit(b.desk.database().connection());
    REQUIRE(limit.exec(s("PRAGMA page_count")));
    REQUIRE(limit.next());
    const qint64 pages = limit.value(0).toLongLong();
    REQUIRE(limit.exec(s("PRAGMA max_page_count = %1").arg(pages)));
    int resets = 0;
    QObject::connect(&b.desk, &DeskService::deskReset, [&] { ++resets; });
    QString error;
    CHECK_FALSE(SyncWait::round(*b.sync, &error)); // no exception reaches the caller (a timer's slot, the event loop)
    INFO(error.toStdString());
    CHECK(error.contains(s("full")));
    CHECK(b.sync->lastError() == error);
    CHECK(resets == 0);                       // a fault is not a reason to download the server's state
    CHECK(b.sync->cursor() == cursorBefore);  // nothing of the page was kept
    CHECK(b.desk.store().inBatch() == false); // and no transaction is left open
    // Room again: the desk works, its own command is queued for the server, and the next round brings everything
    REQUIRE(limit.exec(s("PRAGMA max_page_count = 1073741823")));
    REQUIRE(b.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("已联系用户")}}).ok);
    CHECK(b.sync->pendingCount() == 1);
    REQUIRE(b.syncOnce());
    CHECK(b.sync->lastError().isEmpty());
    CHECK(b.sync->pendingCount() == 0);
    QSqlQuery notes(b.desk.database().connection());
    REQUIRE(notes.exec(s("SELECT count(*) FROM ticket_events WHERE ticket_id = 'T1' AND kind = 'note'")));
    REQUIRE(notes.next());
    CHECK(notes.value(0).toInt() == 301);
}

TEST_CASE("A round never blocks the desk: it returns at once, the window's events run while the server answers, and "
          "rounds asked for meanwhile make one more round",
          "[sync][pg]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    setUpCentre(a);
    QSignalSpy finished(a.sync.get(), &SyncClient::roundFinished);
    a.sync->requestRound();
    // Nothing has been answered yet, yet the call is back: the desk's event loop is not re-entered from inside it
    CHECK(a.sync->roundRunning());
    CHECK(finished.isEmpty());
    CHECK(a.sync->pendingCount() == 14);
    // A poke and the poll arriving while the round waits: one more round afterwards, never two at once
    REQUIRE(a.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("客户来电催单")}}).ok);
    a.sync->requestRound();
    a.sync->requestRound();
    int ticks = 0; // a timer of the window's, running while the round waits
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    tick.start(0);
    REQUIRE(finished.wait(15000));
    tick.stop();
    CHECK(ticks > 0);
    CHECK(finished.at(0).at(0).toBool());
    CHECK_FALSE(a.sync->roundRunning());
    CHECK(a.sync->pendingCount() == 0); // the note committed during the first round went in the one more
    CHECK(centre.logged(s("SELECT count(*) FROM command_log")) == 15);
    QTest::qWait(200);
    CHECK(finished.size() == 1); // one answer for the round and the one more it was asked for
}

TEST_CASE("The server pokes the other desks about a change, not the desk that sent it", "[sync][pg]")
{
    Centre centre;
    SyncedDesk a(centre.server->url(), s("admin"));
    setUpCentre(a);
    REQUIRE(a.syncOnce());
    const QByteArray token = tokenFor(centre.server->url(), s("admin"));
    const QString ws = QString(centre.server->url()).replace(s("http://"), s("ws://"));
    auto listen = [&](QWebSocket &socket, const QString &device) {
        socket.open(QUrl(ws + s("/v1/poke?token=%1&device=%2").arg(QString::fromLatin1(token), device)));
        QDeadlineTimer open(10000);
        while (socket.state() != QAbstractSocket::ConnectedState && !open.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        REQUIRE(socket.state() == QAbstractSocket::ConnectedState);
    };
    QWebSocket sender, other;
    listen(sender, a.desk.store().deviceId()); // as desk A's own channel names it
    listen(other, s("another-desk"));
    QSignalSpy toSender(&sender, &QWebSocket::textMessageReceived);
    QSignalSpy toOther(&other, &QWebSocket::textMessageReceived);
    REQUIRE(a.desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("客户来电催单")}}).ok);
    REQUIRE(a.syncOnce());
    if (toOther.isEmpty()) // it may have come while the push was answered
        REQUIRE(toOther.wait(5000));
    CHECK(toOther.size() >= 1);
    QTest::qWait(1000); // the sender's poke, had there been one, was on its way at the same time
    CHECK(toSender.isEmpty());
}

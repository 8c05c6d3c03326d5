// Where a command comes from decides the ids of the records it creates: every apply has its own origin, and a
// store failure is a fault reported as one, never counted among the rules' refusals.
#include "TestDesk.h"

#include "demo/Generator.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Command dispatch(const QString &ticket, const QString &technician)
{
    return Command(s("ticket.dispatch"), QDateTime::fromString(TestDesk::at(s("09:05")), Qt::ISODate), s("u-disp"),
                   {{s("ticket"), ticket}, {s("technician"), technician}});
}
} // namespace

TEST_CASE("Two visits dispatched in the same millisecond on one desk get two appointments", "[commands][origin]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    REQUIRE(desk.openRepair(s("T2"), TestDesk::at(s("09:00"))).ok);
    const CommandResult first = desk.processor().apply(dispatch(s("T1"), s("W1")));
    const CommandResult second = desk.processor().apply(dispatch(s("T2"), s("W1")));
    INFO(second.error.message.toStdString());
    REQUIRE(first.ok);
    REQUIRE(second.ok);
    CHECK(desk.scalar(s("SELECT count(DISTINCT id) FROM appointments")).toInt() == 2);
    // both are this desk's own: each has its outbox row, numbered one after the other
    CHECK(desk.scalar(s("SELECT count(*) FROM outbox WHERE command = 'ticket.dispatch'")).toInt() == 2);
}

TEST_CASE("A command from elsewhere keeps its origin and is not queued for the server again", "[commands][origin]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    const qint64 outbox = desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong();
    const CommandResult r = desk.processor().apply(dispatch(s("T1"), s("W1")), {s("another-desk"), 41});
    REQUIRE(r.ok);
    CHECK(desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong() == outbox);
    // the same command applied on another desk with the same origin creates the same appointment id
    TestDesk other;
    REQUIRE(other.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    REQUIRE(other.processor().apply(dispatch(s("T1"), s("W1")), {s("another-desk"), 41}).ok);
    CHECK(desk.scalar(s("SELECT id FROM appointments")) == other.scalar(s("SELECT id FROM appointments")));
}

TEST_CASE("A command from elsewhere without its origin is refused as a fault and changes nothing", "[commands][origin]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    const CommandResult r = desk.processor().apply(dispatch(s("T1"), s("W1")), {QString(), 0});
    CHECK_FALSE(r.ok);
    CHECK(r.internal);
    CHECK(r.error.message.contains(s("ticket.dispatch")));
    CHECK(desk.ticket(s("T1")).value(s("state")).toString() == s("new"));
}

TEST_CASE("A repeated origin breaking a unique id is a fault, not a rule's refusal, and changes nothing",
          "[commands][origin]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    REQUIRE(desk.openRepair(s("T2"), TestDesk::at(s("09:00"))).ok);
    const qint64 audit = desk.auditRows();
    REQUIRE(desk.processor().apply(dispatch(s("T1"), s("W1")), {s("broken-source"), 7}).ok);
    const qint64 afterFirst = desk.auditRows();
    CHECK(afterFirst > audit);
    // the same origin at the same millisecond derives the same appointment id: the store refuses it
    const CommandResult r = desk.processor().apply(dispatch(s("T2"), s("W1")), {s("broken-source"), 7});
    CHECK_FALSE(r.ok);
    CHECK(r.internal);
    CHECK(r.error.message.contains(s("appointments.id")));
    CHECK(desk.ticket(s("T2")).value(s("state")).toString() == s("new"));
    CHECK(desk.auditRows() == afterFirst);
    // a rule's refusal is not a fault
    const CommandResult refused = desk.apply(s("ticket.arrive"), TestDesk::at(s("09:10")), {{s("ticket"), s("T2")}});
    CHECK_FALSE(refused.ok);
    CHECK_FALSE(refused.internal);
}

TEST_CASE("The generator gives each command its own origin: no outbox rows, one device", "[generator][origin]")
{
    TestDesk desk(false);
    Generator::Options o;
    o.tickets = 300;
    o.seed = 3;
    const Generator::Outcome outcome = Generator::run(desk.processor(), o);
    CHECK(outcome.tickets == 300);
    CHECK(desk.scalar(s("SELECT count(*) FROM outbox")).toInt() == 0);
    CHECK(Generator::deviceId(3) == s("generator-3"));
    qint64 rejectedByReason = 0;
    for (auto it = outcome.rejectedBy.cbegin(); it != outcome.rejectedBy.cend(); ++it)
        rejectedByReason += it.value();
    CHECK(rejectedByReason == outcome.rejected);
}

TEST_CASE("A replay stops loudly on a fault instead of counting it as a rejected line", "[replay][origin]")
{
    // A desk file whose appointments table lost its room: the store fails on the first dispatch
    QTemporaryDir dir;
    const QString db = dir.filePath(s("desk.sqlite"));
    const QByteArray lines =
        R"({"command":"ticket.open","at":"2026-11-20T09:00:00+08:00","by":"u-clerk","id":"T1","kind":"repair",)"
        R"("customer":{"id":"C1","name":"张伟","phones":["13800001111"],"address":"北京市海淀区学院路1号","zone":"Z1"},)"
        R"("product":{"id":"P1","category":"fridge","model":"BCD-470","purchase_date":"2026-06-01"},)"
        R"("fault":"冰箱不制冷"})"
        "\n"
        R"({"command":"ticket.dispatch","at":"2026-11-20T09:05:00+08:00","by":"u-disp","ticket":"T1","technician":"W1"})"
        "\n";
    // Created first, then given a trigger that makes every new appointment fail as a broken constraint would
    QProcess first;
    first.start(s(DISPATCH_CLI_PATH), {s("replay"), TestDesk::dataPath(s("replay/setup.jsonl")), s("--db"), db});
    REQUIRE(first.waitForFinished(60000));
    REQUIRE(first.exitCode() == 0);
    {
        Database database;
        REQUIRE(database.open(db));
        QSqlQuery q(database.connection());
        REQUIRE(q.exec(s("CREATE TRIGGER appointments_broken BEFORE INSERT ON appointments BEGIN "
                         "SELECT RAISE(ABORT, 'UNIQUE constraint failed: appointments.id'); END")));
    }
    QFile day(dir.filePath(s("rest.jsonl")));
    REQUIRE(day.open(QIODevice::WriteOnly));
    day.write(lines);
    day.close();
    QProcess replay;
    replay.start(s(DISPATCH_CLI_PATH), {s("replay"), day.fileName(), s("--db"), db});
    REQUIRE(replay.waitForFinished(60000));
    const QString err = QString::fromUtf8(replay.readAllStandardError());
    INFO(err.toStdString());
    CHECK(replay.exitCode() != 0);
    CHECK(err.contains(s("ticket.dispatch")));
    CHECK(err.contains(s("appointments.id")));
}

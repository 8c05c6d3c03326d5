// SPEC §2.1: every legal transition moves the ticket; every other one is refused with the state named and
// nothing changed.
#include "TestDesk.h"

#include "rules/Labels.h"
#include "rules/TicketStates.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

namespace {
const QStringList kStates = {QStringLiteral("new"),         QStringLiteral("guided_by_phone"),
                             QStringLiteral("dispatched"),  QStringLiteral("contacted"),
                             QStringLiteral("en_route"),    QStringLiteral("on_site"),
                             QStringLiteral("completed"),   QStringLiteral("closed"),
                             QStringLiteral("pulled_back"), QStringLiteral("awaiting_parts"),
                             QStringLiteral("unreachable"), QStringLiteral("cancelled")};

struct Move
{
    QString command;
    QJsonObject fields;
    QString to; // the state a legal use leads to
};

// Every command that moves a ticket, with valid fields, given at 12:00 (after driveTo's last step).
QList<Move> moves()
{
    return {
        {QStringLiteral("ticket.guide_by_phone"),
         {{QStringLiteral("note"), QStringLiteral("教用户复位")}},
         QStringLiteral("guided_by_phone")},
        {QStringLiteral("ticket.dispatch"),
         {{QStringLiteral("technician"), QStringLiteral("W1")}},
         QStringLiteral("dispatched")},
        {QStringLiteral("ticket.contact_attempt"), {{QStringLiteral("reached"), true}}, QStringLiteral("contacted")},
        {QStringLiteral("ticket.reschedule"),
         {{QStringLiteral("appointment_start"), TestDesk::at(QStringLiteral("15:00"))},
          {QStringLiteral("reason"), QStringLiteral("用户下午在家")},
          {QStringLiteral("customer_consent"), true}},
         QStringLiteral("contacted")},
        {QStringLiteral("ticket.reassign"),
         {{QStringLiteral("technician"), QStringLiteral("W2")},
          {QStringLiteral("reason"), QStringLiteral("王师傅病假")}},
         QStringLiteral("dispatched")},
        {QStringLiteral("ticket.depart"), {}, QStringLiteral("en_route")},
        {QStringLiteral("ticket.arrive"), {}, QStringLiteral("on_site")},
        {QStringLiteral("ticket.await_parts"),
         {{QStringLiteral("parts"), QJsonArray{QStringLiteral("COMP-01")}}},
         QStringLiteral("awaiting_parts")},
        {QStringLiteral("ticket.pull_back"),
         {{QStringLiteral("appearance"), QStringLiteral("外观完好")}},
         QStringLiteral("pulled_back")},
        {QStringLiteral("ticket.not_home"),
         {{QStringLiteral("waited_minutes"), 5},
          {QStringLiteral("phoned"), true},
          {QStringLiteral("neighbours_asked"), false},
          {QStringLiteral("note_left"), true}},
         QStringLiteral("dispatched")},
        {QStringLiteral("ticket.parts_arrived"), {}, QStringLiteral("dispatched")},
        {QStringLiteral("ticket.request_support"),
         {{QStringLiteral("reason"), QStringLiteral("需要两人搬运")}},
         QStringLiteral("on_site")},
        {QStringLiteral("ticket.complete"),
         {{QStringLiteral("resolution"), QStringLiteral("已修好")},
          {QStringLiteral("paid"), true},
          {QStringLiteral("signed_by"), QStringLiteral("张伟")}},
         QStringLiteral("completed")},
        {QStringLiteral("ticket.cancel"),
         {{QStringLiteral("reason"), QStringLiteral("用户自行解决")}},
         QStringLiteral("cancelled")},
    };
}

// The legal moves of SPEC §2.1 as the desk implements them (from-state → commands).
const QHash<QString, QStringList> &legal()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("new"),
         {QStringLiteral("ticket.guide_by_phone"), QStringLiteral("ticket.dispatch"), QStringLiteral("ticket.cancel")}},
        {QStringLiteral("guided_by_phone"), {QStringLiteral("ticket.dispatch"), QStringLiteral("ticket.cancel")}},
        {QStringLiteral("dispatched"),
         {QStringLiteral("ticket.contact_attempt"), QStringLiteral("ticket.reschedule"),
          QStringLiteral("ticket.reassign"), QStringLiteral("ticket.depart"), QStringLiteral("ticket.arrive"),
          QStringLiteral("ticket.cancel"), QStringLiteral("ticket.not_home")}},
        {QStringLiteral("contacted"),
         {QStringLiteral("ticket.contact_attempt"), QStringLiteral("ticket.reschedule"),
          QStringLiteral("ticket.reassign"), QStringLiteral("ticket.depart"), QStringLiteral("ticket.arrive"),
          QStringLiteral("ticket.cancel"), QStringLiteral("ticket.not_home")}},
        {QStringLiteral("en_route"),
         {QStringLiteral("ticket.reschedule"), QStringLiteral("ticket.reassign"), QStringLiteral("ticket.arrive"),
          QStringLiteral("ticket.cancel"), QStringLiteral("ticket.not_home")}},
        {QStringLiteral("on_site"),
         {QStringLiteral("ticket.reschedule"), QStringLiteral("ticket.reassign"), QStringLiteral("ticket.await_parts"),
          QStringLiteral("ticket.pull_back"), QStringLiteral("ticket.request_support"),
          QStringLiteral("ticket.complete")}},
        {QStringLiteral("completed"), {}},
        {QStringLiteral("closed"), {}},
        // reschedule: the return visit of a unit repaired in the workshop [000 四.2(2)]
        {QStringLiteral("pulled_back"),
         {QStringLiteral("ticket.arrive"), QStringLiteral("ticket.complete"), QStringLiteral("ticket.reschedule")}},
        {QStringLiteral("awaiting_parts"),
         {QStringLiteral("ticket.dispatch"), QStringLiteral("ticket.cancel"), QStringLiteral("ticket.parts_arrived")}},
        {QStringLiteral("unreachable"),
         {QStringLiteral("ticket.dispatch"), QStringLiteral("ticket.reschedule"), QStringLiteral("ticket.reassign"),
          QStringLiteral("ticket.cancel")}},
        {QStringLiteral("cancelled"), {}},
    };
    return table;
}
} // namespace

TEST_CASE("Every state of the ticket can be reached the way a desk works", "[states]")
{
    for (const QString &state : kStates) {
        DYNAMIC_SECTION(state.toStdString())
        {
            TestDesk desk;
            desk.driveTo(QStringLiteral("T1"), state);
            CHECK(desk.ticket(QStringLiteral("T1")).value(QStringLiteral("state")).toString() == state);
        }
    }
}

TEST_CASE("Every legal transition moves the ticket to the state the diagram shows", "[states]")
{
    for (const QString &from : kStates) {
        for (const Move &m : moves()) {
            if (!legal().value(from).contains(m.command))
                continue;
            DYNAMIC_SECTION(from.toStdString() << " --" << m.command.toStdString() << "-->")
            {
                TestDesk desk;
                desk.driveTo(QStringLiteral("T1"), from);
                const qint64 eventsBefore =
                    desk.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toLongLong();
                QJsonObject fields = m.fields;
                fields.insert(QStringLiteral("ticket"), QStringLiteral("T1"));
                const CommandResult r = desk.apply(m.command, TestDesk::at(QStringLiteral("12:00")), fields);
                INFO(r.error.field.toStdString() << ": " << r.error.message.toStdString());
                REQUIRE(r.ok);
                // a return visit leaves the unit pulled back until the technician arrives with it
                const QString to =
                    from == QLatin1String("pulled_back") && m.command == QLatin1String("ticket.reschedule") ? from
                                                                                                            : m.to;
                CHECK(desk.ticket(QStringLiteral("T1")).value(QStringLiteral("state")).toString() == to);
                // on the ticket's timeline, with who and when
                CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toLongLong() ==
                      eventsBefore + 1);
                CHECK(desk.scalar(QStringLiteral("SELECT by FROM ticket_events ORDER BY id DESC LIMIT 1")).toString() ==
                      QStringLiteral("u-disp"));
            }
        }
    }
}

TEST_CASE("Every transition not drawn is refused, naming the state, and changes nothing", "[states]")
{
    int refused = 0;
    for (const QString &from : kStates) {
        TestDesk desk;
        desk.driveTo(QStringLiteral("T1"), from);
        for (const Move &m : moves()) {
            if (legal().value(from).contains(m.command))
                continue;
            INFO(from.toStdString() << " --" << m.command.toStdString() << "--> must be refused");
            const Record before = desk.ticket(QStringLiteral("T1"));
            const qint64 auditBefore = desk.auditRows();
            const qint64 eventsBefore = desk.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toLongLong();
            QJsonObject fields = m.fields;
            fields.insert(QStringLiteral("ticket"), QStringLiteral("T1"));
            const CommandResult r = desk.apply(m.command, TestDesk::at(QStringLiteral("12:00")), fields);
            CHECK_FALSE(r.ok);
            CHECK(r.error.field == QStringLiteral("ticket"));
            // named in words: the state the ticket is in and the action refused (SPEC §1b: no keys)
            CHECK(r.error.message.contains(TicketStates::label(from)));
            CHECK(r.error.message.contains(Labels::command(m.command)));
            CHECK(desk.ticket(QStringLiteral("T1")) == before);
            CHECK(desk.auditRows() == auditBefore);
            CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toLongLong() == eventsBefore);
            ++refused;
        }
    }
    int legalMoves = 0;
    for (const QStringList &l : legal())
        legalMoves += l.size();
    CHECK(legalMoves == 40); // the 35 of the diagram, not at home from three states, parts arrived, the return visit
    CHECK(refused == 12 * int(moves().size()) - legalMoves); // the whole table was tried
}

TEST_CASE("Completing a ticket that was never dispatched is refused with its state", "[states]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(QStringLiteral("T1"), TestDesk::at(QStringLiteral("09:00"))).ok);
    const CommandResult r = desk.apply(QStringLiteral("ticket.complete"), TestDesk::at(QStringLiteral("10:00")),
                                       {{QStringLiteral("ticket"), QStringLiteral("T1")},
                                        {QStringLiteral("resolution"), QStringLiteral("x")},
                                        {QStringLiteral("paid"), true},
                                        {QStringLiteral("signed_by"), QStringLiteral("x")}});
    CHECK_FALSE(r.ok);
    CHECK(r.error.field == QStringLiteral("ticket"));
    CHECK(r.error.message.contains(QStringLiteral("new")));
    CHECK(desk.ticket(QStringLiteral("T1")).value(QStringLiteral("state")) == QStringLiteral("new"));
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM charges")).toInt() == 0);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM callbacks")).toInt() == 0);
}

TEST_CASE("A callback moves guided and completed tickets to closed, or back to dispatched", "[states]")
{
    for (const QString &from : {QStringLiteral("guided_by_phone"), QStringLiteral("completed")}) {
        for (const bool solved : {true, false}) {
            DYNAMIC_SECTION(from.toStdString() << (solved ? " solved" : " unsolved"))
            {
                TestDesk desk;
                desk.driveTo(QStringLiteral("T1"), from);
                const CommandResult r =
                    desk.apply(QStringLiteral("callback.record"), TestDesk::at(QStringLiteral("11:00")),
                               {{QStringLiteral("ticket"), QStringLiteral("T1")},
                                {QStringLiteral("reached"), true},
                                {QStringLiteral("solved"), solved}},
                               QStringLiteral("u-sup"));
                REQUIRE(r.ok);
                CHECK(desk.ticket(QStringLiteral("T1")).value(QStringLiteral("state")).toString() ==
                      (solved ? QStringLiteral("closed") : QStringLiteral("dispatched")));
            }
        }
    }
}

TEST_CASE("The state table names every state of the diagram and labels them for the clerk", "[states]")
{
    CHECK(TicketStates::all() == kStates);
    CHECK(TicketStates::isOpen(QStringLiteral("completed")));
    CHECK_FALSE(TicketStates::isOpen(QStringLiteral("closed")));
    CHECK_FALSE(TicketStates::isOpen(QStringLiteral("cancelled")));
    CHECK(TicketStates::label(QStringLiteral("pulled_back")) == QStringLiteral("pulled back to workshop"));
    CHECK(TicketStates::illegalMessage(QStringLiteral("ticket.complete"), QStringLiteral("new"))
              .contains(QStringLiteral("technician on site")));
}

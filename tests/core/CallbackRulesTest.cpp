// After the visit: phone guidance (R4), callbacks (R15) and complaints (R16).
#include "TestDesk.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

bool hasAlert(const QJsonObject &snapshot, const QString &ticket, const QString &kind)
{
    for (const QJsonValue &a : snapshot.value(s("alerts")).toArray())
        if (a.toObject().value(s("ticket")).toString() == ticket && a.toObject().value(s("kind")).toString() == kind)
            return true;
    return false;
}

CommandResult callback(TestDesk &desk, const QString &at, const QJsonObject &answers)
{
    QJsonObject f = answers;
    f.insert(s("ticket"), s("T1"));
    return desk.apply(s("callback.record"), at, f, s("u-sup"));
}

QString openCallbackState(TestDesk &desk)
{
    return desk.scalar(s("SELECT group_concat(kind || ':' || state, ',') FROM callbacks WHERE ticket_id = 'T1'"))
        .toString();
}
} // namespace

TEST_CASE("A misuse solved by phone waits for a callback 2 hours later, then closes", "[callbacks][R4]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("guided_by_phone")); // guided at 09:05
    CHECK(desk.ticket(s("T1")).value(s("callback_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("11:05"))));
    CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("11:05"))), s("T1"), s("callback_overdue")));
    CHECK(hasAlert(desk.snapshot(TestDesk::at(s("11:05:01"))), s("T1"), s("callback_overdue")));
    const CommandResult r = callback(desk, TestDesk::at(s("11:00")), {{s("reached"), true}, {s("solved"), true}});
    REQUIRE(r.ok);
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("closed"));
    CHECK(openCallbackState(desk) == s("guidance:done"));
    CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("12:00"))), s("T1"), s("callback_overdue")));
}

TEST_CASE("phone_guidance_callback_minutes changes when the guidance callback is due", "[callbacks][R4][settings]")
{
    TestDesk desk;
    REQUIRE(desk.apply(s("setting.set"), TestDesk::at(s("08:10")),
                       {{s("key"), s("phone_guidance_callback_minutes")}, {s("value"), 45}}, s("admin"))
                .ok);
    desk.driveTo(s("T1"), s("guided_by_phone"));
    CHECK(desk.ticket(s("T1")).value(s("callback_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("09:50"))));
}

TEST_CASE("A guided customer who is not helped gets a technician, and the guidance callback is no longer waiting",
          "[callbacks][R4]")
{
    SECTION("the callback finds it unsolved: reopened, to be dispatched")
    {
        TestDesk desk;
        desk.driveTo(s("T1"), s("guided_by_phone"));
        const CommandResult r = callback(desk, TestDesk::at(s("10:00")), {{s("reached"), true}, {s("solved"), false}});
        REQUIRE(r.ok);
        CHECK(desk.ticket(s("T1")).value(s("state")) == s("dispatched"));
        CHECK(desk.flags(s("T1")).contains(s("reopened")));
        REQUIRE(desk.apply(s("ticket.dispatch"), TestDesk::at(s("10:05")),
                           {{s("ticket"), s("T1")}, {s("technician"), s("W1")}})
                    .ok);
        CHECK(desk.ticket(s("T1")).value(s("technician_id")) == s("W1"));
    }
    SECTION("the customer calls back and refuses guidance: dispatched, no callback left over")
    {
        TestDesk desk;
        desk.driveTo(s("T1"), s("guided_by_phone"));
        REQUIRE(desk.apply(s("ticket.dispatch"), TestDesk::at(s("09:30")),
                           {{s("ticket"), s("T1")}, {s("technician"), s("W1")}})
                    .ok);
        CHECK(desk.ticket(s("T1")).value(s("state")) == s("dispatched"));
        CHECK(desk.scalar(s("SELECT count(*) FROM callbacks WHERE state = 'open'")).toInt() == 0);
        CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("11:30"))), s("T1"), s("callback_overdue")));
        // an unanswered "callback" on it cannot close the dispatched ticket
        const CommandResult r = callback(desk, TestDesk::at(s("11:30")), {{s("reached"), false}});
        CHECK_FALSE(r.ok);
        CHECK(desk.ticket(s("T1")).value(s("state")) == s("dispatched"));
    }
}

TEST_CASE("A completed ticket gets a callback due 24 hours later - overdue only after that", "[callbacks][R15]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("completed")); // 10:00
    CHECK(desk.ticket(s("T1")).value(s("callback_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("10:00"), 21)));
    const QJsonObject atDue = desk.snapshot(TestDesk::at(s("10:00"), 21));
    CHECK_FALSE(hasAlert(atDue, s("T1"), s("callback_overdue")));
    CHECK_FALSE(atDue.value(s("callbacks")).toArray().at(0).toObject().value(s("overdue")).toBool());
    const QJsonObject after = desk.snapshot(TestDesk::at(s("10:00:01"), 21));
    CHECK(hasAlert(after, s("T1"), s("callback_overdue")));
    CHECK(after.value(s("callbacks")).toArray().at(0).toObject().value(s("overdue")).toBool());
}

TEST_CASE("callback_within_hours changes the callback due time", "[callbacks][R15][settings]")
{
    TestDesk desk;
    REQUIRE(desk.apply(s("setting.set"), TestDesk::at(s("08:10")),
                       {{s("key"), s("callback_within_hours")}, {s("value"), 48}}, s("admin"))
                .ok);
    desk.driveTo(s("T1"), s("completed"));
    CHECK(desk.ticket(s("T1")).value(s("callback_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("10:00"), 22)));
}

TEST_CASE("A customer not reached is tried again - after the third try the callback closes as unreachable",
          "[callbacks][R15]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("completed"));
    REQUIRE(callback(desk, TestDesk::at(s("09:00"), 21), {{s("reached"), false}}).ok);
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("completed"));
    REQUIRE(callback(desk, TestDesk::at(s("11:00"), 21), {{s("reached"), false}}).ok);
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("completed"));
    CHECK(desk.scalar(s("SELECT attempts FROM callbacks")).toInt() == 2);
    const CommandResult third = callback(desk, TestDesk::at(s("14:00"), 21), {{s("reached"), false}});
    REQUIRE(third.ok);
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("closed"));
    CHECK(desk.flags(s("T1")).contains(s("callback_unreachable")));
    CHECK(openCallbackState(desk) == s("completion:unreachable"));
    const CommandResult fourth = callback(desk, TestDesk::at(s("15:00"), 21), {{s("reached"), false}});
    CHECK_FALSE(fourth.ok);
    CHECK(fourth.error.field == s("ticket"));

    SECTION("callback_max_attempts = 1 closes at the first try")
    {
        TestDesk d2;
        REQUIRE(d2.apply(s("setting.set"), TestDesk::at(s("08:10")),
                         {{s("key"), s("callback_max_attempts")}, {s("value"), 1}}, s("admin"))
                    .ok);
        d2.driveTo(s("T1"), s("completed"));
        REQUIRE(callback(d2, TestDesk::at(s("09:00"), 21), {{s("reached"), false}}).ok);
        CHECK(d2.ticket(s("T1")).value(s("state")) == s("closed"));
    }
}

TEST_CASE("Unsolved or unsatisfied reopens the ticket as a repeat visit with new deadlines", "[callbacks][R15]")
{
    for (const bool unsatisfied : {false, true}) {
        DYNAMIC_SECTION((unsatisfied ? "solved but 不满意" : "not solved"))
        {
            TestDesk desk;
            desk.driveTo(s("T1"), s("completed"));
            QJsonObject answers{{s("reached"), true}, {s("solved"), unsatisfied}};
            if (unsatisfied)
                answers.insert(s("satisfaction"), s("不满意"));
            const CommandResult r = callback(desk, TestDesk::at(s("09:00"), 21), answers);
            REQUIRE(r.ok);
            const Record t = desk.ticket(s("T1"));
            CHECK(t.value(s("state")) == s("dispatched"));
            CHECK(desk.flags(s("T1")).contains(s("reopened")));
            CHECK(t.value(s("technician_id")) == s("W1"));
            CHECK(t.value(s("visits")).toInt() == 2);
            CHECK(t.value(s("on_site_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("12:00"), 21)));
            CHECK(t.value(s("contact_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("09:30"), 21)));
            CHECK(t.value(s("callback_by")).isNull());
            // the reopened repair no longer counts as fixed first time
            CHECK(desk.snapshot(TestDesk::at(s("09:00"), 21))
                      .value(s("kpis"))
                      .toObject()
                      .value(s("first_time_fix_rate"))
                      .toDouble() == 0.0);
        }
    }
    SECTION("基本满意 and solved closes")
    {
        TestDesk desk;
        desk.driveTo(s("T1"), s("completed"));
        REQUIRE(callback(desk, TestDesk::at(s("09:00"), 21),
                         {{s("reached"), true}, {s("solved"), true}, {s("satisfaction"), s("基本满意")}})
                    .ok);
        CHECK(desk.ticket(s("T1")).value(s("state")) == s("closed"));
    }
}

TEST_CASE("A callback that finds an overcharge or a behaviour breach opens a complaint", "[callbacks][R16]")
{
    SECTION("overcharge: a normal complaint against the ticket and its technician")
    {
        TestDesk desk;
        desk.driveTo(s("T1"), s("completed"));
        const CommandResult r = callback(desk, TestDesk::at(s("09:00"), 21),
                                         {{s("reached"), true},
                                          {s("solved"), true},
                                          {s("charged_as_receipt"), false},
                                          {s("satisfaction"), s("基本满意")}});
        REQUIRE(r.ok);
        REQUIRE(r.info.contains(s("complaint")));
        const auto c = desk.store().load(Store::Complaints, r.info.value(s("complaint")).toString());
        REQUIRE(c.has_value());
        CHECK(c->value(s("ticket_id")) == s("T1"));
        CHECK(c->value(s("technician_id")) == s("W1"));
        CHECK(c->value(s("severity")) == s("normal"));
        CHECK(c->value(s("state")) == s("open"));
        CHECK(c->value(s("reason")).toString().contains(s("charged")));
        CHECK(c->value(s("deadline")).toLongLong() == TestDesk::ms(TestDesk::at(s("09:00"), 23)));
        // the ticket itself is solved: it closes
        CHECK(desk.ticket(s("T1")).value(s("state")) == s("closed"));

        // tracked until resolved and the customer confirms
        const QString id = c->value(s("id")).toString();
        REQUIRE(desk.apply(s("complaint.step"), TestDesk::at(s("10:00"), 21),
                           {{s("complaint"), id}, {s("text"), s("退还多收的50元")}}, s("u-sup"))
                    .ok);
        CHECK(desk.store().load(Store::Complaints, id)->value(s("state")) == s("in_progress"));
        REQUIRE(desk.apply(s("complaint.resolve"), TestDesk::at(s("11:00"), 21),
                           {{s("complaint"), id}, {s("resolution"), s("已退款")}}, s("u-sup"))
                    .ok);
        CHECK(desk.store().load(Store::Complaints, id)->value(s("state")) == s("resolved"));
        REQUIRE(desk.apply(s("complaint.resolve"), TestDesk::at(s("12:00"), 21),
                           {{s("complaint"), id}, {s("customer_confirmed"), true}}, s("u-sup"))
                    .ok);
        CHECK(desk.store().load(Store::Complaints, id)->value(s("state")) == s("closed"));
        CHECK_FALSE(
            desk.apply(s("complaint.step"), TestDesk::at(s("13:00"), 21), {{s("complaint"), id}, {s("text"), s("x")}})
                .ok);
    }
    SECTION("behaviour breach: serious")
    {
        TestDesk desk;
        desk.driveTo(s("T1"), s("completed"));
        const CommandResult r = callback(desk, TestDesk::at(s("09:00"), 21),
                                         {{s("reached"), true}, {s("solved"), true}, {s("behaviour_ok"), false}});
        REQUIRE(r.ok);
        CHECK(desk.scalar(s("SELECT severity FROM complaints")).toString() == s("serious"));
    }
    SECTION("everything as on the receipt: no complaint")
    {
        TestDesk desk;
        desk.driveTo(s("T1"), s("completed"));
        REQUIRE(
            callback(
                desk, TestDesk::at(s("09:00"), 21),
                {{s("reached"), true}, {s("solved"), true}, {s("behaviour_ok"), true}, {s("charged_as_receipt"), true}})
                .ok);
        CHECK(desk.scalar(s("SELECT count(*) FROM complaints")).toInt() == 0);
    }
}

TEST_CASE("A callback with a bad answer is refused naming the field and changes nothing", "[callbacks][R15]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("completed"));
    const Record before = desk.ticket(s("T1"));
    const qint64 audit = desk.auditRows();
    struct Case
    {
        QJsonObject answers;
        const char *field;
    };
    const QList<Case> cases = {
        {{{s("solved"), true}}, "reached"},
        {{{s("reached"), true}}, "solved"},
        {{{s("reached"), true}, {s("solved"), true}, {s("satisfaction"), s("还行")}}, "satisfaction"},
        {{{s("reached"), s("yes")}}, "reached"},
    };
    for (const Case &c : cases) {
        const CommandResult r = callback(desk, TestDesk::at(s("09:00"), 21), c.answers);
        CHECK_FALSE(r.ok);
        CHECK(r.error.field == QString::fromUtf8(c.field));
    }
    const CommandResult noCallback =
        desk.apply(s("callback.record"), TestDesk::at(s("09:00"), 21),
                   {{s("callback"), s("nope")}, {s("reached"), true}, {s("solved"), true}}, s("u-sup"));
    CHECK_FALSE(noCallback.ok);
    CHECK(noCallback.error.field == s("callback"));
    CHECK(desk.ticket(s("T1")) == before);
    CHECK(desk.auditRows() == audit);
    CHECK(openCallbackState(desk) == s("completion:open"));
}

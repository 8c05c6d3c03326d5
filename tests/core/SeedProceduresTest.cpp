// The seeds' procedures (SPEC R9, R12, R15, R16, R18, R19, R21, R22), each with the sentence it implements.
#include "TestDesk.h"

#include "storage/KpiQueries.h"

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

QJsonObject ticketIn(const QJsonObject &snapshot, const QString &id)
{
    for (const QJsonValue &t : snapshot.value(s("tickets")).toArray())
        if (t.toObject().value(s("id")).toString() == id)
            return t.toObject();
    return {};
}

// T1 dispatched at 09:05 to W1 with an appointment at 14:00, the technician arriving at `arrive`
void lateVisit(TestDesk &desk, const char *arrive)
{
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    REQUIRE(desk.apply(s("ticket.dispatch"), TestDesk::at(s("09:05")),
                       {{s("ticket"), s("T1")},
                        {s("technician"), s("W1")},
                        {s("appointment_start"), TestDesk::at(s("14:00"))}})
                .ok);
    REQUIRE(desk.apply(s("ticket.arrive"), TestDesk::at(s(arrive)), {{s("ticket"), s("T1")}}).ok);
}
} // namespace

// [000 三.3(1)] "迟到时间超过15分钟…可赠送小礼品;若道歉不接受,再由售后经理上门道歉"
TEST_CASE("The customer's answer to a late arrival's apology: accepted closes it, refused sends the manager",
          "[seeds][R12][R21]")
{
    TestDesk desk;
    lateVisit(desk, "14:20");
    CHECK(desk.ticket(s("T1")).value(s("apology")) == s("pending"));
    SECTION("accepted: the matter is closed, no task")
    {
        const CommandResult r =
            desk.apply(s("ticket.apology"), TestDesk::at(s("14:25")),
                       {{s("ticket"), s("T1")}, {s("accepted"), true}, {s("note"), s("已赠送小礼品")}});
        REQUIRE(r.ok);
        CHECK(desk.ticket(s("T1")).value(s("apology")) == s("accepted"));
        CHECK_FALSE(desk.flags(s("T1")).contains(s("apology_pending")));
        CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("15:00"))), s("T1"), s("late_arrival")));
        CHECK(desk.scalar(s("SELECT count(*) FROM tasks")).toInt() == 0);
        // answered once: a second answer is refused
        const CommandResult again =
            desk.apply(s("ticket.apology"), TestDesk::at(s("14:30")), {{s("ticket"), s("T1")}, {s("accepted"), false}});
        CHECK_FALSE(again.ok);
        CHECK(again.error.field == s("ticket"));
    }
    SECTION("refused: a manager's visit task with the supervisor as owner, due in 24 hours, closed with its outcome")
    {
        const CommandResult r =
            desk.apply(s("ticket.apology"), TestDesk::at(s("14:25")),
                       {{s("ticket"), s("T1")}, {s("accepted"), false}, {s("note"), s("用户很生气")}});
        REQUIRE(r.ok);
        CHECK(desk.ticket(s("T1")).value(s("apology")) == s("refused"));
        const QJsonArray tasks = desk.snapshot(TestDesk::at(s("15:00"))).value(s("tasks")).toArray();
        REQUIRE(tasks.size() == 1);
        const QJsonObject task = tasks.at(0).toObject();
        CHECK(task.value(s("kind")) == s("apology_refused"));
        CHECK(task.value(s("ticket")) == s("T1"));
        CHECK(task.value(s("owner")) == s("u-sup"));
        CHECK(task.value(s("due")) == s("2026-11-21T14:25:00+08:00"));
        CHECK(task.value(s("state")) == s("open"));
        CHECK(hasAlert(desk.snapshot(TestDesk::at(s("14:26"), 21)), s("T1"), s("task_overdue")));
        // a dispatcher may not close the manager's task; the supervisor does, with what happened
        const QString id = task.value(s("id")).toString();
        CHECK_FALSE(
            desk.apply(s("task.done"), TestDesk::at(s("18:00")), {{s("task"), id}, {s("outcome"), s("经理已上门")}})
                .ok);
        const CommandResult noOutcome =
            desk.apply(s("task.done"), TestDesk::at(s("18:00")), {{s("task"), id}}, s("u-sup"));
        CHECK_FALSE(noOutcome.ok);
        CHECK(noOutcome.error.field == s("outcome"));
        REQUIRE(desk.apply(s("task.done"), TestDesk::at(s("18:00")),
                           {{s("task"), id}, {s("outcome"), s("售后经理上门道歉,用户接受")}}, s("u-sup"))
                    .ok);
        const QJsonObject done = desk.snapshot(TestDesk::at(s("18:01"))).value(s("tasks")).toArray().at(0).toObject();
        CHECK(done.value(s("state")) == s("done"));
        CHECK(done.value(s("outcome")) == s("售后经理上门道歉,用户接受"));
        CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("14:26"), 21)), s("T1"), s("task_overdue")));
    }
}

TEST_CASE("An apology answer is refused when no apology is owed", "[seeds][R12]")
{
    TestDesk desk;
    lateVisit(desk, "14:15"); // 15 minutes exactly: the apology is logged, no answer is owed
    const qint64 audit = desk.auditRows();
    const CommandResult r =
        desk.apply(s("ticket.apology"), TestDesk::at(s("14:20")), {{s("ticket"), s("T1")}, {s("accepted"), true}});
    CHECK_FALSE(r.ok);
    CHECK(r.error.field == s("ticket"));
    CHECK(desk.auditRows() == audit);
}

// [000 三.3(3)] "如用户就是不让进门,则同用户改约时间,由售后经理亲自上门"
TEST_CASE("A refused entry reschedules the visit and gives the manager a task", "[seeds][R13][R21]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("en_route"));
    const CommandResult r = desk.apply(s("ticket.reschedule"), TestDesk::at(s("09:40")),
                                       {{s("ticket"), s("T1")},
                                        {s("appointment_start"), TestDesk::at(s("10:00"), 21)},
                                        {s("reason"), s("用户怀疑资格,不让进门")},
                                        {s("customer_consent"), true},
                                        {s("refused_entry"), true}});
    REQUIRE(r.ok);
    CHECK(desk.scalar(s("SELECT kind || ' ' || owner || ' ' || state FROM tasks")).toString() ==
          s("refused_entry u-sup open"));
    CHECK_FALSE(desk.flags(s("T1")).contains(s("manager_visit")));
}

// [002 §4.9.1] "售后内勤必须在售后结束的24小时内回访客户"
TEST_CASE("The dispatcher (售后内勤) records a callback", "[seeds][R15]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("completed"));
    const CommandResult r =
        desk.apply(s("callback.record"), TestDesk::at(s("11:00")),
                   {{s("ticket"), s("T1")}, {s("reached"), true}, {s("solved"), true}, {s("satisfaction"), s("满意")}},
                   s("u-disp"));
    REQUIRE(r.ok);
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("closed"));
    // a clerk may not
    desk.driveTo(s("T2"), s("completed"));
    const CommandResult clerk =
        desk.apply(s("callback.record"), TestDesk::at(s("11:00")),
                   {{s("ticket"), s("T2")}, {s("reached"), true}, {s("solved"), true}}, s("u-clerk"));
    CHECK_FALSE(clerk.ok);
    CHECK(clerk.error.field == s("by"));
}

// [004] "对于用户反映的问题,都要一一记录在案,并做到“谁接听,谁跟踪,谁反馈”"
TEST_CASE("A complaint call at intake is registered at once, in the caller's words, owned by the clerk who took it",
          "[seeds][R16]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("completed"));
    const QString number = desk.ticket(s("T1")).value(s("number")).toString();
    const CommandResult r = desk.apply(s("ticket.open"), TestDesk::at(s("15:00")),
                                       {{s("id"), s("K-T")},
                                        {s("kind"), s("complaint")},
                                        {s("fault"), s("师傅修完两天又坏了,还多收了钱")},
                                        {s("customer"), s("CT1")},
                                        {s("product"), s("PT1")},
                                        {s("allow_duplicate"), true},
                                        {s("about_ticket"), number}},
                                       s("u-clerk"));
    REQUIRE(r.ok);
    const QString complaint = r.info.value(s("complaint")).toString();
    REQUIRE_FALSE(complaint.isEmpty());
    const QJsonObject snap = desk.snapshot(TestDesk::at(s("15:01")));
    QJsonObject k;
    for (const QJsonValue &v : snap.value(s("complaints")).toArray())
        if (v.toObject().value(s("id")).toString() == complaint)
            k = v.toObject();
    CHECK(k.value(s("ticket")) == s("T1"));     // the ticket it is about
    CHECK(k.value(s("technician")) == s("W1")); // and that ticket's technician
    CHECK(k.value(s("owner")) == s("u-clerk")); // 谁接听,谁跟踪
    CHECK(k.value(s("source")) == s("intake"));
    CHECK(k.value(s("words")) == s("师傅修完两天又坏了,还多收了钱"));
    CHECK(k.value(s("deadline")) == s("2026-11-22T15:00:00+08:00"));
    // the complaint ticket races no dispatch clock
    CHECK(ticketIn(snap, s("K-T")).value(s("due")).toObject().value(s("dispatch_by")).isNull());
    SECTION("a complaint about a ticket that does not exist changes nothing")
    {
        const CommandResult bad = desk.apply(s("ticket.open"), TestDesk::at(s("15:10")),
                                             {{s("kind"), s("complaint")},
                                              {s("fault"), s("态度差")},
                                              {s("customer"), s("CT1")},
                                              {s("product"), s("PT1")},
                                              {s("allow_duplicate"), true},
                                              {s("about_ticket"), s("DD-19990101-0001")}},
                                             s("u-clerk"));
        CHECK_FALSE(bad.ok);
        CHECK(bad.error.field == s("about_ticket"));
        CHECK(desk.scalar(s("SELECT count(*) FROM tickets")).toInt() == 2);
    }
    SECTION("a serious complaint gives the manager a task")
    {
        REQUIRE(desk.apply(s("ticket.open"), TestDesk::at(s("15:10")),
                           {{s("kind"), s("complaint")},
                            {s("fault"), s("师傅收了用户的烟")},
                            {s("severity"), s("serious")},
                            {s("customer"), s("CT1")},
                            {s("product"), s("PT1")},
                            {s("allow_duplicate"), true},
                            {s("about_technician"), s("W1")}},
                           s("u-clerk"))
                    .ok);
        CHECK(
            desk.scalar(s("SELECT count(*) FROM tasks WHERE kind = 'serious_complaint' AND owner = 'u-sup'")).toInt() ==
            1);
    }
}

// R9: "A ticket not yet dispatched has a dispatch deadline (urgent/high 30 minutes, others 2 hours) with an alert"
TEST_CASE("A new ticket races its dispatch deadline: 30 minutes when urgent or high, 2 hours otherwise", "[seeds][R9]")
{
    TestDesk desk;
    // a fridge that does not cool (high: an essential appliance down) and a question about a purifier (normal)
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00")), {{s("fault"), s("冰箱不制冷")}}).ok);
    REQUIRE(desk.openRepair(s("T2"), TestDesk::at(s("09:00")),
                            {{s("fault"), s("想咨询一下滤芯")},
                             {s("product"), QJsonObject{{s("id"), s("PT2")},
                                                        {s("category"), s("purifier")},
                                                        {s("model"), s("M")},
                                                        {s("purchase_date"), s("2026-01-01")}}}})
                .ok);
    const QString p1 = desk.ticket(s("T1")).value(s("priority")).toString();
    const QString p2 = desk.ticket(s("T2")).value(s("priority")).toString();
    INFO(p1.toStdString() << " " << p2.toStdString());
    REQUIRE((p1 == s("high") || p1 == s("urgent")));
    REQUIRE(p2 == s("normal"));
    const QJsonObject due1 = ticketIn(desk.snapshot(TestDesk::at(s("09:01"))), s("T1")).value(s("due")).toObject();
    const QJsonObject due2 = ticketIn(desk.snapshot(TestDesk::at(s("09:01"))), s("T2")).value(s("due")).toObject();
    CHECK(due1.value(s("dispatch_by")) == s("2026-11-20T09:30:00+08:00"));
    CHECK(due2.value(s("dispatch_by")) == s("2026-11-20T11:00:00+08:00"));
    // at the deadline no alert; a minute after it, one
    CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("09:30"))), s("T1"), s("dispatch_overdue")));
    CHECK(hasAlert(desk.snapshot(TestDesk::at(s("09:31"))), s("T1"), s("dispatch_overdue")));
    CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("09:31"))), s("T2"), s("dispatch_overdue")));
    // dispatched: the clock stops
    REQUIRE(
        desk.apply(s("ticket.dispatch"), TestDesk::at(s("09:40")), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}})
            .ok);
    CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("09:41"))), s("T1"), s("dispatch_overdue")));
    CHECK(ticketIn(desk.snapshot(TestDesk::at(s("09:41"))), s("T1"))
              .value(s("due"))
              .toObject()
              .value(s("dispatch_by"))
              .isNull());
}

// [000 三.2] "5分钟后再不开门则电话联系;电话联系不上,同用户邻居确认,确认用户不在家后,给用户门上或显要位置贴留言条,
// 等用户回来后主动电话联系用户:同时通知中心"
TEST_CASE("Customer not at home: what was tried is recorded, the ticket needs a new appointment, twice is an alert",
          "[seeds][R19]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("en_route"));
    const QJsonObject tried{{s("ticket"), s("T1")},
                            {s("waited_minutes"), 5},
                            {s("phoned"), true},
                            {s("neighbours_asked"), true},
                            {s("note_left"), true}};
    SECTION("each step of the procedure is required before leaving")
    {
        struct Case
        {
            const char *field;
            QJsonValue value;
        };
        const Case cases[] = {{"waited_minutes", 4}, {"phoned", false}, {"note_left", false}};
        for (const Case &c : cases) {
            QJsonObject f = tried;
            f.insert(s(c.field), c.value);
            const qint64 audit = desk.auditRows();
            const CommandResult r = desk.apply(s("ticket.not_home"), TestDesk::at(s("09:40")), f);
            INFO(c.field);
            CHECK_FALSE(r.ok);
            CHECK(r.error.field == s(c.field));
            CHECK(desk.auditRows() == audit);
        }
        CHECK(desk.ticket(s("T1")).value(s("state")) == s("en_route"));
    }
    SECTION("not at home once, then again")
    {
        REQUIRE(desk.apply(s("ticket.not_home"), TestDesk::at(s("09:40")), tried).ok);
        const Record t = desk.ticket(s("T1"));
        CHECK(t.value(s("state")) == s("dispatched"));
        CHECK(t.value(s("technician_id")) == s("W1"));
        CHECK(t.value(s("not_home_count")).toInt() == 1);
        CHECK(t.value(s("contact_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("10:10"))));
        CHECK(desk.flags(s("T1")).contains(s("not_home")));
        CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("09:41"))), s("T1"), s("not_home_again")));
        // the customer is reached and a new time agreed; nobody at home again
        REQUIRE(desk.apply(s("ticket.contact_attempt"), TestDesk::at(s("09:50")),
                           {{s("ticket"), s("T1")}, {s("reached"), true}})
                    .ok);
        REQUIRE(desk.apply(s("ticket.reschedule"), TestDesk::at(s("09:55")),
                           {{s("ticket"), s("T1")},
                            {s("appointment_start"), TestDesk::at(s("15:00"))},
                            {s("reason"), s("用户下午在家")},
                            {s("customer_consent"), true}})
                    .ok);
        REQUIRE(desk.apply(s("ticket.depart"), TestDesk::at(s("14:20")), {{s("ticket"), s("T1")}}).ok);
        REQUIRE(desk.apply(s("ticket.not_home"), TestDesk::at(s("15:10")), tried).ok);
        CHECK(desk.ticket(s("T1")).value(s("not_home_count")).toInt() == 2);
        CHECK(hasAlert(desk.snapshot(TestDesk::at(s("15:11"))), s("T1"), s("not_home_again")));
        CHECK(ticketIn(desk.snapshot(TestDesk::at(s("15:11"))), s("T1")).value(s("not_home_count")).toInt() == 2);
        // counted as a KPI: one ticket of two met nobody at home
        desk.driveTo(s("T2"), s("on_site"));
        KpiQueries::Period period;
        period.from = TestDesk::ms(TestDesk::at(s("00:00")));
        period.to = TestDesk::ms(TestDesk::at(s("23:59")));
        period.asOf = TestDesk::ms(TestDesk::at(s("16:00")));
        CHECK(KpiQueries(desk.store()).totals(period).value(s("not_home_rate")).toDouble() == Approx(0.5));
    }
}

// [002 §4.3.1(2)] parts requested, the ticket waits; R18: an expected date, an alert when it passes, a revisit
TEST_CASE("Awaiting parts has an expected date with an alert - parts arrived brings the technician back",
          "[seeds][R18]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("on_site"));
    const CommandResult past =
        desk.apply(s("ticket.await_parts"), TestDesk::at(s("10:00")),
                   {{s("ticket"), s("T1")}, {s("parts"), QJsonArray{s("COMP-01")}}, {s("eta"), s("2026-11-19")}});
    CHECK_FALSE(past.ok);
    CHECK(past.error.field == s("eta"));
    REQUIRE(desk.apply(s("ticket.await_parts"), TestDesk::at(s("10:00")),
                       {{s("ticket"), s("T1")}, {s("parts"), QJsonArray{s("COMP-01")}}, {s("eta"), s("2026-11-22")}})
                .ok);
    CHECK(ticketIn(desk.snapshot(TestDesk::at(s("10:01"))), s("T1")).value(s("parts_eta")) ==
          s("2026-11-22T23:59:59+08:00"));
    // the whole expected day is allowed; the next morning the parts are late
    CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("23:59"), 22)), s("T1"), s("parts_overdue")));
    CHECK(hasAlert(desk.snapshot(TestDesk::at(s("08:00"), 23)), s("T1"), s("parts_overdue")));
    // the parts came: the same technician goes back at the agreed time
    const CommandResult r =
        desk.apply(s("ticket.parts_arrived"), TestDesk::at(s("09:00"), 23),
                   {{s("ticket"), s("T1")}, {s("appointment_start"), TestDesk::at(s("14:00"), 23)}});
    REQUIRE(r.ok);
    const Record t = desk.ticket(s("T1"));
    CHECK(t.value(s("state")) == s("dispatched"));
    CHECK(t.value(s("technician_id")) == s("W1"));
    CHECK(t.value(s("on_site_by")).toLongLong() == TestDesk::ms(TestDesk::at(s("14:00"), 23)));
    CHECK_FALSE(hasAlert(desk.snapshot(TestDesk::at(s("09:01"), 23)), s("T1"), s("parts_overdue")));
    // only a ticket that waits for parts can have them arrive
    const CommandResult again =
        desk.apply(s("ticket.parts_arrived"), TestDesk::at(s("09:10"), 23), {{s("ticket"), s("T1")}});
    CHECK_FALSE(again.ok);
    CHECK(again.error.field == s("ticket"));
}

// [004 六] "发现安装引起的故障": the completion names the cause of the fault
TEST_CASE("The completion records the cause of the fault, one of five", "[seeds][R22]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("on_site"));
    const QJsonObject base{
        {s("ticket"), s("T1")}, {s("resolution"), s("重新安装排水管")}, {s("paid"), true}, {s("signed_by"), s("张伟")}};
    QJsonObject bad = base;
    bad.insert(s("cause"), s("bad_luck"));
    const CommandResult r = desk.apply(s("ticket.complete"), TestDesk::at(s("10:00")), bad);
    CHECK_FALSE(r.ok);
    CHECK(r.error.field == s("cause"));
    QJsonObject good = base;
    good.insert(s("cause"), s("installation"));
    REQUIRE(desk.apply(s("ticket.complete"), TestDesk::at(s("10:00")), good).ok);
    CHECK(ticketIn(desk.snapshot(TestDesk::at(s("10:01"))), s("T1")).value(s("cause")) == s("installation"));
    // the fault report by model counts it under its cause
    KpiQueries::Period period;
    period.from = TestDesk::ms(TestDesk::at(s("00:00")));
    period.to = TestDesk::ms(TestDesk::at(s("23:59")));
    period.asOf = period.to;
    const QList<Record> models = KpiQueries(desk.store()).faultsByModel(period);
    REQUIRE(models.size() == 1);
    CHECK(models.first().value(s("installation")).toInt() == 1);
    CHECK(models.first().value(s("product_defect")).toInt() == 0);
}

// [000 一.2(4)] 拉修 with a loaner (周转机); [000 四.2(2)]: the loaner comes from the pool and is back only when it is
TEST_CASE("Loaners come from the pool: a unit out cannot be lent twice, an unknown one not at all", "[seeds][R20]")
{
    TestDesk desk;
    REQUIRE(desk.apply(s("loaner.upsert"), TestDesk::at(s("08:30")),
                       {{s("serial"), s("JY-001")}, {s("category"), s("fridge")}, {s("location"), s("备件库")}})
                .ok);
    desk.driveTo(s("T1"), s("on_site"));
    desk.driveTo(s("T2"), s("on_site"));
    const QJsonObject base{{s("appearance"), s("外观完好")}, {s("iou"), s("借条已签")}};
    auto pull = [&](const char *ticket, const char *serial, const QJsonObject &extra = {}) {
        QJsonObject f = base;
        f.insert(s("ticket"), s(ticket));
        f.insert(s("loaner_serial"), s(serial));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            f.insert(it.key(), it.value());
        return desk.apply(s("ticket.pull_back"), TestDesk::at(s("10:00")), f);
    };
    const CommandResult unknown = pull("T1", "JY-999");
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.error.field == s("loaner_serial"));
    const CommandResult noIou = pull("T1", "JY-001", {{s("iou"), s("")}});
    CHECK_FALSE(noIou.ok);
    CHECK(noIou.error.field == s("iou"));
    const CommandResult noCheck = pull("T1", "JY-001", {{s("appearance"), s("")}});
    CHECK_FALSE(noCheck.ok);
    CHECK(noCheck.error.field == s("appearance"));
    REQUIRE(pull("T1", "JY-001").ok);
    const QString number = desk.ticket(s("T1")).value(s("number")).toString();
    const CommandResult twice = pull("T2", "JY-001");
    CHECK_FALSE(twice.ok);
    CHECK(twice.error.message.contains(number));
    const QJsonObject loaner = ticketIn(desk.snapshot(TestDesk::at(s("10:01"))), s("T1")).value(s("loaner")).toObject();
    CHECK(loaner.value(s("serial")) == s("JY-001"));
    CHECK(loaner.value(s("state")) == s("out"));
    // back at the centre: the unit can go out again
    REQUIRE(desk.apply(s("loaner.return"), TestDesk::at(s("11:00")), {{s("serial"), s("JY-001")}}).ok);
    CHECK(ticketIn(desk.snapshot(TestDesk::at(s("11:01"))), s("T1")).value(s("loaner"))[QLatin1String("state")] ==
          s("returned"));
    const CommandResult again = desk.apply(s("loaner.return"), TestDesk::at(s("11:05")), {{s("serial"), s("JY-001")}});
    CHECK_FALSE(again.ok);
    REQUIRE(pull("T2", "JY-001").ok);
}

// [000 四.2(2)] "不能在用户家维修的,委婉向用户说明需拉回修,并提供周转机": the repaired unit goes home on a booked visit
TEST_CASE("A unit pulled back to the workshop goes home on a return visit booked with the customer", "[seeds][R20]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("on_site"));
    REQUIRE(desk.apply(s("ticket.pull_back"), TestDesk::at(s("10:00")),
                       {{s("ticket"), s("T1")}, {s("appearance"), s("外观完好,无划痕")}})
                .ok);
    const QJsonObject back{
        {s("ticket"), s("T1")}, {s("appointment_start"), TestDesk::at(s("15:00"))}, {s("reason"), s("修好送回")}};
    const CommandResult noConsent = desk.apply(s("ticket.reschedule"), TestDesk::at(s("13:00")), back);
    CHECK_FALSE(noConsent.ok);
    CHECK(noConsent.error.field == s("customer_consent"));
    QJsonObject agreed = back;
    agreed.insert(s("customer_consent"), true);
    REQUIRE(desk.apply(s("ticket.reschedule"), TestDesk::at(s("13:00")), agreed).ok);
    // Still in the workshop until the technician arrives with it; the visit is on the technician's day
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("pulled_back"));
    CHECK(desk.scalar(s("SELECT count(*) FROM appointments WHERE ticket_id = 'T1' AND state = 'active' AND start_at "
                        "= %1")
                          .arg(QDateTime::fromString(TestDesk::at(s("15:00")), Qt::ISODate).toMSecsSinceEpoch()))
              .toInt() == 1);
    // Another job for the same technician at 15:00 is a clash
    desk.driveTo(s("T2"), s("new"));
    const QString technician = desk.ticket(s("T1")).value(s("technician_id")).toString();
    const CommandResult clash = desk.apply(
        s("ticket.dispatch"), TestDesk::at(s("13:05")),
        {{s("ticket"), s("T2")}, {s("technician"), technician}, {s("appointment_start"), TestDesk::at(s("15:00"))}});
    CHECK_FALSE(clash.ok);
    REQUIRE(desk.apply(s("ticket.arrive"), TestDesk::at(s("15:00")), {{s("ticket"), s("T1")}}).ok);
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("on_site"));
}

// [002 §4.5.5] a second technician: assigned, on both technicians' days
TEST_CASE("A second technician is assigned a visit of their own on the same ticket", "[seeds][R13]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("on_site"));
    const CommandResult same =
        desk.apply(s("ticket.request_support"), TestDesk::at(s("09:40")),
                   {{s("ticket"), s("T1")}, {s("reason"), s("需要二人搬运")}, {s("helper"), s("W1")}});
    CHECK_FALSE(same.ok);
    CHECK(same.error.field == s("helper"));
    REQUIRE(desk.apply(s("ticket.request_support"), TestDesk::at(s("09:40")),
                       {{s("ticket"), s("T1")},
                        {s("reason"), s("需要二人搬运")},
                        {s("helper"), s("W2")},
                        {s("appointment_start"), TestDesk::at(s("10:30"))}})
                .ok);
    CHECK(ticketIn(desk.snapshot(TestDesk::at(s("09:41"))), s("T1")).value(s("helper_technician")) == s("W2"));
    // the helper's day has the visit: another job at 10:30 for W2 is a conflict
    CHECK(desk.scalar(s("SELECT count(*) FROM appointments WHERE technician_id = 'W2' AND helper = 1 AND state = "
                        "'active'"))
              .toInt() == 1);
    desk.driveTo(s("T2"), s("new"));
    const CommandResult clash = desk.apply(
        s("ticket.dispatch"), TestDesk::at(s("09:45")),
        {{s("ticket"), s("T2")}, {s("technician"), s("W2")}, {s("appointment_start"), TestDesk::at(s("10:30"))}});
    CHECK_FALSE(clash.ok);
    CHECK(clash.error.field == s("appointment_start"));
    // the job done: the helper's visit ends with it
    REQUIRE(desk.apply(s("ticket.complete"), TestDesk::at(s("11:30")),
                       {{s("ticket"), s("T1")},
                        {s("resolution"), s("二人搬运后修好")},
                        {s("paid"), true},
                        {s("signed_by"), s("张伟")}})
                .ok);
    CHECK(desk.scalar(s("SELECT count(*) FROM appointments WHERE helper = 1 AND state = 'active'")).toInt() == 0);
}

// [004 第一 全程管家] and 定期保养 [000]: a category's interval; the due customers listed, and a ticket opened from one
TEST_CASE("Appliances due for maintenance: the interval after the last maintenance, or after the purchase",
          "[seeds][R22]")
{
    TestDesk desk; // purifiers are maintained every 6 months (setup.jsonl)
    auto purifier = [&](const char *ticket, const char *bought) {
        return QJsonObject{{s("id"), QString(s("P") + s(ticket))},
                           {s("category"), s("purifier")},
                           {s("model"), s("MRO-1")},
                           {s("purchase_date"), s(bought)}};
    };
    auto due = [&](const QString &asOf) {
        QStringList out;
        for (const QJsonValue &v : desk.snapshot(asOf).value(s("maintenance_due")).toArray())
            out << v[QLatin1String("product")].toString() + QLatin1Char('@') + v[QLatin1String("due")].toString();
        return out;
    };
    // bought 2026-05-20: due on 2026-11-20, the day itself
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("08:00"), 1), {{s("product"), purifier("T1", "2026-05-20")}}).ok);
    REQUIRE(desk.apply(s("ticket.cancel"), TestDesk::at(s("08:05"), 1),
                       {{s("ticket"), s("T1")}, {s("reason"), s("重复报修")}})
                .ok);
    // bought 2026-05-21: due tomorrow
    REQUIRE(desk.openRepair(s("T2"), TestDesk::at(s("08:00"), 1), {{s("product"), purifier("T2", "2026-05-21")}}).ok);
    REQUIRE(desk.apply(s("ticket.cancel"), TestDesk::at(s("08:05"), 1),
                       {{s("ticket"), s("T2")}, {s("reason"), s("重复报修")}})
                .ok);
    CHECK(due(TestDesk::at(s("09:00"))) == QStringList{s("PT1@2026-11-20")});
    CHECK(due(TestDesk::at(s("09:00"), 21)) == (QStringList{s("PT1@2026-11-20"), s("PT2@2026-11-21")}));
    // a maintenance ticket for PT1: while open it is not listed; done, the next is six months later
    REQUIRE(desk.apply(s("ticket.open"), TestDesk::at(s("09:10")),
                       {{s("id"), s("M1")},
                        {s("kind"), s("maintenance")},
                        {s("fault"), s("定期更换滤芯")},
                        {s("customer"), s("CT1")},
                        {s("product"), s("PT1")}},
                       s("u-clerk"))
                .ok);
    CHECK(due(TestDesk::at(s("09:11"))).isEmpty());
    REQUIRE(
        desk.apply(s("ticket.dispatch"), TestDesk::at(s("09:15")), {{s("ticket"), s("M1")}, {s("technician"), s("W1")}})
            .ok);
    REQUIRE(desk.apply(s("ticket.arrive"), TestDesk::at(s("10:00")), {{s("ticket"), s("M1")}}).ok);
    REQUIRE(desk.apply(s("ticket.complete"), TestDesk::at(s("10:30")),
                       {{s("ticket"), s("M1")},
                        {s("resolution"), s("更换滤芯")},
                        {s("paid"), true},
                        {s("signed_by"), s("张伟")}})
                .ok);
    CHECK(due(TestDesk::at(s("10:31"))).isEmpty());
    CHECK(due(s("2027-05-20T09:00:00+08:00")).contains(s("PT1@2027-05-20")));
    CHECK_FALSE(due(s("2027-05-19T09:00:00+08:00")).contains(s("PT1@2027-05-20")));
}

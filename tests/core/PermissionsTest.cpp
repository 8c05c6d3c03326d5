#include "TestDesk.h"
#include "rules/Labels.h"

#include "rules/Permissions.h"

#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kAt = s("2026-11-20T09:00:00+08:00");

void openAndDispatch(TestDesk &desk)
{
    REQUIRE(desk.apply(s("ticket.open"), kAt,
                       {{s("id"), s("T1")},
                        {s("kind"), s("repair")},
                        {s("fault"), s("不制冷")},
                        {s("customer"), QJsonObject{{s("id"), s("C1")},
                                                    {s("name"), s("张伟")},
                                                    {s("phones"), QJsonArray{s("13812345678")}},
                                                    {s("address"), s("北京市海淀区中关村大街27号")},
                                                    {s("zone"), s("Z1")}}},
                        {s("product"), QJsonObject{{s("id"), s("P1")}, {s("category"), s("fridge")}}}},
                       s("u-clerk"))
                .ok);
    REQUIRE(
        desk.apply(s("ticket.dispatch"), kAt, {{s("ticket"), s("T1")}, {s("technician"), s("W1")}}, s("u-disp")).ok);
}
} // namespace

TEST_CASE("Roles: each forbidden command is refused for the user's role, with the reason, and changes nothing",
          "[roles]")
{
    TestDesk desk;
    openAndDispatch(desk);
    const Record before = desk.ticket(s("T1"));
    const int audit = desk.auditRows();
    struct Case
    {
        const char *user;
        const char *command;
        QJsonObject fields;
        const char *needs;
    };
    const QList<Case> cases = {
        {"u-clerk",
         "ticket.reassign",
         {{s("ticket"), s("T1")}, {s("technician"), s("W2")}, {s("reason"), s("x")}},
         "a dispatcher"},
        {"u-clerk",
         "fee.upsert",
         {{s("code"), s("VISIT")}, {s("name"), s("上门费")}, {s("kind"), s("visit")}, {s("amount_fen"), 1}},
         "an administrator"},
        {"u-disp", "setting.set", {{s("key"), s("onsite_sla_minutes")}, {s("value"), 240}}, "an administrator"},
        {"u-disp", "complaint.resolve", {{s("complaint"), s("K1")}, {s("resolution"), s("x")}}, "a supervisor"},
        {"u-clerk",
         "callback.record",
         {{s("ticket"), s("T1")}, {s("reached"), true}, {s("solved"), true}},
         "a dispatcher"},
        {"u-disp", "task.done", {{s("task"), s("X1")}, {s("outcome"), s("x")}}, "a supervisor"},
        {"u-clerk",
         "ticket.complete",
         {{s("ticket"), s("T1")}, {s("resolution"), s("x")}, {s("signed_by"), s("x")}, {s("paid"), true}},
         "a dispatcher"},
    };
    for (const Case &c : cases) {
        INFO(c.user << " " << c.command);
        const CommandResult r = desk.apply(s(c.command), kAt, c.fields, s(c.user));
        CHECK_FALSE(r.ok);
        CHECK(r.error.field == s("by"));
        CHECK(r.error.message.contains(s(c.needs)));
        CHECK(r.error.message.contains(Labels::command(s(c.command)))); // the action in words, not its key
    }
    CHECK(desk.ticket(s("T1")) == before);
    CHECK(desk.auditRows() == audit);
    CHECK(desk.processor().settings().onsiteSlaMinutes == 180);
}

TEST_CASE("Roles: what each role may do", "[roles]")
{
    TestDesk desk;
    openAndDispatch(desk);
    // A supervisor may do what a dispatcher does, and close complaints
    CHECK(desk.apply(s("ticket.reassign"), kAt,
                     {{s("ticket"), s("T1")}, {s("technician"), s("W2")}, {s("reason"), s("顺路")}}, s("u-sup"))
              .ok);
    const CommandResult complaint =
        desk.apply(s("complaint.open"), kAt, {{s("ticket"), s("T1")}, {s("reason"), s("态度差")}}, s("u-clerk"));
    REQUIRE(complaint.ok); // anyone who takes the customer's call registers a complaint
    CHECK(desk.apply(s("complaint.step"), kAt, {{s("complaint"), complaint.id}, {s("text"), s("已致电")}}, s("u-disp"))
              .ok);
    CHECK(desk.apply(s("complaint.resolve"), kAt,
                     {{s("complaint"), complaint.id}, {s("resolution"), s("道歉")}, {s("customer_confirmed"), true}},
                     s("u-sup"))
              .ok);
    CHECK(Permissions::allows(s("admin"), s("ticket.complete")));
    CHECK_FALSE(Permissions::allows(s("clerk"), s("ticket.dispatch")));
    CHECK(Permissions::allows(s("clerk"), s("ticket.open")));
    CHECK_FALSE(Permissions::allows(s("nobody"), s("ticket.open")));
}

TEST_CASE("Roles: an inactive user can do nothing", "[roles]")
{
    TestDesk desk;
    REQUIRE(desk.apply(s("user.upsert"), kAt,
                       {{s("id"), s("u-clerk")}, {s("name"), s("李娜")}, {s("role"), s("clerk")}, {s("active"), false}},
                       s("admin"))
                .ok);
    const CommandResult r = desk.apply(s("customer.upsert"), kAt,
                                       {{s("name"), s("张伟")},
                                        {s("phones"), QJsonArray{s("13812345678")}},
                                        {s("address"), s("北京市海淀区中关村大街27号")}},
                                       s("u-clerk"));
    CHECK_FALSE(r.ok);
    CHECK(r.error.field == s("by"));
    CHECK(r.error.message.contains(s("李娜")));
}

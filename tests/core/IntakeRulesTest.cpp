// Intake (SPEC §2.2 R1, R2, R3, R5 at intake, R7) through ticket.open and ticket.note.
#include "TestDesk.h"
#include "rules/IntakeCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject customer(const QString &id, const QString &address, const QJsonArray &phones = {s("13812345678")})
{
    return {
        {s("id"), id}, {s("name"), s("李秀英")}, {s("phones"), phones}, {s("address"), address}, {s("zone"), s("Z1")}};
}

// ISO time `days` after 2026-11-20 at hh:mm (+08:00), across month ends.
QString dayAfter(int days, const QString &hhmm = QStringLiteral("10:00"))
{
    const QDateTime base = QDateTime::fromString(TestDesk::at(hhmm), Qt::ISODate);
    return base.addDays(days).toString(Qt::ISODate);
}
} // namespace

TEST_CASE("A complete call is saved as a new ticket with the phone stored in E.164", "[intake][R1]")
{
    TestDesk desk;
    const CommandResult r =
        desk.openRepair(s("T1"), TestDesk::at(s("09:00")),
                        {{s("customer"), customer(s("C1"), s("北京市海淀区中关村大街27号"),
                                                  {s("138-1234-5678"), s("010 6234 5678 转 21")})}});
    REQUIRE(r.ok);
    const Record t = desk.ticket(s("T1"));
    CHECK(t.value(s("state")) == s("new"));
    CHECK(t.value(s("flags")).toString().isEmpty());
    CHECK(t.value(s("number")).toString() == s("DD-20261120-0001"));
    CHECK(desk.store().customerPhones(s("C1")) == QStringList{s("+8613812345678"), s("+861062345678;ext=21")});
}

TEST_CASE("A call without name, phone, address, category or fault is refused naming the field", "[intake][R1]")
{
    struct Case
    {
        const char *what;
        QJsonObject fields;
        const char *field;
    };
    const QJsonObject goodCustomer = customer(s("C1"), s("北京市海淀区中关村大街27号"));
    QJsonObject noName = goodCustomer;
    noName.remove(s("name"));
    QJsonObject noPhone = goodCustomer;
    noPhone.remove(s("phones"));
    QJsonObject badPhone = goodCustomer;
    badPhone.insert(s("phones"), QJsonArray{s("1381234567")});
    QJsonObject noAddress = goodCustomer;
    noAddress.insert(s("address"), s("  "));
    const QList<Case> cases = {
        {"no name", {{s("customer"), noName}}, "customer.name"},
        {"no phone", {{s("customer"), noPhone}}, "customer.phones"},
        {"a 10-digit mobile", {{s("customer"), badPhone}}, "customer.phones[0]"},
        {"a blank address", {{s("customer"), noAddress}}, "customer.address"},
        {"no category", {{s("product"), QJsonObject{{s("id"), s("P1")}, {s("model"), s("X")}}}}, "product.category"},
        {"an unknown category", {{s("product"), QJsonObject{{s("category"), s("tv")}}}}, "product.category"},
        {"no fault", {{s("fault"), QJsonValue()}}, "fault"},
        {"an unknown kind", {{s("kind"), s("upgrade")}}, "kind"},
        {"an unknown channel", {{s("channel"), s("fax")}}, "channel"},
        {"an invalid priority", {{s("priority"), s("asap")}}, "priority"},
        {"a purchase date in the future",
         {{s("product"), QJsonObject{{s("category"), s("fridge")}, {s("purchase_date"), s("2026-11-21")}}}},
         "product.purchase_date"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            TestDesk desk;
            const qint64 audit = desk.auditRows();
            const CommandResult r = desk.openRepair(s("T1"), TestDesk::at(s("09:00")), c.fields);
            CHECK_FALSE(r.ok);
            CHECK(r.error.field == QString::fromUtf8(c.field));
            CHECK_FALSE(r.error.message.isEmpty());
            // nothing written, not even the inline customer
            CHECK(desk.auditRows() == audit);
            CHECK(desk.scalar(s("SELECT count(*) FROM tickets")).toInt() == 0);
            CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 0);
            CHECK(desk.scalar(s("SELECT count(*) FROM outbox")).toInt() ==
                  desk.scalar(s("SELECT count(*) FROM outbox WHERE command NOT LIKE 'ticket.%'")).toInt());
        }
    }
}

TEST_CASE("Missing model, purchase date or street marks the ticket needs verification, and it can be verified",
          "[intake][R1]")
{
    TestDesk desk;
    SECTION("complete details: no flag")
    {
        REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
        CHECK_FALSE(desk.flags(s("T1")).contains(s("needs_verification")));
    }
    SECTION("no model")
    {
        REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00")),
                                {{s("product"),
                                  QJsonObject{{s("category"), s("fridge")}, {s("purchase_date"), s("2026-06-01")}}}})
                    .ok);
        CHECK(desk.flags(s("T1")).contains(s("needs_verification")));
    }
    SECTION("no purchase date")
    {
        REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00")),
                                {{s("product"), QJsonObject{{s("category"), s("fridge")}, {s("model"), s("BCD-470")}}}})
                    .ok);
        CHECK(desk.flags(s("T1")).contains(s("needs_verification")));
    }
    SECTION("an address with a district but no street")
    {
        const CommandResult r =
            desk.openRepair(s("T1"), TestDesk::at(s("09:00")), {{s("customer"), customer(s("C1"), s("北京市朝阳区"))}});
        REQUIRE(r.ok);
        CHECK(desk.flags(s("T1")).contains(s("needs_verification")));
        CHECK(r.info.value(s("to_verify")).toArray() == QJsonArray{s("address")});
        // it can still be dispatched, and the flag stays until someone verifies it
        REQUIRE(desk.apply(s("ticket.dispatch"), TestDesk::at(s("09:05")),
                           {{s("ticket"), s("T1")}, {s("technician"), s("W1")}})
                    .ok);
        CHECK(desk.flags(s("T1")).contains(s("needs_verification")));
        REQUIRE(
            desk.apply(s("ticket.verify"), TestDesk::at(s("09:10")), {{s("ticket"), s("T1")}, {s("note"), s("已核实")}})
                .ok);
        CHECK_FALSE(desk.flags(s("T1")).contains(s("needs_verification")));
        const CommandResult again = desk.apply(s("ticket.verify"), TestDesk::at(s("09:11")), {{s("ticket"), s("T1")}});
        CHECK_FALSE(again.ok);
        CHECK(again.error.field == s("ticket"));
    }
    SECTION("an address with a street but no district")
    {
        REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00")),
                                {{s("customer"), customer(s("C1"), s("中关村大街27号"))}})
                    .ok);
        CHECK(desk.flags(s("T1")).contains(s("needs_verification")));
    }
}

TEST_CASE("A second ticket for an appliance with an open ticket is refused naming it, unless allowed", "[intake][R2]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    const QString number = desk.ticket(s("T1")).value(s("number")).toString();
    const qint64 audit = desk.auditRows();
    const CommandResult dup = desk.apply(s("ticket.open"), TestDesk::at(s("09:30")),
                                         {{s("id"), s("T2")},
                                          {s("kind"), s("repair")},
                                          {s("fault"), s("还是不冷")},
                                          {s("customer"), s("CT1")},
                                          {s("product"), s("PT1")}});
    CHECK_FALSE(dup.ok);
    CHECK(dup.error.field == s("product"));
    CHECK(dup.error.message.contains(number));
    CHECK(desk.auditRows() == audit);

    const CommandResult allowed = desk.apply(s("ticket.open"), TestDesk::at(s("09:31")),
                                             {{s("id"), s("T2")},
                                              {s("kind"), s("repair")},
                                              {s("fault"), s("门封条坏")},
                                              {s("customer"), s("CT1")},
                                              {s("product"), s("PT1")},
                                              {s("allow_duplicate"), true}});
    CHECK(allowed.ok);

    SECTION("once the first is completed a new ticket may be opened")
    {
        TestDesk other;
        other.driveTo(s("T1"), s("completed"));
        CHECK(other
                  .apply(s("ticket.open"), TestDesk::at(s("11:00")),
                         {{s("id"), s("T2")},
                          {s("kind"), s("repair")},
                          {s("fault"), s("又坏了")},
                          {s("customer"), s("CT1")},
                          {s("product"), s("PT1")}})
                  .ok);
    }
}

TEST_CASE("A reminder call raises the priority one step and marks the ticket", "[intake][R2][R7]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    CHECK(desk.ticket(s("T1")).value(s("priority")) == s("normal"));
    REQUIRE(desk.apply(s("ticket.note"), TestDesk::at(s("10:00")),
                       {{s("ticket"), s("T1")}, {s("text"), s("用户催单")}, {s("reminder"), true}}, s("u-clerk"))
                .ok);
    CHECK(desk.ticket(s("T1")).value(s("priority")) == s("high"));
    CHECK(desk.flags(s("T1")).contains(s("reminder")));
    REQUIRE(desk.apply(s("ticket.note"), TestDesk::at(s("10:30")),
                       {{s("ticket"), s("T1")}, {s("text"), s("再次催单")}, {s("reminder"), true}}, s("u-clerk"))
                .ok);
    CHECK(desk.ticket(s("T1")).value(s("priority")) == s("urgent"));
    REQUIRE(desk.apply(s("ticket.note"), TestDesk::at(s("10:40")),
                       {{s("ticket"), s("T1")}, {s("text"), s("第三次")}, {s("reminder"), true}}, s("u-clerk"))
                .ok);
    CHECK(desk.ticket(s("T1")).value(s("priority")) == s("urgent"));

    SECTION("a plain note changes neither")
    {
        TestDesk d2;
        REQUIRE(d2.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
        REQUIRE(
            d2.apply(s("ticket.note"), TestDesk::at(s("09:10")), {{s("ticket"), s("T1")}, {s("text"), s("备注")}}).ok);
        CHECK(d2.ticket(s("T1")).value(s("priority")) == s("normal"));
        CHECK(d2.flags(s("T1")).isEmpty());
    }
    SECTION("a reminder on a closed ticket is refused")
    {
        TestDesk d3;
        d3.driveTo(s("T1"), s("closed"));
        const CommandResult r = d3.apply(s("ticket.note"), TestDesk::at(s("11:00")),
                                         {{s("ticket"), s("T1")}, {s("text"), s("催")}, {s("reminder"), true}});
        CHECK_FALSE(r.ok);
        CHECK(r.error.field == s("ticket"));
    }
}

TEST_CASE("Priority is suggested from the fault words, and the clerk may choose another", "[intake][R7]")
{
    struct Case
    {
        const char *kind;
        const char *fault;
        const char *priority;
    };
    const Case cases[] = {
        {"repair", "厨房有煤气味", "urgent"}, {"repair", "插头冒烟", "urgent"},
        {"repair", "有火花", "urgent"},       {"repair", "漏水漫到客厅", "urgent"},
        {"repair", "冰箱不制冷", "high"},     {"repair", "热水器没有热水", "high"},
        {"repair", "冷藏室有异响", "normal"}, {"maintenance", "换滤芯", "scheduled"},
        {"install", "新机安装", "scheduled"}, {"maintenance", "换滤芯时发现漏水", "urgent"},
    };
    int n = 0;
    for (const Case &c : cases) {
        TestDesk desk;
        INFO(c.fault);
        const QString id = QStringLiteral("T%1").arg(++n);
        REQUIRE(desk.openRepair(id, TestDesk::at(s("09:00")),
                                {{s("kind"), QString::fromUtf8(c.kind)}, {s("fault"), QString::fromUtf8(c.fault)}})
                    .ok);
        CHECK(desk.ticket(id).value(s("priority")).toString() == QString::fromUtf8(c.priority));
    }
    TestDesk desk;
    // Changing the suggestion needs a reason, and nothing is saved without one
    const CommandResult refused = desk.openRepair(s("T1"), TestDesk::at(s("09:00")), {{s("priority"), s("urgent")}});
    REQUIRE_FALSE(refused.ok);
    CHECK(refused.error.field == s("priority_reason"));
    CHECK(refused.error.message.contains(s("normal")));
    CHECK(desk.scalar(s("SELECT count(*) FROM tickets")).toInt() == 0);
    // The suggestion itself needs none
    REQUIRE(desk.openRepair(s("T0"), TestDesk::at(s("08:00")), {{s("priority"), s("normal")}}).ok);
    const CommandResult r = desk.openRepair(
        s("T1"), TestDesk::at(s("09:00")),
        {{s("priority"), s("urgent")}, {s("priority_reason"), s("老人独居")}, {s("allow_duplicate"), true}});
    REQUIRE(r.ok);
    CHECK(desk.ticket(s("T1")).value(s("priority")) == s("urgent"));
    CHECK(r.info.value(s("suggested_priority")).toString() == s("normal"));
    CHECK(r.info.value(s("priority_reason")).toString() == s("老人独居"));
}

TEST_CASE("A repair within 30 days of a completed repair is flagged repeat: day 29 and 30 yes, day 31 no",
          "[intake][R3]")
{
    for (const int day : {29, 30, 31}) {
        DYNAMIC_SECTION("day " << day)
        {
            TestDesk desk;
            desk.driveTo(s("T1"), s("closed")); // completed 2026-11-20 10:00
            const CommandResult r = desk.apply(s("ticket.open"), dayAfter(day),
                                               {{s("id"), s("T2")},
                                                {s("kind"), s("repair")},
                                                {s("fault"), s("又不制冷了")},
                                                {s("customer"), s("CT1")},
                                                {s("product"), s("PT1")}},
                                               s("u-clerk"));
            REQUIRE(r.ok);
            if (day <= 30) {
                CHECK(desk.flags(s("T2")).contains(s("repeat")));
                CHECK(desk.ticket(s("T2")).value(s("repeat_of")) == s("T1"));
            } else {
                CHECK_FALSE(desk.flags(s("T2")).contains(s("repeat")));
                CHECK(desk.ticket(s("T2")).value(s("repeat_of")).isNull());
            }
        }
    }
}

TEST_CASE("The repeat window follows repeat_repair_days", "[intake][R3][settings]")
{
    TestDesk desk;
    REQUIRE(desk.apply(s("setting.set"), TestDesk::at(s("08:00")),
                       {{s("key"), s("repeat_repair_days")}, {s("value"), 7}}, s("admin"))
                .ok);
    desk.driveTo(s("T1"), s("closed"));
    REQUIRE(desk.apply(s("ticket.open"), dayAfter(8),
                       {{s("id"), s("T2")},
                        {s("kind"), s("repair")},
                        {s("fault"), s("不制冷")},
                        {s("customer"), s("CT1")},
                        {s("product"), s("PT1")}})
                .ok);
    CHECK_FALSE(desk.flags(s("T2")).contains(s("repeat")));
    REQUIRE(
        desk.apply(s("ticket.cancel"), dayAfter(8, s("10:05")), {{s("ticket"), s("T2")}, {s("reason"), s("误报")}}).ok);
    REQUIRE(desk.apply(s("setting.set"), dayAfter(8, s("10:10")),
                       {{s("key"), s("repeat_repair_days")}, {s("value"), 9}}, s("admin"))
                .ok);
    REQUIRE(desk.apply(s("ticket.open"), dayAfter(8, s("10:20")),
                       {{s("id"), s("T3")},
                        {s("kind"), s("repair")},
                        {s("fault"), s("不制冷")},
                        {s("customer"), s("CT1")},
                        {s("product"), s("PT1")}})
                .ok);
    CHECK(desk.flags(s("T3")).contains(s("repeat")));
}

TEST_CASE("A maintenance visit after a repair is not a repeat repair", "[intake][R3]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("closed"));
    REQUIRE(desk.apply(s("ticket.open"), dayAfter(5),
                       {{s("id"), s("T2")},
                        {s("kind"), s("maintenance")},
                        {s("fault"), s("保养")},
                        {s("customer"), s("CT1")},
                        {s("product"), s("PT1")}})
                .ok);
    CHECK_FALSE(desk.flags(s("T2")).contains(s("repeat")));
}

TEST_CASE("Warranty at intake: in, out, unknown without a purchase date, contract for a contract customer",
          "[intake][R5]")
{
    struct Case
    {
        const char *what;
        QJsonObject product;
        QJsonObject customer;
        const char *warranty;
    };
    const QString addr = s("北京市海淀区学院路5号");
    QJsonObject contract = customer(s("C1"), addr);
    contract.insert(s("contract"), QJsonObject{{s("number"), s("HT-2026-007")},
                                               {s("covers"), QJsonArray{s("visit"), s("labour"), s("parts")}}});
    const QList<Case> cases = {
        {"bought 2025-11-21: last day of 12 months",
         {{s("category"), s("fridge")}, {s("model"), s("M")}, {s("purchase_date"), s("2025-11-21")}},
         {},
         "in"},
        {"bought 2025-11-20: one year ago today, out",
         {{s("category"), s("fridge")}, {s("model"), s("M")}, {s("purchase_date"), s("2025-11-20")}},
         {},
         "out"},
        {"no purchase date", {{s("category"), s("fridge")}, {s("model"), s("M")}}, {}, "unknown"},
        {"contract customer, old product",
         {{s("category"), s("fridge")}, {s("model"), s("M")}, {s("purchase_date"), s("2019-01-01")}},
         contract,
         "contract"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            TestDesk desk;
            QJsonObject fields{{s("product"), c.product}};
            if (!c.customer.isEmpty())
                fields.insert(s("customer"), c.customer);
            const CommandResult r = desk.openRepair(s("T1"), TestDesk::at(s("09:00")), fields);
            REQUIRE(r.ok);
            CHECK(desk.ticket(s("T1")).value(s("warranty")).toString() == QString::fromUtf8(c.warranty));
        }
    }
}

TEST_CASE("An inline customer that exists is updated and a known caller is found by phone and name", "[intake][R1]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    // same caller, no id: found by phone + name, a new product registered for them
    const CommandResult r = desk.apply(s("ticket.open"), TestDesk::at(s("09:10")),
                                       {{s("kind"), s("repair")},
                                        {s("fault"), s("净水器不出水")},
                                        {s("customer"), QJsonObject{{s("name"), s("张伟")},
                                                                    {s("phones"), QJsonArray{s("+86 138 1234 5678")}},
                                                                    {s("address"), s("北京市海淀区中关村大街27号")}}},
                                        {s("product"), QJsonObject{{s("category"), s("purifier")},
                                                                   {s("model"), s("MRO-1")},
                                                                   {s("purchase_date"), s("2026-01-01")}}}},
                                       s("u-clerk"));
    REQUIRE(r.ok);
    CHECK(desk.ticket(r.id).value(s("customer_id")) == s("CT1"));
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 1);
    // the update is audited with old and new
    REQUIRE(desk.apply(s("customer.upsert"), TestDesk::at(s("09:20")),
                       {{s("id"), s("CT1")},
                        {s("name"), s("张伟")},
                        {s("phones"), QJsonArray{s("13812345678")}},
                        {s("address"), s("北京市海淀区中关村大街29号")}})
                .ok);
    CHECK(desk.scalar(s("SELECT old_value || ' -> ' || new_value FROM audit WHERE entity = 'customer' AND "
                        "field = 'address' ORDER BY id DESC LIMIT 1"))
              .toString() == s("北京市海淀区中关村大街27号 -> 北京市海淀区中关村大街29号"));
}

TEST_CASE("The zone an address names is suggested: by the zone's name, with or without its 区", "[intake]")
{
    TestDesk desk; // zones Z1 海淀区 and Z2 朝阳区
    CHECK(IntakeCheck::zoneForAddress(desk.store(), QStringLiteral("北京市海淀区学院路9号")) == QStringLiteral("Z1"));
    CHECK(IntakeCheck::zoneForAddress(desk.store(), QStringLiteral("朝阳望京街8号")) == QStringLiteral("Z2"));
    CHECK(IntakeCheck::zoneForAddress(desk.store(), QStringLiteral("北京市东城区王府井大街1号")).isEmpty());
    CHECK(IntakeCheck::zoneForAddress(desk.store(), QString()).isEmpty());
}

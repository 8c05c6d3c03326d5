// The command processor: charges (R5/R6/R14), audit (R17), settings, and rejected commands changing nothing.
#include "TestDesk.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A fridge bought on `purchase` (empty: unknown), its technician on site at 09:30.
void onSite(TestDesk &desk, const QString &purchase, const QJsonObject &contract = {})
{
    QJsonObject product{{s("id"), s("P1")}, {s("category"), s("fridge")}, {s("model"), s("BCD-470")}};
    if (!purchase.isEmpty())
        product.insert(s("purchase_date"), purchase);
    QJsonObject extra{{s("product"), product}};
    if (!contract.isEmpty())
        extra.insert(s("customer"), QJsonObject{{s("id"), s("C1")},
                                                {s("name"), s("某公司")},
                                                {s("phones"), QJsonArray{s("010-62345678")}},
                                                {s("address"), s("北京市海淀区学院路5号")},
                                                {s("contract"), contract}});
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00")), extra).ok);
    REQUIRE(
        desk.apply(s("ticket.dispatch"), TestDesk::at(s("09:05")), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}})
            .ok);
    REQUIRE(desk.apply(s("ticket.arrive"), TestDesk::at(s("09:30")), {{s("ticket"), s("T1")}}).ok);
}

CommandResult complete(TestDesk &desk, const QJsonArray &parts, const QJsonArray &fees, const QJsonValue &paid = true)
{
    return desk.apply(s("ticket.complete"), TestDesk::at(s("10:00")),
                      {{s("ticket"), s("T1")},
                       {s("resolution"), s("更换压缩机")},
                       {s("parts"), parts},
                       {s("fee_lines"), fees},
                       {s("paid"), paid},
                       {s("signed_by"), s("张伟")}});
}

const QJsonArray kCompressor{
    QJsonObject{{QStringLiteral("sku"), QStringLiteral("COMP-01")}, {QStringLiteral("qty"), 1}}};
const QJsonArray kVisitAndLabour{QStringLiteral("VISIT"), QStringLiteral("LAB-B")};
} // namespace

TEST_CASE("Charges follow the warranty: in warranty free, main part covered by its longer term, out pays all",
          "[charges][R5][R6]")
{
    struct Case
    {
        const char *what;
        const char *purchase;
        qint64 charges;
        const char *warranty;
    };
    const Case cases[] = {
        {"in warranty", "2026-06-01", 0, "in"},
        {"whole unit out, compressor within 36 months", "2024-06-01", 3000 + 8000, "out"},
        {"compressor's 36 months end the day before", "2023-11-20", 68000 + 3000 + 8000, "out"},
        {"compressor's last covered day", "2023-11-21", 3000 + 8000, "out"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            TestDesk desk;
            onSite(desk, QString::fromUtf8(c.purchase));
            const CommandResult r = complete(desk, kCompressor, kVisitAndLabour);
            REQUIRE(r.ok);
            const Record t = desk.ticket(s("T1"));
            CHECK(t.value(s("charges_fen")).toLongLong() == c.charges);
            CHECK(t.value(s("paid_fen")).toLongLong() == c.charges);
            CHECK(t.value(s("warranty")).toString() == QString::fromUtf8(c.warranty));
            CHECK_FALSE(desk.flags(s("T1")).contains(s("unpaid")));
            CHECK(desk.scalar(s("SELECT count(*) FROM charges WHERE ticket_id = 'T1'")).toInt() == 3);
        }
    }
    SECTION("the invoice seen on site settles an unknown warranty")
    {
        TestDesk desk;
        onSite(desk, QString());
        const CommandResult r = desk.apply(s("ticket.complete"), TestDesk::at(s("10:00")),
                                           {{s("ticket"), s("T1")},
                                            {s("resolution"), s("x")},
                                            {s("parts"), kCompressor},
                                            {s("fee_lines"), kVisitAndLabour},
                                            {s("paid"), true},
                                            {s("signed_by"), s("张伟")},
                                            {s("purchase_date"), s("2026-03-01")}});
        REQUIRE(r.ok);
        CHECK(desk.ticket(s("T1")).value(s("warranty")) == s("in"));
        CHECK(desk.ticket(s("T1")).value(s("charges_fen")).toLongLong() == 0);
    }
    SECTION("a contract customer is charged by the contract")
    {
        TestDesk desk;
        onSite(desk, s("2019-01-01"),
               {{s("number"), s("HT-007")}, {s("covers"), QJsonArray{s("visit"), s("labour"), s("parts")}}});
        REQUIRE(complete(desk, kCompressor, kVisitAndLabour).ok);
        CHECK(desk.ticket(s("T1")).value(s("warranty")) == s("contract"));
        CHECK(desk.ticket(s("T1")).value(s("charges_fen")).toLongLong() == 0);
        CHECK(desk.scalar(s("SELECT group_concat(DISTINCT covered_by) FROM charges")).toString() == s("contract"));
    }
    // [002 §4.7.4] "依照合作协议内容及规定执行": the contract pays only for what it lists, while it is valid
    SECTION("a contract that covers the visit and labour leaves the parts to the customer")
    {
        TestDesk desk;
        onSite(desk, s("2019-01-01"),
               {{s("number"), s("HT-008")},
                {s("from"), s("2026-01-01")},
                {s("until"), s("2026-12-31")},
                {s("covers"), QJsonArray{s("visit"), s("labour")}}});
        REQUIRE(complete(desk, kCompressor, kVisitAndLabour).ok);
        CHECK(desk.ticket(s("T1")).value(s("charges_fen")).toLongLong() == 68000);
        CHECK(desk.scalar(s("SELECT covered_by FROM charges WHERE code = 'VISIT'")).toString() == s("contract"));
        CHECK(desk.scalar(s("SELECT covered_by FROM charges WHERE code = 'COMP-01'")).isNull());
    }
    SECTION("a contract that ended is charged by the normal rules")
    {
        TestDesk desk;
        onSite(desk, s("2019-01-01"),
               {{s("number"), s("HT-009")},
                {s("from"), s("2025-01-01")},
                {s("until"), s("2026-11-19")},
                {s("covers"), QJsonArray{s("visit"), s("labour"), s("parts")}}});
        REQUIRE(complete(desk, kCompressor, kVisitAndLabour).ok);
        CHECK(desk.ticket(s("T1")).value(s("warranty")) == s("out"));
        CHECK(desk.ticket(s("T1")).value(s("charges_fen")).toLongLong() == 68000 + 3000 + 8000);
    }
}

// R5: "no purchase date: technician checks the invoice on site" — never charged as out of warranty in silence
TEST_CASE("An unknown warranty asks for the invoice date or a reason to charge as out of warranty", "[charges][R5]")
{
    TestDesk desk;
    onSite(desk, QString());
    const qint64 audit = desk.auditRows();
    const CommandResult silent = complete(desk, kCompressor, kVisitAndLabour);
    CHECK_FALSE(silent.ok);
    CHECK(silent.error.field == s("purchase_date"));
    CHECK(silent.error.message.contains(s("never verified")));
    CHECK(desk.ticket(s("T1")).value(s("state")) == s("on_site"));
    CHECK(desk.auditRows() == audit);
    // nothing to charge: nothing to ask
    SECTION("a free visit completes without asking")
    {
        REQUIRE(complete(desk, {}, {}).ok);
        CHECK(desk.ticket(s("T1")).value(s("warranty")) == s("unknown"));
    }
    SECTION("charged as out of warranty with a reason")
    {
        const CommandResult r = desk.apply(s("ticket.complete"), TestDesk::at(s("10:00")),
                                           {{s("ticket"), s("T1")},
                                            {s("resolution"), s("更换压缩机")},
                                            {s("parts"), kCompressor},
                                            {s("fee_lines"), kVisitAndLabour},
                                            {s("paid"), true},
                                            {s("signed_by"), s("张伟")},
                                            {s("out_of_warranty_reason"), s("用户找不到发票,同意按保外收费")}});
        REQUIRE(r.ok);
        CHECK(desk.ticket(s("T1")).value(s("charges_fen")).toLongLong() == 68000 + 3000 + 8000);
        CHECK(r.info.value(s("warranty_unverified")).toBool());
        CHECK(r.info.value(s("out_of_warranty_reason")).toString() == s("用户找不到发票,同意按保外收费"));
    }
}

TEST_CASE("A contract with a bad period or cover is refused, naming the field", "[charges][R5]")
{
    struct Case
    {
        const char *what;
        QJsonValue contract;
        const char *field;
    };
    const QList<Case> cases = {
        {"only a number", s("HT-1"), "customer.contract"},
        {"no number", QJsonObject{{s("covers"), QJsonArray{s("visit")}}}, "customer.contract.number"},
        {"covers nothing", QJsonObject{{s("number"), s("HT-1")}, {s("covers"), QJsonArray{}}},
         "customer.contract.covers"},
        {"covers the moon", QJsonObject{{s("number"), s("HT-1")}, {s("covers"), QJsonArray{s("visit"), s("moon")}}},
         "customer.contract.covers[1]"},
        {"ends before it starts",
         QJsonObject{{s("number"), s("HT-1")},
                     {s("from"), s("2026-06-01")},
                     {s("until"), s("2026-01-01")},
                     {s("covers"), QJsonArray{s("visit")}}},
         "customer.contract.until"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            TestDesk desk;
            const CommandResult r =
                desk.openRepair(s("T1"), TestDesk::at(s("09:00")),
                                {{s("customer"), QJsonObject{{s("id"), s("C1")},
                                                             {s("name"), s("某公司")},
                                                             {s("phones"), QJsonArray{s("010-62345678")}},
                                                             {s("address"), s("北京市海淀区学院路5号")},
                                                             {s("contract"), c.contract}}}});
            CHECK_FALSE(r.ok);
            CHECK(r.error.field == QString::fromUtf8(c.field));
            CHECK(desk.scalar(s("SELECT count(*) FROM tickets")).toInt() == 0);
        }
    }
}

TEST_CASE("A fee not on the schedule needs a supervisor's approval and a reason", "[charges][R6]")
{
    const QJsonObject offSchedule{{s("name"), s("高空作业费")}, {s("amount_fen"), 5000}};
    struct Case
    {
        const char *what;
        QJsonObject extra;
        const char *field; // nullptr: accepted
    };
    const QList<Case> cases = {
        {"no approval", {}, "fee_lines[0].approved_by"},
        {"approved by a dispatcher",
         {{s("approved_by"), s("u-disp")}, {s("reason"), s("六楼外机")}},
         "fee_lines[0].approved_by"},
        {"approved by nobody known",
         {{s("approved_by"), s("u-ghost")}, {s("reason"), s("六楼外机")}},
         "fee_lines[0].approved_by"},
        {"supervisor but no reason", {{s("approved_by"), s("u-sup")}}, "fee_lines[0].reason"},
        {"supervisor with a reason", {{s("approved_by"), s("u-sup")}, {s("reason"), s("六楼外机")}}, nullptr},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            TestDesk desk;
            onSite(desk, s("2023-05-01"));
            QJsonObject line = offSchedule;
            for (auto it = c.extra.begin(); it != c.extra.end(); ++it)
                line.insert(it.key(), it.value());
            const Record before = desk.ticket(s("T1"));
            const qint64 audit = desk.auditRows();
            const CommandResult r = complete(desk, {}, QJsonArray{line});
            if (c.field) {
                CHECK_FALSE(r.ok);
                CHECK(r.error.field == QString::fromUtf8(c.field));
                CHECK(desk.ticket(s("T1")) == before);
                CHECK(desk.auditRows() == audit);
                CHECK(desk.scalar(s("SELECT count(*) FROM charges")).toInt() == 0);
                CHECK(desk.scalar(s("SELECT count(*) FROM callbacks")).toInt() == 0);
            } else {
                REQUIRE(r.ok);
                CHECK(desk.ticket(s("T1")).value(s("charges_fen")).toLongLong() == 5000);
                CHECK(desk.scalar(s("SELECT approved_by || ':' || reason FROM charges")).toString() ==
                      s("u-sup:六楼外机"));
            }
        }
    }
    SECTION("an unknown fee code or part is refused naming the line")
    {
        TestDesk desk;
        onSite(desk, s("2023-05-01"));
        const CommandResult fee = complete(desk, {}, QJsonArray{s("VIP")});
        CHECK_FALSE(fee.ok);
        CHECK(fee.error.field == s("fee_lines[0].code"));
        const CommandResult part =
            complete(desk, QJsonArray{QJsonObject{{s("sku"), s("NOPE")}, {s("qty"), 1}}}, kVisitAndLabour);
        CHECK_FALSE(part.ok);
        CHECK(part.error.field == s("parts[0].sku"));
        const CommandResult price =
            complete(desk, {}, QJsonArray{QJsonObject{{s("code"), s("VISIT")}, {s("amount_fen"), 9000}}});
        CHECK_FALSE(price.ok); // the schedule's fee at another price is off the schedule
        CHECK(price.error.field == s("fee_lines[0].name"));
    }
}

TEST_CASE("Unpaid charges stay open until paid", "[charges][R14]")
{
    TestDesk desk;
    onSite(desk, s("2023-05-01"));
    REQUIRE(complete(desk, {}, kVisitAndLabour, false).ok);
    CHECK(desk.flags(s("T1")).contains(s("unpaid")));
    CHECK(desk.ticket(s("T1")).value(s("paid_fen")).toLongLong() == 0);
    const CommandResult tooMuch =
        desk.apply(s("ticket.payment"), TestDesk::at(s("11:00")), {{s("ticket"), s("T1")}, {s("amount_fen"), 11001}});
    CHECK_FALSE(tooMuch.ok);
    CHECK(tooMuch.error.field == s("amount_fen"));
    REQUIRE(desk.apply(s("ticket.payment"), TestDesk::at(s("11:00")), {{s("ticket"), s("T1")}, {s("amount_fen"), 5000}})
                .ok);
    CHECK(desk.flags(s("T1")).contains(s("unpaid")));
    REQUIRE(desk.apply(s("ticket.payment"), TestDesk::at(s("11:05")), {{s("ticket"), s("T1")}, {s("amount_fen"), 6000}})
                .ok);
    CHECK_FALSE(desk.flags(s("T1")).contains(s("unpaid")));
    CHECK(desk.ticket(s("T1")).value(s("paid_fen")).toLongLong() == 11000);
    SECTION("paid as an amount")
    {
        TestDesk d2;
        onSite(d2, s("2023-05-01"));
        REQUIRE(complete(d2, {}, kVisitAndLabour, 3000).ok);
        CHECK(d2.flags(s("T1")).contains(s("unpaid")));
        CHECK(d2.ticket(s("T1")).value(s("paid_fen")).toLongLong() == 3000);
    }
}

TEST_CASE("Every change is audited with who, when, the field, old and new value", "[audit][R17]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("on_site"));
    const QVariant row =
        desk.scalar(s("SELECT by || '|' || at || '|' || command || '|' || old_value || '|' || new_value FROM audit "
                      "WHERE entity = 'ticket' AND entity_id = 'T1' AND field = 'state' AND new_value = 'on_site'"));
    CHECK(row.toString() ==
          QStringLiteral("u-disp|%1|ticket.arrive|en_route|on_site").arg(TestDesk::ms(TestDesk::at(s("09:30")))));
    // every state change of the ticket's life is there, in order
    CHECK(desk.scalar(
                  s("SELECT group_concat(coalesce(old_value, '-') || '>' || new_value, ' ') FROM (SELECT * FROM audit "
                    "WHERE entity = 'ticket' AND entity_id = 'T1' AND field = 'state' ORDER BY id)"))
              .toString() == s("new>dispatched dispatched>contacted contacted>en_route en_route>on_site"));
    CHECK(desk.scalar(s("SELECT count(*) FROM audit WHERE entity = 'ticket' AND entity_id = 'T1' AND field = '*' "
                        "AND new_value = 'created' AND by = 'u-clerk'"))
              .toInt() == 1);
    // settings too
    REQUIRE(desk.apply(s("setting.set"), TestDesk::at(s("10:00")),
                       {{s("key"), s("onsite_sla_minutes")}, {s("value"), 240}}, s("admin"))
                .ok);
    REQUIRE(desk.apply(s("setting.set"), TestDesk::at(s("10:01")),
                       {{s("key"), s("onsite_sla_minutes")}, {s("value"), 200}}, s("admin"))
                .ok);
    CHECK(
        desk.scalar(
                s("SELECT old_value || '>' || new_value FROM audit WHERE entity = 'setting' ORDER BY id DESC LIMIT 1"))
            .toString() == s("240>200"));
    // a cancellation keeps the ticket and its reason
    TestDesk d2;
    d2.driveTo(s("T1"), s("dispatched"));
    CHECK_FALSE(d2.apply(s("ticket.cancel"), TestDesk::at(s("10:00")), {{s("ticket"), s("T1")}}).ok);
    REQUIRE(
        d2.apply(s("ticket.cancel"), TestDesk::at(s("10:00")), {{s("ticket"), s("T1")}, {s("reason"), s("用户已自修")}})
            .ok);
    CHECK(d2.ticket(s("T1")).value(s("cancel_reason")) == s("用户已自修"));
    CHECK(d2.scalar(s("SELECT count(*) FROM audit WHERE entity_id = 'T1' AND field = 'cancel_reason'")).toInt() == 1);
}

TEST_CASE("A rejected command changes nothing and names the field", "[commands]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("dispatched"));
    const Record before = desk.ticket(s("T1"));
    const qint64 audit = desk.auditRows();
    const qint64 outbox = desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong();
    struct Case
    {
        QString json;
        const char *field;
    };
    const QList<Case> cases = {
        {s(R"({"command":"ticket.fly","at":"2026-11-20T10:00:00+08:00","by":"u-disp","ticket":"T1"})"), "command"},
        {s(R"({"command":"ticket.depart","at":"2026-11-20T10:00:00","by":"u-disp","ticket":"T1"})"), "at"},
        {s(R"({"command":"ticket.depart","at":"2026-11-20T10:00:00+08:00","ticket":"T1"})"), "by"},
        {s(R"({"command":"ticket.depart","at":"2026-11-20T10:00:00+08:00","by":"u-disp"})"), "ticket"},
        {s(R"({"command":"ticket.depart","at":"2026-11-20T10:00:00+08:00","by":"u-disp","ticket":"T9"})"), "ticket"},
        {s(R"({"command":"ticket.contact_attempt","at":"2026-11-20T10:00:00+08:00","by":"u-disp","ticket":"T1"})"),
         "reached"},
        {s(R"({"command":"ticket.reassign","at":"2026-11-20T10:00:00+08:00","by":"u-disp","ticket":"T1","technician":"W2"})"),
         "reason"},
        {s(R"({"command":"setting.set","at":"2026-11-20T10:00:00+08:00","by":"admin","key":"sla","value":1})"), "key"},
        {s(R"({"command":"setting.set","at":"2026-11-20T10:00:00+08:00","by":"admin","key":"onsite_sla_minutes","value":0})"),
         "value"},
        {s(R"({"command":"setting.set","at":"2026-11-20T10:00:00+08:00","by":"admin","key":"contact_max_attempts","value":2.5})"),
         "value"},
    };
    for (const Case &c : cases) {
        INFO(c.json.toStdString());
        const CommandResult r = desk.apply(c.json);
        CHECK_FALSE(r.ok);
        CHECK(r.error.field == QString::fromUtf8(c.field));
        CHECK_FALSE(r.error.message.isEmpty());
    }
    CHECK(desk.ticket(s("T1")) == before);
    CHECK(desk.auditRows() == audit);
    CHECK(desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong() == outbox);
    CHECK(desk.processor().settings().onsiteSlaMinutes == 180);
}

TEST_CASE("Every setting of the issue has its default and is read back after setting.set", "[settings]")
{
    TestDesk desk;
    const RuleSettings d = desk.processor().settings();
    CHECK(d.phoneGuidanceCallbackMinutes == 120);
    CHECK(d.onsiteSlaMinutes == 180);
    CHECK(d.contactWithinMinutes == 30);
    CHECK(d.contactRetryMinutes == 10);
    CHECK(d.contactMaxAttempts == 3);
    CHECK(d.lateManagerMinutes == 15);
    CHECK(d.callbackWithinHours == 24);
    CHECK(d.callbackMaxAttempts == 3);
    CHECK(d.repeatRepairDays == 30);
    int v = 2;
    for (const char *key : {"phone_guidance_callback_minutes", "onsite_sla_minutes", "contact_within_minutes",
                            "contact_retry_minutes", "contact_max_attempts", "late_manager_minutes",
                            "callback_within_hours", "callback_max_attempts", "repeat_repair_days"}) {
        INFO(key);
        REQUIRE(desk.apply(s("setting.set"), TestDesk::at(s("10:00")),
                           {{s("key"), QString::fromUtf8(key)}, {s("value"), ++v}}, s("admin"))
                    .ok);
    }
    const RuleSettings n = desk.processor().settings();
    CHECK(n.phoneGuidanceCallbackMinutes == 3);
    CHECK(n.onsiteSlaMinutes == 4);
    CHECK(n.contactWithinMinutes == 5);
    CHECK(n.contactRetryMinutes == 6);
    CHECK(n.contactMaxAttempts == 7);
    CHECK(n.lateManagerMinutes == 8);
    CHECK(n.callbackWithinHours == 9);
    CHECK(n.callbackMaxAttempts == 10);
    CHECK(n.repeatRepairDays == 11);
}

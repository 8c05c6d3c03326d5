// Issue 14, "Words a desk understands": every refusal the core can give, as a zh_CN user reads it, names fields by
// their labels and actions and states by their translated names, never by a key. One test for the whole class:
// every command, with nothing, with each field blank or of the wrong kind, from every ticket state and by a user
// who may not give it.
#include "TestDesk.h"

#include "dispatch/TimelineDialog.h"
#include "rules/CommandProcessor.h"
#include "rules/Labels.h"
#include "service/DeskService.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The fields the commands read (SPEC §6), probed one at a time
const QStringList kFields = {s("id"),
                             s("name"),
                             s("phone"),
                             s("phones"),
                             s("address"),
                             s("zone"),
                             s("zones"),
                             s("category"),
                             s("model"),
                             s("serial"),
                             s("purchase_date"),
                             s("product"),
                             s("customer"),
                             s("technician"),
                             s("appointment_start"),
                             s("appointment_end"),
                             s("reason"),
                             s("override_reason"),
                             s("customer_consent"),
                             s("priority"),
                             s("priority_reason"),
                             s("fault"),
                             s("note"),
                             s("text"),
                             s("resolution"),
                             s("parts"),
                             s("fee_lines"),
                             s("code"),
                             s("price_fen"),
                             s("amount_fen"),
                             s("paid"),
                             s("signed_by"),
                             s("satisfaction"),
                             s("on_time"),
                             s("behaviour_ok"),
                             s("reached"),
                             s("solved"),
                             s("comment"),
                             s("callback"),
                             s("complaint"),
                             s("outcome"),
                             s("owner"),
                             s("deadline"),
                             s("words"),
                             s("about_ticket"),
                             s("about_technician"),
                             s("task"),
                             s("accepted"),
                             s("appearance"),
                             s("loaner_serial"),
                             s("iou"),
                             s("helper"),
                             s("eta"),
                             s("cause"),
                             s("out_of_warranty_reason"),
                             s("waited_minutes"),
                             s("phoned"),
                             s("neighbours_asked"),
                             s("note_left"),
                             s("refused_entry"),
                             s("reminder"),
                             s("preferred_time"),
                             s("key"),
                             s("value"),
                             s("role"),
                             s("active"),
                             s("skills"),
                             s("shift_start"),
                             s("shift_end"),
                             s("travel_minutes"),
                             s("warranty_months"),
                             s("main_part_warranty_months"),
                             s("main_parts"),
                             s("maintenance_months"),
                             s("number"),
                             s("contract"),
                             s("location"),
                             s("approved_by")};

// What must never reach a user: a key with an underscore or a dot (override_reason, ticket.dispatch, pulled_back),
// or a bare field, command or state name in Latin letters
QStringList leaks(const QString &message)
{
    static const QRegularExpression key(QStringLiteral("\\b[a-z]+(?:[._][a-z]+)+\\b"));
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{3,}\\b"));
    QStringList found;
    for (auto it = key.globalMatch(message); it.hasNext();)
        found << it.next().captured();
    for (auto it = word.globalMatch(message); it.hasNext();)
        found << it.next().captured();
    return found;
}
} // namespace

TEST_CASE("Every refusal the core gives reads in plain Chinese: no field key, command name or state key", "[ui][words]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/dispatchdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QMap<QString, QString> bad; // message → how it was produced
    int refusals = 0;
    auto probe = [&](TestDesk &desk, const QString &command, const QJsonObject &fields, const QString &by,
                     const QString &how) {
        const CommandResult r = desk.apply(command, TestDesk::at(s("12:00")), fields, by);
        if (r.ok)
            return;
        ++refusals;
        if (!leaks(r.error.message).isEmpty())
            bad.insert(r.error.message, command + s(" ") + how);
    };
    const QStringList states = {s("new"),       s("dispatched"),  s("contacted"),      s("en_route"),
                                s("on_site"),   s("completed"),   s("closed"),         s("unreachable"),
                                s("cancelled"), s("pulled_back"), s("awaiting_parts"), s("guided_by_phone")};
    for (const QString &command : CommandProcessor::commandNames()) {
        TestDesk desk;
        desk.driveTo(s("T1"), s("on_site"));
        probe(desk, command, {}, s("u-sup"), s("with nothing"));
        for (const QString &field : kFields) {
            for (const QJsonValue &wrong : {QJsonValue(QJsonArray{}), QJsonValue(s("")), QJsonValue(s("不存在"))}) {
                QJsonObject f{{s("ticket"), s("T1")}};
                f.insert(field, wrong);
                probe(desk, command, f, s("u-sup"), field);
            }
        }
        probe(desk, command, {{s("ticket"), s("T1")}}, s("u-clerk"), s("by a clerk"));
    }
    // Every state against every ticket command
    for (const QString &state : states) {
        TestDesk desk;
        desk.driveTo(s("T1"), state);
        for (const QString &command : CommandProcessor::commandNames())
            if (command.startsWith(QLatin1String("ticket.")) && command != QLatin1String("ticket.open"))
                probe(desk, command, {{s("ticket"), s("T1")}}, s("u-sup"), s("from ") + state);
    }
    // An impossible date is named as such, not as a wrong format
    {
        TestDesk desk;
        const CommandResult r = desk.openRepair(
            s("T9"), TestDesk::at(s("09:00")),
            {{s("product"), QJsonObject{{s("category"), s("fridge")}, {s("purchase_date"), s("2025-02-30")}}}});
        REQUIRE_FALSE(r.ok);
        CHECK(r.error.message.endsWith(s("购买日期：没有 2025-02-30 这一天。")));
        CHECK(r.error.field == s("product.purchase_date")); // the machine-readable name stays for programs
    }
    QCoreApplication::removeTranslator(&translator);
    QStringList report;
    for (auto it = bad.cbegin(); it != bad.cend(); ++it)
        report << it.value() + s(": ") + it.key() + s("  [") + leaks(it.key()).join(s(", ")) + s("]");
    INFO(refusals << " refusals; with a key:\n" << report.join(s("\n")).toStdString());
    CHECK(refusals > 1000); // the walk reached the rules, not only the parser
    CHECK(report.isEmpty());
}

// 一票到底 (R17): the timeline of a ticket that went through the states and procedures reads like a story in zh_CN,
// its changed fields too: no event kind, field key or epoch number
TEST_CASE("The timeline of a ticket through every step reads in plain Chinese, with no key or epoch number",
          "[ui][words][timeline]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/dispatchdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    TestDesk desk;
    auto step = [&](const char *command, const char *at, const QJsonObject &fields, const char *by = "u-disp") {
        QJsonObject f = fields;
        f.insert(s("ticket"), s("T1"));
        const CommandResult r = desk.apply(s(command), TestDesk::at(s(at)), f, s(by));
        INFO(command << ": " << r.error.message.toStdString());
        REQUIRE(r.ok);
    };
    // Out of warranty, so that the visit is charged and paid later
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00")),
                            {{s("product"), QJsonObject{{s("id"), s("P1")},
                                                        {s("category"), s("fridge")},
                                                        {s("model"), s("BCD-470")},
                                                        {s("purchase_date"), s("2020-01-01")}}}})
                .ok);
    step("ticket.note", "09:01", {{s("text"), s("用户说冰箱有异响")}}, "u-clerk");
    step("ticket.dispatch", "09:05", {{s("technician"), s("W1")}, {s("appointment_start"), TestDesk::at(s("10:00"))}});
    step("ticket.contact_attempt", "09:10", {{s("reached"), false}});
    step("ticket.contact_attempt", "09:20", {{s("reached"), true}});
    step("ticket.reschedule", "09:25",
         {{s("appointment_start"), TestDesk::at(s("11:00"))},
          {s("reason"), s("用户上午不在家")},
          {s("customer_consent"), true}});
    step("ticket.reassign", "09:30", {{s("technician"), s("W2")}, {s("reason"), s("王师傅病假")}});
    step("ticket.depart", "10:30", {});
    step("ticket.arrive", "11:20", {}); // 20 minutes late: an apology and a gift
    step("ticket.apology", "11:30", {{s("accepted"), false}, {s("note"), s("用户要求经理上门")}});
    step("ticket.await_parts", "11:40", {{s("parts"), QJsonArray{s("GASKET")}}, {s("eta"), s("2026-11-22")}});
    step("ticket.parts_arrived", "09:00", {{s("appointment_start"), TestDesk::at(s("14:00"), 22)}});
    step("ticket.arrive", "14:00", {});
    step("ticket.complete", "15:00",
         {{s("resolution"), s("更换密封垫")},
          {s("parts"), QJsonArray{QJsonObject{{s("sku"), s("GASKET")}, {s("qty"), 1}}}},
          {s("fee_lines"), QJsonArray{s("VISIT")}},
          {s("cause"), s("wear")},
          {s("paid"), false},
          {s("signed_by"), s("张伟")}});
    step("ticket.payment", "16:00", {{s("amount_fen"), 1000}});
    step("callback.record", "17:00", {{s("reached"), true}, {s("solved"), true}, {s("satisfaction"), s("满意")}},
         "u-sup");
    DeskService service;
    REQUIRE(service.open(desk.path()));
    TimelineDialog dialog(service, s("T1"));
    dialog.showChanges(true);
    const QString text = dialog.text();
    INFO(text.toStdString());
    // The story is there, in words
    for (const char *said : {"建单", "派工", "改约", "改派", "技师到达", "待件", "配件到货", "完工", "收款", "回访"})
        CHECK(text.contains(s(said)));
    CHECK(text.contains(s("用户上午不在家")));
    CHECK(text.contains(s("¥"))); // money as money
    // and nothing a desk cannot read
    static const QRegularExpression epoch(QStringLiteral("\\d{10,}"));
    CHECK_FALSE(epoch.match(text).hasMatch());
    INFO("leaks: " << leaks(text).join(s(", ")).toStdString());
    CHECK(leaks(text).isEmpty());
    QCoreApplication::removeTranslator(&translator);
}

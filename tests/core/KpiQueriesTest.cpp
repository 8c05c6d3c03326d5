#include "TestDesk.h"

#include "storage/KpiQueries.h"
#include "storage/ReportQueries.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

namespace {
// A hand-computed centre. Day 20 (2026-11-20, +08:00):
//   A repair W1, outlet O1, out of warranty: opened 09:00, dispatched 09:05, contacted 09:10, on site 09:30
//     (deadline 12:05), completed 10:00 with GASKET + VISIT = ¥45 paid; callback 15:00 solved, 满意.
//   B repair W1, O1, out of warranty: opened 09:20, dispatched 09:50, contacted 10:10, on site 13:00 (deadline
//     12:50: late), completed 13:30, ¥45 unpaid. Callback day 21: 09:00 not reached, 11:00 reached, 不满意 and
//     charged differently → reopened, complaint.
//   C repair W2: opened 10:00, dispatched 10:10, never reached (deadline 13:10 passed).
//   D repair: opened 23:59:59 (last second of the day), not dispatched.
//   G repair W1, O2, in warranty, model BCD-215: opened 11:00, dispatched 11:05, contacted 11:10, on site 11:30,
//     completed 12:00 with GASKET + VISIT covered (a ¥45 warranty claim); callback still open.
// Day 21: E opened 00:00:00 (first second); F opened 08:00 on A's fridge: a repeat of A (R3) across the day's end.
// Day 19: Z opened 23:00.
struct Centre
{
    TestDesk desk;

    static QJsonObject outOfWarranty(const QString &id)
    {
        return {
            {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("P") + id)},
                                                    {QStringLiteral("category"), QStringLiteral("fridge")},
                                                    {QStringLiteral("model"), QStringLiteral("BCD-470")},
                                                    {QStringLiteral("purchase_date"), QStringLiteral("2024-01-01")}}},
            {QStringLiteral("outlet"), QStringLiteral("O1")}};
    }

    void step(const QString &name, const QString &ticket, const QString &at, QJsonObject fields = {},
              const QString &by = QStringLiteral("u-disp"))
    {
        fields.insert(QStringLiteral("ticket"), ticket);
        const CommandResult r = desk.apply(name, at, fields, by);
        INFO(QStringList({name, ticket, r.error.field, r.error.message}).join(QLatin1Char(' ')).toStdString());
        REQUIRE(r.ok);
    }

    void visit(const QString &id, const QString &tech, const QString &dispatch, const QString &contact,
               const QString &arrive, const QString &complete, bool paid)
    {
        step(QStringLiteral("ticket.dispatch"), id, TestDesk::at(dispatch), {{QStringLiteral("technician"), tech}});
        step(QStringLiteral("ticket.contact_attempt"), id, TestDesk::at(contact), {{QStringLiteral("reached"), true}});
        step(QStringLiteral("ticket.depart"), id, TestDesk::at(contact));
        step(QStringLiteral("ticket.arrive"), id, TestDesk::at(arrive));
        step(QStringLiteral("ticket.complete"), id, TestDesk::at(complete),
             {{QStringLiteral("resolution"), QStringLiteral("更换密封垫")},
              {QStringLiteral("parts"),
               QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("GASKET")}, {QStringLiteral("qty"), 1}}}},
              {QStringLiteral("fee_lines"), QJsonArray{QStringLiteral("VISIT")}},
              {QStringLiteral("paid"), paid},
              {QStringLiteral("signed_by"), QStringLiteral("张伟")}});
    }

    Centre()
    {
        REQUIRE(desk.openRepair(QStringLiteral("Z"), TestDesk::at(QStringLiteral("23:00"), 19)).ok);
        REQUIRE(desk.openRepair(QStringLiteral("A"), TestDesk::at(QStringLiteral("09:00")),
                                outOfWarranty(QStringLiteral("A")))
                    .ok);
        REQUIRE(desk.openRepair(QStringLiteral("B"), TestDesk::at(QStringLiteral("09:20")),
                                outOfWarranty(QStringLiteral("B")))
                    .ok);
        REQUIRE(desk.openRepair(QStringLiteral("C"), TestDesk::at(QStringLiteral("10:00"))).ok);
        REQUIRE(desk.openRepair(QStringLiteral("G"), TestDesk::at(QStringLiteral("11:00")),
                                {{QStringLiteral("product"),
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("PG")},
                                              {QStringLiteral("category"), QStringLiteral("fridge")},
                                              {QStringLiteral("model"), QStringLiteral("BCD-215")},
                                              {QStringLiteral("purchase_date"), QStringLiteral("2026-06-01")}}},
                                 {QStringLiteral("outlet"), QStringLiteral("O2")}})
                    .ok);
        visit(QStringLiteral("A"), QStringLiteral("W1"), QStringLiteral("09:05"), QStringLiteral("09:10"),
              QStringLiteral("09:30"), QStringLiteral("10:00"), true);
        visit(QStringLiteral("B"), QStringLiteral("W1"), QStringLiteral("09:50"), QStringLiteral("10:10"),
              QStringLiteral("13:00"), QStringLiteral("13:30"), false);
        step(QStringLiteral("ticket.dispatch"), QStringLiteral("C"), TestDesk::at(QStringLiteral("10:10")),
             {{QStringLiteral("technician"), QStringLiteral("W2")},
              {QStringLiteral("override_reason"), QStringLiteral("支援")}});
        visit(QStringLiteral("G"), QStringLiteral("W1"), QStringLiteral("11:05"), QStringLiteral("11:10"),
              QStringLiteral("11:30"), QStringLiteral("12:00"), true);
        step(QStringLiteral("callback.record"), QStringLiteral("A"), TestDesk::at(QStringLiteral("15:00")),
             {{QStringLiteral("reached"), true},
              {QStringLiteral("solved"), true},
              {QStringLiteral("satisfaction"), QStringLiteral("满意")}},
             QStringLiteral("u-sup"));
        REQUIRE(desk.openRepair(QStringLiteral("D"), TestDesk::at(QStringLiteral("23:59:59"))).ok);
        REQUIRE(desk.openRepair(QStringLiteral("E"), TestDesk::at(QStringLiteral("00:00"), 21)).ok);
        REQUIRE(desk.openRepair(QStringLiteral("F"), TestDesk::at(QStringLiteral("08:00"), 21),
                                {{QStringLiteral("customer"), QStringLiteral("CA")},
                                 {QStringLiteral("product"), QStringLiteral("PA")}})
                    .ok);
        step(QStringLiteral("callback.record"), QStringLiteral("B"), TestDesk::at(QStringLiteral("09:00"), 21),
             {{QStringLiteral("reached"), false}}, QStringLiteral("u-sup"));
        step(QStringLiteral("callback.record"), QStringLiteral("B"), TestDesk::at(QStringLiteral("11:00"), 21),
             {{QStringLiteral("reached"), true},
              {QStringLiteral("solved"), true},
              {QStringLiteral("charged_as_receipt"), false},
              {QStringLiteral("satisfaction"), QStringLiteral("不满意")}},
             QStringLiteral("u-sup"));
    }

    static KpiQueries::Period day(int d, int days = 1)
    {
        KpiQueries::Period p;
        p.from = TestDesk::ms(TestDesk::at(QStringLiteral("00:00"), d));
        p.to = TestDesk::ms(TestDesk::at(QStringLiteral("00:00"), d + days));
        p.asOf = TestDesk::ms(TestDesk::at(QStringLiteral("18:00"), 22));
        return p;
    }
};

bool isNull(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isNull();
}

double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}
} // namespace

TEST_CASE("KPIs of a day count what happened in it, by hand", "[kpi]")
{
    Centre c;
    KpiQueries kpis(c.desk.store());
    const QJsonObject k = kpis.totals(Centre::day(20));
    INFO(QJsonDocument(k).toJson().toStdString());
    // A, B, C, G and D (opened at 23:59:59); not Z (day 19) nor E (00:00:00 of day 21)
    CHECK(num(k, "tickets") == 5);
    // First dispatch: A 5, B 30, C 10, G 5 min (B's reopening on day 21 does not count as its dispatch)
    CHECK(num(k, "minutes_to_dispatch_median") == 7.5);
    CHECK(num(k, "minutes_to_dispatch_p90") == 30);
    CHECK(num(k, "avg_minutes_to_dispatch") == 12.5);
    // Dispatch → contact: A 5, G 5 (B was reopened: its new visit is not contacted yet; C never contacted)
    CHECK(num(k, "minutes_to_contact_median") == 5);
    CHECK(num(k, "minutes_to_contact_p90") == 5);
    // Arrivals: A and G on time, B 10 minutes after its deadline
    CHECK(num(k, "on_time_arrival_rate") == 0.6667);
    // Deadlines due on day 20: A, G met; B late; C passed without arrival
    CHECK(num(k, "sla_met_rate") == 0.5);
    // Repairs completed: A (repeat F opened the next day, within 30 days), B (reopened), G → 1 of 3
    CHECK(num(k, "first_time_fix_rate") == 0.3333);
    CHECK(num(k, "repeat_repair_rate") == 0);
    // No completion callback was due on day 20 (all due day 21): nothing to count is null
    CHECK(isNull(k, "callback_within_24h_rate"));
    CHECK(num(k, "callback_reach_rate") == 1);
    CHECK(num(k, "satisfaction_rate") == 1);
    CHECK(num(k, "complaints_per_100") == 0);
    CHECK(num(k, "charges_collected_fen") == 4500);
    CHECK(num(k, "open_charges_fen") == 4500);
}

TEST_CASE("KPIs of the next day: the repeat, the callbacks due and the complaint", "[kpi]")
{
    Centre c;
    KpiQueries kpis(c.desk.store());
    const QJsonObject k = kpis.totals(Centre::day(21));
    INFO(QJsonDocument(k).toJson().toStdString());
    CHECK(num(k, "tickets") == 2); // E at 00:00:00 and F
    // F is a repeat of A: it counts on the day it was opened
    CHECK(num(k, "repeat_repair_rate") == 0.5);
    // Completion callbacks due day 21: A (done the day before), B (done 11:00 before 13:30), G (still open at 12:00)
    CHECK(num(k, "callback_within_24h_rate") == 0.6667);
    CHECK(num(k, "callback_reach_rate") == 1);
    CHECK(num(k, "satisfaction_rate") == 0);
    CHECK(num(k, "complaints_per_100") == 50);
    CHECK(isNull(k, "first_time_fix_rate"));
    CHECK(isNull(k, "minutes_to_dispatch_median"));
    CHECK(isNull(k, "on_time_arrival_rate"));
}

TEST_CASE("An empty period has null rates and medians, zero counts and money", "[kpi]")
{
    Centre c;
    KpiQueries kpis(c.desk.store());
    const QJsonObject k = kpis.totals(Centre::day(10));
    CHECK(num(k, "tickets") == 0);
    for (const QString &name : KpiQueries::names()) {
        INFO(name.toStdString());
        if (KpiQueries::isMoney(name) || name == QLatin1String("tickets"))
            CHECK(k.value(name).toInt(-1) == 0);
        else
            CHECK(k.value(name).isNull());
    }
    CHECK(kpis.groups(KpiQueries::Technician, Centre::day(10)).isEmpty());
    CHECK(kpis.faultsByModel(Centre::day(10)).isEmpty());
    CHECK(kpis.outletClaims(Centre::day(10)).isEmpty());
}

TEST_CASE("The replay's KPIs are the dashboard's figures", "[kpi][replay]")
{
    Centre c;
    ReportQueries reports(c.desk.store());
    const KpiQueries::Period p = Centre::day(20);
    const QJsonObject replay = reports.kpis(p.from, p.to, p.asOf);
    const QJsonObject dashboard = KpiQueries(c.desk.store()).totals(p);
    CHECK(replay.size() == 13);
    for (auto it = replay.begin(); it != replay.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == dashboard.value(it.key()));
    }
}

TEST_CASE("KPIs per technician, outlet, model and day", "[kpi]")
{
    Centre c;
    KpiQueries kpis(c.desk.store());
    const QList<KpiQueries::Group> techs = kpis.groups(KpiQueries::Technician, Centre::day(20));
    REQUIRE(techs.size() == 3); // unassigned (D), 刘师傅 (W2: C), 王师傅 (W1: A, B, G)
    QHash<QString, QJsonObject> byKey;
    for (const auto &g : techs)
        byKey.insert(g.key, g.values);
    CHECK(num(byKey.value(QStringLiteral("W1")), "tickets") == 3);
    CHECK(num(byKey.value(QStringLiteral("W1")), "minutes_to_dispatch_median") == 5);
    CHECK(num(byKey.value(QStringLiteral("W1")), "first_time_fix_rate") == 0.3333);
    CHECK(num(byKey.value(QStringLiteral("W2")), "sla_met_rate") == 0);
    CHECK(num(byKey.value(QString()), "tickets") == 1);
    CHECK(isNull(byKey.value(QString()), "sla_met_rate"));

    const QList<KpiQueries::Group> models = kpis.groups(KpiQueries::Model, Centre::day(20));
    REQUIRE(models.size() == 2);
    CHECK(models.at(0).label == QStringLiteral("BCD-215"));
    CHECK(num(models.at(0).values, "first_time_fix_rate") == 1);
    CHECK(num(models.at(1).values, "tickets") == 4);

    // Three days by day: 19 (Z), 20 (five), 21 (E, F); days begin at midnight in the desk's time zone
    const QList<KpiQueries::Group> days = kpis.groups(KpiQueries::Day, Centre::day(19, 3));
    REQUIRE(days.size() == 3);
    CHECK(days.at(0).key == QStringLiteral("2026-11-19"));
    CHECK(num(days.at(0).values, "tickets") == 1);
    CHECK(num(days.at(1).values, "tickets") == 5);
    CHECK(num(days.at(2).values, "tickets") == 2);
    // 2026-11-20 is a Friday: its week starts on Monday the 16th; the 21st is in the same week
    const QList<KpiQueries::Group> weeks = kpis.groups(KpiQueries::Week, Centre::day(19, 3));
    REQUIRE(weeks.size() == 1);
    CHECK(weeks.at(0).key == QStringLiteral("2026-11-16"));
    CHECK(num(weeks.at(0).values, "tickets") == 8);
}

TEST_CASE("Drill-down lists the tickets behind a number", "[kpi]")
{
    Centre c;
    KpiQueries kpis(c.desk.store());
    const QList<Record> ftf =
        kpis.ticketsBehind(QStringLiteral("first_time_fix_rate"), KpiQueries::Total, QString(), Centre::day(20));
    REQUIRE(ftf.size() == 3);
    QStringList fixed;
    for (const Record &r : ftf)
        if (r.value(QStringLiteral("counted")).toInt() == 1)
            fixed << r.value(QStringLiteral("ticket_id")).toString();
    CHECK(fixed == QStringList{QStringLiteral("G")});
    const QList<Record> day20 = kpis.ticketsBehind(QStringLiteral("tickets"), KpiQueries::Day,
                                                   QStringLiteral("2026-11-20"), Centre::day(19, 3));
    CHECK(day20.size() == 5);
    const QList<Record> w2 = kpis.ticketsBehind(QStringLiteral("sla_met_rate"), KpiQueries::Technician,
                                                QStringLiteral("W2"), Centre::day(20));
    REQUIRE(w2.size() == 1);
    CHECK(w2.first().value(QStringLiteral("ticket_id")).toString() == QStringLiteral("C"));
    CHECK(w2.first().value(QStringLiteral("technician_name")).toString() == QStringLiteral("刘师傅"));
    // Every group's count is the number of records behind it
    for (const auto &g : kpis.groups(KpiQueries::Technician, Centre::day(20)))
        CHECK(kpis.ticketsBehind(QStringLiteral("tickets"), KpiQueries::Technician, g.key, Centre::day(20)).size() ==
              g.values.value(QLatin1String("tickets")).toInt());
}

TEST_CASE("Faults by model and part - the outlet whose warranty claims stand out", "[kpi]")
{
    Centre c;
    KpiQueries kpis(c.desk.store());
    const QList<Record> models = kpis.faultsByModel(Centre::day(20));
    REQUIRE(models.size() == 2);
    CHECK(models.at(0).value(QStringLiteral("model")).toString() == QStringLiteral("BCD-470"));
    CHECK(models.at(0).value(QStringLiteral("repairs")).toInt() == 4);
    CHECK(models.at(0).value(QStringLiteral("parts")).toInt() == 2);
    const QList<Record> parts = kpis.faultsByPart(Centre::day(20));
    REQUIRE(parts.size() == 1);
    CHECK(parts.at(0).value(QStringLiteral("name")).toString() == QStringLiteral("密封垫"));
    CHECK(parts.at(0).value(QStringLiteral("qty")).toInt() == 3);
    CHECK(parts.at(0).value(QStringLiteral("models")).toInt() == 2);
    const QList<Record> outlets = kpis.outletClaims(Centre::day(20));
    REQUIRE(outlets.size() == 2);
    // O1: A and B out of warranty, nothing claimed. O2: G's gasket and visit, ¥45 claimed on one ticket
    CHECK(outlets.at(0).value(QStringLiteral("outlet")).toString() == QStringLiteral("O1"));
    CHECK(outlets.at(0).value(QStringLiteral("claims_fen")).toInt() == 0);
    CHECK_FALSE(outlets.at(0).value(QStringLiteral("outlier")).toBool());
    CHECK(outlets.at(1).value(QStringLiteral("per_ticket_fen")).toInt() == 4500);
    CHECK(outlets.at(1).value(QStringLiteral("others_per_ticket_fen")).toInt() == 0);
    CHECK(outlets.at(1).value(QStringLiteral("outlier")).toBool());
}

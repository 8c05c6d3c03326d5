// R11: who should take this ticket, and why.
#include "TestDesk.h"

#include "rules/TechnicianRanking.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
QStringList order(const QList<Suggestion> &list)
{
    QStringList ids;
    for (const Suggestion &x : list)
        ids << x.technicianId;
    return ids;
}
} // namespace

TEST_CASE("The skilled technician covering the customer's zone comes first, with reasons", "[ranking][R11]")
{
    TestDesk desk;
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok); // fridge in Z1
    const QList<Suggestion> r = TechnicianRanking::rank(
        desk.store(), desk.ticket(s("T1")), TestDesk::ms(TestDesk::at(s("09:01"))), desk.processor().settings());
    REQUIRE(order(r) == QStringList{s("W1"), s("W2")});
    CHECK(r.at(0).score > r.at(1).score);
    CHECK(r.at(0).reasons.contains(s("skilled in 冰箱")));
    CHECK(r.at(0).reasons.contains(s("covers 海淀区")));
    CHECK(r.at(1).reasons.contains(s("outside their zones")));

    SECTION("a purifier: only W1 has the skill")
    {
        TestDesk d2;
        QJsonObject z2{{s("id"), s("C2")},
                       {s("name"), s("王芳")},
                       {s("phones"), QJsonArray{s("13698765432")}},
                       {s("address"), s("北京市朝阳区建国路8号")},
                       {s("zone"), s("Z2")}};
        REQUIRE(d2.openRepair(s("T2"), TestDesk::at(s("09:00")),
                              {{s("customer"), z2},
                               {s("product"), QJsonObject{{s("category"), s("purifier")}, {s("model"), s("M")}}}})
                    .ok);
        const QList<Suggestion> p = TechnicianRanking::rank(
            d2.store(), d2.ticket(s("T2")), TestDesk::ms(TestDesk::at(s("09:01"))), d2.processor().settings());
        CHECK(order(p).first() == s("W1"));
        CHECK(p.at(1).reasons.contains(s("no skill for 净水器")));
    }
}

TEST_CASE("The technician who last serviced the product comes first of all", "[ranking][R11]")
{
    TestDesk desk;
    desk.driveTo(s("T1"), s("closed"));
    // the product was serviced by W1; now the customer has moved to Z2, W2's zone
    REQUIRE(desk.apply(s("customer.upsert"), TestDesk::at(s("11:00")),
                       {{s("id"), s("CT1")},
                        {s("name"), s("张伟")},
                        {s("phones"), QJsonArray{s("13812345678")}},
                        {s("address"), s("北京市朝阳区建国路8号")},
                        {s("zone"), s("Z2")}})
                .ok);
    REQUIRE(desk.apply(s("ticket.open"), TestDesk::at(s("11:10")),
                       {{s("id"), s("T2")},
                        {s("kind"), s("repair")},
                        {s("fault"), s("异响")},
                        {s("customer"), s("CT1")},
                        {s("product"), s("PT1")}})
                .ok);
    const QList<Suggestion> r = TechnicianRanking::rank(
        desk.store(), desk.ticket(s("T2")), TestDesk::ms(TestDesk::at(s("11:11"))), desk.processor().settings());
    CHECK(order(r).first() == s("W1"));
    CHECK(r.first().reasons.first() == s("serviced this product last"));
    // the replay shows the suggestions for a ticket not yet dispatched
    const QJsonArray shown = desk.snapshot(TestDesk::at(s("11:11")))
                                 .value(s("tickets"))
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(s("suggestions"))
                                 .toArray();
    REQUIRE(shown.size() == 2);
    CHECK(shown.at(0).toObject().value(s("technician")).toString() == s("W1"));
}

TEST_CASE("Busy and loaded technicians rank lower - inactive ones are not suggested", "[ranking][R11]")
{
    TestDesk desk;
    // two technicians alike but for their load
    REQUIRE(desk.apply(s("technician.upsert"), TestDesk::at(s("08:00")),
                       {{s("id"), s("W3")},
                        {s("name"), s("赵师傅")},
                        {s("skills"), QJsonArray{s("fridge")}},
                        {s("zones"), QJsonArray{s("Z1")}}},
                       s("admin"))
                .ok);
    desk.driveTo(s("T1"), s("dispatched")); // W1 now has one open job
    REQUIRE(desk.openRepair(s("T2"), TestDesk::at(s("09:10")),
                            {{s("customer"), QJsonObject{{s("id"), s("C2")},
                                                         {s("name"), s("李")},
                                                         {s("phones"), QJsonArray{s("13698765432")}},
                                                         {s("address"), s("北京市海淀区学院路5号")},
                                                         {s("zone"), s("Z1")}}}})
                .ok);
    QList<Suggestion> r = TechnicianRanking::rank(desk.store(), desk.ticket(s("T2")),
                                                  TestDesk::ms(TestDesk::at(s("09:11"))), desk.processor().settings());
    CHECK(order(r) == QStringList{s("W3"), s("W1"), s("W2")});
    CHECK(r.at(1).reasons.contains(s("1 open job(s)")));
    REQUIRE(desk.apply(s("technician.upsert"), TestDesk::at(s("09:12")),
                       {{s("id"), s("W3")},
                        {s("name"), s("赵师傅")},
                        {s("skills"), QJsonArray{s("fridge")}},
                        {s("zones"), QJsonArray{s("Z1")}},
                        {s("active"), false}},
                       s("admin"))
                .ok);
    r = TechnicianRanking::rank(desk.store(), desk.ticket(s("T2")), TestDesk::ms(TestDesk::at(s("09:13"))),
                                desk.processor().settings());
    CHECK_FALSE(order(r).contains(s("W3")));
}

// R10 in the suggestions: the real next free slot of each technician's day, not a blanket "free"
TEST_CASE("Each suggestion says when that technician is really free next: after their visits, within their shift",
          "[ranking][R10]")
{
    TestDesk desk; // W1: Z1, shift 08:30–17:30
    REQUIRE(desk.openRepair(s("T1"), TestDesk::at(s("09:00"))).ok);
    REQUIRE(desk.openRepair(s("T2"), TestDesk::at(s("09:00"))).ok);
    REQUIRE(desk.apply(s("ticket.dispatch"), TestDesk::at(s("09:05")),
                       {{s("ticket"), s("T2")},
                        {s("technician"), s("W1")},
                        {s("appointment_start"), TestDesk::at(s("09:30"))},
                        {s("appointment_end"), TestDesk::at(s("11:00"))}})
                .ok);
    auto reasonsOf = [&](const QString &now) {
        for (const Suggestion &x : TechnicianRanking::rank(
                 desk.store(), desk.ticket(s("T1")), TestDesk::ms(TestDesk::at(now)), desk.processor().settings()))
            if (x.technicianId == s("W1"))
                return x.reasons;
        return QStringList();
    };
    // Before the visit there is no hour free (09:10 + 60 min runs into 09:30): free after it
    CHECK(reasonsOf(s("09:10")).contains(s("free from 11:00")));
    // After the shift: the next morning
    CHECK(reasonsOf(s("17:00")).contains(s("next free 11-21 08:30, after the deadline")));
    // A free technician is free now
    CHECK(reasonsOf(s("11:30")).contains(s("free now")));
}

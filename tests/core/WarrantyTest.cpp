// R5: in / out / unknown / contract from the purchase date and the category's terms.
#include "rules/Warranty.h"

#include <catch2/catch.hpp>

namespace {
Warranty::Terms fridge()
{
    return {12, 36, {QStringLiteral("COMP-01")}};
}
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

TEST_CASE("The whole unit is covered up to the day before the anniversary", "[warranty][R5]")
{
    const Warranty w(d("2025-11-20"), fridge());
    CHECK(w.wholeUnitEnd() == d("2026-11-19"));
    CHECK(w.status(d("2025-11-20")) == Warranty::In);
    CHECK(w.status(d("2026-11-19")) == Warranty::In);
    CHECK(w.status(d("2026-11-20")) == Warranty::Out);
    CHECK(w.coversService(d("2026-11-19")));
    CHECK_FALSE(w.coversService(d("2026-11-20")));
}

TEST_CASE("A main part is covered by its longer term when the whole unit is out", "[warranty][R5]")
{
    const Warranty w(d("2024-01-31"), fridge());
    CHECK(w.mainPartEnd() == d("2027-01-30"));
    CHECK(w.status(d("2026-11-20")) == Warranty::Out);
    CHECK(w.coversPart(QStringLiteral("COMP-01"), d("2026-11-20")));
    CHECK(w.coversPart(QStringLiteral("COMP-01"), d("2027-01-30")));
    CHECK_FALSE(w.coversPart(QStringLiteral("COMP-01"), d("2027-01-31")));
    CHECK_FALSE(w.coversPart(QStringLiteral("GASKET"), d("2026-11-20")));
    // the visit and labour are not
    CHECK_FALSE(w.coversService(d("2026-11-20")));
}

TEST_CASE("No purchase date is unknown and covers nothing - a contract covers what it lists", "[warranty][R5]")
{
    const Warranty unknown(QDate(), fridge());
    CHECK(unknown.status(d("2026-11-20")) == Warranty::Unknown);
    CHECK_FALSE(unknown.coversPart(QStringLiteral("COMP-01"), d("2026-11-20")));
    CHECK_FALSE(unknown.coversService(d("2026-11-20")));
    ServiceContract all;
    all.number = QStringLiteral("HT-2015-001");
    all.visit = all.labour = all.parts = true;
    const Warranty contract(d("2015-01-01"), fridge(), all, QStringLiteral("fridge"));
    CHECK(contract.status(d("2026-11-20")) == Warranty::Contract);
    CHECK(contract.coversService(d("2026-11-20")));
    CHECK(contract.coversPart(QStringLiteral("GASKET"), d("2026-11-20")));
    CHECK(Warranty::statusName(Warranty::In) == QStringLiteral("in"));
    CHECK(Warranty::statusName(Warranty::Out) == QStringLiteral("out"));
    CHECK(Warranty::statusName(Warranty::Unknown) == QStringLiteral("unknown"));
    CHECK(Warranty::statusName(Warranty::Contract) == QStringLiteral("contract"));
}

// [002 §4.7.4] "对签订维修服务合作协议的用户,依照合作协议内容及规定执行": the contract's own period and cover
TEST_CASE("A service contract pays for what it covers, on the days it is valid, for the categories it lists",
          "[warranty][R5]")
{
    ServiceContract c;
    c.number = QStringLiteral("HT-2026-007");
    c.from = d("2026-01-01");
    c.until = d("2026-12-31");
    c.visit = c.labour = true; // not the parts
    c.categories = {QStringLiteral("fridge")};
    const Warranty w(d("2015-01-01"), fridge(), c, QStringLiteral("fridge"));
    // inside the period: the visit and labour, not the parts
    CHECK(w.status(d("2026-06-01")) == Warranty::Contract);
    CHECK(w.coversService(d("2026-06-01"), QStringLiteral("visit")));
    CHECK(w.coversService(d("2026-06-01"), QStringLiteral("labour")));
    CHECK_FALSE(w.coversPart(QStringLiteral("GASKET"), d("2026-06-01")));
    // both ends of the period are inside it
    CHECK(w.status(d("2026-01-01")) == Warranty::Contract);
    CHECK(w.status(d("2026-12-31")) == Warranty::Contract);
    // before and after it: the normal rules (this old fridge is out of warranty)
    CHECK(w.status(d("2025-12-31")) == Warranty::Out);
    CHECK(w.status(d("2027-01-01")) == Warranty::Out);
    CHECK_FALSE(w.coversService(d("2027-01-01"), QStringLiteral("visit")));
    // another category is not under this contract
    const Warranty washer(d("2015-01-01"), fridge(), c, QStringLiteral("washer"));
    CHECK(washer.status(d("2026-06-01")) == Warranty::Out);
    CHECK_FALSE(washer.coversService(d("2026-06-01"), QStringLiteral("visit")));
}

TEST_CASE("A contract number kept before contracts were records still covers everything", "[warranty][R5]")
{
    const auto legacy = ServiceContract::fromStored(QStringLiteral("HT-2020-001"));
    REQUIRE(legacy);
    CHECK(legacy->number == QStringLiteral("HT-2020-001"));
    CHECK((legacy->visit && legacy->labour && legacy->parts));
    CHECK(legacy->appliesOn(d("2030-01-01"), QStringLiteral("anything")));
    CHECK_FALSE(ServiceContract::fromStored(QString()));
    const auto back = ServiceContract::fromStored(legacy->toStored());
    REQUIRE(back);
    CHECK(back->toStored() == legacy->toStored());
}

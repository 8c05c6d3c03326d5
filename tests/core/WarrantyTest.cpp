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
    const Warranty w(d("2025-11-20"), fridge(), false);
    CHECK(w.wholeUnitEnd() == d("2026-11-19"));
    CHECK(w.status(d("2025-11-20")) == Warranty::In);
    CHECK(w.status(d("2026-11-19")) == Warranty::In);
    CHECK(w.status(d("2026-11-20")) == Warranty::Out);
    CHECK(w.coversService(d("2026-11-19")));
    CHECK_FALSE(w.coversService(d("2026-11-20")));
}

TEST_CASE("A main part is covered by its longer term when the whole unit is out", "[warranty][R5]")
{
    const Warranty w(d("2024-01-31"), fridge(), false);
    CHECK(w.mainPartEnd() == d("2027-01-30"));
    CHECK(w.status(d("2026-11-20")) == Warranty::Out);
    CHECK(w.coversPart(QStringLiteral("COMP-01"), d("2026-11-20")));
    CHECK(w.coversPart(QStringLiteral("COMP-01"), d("2027-01-30")));
    CHECK_FALSE(w.coversPart(QStringLiteral("COMP-01"), d("2027-01-31")));
    CHECK_FALSE(w.coversPart(QStringLiteral("GASKET"), d("2026-11-20")));
    // the visit and labour are not
    CHECK_FALSE(w.coversService(d("2026-11-20")));
}

TEST_CASE("No purchase date is unknown and covers nothing - a contract covers everything", "[warranty][R5]")
{
    const Warranty unknown(QDate(), fridge(), false);
    CHECK(unknown.status(d("2026-11-20")) == Warranty::Unknown);
    CHECK_FALSE(unknown.coversPart(QStringLiteral("COMP-01"), d("2026-11-20")));
    CHECK_FALSE(unknown.coversService(d("2026-11-20")));
    const Warranty contract(d("2015-01-01"), fridge(), true);
    CHECK(contract.status(d("2026-11-20")) == Warranty::Contract);
    CHECK(contract.coversService(d("2026-11-20")));
    CHECK(contract.coversPart(QStringLiteral("GASKET"), d("2026-11-20")));
    CHECK(Warranty::statusName(Warranty::In) == QStringLiteral("in"));
    CHECK(Warranty::statusName(Warranty::Out) == QStringLiteral("out"));
    CHECK(Warranty::statusName(Warranty::Unknown) == QStringLiteral("unknown"));
    CHECK(Warranty::statusName(Warranty::Contract) == QStringLiteral("contract"));
}

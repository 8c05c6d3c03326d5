// R7: priority from the fault's words and the kind of job; a reminder call raises it one step.
#include "rules/PriorityRules.h"

#include <catch2/catch.hpp>

TEST_CASE("Safety words make a ticket urgent, an essential appliance down high", "[priority][R7]")
{
    const std::pair<const char *, const char *> cases[] = {
        {"灶台有燃气味", "urgent"},        {"电源线打火", "urgent"}, {"洗衣机跑水", "urgent"},
        {"smoke from the back", "urgent"}, {"冰箱不冷了", "high"},   {"Not Cooling", "high"},
        {"冷藏室灯不亮", "normal"},
    };
    for (const auto &c : cases) {
        INFO(c.first);
        CHECK(PriorityRules::suggest(QStringLiteral("repair"), QStringLiteral("fridge"), QString::fromUtf8(c.first)) ==
              QString::fromUtf8(c.second));
    }
    CHECK(PriorityRules::suggest(QStringLiteral("install"), QStringLiteral("fridge"), QStringLiteral("新机")) ==
          QStringLiteral("scheduled"));
    CHECK(PriorityRules::suggest(QStringLiteral("relocation"), QStringLiteral("fridge"), QStringLiteral("搬家")) ==
          QStringLiteral("scheduled"));
    CHECK(PriorityRules::suggest(QStringLiteral("consultation"), QStringLiteral("fridge"), QStringLiteral("问问")) ==
          QStringLiteral("normal"));
}

TEST_CASE("A reminder raises the priority one step and urgent stays urgent", "[priority][R7]")
{
    CHECK(PriorityRules::raised(QStringLiteral("scheduled")) == QStringLiteral("normal"));
    CHECK(PriorityRules::raised(QStringLiteral("normal")) == QStringLiteral("high"));
    CHECK(PriorityRules::raised(QStringLiteral("high")) == QStringLiteral("urgent"));
    CHECK(PriorityRules::raised(QStringLiteral("urgent")) == QStringLiteral("urgent"));
    CHECK(PriorityRules::isValid(QStringLiteral("scheduled")));
    CHECK_FALSE(PriorityRules::isValid(QStringLiteral("asap")));
}

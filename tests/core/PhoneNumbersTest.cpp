// R1: phone numbers are real Chinese mobiles or landlines, stored in E.164.
#include "rules/PhoneNumbers.h"

#include <catch2/catch.hpp>

TEST_CASE("Mobiles and landlines as clerks type them are stored in E.164", "[phones][R1]")
{
    const std::pair<const char *, const char *> cases[] = {
        {"13812345678", "+8613812345678"},
        {"138 1234 5678", "+8613812345678"},
        {"138-1234-5678", "+8613812345678"},
        {"+86 138 1234 5678", "+8613812345678"},
        {"１３８１２３４５６７８", "+8613812345678"}, // full-width digits from a Chinese IME
        {"010-62345678", "+861062345678"},
        {"(010) 6234 5678", "+861062345678"},
        {"0755-88886666", "+8675588886666"},
        {"010-62345678-123", "+861062345678;ext=123"},
        {"010-62345678转21", "+861062345678;ext=21"},
        {"0755 8888 6666 ext 12", "+8675588886666;ext=12"},
    };
    for (const auto &c : cases) {
        INFO(c.first);
        QString error;
        CHECK(PhoneNumbers::normalize(QString::fromUtf8(c.first), &error) == QString::fromUtf8(c.second));
        CHECK(error.isEmpty());
    }
}

TEST_CASE("Numbers that are not real are refused with the reason", "[phones][R1]")
{
    const std::pair<const char *, const char *> cases[] = {
        {"1381234567", "11 digits"},   // one digit short
        {"138123456789", "11 digits"}, // one too many
        {"62345678", "area code"},     // a landline without its area code
        {"", "empty"},
        {"138-abcd-5678", "only digits"},
        {"010-1234", "landline"},
    };
    for (const auto &c : cases) {
        INFO(c.first);
        QString error;
        CHECK(PhoneNumbers::normalize(QString::fromUtf8(c.first), &error).isEmpty());
        CHECK(error.contains(QString::fromUtf8(c.second)));
    }
}

TEST_CASE("A stored number is shown the way a clerk dials it", "[phones]")
{
    CHECK(PhoneNumbers::display(QStringLiteral("+8613812345678")) == QStringLiteral("138 1234 5678"));
    CHECK(PhoneNumbers::display(QStringLiteral("+861062345678;ext=21")) == QString::fromUtf8("010 6234 5678 转 21"));
}

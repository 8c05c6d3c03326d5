#include "TestDesk.h"

#include "domain/Pinyin.h"
#include "storage/CallerSearch.h"

#include <catch2/catch.hpp>

namespace {
void addCustomer(TestDesk &desk, const QString &id, const QString &name, const QString &phone, const QString &address)
{
    const CommandResult r = desk.apply(QStringLiteral("customer.upsert"), QStringLiteral("2026-11-20T09:00:00+08:00"),
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), name},
                                        {QStringLiteral("phones"), QJsonArray{phone}},
                                        {QStringLiteral("address"), address}},
                                       QStringLiteral("u-clerk"));
    INFO(r.error.message.toStdString());
    REQUIRE(r.ok);
}

QStringList ids(const QList<CallerSearch::Match> &matches)
{
    QStringList out;
    for (const auto &m : matches)
        out << m.customerId;
    out.sort();
    return out;
}

struct Callers
{
    TestDesk desk;
    Callers()
    {
        addCustomer(desk, QStringLiteral("C1"), QStringLiteral("张伟"), QStringLiteral("13812345678"),
                    QStringLiteral("北京市海淀区中关村大街27号"));
        addCustomer(desk, QStringLiteral("C2"), QStringLiteral("张伟民"), QStringLiteral("13900005678"),
                    QStringLiteral("北京市朝阳区望京街8号"));
        addCustomer(desk, QStringLiteral("C3"), QStringLiteral("李秀英"), QStringLiteral("010-62345678"),
                    QStringLiteral("北京市西城区西直门外大街1号"));
        addCustomer(desk, QStringLiteral("C4"), QStringLiteral("王伟"), QStringLiteral("13612340000"),
                    QStringLiteral("北京市海淀区学院路5号"));
        addCustomer(desk, QStringLiteral("C5"), QStringLiteral("赵志伟"), QStringLiteral("15811112222"),
                    QStringLiteral("北京市丰台区丰台北路3号"));
    }
    QStringList find(const QString &text)
    {
        CallerSearch search(desk.store());
        return ids(search.find(text));
    }
};
} // namespace

TEST_CASE("Pinyin of Chinese names: full and initials", "[search][pinyin]")
{
    CHECK(Pinyin::full(QStringLiteral("张伟")) == QStringLiteral("zhangwei"));
    CHECK(Pinyin::initials(QStringLiteral("张伟")) == QStringLiteral("zw"));
    CHECK(Pinyin::syllables(QStringLiteral("李秀英")) ==
          QStringList{QStringLiteral("li"), QStringLiteral("xiu"), QStringLiteral("ying")});
    CHECK(Pinyin::full(QStringLiteral("A座王芳")) == QStringLiteral("azuowangfang"));
}

TEST_CASE("Caller search by phone: full number or its last digits, no false hits", "[search]")
{
    Callers c;
    CHECK(c.find(QStringLiteral("13812345678")) == QStringList{QStringLiteral("C1")});
    CHECK(c.find(QStringLiteral("138 1234 5678")) == QStringList{QStringLiteral("C1")});
    CHECK(c.find(QStringLiteral("5678")) ==
          (QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")}));
    CHECK(c.find(QStringLiteral("45678")) == (QStringList{QStringLiteral("C1"), QStringLiteral("C3")}));
    CHECK(c.find(QStringLiteral("2345678")) == (QStringList{QStringLiteral("C1"), QStringLiteral("C3")}));
    CHECK(c.find(QStringLiteral("62345678")) == QStringList{QStringLiteral("C3")}); // C1 ends …12345678
    CHECK(c.find(QStringLiteral("010-62345678")) == QStringList{QStringLiteral("C3")});
    CHECK(c.find(QStringLiteral("0000")) == QStringList{QStringLiteral("C4")});
    CHECK(c.find(QStringLiteral("9999")).isEmpty());
    CHECK(c.find(QStringLiteral("567")).isEmpty()); // fewer than 4 digits: not yet a search
}

TEST_CASE("Caller search by Chinese name or address fragment, two characters are enough", "[search]")
{
    Callers c;
    CHECK(c.find(QStringLiteral("张伟")) == (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
    CHECK(c.find(QStringLiteral("王伟")) == QStringList{QStringLiteral("C4")});
    CHECK(c.find(QStringLiteral("志伟")) == QStringList{QStringLiteral("C5")});
    CHECK(c.find(QStringLiteral("秀英")) == QStringList{QStringLiteral("C3")});
    CHECK(c.find(QStringLiteral("伟张")).isEmpty()); // characters in the wrong order are not a match
    CHECK(c.find(QStringLiteral("海淀")) == (QStringList{QStringLiteral("C1"), QStringLiteral("C4")}));
    CHECK(c.find(QStringLiteral("中关村")) == QStringList{QStringLiteral("C1")});
    CHECK(c.find(QStringLiteral("望京街8号")) == QStringList{QStringLiteral("C2")});
    CHECK(c.find(QStringLiteral("上海")).isEmpty());
}

TEST_CASE("Caller search by pinyin, full or initials", "[search][pinyin]")
{
    Callers c;
    CHECK(c.find(QStringLiteral("zhangwei")) == (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
    CHECK(c.find(QStringLiteral("zhangweimin")) == QStringList{QStringLiteral("C2")});
    CHECK(c.find(QStringLiteral("zw")) == (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
    CHECK(c.find(QStringLiteral("lxy")) == QStringList{QStringLiteral("C3")});
    CHECK(c.find(QStringLiteral("ZW")) == (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
    CHECK(c.find(QStringLiteral("wangwei")) == QStringList{QStringLiteral("C4")});
    CHECK(c.find(QStringLiteral("zhaozw")).isEmpty());
    CHECK(c.find(QStringLiteral("qq")).isEmpty());
}

TEST_CASE("Caller search follows renames and address corrections", "[search]")
{
    Callers c;
    addCustomer(c.desk, QStringLiteral("C4"), QStringLiteral("王小伟"), QStringLiteral("13612340000"),
                QStringLiteral("北京市昌平区回龙观西大街9号"));
    CHECK(c.find(QStringLiteral("王伟")).isEmpty());
    CHECK(c.find(QStringLiteral("王小伟")) == QStringList{QStringLiteral("C4")});
    CHECK(c.find(QStringLiteral("wxw")) == QStringList{QStringLiteral("C4")});
    CHECK(c.find(QStringLiteral("回龙观")) == QStringList{QStringLiteral("C4")});
    CHECK(c.find(QStringLiteral("学院路")).isEmpty());
}

TEST_CASE("An address fragment a whole street shares finds the newest customers there first, as many as asked",
          "[search]")
{
    TestDesk desk;
    for (int i = 1; i <= 30; ++i)
        addCustomer(desk, QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("住户%1").arg(i),
                    QStringLiteral("138000011%1").arg(i, 2, 10, QLatin1Char('0')),
                    QStringLiteral("济南市历下区经十路%1号").arg(i));
    CallerSearch search(desk.store());
    const QList<CallerSearch::Match> found = search.find(QStringLiteral("经十路"), 20);
    REQUIRE(found.size() == 20);
    // the last customer added comes first, then the one before it
    CHECK(found.at(0).customerId == QStringLiteral("S30"));
    CHECK(found.at(1).customerId == QStringLiteral("S29"));
    CHECK(found.at(19).customerId == QStringLiteral("S11"));
}

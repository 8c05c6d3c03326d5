#include "TestDesk.h"

#include "import/CustomerImport.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

CustomerImport::Table messyFile()
{
    QFile f(TestDesk::dataPath(s("fixtures/customers_gb18030.csv")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString error;
    const CustomerImport::Table t = CustomerImport::parse(f.readAll(), &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return t;
}

const QDateTime kAt = QDateTime::fromString(s("2026-11-20T09:00:00+08:00"), Qt::ISODate);
} // namespace

TEST_CASE("Import: a messy GB18030 file is read, its columns recognised", "[import]")
{
    const CustomerImport::Table t = messyFile();
    CHECK(t.encoding == s("GB18030"));
    CHECK(t.header.first() == s("姓名"));
    CHECK(t.rows.at(0).at(2) == s("北京市海淀区中关村大街27号,3单元")); // a quoted comma stays in its field
    const QHash<int, QString> m = CustomerImport::guessMapping(t.header);
    CHECK(m.value(0) == s("name"));
    CHECK(m.value(1) == s("phone"));
    CHECK(m.value(2) == s("address"));
    CHECK(m.value(3) == s("zone"));
    CHECK(m.value(4) == s("category"));
    CHECK(m.value(5) == s("model"));
    CHECK(m.value(6) == s("serial"));
    CHECK(m.value(7) == s("purchase_date"));
    CHECK(m.value(8) == s("dealer"));
}

TEST_CASE("Import: exactly the good rows, once - bad rows listed by line - nothing before confirming", "[import]")
{
    TestDesk desk;
    REQUIRE(desk.apply(s("zone.upsert"), s("2026-11-20T08:00:00+08:00"), {{s("id"), s("Z1")}, {s("name"), s("海淀区")}},
                       s("admin"))
                .ok);
    const CustomerImport::Table t = messyFile();
    const auto mapping = CustomerImport::guessMapping(t.header);
    const CustomerImport::Plan plan = CustomerImport::plan(desk.processor(), t, mapping);
    QStringList bad;
    for (const auto &i : plan.bad)
        bad << QStringLiteral("%1:%2").arg(i.line).arg(i.reason);
    INFO(bad.join(QLatin1Char('\n')).toStdString());
    REQUIRE(plan.bad.size() == 4);
    CHECK(plan.bad.at(0).line == 4);
    CHECK(plan.bad.at(0).reason.contains(s("phone")));
    CHECK(plan.bad.at(1).line == 5);
    CHECK(plan.bad.at(1).reason.contains(s("洗碗机")));
    CHECK(plan.bad.at(2).line == 7);
    CHECK(plan.bad.at(2).reason.contains(s("2024-13-40")));
    CHECK(plan.bad.at(3).line == 10);
    CHECK(plan.bad.at(3).reason.contains(s("name")));
    CHECK(plan.newCustomers == 2);
    CHECK(plan.newProducts == 3); // the repeated fridge row is one appliance
    // Planning wrote nothing: a cancelled import changes nothing
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(desk.scalar(s("SELECT count(*) FROM outbox")).toInt() == 14); // the centre set-up only

    QString error;
    REQUIRE(CustomerImport::commit(desk.processor(), plan, kAt, s("admin"), &error));
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 2);
    CHECK(desk.scalar(s("SELECT count(*) FROM products")).toInt() == 3);
    CHECK(desk.scalar(s("SELECT purchase_date FROM products WHERE serial = 'SN-0002'")).toString() == s("2025-03-08"));
    CHECK(desk.scalar(s("SELECT address FROM customers c JOIN customer_phones p ON p.customer_id = c.id "
                        "WHERE p.phone = '+8613812345678'"))
              .toString() == s("北京市海淀区中关村大街27号,3单元"));

    // The same file again: every row matches what is there, nothing is added
    const CustomerImport::Plan again = CustomerImport::plan(desk.processor(), t, mapping);
    CHECK(again.newCustomers == 0);
    CHECK(again.knownCustomers == 2);
    CHECK(again.newProducts == 0);
    REQUIRE(CustomerImport::commit(desk.processor(), again, kAt, s("admin"), &error));
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 2);
    CHECK(desk.scalar(s("SELECT count(*) FROM products")).toInt() == 3);
}

TEST_CASE("Import: all or nothing — one refused row leaves the desk as it was", "[import]")
{
    TestDesk desk;
    const CustomerImport::Table t = messyFile();
    CustomerImport::Plan plan = CustomerImport::plan(desk.processor(), t, CustomerImport::guessMapping(t.header));
    REQUIRE(plan.commands.size() > 2);
    // A row the core refuses at the end (a zone that does not exist)
    QJsonObject broken = plan.commands.first().second;
    broken.insert(s("id"), s("C-broken"));
    broken.insert(s("zone"), s("nowhere"));
    plan.commands << qMakePair(s("customer.upsert"), broken);
    QString error;
    CHECK_FALSE(CustomerImport::commit(desk.processor(), plan, kAt, s("admin"), &error));
    CHECK(error.contains(s("nowhere")));
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(desk.scalar(s("SELECT count(*) FROM products")).toInt() == 0);
    // The desk works on
    CHECK(desk.apply(s("customer.upsert"), s("2026-11-20T09:00:00+08:00"),
                     {{s("name"), s("张伟")},
                      {s("phones"), QJsonArray{s("13812345678")}},
                      {s("address"), s("北京市海淀区中关村大街27号")}},
                     s("u-clerk"))
              .ok);
}

TEST_CASE("Import: a UTF-8 file with a BOM and a file that is not text", "[import]")
{
    QString error;
    const CustomerImport::Table t =
        CustomerImport::parse(QByteArray("\xEF\xBB\xBF") + s("name,phone\n张伟,13812345678\n").toUtf8(), &error);
    CHECK(t.encoding == s("UTF-8"));
    CHECK(t.header == QStringList{s("name"), s("phone")});
    CHECK(t.rows.size() == 1);
    const QByteArray binary("\x00\xff\xfe\x81\x30\x81\x30\xc0\x00", 9);
    CustomerImport::parse(binary, &error);
    CHECK_FALSE(error.isEmpty());
}

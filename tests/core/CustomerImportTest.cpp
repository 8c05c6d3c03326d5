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

TEST_CASE("Import: damaged and hostile CSV files never crash the reader, and a plan from them changes nothing",
          "[import][fuzz]")
{
    TestDesk desk;
    QFile f(TestDesk::dataPath(s("fixtures/customers_gb18030.csv")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    const qint64 outboxBefore = desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong();
    quint32 seed = 11;
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray damaged = good;
        for (int i = 0; i < 1 + round % 12; ++i) {
            seed = seed * 1664525u + 1013904223u;
            const char hostile[] = {'"', ',', '\n', '\r', '=', '\0', char(0xff), char(0x81)};
            damaged[int(seed % quint32(damaged.size()))] =
                (seed >> 8) % 2 ? hostile[(seed >> 16) % 8] : char(seed >> 24);
        }
        if (round % 7 == 0)
            damaged.truncate(int(seed % quint32(damaged.size())));
        QString error;
        const CustomerImport::Table t = CustomerImport::load(damaged, QString(), &error);
        if (!error.isEmpty()) {
            ++refused;
            continue;
        }
        CustomerImport::plan(desk.processor(), t, CustomerImport::guessMapping(t.header));
    }
    // A quote never closed, a million commas, a line of 2 MB: read, not hung or crashed
    QString error;
    CustomerImport::load(QByteArray("name,phone\n\"张伟,") + QByteArray(2 * 1024 * 1024, 'x'), QString(), &error);
    CustomerImport::load(QByteArray(1000000, ','), QString(), &error);
    CHECK(desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong() == outboxBefore); // planning writes nothing
    WARN(refused << " of 400 damaged files refused as unreadable; the rest read and planned, nothing written");
}

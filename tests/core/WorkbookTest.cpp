// Excel workbooks as centres receive them, written at test time by another program (openpyxl, and Python's zipfile
// for the shapes openpyxl never writes): tests/fixtures/make_workbooks.py.
#include "TestDesk.h"

#include "import/CustomerImport.h"
#include "import/Workbook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString workbooks()
{
    return TestDesk::workbooks();
}

QByteArray bytesOf(const QString &name)
{
    QFile f(QDir(workbooks()).filePath(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QDateTime kAt = QDateTime::fromString(s("2026-11-20T09:00:00+08:00"), Qt::ISODate);
} // namespace

TEST_CASE("Excel import: the manufacturer's workbook as it comes - the right sheet, the header under its title, "
          "phones stored as numbers, dates four ways",
          "[import][xlsx]")
{
    QString error;
    QStringList sheets;
    const CustomerImport::Table t = CustomerImport::load(bytesOf(s("customers.xlsx")), QString(), &error, &sheets);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK(sheets == QStringList{s("填表说明"), s("客户清单")});
    CHECK(t.sheet == s("客户清单")); // not the instructions in front of it
    CHECK(t.headerLine == 2);        // under the merged title row
    CHECK(t.header.value(2) == s("地址"));
    CHECK(t.header.value(3) == s("地址")); // the merged header cell names both of its columns
    CHECK(t.header.value(8) == s("购买日期"));
    CHECK(t.rows.at(0).value(1) == s("13812345678")); // a number, not 1.3812345678E10
    CHECK(t.rows.at(1).value(1) == s("13912345678")); // written as 13912345678.0
    CHECK(t.rows.at(2).value(1) == s("137 1234 5678"));
    CHECK(t.rows.at(0).value(8) == s("2024-05-01")); // a date cell
    CHECK(t.rows.at(1).value(8) == s("2025-03-08")); // a date-and-time cell in yyyy/m/d
    CHECK(t.rows.at(2).value(8) == s("2024年1月1日"));
    CHECK(t.rows.at(5).value(8) == s("45356")); // a bare serial, no date format

    TestDesk desk;
    const CustomerImport::Plan plan = CustomerImport::plan(desk.processor(), t, CustomerImport::guessMapping(t.header));
    QStringList bad;
    for (const auto &issue : plan.bad)
        bad << CustomerImport::describe(t, issue);
    INFO(bad.join(QLatin1Char('\n')).toStdString());
    REQUIRE(bad.size() == 2);
    CHECK(bad.at(0).startsWith(s("Sheet 客户清单, row 6: "))); // the row number Excel shows
    CHECK(bad.at(0).contains(s("phone")));
    CHECK(bad.at(1).startsWith(s("Sheet 客户清单, row 7: ")));
    CHECK(bad.at(1).contains(s("洗碗机")));
    CHECK(plan.goodRows == 4); // the formatted empty rows at the end are no rows
    REQUIRE(CustomerImport::commit(desk.processor(), plan, kAt, s("admin"), &error));
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 4);
    CHECK(desk.scalar(s("SELECT purchase_date FROM products WHERE serial = 'SN-0001'")).toString() == s("2024-05-01"));
    CHECK(desk.scalar(s("SELECT purchase_date FROM products WHERE serial = 'SN-0002'")).toString() == s("2025-03-08"));
    CHECK(desk.scalar(s("SELECT purchase_date FROM products WHERE serial = 'SN-0003'")).toString() == s("2024-01-01"));
    CHECK(desk.scalar(s("SELECT purchase_date FROM products WHERE serial = 'SN-0006'")).toString() == s("2024-03-05"));
    CHECK(desk.scalar(s("SELECT count(*) FROM customer_phones WHERE phone = '+8613712345678'")).toInt() == 1);
    CHECK(desk.scalar(s("SELECT address FROM customers c JOIN customer_phones p ON p.customer_id = c.id "
                        "WHERE p.phone = '+8613812345678'"))
              .toString() == s("北京市海淀区中关村大街27号"));
    // Again: nothing twice
    const CustomerImport::Plan again =
        CustomerImport::plan(desk.processor(), t, CustomerImport::guessMapping(t.header));
    CHECK(again.newCustomers == 0);
    CHECK(again.newProducts == 0);
}

TEST_CASE("Excel import: shared strings with formatted runs and phonetic guides, the 1904 date system, a sheet "
          "chosen by name",
          "[import][xlsx]")
{
    QString error;
    const CustomerImport::Table t = CustomerImport::load(bytesOf(s("shared_1904.xlsx")), s("导出"), &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK(t.headerLine == 1);
    CHECK(t.rows.at(0).value(0) == s("吴敏")); // the guide (ウービン) is not part of the name
    CHECK(t.rows.at(0).value(1) == s("13712345678"));
    CHECK(t.rows.at(0).value(4) == s("2024-03-05")); // 43894 days after 1904-01-01
    CHECK(t.rows.at(1).value(0) == s("郑洁"));       // a bold 郑 and a plain 洁 are one name
    const QHash<int, QString> mapping = CustomerImport::guessMapping(t.header);
    CHECK(mapping.value(0) == s("name"));
    CHECK(mapping.value(1) == s("phone"));
    CHECK(mapping.value(2) == s("address"));
    CHECK(mapping.value(3) == s("category"));
    CHECK(mapping.value(4) == s("purchase_date"));

    CustomerImport::load(bytesOf(s("shared_1904.xlsx")), s("Sheet1"), &error);
    CHECK(error == s("The workbook has no sheet \"Sheet1\"; its sheets are: 导出."));
}

TEST_CASE("Excel import: damaged and hostile workbooks are refused in plain words, quickly, and change nothing",
          "[import][xlsx]")
{
    TestDesk desk;
    const qint64 outboxBefore = desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong();
    const QList<QPair<QString, QString>> refused = {
        {s("bad_truncated.xlsx"), s("not an .xlsx file")},
        {s("bad_garbage.xlsx"), s("not an .xlsx file")},
        {s("bad_old_xls.xlsx"), s("Excel 97–2003 (.xls)")},
        {s("bad_xml.xlsx"), s("the sheet \"客户清单\" cannot be read: the file is damaged")},
        {s("bad_entities.xlsx"), s("the workbook's texts cannot be read")},
        {s("bad_string_index.xlsx"), s("refers to a text that is not in the workbook")},
        {s("bad_bomb.xlsx"), s("more than 256 MB when unpacked")},
    };
    for (const auto &[file, words] : refused) {
        INFO(file.toStdString());
        QString error;
        const CustomerImport::Table t = CustomerImport::load(bytesOf(file), QString(), &error);
        INFO(error.toStdString());
        CHECK(error.startsWith(s("The workbook cannot be read: ")));
        CHECK(error.contains(words));
        CHECK_FALSE(error.contains(s("xl/"))); // no part names of the container
        CHECK(t.rows.isEmpty());
    }
    // A merged range over the whole sheet: read, filled only where there are rows, nothing to import
    QString error;
    const CustomerImport::Table merged = CustomerImport::load(bytesOf(s("bad_merge.xlsx")), QString(), &error);
    const CustomerImport::Plan plan =
        CustomerImport::plan(desk.processor(), merged, CustomerImport::guessMapping(merged.header));
    CHECK(plan.commands.isEmpty());
    CHECK(desk.scalar(s("SELECT count(*) FROM outbox")).toLongLong() == outboxBefore);

    // Random damage anywhere in a good workbook never crashes the reader
    const QByteArray good = bytesOf(s("customers.xlsx"));
    quint32 seed = 7;
    int readable = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = good;
        for (int i = 0; i < 1 + round % 8; ++i) {
            seed = seed * 1664525u + 1013904223u;
            damaged[int(seed % quint32(damaged.size()))] = char(seed >> 24);
        }
        if (round % 5 == 0)
            damaged.truncate(int(seed % quint32(damaged.size())));
        QString why;
        const CustomerImport::Table t = CustomerImport::load(damaged, QString(), &why);
        readable += why.isEmpty() ? 1 : 0;
        CHECK((why.isEmpty() || !why.trimmed().isEmpty()));
    }
    WARN(readable << " of 300 randomly damaged workbooks still read (the rest refused with a reason)");
}

TEST_CASE("dispatchdesk-cli import customers: the plan as JSON, a dry run imports nothing, a second run adds nothing "
          "and says so by its exit status",
          "[import][xlsx][cli]")
{
    TestDesk desk;
    const QString db = desk.path();
    const QString file = QDir(workbooks()).filePath(s("customers.xlsx"));
    auto run = [&](const QStringList &extra, QJsonObject *out) {
        QProcess cli;
        cli.start(s(DISPATCH_CLI_PATH),
                  QStringList{s("import"), s("customers"), file, s("--db"), db, s("--user"), s("admin")} + extra);
        REQUIRE(cli.waitForFinished(60000));
        const QByteArray text = cli.readAllStandardOutput();
        INFO(text.toStdString() << cli.readAllStandardError().toStdString());
        *out = QJsonDocument::fromJson(text).object();
        REQUIRE_FALSE(out->isEmpty());
        return cli.exitCode();
    };
    QJsonObject plan;
    CHECK(run({s("--dry-run")}, &plan) == 0);
    CHECK(plan.value(s("sheet")).toString() == s("客户清单"));
    CHECK(plan.value(s("new_customers")).toInt() == 4);
    CHECK(plan.value(s("imported")).toBool() == false);
    const QJsonArray bad = plan.value(s("bad_rows")).toArray();
    REQUIRE(bad.size() == 2);
    CHECK(bad.at(0).toObject().value(s("row")).toInt() == 6);
    CHECK(bad.at(0).toObject().value(s("sheet")).toString() == s("客户清单"));
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 0);

    QJsonObject done;
    CHECK(run({}, &done) == 0);
    CHECK(done.value(s("imported")).toBool());
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 4);
    QJsonObject again;
    CHECK(run({}, &again) == 1); // nothing new
    CHECK(again.value(s("known_customers")).toInt() == 4);
    CHECK(desk.scalar(s("SELECT count(*) FROM customers")).toInt() == 4);

    QJsonObject wrongSheet;
    QProcess cli;
    cli.start(s(DISPATCH_CLI_PATH), {s("import"), s("customers"), file, s("--db"), db, s("--sheet"), s("Sheet9")});
    REQUIRE(cli.waitForFinished(60000));
    CHECK(cli.exitCode() == 2);
    CHECK(QString::fromUtf8(cli.readAllStandardError()).contains(s("its sheets are: 填表说明, 客户清单")));
}

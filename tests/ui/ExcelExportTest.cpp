// Tables leave the desk as Excel workbooks (libxlsxwriter) and are read back by another program (openpyxl), cell by
// cell, as a supervisor's spreadsheet would show them.
#include "TestDesk.h"

#include "models/ReportTableModel.h"
#include "reports/TableExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject readBack(const QString &path)
{
    return TestDesk::readWorkbook(path);
}

QJsonObject cell(const QJsonObject &sheet, int row, int column)
{
    return sheet.value(s("rows")).toArray().at(row).toArray().at(column).toObject();
}
} // namespace

TEST_CASE("Excel export: numbers as numbers, money in yuan with ¥, times as dates, a bold frozen header, columns "
          "wide enough for Chinese, and a typed formula stays text (CSV too)",
          "[ui][xlsx][export]")
{
    ReportTableModel model({{s("name"), s("客户姓名"), ReportTableModel::Text},
                            {s("fen"), s("收费"), ReportTableModel::Money},
                            {s("at"), s("报修时间"), ReportTableModel::DateTime},
                            {s("rate"), s("及时率"), ReportTableModel::Rate},
                            {s("minutes"), s("平均响应"), ReportTableModel::Minutes},
                            {s("count"), s("工单数"), ReportTableModel::Count},
                            {s("address"), s("地址"), ReportTableModel::Text}});
    Record hostile;
    hostile.insert(s("name"), s("=HYPERLINK(\"http://example.invalid\",\"点我退款\")"));
    hostile.insert(s("fen"), 12550);
    hostile.insert(s("at"), TestDesk::ms(s("2026-11-20T09:30:00+08:00")));
    hostile.insert(s("rate"), 0.875);
    hostile.insert(s("minutes"), 42.5);
    hostile.insert(s("count"), 3);
    hostile.insert(s("address"), s("北京市海淀区中关村大街27号3单元1201室(物业对面)"));
    Record plain;
    plain.insert(s("name"), s("张伟"));
    plain.insert(s("address"), s("-1楼 仓库")); // a minus at the start is text, not a negative number
    model.setRows({hostile, plain});

    QTemporaryDir dir;
    const QString path = dir.filePath(s("report.xlsx"));
    QString error;
    REQUIRE(TableExport::writeTable(model, s("日报表 11/20"), path, &error));
    const QJsonObject book = readBack(path);
    const QJsonObject sheet = book.value(s("sheets")).toArray().at(0).toObject();
    CHECK(sheet.value(s("name")).toString() == s("日报表 11 20")); // "/" cannot name a sheet
    CHECK(sheet.value(s("freeze")).toString() == s("A2"));
    CHECK(cell(sheet, 0, 0).value(s("value")).toString() == s("客户姓名"));
    CHECK(cell(sheet, 0, 0).value(s("bold")).toBool());
    // The formula a caller typed as a name is text, shown as typed, never run
    CHECK(cell(sheet, 1, 0).value(s("type")).toString() == s("s"));
    CHECK(cell(sheet, 1, 0).value(s("value")).toString().startsWith(s("=HYPERLINK(")));
    CHECK(cell(sheet, 1, 1).value(s("type")).toString() == s("n"));
    CHECK(cell(sheet, 1, 1).value(s("value")).toDouble() == 125.5);
    CHECK(cell(sheet, 1, 1).value(s("format")).toString().contains(s("¥")));
    CHECK(cell(sheet, 1, 2).value(s("value")).toString() == s("2026-11-20T09:30:00")); // the centre's time
    CHECK(cell(sheet, 1, 2).value(s("format")).toString() == s("yyyy-mm-dd hh:mm"));
    CHECK(cell(sheet, 1, 3).value(s("value")).toDouble() == 0.875);
    CHECK(cell(sheet, 1, 3).value(s("format")).toString() == s("0.0%"));
    CHECK(cell(sheet, 1, 4).value(s("value")).toDouble() == 42.5);
    CHECK(cell(sheet, 1, 5).value(s("value")).toInt() == 3);
    CHECK(cell(sheet, 2, 1).value(s("value")).toDouble() == 0.0); // no charge is ¥0.00
    CHECK(cell(sheet, 2, 3).value(s("value")).isNull());          // no rate is an empty cell, not 0 %
    CHECK(cell(sheet, 2, 6).value(s("type")).toString() == s("s"));
    CHECK(cell(sheet, 2, 6).value(s("value")).toString() == s("-1楼 仓库"));
    // The address column fits its 26 Chinese characters
    CHECK(sheet.value(s("widths")).toObject().value(s("G")).toDouble() >= 52);

    // CSV: the same cell gets an apostrophe, so Excel and WPS show it as text
    const QString csv = QString::fromUtf8(TableExport::csv(model).mid(3));
    CHECK(csv.contains(s("'=HYPERLINK(")));
    CHECK(csv.contains(s("'-1楼 仓库")));
    CHECK_FALSE(csv.contains(s(",=HYPERLINK")));
}

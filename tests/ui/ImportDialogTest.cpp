#include "TestDesk.h"

#include "admin/ImportDialog.h"
#include "service/DeskService.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QListWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
// The small centre on a fresh desk, the administrator at it
struct AdminDesk
{
    QTemporaryDir dir;
    DeskService desk;
    AdminDesk()
    {
        REQUIRE(desk.open(dir.filePath(QStringLiteral("desk.sqlite"))));
        desk.setUser(QStringLiteral("admin"));
        TestDesk::applyCentre(desk.processor());
    }
};
} // namespace

TEST_CASE("Import dialog: preview, bad rows, remapped columns, then one import", "[ui][import]")
{
    AdminDesk admin;
    DeskService &desk = admin.desk;
    ImportDialog dialog(desk);
    REQUIRE(dialog.loadFile(TestDesk::dataPath(QStringLiteral("fixtures/customers_gb18030.csv"))));
    CHECK(dialog.badRows()->count() == 4);
    CHECK(dialog.summary().contains(QStringLiteral("GB18030")));
    CHECK(dialog.plan().newCustomers == 2);
    // Ignoring the purchase-date column makes the row with the impossible date good
    dialog.mapColumn(7, QString());
    CHECK(dialog.badRows()->count() == 3);
    CHECK(dialog.plan().newCustomers == 3);
    REQUIRE(desk.store().all(Store::Customers, QStringLiteral("id")).isEmpty());
    REQUIRE(dialog.importNow());
    CHECK(desk.store().all(Store::Customers, QStringLiteral("id")).size() == 3);
    CHECK(desk.store().all(Store::Products, QStringLiteral("id")).size() == 4);
}

TEST_CASE("Import dialog: an Excel workbook - its list sheet chosen, bad rows by sheet and row, another sheet on "
          "request",
          "[ui][import][xlsx]")
{
    AdminDesk admin;
    DeskService &desk = admin.desk;
    ImportDialog dialog(desk);
    REQUIRE(dialog.loadFile(QDir(TestDesk::workbooks()).filePath(QStringLiteral("customers.xlsx"))));
    QComboBox *sheet = dialog.sheetChooser();
    CHECK(sheet->isVisibleTo(&dialog));
    CHECK(sheet->count() == 2);
    CHECK(sheet->currentText() == QString::fromUtf8("客户清单"));
    REQUIRE(dialog.badRows()->count() == 2);
    CHECK(dialog.badRows()->item(0)->text().startsWith(QString::fromUtf8("Sheet 客户清单, row 6: ")));
    CHECK(dialog.summary().contains(QString::fromUtf8("sheet 客户清单")));
    CHECK(dialog.plan().newCustomers == 4);
    // The instructions sheet has no list: nothing to import, and the dialog says which column is missing
    sheet->setCurrentIndex(0);
    emit sheet->activated(0);
    CHECK(sheet->currentText() == QString::fromUtf8("填表说明"));
    CHECK(dialog.plan().commands.isEmpty());
    CHECK(dialog.badRows()->item(0)->text().contains(QStringLiteral("No column is mapped")));
    sheet->setCurrentIndex(1);
    emit sheet->activated(1);
    REQUIRE(dialog.importNow());
    CHECK(desk.store().all(Store::Customers, QStringLiteral("id")).size() == 4);
}

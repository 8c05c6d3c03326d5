#include "TestDesk.h"

#include "admin/ImportDialog.h"
#include "service/DeskService.h"

#include <QJsonDocument>
#include <QListWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

TEST_CASE("Import dialog: preview, bad rows, remapped columns, then one import", "[ui][import]")
{
    QTemporaryDir dir;
    DeskService desk;
    REQUIRE(desk.open(dir.filePath(QStringLiteral("desk.sqlite"))));
    desk.setUser(QStringLiteral("admin"));
    TestDesk::applyCentre(desk.processor());
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

#include "ImeInput.h"
#include "TestDesk.h"

#include "MainWindow.h"
#include "admin/AdminRecordDialog.h"
#include "admin/AdminWorkspace.h"
#include "admin/CategoryModel.h"
#include "admin/FeeScheduleModel.h"
#include "admin/LanguageMenu.h"
#include "admin/PartCatalogueModel.h"
#include "admin/RuleSettingsModel.h"
#include "admin/ServerDialog.h"
#include "admin/TechnicianModel.h"
#include "admin/UserModel.h"
#include "admin/ZoneTravelModel.h"
#include "help/ShortcutHelpDialog.h"
#include "print/FeeCardPrinter.h"
#include "rules/Permissions.h"
#include "service/DeskService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T11:00:00+08:00"), Qt::ISODate);

// The small test centre (tests/replay/setup.jsonl) with an administrator, u-admin 孙丽, working.
struct AdminDesk
{
    QTemporaryDir dir;
    DeskService desk;
    AdminDesk()
    {
        REQUIRE(desk.open(dir.filePath(s("desk.sqlite"))));
        desk.setClock(std::make_unique<FixedClock>(kNow));
        desk.setUser(s("admin"));
        TestDesk::applyCentre(desk.processor());
        REQUIRE(
            desk.submit(s("user.upsert"), {{s("id"), s("u-admin")}, {s("name"), s("孙丽")}, {s("role"), s("admin")}})
                .ok);
        desk.setUser(s("u-admin"));
    }

    qint64 audits() { return scalar(s("SELECT count(*) FROM audit")); }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(desk.database().connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    Record load(Store::Table table, const QString &key) { return desk.store().load(table, key).value_or(Record()); }
};

// Types into the cell the way a user does: the editor opens, the text replaces what was there, Enter commits
void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // editors of earlier edits
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
        if (e->isVisible())
            editor = e;
    REQUIRE(editor);
    editor->selectAll();
    if (text.toLatin1() == text.toUtf8()) {
        QTest::keyClicks(editor, text);
    } else {
        editor->clear();
        imeCommit(editor, text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Whether `text` shows `name`, reading around 门 (pdftotext may give the radical ⻔ for it)
bool showsName(const QString &text, const QString &name)
{
    for (const QString &piece : name.split(QStringLiteral("门"), Qt::SkipEmptyParts))
        if (!text.contains(piece))
            return false;
    return true;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(s("pdftotext"), {s("-layout"), path, s("-")});
    REQUIRE(p.waitForFinished(30000));
    // pdftotext reads a few glyphs shared with the radicals as the radicals (⻔ for 门): compare in NFKC, and
    // around such characters
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}
} // namespace

TEST_CASE("Admin models: consistent under the model tester, also while records change and zones are added",
          "[ui][admin]")
{
    AdminDesk d;
    UserModel users(d.desk);
    TechnicianModel technicians(d.desk);
    ZoneTravelModel zones(d.desk);
    CategoryModel categories(d.desk);
    FeeScheduleModel fees(d.desk);
    PartCatalogueModel parts(d.desk);
    RuleSettingsModel settings(d.desk);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;
    QAbstractItemModelTester t1(&users, mode), t2(&technicians, mode), t3(&zones, mode), t4(&categories, mode),
        t5(&fees, mode), t6(&parts, mode), t7(&settings, mode);

    CHECK(users.rowCount() == 4);
    CHECK(technicians.rowCount() == 2);
    CHECK(zones.rowCount() == 2);
    CHECK(zones.columnCount() == ZoneTravelModel::FixedColumns + 2);
    CHECK(categories.rowCount() == 2);
    CHECK(fees.rowCount() == 2);
    CHECK(parts.rowCount() == 2);
    CHECK(settings.rowCount() == RuleSettings::knownKeys().size());

    // What the rows show
    const int w1 = technicians.rowOfKey(s("W1"));
    CHECK(technicians.index(w1, TechnicianModel::Skills).data().toString().contains(s("冰箱")));
    CHECK(technicians.index(w1, TechnicianModel::Zones).data().toString() == s("海淀区"));
    CHECK(technicians.index(w1, TechnicianModel::Shift).data().toString() == s("08:30–17:30"));
    const int visit = fees.rowOfKey(s("VISIT"));
    CHECK(fees.index(visit, FeeScheduleModel::Amount).data().toString() == s("¥30.00"));
    CHECK(fees.index(visit, FeeScheduleModel::Amount).data(FeeScheduleModel::RawValueRole).toLongLong() == 3000);
    CHECK(zones.index(zones.rowOfZone(s("Z1")), zones.columnOfZone(s("Z2"))).data(ZoneTravelModel::RawValueRole) == 40);
    const int sla = settings.rowOfKey(s("onsite_sla_minutes"));
    CHECK(settings.index(sla, RuleSettingsModel::Value).data().toString() == s("180"));
    CHECK(settings.index(sla, RuleSettingsModel::Unit).data().toString() == s("minutes"));

    // A new zone is a new row and a new column; a travel time entered one way counts both ways
    REQUIRE(
        d.desk
            .submit(s("zone.upsert"),
                    {{s("id"), s("Z0")}, {s("name"), s("西城区")}, {s("travel_minutes"), QJsonObject{{s("Z2"), 25}}}})
            .ok);
    CHECK(zones.rowCount() == 3);
    CHECK(zones.columnCount() == ZoneTravelModel::FixedColumns + 3);
    CHECK(zones.zoneId(0) == s("Z0"));
    CHECK(zones.index(zones.rowOfZone(s("Z2")), zones.columnOfZone(s("Z0"))).data(ZoneTravelModel::RawValueRole) == 25);
    CHECK(zones.index(zones.rowOfZone(s("Z0")), zones.columnOfZone(s("Z1"))).data().toString() == s("—"));
    // Travel times edit in place
    REQUIRE(zones.setData(zones.index(zones.rowOfZone(s("Z0")), zones.columnOfZone(s("Z1"))), 15));
    CHECK(d.desk.store().travelMinutes(s("Z1"), s("Z0")) == 15);

    // Records changed elsewhere refresh their row; new ones are inserted in key order
    REQUIRE(
        d.desk
            .submit(
                s("fee.upsert"),
                {{s("code"), s("AAA")}, {s("name"), s("清洗保养")}, {s("kind"), s("other")}, {s("amount_fen"), 6000}})
            .ok);
    CHECK(fees.rowCount() == 3);
    CHECK(fees.key(0) == s("AAA"));
    REQUIRE(d.desk
                .submit(s("category.upsert"), {{s("id"), s("fridge")},
                                               {s("name"), s("电冰箱")},
                                               {s("warranty_months"), 12},
                                               {s("main_part_warranty_months"), 36},
                                               {s("main_parts"), QJsonArray{s("COMP-01")}}})
                .ok);
    CHECK(categories.index(categories.rowOfKey(s("fridge")), CategoryModel::Name).data().toString() == s("电冰箱"));
    CHECK(technicians.index(w1, TechnicianModel::Skills).data().toString().contains(s("电冰箱")));
    REQUIRE(
        users.setData(users.index(users.rowOfKey(s("u-clerk")), UserModel::Active), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(d.load(Store::Users, s("u-clerk")).value(s("active")).toInt() == 0);
    CHECK(users.index(users.rowOfKey(s("u-clerk")), UserModel::Active).data(Qt::CheckStateRole) == Qt::Unchecked);
}

TEST_CASE("Admin workspace: editing a technician, a fee, a part and a rule setting changes what the core reads",
          "[ui][admin]")
{
    AdminDesk d;
    AdminWorkspace ws(d.desk);
    ws.resize(1200, 800);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    CHECK(ws.findChild<QLabel *>(s("adminBanner"))->text().contains(s("孙丽")));
    const qint64 auditsBefore = d.audits();

    // Technician W2: also covers 海淀区 and works until 18:00, through the technician form
    ws.showPage(AdminWorkspace::Technicians);
    const int w2 = ws.technicians()->rowOfKey(s("W2"));
    QPointer<AdminRecordDialog> form = ws.openForm(AdminWorkspace::Technicians, w2);
    REQUIRE(form);
    form->setValue(s("zones"), QStringList{s("Z1"), s("Z2")});
    form->setValue(s("shift_end"), s("18:00"));
    QTest::mouseClick(form->findChild<QPushButton *>(s("saveButton")), Qt::LeftButton);
    INFO((form ? form->errorText().toStdString() : std::string()));
    CHECK((!form || !form->isVisible()));
    const Record w2Record = d.load(Store::Technicians, s("W2"));
    CHECK(w2Record.value(s("zones")).toString() == s("[\"Z1\",\"Z2\"]"));
    CHECK(w2Record.value(s("shift_end")).toString() == s("18:00"));
    CHECK(w2Record.value(s("skills")).toString() == s("[\"fridge\"]")); // untouched fields kept
    CHECK(ws.technicians()->index(w2, TechnicianModel::Zones).data().toString().contains(s("海淀区")));
    CHECK(ws.message().contains(s("W2")));

    // The visit fee, typed into its cell: ¥30.00 → ¥45.00
    ws.showPage(AdminWorkspace::Fees);
    QTableView *feesView = ws.view(AdminWorkspace::Fees);
    const int visit = ws.fees()->rowOfKey(s("VISIT"));
    typeIntoCell(feesView, ws.fees()->index(visit, FeeScheduleModel::Amount), s("45"));
    CHECK(d.load(Store::Fees, s("VISIT")).value(s("amount_fen")).toLongLong() == 4500);
    CHECK(ws.fees()->index(visit, FeeScheduleModel::Amount).data().toString() == s("¥45.00"));
    // Not an amount: refused in words, nothing changes
    typeIntoCell(feesView, ws.fees()->index(visit, FeeScheduleModel::Amount), s("forty"));
    CHECK(ws.message().contains(s("forty")));
    CHECK(d.load(Store::Fees, s("VISIT")).value(s("amount_fen")).toLongLong() == 4500);

    // A part renamed in Chinese, as the input method commits it
    ws.showPage(AdminWorkspace::Parts);
    const int gasket = ws.parts()->rowOfKey(s("GASKET"));
    typeIntoCell(ws.view(AdminWorkspace::Parts), ws.parts()->index(gasket, PartCatalogueModel::Name), s("门封条"));
    CHECK(d.load(Store::Parts, s("GASKET")).value(s("name")).toString() == s("门封条"));

    // The 3-hour on-site rule becomes 4 hours; the rules read it at once
    ws.showPage(AdminWorkspace::Settings);
    const int sla = ws.settings()->rowOfKey(s("onsite_sla_minutes"));
    typeIntoCell(ws.view(AdminWorkspace::Settings), ws.settings()->index(sla, RuleSettingsModel::Value), s("240"));
    CHECK(d.desk.processor().settings().onsiteSlaMinutes == 240);
    CHECK_FALSE(ws.settings()->index(sla, RuleSettingsModel::Value).data(RuleSettingsModel::IsDefaultRole).toBool());
    // An out-of-range value: the core's words, the old value stays
    typeIntoCell(ws.view(AdminWorkspace::Settings), ws.settings()->index(sla, RuleSettingsModel::Value), s("0"));
    CHECK(ws.message().contains(s("onsite_sla_minutes")));
    CHECK(d.desk.processor().settings().onsiteSlaMinutes == 240);
    // Back to the default
    ws.view(AdminWorkspace::Settings)->setCurrentIndex(ws.settings()->index(sla, RuleSettingsModel::Value));
    QTest::mouseClick(ws.findChild<QPushButton *>(s("resetSetting")), Qt::LeftButton);
    CHECK(d.desk.processor().settings().onsiteSlaMinutes == 180);

    // Every change is in the audit trail, by the admin
    CHECK(d.audits() > auditsBefore);
    CHECK(d.scalar(s("SELECT count(*) FROM audit WHERE entity = 'fee' AND entity_id = 'VISIT' AND by = 'u-admin'")) ==
          1);

    // A new category with its main part, through the form
    QPointer<AdminRecordDialog> category = ws.openForm(AdminWorkspace::Categories, -1);
    imeCommit(qobject_cast<QLineEdit *>(category->field(s("name"))), s("空调"));
    category->setValue(s("id"), s("aircon"));
    category->setValue(s("main_part_warranty_months"), 72);
    category->setValue(s("main_parts"), QStringList{s("COMP-01")});
    REQUIRE(category->submit());
    const Record aircon = d.load(Store::Categories, s("aircon"));
    CHECK(aircon.value(s("name")).toString() == s("空调"));
    CHECK(aircon.value(s("main_part_warranty_months")).toInt() == 72);
    CHECK(ws.categories()->rowOfKey(s("aircon")) >= 0);
    // The core's check on the terms shows in the form, which stays open
    QPointer<AdminRecordDialog> bad = ws.openForm(AdminWorkspace::Categories, ws.categories()->rowOfKey(s("aircon")));
    bad->setValue(s("main_part_warranty_months"), 6);
    CHECK_FALSE(bad->submit());
    CHECK(bad->isVisible());
    CHECK(bad->errorText().contains(s("shorter")));
    bad->reject();
}

TEST_CASE("Admin workspace: a clerk sees the core's refusal and nothing changes", "[ui][admin]")
{
    AdminDesk d;
    d.desk.setUser(s("u-clerk"));
    AdminWorkspace ws(d.desk);
    ws.resize(1200, 800);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    const QString refusal = Permissions::refusal(s("李娜"), s("clerk"), s("fee.upsert"));
    // Said upfront, in the core's words
    CHECK(ws.findChild<QLabel *>(s("adminBanner"))->text().contains(s("李娜")));
    CHECK(ws.findChild<QLabel *>(s("adminBanner"))
              ->text()
              .contains(Permissions::refusal(s("李娜"), s("clerk"), s("setting.set"))));
    // The buttons are there to press, not silently disabled
    CHECK(ws.findChild<QPushButton *>(s("add%1").arg(int(AdminWorkspace::Fees)))->isEnabled());
    const qint64 audits = d.audits();

    ws.showPage(AdminWorkspace::Fees);
    const int visit = ws.fees()->rowOfKey(s("VISIT"));
    typeIntoCell(ws.view(AdminWorkspace::Fees), ws.fees()->index(visit, FeeScheduleModel::Amount), s("99"));
    CHECK(ws.message().contains(refusal));
    CHECK(d.load(Store::Fees, s("VISIT")).value(s("amount_fen")).toLongLong() == 3000);
    CHECK(ws.fees()->index(visit, FeeScheduleModel::Amount).data().toString() == s("¥30.00"));

    QPointer<AdminRecordDialog> form = ws.openForm(AdminWorkspace::Fees, visit);
    form->setValue(s("amount_fen"), 99.0);
    QTest::mouseClick(form->findChild<QPushButton *>(s("saveButton")), Qt::LeftButton);
    REQUIRE(form);
    CHECK(form->isVisible());
    CHECK(form->errorText().contains(refusal));
    form->reject();

    ws.showPage(AdminWorkspace::Settings);
    const int sla = ws.settings()->rowOfKey(s("onsite_sla_minutes"));
    typeIntoCell(ws.view(AdminWorkspace::Settings), ws.settings()->index(sla, RuleSettingsModel::Value), s("600"));
    CHECK(ws.message().contains(Permissions::refusal(s("李娜"), s("clerk"), s("setting.set"))));
    CHECK(d.desk.processor().settings().onsiteSlaMinutes == 180);

    const int w1 = ws.technicians()->rowOfKey(s("W1"));
    ws.technicians()->setData(ws.technicians()->index(w1, TechnicianModel::Active), Qt::Unchecked, Qt::CheckStateRole);
    CHECK(d.load(Store::Technicians, s("W1")).value(s("active")).toInt() == 1);
    CHECK(d.audits() == audits);
}

TEST_CASE("Fee schedule card: a PDF with every fee and part price", "[ui][admin][print]")
{
    AdminDesk d;
    AdminWorkspace ws(d.desk);
    const QString pdf = d.dir.filePath(s("card.pdf"));
    QString error;
    REQUIRE(ws.printFeeCard(pdf, &error));
    CHECK(ws.message().contains(s("card.pdf")));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(s("收费标准卡")));
    for (const Record &f : d.desk.store().all(Store::Fees, s("code"))) {
        CHECK(text.contains(f.value(s("code")).toString()));
        CHECK(showsName(text, f.value(s("name")).toString()));
    }
    for (const Record &p : d.desk.store().all(Store::Parts, s("sku"))) {
        CHECK(text.contains(p.value(s("sku")).toString()));
        CHECK(showsName(text, p.value(s("name")).toString()));
    }
    CHECK(text.contains(s("¥30.00")));  // 上门费
    CHECK(text.contains(s("¥80.00")));  // 维修费(B级)
    CHECK(text.contains(s("¥680.00"))); // 压缩机
    CHECK(text.contains(s("¥15.00")));  // 密封垫
    CHECK(text.contains(s("36")));      // the fridge's main-part months

    // A renamed part with 门 in it: pdftotext may give the radical ⻔, so compare around it
    REQUIRE(d.desk.submit(s("part.upsert"), {{s("sku"), s("GASKET")}, {s("name"), s("门封条")}, {s("price_fen"), 3500}})
                .ok);
    REQUIRE(FeeCardPrinter::feeCard(d.desk, pdf, &error));
    const QString again = pdfText(pdf);
    CHECK(again.contains(s("封条")));
    CHECK(again.contains(s("¥35.00")));
    CHECK_FALSE(again.contains(s("¥15.00")));
}

TEST_CASE("Help window: every intake, board, callback and workspace shortcut listed from the window",
          "[ui][admin][help]")
{
    AdminDesk d;
    MainWindow window(d.desk);
    window.show();
    ShortcutHelpDialog help(&window);
    const QString text = help.text();
    INFO(text.toStdString());
    auto line = [&text](const QString &keys, const QString &what) {
        for (const QString &l : text.split(QLatin1Char('\n')))
            if (l.contains(keys) && l.contains(what))
                return true;
        return false;
    };
    // Intake
    CHECK(line(s("Ctrl+Return"), s("Save call")));
    CHECK(line(s("Ctrl+G"), s("Solved by phone")));
    CHECK(line(s("Ctrl+R"), s("reminder call")));
    CHECK(line(s("Ctrl+L"), s("Clear")));
    CHECK(line(s("Alt+1"), s("fault")));
    // Board: one key per phone-in
    for (const auto &k : QList<QPair<QString, QString>>{{s("C"), s("Contacted")},
                                                        {s("N"), s("No answer")},
                                                        {s("D"), s("Departed")},
                                                        {s("A"), s("Arrived")},
                                                        {s("W"), s("Awaiting parts")},
                                                        {s("B"), s("Pulled back")},
                                                        {s("F"), s("Completed")},
                                                        {s("S"), s("Reschedule")},
                                                        {s("R"), s("Reassign")},
                                                        {s("T"), s("Timeline")},
                                                        {s("P"), s("Receipt")}})
        CHECK(line(s("Dispatch board (F3) · ") + k.first + s(" · "), k.second));
    // Callbacks, workspaces, help itself
    CHECK(line(s("Callbacks (F4) · Y"), s("Yes")));
    CHECK(line(s("Callbacks (F4) · Return"), s("Record")));
    for (const QString &f : {s("F2"), s("F3"), s("F4"), s("F5"), s("F6"), s("F7")})
        CHECK(line(s(" · ") + f + s(" · "), s("")));
    CHECK(line(s("F7"), s("Admin")));
    CHECK(line(s("F1"), s("Keyboard shortcuts")));
    // A key is said once per line: in its column, not again in the tooltip's "(Ctrl+Q)"
    auto *tree = help.findChild<QTreeWidget *>(s("shortcutTree"));
    REQUIRE(tree);
    int withTips = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            const QTreeWidgetItem *item = tree->topLevelItem(i)->child(j);
            const QString tip = item->toolTip(1);
            withTips += tip.isEmpty() ? 0 : 1;
            INFO(item->text(0).toStdString() + " — " + tip.toStdString());
            CHECK_FALSE(tip.contains(s("(") + item->text(0) + s(")")));
        }
    CHECK(withTips > 10);

    // F7 is the admin workspace; F1 opens the list from the window
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F7);
    CHECK(window.currentWorkspace() == MainWindow::Admin);
    QTest::keyClick(&window, Qt::Key_F1);
    const QList<ShortcutHelpDialog *> opened = window.findChildren<ShortcutHelpDialog *>();
    CHECK(std::count_if(opened.cbegin(), opened.cend(), [](ShortcutHelpDialog *h) { return h->isVisible(); }) == 1);
}

TEST_CASE("Language: the choice is kept for the next start", "[ui][admin][language]")
{
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
    LanguageMenu menu;
    CHECK(menu.title().contains(s("next start")));
    menu.choose(s("zh_CN"));
    CHECK(LanguageMenu::storedLanguage() == s("zh_CN"));
    const QList<QAction *> actions = menu.actions();
    CHECK(std::count_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isChecked(); }) == 1);
    menu.choose(s("en"));
    CHECK(LanguageMenu::storedLanguage() == s("en"));
    menu.choose(QString());
    CHECK(LanguageMenu::storedLanguage().isEmpty());
}

TEST_CASE("File - Central server - a bad address is named and not kept, a clerk is refused, an admin's is kept",
          "[ui][admin]")
{
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
    ServerDialog::store({});
    AdminDesk d;
    ServerDialog dialog(d.desk);
    auto *server = dialog.findChildren<QLineEdit *>().at(0);
    auto *ca = dialog.findChildren<QLineEdit *>().at(1);
    QTest::keyClicks(server, s("desk.example:8470"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message().contains(s("not a server address")));
    CHECK(ServerDialog::stored().server.isEmpty());
    // Nothing listens on the port: the test says so
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    server->clear();
    QTest::keyClicks(server, s("http://127.0.0.1:%1").arg(port));
    QSignalSpy tested(&dialog, &ServerDialog::tested);
    dialog.test();
    CHECK(dialog.message().contains(s("Asking"))); // the dialog stays live while the address is asked
    REQUIRE(tested.wait(10000));
    CHECK_FALSE(tested.at(0).at(0).toBool());
    CHECK(dialog.message().contains(s("cannot be reached")));
    QTest::keyClicks(ca, s("/nonexistent/centre.pem"));
    dialog.accept();
    CHECK(dialog.message().contains(s("/nonexistent/centre.pem")));
    CHECK(ServerDialog::stored().server.isEmpty());
    ca->clear();
    // A clerk cannot point the desk elsewhere
    REQUIRE(d.desk.submit(s("user.upsert"), {{s("id"), s("u-clerk2")}, {s("name"), s("周敏")}, {s("role"), s("clerk")}})
                .ok);
    d.desk.setUser(s("u-clerk2"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message().contains(s("周敏")));
    CHECK(ServerDialog::stored().server.isEmpty());
    // The admin's is kept for the next start
    d.desk.setUser(s("u-admin"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ServerDialog::stored().server == s("http://127.0.0.1:%1").arg(port));
}

// Each workspace owns the keyboard: the clerk types the caller's number right after start, F3 and F4 put the keys
// where the dispatcher and the supervisor work, and Enter on a ticket dispatches it.
#include "TestDesk.h"

#include "MainWindow.h"
#include "callbacks/CallbackQueueView.h"
#include "demo/DemoCentre.h"
#include "dispatch/DispatchBoard.h"
#include "domain/Clock.h"
#include "domain/Pinyin.h"
#include "intake/IntakeForm.h"
#include "models/TicketListModel.h"
#include "search/GlobalSearchDialog.h"
#include "service/DeskService.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T11:00:00+08:00"), Qt::ISODate);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Demo
{
    QTemporaryDir dir;
    DeskService desk;
    explicit Demo(const QString &user)
    {
        REQUIRE(desk.open(dir.filePath(s("demo.sqlite"))));
        desk.setClock(std::make_unique<FixedClock>(kNow));
        REQUIRE(DemoCentre::build(desk.processor(), kNow).rejected == 0);
        desk.setUser(user);
    }
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

// The key goes where the keyboard is, as the user's typing would
void press(Qt::Key key)
{
    QTest::keyClick(focused() ? focused() : QApplication::activeWindow(), key);
}
} // namespace

TEST_CASE("Right after start the clerk types the caller's number into 来电人, and F2 F3 F4 move the keyboard",
          "[ui][focus]")
{
    Demo demo(s("u-clerk"));
    MainWindow window(demo.desk);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(QTest::qWaitFor([] { return focused() && focused()->objectName() == s("callerSearch"); }, 2000));
    auto *caller = window.findChild<QLineEdit *>(s("callerSearch"));
    REQUIRE(caller);
    QTest::keyClicks(focused(), s("7555"));
    CHECK(caller->text() == s("7555"));
    // F3: the ticket list, with a ticket selected, so the status keys work at once
    press(Qt::Key_F3);
    CHECK(window.currentWorkspace() == MainWindow::Dispatch);
    CHECK(focused() == window.board()->table());
    CHECK(window.board()->table()->currentIndex().isValid());
    // Arrow keys move in the list; they do not switch workspaces
    press(Qt::Key_Down);
    CHECK(window.currentWorkspace() == MainWindow::Dispatch);
    // F4: the callback queue, the first due callback selected
    press(Qt::Key_F4);
    CHECK(window.currentWorkspace() == MainWindow::Callbacks);
    CHECK(focused() == window.callbacks()->table());
    CHECK(window.callbacks()->table()->currentIndex().isValid());
    // F2: back in 来电人, where the number typed before still is
    press(Qt::Key_F2);
    CHECK(window.currentWorkspace() == MainWindow::Intake);
    CHECK(focused() == caller);
    // and every other workspace gives the keyboard to one of its own controls, never to the tab bar
    for (Qt::Key key : {Qt::Key_F5, Qt::Key_F6, Qt::Key_F7}) {
        press(key);
        REQUIRE(focused());
        CHECK(window.centralWidget()->isAncestorOf(focused()));
        CHECK_FALSE(focused()->inherits("QTabBar"));
    }
}

TEST_CASE("Enter on a ticket in the board list dispatches it to the first suggested technician", "[ui][focus]")
{
    Demo demo(s("u-disp"));
    MainWindow window(demo.desk);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showWorkspace(MainWindow::Dispatch);
    DispatchBoard *board = window.board();
    // A new ticket, chosen in the list
    const CommandResult opened =
        demo.desk.submit(s("ticket.open"), {{s("kind"), s("repair")},
                                            {s("fault"), s("洗衣机不脱水")},
                                            {s("customer"), QJsonObject{{s("name"), s("测试用户")},
                                                                        {s("phones"), QJsonArray{s("13700001111")}},
                                                                        {s("address"), s("北京市海淀区学院路1号")},
                                                                        {s("zone"), s("HD")}}},
                                            {s("product"), QJsonObject{{s("category"), s("washer")}}}});
    REQUIRE(opened.ok);
    board->selectTicket(opened.id);
    board->table()->setFocus();
    REQUIRE(board->suggestions()->count() > 0);
    const QString first = board->suggestions()->item(0)->data(Qt::UserRole).toString();
    REQUIRE_FALSE(first.isEmpty());
    QTest::keyClick(board->table(), Qt::Key_Return);
    const auto ticket = demo.desk.store().load(Store::Tickets, opened.id);
    CHECK(ticket->value(s("state")).toString() == s("dispatched"));
    CHECK(ticket->value(s("technician_id")).toString() == first);
    // A dispatched ticket has its technician: the list says so instead of standing empty, and Enter dispatches
    // nothing more
    REQUIRE(QTest::qWaitFor([board] { return board->suggestions()->count() == 1; }, 2000));
    CHECK_FALSE(board->suggestions()->item(0)->flags() & Qt::ItemIsEnabled);
    CHECK(board->suggestions()->item(0)->text().contains(ticket->value(s("number")).toString()));
    QTest::keyClick(board->table(), Qt::Key_Return);
    CHECK(demo.desk.store().load(Store::Tickets, opened.id)->value(s("technician_id")).toString() == first);
    // The suggestions are reachable from the list by keyboard
    QTest::keyClick(board->table(), Qt::Key_Down, Qt::AltModifier);
    CHECK(focused() == board->suggestions());
}

TEST_CASE("Ctrl+K finds a ticket by its last digits and a customer by pinyin, and opens them", "[ui][focus][search]")
{
    Demo demo(s("u-disp"));
    MainWindow window(demo.desk);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // An open ticket of the demo, found by the last four digits of its number
    TicketListModel *board = window.board()->model();
    REQUIRE(board->rowCount() > 0);
    const QString ticketId = board->index(0, 0).data(TicketListModel::TicketIdRole).toString();
    const QString number = board->index(0, TicketListModel::Number).data().toString();
    press(Qt::Key_F2);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&window] { return window.search() && window.search()->isVisible(); }, 2000));
    GlobalSearchDialog *search = window.search();
    CHECK(QTest::qWaitFor([search] { return focused() == search->text(); }, 2000));
    QTest::keyClicks(search->text(), number.right(4));
    REQUIRE(search->hits()->count() > 0);
    bool listed = false;
    for (int i = 0; i < search->hits()->count(); ++i)
        listed |= search->hits()->item(i)->data(Qt::UserRole).toString() == ticketId;
    CHECK(listed);
    // The full number is first of all and Enter opens it on the board
    search->text()->clear();
    QTest::keyClicks(search->text(), number);
    REQUIRE(search->hits()->count() >= 1);
    CHECK(search->hits()->item(0)->data(Qt::UserRole).toString() == ticketId);
    QTest::keyClick(search->text(), Qt::Key_Return);
    CHECK(window.currentWorkspace() == MainWindow::Dispatch);
    CHECK(window.board()->selectedTicket() == ticketId);
    // A customer by the pinyin initials of their name, opened on intake with their details
    const auto customer = demo.desk.store().load(
        Store::Customers, demo.desk.store().load(Store::Tickets, ticketId)->value(s("customer_id")).toString());
    REQUIRE(customer);
    const QString name = customer->value(s("name")).toString();
    window.activateWindow(); // the dialog closed: the window has the keyboard again
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&window] { return window.search() && window.search()->isVisible(); }, 2000));
    search = window.search();
    REQUIRE(QTest::qWaitForWindowActive(search));
    CHECK(QTest::qWaitFor([search] { return focused() == search->text(); }, 2000));
    QTest::keyClicks(search->text(), Pinyin::full(name)); // typed as pinyin, the way a clerk types without IME
    INFO("pinyin " << Pinyin::full(name).toStdString());
    int row = -1;
    for (int i = 0; i < search->hits()->count(); ++i)
        if (search->hits()->item(i)->data(Qt::UserRole).toString() == customer->value(s("id")).toString())
            row = i;
    REQUIRE(row >= 0);
    // ↓ from the box into the list, down to the customer, Enter
    QTest::keyClick(search->text(), Qt::Key_Down);
    CHECK(focused() == search->hits());
    search->hits()->setCurrentRow(row);
    QTest::keyClick(search->hits(), Qt::Key_Return);
    CHECK(window.currentWorkspace() == MainWindow::Intake);
    CHECK(window.intake()->customerId() == customer->value(s("id")).toString());
    // Bad input finds nothing and says so
    window.activateWindow(); // the dialog closed: the window has the keyboard again
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&window] { return window.search() && window.search()->isVisible(); }, 2000));
    QTest::keyClicks(window.search()->text(), s("%%'"));
    CHECK(window.search()->hits()->count() == 0);
    window.search()->reject();
}

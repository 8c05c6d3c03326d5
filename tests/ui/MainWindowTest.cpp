#include "ImeInput.h"
#include "TestDesk.h"

#include "AppIcon.h"
#include "MainWindow.h"
#include "SyncWait.h"
#include "callbacks/CallbackQueueView.h"
#include "demo/DemoCentre.h"
#include "dispatch/DispatchBoard.h"
#include "intake/IntakeForm.h"
#include "models/AlertListModel.h"
#include "models/CallbackQueueModel.h"
#include "models/TicketListModel.h"
#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T11:00:00+08:00"), Qt::ISODate);

struct DemoDesk
{
    QTemporaryDir dir;
    DeskService desk;
    DemoDesk()
    {
        REQUIRE(desk.open(dir.filePath(QStringLiteral("demo.sqlite"))));
        desk.setClock(std::make_unique<FixedClock>(kNow));
        const DemoCentre::Outcome o = DemoCentre::build(desk.processor(), kNow);
        INFO(o.firstErrors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(o.rejected == 0);
        desk.setUser(QStringLiteral("u-disp"));
    }
};
} // namespace

TEST_CASE("The console process starts offscreen on a demo centre, shows its window and quits cleanly", "[ui][startup]")
{
    QTemporaryDir home;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(DISPATCH_CONSOLE_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--user"), QStringLiteral("u-disp"),
                   QStringLiteral("--quit-after"), QStringLiteral("1500")});
    REQUIRE(console.waitForFinished(60000));
    INFO(console.readAllStandardError().toStdString());
    CHECK(console.exitStatus() == QProcess::NormalExit);
    CHECK(console.exitCode() == 0);
    CHECK(QFile::exists(home.filePath(QStringLiteral("DispatchDesk/dispatchdesk/demo.sqlite"))));
}

TEST_CASE("A desk database that vanished between two starts is not replaced by an empty one", "[ui][startup][security]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("desk.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    auto start = [&](QString *errors) {
        QProcess console;
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(DISPATCH_CONSOLE_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                       QStringLiteral("--quit-after"), QStringLiteral("500")});
        REQUIRE(console.waitForFinished(60000));
        *errors = QString::fromUtf8(console.readAllStandardError());
        return console.exitCode();
    };
    QString errors;
    REQUIRE(start(&errors) == 0); // the first start makes the desk
    REQUIRE(QFile::exists(db));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
    CHECK(start(&errors) == 1);
    CHECK(errors.contains(QStringLiteral("is missing")));
    CHECK(errors.contains(QStringLiteral("Restore it from a backup")));
    CHECK_FALSE(QFile::exists(db)); // no empty desk in its place
}

TEST_CASE("The main window shows the demo centre in its three workspaces", "[ui]")
{
    DemoDesk demo;
    MainWindow window(demo.desk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // F3 and F4 switch workspaces
    QTest::keyClick(&window, Qt::Key_F3);
    CHECK(window.currentWorkspace() == MainWindow::Dispatch);
    QTest::keyClick(&window, Qt::Key_F4);
    CHECK(window.currentWorkspace() == MainWindow::Callbacks);
    QTest::keyClick(&window, Qt::Key_F2);
    CHECK(window.currentWorkspace() == MainWindow::Intake);
    // The board holds every open ticket of the demo and no closed one
    TicketListModel *board = window.board()->model();
    CHECK(board->rowCount() > 50);
    for (int row = 0; row < board->rowCount(); ++row) {
        const QString state = board->index(row, 0).data(TicketListModel::StateRole).toString();
        CHECK(state != QStringLiteral("closed"));
        CHECK(state != QStringLiteral("cancelled"));
    }
    CHECK(window.callbacks()->model()->rowCount() > 0);
    // The alerts are read once the window is up
    CHECK(QTest::qWaitFor([&window] { return window.board()->alertModel()->rowCount() > 0; }, 5000));
    window.close();
}

TEST_CASE("Board model: consistent for views, one row changes when one ticket changes", "[ui][model]")
{
    DemoDesk demo;
    TicketListModel model(demo.desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() > 0);
    // A new ticket in state "new" to dispatch
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(TicketListModel::StateRole).toString() == QStringLiteral("new"))
            row = r;
    REQUIRE(row >= 0);
    const QString ticket = model.index(row, 0).data(TicketListModel::TicketIdRole).toString();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QObject::connect(&demo.desk, &DeskService::commandApplied, &model,
                     [&model](const QString &, const CommandResult &r) { model.refreshTicket(r.id); });
    const CommandResult r =
        demo.desk.submit(QStringLiteral("ticket.dispatch"),
                         {{QStringLiteral("ticket"), ticket}, {QStringLiteral("technician"), QStringLiteral("W06")}});
    REQUIRE(r.ok);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == row);
    CHECK(changed.at(0).at(1).toModelIndex().row() == row);
    CHECK(reset.count() == 0);
    CHECK(model.index(row, TicketListModel::Technician).data().toString() == QStringLiteral("赵永红"));
    CHECK(model.index(row, TicketListModel::TimeLeft).data().toString().contains(QStringLiteral("30 min")));
}

TEST_CASE("A ticket's countdown crossing its deadline turns into an alert", "[ui][board]")
{
    DemoDesk demo;
    auto *clock = new FixedClock(kNow);
    demo.desk.setClock(std::unique_ptr<Clock>(clock));
    DispatchBoard board(demo.desk);
    // Open a call now and dispatch it: contact is due in 30 minutes
    const CommandResult opened = demo.desk.submit(
        QStringLiteral("ticket.open"),
        {{QStringLiteral("kind"), QStringLiteral("repair")},
         {QStringLiteral("fault"), QStringLiteral("洗衣机不脱水")},
         {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("测试用户")},
                                                  {QStringLiteral("phones"), QJsonArray{QStringLiteral("13700001111")}},
                                                  {QStringLiteral("address"), QStringLiteral("北京市海淀区学院路1号")},
                                                  {QStringLiteral("zone"), QStringLiteral("HD")}}},
         {QStringLiteral("product"), QJsonObject{{QStringLiteral("category"), QStringLiteral("washer")}}}});
    REQUIRE(opened.ok);
    board.selectTicket(opened.id);
    REQUIRE(board.suggestions()->count() > 0);
    // Enter on the first suggestion assigns (keyboard only)
    board.suggestions()->setFocus();
    QTest::keyClick(board.suggestions(), Qt::Key_Return);
    REQUIRE(demo.desk.store().load(Store::Tickets, opened.id)->value(QStringLiteral("state")).toString() ==
            QStringLiteral("dispatched"));
    auto alertsFor = [&board](const QString &ticket, const QString &kind) {
        const AlertListModel *alerts = board.alertModel();
        for (int i = 0; i < alerts->rowCount(); ++i)
            if (alerts->alert(i).ticketId == ticket && alerts->alert(i).kind == kind)
                return true;
        return false;
    };
    CHECK_FALSE(alertsFor(opened.id, QStringLiteral("contact_overdue")));
    const int row = board.model()->rowOfTicket(opened.id);
    CHECK(board.model()->index(row, TicketListModel::TimeLeft).data().toString().contains(QStringLiteral("30 min")));
    CHECK_FALSE(board.model()->index(row, 0).data(TicketListModel::OverdueRole).toBool());
    clock->advanceSecs(31 * 60);
    board.tick();
    CHECK(board.model()->index(row, 0).data(TicketListModel::OverdueRole).toBool());
    CHECK(board.model()
              ->index(row, TicketListModel::TimeLeft)
              .data()
              .toString()
              .contains(QStringLiteral("overdue 1 min")));
    CHECK(alertsFor(opened.id, QStringLiteral("contact_overdue")));
}

TEST_CASE("Callback queue model is consistent and overdue callbacks come first", "[ui][model]")
{
    DemoDesk demo;
    CallbackQueueModel model(demo.desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() > 1);
    for (int r = 1; r < model.rowCount(); ++r)
        CHECK(model.index(r - 1, 0).data(CallbackQueueModel::RawValueRole).toLongLong() <=
              model.index(r, 0).data(CallbackQueueModel::RawValueRole).toLongLong());
}

TEST_CASE("Intake: a new caller typed with the keyboard is saved as a ticket", "[ui][intake]")
{
    DemoDesk demo;
    demo.desk.setUser(QStringLiteral("u-clerk"));
    IntakeForm form(demo.desk, QString());
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto *phone = form.findChild<QLineEdit *>(QStringLiteral("phone"));
    auto *name = form.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *address = form.findChild<QLineEdit *>(QStringLiteral("address"));
    auto *fault = form.findChild<QPlainTextEdit *>(QStringLiteral("fault"));
    QTest::keyClicks(phone, QStringLiteral("138 0013 8000"));
    imeCommit(name, QStringLiteral("周杰"));
    imeCommit(address, QStringLiteral("北京市朝阳区望京街8号"));
    imeCommit(fault, QStringLiteral("冰箱不制冷"));
    QTest::keyClick(fault, Qt::Key_Return, Qt::ControlModifier);
    const QString message = form.lastMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("BJ-")));
    CHECK(phone->text().isEmpty()); // cleared for the next call
    // A bad phone blocks saving and says why
    QTest::keyClicks(phone, QStringLiteral("12345"));
    imeCommit(name, QStringLiteral("周杰"));
    imeCommit(address, QStringLiteral("北京市朝阳区望京街8号"));
    imeCommit(fault, QStringLiteral("不制冷"));
    QTest::keyClick(fault, Qt::Key_Return, Qt::ControlModifier);
    CHECK(form.lastMessage().contains(QStringLiteral("12345")));
    CHECK(phone->text() == QStringLiteral("12345")); // nothing typed is lost
}

TEST_CASE("With a server configured but unreachable, the desk works and shows what waits to be sent", "[ui][sync]")
{
    DemoDesk demo;
    MainWindow window(demo.desk);
    SyncClient sync(demo.desk);
    sync.setServer(QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing listens there
    window.setSyncClient(&sync);
    const int waiting = sync.pendingCount();
    REQUIRE(waiting > 0); // the demo's commands are in the outbox
    QString error;
    CHECK_FALSE(SyncWait::round(sync, &error));
    CHECK(error.contains(QStringLiteral("cannot be reached")));
    CHECK(window.syncStatus().contains(QStringLiteral("Offline")));
    CHECK(window.syncStatus().contains(QString::number(waiting)));
    // Work goes on and queues up
    REQUIRE(demo.desk
                .submit(QStringLiteral("ticket.note"), {{QStringLiteral("ticket"), QStringLiteral("T00001")},
                                                        {QStringLiteral("text"), QStringLiteral("客户来电")}})
                .ok);
    CHECK(sync.pendingCount() == waiting + 1);
}

TEST_CASE("The application icon is sharp at every size a desktop asks for", "[ui]")
{
    const QIcon icon = AppIcon::icon();
    for (const int size : {16, 32, 64, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        CHECK(image.width() == size);
        // the blue card is there, not an empty square
        CHECK(QColor(image.pixel(size / 2, size / 4)).blue() > 150);
    }
}

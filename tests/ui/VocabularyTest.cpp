// Every command of the vocabulary can be given from a window (SPEC §6; issue: "a test walks the vocabulary and fails
// on any command that no action sends"), and the seeds' new procedures work from the board and the complaints view.
#include "TestDesk.h"

#include "CommandDialog.h"
#include "MainWindow.h"
#include "complaints/ComplaintsView.h"
#include "dispatch/DispatchBoard.h"
#include "domain/Clock.h"
#include "intake/IntakeForm.h"
#include "models/ReportTableModel.h"
#include "rules/Permissions.h"
#include "rules/ServiceContract.h"
#include "service/DeskService.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDateTime kNine = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00+08:00"), Qt::ISODate);

struct Desk
{
    QTemporaryDir dir;
    DeskService desk;
    FixedClock *clock = new FixedClock(kNine);
    QList<std::function<int(QDialog &)>> answers;
    std::function<int(QDialog &)> runner()
    {
        return [this](QDialog &d) {
            if (answers.isEmpty())
                return int(QDialog::Rejected);
            return answers.takeFirst()(d);
        };
    }
    explicit Desk(const QString &user)
    {
        REQUIRE(desk.open(dir.filePath(s("desk.sqlite"))));
        desk.setClock(std::unique_ptr<Clock>(clock));
        TestDesk::applyCentre(desk.processor());
        desk.setUser(user);
    }
    void answer(std::function<void(CommandDialog &)> fill)
    {
        answers << [fill](QDialog &d) {
            fill(static_cast<CommandDialog &>(d));
            return int(QDialog::Accepted);
        };
    }
    Record ticket(const QString &id) { return *desk.store().load(Store::Tickets, id); }
    void submit(const char *name, const QJsonObject &fields)
    {
        const CommandResult r = desk.submit(s(name), fields);
        INFO(name << ": " << r.error.message.toStdString());
        REQUIRE(r.ok);
    }
    void advance(int minutes) { clock->advanceSecs(qint64(minutes) * 60); }
};

// The caller of most tests here: 张伟 in Z1
QJsonObject zhangWei()
{
    return QJsonObject{{s("id"), s("C1")},
                       {s("name"), s("张伟")},
                       {s("phones"), QJsonArray{s("13812345678")}},
                       {s("address"), s("北京市海淀区中关村大街27号")},
                       {s("zone"), s("Z1")}};
}

void key(DispatchBoard &board, QKeySequence k)
{
    board.table()->setFocus();
    QTest::keySequence(board.table(), k);
}
} // namespace

TEST_CASE("Every command of the vocabulary is given by some button of a window", "[ui][vocabulary]")
{
    Desk d(s("u-admin"));
    MainWindow window(d.desk);
    QHash<QString, QStringList> where; // command → the buttons that give it
    for (const QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
        const QString command = b->property("command").toString();
        if (!command.isEmpty())
            where[command] << b->text();
    }
    QStringList missing;
    for (const QString &command : CommandProcessor::commandNames())
        if (!where.contains(command))
            missing << command;
    INFO("commands no window gives: " << missing.join(s(", ")).toStdString());
    CHECK(missing.isEmpty());
    // and no button claims a command the core does not know
    for (auto it = where.cbegin(); it != where.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(CommandProcessor::commandNames().contains(it.key()));
    }
}

// [000 三.2][000 三.3(1)][002 §4.3.1(2)]: the field procedures from the board, with the keyboard
TEST_CASE("Board: not at home, the apology's answer, parts arrived, payment, verify, second technician, cancel",
          "[ui][board][seeds]")
{
    Desk d(s("u-disp"));
    const QJsonObject customer{{s("id"), s("C1")},
                               {s("name"), s("张伟")},
                               {s("phones"), QJsonArray{s("13812345678")}},
                               {s("address"), s("北京市海淀区中关村大街27号")},
                               {s("zone"), s("Z1")}};
    d.submit("ticket.open", {{s("id"), s("T1")},
                             {s("kind"), s("repair")},
                             {s("fault"), s("冰箱不制冷")},
                             {s("customer"), customer},
                             {s("product"), QJsonObject{{s("id"), s("P1")}, {s("category"), s("fridge")}}}});
    d.submit(
        "ticket.dispatch",
        {{s("ticket"), s("T1")}, {s("technician"), s("W1")}, {s("appointment_start"), s("2026-11-20T10:00:00+08:00")}});
    DispatchBoard board(d.desk);
    board.setDialogRunner(d.runner());
    board.resize(1400, 900);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    board.selectTicket(s("T1"));
    const QString number = d.ticket(s("T1")).value(s("number")).toString();

    // I: the missing purchase date was checked with the customer
    REQUIRE(d.ticket(s("T1")).value(s("flags")).toString().contains(s("needs_verification")));
    d.answer([](CommandDialog &c) { c.setValue(s("note"), s("用户确认型号与购买日期")); });
    key(board, Qt::Key_I);
    CHECK_FALSE(d.ticket(s("T1")).value(s("flags")).toString().contains(s("needs_verification")));

    // X: nobody at home — a wait shorter than the seed's 5 minutes is refused in the dialog, then corrected
    d.advance(70);
    d.answers << [](QDialog &dialog) {
        static_cast<CommandDialog &>(dialog).setValue(s("waited_minutes"), s("3"));
        return int(QDialog::Accepted);
    };
    d.answers << [](QDialog &dialog) {
        auto &c = static_cast<CommandDialog &>(dialog);
        c.setValue(s("waited_minutes"), s("6"));
        c.setValue(s("neighbours_asked"), true);
        return int(QDialog::Accepted);
    };
    key(board, Qt::Key_X);
    CHECK(d.ticket(s("T1")).value(s("state")).toString() == s("dispatched"));
    CHECK(d.ticket(s("T1")).value(s("not_home_count")).toInt() == 1);
    CHECK(board.lastMessage().contains(number));

    // Shift+C: reached, and the address differs from the record: corrected on the customer
    d.answer([](CommandDialog &c) { c.setValue(s("address"), s("北京市海淀区中关村大街29号")); });
    key(board, QKeySequence(Qt::SHIFT | Qt::Key_C));
    CHECK(d.ticket(s("T1")).value(s("state")).toString() == s("contacted"));
    CHECK(d.desk.store().load(Store::Customers, s("C1"))->value(s("address")).toString() ==
          s("北京市海淀区中关村大街29号"));

    // Late by 20 minutes on a new appointment: Y records that the customer did not accept the apology
    d.submit("ticket.reschedule", {{s("ticket"), s("T1")},
                                   {s("appointment_start"), s("2026-11-20T14:00:00+08:00")},
                                   {s("reason"), s("用户下午在家")},
                                   {s("customer_consent"), true}});
    d.submit("ticket.depart", {{s("ticket"), s("T1")}});
    d.clock->setNow(QDateTime::fromString(s("2026-11-20T14:20:00+08:00"), Qt::ISODate));
    board.selectTicket(s("T1"));
    key(board, Qt::Key_A);
    CHECK(board.lastMessage().contains(s("apology")));
    d.answer([](CommandDialog &c) { c.setValue(s("accepted"), s("no")); });
    key(board, Qt::Key_Y);
    CHECK(d.ticket(s("T1")).value(s("apology")).toString() == s("refused"));
    CHECK(TestDesk::scalarOf(d.desk.database(), s("SELECT kind FROM tasks")).toString() == s("apology_refused"));

    // H: a second technician goes too: the helper's day has the visit
    d.answer([](CommandDialog &c) {
        c.setValue(s("reason"), s("需要二人搬运"));
        c.setValue(s("helper"), s("W2"));
    });
    key(board, Qt::Key_H);
    CHECK(d.ticket(s("T1")).value(s("flags")).toString().contains(s("support_requested")));
    CHECK(d.ticket(s("T1")).value(s("helper_technician_id")).toString() == s("W2"));
    // W: parts with a day; V: they came, the revisit is planned
    d.answer([](CommandDialog &c) {
        c.setValue(s("part"), s("COMP-01"));
        c.setValue(s("eta"), s("2026-11-22"));
    });
    key(board, Qt::Key_W);
    CHECK(d.ticket(s("T1")).value(s("state")).toString() == s("awaiting_parts"));
    CHECK_FALSE(d.ticket(s("T1")).value(s("parts_eta")).isNull());
    d.clock->setNow(QDateTime::fromString(s("2026-11-22T09:00:00+08:00"), Qt::ISODate));
    board.selectTicket(s("T1"));
    d.answer([](CommandDialog &c) {
        c.setValue(s("appointment_start"), QDateTime::fromString(s("2026-11-22T15:00:00+08:00"), Qt::ISODate));
    });
    key(board, Qt::Key_V);
    CHECK(d.ticket(s("T1")).value(s("state")).toString() == s("dispatched"));
    CHECK(d.ticket(s("T1")).value(s("technician_id")).toString() == s("W1"));

    // Completed unpaid (the invoice read on site), then M collects the open charge
    d.submit("ticket.arrive", {{s("ticket"), s("T1")}});
    d.submit("ticket.complete", {{s("ticket"), s("T1")},
                                 {s("resolution"), s("更换压缩机")},
                                 {s("parts"), QJsonArray{QJsonObject{{s("sku"), s("COMP-01")}, {s("qty"), 1}}}},
                                 {s("fee_lines"), QJsonArray{s("VISIT")}},
                                 {s("purchase_date"), s("2020-01-01")},
                                 {s("paid"), false},
                                 {s("signed_by"), s("张伟")}});
    board.selectTicket(s("T1"));
    const qint64 open = d.ticket(s("T1")).value(s("charges_fen")).toLongLong();
    REQUIRE(open > 0);
    d.answer([](CommandDialog &) {}); // the open amount is filled in
    key(board, Qt::Key_M);
    CHECK(d.ticket(s("T1")).value(s("paid_fen")).toLongLong() == open);

    // Del cancels a ticket, with a reason
    d.submit("ticket.open",
             {{s("id"), s("T2")},
              {s("kind"), s("repair")},
              {s("fault"), s("洗衣机不脱水")},
              {s("customer"), s("C1")},
              {s("product"), QJsonObject{{s("id"), s("P2")}, {s("category"), s("fridge")}, {s("model"), s("M")}}}});
    board.selectTicket(s("T2"));
    d.answer([](CommandDialog &c) { c.setValue(s("reason"), s("用户自行修好")); });
    key(board, Qt::Key_Delete);
    CHECK(d.ticket(s("T2")).value(s("state")).toString() == s("cancelled"));
}

// R21: the supervisor closes the manager's task with what happened
TEST_CASE("Complaints view: the manager's open tasks, closed with their outcome", "[ui][seeds][R21]")
{
    Desk d(s("u-sup"));
    d.submit("ticket.open", {{s("id"), s("T1")},
                             {s("kind"), s("complaint")},
                             {s("fault"), s("师傅收了用户的烟")},
                             {s("severity"), s("serious")},
                             {s("customer"), QJsonObject{{s("name"), s("张伟")},
                                                         {s("phones"), QJsonArray{s("13812345678")}},
                                                         {s("address"), s("北京市海淀区中关村大街27号")}}},
                             {s("product"), QJsonObject{{s("category"), s("fridge")}}},
                             {s("about_technician"), s("W1")}});
    ComplaintsView view(d.desk);
    view.resize(1280, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.tasks()->rowCount() == 1);
    CHECK(view.tasks()->index(0, 1).data().toString().contains(s("Serious complaint")));
    CHECK_FALSE(view.finishTask(QString())); // the outcome is required
    CHECK(view.tasks()->rowCount() == 1);
    CHECK(view.finishTask(s("经理已约谈技术员并上门致歉")));
    CHECK(view.tasks()->rowCount() == 0);
    CHECK(TestDesk::scalarOf(d.desk.database(), s("SELECT outcome FROM tasks")).toString() ==
          s("经理已约谈技术员并上门致歉"));
}

// R5 [002 §4.7.4]: the contract is entered at intake and shown there
TEST_CASE("Intake: the caller's service contract and a new appliance for their record", "[ui][intake][R5]")
{
    Desk d(s("u-clerk"));
    d.submit("customer.upsert", {{s("id"), s("C1")},
                                 {s("name"), s("某公司")},
                                 {s("phones"), QJsonArray{s("010-62345678")}},
                                 {s("address"), s("北京市海淀区学院路5号")}});
    IntakeForm form(d.desk, QString());
    form.setDialogRunner(d.runner());
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    CHECK_FALSE(form.editContract()); // no customer yet
    form.showCustomer(s("C1"));
    // an end before the start is refused in the dialog; then the corrected contract is saved
    d.answer([](CommandDialog &c) {
        c.setValue(s("number"), s("HT-2026-007"));
        c.setValue(s("from"), s("2026-06-01"));
        c.setValue(s("until"), s("2026-01-01"));
        c.setValue(s("parts"), false);
    });
    d.answer([](CommandDialog &c) { c.setValue(s("until"), s("2026-12-31")); });
    REQUIRE(form.editContract());
    const auto contract =
        ServiceContract::fromStored(d.desk.store().load(Store::Customers, s("C1"))->value(s("contract")).toString());
    REQUIRE(contract);
    CHECK(contract->number == s("HT-2026-007"));
    CHECK(contract->until == QDate(2026, 12, 31));
    CHECK((contract->visit && contract->labour && !contract->parts));
    d.answer([](CommandDialog &c) {
        c.setValue(s("category"), s("purifier"));
        c.setValue(s("model"), s("MRO-1"));
    });
    REQUIRE(form.addAppliance());
    CHECK(TestDesk::scalarOf(d.desk.database(), s("SELECT count(*) FROM products WHERE customer_id = 'C1'")).toInt() ==
          1);
}

// R20 [000 一.2(4)][000 四.2(2)]: a loaner from the pool, checked appliance and IOU; back only when it is back
TEST_CASE("Board: a loaner unit is added to the pool, lent at pull-back and brought back with L", "[ui][board][seeds]")
{
    Desk d(s("u-disp"));
    d.submit("ticket.open", {{s("id"), s("T1")},
                             {s("kind"), s("repair")},
                             {s("fault"), s("冰箱不制冷")},
                             {s("customer"), zhangWei()},
                             {s("product"), QJsonObject{{s("id"), s("P1")},
                                                        {s("category"), s("fridge")},
                                                        {s("model"), s("BCD-470")},
                                                        {s("purchase_date"), s("2026-06-01")}}}});
    d.submit("ticket.dispatch", {{s("ticket"), s("T1")}, {s("technician"), s("W1")}});
    d.submit("ticket.arrive", {{s("ticket"), s("T1")}});
    DispatchBoard board(d.desk);
    board.setDialogRunner(d.runner());
    board.resize(1400, 900);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    d.answer([](CommandDialog &c) {
        c.setValue(s("serial"), s("JY-001"));
        c.setValue(s("category"), s("fridge"));
    });
    REQUIRE(board.addLoanerUnit());
    board.selectTicket(s("T1"));
    // without the appearance check the pull-back is refused in the dialog; then done
    d.answer([](CommandDialog &c) {
        c.setValue(s("loaner_serial"), s("JY-001"));
        c.setValue(s("iou"), s("借条已签"));
    });
    d.answer([](CommandDialog &c) { c.setValue(s("appearance"), s("外观完好")); });
    key(board, Qt::Key_B);
    CHECK(d.ticket(s("T1")).value(s("state")).toString() == s("pulled_back"));
    CHECK(d.desk.store().load(Store::LoanerUnits, s("JY-001"))->value(s("state")).toString() == s("out"));
    d.submit("ticket.arrive", {{s("ticket"), s("T1")}});
    d.submit(
        "ticket.complete",
        {{s("ticket"), s("T1")}, {s("resolution"), s("返厂修好")}, {s("paid"), true}, {s("signed_by"), s("张伟")}});
    CHECK(d.ticket(s("T1")).value(s("flags")).toString().contains(s("loaner_out")));
    board.selectTicket(s("T1"));
    key(board, Qt::Key_L);
    CHECK(d.desk.store().load(Store::LoanerUnits, s("JY-001"))->value(s("state")).toString() == s("in"));
    CHECK_FALSE(d.ticket(s("T1")).value(s("flags")).toString().contains(s("loaner_out")));
    CHECK(board.lastMessage().contains(s("JY-001")));
}

// R22 [004 第一 全程管家]: the due appliances listed on the board, one turned into a maintenance ticket
TEST_CASE("Board: an appliance due for maintenance becomes a maintenance ticket", "[ui][board][seeds]")
{
    Desk d(s("u-disp"));
    d.submit("customer.upsert", {{s("id"), s("C1")},
                                 {s("name"), s("张伟")},
                                 {s("phones"), QJsonArray{s("13812345678")}},
                                 {s("address"), s("北京市海淀区中关村大街27号")},
                                 {s("zone"), s("Z1")}});
    d.submit("product.register", {{s("id"), s("P1")},
                                  {s("customer"), s("C1")},
                                  {s("category"), s("purifier")},
                                  {s("model"), s("MRO-1")},
                                  {s("purchase_date"), s("2026-03-01")}});
    DispatchBoard board(d.desk);
    board.setDialogRunner(d.runner());
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    d.answer([](CommandDialog &c) { c.setValue(s("product"), s("P1")); });
    REQUIRE(board.openMaintenanceTicket());
    CHECK(TestDesk::scalarOf(d.desk.database(), s("SELECT kind || ' ' || state FROM tickets WHERE product_id = 'P1'"))
              .toString() == s("maintenance new"));
    CHECK_FALSE(board.selectedTicket().isEmpty());
    // listed no more while its ticket is open
    CHECK_FALSE(board.openMaintenanceTicket());
    CHECK(board.lastMessage().contains(s("No appliance")));
}

// R6 [002 §4.7.5]: a charge left unpaid at the visit is collected later, after the ticket closed too
TEST_CASE("Board: Open charges lists a closed ticket's unpaid charge and records the payment", "[ui][board][seeds]")
{
    Desk d(s("u-disp"));
    d.submit("ticket.open", {{s("id"), s("T1")},
                             {s("kind"), s("repair")},
                             {s("fault"), s("冰箱不制冷")},
                             {s("customer"), zhangWei()},
                             {s("product"), QJsonObject{{s("id"), s("P1")}, {s("category"), s("fridge")}}}});
    d.submit(
        "ticket.dispatch",
        {{s("ticket"), s("T1")}, {s("technician"), s("W1")}, {s("appointment_start"), s("2026-11-20T10:00:00+08:00")}});
    d.advance(60);
    d.submit("ticket.arrive", {{s("ticket"), s("T1")}});
    d.submit("ticket.complete", {{s("ticket"), s("T1")},
                                 {s("resolution"), s("更换压缩机")},
                                 {s("fee_lines"), QJsonArray{s("VISIT")}},
                                 {s("purchase_date"), s("2020-01-01")},
                                 {s("paid"), false},
                                 {s("signed_by"), s("张伟")}});
    d.advance(120);
    d.submit("callback.record", {{s("ticket"), s("T1")}, {s("reached"), true}, {s("solved"), true}});
    REQUIRE(d.ticket(s("T1")).value(s("state")).toString() == s("closed"));
    const qint64 open = d.ticket(s("T1")).value(s("charges_fen")).toLongLong();
    REQUIRE(open > 0);
    DispatchBoard board(d.desk);
    board.setDialogRunner(d.runner());
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    const QString number = d.ticket(s("T1")).value(s("number")).toString();
    QString listed;
    d.answers << [&](QDialog &dialog) {
        auto &c = static_cast<CommandDialog &>(dialog);
        const auto *combo = c.findChild<QComboBox *>();
        for (int i = 0; combo && i < combo->count(); ++i)
            listed += combo->itemText(i) + s("\n");
        c.setValue(s("ticket"), s("T1"));
        return int(QDialog::Accepted);
    };
    d.answer([](CommandDialog &c) { c.setValue(s("amount"), s("10.00")); }); // part of it first
    REQUIRE(board.collectOpenCharge());
    CHECK(listed.contains(number));
    CHECK(listed.contains(s("张伟")));
    CHECK(d.ticket(s("T1")).value(s("paid_fen")).toLongLong() == 1000);
    CHECK(board.lastMessage().contains(number));
    // the rest: the list still has it, and then no more
    d.answers << [&](QDialog &dialog) {
        static_cast<CommandDialog &>(dialog).setValue(s("ticket"), s("T1"));
        return int(QDialog::Accepted);
    };
    d.answer([](CommandDialog &) {}); // the open amount is filled in
    REQUIRE(board.collectOpenCharge());
    CHECK(d.ticket(s("T1")).value(s("paid_fen")).toLongLong() == open);
    CHECK_FALSE(board.collectOpenCharge());
    CHECK(board.lastMessage().contains(s("No ticket has an open charge")));
}

// [004 "谁接听,谁跟踪,谁反馈"]: a complaint the callback found keeps the customer's words and is followed by who called
TEST_CASE("Complaints view: a complaint found at the callback shows the customer's words and its owner",
          "[ui][seeds][R16]")
{
    Desk d(s("u-sup"));
    d.desk.setUser(s("u-disp"));
    d.submit("ticket.open", {{s("id"), s("T1")},
                             {s("kind"), s("repair")},
                             {s("fault"), s("冰箱不制冷")},
                             {s("customer"), zhangWei()},
                             {s("product"), QJsonObject{{s("id"), s("P1")}, {s("category"), s("fridge")}}}});
    d.submit("ticket.dispatch", {{s("ticket"), s("T1")}, {s("technician"), s("W1")}});
    d.submit("ticket.arrive", {{s("ticket"), s("T1")}});
    d.submit("ticket.complete", {{s("ticket"), s("T1")},
                                 {s("resolution"), s("更换密封垫")},
                                 {s("purchase_date"), s("2020-01-01")},
                                 {s("fee_lines"), QJsonArray{s("VISIT")}},
                                 {s("paid"), true},
                                 {s("signed_by"), s("张伟")}});
    d.desk.setUser(s("u-sup"));
    d.submit("callback.record", {{s("ticket"), s("T1")},
                                 {s("reached"), true},
                                 {s("solved"), true},
                                 {s("satisfaction"), s("基本满意")},
                                 {s("charged_as_receipt"), false},
                                 {s("comment"), s("师傅多收了五十元")}});
    ComplaintsView view(d.desk);
    view.resize(1280, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QString id = TestDesk::scalarOf(d.desk.database(), s("SELECT id FROM complaints")).toString();
    REQUIRE(view.selectComplaint(id));
    const QString tracking = view.findChild<QWidget *>(s("complaintTracking"))->property("plainText").toString();
    INFO(tracking.toStdString());
    CHECK(tracking.contains(s("师傅多收了五十元")));
    CHECK(tracking.contains(s("赵敏"))); // u-sup made the call and follows it up
}

// The board at the size of a storm's backlog: nothing it does per change or per alert grows with the open tickets,
// and the views hear what changed from typed signals, once per batch.
#include "TestDesk.h"

#include "demo/Generator.h"
#include "dispatch/DispatchBoard.h"
#include "domain/Clock.h"
#include "models/AlertListModel.h"
#include "models/CallbackQueueModel.h"
#include "models/TicketListModel.h"
#include "service/DeskService.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A desk whose generated centre keeps its last `open` tickets open, seen at the moment its history ends
struct StormDesk
{
    QTemporaryDir dir;
    DeskService desk;
    StormDesk(qint64 tickets, qint64 open)
    {
        REQUIRE(desk.open(dir.filePath(s("storm.sqlite"))));
        Generator::Options o;
        o.tickets = tickets;
        o.open = open;
        o.seed = 4;
        const Generator::Outcome outcome = Generator::run(desk.processor(), o);
        REQUIRE(outcome.tickets == tickets);
        desk.setClock(std::make_unique<FixedClock>(o.until));
        desk.setUser(s("u-disp1"));
    }
    int openTickets()
    {
        return TestDesk::scalarOf(desk.database(),
                                  s("SELECT count(*) FROM tickets WHERE state NOT IN ('closed','cancelled')"))
            .toInt();
    }
};
} // namespace

TEST_CASE("A board of 20,000 open tickets shows its most urgent screen first and finds rows without scanning",
          "[ui][model][scale]")
{
    StormDesk storm(20000, 20000);
    const int open = storm.openTickets();
    REQUIRE(open >= 20000);
    DispatchBoard board(storm.desk);
    TicketListModel *model = board.model();
    // The first screen is read before the board shows; the rest follows from the event loop
    CHECK(model->rowCount() == TicketListModel::FirstScreen);
    CHECK(model->isLoading());
    QSignalSpy loaded(model, &TicketListModel::loaded);
    CHECK(loaded.wait(60000));
    CHECK(model->rowCount() == open);
    CHECK_FALSE(model->isLoading());
    // Rows in the order of the deadline they race (Deadlines::next, computed apart from the SQL that ordered them)
    qint64 previous = std::numeric_limits<qint64>::min();
    int outOfOrder = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant deadline = model->index(row, 0).data(TicketListModel::DeadlineRole);
        const qint64 key = deadline.isNull() ? std::numeric_limits<qint64>::max() : deadline.toLongLong();
        if (key < previous)
            ++outOfOrder;
        previous = key;
    }
    CHECK(outOfOrder == 0);
    // The alerts of every open ticket, read and then refreshed ticket by ticket, look up no board row at all
    AlertListModel *alerts = board.alertModel();
    CHECK(QTest::qWaitFor([alerts] { return alerts->rowCount() > 0; }, 30000));
    const int alertCount = alerts->rowCount();
    INFO(alertCount << " alerts");
    CHECK(alertCount > 1000);
    const qint64 examined = model->rowsExamined();
    alerts->reload();
    QStringList some;
    for (int row = 0; row < alertCount && some.size() < 200; row += 7)
        some << alerts->alert(row).ticketId;
    alerts->refreshTickets(some);
    CHECK(alerts->rowCount() == alertCount); // nothing changed: the same alerts, back in their places
    CHECK(model->rowsExamined() - examined <= alertCount);
    // A change to one ticket examines one row, whatever the number of open tickets
    const QString ticket =
        model->index(TicketListModel::FirstScreen + 5, 0).data(TicketListModel::TicketIdRole).toString();
    const qint64 before = model->rowsExamined();
    REQUIRE(storm.desk.submit(s("ticket.note"), {{s("ticket"), ticket}, {s("text"), s("用户来电催单")}}).ok);
    CHECK(model->rowsExamined() - before <= 2);
    // and selecting a ticket (an alert, Ctrl+K) is one lookup too
    const qint64 beforeSelect = model->rowsExamined();
    board.selectTicket(ticket);
    CHECK(board.selectedTicket() == ticket);
    CHECK(model->rowsExamined() - beforeSelect == 1);

    // The callback queue of the same backlog: its first screen at once, then every open callback, due first
    const int openCallbacks =
        TestDesk::scalarOf(storm.desk.database(), s("SELECT count(*) FROM callbacks WHERE state = 'open'")).toInt();
    REQUIRE(openCallbacks > CallbackQueueModel::FirstScreen);
    CallbackQueueModel queue(storm.desk);
    CHECK(queue.rowCount() == CallbackQueueModel::FirstScreen);
    QSignalSpy queueLoaded(&queue, &CallbackQueueModel::loaded);
    CHECK(queueLoaded.wait(30000));
    CHECK(queue.rowCount() == openCallbacks);
    qint64 due = std::numeric_limits<qint64>::min();
    int dueOutOfOrder = 0;
    for (int row = 0; row < queue.rowCount(); ++row) {
        const qint64 at = queue.record(row).value(s("due_at")).toLongLong();
        dueOutOfOrder += at < due ? 1 : 0;
        due = at;
    }
    CHECK(dueOutOfOrder == 0);
    // A ticket's callbacks are found through the index: every row still answers for its own callback
    const QString someCallback = queue.record(queue.rowCount() - 1).value(s("id")).toString();
    CHECK(queue.rowOfCallback(someCallback) == queue.rowCount() - 1);
    queue.refreshTicket(queue.record(0).value(s("ticket_id")).toString());
    CHECK(queue.rowCount() == openCallbacks);
}

TEST_CASE("1,000 commands on 10 tickets applied as one batch update exactly those 10 rows, once",
          "[ui][model][changes]")
{
    QTemporaryDir dir;
    DeskService desk;
    REQUIRE(desk.open(dir.filePath(s("desk.sqlite"))));
    desk.setClock(std::make_unique<FixedClock>(QDateTime::fromString(TestDesk::at(s("12:00")), Qt::ISODate)));
    TestDesk::applyCentre(desk.processor());
    QStringList tickets;
    for (int i = 1; i <= 30; ++i) {
        const QString id = s("T%1").arg(i);
        REQUIRE(TestDesk::openRepairOn(desk.processor(), id, TestDesk::at(s("09:00"))).ok);
        tickets << id;
    }
    TicketListModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 30);
    QSet<int> rowsChanged;
    int dataChanged = 0, resets = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&](const QModelIndex &from, const QModelIndex &to) {
        ++dataChanged;
        for (int r = from.row(); r <= to.row(); ++r)
            rowsChanged.insert(r);
    });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&desk, &DeskService::ticketsChanged, &model, [&model](const QStringList &ids) {
        for (const QString &id : ids)
            model.refreshTicket(id);
    });
    QSignalSpy ticketsChanged(&desk, &DeskService::ticketsChanged);
    // As a pull applies another desk's commands: in one batch, each with its origin, then published once
    Changes batch;
    desk.store().beginBatch();
    for (int n = 0; n < 1000; ++n) {
        const Command note(s("ticket.note"), QDateTime::fromString(TestDesk::at(s("10:00")), Qt::ISODate).addSecs(n),
                           s("u-disp"), {{s("ticket"), tickets.at(n % 10)}, {s("text"), s("用户来电催单")}});
        const CommandResult r = desk.processor().apply(note, {s("other-desk"), n + 1});
        REQUIRE(r.ok);
        batch.merge(r.changes);
    }
    desk.store().endBatch();
    desk.publish(batch);
    REQUIRE(ticketsChanged.size() == 1);
    const QStringList heard = ticketsChanged.first().first().toStringList();
    CHECK(QSet<QString>(heard.cbegin(), heard.cend()) == QSet<QString>(tickets.cbegin(), tickets.cbegin() + 10));
    CHECK(dataChanged == 10);
    CHECK(resets == 0);
    QSet<int> expected;
    for (int i = 0; i < 10; ++i)
        expected.insert(model.rowOfTicket(tickets.at(i)));
    CHECK(rowsChanged == expected);
}

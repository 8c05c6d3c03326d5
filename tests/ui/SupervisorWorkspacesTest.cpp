#include "TestDesk.h"

#include "callbacks/CallbackQueueView.h"
#include "callbacks/CallbackScriptForm.h"
#include "complaints/ComplaintsView.h"
#include "demo/DemoCentre.h"
#include "models/CallbackQueueModel.h"
#include "models/CallbackQueueSortFilterModel.h"
#include "models/ComplaintListModel.h"
#include "models/KpiBreakdownModel.h"
#include "models/KpiComparisonModel.h"
#include "models/ReportTableModel.h"
#include "models/TicketListModel.h"
#include "reports/DashboardView.h"
#include "reports/SupervisorText.h"
#include "reports/TicketDrillDialog.h"
#include "service/DeskService.h"
#include "storage/KpiQueries.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <catch2/catch.hpp>
#include <cmath>

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T11:00:00+08:00"), Qt::ISODate);

// A desk on the small test centre (tests/replay/setup.jsonl) with completed tickets waiting for their callbacks.
struct SupervisorDesk
{
    QTemporaryDir dir;
    DeskService desk;
    SupervisorDesk()
    {
        REQUIRE(desk.open(dir.filePath(QStringLiteral("desk.sqlite"))));
        desk.setClock(std::make_unique<FixedClock>(kNow));
        desk.setUser(QStringLiteral("admin"));
        TestDesk::applyCentre(desk.processor());
        desk.setUser(QStringLiteral("u-sup"));
    }

    CommandResult apply(const QString &name, const QString &hhmm, QJsonObject fields)
    {
        static_cast<FixedClock &>(const_cast<Clock &>(desk.clock()))
            .set(QDateTime::fromString(TestDesk::at(hhmm), Qt::ISODate));
        const CommandResult r = desk.submit(name, fields);
        INFO(QStringList({name, r.error.field, r.error.message}).join(QLatin1Char(' ')).toStdString());
        REQUIRE(r.ok);
        return r;
    }

    // A repair completed at 10:00 today by W1: its callback is due tomorrow at 10:00.
    void completed(const QString &id, int n)
    {
        const QString hh = QStringLiteral("%1").arg(8 + n % 2, 2, 10, QLatin1Char('0'));
        apply(QStringLiteral("ticket.open"), hh + QStringLiteral(":00"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("kind"), QStringLiteral("repair")},
               {QStringLiteral("channel"), QStringLiteral("hotline")},
               {QStringLiteral("fault"), QStringLiteral("冷藏室不制冷")},
               {QStringLiteral("customer"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("顾客%1").arg(n)},
                            {QStringLiteral("phones"), QJsonArray{QStringLiteral("1381234%1").arg(5670 + n)}},
                            {QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街%1号").arg(n)},
                            {QStringLiteral("zone"), QStringLiteral("Z1")}}},
               {QStringLiteral("product"),
                QJsonObject{{QStringLiteral("category"), QStringLiteral("fridge")},
                            {QStringLiteral("model"), QStringLiteral("BCD-470")},
                            {QStringLiteral("purchase_date"), QStringLiteral("2024-01-01")}}}});
        const QJsonObject t{{QStringLiteral("ticket"), id}};
        QJsonObject dispatch = t;
        dispatch.insert(QStringLiteral("technician"), QStringLiteral("W1"));
        dispatch.insert(QStringLiteral("override_reason"), QStringLiteral("测试"));
        apply(QStringLiteral("ticket.dispatch"), hh + QStringLiteral(":05"), dispatch);
        QJsonObject contact = t;
        contact.insert(QStringLiteral("reached"), true);
        apply(QStringLiteral("ticket.contact_attempt"), hh + QStringLiteral(":10"), contact);
        apply(QStringLiteral("ticket.depart"), hh + QStringLiteral(":15"), t);
        apply(QStringLiteral("ticket.arrive"), hh + QStringLiteral(":30"), t);
        QJsonObject complete = t;
        complete.insert(QStringLiteral("resolution"), QStringLiteral("更换密封垫"));
        complete.insert(QStringLiteral("parts"),
                        QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("GASKET")}}});
        complete.insert(QStringLiteral("fee_lines"), QJsonArray{QStringLiteral("VISIT")});
        complete.insert(QStringLiteral("paid"), true);
        complete.insert(QStringLiteral("signed_by"), QStringLiteral("本人"));
        apply(QStringLiteral("ticket.complete"), QStringLiteral("10:00"), complete);
        static_cast<FixedClock &>(const_cast<Clock &>(desk.clock())).set(kNow);
    }

    QString state(const QString &ticket)
    {
        return desk.store().load(Store::Tickets, ticket)->value(QStringLiteral("state")).toString();
    }
};

void keys(QWidget *w, const QString &sequence)
{
    for (const QChar c : sequence) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(w, Qt::Key_Return);
        else
            QTest::keyClick(w, Qt::Key(c.toUpper().unicode()));
    }
}
} // namespace

TEST_CASE("Callback queue: each outcome recorded from the keyboard has its effect", "[ui][callbacks]")
{
    SupervisorDesk s;
    for (int i = 1; i <= 4; ++i)
        s.completed(QStringLiteral("T%1").arg(i), i);
    // Tomorrow's callbacks are not "due today": the round shows them when asked
    CallbackQueueView view(s.desk);
    TicketListModel board(s.desk);
    QObject::connect(&s.desk, &DeskService::commandApplied, &board, [&board](const QString &, const CommandResult &r) {
        board.refreshTicket(r.info.value(QStringLiteral("ticket")).toString());
    });
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.model()->rowCount() == 4);
    CHECK(view.proxy()->rowCount() == 0);
    view.findChild<QCheckBox *>()->setChecked(true);
    REQUIRE(view.proxy()->rowCount() == 4);
    CHECK(board.rowOfTicket(QStringLiteral("T1")) >= 0); // completed tickets are still on the board

    QTableView *table = view.table();
    auto record = [&](const QString &ticket, const QString &keystrokes) {
        const QString callback = *s.desk.store().openCallbackForTicket(ticket);
        REQUIRE(view.selectCallback(callback));
        table->setFocus();
        keys(table, keystrokes);
        INFO(view.lastMessage().toStdString());
        return callback;
    };
    // Not reached: the next try is shown and the callback stays in the queue with one try
    const QString cb1 = record(QStringLiteral("T1"), QStringLiteral("U"));
    CHECK(view.lastMessage().contains(QStringLiteral("next try")));
    const int row1 = view.model()->rowOfCallback(cb1);
    REQUIRE(row1 >= 0);
    CHECK(view.model()->index(row1, CallbackQueueModel::Attempts).data().toInt() == 1);
    CHECK(view.detailText().contains(QStringLiteral("Earlier tries: 1")) == false); // the round moved on

    // Solved, on time, behaviour fine, charged right, satisfied: Y Y Y Y 1 Enter closes the ticket
    record(QStringLiteral("T2"), QStringLiteral("YYYY1\n"));
    CHECK(view.lastMessage().contains(QStringLiteral("closed")));
    CHECK(s.state(QStringLiteral("T2")) == QStringLiteral("closed"));
    CHECK(board.rowOfTicket(QStringLiteral("T2")) < 0);

    // Not solved: the ticket reopens and is back on the board, dispatched
    record(QStringLiteral("T3"), QStringLiteral("NYYY2\n"));
    CHECK(view.lastMessage().contains(QStringLiteral("reopened")));
    CHECK(s.state(QStringLiteral("T3")) == QStringLiteral("dispatched"));
    const int boardRow = board.rowOfTicket(QStringLiteral("T3"));
    REQUIRE(boardRow >= 0);
    CHECK(board.index(boardRow, 0).data(TicketListModel::StateRole).toString() == QStringLiteral("dispatched"));
    CHECK(board.index(boardRow, 0).data(TicketListModel::FlagsRole).toString().contains(QStringLiteral("reopened")));

    // Charged differently and a behaviour breach: a complaint in the register
    ComplaintsView complaints(s.desk);
    QAbstractItemModelTester complaintTester(complaints.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(complaints.model()->rowCount() == 0);
    record(QStringLiteral("T4"), QStringLiteral("YYNN3\n"));
    CHECK(view.lastMessage().contains(QStringLiteral("complaint")));
    REQUIRE(complaints.model()->rowCount() == 1);
    CHECK(complaints.model()->index(0, ComplaintListModel::Severity).data().toString() ==
          SupervisorText::severity(QStringLiteral("serious")));
    CHECK(complaints.model()->index(0, ComplaintListModel::Ticket).data().toString() ==
          s.desk.store().load(Store::Tickets, QStringLiteral("T4"))->value(QStringLiteral("number")).toString());
    // 不满意 also reopens it
    CHECK(s.state(QStringLiteral("T4")) == QStringLiteral("dispatched"));

    // An incomplete script is not sent: core is not asked, the supervisor is told what is missing
    const QString cb1again = *s.desk.store().openCallbackForTicket(QStringLiteral("T1"));
    REQUIRE(view.selectCallback(cb1again));
    keys(table, QStringLiteral("Y\n"));
    CHECK(view.lastMessage().contains(QStringLiteral("Answer every question")));
    CHECK(s.desk.store().load(Store::Callbacks, cb1again)->value(QStringLiteral("state")).toString() ==
          QStringLiteral("open"));
    // Only the rows of the tickets recorded changed: T1 is still there, the rest are gone
    CHECK(view.model()->rowCount() == 1);
}

TEST_CASE("Callback queue: phone-guided callbacks ask only whether it is solved and how satisfied", "[ui][callbacks]")
{
    SupervisorDesk s;
    s.apply(
        QStringLiteral("ticket.open"), QStringLiteral("10:00"),
        {{QStringLiteral("id"), QStringLiteral("G1")},
         {QStringLiteral("kind"), QStringLiteral("repair")},
         {QStringLiteral("channel"), QStringLiteral("hotline")},
         {QStringLiteral("fault"), QStringLiteral("净水器指示灯闪烁")},
         {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("刘洋")},
                                                  {QStringLiteral("phones"), QJsonArray{QStringLiteral("13900001111")}},
                                                  {QStringLiteral("address"), QStringLiteral("北京市海淀区学院路5号")},
                                                  {QStringLiteral("zone"), QStringLiteral("Z1")}}},
         {QStringLiteral("product"), QJsonObject{{QStringLiteral("category"), QStringLiteral("purifier")}}}});
    s.apply(QStringLiteral("ticket.guide_by_phone"), QStringLiteral("10:05"),
            {{QStringLiteral("ticket"), QStringLiteral("G1")}, {QStringLiteral("note"), QStringLiteral("复位")}});
    CallbackQueueView view(s.desk);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // Due 12:05 today: in the round without asking; marked as after phone guidance
    REQUIRE(view.proxy()->rowCount() == 1);
    CHECK(view.proxy()->index(0, CallbackQueueModel::Kind).data().toString() == QStringLiteral("Phone guidance · 2 h"));
    // The script asks two questions after phone guidance, numbered 1 and 2 (not 1 and 5)
    QStringList asked;
    for (QLabel *l : view.findChildren<QLabel *>())
        if (l->isVisible() && QRegularExpression(QStringLiteral("^\\d\\. ")).match(l->text()).hasMatch())
            asked << l->text().left(2);
    asked.sort();
    CHECK(asked == QStringList{QStringLiteral("1."), QStringLiteral("2.")});
    view.table()->setFocus();
    keys(view.table(), QStringLiteral("Y1\n"));
    INFO(view.lastMessage().toStdString());
    CHECK(s.state(QStringLiteral("G1")) == QStringLiteral("closed"));
    CHECK(view.proxy()->rowCount() == 0);
}

TEST_CASE("Not reached (U) moves the selection to the next callback of the round, not elsewhere",
          "[ui][callbacks][focus]")
{
    SupervisorDesk s;
    for (int i = 1; i <= 4; ++i)
        s.completed(QStringLiteral("T%1").arg(i), i);
    CallbackQueueView view(s.desk);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.findChild<QCheckBox *>()->setChecked(true); // later callbacks too: a round of four
    REQUIRE(view.proxy()->rowCount() == 4);
    for (int row = 0; row < 2; ++row) {
        view.table()->selectRow(row);
        const QString next = view.proxy()->index(row + 1, 0).data(CallbackQueueModel::CallbackIdRole).toString();
        view.table()->setFocus();
        keys(view.table(), QStringLiteral("U"));
        INFO(view.lastMessage().toStdString());
        CHECK(view.table()->currentIndex().data(CallbackQueueModel::CallbackIdRole).toString() == next);
    }
}

TEST_CASE("Complaints: register, track and resolve - overdue ones stand out", "[ui][complaints]")
{
    SupervisorDesk s;
    s.completed(QStringLiteral("T1"), 1);
    ComplaintsView view(s.desk);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester stepTester(view.steps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString number =
        s.desk.store().load(Store::Tickets, QStringLiteral("T1"))->value(QStringLiteral("number")).toString();
    CHECK_FALSE(view.registerComplaint(QString(), QStringLiteral("normal"), QStringLiteral("态度差"), QString()));
    CHECK_FALSE(view.lastMessage().isEmpty()); // core's words: which ticket or technician
    REQUIRE(view.registerComplaint(number, QStringLiteral("serious"), QStringLiteral("师傅态度差"),
                                   QStringLiteral("u-sup")));
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, ComplaintListModel::Owner).data().toString() == QStringLiteral("赵敏"));
    CHECK(view.steps()->rowCount() == 1);
    REQUIRE(view.addStep(QStringLiteral("已电话致歉")));
    CHECK(view.steps()->rowCount() == 2);
    CHECK(view.model()->index(0, ComplaintListModel::State).data().toString() ==
          SupervisorText::complaintState(QStringLiteral("in_progress")));
    // Two days later it is past its 48-hour deadline and still open
    CHECK_FALSE(view.model()->index(0, 0).data(ComplaintListModel::OverdueRole).toBool());
    static_cast<FixedClock &>(const_cast<Clock &>(s.desk.clock())).set(kNow.addDays(3));
    view.tick();
    CHECK(view.model()->index(0, 0).data(ComplaintListModel::OverdueRole).toBool());
    CHECK(view.model()->overdueCount() == 1);
    REQUIRE(view.resolve(QStringLiteral("退还上门费"), true));
    CHECK(view.model()->index(0, ComplaintListModel::State).data().toString() ==
          SupervisorText::complaintState(QStringLiteral("closed")));
    CHECK_FALSE(view.model()->index(0, 0).data(ComplaintListModel::OverdueRole).toBool());
    CHECK_FALSE(view.addStep(QStringLiteral("再次回访"))); // closed: core refuses
}

TEST_CASE("Dashboard shows the core's figures, drills down to the tickets, exports CSV with a BOM", "[ui][reports]")
{
    QTemporaryDir dir;
    DeskService desk;
    REQUIRE(desk.open(dir.filePath(QStringLiteral("demo.sqlite"))));
    desk.setClock(std::make_unique<FixedClock>(kNow));
    REQUIRE(DemoCentre::build(desk.processor(), kNow).rejected == 0);
    desk.setUser(QStringLiteral("u-sup"));
    DashboardView view(desk);
    QAbstractItemModelTester t1(view.comparison(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(view.breakdown(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(view.faults(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(view.claims(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(view.dailyReport(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t6(view.callbackList(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setPeriod(kNow.date().addDays(-6), kNow.date());
    KpiQueries kpis(desk.store());
    const QJsonObject core = kpis.totals(view.period());
    const QJsonObject before = kpis.totals(view.previousPeriod());
    REQUIRE(core.value(QLatin1String("tickets")).toInt() > 0);
    // Every KPI on screen is the core's figure, as text and as raw value
    for (const QString &kpi : KpiQueries::names()) {
        INFO(kpi.toStdString());
        const int row = view.comparison()->rowOf(kpi);
        CHECK(view.comparison()->index(row, KpiComparisonModel::Current).data().toString() ==
              SupervisorText::kpiValue(kpi, core.value(kpi)));
        CHECK(view.comparison()->index(row, KpiComparisonModel::Current).data(KpiComparisonModel::RawValueRole) ==
              core.value(kpi).toVariant());
        CHECK(view.comparison()->index(row, KpiComparisonModel::Previous).data().toString() ==
              SupervisorText::kpiValue(kpi, before.value(kpi)));
    }
    // Per technician: the same as the core's groups
    view.setDimension(KpiQueries::Technician);
    const QList<KpiQueries::Group> groups = kpis.groups(KpiQueries::Technician, view.period());
    REQUIRE(view.breakdown()->rowCount() == groups.size());
    int total = 0;
    for (int r = 0; r < view.breakdown()->rowCount(); ++r)
        total += view.breakdown()->index(r, KpiBreakdownModel::FirstKpi).data(KpiBreakdownModel::RawValueRole).toInt();
    CHECK(total == core.value(QLatin1String("tickets")).toInt());
    // Drill down: the tickets behind "tickets opened", one CSV row per ticket, Chinese intact behind a BOM
    TicketDrillDialog *drill = view.drillDown(QStringLiteral("tickets"), KpiQueries::Total, QString(), false);
    QAbstractItemModelTester t7(drill->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(drill->model()->rowCount() == core.value(QLatin1String("tickets")).toInt());
    const QString csvPath = dir.filePath(QStringLiteral("tickets.csv"));
    REQUIRE(drill->exportCsv(csvPath));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1 + core.value(QLatin1String("tickets")).toInt());
    QSet<QString> numbers;
    for (const QString &line : lines.mid(1))
        numbers.insert(line.section(QLatin1Char(','), 0, 0));
    CHECK(numbers.size() == lines.size() - 1);
    CHECK(lines.at(1).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    // A count has nothing to meet and no value column of its own
    const auto *drillTable = drill->findChild<QTableView *>(QStringLiteral("drillTable"));
    REQUIRE(drillTable);
    CHECK(drillTable->isColumnHidden(8));
    CHECK(drillTable->isColumnHidden(9));
    delete drill;
    // Counts are charted on whole-number ticks
    for (QChartView *chartView : view.findChildren<QChartView *>()) {
        for (QAbstractAxis *axis : chartView->chart()->axes(Qt::Vertical)) {
            auto *values = qobject_cast<QValueAxis *>(axis);
            if (!values || values->max() == 100.0) // rates run to 100 %
                continue;
            if (values->tickType() != QValueAxis::TicksDynamic)
                continue; // money and minutes keep their own scale
            CHECK(values->tickInterval() == std::floor(values->tickInterval()));
            CHECK(values->labelFormat() == QStringLiteral("%d"));
        }
    }
    // Faults and claims come from the core too
    CHECK(view.faults()->rowCount() == kpis.faultsByModel(view.period()).size());
    CHECK(view.claims()->rowCount() == kpis.outletClaims(view.period()).size());
    // The day's technician report and callback list print as PDF with the Chinese text in it
    view.setReportDay(kNow.date().addDays(-1));
    REQUIRE(view.dailyReport()->rowCount() > 0);
    const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
    QString error;
    REQUIRE(view.printDailyReport(pdf, &error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (text.waitForFinished(20000) && text.exitCode() == 0) {
        // pdftotext reads a few shared glyphs as Kangxi radicals (⼈ for 人): compare in NFKC
        const QString out = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        INFO(out.left(600).toStdString());
        CHECK(out.contains(QStringLiteral("技术人员日报表")));
        CHECK(out.contains(view.dailyReport()->index(0, 0).data().toString()));
    }
    REQUIRE(view.printCallbackList(dir.filePath(QStringLiteral("callbacks.pdf")), &error));
}

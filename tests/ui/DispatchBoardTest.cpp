#include "TestDesk.h"

#include "CommandDialog.h"
#include "dispatch/CompletionDialog.h"
#include "dispatch/DispatchBoard.h"
#include "dispatch/ScheduleView.h"
#include "dispatch/TimelineDialog.h"
#include "models/TechnicianScheduleModel.h"
#include "models/TicketListModel.h"
#include "print/FormPrinter.h"
#include "rules/Labels.h"
#include "service/DeskService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The small centre of tests/replay/setup.jsonl, the desk clock at 09:00 on 2026-11-20 (+08:00)
struct BoardDesk
{
    QTemporaryDir dir;
    DeskService desk;
    FixedClock *clock = new FixedClock(QDateTime::fromString(s("2026-11-20T09:00:00+08:00"), Qt::ISODate));
    std::unique_ptr<DispatchBoard> board;
    QList<std::function<int(QDialog &)>> dialogAnswers;

    BoardDesk()
    {
        REQUIRE(desk.open(dir.filePath(s("desk.sqlite"))));
        desk.setClock(std::unique_ptr<Clock>(clock));
        desk.setUser(s("u-disp"));
        TestDesk::applyCentre(desk.processor());
        open(s("T1"), s("C1"), s("张伟"), s("13812345678"), s("北京市海淀区中关村大街27号"), s("Z1"), s("2023-05-01"));
        open(s("T2"), s("C2"), s("王芳"), s("13698765432"), s("北京市海淀区学院路5号"), s("Z1"), s("2026-06-01"));
        board = std::make_unique<DispatchBoard>(desk);
        // Dialogs answer in turn from dialogAnswers; with none left, they are cancelled
        board->setDialogRunner([this](QDialog &d) {
            if (dialogAnswers.isEmpty())
                return int(QDialog::Rejected);
            return dialogAnswers.takeFirst()(d);
        });
        board->resize(1400, 900);
        board->show();
        REQUIRE(QTest::qWaitForWindowExposed(board.get()));
    }
    void open(const QString &id, const QString &customer, const QString &name, const QString &phone,
              const QString &address, const QString &zone, const QString &purchase)
    {
        const CommandResult r =
            desk.submit(s("ticket.open"),
                        {{s("id"), id},
                         {s("kind"), s("repair")},
                         {s("fault"), s("冰箱不制冷")},
                         {s("customer"), QJsonObject{{s("id"), customer},
                                                     {s("name"), name},
                                                     {s("phones"), QJsonArray{phone}},
                                                     {s("address"), address},
                                                     {s("zone"), zone}}},
                         {s("product"), QJsonObject{{s("id"), QString(id).replace(QLatin1Char('T'), QLatin1Char('P'))},
                                                    {s("category"), s("fridge")},
                                                    {s("model"), s("BCD-470")},
                                                    {s("purchase_date"), purchase}}}});
        INFO(r.error.message.toStdString());
        REQUIRE(r.ok);
    }
    QString state(const QString &id) { return desk.store().load(Store::Tickets, id)->value(s("state")).toString(); }
    Record ticket(const QString &id) { return *desk.store().load(Store::Tickets, id); }
    void key(Qt::Key k)
    {
        board->table()->setFocus();
        QTest::keyClick(board->table(), k);
    }
    void advance(int minutes) { clock->advanceSecs(qint64(minutes) * 60); }
};
} // namespace

TEST_CASE("Board: assign from the ranked suggestions with the keyboard", "[ui][board]")
{
    BoardDesk d;
    d.board->selectTicket(s("T2"));
    REQUIRE(d.board->suggestions()->count() == 2);
    CHECK(d.board->suggestions()->item(0)->text().contains(s("王师傅"))); // W1: skill + zone Z1
    d.board->suggestions()->setFocus();
    QTest::keyClick(d.board->suggestions(), Qt::Key_Return);
    CHECK(d.state(s("T2")) == s("dispatched"));
    CHECK(d.ticket(s("T2")).value(s("technician_id")).toString() == s("W1"));
    CHECK(d.board->lastMessage().contains(s("王师傅")));
}

TEST_CASE("Board: every phone-in status is one key on the selected ticket", "[ui][board]")
{
    BoardDesk d;
    REQUIRE(d.desk
                .submit(s("ticket.dispatch"), {{s("ticket"), s("T1")},
                                               {s("technician"), s("W1")},
                                               {s("appointment_start"), s("2026-11-20T10:00:00+08:00")}})
                .ok);
    d.board->selectTicket(s("T1"));
    // No answer: the next try is shown
    d.advance(5);
    d.key(Qt::Key_N);
    CHECK(d.board->lastMessage().contains(s("11-20 09:15")));
    // Too early for another try: the core's words are shown
    d.key(Qt::Key_N);
    CHECK(d.board->lastMessage().contains(s("09:15")));
    CHECK(d.ticket(s("T1")).value(s("failed_contacts")).toInt() == 1);
    d.advance(10);
    d.key(Qt::Key_C);
    CHECK(d.state(s("T1")) == s("contacted"));
    // Every message after a key names its ticket
    const QString number = d.ticket(s("T1")).value(s("number")).toString();
    REQUIRE_FALSE(number.isEmpty());
    CHECK(d.board->lastMessage().contains(number));
    d.advance(20);
    d.key(Qt::Key_D);
    CHECK(d.state(s("T1")) == s("en_route"));
    CHECK(d.board->lastMessage().contains(number));
    // 20 minutes late for the 10:00 appointment (R12)
    d.advance(45);
    d.key(Qt::Key_A);
    CHECK(d.state(s("T1")) == s("on_site"));
    CHECK(d.board->lastMessage().contains(number));
    CHECK(d.board->lastMessage().contains(s("20 minutes late")));
    CHECK(d.board->lastMessage().contains(s("apology"))); // more than 15 minutes: the customer's answer is owed
    // Awaiting parts: the part is chosen in a dialog
    d.dialogAnswers << [](QDialog &dialog) {
        static_cast<CommandDialog &>(dialog).setValue(s("part"), s("COMP-01"));
        return int(QDialog::Accepted);
    };
    d.key(Qt::Key_W);
    CHECK(d.state(s("T1")) == s("awaiting_parts"));
    // Back out with a new visit, then pulled back with a loaner
    REQUIRE(d.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}}).ok);
    REQUIRE(d.desk.submit(s("ticket.arrive"), {{s("ticket"), s("T1")}}).ok);
    REQUIRE(d.desk.submit(s("loaner.upsert"), {{s("serial"), s("ZZJ-0007")}, {s("category"), s("fridge")}}).ok);
    d.dialogAnswers << [](QDialog &dialog) {
        static_cast<CommandDialog &>(dialog).setValue(s("appearance"), s("外观完好"));
        static_cast<CommandDialog &>(dialog).setValue(s("loaner_serial"), s("ZZJ-0007"));
        static_cast<CommandDialog &>(dialog).setValue(s("iou"), s("借条已签"));
        return int(QDialog::Accepted);
    };
    d.key(Qt::Key_B);
    CHECK(d.state(s("T1")) == s("pulled_back"));
    CHECK(d.ticket(s("T1")).value(s("flags")).toString().contains(s("loaner_out")));
    // Completed from the service receipt
    d.dialogAnswers << [](QDialog &dialog) {
        auto &c = static_cast<CompletionDialog &>(dialog);
        c.findChild<QLineEdit *>(s("resolution"))->setText(s("更换压缩机"));
        c.findChild<QLineEdit *>(s("signedBy"))->setText(s("张伟"));
        c.addPart(s("COMP-01"), 1);
        c.setFeeChecked(s("VISIT"), true);
        return int(QDialog::Accepted);
    };
    d.key(Qt::Key_F);
    CHECK(d.state(s("T1")) == s("completed"));
    // the loaner is still with the customer until it is really back (R20)
    CHECK(d.ticket(s("T1")).value(s("flags")).toString().contains(s("loaner_out")));
    // The timeline shows every step with who did it
    TimelineDialog timeline(d.desk, s("T1"));
    for (const char *kind : {"opened", "dispatched", "contact_attempt", "departed", "arrived", "awaiting_parts",
                             "pulled_back", "completed"})
        CHECK(timeline.text().contains(Labels::event(s(kind)))); // in words, not the event's key
    CHECK(timeline.text().contains(s("王强")));
}

TEST_CASE("Board: a reschedule without the customer's consent is refused and changes nothing", "[ui][board]")
{
    BoardDesk d;
    REQUIRE(d.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}}).ok);
    const Record before = d.ticket(s("T1"));
    d.board->selectTicket(s("T1"));
    d.dialogAnswers << [](QDialog &dialog) {
        auto &c = static_cast<CommandDialog &>(dialog);
        c.setValue(s("appointment_start"), QDateTime::fromString(s("2026-11-20T15:00:00+08:00"), Qt::ISODate));
        c.setValue(s("reason"), s("技师车坏了"));
        return int(QDialog::Accepted);
    };
    d.key(Qt::Key_S);
    CHECK(d.board->lastMessage().contains(s("consent")));
    CHECK(d.ticket(s("T1")).value(s("on_site_by")) == before.value(s("on_site_by")));
    // With consent it goes through, at 15:00 desk time
    d.dialogAnswers << [](QDialog &dialog) {
        auto &c = static_cast<CommandDialog &>(dialog);
        c.setValue(s("appointment_start"), QDateTime::fromString(s("2026-11-20T15:00:00+08:00"), Qt::ISODate));
        c.setValue(s("reason"), s("技师车坏了"));
        c.setValue(s("customer_consent"), true);
        return int(QDialog::Accepted);
    };
    d.key(Qt::Key_S);
    CHECK(d.ticket(s("T1")).value(s("appointment_start")).toLongLong() ==
          QDateTime::fromString(s("2026-11-20T15:00:00+08:00"), Qt::ISODate).toMSecsSinceEpoch());
}

TEST_CASE("Board: a ticket dropped on a busy lane is refused, then dispatched with a reason", "[ui][board][drag]")
{
    BoardDesk d;
    REQUIRE(d.desk
                .submit(s("ticket.dispatch"), {{s("ticket"), s("T1")},
                                               {s("technician"), s("W1")},
                                               {s("appointment_start"), s("2026-11-20T10:00:00+08:00")}})
                .ok);
    ScheduleView *view = d.board->scheduleView();
    REQUIRE(d.board->scheduleModel()->rowOfTechnician(s("W1")) >= 0);
    auto drop = [&](int minutes) {
        QMimeData mime;
        mime.setData(QLatin1String(ScheduleView::TicketMimeType), QByteArray("T2"));
        const QPointF at = view->pointFor(s("W1"), minutes);
        // Straight to the widget's event handler: offscreen there is no drag manager to route platform drops
        QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject *>(view)->event(&enter);
        REQUIRE(enter.isAccepted());
        QDragMoveEvent move(at.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject *>(view)->event(&move);
        REQUIRE(move.isAccepted());
        QDropEvent event(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject *>(view)->event(&event);
    };
    // 10:30 overlaps T1's 10:00–11:00: the conflict is shown and, without a reason, nothing happens
    drop(10 * 60 + 30);
    CHECK(d.state(s("T2")) == s("new"));
    INFO(d.board->lastMessage().toStdString());
    CHECK(d.board->lastMessage().contains(s("overlaps")));
    // With a reason it is dispatched at 10:30 and the override is on the timeline
    d.dialogAnswers << [](QDialog &dialog) {
        static_cast<CommandDialog &>(dialog).setValue(s("override_reason"), s("同一小区,顺路"));
        return int(QDialog::Accepted);
    };
    drop(10 * 60 + 30);
    CHECK(d.state(s("T2")) == s("dispatched"));
    CHECK(d.ticket(s("T2")).value(s("appointment_start")).toLongLong() ==
          QDateTime::fromString(s("2026-11-20T10:30:00+08:00"), Qt::ISODate).toMSecsSinceEpoch());
    TimelineDialog timeline(d.desk, s("T2"));
    CHECK(timeline.text().contains(s("同一小区,顺路")));
    // The lane shows both visits
    const int row = d.board->scheduleModel()->rowOfTechnician(s("W1"));
    CHECK(d.board->scheduleModel()->index(row).data(TechnicianScheduleModel::VisitsRole).toList().size() == 2);
}

TEST_CASE("Board: completing an out-of-warranty repair shows and charges the right total", "[ui][board]")
{
    BoardDesk d;
    for (const char *id : {"T1", "T2"}) {
        REQUIRE(d.desk.submit(s("ticket.dispatch"), {{s("ticket"), s(id)}, {s("technician"), s("W1")}}).ok);
        REQUIRE(d.desk.submit(s("ticket.arrive"), {{s("ticket"), s(id)}}).ok);
    }
    // T1's fridge was bought 2023-05-01: out of warranty, compressor past its 36 months too
    CompletionDialog out(d.desk, s("T1"));
    out.addPart(s("COMP-01"), 1);
    out.setFeeChecked(s("VISIT"), true);
    out.setFeeChecked(s("LAB-B"), true);
    CHECK(out.totalText() == s("¥790.00"));
    // T2's was bought 2026-06-01: in warranty, nothing to pay
    CompletionDialog in(d.desk, s("T2"));
    in.addPart(s("COMP-01"), 1);
    in.setFeeChecked(s("VISIT"), true);
    CHECK(in.totalText() == s("¥0.00"));
    // A charge off the schedule without a supervisor is explained, not totalled
    in.setOffSchedule(s("加长管"), 50, QString(), s("用户要求"));
    CHECK(in.totalText() == s("—"));
    d.board->selectTicket(s("T1"));
    d.dialogAnswers << [](QDialog &dialog) {
        auto &c = static_cast<CompletionDialog &>(dialog);
        c.findChild<QLineEdit *>(s("resolution"))->setText(s("更换压缩机"));
        c.findChild<QLineEdit *>(s("signedBy"))->setText(s("张伟"));
        c.addPart(s("COMP-01"), 1);
        c.setFeeChecked(s("VISIT"), true);
        c.setFeeChecked(s("LAB-B"), true);
        return int(QDialog::Accepted);
    };
    d.key(Qt::Key_F);
    CHECK(d.ticket(s("T1")).value(s("charges_fen")).toLongLong() == 79000);
}

TEST_CASE("Board: the service receipt and the dispatch sheet are PDFs with the ticket and its fee lines",
          "[ui][board][pdf]")
{
    BoardDesk d;
    REQUIRE(d.desk
                .submit(s("ticket.dispatch"), {{s("ticket"), s("T1")},
                                               {s("technician"), s("W1")},
                                               {s("appointment_start"), s("2026-11-20T10:00:00+08:00")}})
                .ok);
    REQUIRE(d.desk.submit(s("ticket.arrive"), {{s("ticket"), s("T1")}}).ok);
    REQUIRE(d.desk
                .submit(s("ticket.complete"),
                        {{s("ticket"), s("T1")},
                         {s("resolution"), s("更换压缩机")},
                         {s("signed_by"), s("张伟")},
                         {s("parts"), QJsonArray{QJsonObject{{s("sku"), s("COMP-01")}, {s("qty"), 1}}}},
                         {s("fee_lines"), QJsonArray{s("VISIT"), s("LAB-B")}},
                         {s("satisfaction"), s("基本满意")},
                         {s("paid"), true}})
                .ok);
    auto pdfText = [](const QString &path) {
        QProcess p;
        p.start(s("pdftotext"), {s("-layout"), path, s("-")});
        REQUIRE(p.waitForFinished(30000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    // [000 三.3(3)] "把海尔的投诉、监督电话告诉用户": the centre's numbers on the forms
    for (const auto &[key, value] :
         {std::pair{"centre_hotline", "400-699-9999"}, std::pair{"supervision_phone", "010-62345678"}})
        REQUIRE(d.desk.submit(s("setting.set"), {{s("key"), s(key)}, {s("value"), s(value)}}).ok == false);
    d.desk.setUser(s("admin"));
    for (const auto &[key, value] :
         {std::pair{"centre_hotline", "400-699-9999"}, std::pair{"supervision_phone", "010-62345678"}})
        REQUIRE(d.desk.submit(s("setting.set"), {{s("key"), s(key)}, {s("value"), s(value)}}).ok);
    d.desk.setUser(s("u-disp"));
    QString error;
    const QString receipt = d.dir.filePath(s("receipt.pdf"));
    REQUIRE(FormPrinter::serviceReceipt(d.desk, s("T1"), receipt, &error));
    const QString text = pdfText(receipt);
    INFO(text.toStdString());
    CHECK(text.contains(s("DD-20261120-0001")));
    CHECK(text.contains(s("VISIT")));
    CHECK(text.contains(QRegularExpression(s("上.费")))); // 门 may come out as its radical form ⻔
    CHECK(text.contains(s("LAB-B")));
    CHECK(text.contains(s("压缩机")));
    CHECK(text.contains(s("790.00")));
    CHECK(text.contains(s("张伟")));
    CHECK(text.contains(s("400-699-9999")));
    CHECK(text.contains(s("010-62345678")));
    // the warranty it was charged under, the completion with its year, the customer's answer ticked
    CHECK(text.contains(s("out of warranty")));
    CHECK(text.contains(QRegularExpression(s("Completed\\s+2026-11-20 \\d\\d:\\d\\d"))));
    const QString plain = text.normalized(QString::NormalizationForm_KC); // pdftotext writes the ﬁ ligature
    CHECK(plain.contains(QRegularExpression(s("■\\s*Fairly satisfied"))));
    CHECK(plain.contains(QRegularExpression(s("□\\s*Satisfied"))));
    const QString sheet = d.dir.filePath(s("sheet.pdf"));
    REQUIRE(FormPrinter::dispatchSheet(d.desk, s("W1"), QDate(2026, 11, 20), sheet, &error));
    const QString sheetText = pdfText(sheet);
    CHECK(sheetText.contains(s("DD-20261120-0001")));
    CHECK(sheetText.contains(QRegularExpression(s("done \\d\\d:\\d\\d")))); // a visit made: when it was made
    // the day sheet gains the customer's phone, the priority and the warranty [002 §4.1.3]
    CHECK(sheetText.contains(s("138 1234 5678")));
    CHECK(sheetText.contains(s("High")));
    CHECK(sheetText.contains(s("out of warranty")));
    // the job sheet of one ticket
    const QString job = d.dir.filePath(s("job.pdf"));
    REQUIRE(FormPrinter::jobSheet(d.desk, s("T1"), job, &error));
    const QString jobText = pdfText(job);
    INFO(jobText.toStdString());
    CHECK(jobText.contains(s("DD-20261120-0001")));
    CHECK(jobText.contains(s("138 1234 5678")));
    CHECK(jobText.contains(s("冰箱不制冷")));
    CHECK(jobText.contains(s("out of warranty")));
    CHECK(jobText.contains(s("400-699-9999")));
    // [002 §4.3.1(2)] the parts requisition (零配件领料单): none for a ticket that asked for no parts
    const QString requisition = d.dir.filePath(s("requisition.pdf"));
    CHECK_FALSE(FormPrinter::partsRequisition(d.desk, s("T1"), requisition, &error));
    CHECK(error.contains(s("DD-20261120-0001")));
    REQUIRE(d.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T2")}, {s("technician"), s("W1")}}).ok);
    REQUIRE(d.desk.submit(s("ticket.arrive"), {{s("ticket"), s("T2")}}).ok);
    REQUIRE(d.desk
                .submit(s("ticket.await_parts"), {{s("ticket"), s("T2")},
                                                  {s("parts"), QJsonArray{s("COMP-01"), s("GASKET")}},
                                                  {s("eta"), s("2026-11-22")}})
                .ok);
    REQUIRE(FormPrinter::partsRequisition(d.desk, s("T2"), requisition, &error));
    const QString requisitionText = pdfText(requisition);
    CHECK(requisitionText.contains(s("DD-20261120-0002")));
    CHECK(requisitionText.contains(s("COMP-01")));
    CHECK(requisitionText.contains(s("GASKET")));
    CHECK(requisitionText.contains(s("王师傅")));
    CHECK(sheetText.contains(s("27")));
    CHECK(sheetText.contains(s("BCD-470")));
}

TEST_CASE("Board: the technicians' schedule model is consistent for views", "[ui][model]")
{
    BoardDesk d;
    REQUIRE(d.desk
                .submit(s("ticket.dispatch"), {{s("ticket"), s("T1")},
                                               {s("technician"), s("W1")},
                                               {s("appointment_start"), s("2026-11-20T10:00:00+08:00")}})
                .ok);
    TechnicianScheduleModel model(d.desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex w1 = model.index(model.rowOfTechnician(s("W1")));
    CHECK(w1.data(TechnicianScheduleModel::ShiftStartRole).toInt() == 8 * 60 + 30);
    CHECK(w1.data(TechnicianScheduleModel::VisitsRole).toList().size() == 1);
    model.setDay(QDate(2026, 11, 21));
    CHECK(model.index(model.rowOfTechnician(s("W1"))).data(TechnicianScheduleModel::VisitsRole).toList().isEmpty());
}

TEST_CASE("Board: after restoring a backup the board shows the restored desk", "[ui][board][backup]")
{
    BoardDesk d;
    REQUIRE(d.board->model()->rowCount() == 2);
    QString error;
    const QString backup = d.dir.filePath(s("backup.sqlite"));
    REQUIRE(d.desk.database().backupTo(backup, &error));
    d.open(s("T3"), s("C3"), s("李秀英"), s("13900001234"), s("北京市朝阳区望京街8号"), s("Z2"), s("2026-01-01"));
    CHECK(d.board->model()->rowCount() == 3);
    REQUIRE(d.desk.restoreFrom(backup, &error));
    CHECK(d.board->model()->rowCount() == 2);
    CHECK(d.board->model()->rowOfTicket(s("T3")) < 0);
    // The desk works on after the restore
    CHECK(d.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T2")}, {s("technician"), s("W1")}}).ok);
}

TEST_CASE("Board: the ticket list exports to CSV with a BOM, one row per ticket, Chinese intact", "[ui][board][csv]")
{
    BoardDesk d;
    const QString path = d.dir.filePath(s("tickets.csv"));
    REQUIRE(d.board->exportCsv(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 3); // header + T1 + T2
    CHECK(lines.join(QLatin1Char('\n')).contains(s("张伟")));
}

TEST_CASE("Board: the ticket list exports to an Excel workbook the spreadsheet reads", "[ui][board][xlsx]")
{
    BoardDesk d;
    const QString path = d.dir.filePath(s("tickets.xlsx"));
    REQUIRE(d.board->exportCsv(path));
    const QJsonObject sheet = TestDesk::readWorkbook(path).value(s("sheets")).toArray().at(0).toObject();
    const QJsonArray rows = sheet.value(s("rows")).toArray();
    CHECK(rows.size() == 3); // header + T1 + T2
    CHECK(QJsonDocument(rows).toJson().contains("张伟"));
    CHECK(sheet.value(s("freeze")).toString() == s("A2"));
    CHECK_FALSE(QFile::exists(path + s(".part")));
}

TEST_CASE("Twelve technicians' lanes: every lane reachable, overlapping visits side by side and marked, names clear",
          "[ui][dispatch][lanes]")
{
    BoardDesk d;
    // Ten more technicians in zone Z1: twelve lanes
    d.desk.setUser(s("admin"));
    for (int i = 3; i <= 12; ++i)
        REQUIRE(d.desk
                    .submit(s("technician.upsert"), {{s("id"), s("W%1").arg(i)},
                                                     {s("name"), s("技师%1").arg(i)},
                                                     {s("phone"), s("139111122%1").arg(i, 2, 10, QLatin1Char('0'))},
                                                     {s("skills"), QJsonArray{s("fridge")}},
                                                     {s("zones"), QJsonArray{s("Z1")}},
                                                     {s("shift_start"), s("08:30")},
                                                     {s("shift_end"), s("17:30")}})
                    .ok);
    d.desk.setUser(s("u-disp"));
    // W1 gets T1 at 10:00 and, over the conflict (R10, with a reason), T2 at 10:30: the two overlap
    REQUIRE(d.desk
                .submit(s("ticket.dispatch"), {{s("ticket"), s("T1")},
                                               {s("technician"), s("W1")},
                                               {s("appointment_start"), s("2026-11-20T10:00:00+08:00")}})
                .ok);
    const CommandResult second =
        d.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T2")},
                                             {s("technician"), s("W1")},
                                             {s("appointment_start"), s("2026-11-20T10:30:00+08:00")},
                                             {s("override_reason"), s("用户只有这个时间在家")}});
    INFO(second.error.message.toStdString());
    REQUIRE(second.ok);
    ScheduleView *view = d.board->scheduleView();
    REQUIRE(d.board->scheduleModel()->rowCount() == 12);
    // As tall as all twelve lanes (the scroll area around it reaches the last one)
    const int last = d.board->scheduleModel()->rowCount() - 1;
    CHECK(view->minimumHeight() >= view->laneTop(last) + view->laneHeight(last));
    // The two visits of W1 are both drawn, neither over the other, both marked as a conflict
    const QRect t1 = view->visitRect(s("T1"));
    const QRect t2 = view->visitRect(s("T2"));
    REQUIRE(t1.isValid());
    REQUIRE(t2.isValid());
    CHECK_FALSE(t1.intersects(t2));
    CHECK(view->visitInConflict(s("T1")));
    CHECK(view->visitInConflict(s("T2")));
    // W1's lane grew to hold both; the lanes below moved down instead of being drawn over
    const int w1 = d.board->scheduleModel()->rowOfTechnician(s("W1"));
    CHECK(view->laneHeight(w1) > view->laneHeight(d.board->scheduleModel()->rowOfTechnician(s("W3"))));
    for (const QRect &r : {t1, t2}) {
        CHECK(r.top() >= view->laneTop(w1));
        CHECK(r.bottom() < view->laneTop(w1) + view->laneHeight(w1));
        CHECK(r.left() >= 120); // the names' column stays clear
    }
}

TEST_CASE("P previews the receipt on its A5 paper, Ctrl+P the form the ticket needs now - with no printer, Print "
          "says so and the preview stays open",
          "[ui][board][print]")
{
    BoardDesk d;
    REQUIRE(d.desk.submit(s("ticket.dispatch"), {{s("ticket"), s("T1")}, {s("technician"), s("W1")}}).ok);
    d.board->selectTicket(s("T1"));
    QStringList titles;
    bool printRefused = false;
    auto answer = [&](QDialog &dialog) {
        titles << dialog.windowTitle();
        const auto *pages = dialog.findChild<QPrintPreviewWidget *>(s("previewPages"));
        REQUIRE(pages);
        CHECK(pages->pageCount() >= 1);
        const auto *paper = dialog.findChild<QLabel *>(s("previewPrinter"));
        REQUIRE(paper);
        INFO(paper->text().toStdString());
        auto *print = dialog.findChild<QPushButton *>(s("printButton"));
        REQUIRE(print);
        if (titles.size() == 1) {
            CHECK(paper->text().contains(s("A5")));
            print->click(); // the test process sees no print service: nothing to print to
            const auto *message = dialog.findChild<QLabel *>(s("previewMessage"));
            INFO(message->text().toStdString());
            printRefused =
                message->text().contains(s("No printer is set up")) || message->text().contains(s("is not available"));
            CHECK(dialog.result() != QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    };
    d.dialogAnswers << answer << answer;
    d.key(Qt::Key_P);
    REQUIRE(titles.size() == 1);
    CHECK(titles.at(0).contains(s("Service receipt")));
    CHECK(printRefused);
    CHECK(d.board->lastMessage().isEmpty()); // closed without printing: nothing to report
    QTest::keyClick(d.board.get(), Qt::Key_P, Qt::ControlModifier);
    REQUIRE(titles.size() == 2);
    CHECK(titles.at(1).contains(s("Dispatch sheet"))); // a dispatched job: the technician's sheet
}

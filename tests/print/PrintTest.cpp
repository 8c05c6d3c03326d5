// Every paper form through a real print system: a private CUPS with the cups-pdf queue (with-cups.sh), printed
// through Qt Print Support as the desk prints, the PDF that CUPS wrote read back with pdftotext.
#include "TestDesk.h"

#include "complaints/ComplaintsView.h"
#include "print/FeeCardPrinter.h"
#include "print/FormOutput.h"
#include "print/FormPrinter.h"
#include "reports/DashboardView.h"
#include "service/DeskService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString queue()
{
    const QString name = qEnvironmentVariable("CUPS_QUEUE");
    INFO("run the print tests through tests/print/with-cups.sh: it starts the print queue they print to");
    REQUIRE_FALSE(name.isEmpty());
    return name;
}

QSet<QString> pdfsNow()
{
    const QStringList files = QDir(qEnvironmentVariable("CUPS_PDF_OUT")).entryList({s("*.pdf")}, QDir::Files);
    return QSet<QString>(files.cbegin(), files.cend());
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// Waits until the queue has no job left and a new PDF has landed; returns its text (pdftotext -layout) and size
struct Printed
{
    QString text;
    QString pageSize; // as pdfinfo reports it, e.g. "419.528 x 595.276 pts (A5)"
};
Printed waitForPrinted(const QSet<QString> &before)
{
    QElapsedTimer clock;
    clock.start();
    QString file;
    while (clock.elapsed() < 60000) {
        const QString jobs = run(s("lpstat"), {s("-o")});
        for (const QString &f : pdfsNow())
            if (!before.contains(f))
                file = f;
        if (!file.isEmpty() && jobs.trimmed().isEmpty())
            break;
        QThread::msleep(100);
    }
    INFO("CUPS log: " << run(s("lpstat"), {s("-W"), s("completed"), s("-l"), s("-o")}).toStdString());
    REQUIRE_FALSE(file.isEmpty());
    const QString path = QDir(qEnvironmentVariable("CUPS_PDF_OUT")).filePath(file);
    Printed out;
    // The printed fonts map some characters to their look-alike radicals (大 as ⼤, 门 as ⻔): read as a reader would
    out.text = run(s("pdftotext"), {s("-layout"), path, s("-")})
                   .normalized(QString::NormalizationForm_KC)
                   .replace(QChar(0x2EE8), QChar(0x95E8))
                   .replace(QChar(0x2ED4), QChar(0x95E8));
    for (const QString &line : run(s("pdfinfo"), {path}).split(QLatin1Char('\n')))
        if (line.startsWith(s("Page size:")))
            out.pageSize = line.mid(10).trimmed();
    return out;
}

Printed printThroughCups(const PrintedForm &form, const QPageSize &paper = QPageSize())
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(queue());
    FormOutput::applyRemembered(form, printer);
    printer.setPrinterName(queue());
    if (paper.isValid())
        printer.setPageSize(paper);
    const QSet<QString> before = pdfsNow();
    QString error;
    INFO(form.title.toStdString());
    REQUIRE(FormOutput::print(form, printer, &error));
    return waitForPrinted(before);
}

// The small centre with T1 completed (a gasket and the visit fee, signed by 张伟) and T2 awaiting a gasket
struct PrintDesk
{
    TestDesk data;
    DeskService desk;
    PrintDesk()
    {
        data.driveTo(s("T1"), s("completed"));
        data.driveTo(s("T2"), s("awaiting_parts"));
        // A complaint about T1, with a first step on its tracking sheet
        const CommandResult complaint = data.apply(s("ticket.open"), TestDesk::at(s("11:00")),
                                                   {{s("id"), s("T9")},
                                                    {s("kind"), s("complaint")},
                                                    {s("fault"), s("师傅迟到二十分钟,也没提前打电话")},
                                                    {s("customer"), s("CT1")},
                                                    {s("product"), s("PT1")},
                                                    {s("allow_duplicate"), true},
                                                    {s("about_ticket"), s("T1")}},
                                                   s("u-clerk"));
        INFO(complaint.error.message.toStdString() << " " << complaint.error.field.toStdString());
        REQUIRE(complaint.ok);
        const QString id = data.scalar(s("SELECT id FROM complaints")).toString();
        const CommandResult step =
            data.apply(s("complaint.step"), TestDesk::at(s("11:10")),
                       {{s("complaint"), id}, {s("text"), s("回电致歉,约明天上午复查")}}, s("u-sup"));
        INFO(step.error.message.toStdString());
        REQUIRE(step.ok);
        REQUIRE(desk.open(data.path()));
        desk.setUser(s("u-disp"));
    }
    PrintedForm form(std::optional<PrintedForm> made, const QString &error)
    {
        INFO(error.toStdString());
        REQUIRE(made.has_value());
        return *made;
    }
};
} // namespace

TEST_CASE("Every form prints through a real print queue and comes out with its words on its paper", "[print][cups]")
{
    PrintDesk d;
    QString error;
    REQUIRE(QPrinterInfo::availablePrinterNames().contains(queue()));

    const Printed receipt = printThroughCups(d.form(FormPrinter::receiptForm(d.desk, s("T1"), &error), error));
    INFO(receipt.text.toStdString());
    CHECK(receipt.pageSize.contains(s("A5")));
    CHECK(receipt.text.contains(s("张伟")));
    CHECK(receipt.text.contains(s("上门费")));
    CHECK(receipt.text.contains(s("密封垫")));
    CHECK(receipt.text.contains(s("Total:")));
    CHECK(receipt.text.contains(s("Customer's signature")));

    const Printed job = printThroughCups(d.form(FormPrinter::jobSheetForm(d.desk, s("T2"), &error), error));
    CHECK(job.text.contains(s("冷藏室有异响"))); // the fault the technician goes to
    CHECK(job.text.contains(s("北京市海淀区中关村大街27号")));

    const Printed parts = printThroughCups(d.form(FormPrinter::partsRequisitionForm(d.desk, s("T2"), &error), error));
    CHECK(parts.text.contains(s("GASKET")));
    CHECK(parts.text.contains(s("Issued by (parts store)")));

    const Printed day =
        printThroughCups(d.form(FormPrinter::dispatchSheetForm(d.desk, s("W1"), QDate(2026, 11, 20), &error), error));
    CHECK(day.pageSize.contains(s("A4")));
    CHECK(day.text.contains(s("张伟")));

    const Printed card = printThroughCups(FeeCardPrinter::form(d.desk));
    CHECK(card.text.contains(s("上门费")));
    CHECK(card.text.contains(s("30.00")));

    DashboardView dashboard(d.desk);
    const Printed daily = printThroughCups(dashboard.dailyReportForm());
    CHECK(daily.text.contains(s("Technician daily report")));
    const Printed callbacks = printThroughCups(dashboard.callbackListForm());
    CHECK(callbacks.text.contains(s("Callback list")));
    ComplaintsView complaints(d.desk);
    const Printed register_ = printThroughCups(complaints.registerForm());
    CHECK(register_.text.contains(s("Complaint register")));
    CHECK(register_.text.contains(s("师傅迟到二十分钟")));
    REQUIRE(complaints.selectComplaint(d.data.scalar(s("SELECT id FROM complaints")).toString()));
    const std::optional<PrintedForm> tracking = complaints.trackingForm();
    REQUIRE(tracking);
    const Printed sheet = printThroughCups(*tracking);
    CHECK(sheet.text.contains(s("Complaint tracking sheet")));
    CHECK(sheet.text.contains(s("师傅迟到二十分钟")));
    CHECK(sheet.text.contains(s("回电致歉")));
}

TEST_CASE("A receipt on an 80 mm roll is laid out for the roll: every word inside the paper's width",
          "[print][cups][roll]")
{
    PrintDesk d;
    QString error;
    const PrintedForm receipt = d.form(FormPrinter::receiptForm(d.desk, s("T1"), &error), error);
    // Through CUPS on the roll size
    const Printed roll = printThroughCups(receipt, FormOutput::receiptRoll());
    INFO(roll.text.toStdString() << "\npage: " << roll.pageSize.toStdString());
    CHECK(roll.text.contains(s("张伟")));
    CHECK(roll.text.contains(s("signature")));
    // The layout itself, on the roll's page: no word beyond the right edge (pdftotext -bbox of our own PDF)
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(s("roll.pdf")));
    writer.setPageSize(FormOutput::receiptRoll());
    writer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter);
    writer.setResolution(96);
    FormOutput::render(receipt, writer);
    writer.newPage(); // flushes nothing new: the document ends on its last page
    const QString boxes = run(s("pdftotext"), {s("-bbox"), dir.filePath(s("roll.pdf")), s("-")});
    const double rollPoints = 80.0 / 25.4 * 72.0;
    double rightmost = 0;
    int words = 0;
    static const QRegularExpression word(s("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\""));
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto m = it.next();
        rightmost = std::max(rightmost, m.captured(2).toDouble());
        ++words;
    }
    CHECK(words > 40);
    CHECK(rightmost <= rollPoints);
    CHECK(boxes.contains(s("张伟")));
}

TEST_CASE("A stopped printer is refused in plain words before anything is sent - once it runs again the same form "
          "prints",
          "[print][cups][errors]")
{
    PrintDesk d;
    QString error;
    const PrintedForm receipt = d.form(FormPrinter::receiptForm(d.desk, s("T1"), &error), error);
    run(s("cupsdisable"), {s("-r"), s("out of paper"), queue()});
    QPrinter printer(QPrinter::HighResolution);
    FormOutput::applyRemembered(receipt, printer);
    printer.setPrinterName(queue());
    const QSet<QString> before = pdfsNow();
    CHECK_FALSE(FormOutput::print(receipt, printer, &error));
    CHECK(error.contains(s("has stopped")));
    CHECK(error.contains(queue()));
    CHECK(run(s("lpstat"), {s("-o")}).trimmed().isEmpty()); // nothing was queued
    run(s("cupsenable"), {queue()});
    error.clear();
    REQUIRE(FormOutput::print(receipt, printer, &error));
    const Printed again = waitForPrinted(before);
    CHECK(again.text.contains(s("张伟")));
    // A printer taken away (unplugged, deleted) after it was chosen
    const QString ppd = QDir(qEnvironmentVariable("CUPS_PDF_OUT")).filePath(s("../DeskPDF.ppd"));
    run(s("lpadmin"), {s("-p"), s("Counter2"), s("-E"), s("-v"), s("cups-pdf:/"), s("-P"), ppd});
    REQUIRE(QPrinterInfo::availablePrinterNames().contains(s("Counter2")));
    printer.setPrinterName(s("Counter2"));
    REQUIRE(printer.printerName() == s("Counter2"));
    run(s("lpadmin"), {s("-x"), s("Counter2")});
    CHECK_FALSE(FormOutput::print(receipt, printer, &error));
    CHECK(error.contains(s("\"Counter2\" is not available")));
}

TEST_CASE("Each form remembers its printer, paper and orientation", "[print][cups][settings]")
{
    PrintDesk d;
    QString error;
    const PrintedForm receipt = d.form(FormPrinter::receiptForm(d.desk, s("T1"), &error), error);
    QPrinter first(QPrinter::HighResolution);
    FormOutput::applyRemembered(receipt, first);
    CHECK(first.pageLayout().pageSize().id() == QPageSize::A5); // the receipt's own default
    first.setPrinterName(queue());
    first.setPageSize(FormOutput::receiptRoll());
    first.setPageOrientation(QPageLayout::Portrait);
    FormOutput::remember(receipt.kind, first);
    QPrinter next(QPrinter::HighResolution);
    FormOutput::applyRemembered(receipt, next);
    CHECK(next.printerName() == queue());
    CHECK(std::abs(next.pageLayout().pageSize().size(QPageSize::Millimeter).width() - 80.0) < 0.5);
    // Another form keeps its own paper
    const PrintedForm sheet =
        d.form(FormPrinter::dispatchSheetForm(d.desk, s("W1"), QDate(2026, 11, 20), &error), error);
    QPrinter other(QPrinter::HighResolution);
    FormOutput::applyRemembered(sheet, other);
    CHECK(other.pageLayout().pageSize().id() == QPageSize::A4);
}

#include "FormOutput.h"

#include "Icons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QLabel>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
// Layout happens in screen units (96 per inch): point sizes then mean on paper what they say
constexpr int kLayoutDpi = 96;

bool narrowPage(const QPageLayout &layout)
{
    return layout.fullRect(QPageLayout::Millimeter).width() < 110; // a receipt roll, A6
}

QMarginsF marginsFor(const QPageSize &size)
{
    const double width = std::min(size.size(QPageSize::Millimeter).width(), size.size(QPageSize::Millimeter).height());
    const double m = width < 110 ? 3 : width < 160 ? 10 : 15;
    return QMarginsF(m, m, m, m);
}

QString describePaper(const QPrinter &printer)
{
    const QPageLayout layout = printer.pageLayout();
    return FormOutput::tr("%1 · %2 · %3")
        .arg(printer.outputFormat() == QPrinter::PdfFormat ? FormOutput::tr("PDF file") : printer.printerName(),
             layout.pageSize().name(),
             layout.orientation() == QPageLayout::Landscape ? FormOutput::tr("landscape") : FormOutput::tr("portrait"));
}

// The preview: the form as it will come out of the remembered printer, Print (Ctrl+P) right there
class PreviewDialog : public QDialog
{
public:
    PreviewDialog(const PrintedForm &form, QWidget *parent)
        : QDialog(parent), m_form(form), m_printer(QPrinter::HighResolution)
    {
        setWindowTitle(FormOutput::tr("Print preview: %1").arg(form.title));
        setObjectName(QStringLiteral("formPreview"));
        FormOutput::applyRemembered(form, m_printer);
        m_preview = new QPrintPreviewWidget(&m_printer, this);
        m_preview->setObjectName(QStringLiteral("previewPages"));
        m_preview->setAccessibleName(FormOutput::tr("Preview of %1").arg(form.title));
        m_preview->fitToWidth();
        connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
                [this](QPrinter *printer) { FormOutput::render(m_form, *printer); });
        m_paper = new QLabel(this);
        m_paper->setObjectName(QStringLiteral("previewPrinter"));
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("previewMessage"));
        m_message->setWordWrap(true);
        m_message->setStyleSheet(QStringLiteral("color: #c62828"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        m_print = buttons->addButton(FormOutput::tr("&Print"), QDialogButtonBox::AcceptRole);
        m_print->setObjectName(QStringLiteral("printButton"));
        m_print->setIcon(Icons::get(Icons::Print));
        m_print->setDefault(true);
        m_print->setToolTip(FormOutput::tr("Send to %1 (Ctrl+P)").arg(printer()));
        auto *choose = buttons->addButton(FormOutput::tr("Printer and &paper…"), QDialogButtonBox::ActionRole);
        choose->setObjectName(QStringLiteral("choosePrinter"));
        choose->setToolTip(FormOutput::tr("Another printer, paper size (A4, A5, a receipt roll) or orientation; this "
                                          "form remembers it"));
        auto *pdf = buttons->addButton(FormOutput::tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
        pdf->setObjectName(QStringLiteral("saveAsPdf"));
        connect(m_print, &QPushButton::clicked, this, &PreviewDialog::printNow);
        connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, &PreviewDialog::printNow);
        connect(choose, &QPushButton::clicked, this, [this] {
            QPrintDialog dialog(&m_printer, this);
            dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
            if (dialog.exec() == QDialog::Accepted) {
                FormOutput::remember(m_form.kind, m_printer);
                refresh();
            }
        });
        connect(pdf, &QPushButton::clicked, this, [this] {
            // The user's documents folder, made when the desk's account has none yet (a fresh PC, a new user)
            const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            QDir().mkpath(documents);
            const QString path = QFileDialog::getSaveFileName(
                this, FormOutput::tr("Save as PDF"), QDir(documents).filePath(m_form.title + QStringLiteral(".pdf")),
                FormOutput::tr("PDF (*.pdf)"));
            QString error;
            if (!path.isEmpty() && !FormOutput::writePdf(m_form, path, &error))
                m_message->setText(error);
            else if (!path.isEmpty())
                m_result = FormOutput::tr("Saved %1").arg(path), m_ok = true, accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_preview, 1);
        layout->addWidget(m_paper);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        resize(760, 640);
        refresh();
        m_print->setFocus();
    }

    void printNow()
    {
        QString error;
        if (!FormOutput::print(m_form, m_printer, &error)) {
            m_message->setText(error); // stays open: fix the printer or choose another, and print again
            return;
        }
        FormOutput::remember(m_form.kind, m_printer);
        m_result = FormOutput::tr("%1 sent to %2.").arg(m_form.title, printer());
        m_ok = true;
        accept();
    }

    QString printer() const
    {
        return m_printer.printerName().isEmpty() ? FormOutput::tr("(no printer)") : m_printer.printerName();
    }
    void refresh()
    {
        m_paper->setText(FormOutput::tr("Printer: %1").arg(describePaper(m_printer)));
        m_preview->updatePreview();
    }

    const PrintedForm m_form;
    QPrinter m_printer;
    QPrintPreviewWidget *m_preview;
    QLabel *m_paper;
    QLabel *m_message;
    QPushButton *m_print;
    QString m_result;
    bool m_ok = false;
};
} // namespace

QPageSize FormOutput::receiptRoll()
{
    return QPageSize(QSizeF(80, 200), QPageSize::Millimeter, tr("80 mm receipt roll"), QPageSize::ExactMatch);
}

void FormOutput::render(const PrintedForm &form, QPagedPaintDevice &device)
{
    QTextDocument doc;
    const bool narrow = narrowPage(device.pageLayout());
    // Latin letters and digits from DejaVu, Chinese from Noto CJK: each font keeps a clean text layer, so a PDF
    // can be searched and copied from
    QFont font(QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                           QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(narrow ? 7.5 : 10);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(narrow ? 1 : 4);
    doc.setDefaultStyleSheet(QStringLiteral("table { border-collapse: collapse; } th, td { padding: %1px; } "
                                            "table.lines td, table.lines th { border: 1px solid #888; } "
                                            "h2 { font-size: %2pt; } h3 { font-size: %3pt; }")
                                 .arg(narrow ? 1 : form.cellPaddingPx)
                                 .arg(narrow ? 10 : 15)
                                 .arg(narrow ? 8.5 : 12));
    doc.setHtml(form.html);
    if (auto *printer = dynamic_cast<QPrinter *>(&device))
        printer->setResolution(kLayoutDpi);
    doc.setPageSize(device.pageLayout().paintRectPixels(kLayoutDpi).size());
    doc.print(&device);
}

bool FormOutput::writePdf(const PrintedForm &form, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(form.title);
    writer.setCreator(QStringLiteral("Dispatch Desk"));
    const QPageSize size(form.paper);
    writer.setPageSize(size);
    writer.setPageOrientation(form.orientation);
    writer.setPageMargins(marginsFor(size), QPageLayout::Millimeter);
    writer.setResolution(kLayoutDpi);
    render(form, writer);
    if (!QFile::exists(path)) {
        *error = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

void FormOutput::applyRemembered(const PrintedForm &form, QPrinter &printer)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("print/") + form.kind);
    const QString name = settings.value(QStringLiteral("printer")).toString();
    if (!name.isEmpty() && !QPrinterInfo::printerInfo(name).isNull())
        printer.setPrinterName(name);
    else if (printer.printerName().isEmpty())
        printer.setPrinterName(QPrinterInfo::defaultPrinterName());
    QPageSize size(form.paper);
    const QSizeF mm = settings.value(QStringLiteral("paper_mm")).toSizeF();
    if (mm.isValid() && !mm.isEmpty()) {
        const QPageSize stored(mm, QPageSize::Millimeter, settings.value(QStringLiteral("paper_name")).toString(),
                               QPageSize::FuzzyMatch);
        if (stored.isValid())
            size = stored;
    }
    const auto orientation = QPageLayout::Orientation(
        settings.value(QStringLiteral("orientation"), int(form.orientation)).toInt() == int(QPageLayout::Landscape)
            ? QPageLayout::Landscape
            : QPageLayout::Portrait);
    printer.setPageLayout(QPageLayout(size, orientation, marginsFor(size), QPageLayout::Millimeter));
    printer.setDocName(form.title);
    printer.setCreator(QStringLiteral("Dispatch Desk"));
}

void FormOutput::remember(const QString &kind, const QPrinter &printer)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("print/") + kind);
    if (printer.outputFormat() == QPrinter::NativeFormat)
        settings.setValue(QStringLiteral("printer"), printer.printerName());
    const QPageSize size = printer.pageLayout().pageSize();
    settings.setValue(QStringLiteral("paper_mm"), size.size(QPageSize::Millimeter));
    settings.setValue(QStringLiteral("paper_name"), size.name());
    settings.setValue(QStringLiteral("orientation"), int(printer.pageLayout().orientation()));
}

bool FormOutput::print(const PrintedForm &form, QPrinter &printer, QString *error)
{
    // An unknown printer name turns a QPrinter into a PDF writer without a file: that is a missing printer too
    if (printer.outputFormat() == QPrinter::NativeFormat || printer.outputFileName().isEmpty()) {
        const QString name = printer.printerName();
        const QPrinterInfo info = QPrinterInfo::printerInfo(name);
        if (name.isEmpty() || info.isNull()) {
            *error = name.isEmpty() ? tr("No printer is set up on this computer. Add one in the system's printer "
                                         "settings, or save the form as PDF.")
                                    : tr("The printer \"%1\" is not available: it was removed, or the print service "
                                         "is not running. Choose another printer and print again.")
                                          .arg(name);
            return false;
        }
        if (info.state() == QPrinter::Error) {
            *error = tr("The printer \"%1\" has stopped (paused, switched off, out of paper or jammed). Put it "
                        "right, then print again; nothing of the form is lost.")
                         .arg(name);
            return false;
        }
    }
    printer.setDocName(form.title);
    render(form, printer);
    if (printer.printerState() == QPrinter::Error) {
        *error = tr("The form could not be sent to \"%1\". Print again, or choose another printer.")
                     .arg(printer.printerName());
        return false;
    }
    return true;
}

QString FormOutput::preview(const PrintedForm &form, QWidget *parent, bool *ok, const DialogRunner &run)
{
    PreviewDialog dialog(form, parent);
    if (run)
        run(dialog);
    else
        dialog.exec();
    *ok = dialog.m_ok;
    return dialog.m_result;
}

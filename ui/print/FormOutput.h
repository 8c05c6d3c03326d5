#pragma once

#include "PrintedForm.h"

#include <QCoreApplication>
#include <functional>

class QDialog;
class QPagedPaintDevice;
class QPrinter;
class QWidget;

// Where a PrintedForm goes: a printer (with a preview first, Ctrl+P in the workspace that shows the form) or a PDF.
// Each form remembers the printer, paper size and orientation it was last printed with (QSettings, per form).
// A printer that is missing, stopped, paused or out of paper is refused with a message before anything is sent;
// the form is made again from the desk's data, so printing once more loses nothing.
class FormOutput
{
    Q_DECLARE_TR_FUNCTIONS(FormOutput)
public:
    // An 80 mm receipt roll (72 mm printable on most receipt printers), one form long
    static QPageSize receiptRoll();
    // Lays the form out on the device's printable area and paints it (fonts smaller on a narrow roll)
    static void render(const PrintedForm &form, QPagedPaintDevice &device);
    static bool writePdf(const PrintedForm &form, const QString &path, QString *error);

    // The form's remembered printer, paper and orientation (its defaults until printed once) set on `printer`
    static void applyRemembered(const PrintedForm &form, QPrinter &printer);
    static void remember(const QString &kind, const QPrinter &printer);
    // Sends the form to `printer` (a queue of the system's print service, or a PDF file); false and *error in the
    // user's words when the printer cannot take it
    static bool print(const PrintedForm &form, QPrinter &printer, QString *error);
    // The print preview (QPrintPreviewDialog) on the remembered printer; printing from it remembers the choice.
    // `run` shows the dialog (exec by default; tests answer it). Returns the message to show: where it was
    // sent, or why not; empty when the user closed the preview without printing.
    using DialogRunner = std::function<int(QDialog &)>;
    static QString preview(const PrintedForm &form, QWidget *parent, bool *ok, const DialogRunner &run = {});
};

#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

// One paper form, ready for any page: its HTML flows to the page's width (a table is 100 % wide), so the same form
// fills an A4 sheet, an A5 sheet or an 80 mm receipt roll, not an A4 drawing scaled down. FormOutput prints it,
// previews it and writes it as PDF.
struct PrintedForm
{
    QString kind; // the form (receipt, job_sheet, dispatch_sheet, …): its printer, paper and orientation are remembered
    QString title; // the document's name: the print job's and the PDF's title
    QString html;
    QPageSize::PageSizeId paper = QPageSize::A4; // until the user chooses another for this form
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    int cellPaddingPx = 3;
};

#pragma once

#include "PrintedForm.h"

#include <QCoreApplication>
#include <QString>

class DeskService;

// The fee schedule card (收费标准卡, R6 "二公开") that technicians show customers before any work: every fee of the
// schedule and every part at its catalogue price, the warranty terms of each category, and what the customer never
// pays. A PDF, laid out like the other forms (FormPrinter): Latin from DejaVu Sans, Chinese from Noto Sans CJK SC.
class FeeCardPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FeeCardPrinter)
public:
    static bool feeCard(DeskService &desk, const QString &pdfPath, QString *error);
    static PrintedForm form(DeskService &desk);
    // The card as HTML (what the PDF shows)
    static QString html(DeskService &desk);
};

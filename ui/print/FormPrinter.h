#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantMap>

class DeskService;
struct RuleSettings;

// The paper forms the desk hands out, as PDF: the dispatch sheet (派工单) of a technician's day and the service
// receipt (维修服务回执单) with its fee lines for the customer's signature. Chinese renders with the system's CJK
// font.
class FormPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FormPrinter)
public:
    static bool serviceReceipt(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error);
    // The dispatch sheet of one job (派工单): customer, phone, address, appliance, fault, priority, warranty,
    // appointment and what to bring
    static bool jobSheet(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error);
    // The parts requisition (零配件领料单) of the ticket's last "awaiting parts": an error when it asked for none
    static bool partsRequisition(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error);
    static bool dispatchSheet(DeskService &desk, const QString &technicianId, const QDate &day, const QString &pdfPath,
                              QString *error);
    // Any of the desk's printed forms: HTML on A4, fonts that keep a searchable text layer
    // The centre's name, hotline and supervision number (settings) as a line under a form's title; empty when unset
    // The parts the ticket's last "awaiting parts" asked for: sku, name, qty, price_fen
    static QList<QVariantMap> requestedParts(DeskService &desk, const QString &ticketId);
    static QString centreLine(const RuleSettings &settings);
    static bool writePdf(const QString &html, const QString &title, const QString &pdfPath, QString *error,
                         int cellPaddingPx = 3);
};

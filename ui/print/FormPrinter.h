#pragma once

#include "PrintedForm.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantMap>
#include <optional>

class DeskService;
struct RuleSettings;

// The paper forms the desk hands out (printed through FormOutput, with a preview, or saved as PDF): the dispatch sheet
// (派工单) of a technician's day and the service receipt (维修服务回执单) with its fee lines for the customer's
// signature. Chinese renders with the system's CJK font.
class FormPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FormPrinter)
public:
    // Each form, ready for any paper; nullopt and *error when it cannot be made (no such ticket, no parts asked)
    static std::optional<PrintedForm> receiptForm(DeskService &desk, const QString &ticketId, QString *error);
    static std::optional<PrintedForm> jobSheetForm(DeskService &desk, const QString &ticketId, QString *error);
    static std::optional<PrintedForm> partsRequisitionForm(DeskService &desk, const QString &ticketId, QString *error);
    static std::optional<PrintedForm> dispatchSheetForm(DeskService &desk, const QString &technicianId,
                                                        const QDate &day, QString *error);
    // The same, straight to a PDF file
    static bool serviceReceipt(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error);
    // The dispatch sheet of one job (派工单): customer, phone, address, appliance, fault, priority, warranty,
    // appointment and what to bring
    static bool jobSheet(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error);
    // The parts requisition (零配件领料单) of the ticket's last "awaiting parts": an error when it asked for none
    static bool partsRequisition(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error);
    static bool dispatchSheet(DeskService &desk, const QString &technicianId, const QDate &day, const QString &pdfPath,
                              QString *error);
    // The centre's name, hotline and supervision number (settings) as a line under a form's title; empty when unset
    // The parts the ticket's last "awaiting parts" asked for: sku, name, qty, price_fen
    static QList<QVariantMap> requestedParts(DeskService &desk, const QString &ticketId);
    static QString centreLine(const RuleSettings &settings);
};

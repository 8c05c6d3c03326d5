#include "FormPrinter.h"

#include "FormOutput.h"

#include "DisplayText.h"
#include "rules/Labels.h"
#include "rules/PhoneNumbers.h"
#include "rules/ServiceContract.h"
#include "rules/TicketStates.h"
#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
QString esc(const QVariant &v)
{
    return v.toString().toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align='left'>") + label.toHtmlEscaped() + QStringLiteral("</th><td>") + value +
           QStringLiteral("</td></tr>");
}

// The head of a ticket's form: title, the centre's line, the ticket number, and the customer and appliance rows
QString ticketHeader(DeskService &desk, const Record &ticket, const QString &title)
{
    Store &store = desk.store();
    const auto customer = store.load(Store::Customers, ticket.value(QStringLiteral("customer_id")).toString());
    const auto product = store.load(Store::Products, ticket.value(QStringLiteral("product_id")).toString());
    const auto category = store.load(Store::Categories, product->value(QStringLiteral("category")).toString());
    QStringList phones;
    for (const QString &p : store.customerPhones(customer->value(QStringLiteral("id")).toString()))
        phones << PhoneNumbers::display(p);
    QString html = QStringLiteral("<h2 align='center'>") + title.toHtmlEscaped() + QStringLiteral("</h2>") +
                   FormPrinter::centreLine(desk.processor().settings()) + QStringLiteral("<p align='right'>") +
                   FormPrinter::tr("Ticket %1").arg(ticket.value(QStringLiteral("number")).toString()).toHtmlEscaped() +
                   QStringLiteral("</p><table width='100%'>");
    html += row(FormPrinter::tr("Customer"), esc(customer->value(QStringLiteral("name"))));
    html += row(FormPrinter::tr("Phone"), phones.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(FormPrinter::tr("Address"), esc(customer->value(QStringLiteral("address"))));
    html += row(FormPrinter::tr("Appliance"), (category ? esc(category->value(QStringLiteral("name"))) : QString()) +
                                                  QLatin1Char(' ') + esc(product->value(QStringLiteral("model"))) +
                                                  QLatin1Char(' ') + esc(product->value(QStringLiteral("serial"))));
    return html;
}
} // namespace

QList<QVariantMap> FormPrinter::requestedParts(DeskService &desk, const QString &ticketId)
{
    // The parts of the ticket's last "awaiting parts" (R18), with their names and catalogue prices
    QList<Record> out;
    for (const Record &e : ReportQueries(desk.store()).ticketEvents(ticketId)) {
        if (e.value(QStringLiteral("kind")).toString() != QLatin1String("awaiting_parts"))
            continue;
        out.clear();
        const QJsonArray parts = QJsonDocument::fromJson(e.value(QStringLiteral("data")).toString().toUtf8())
                                     .object()
                                     .value(QLatin1String("parts"))
                                     .toArray();
        for (const QJsonValue &p : parts) {
            const QString sku = p.isObject() ? p.toObject().value(QLatin1String("sku")).toString() : p.toString();
            const int qty = p.isObject() ? qMax(1, p.toObject().value(QLatin1String("qty")).toInt(1)) : 1;
            const auto part = desk.store().load(Store::Parts, sku);
            out << Record{{QStringLiteral("sku"), sku},
                          {QStringLiteral("name"), part ? part->value(QStringLiteral("name")) : QVariant()},
                          {QStringLiteral("qty"), qty},
                          {QStringLiteral("price_fen"), part ? part->value(QStringLiteral("price_fen")) : QVariant()}};
        }
    }
    return out;
}

std::optional<PrintedForm> FormPrinter::partsRequisitionForm(DeskService &desk, const QString &ticketId, QString *error)
{
    // [002 §4.3.1(2), §4.7.1] 零配件领料单: the parts a technician draws for one ticket, for the store's signature
    const auto ticket = desk.store().load(Store::Tickets, ticketId);
    if (!ticket) {
        *error = tr("There is no ticket %1.").arg(ticketId);
        return std::nullopt;
    }
    const QList<Record> parts = requestedParts(desk, ticketId);
    const QString number = ticket->value(QStringLiteral("number")).toString();
    if (parts.isEmpty()) {
        *error = tr("%1 has asked for no parts (awaiting parts, W).").arg(number);
        return std::nullopt;
    }
    const auto tech = desk.store().load(Store::Technicians, ticket->value(QStringLiteral("technician_id")).toString());
    const auto customer = desk.store().load(Store::Customers, ticket->value(QStringLiteral("customer_id")).toString());
    const RuleSettings settings = desk.processor().settings();
    QString html = QStringLiteral("<h2 align='center'>") + tr("Parts requisition (零配件领料单)").toHtmlEscaped() +
                   QStringLiteral("</h2>") + centreLine(settings) + QStringLiteral("<table width='100%'>");
    html += row(tr("Ticket"), number.toHtmlEscaped());
    html += row(tr("Technician"), tech ? esc(tech->value(QStringLiteral("name"))) : QString());
    html += row(tr("Customer"), customer ? esc(customer->value(QStringLiteral("name"))) : QString());
    html += row(tr("Warranty"), DisplayText::warranty(ticket->value(QStringLiteral("warranty")).toString()));
    html += row(tr("Date"), DisplayText::dateTime(desk.clock().now().toMSecsSinceEpoch(), settings.utcOffsetMinutes));
    html += QStringLiteral("</table><table class='lines' width='100%'><tr><th>") + tr("Part").toHtmlEscaped() +
            QStringLiteral("</th><th>") + tr("Qty").toHtmlEscaped() + QStringLiteral("</th><th>") +
            tr("Unit price").toHtmlEscaped() + QStringLiteral("</th></tr>");
    for (const Record &p : parts)
        html += QStringLiteral("<tr><td>") + esc(p.value(QStringLiteral("sku"))) + QLatin1Char(' ') +
                esc(p.value(QStringLiteral("name"))) + QStringLiteral("</td><td align='right'>") +
                esc(p.value(QStringLiteral("qty"))) + QStringLiteral("</td><td align='right'>") +
                (p.value(QStringLiteral("price_fen")).isNull()
                     ? QString()
                     : DisplayText::money(p.value(QStringLiteral("price_fen")).toLongLong())) +
                QStringLiteral("</td></tr>");
    html += QStringLiteral("</table><table width='100%'>");
    html += row(tr("Drawn by (technician)"), QStringLiteral("________________"));
    html += row(tr("Issued by (parts store)"), QStringLiteral("________________"));
    html += QStringLiteral("</table>");
    return PrintedForm{QStringLiteral("parts_requisition"), tr("Parts requisition %1").arg(number), html, QPageSize::A5,
                       QPageLayout::Portrait};
}

QString FormPrinter::centreLine(const RuleSettings &settings)
{
    QStringList parts;
    if (!settings.centreName.isEmpty())
        parts << settings.centreName;
    if (!settings.centreHotline.isEmpty())
        parts << tr("Service hotline %1").arg(settings.centreHotline);
    if (!settings.supervisionPhone.isEmpty())
        parts << tr("Supervision and complaints %1").arg(settings.supervisionPhone);
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p align='center'>") + parts.join(QStringLiteral(" · ")).toHtmlEscaped() +
           QStringLiteral("</p>");
}

namespace {
bool toPdf(const std::optional<PrintedForm> &form, const QString &pdfPath, QString *error)
{
    return form && FormOutput::writePdf(*form, pdfPath, error);
}
} // namespace

bool FormPrinter::serviceReceipt(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error)
{
    return toPdf(receiptForm(desk, ticketId, error), pdfPath, error);
}

bool FormPrinter::jobSheet(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error)
{
    return toPdf(jobSheetForm(desk, ticketId, error), pdfPath, error);
}

bool FormPrinter::partsRequisition(DeskService &desk, const QString &ticketId, const QString &pdfPath, QString *error)
{
    return toPdf(partsRequisitionForm(desk, ticketId, error), pdfPath, error);
}

bool FormPrinter::dispatchSheet(DeskService &desk, const QString &technicianId, const QDate &day,
                                const QString &pdfPath, QString *error)
{
    return toPdf(dispatchSheetForm(desk, technicianId, day, error), pdfPath, error);
}

std::optional<PrintedForm> FormPrinter::receiptForm(DeskService &desk, const QString &ticketId, QString *error)
{
    const auto ticket = desk.store().load(Store::Tickets, ticketId);
    if (!ticket) {
        *error = tr("There is no ticket %1.").arg(ticketId);
        return std::nullopt;
    }
    const auto customer = desk.store().load(Store::Customers, ticket->value(QStringLiteral("customer_id")).toString());
    const auto product = desk.store().load(Store::Products, ticket->value(QStringLiteral("product_id")).toString());
    const auto tech = desk.store().load(Store::Technicians, ticket->value(QStringLiteral("technician_id")).toString());
    const int offset = desk.processor().settings().utcOffsetMinutes;
    const QString number = ticket->value(QStringLiteral("number")).toString();
    QString html = ticketHeader(desk, *ticket, tr("Service receipt (维修服务回执单)"));
    html += row(tr("Purchase date"), esc(product->value(QStringLiteral("purchase_date"))));
    html += row(tr("Warranty"),
                DisplayText::warranty(ticket->value(QStringLiteral("warranty")).toString()).toHtmlEscaped());
    html += row(tr("Fault reported"), esc(ticket->value(QStringLiteral("fault"))));
    if (const auto contract = ServiceContract::fromStored(customer->value(QStringLiteral("contract")).toString()))
        html += row(tr("Service contract"), contract->describe().toHtmlEscaped());
    html += row(tr("Work done"), esc(ticket->value(QStringLiteral("resolution"))));
    html += row(tr("Technician"), tech ? esc(tech->value(QStringLiteral("name"))) : QString());
    if (!ticket->value(QStringLiteral("completed_at")).isNull())
        html += row(tr("Completed"),
                    DisplayText::fullDateTime(ticket->value(QStringLiteral("completed_at")).toLongLong(), offset));
    html += QStringLiteral("</table><h3>") + tr("Charges (published fee schedule)").toHtmlEscaped() +
            QStringLiteral("</h3><table class='lines' width='100%'><tr><th>") + tr("Item").toHtmlEscaped() +
            QStringLiteral("</th><th>") + tr("Qty").toHtmlEscaped() + QStringLiteral("</th><th>") +
            tr("Unit price").toHtmlEscaped() + QStringLiteral("</th><th>") + tr("Charged").toHtmlEscaped() +
            QStringLiteral("</th><th>") + tr("Note").toHtmlEscaped() + QStringLiteral("</th></tr>");
    ReportQueries queries(desk.store());
    for (const Record &c : queries.ticketCharges(ticketId)) {
        const QString covered = c.value(QStringLiteral("covered_by")).toString();
        QString note = covered.isEmpty()                      ? QString()
                       : covered == QLatin1String("contract") ? tr("service contract")
                                                              : tr("in warranty");
        if (!c.value(QStringLiteral("approved_by")).toString().isEmpty())
            note = tr("approved by %1: %2")
                       .arg(c.value(QStringLiteral("approved_by")).toString(),
                            c.value(QStringLiteral("reason")).toString());
        html += QStringLiteral("<tr><td>") + esc(c.value(QStringLiteral("code"))) + QLatin1Char(' ') +
                esc(c.value(QStringLiteral("name"))) + QStringLiteral("</td><td align='right'>") +
                esc(c.value(QStringLiteral("qty"))) + QStringLiteral("</td><td align='right'>") +
                DisplayText::money(c.value(QStringLiteral("unit_fen")).toLongLong()) +
                QStringLiteral("</td><td align='right'>") +
                DisplayText::money(c.value(QStringLiteral("billed_fen")).toLongLong()) + QStringLiteral("</td><td>") +
                note.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    const qint64 charged = ticket->value(QStringLiteral("charges_fen")).toLongLong();
    const qint64 paid = ticket->value(QStringLiteral("paid_fen")).toLongLong();
    html += QStringLiteral("</table><p><b>") + tr("Total: %1").arg(DisplayText::money(charged)).toHtmlEscaped() +
            QStringLiteral("</b> &nbsp; ") + tr("Paid: %1").arg(DisplayText::money(paid)).toHtmlEscaped() +
            QStringLiteral(" &nbsp; ") +
            (paid < charged ? tr("Open: %1").arg(DisplayText::money(charged - paid)).toHtmlEscaped() : QString()) +
            QStringLiteral("</p><p>") +
            tr("Only the charges above, from the published fee schedule, may be collected. Technicians accept no "
               "water, cigarettes, meals or gifts (四不准). Complaints: call the service hotline.")
                .toHtmlEscaped() +
            QStringLiteral("</p><table width='100%'>");
    html += row(tr("Customer's signature"),
                esc(ticket->value(QStringLiteral("signed_by"))) + QStringLiteral(" ________________"));
    // The customer's answer ticked (■), the others open (□); all open until it was given
    QStringList boxes;
    const QString answer = ticket->value(QStringLiteral("satisfaction")).toString();
    for (const QString &option : {QStringLiteral("满意"), QStringLiteral("基本满意"), QStringLiteral("不满意")})
        boxes << (option == answer ? QStringLiteral("■ ") : QStringLiteral("□ ")) +
                     Labels::value(QStringLiteral("satisfaction"), option).toHtmlEscaped();
    html += row(tr("Satisfaction"), boxes.join(QStringLiteral(" &nbsp; ")));
    html += QStringLiteral("</table>");
    return PrintedForm{QStringLiteral("receipt"), tr("Service receipt %1").arg(number), html, QPageSize::A5,
                       QPageLayout::Portrait};
}

std::optional<PrintedForm> FormPrinter::dispatchSheetForm(DeskService &desk, const QString &technicianId,
                                                          const QDate &day, QString *error)
{
    const auto tech = desk.store().load(Store::Technicians, technicianId);
    if (!tech) {
        *error = tr("There is no technician %1.").arg(technicianId);
        return std::nullopt;
    }
    const int offset = desk.processor().settings().utcOffsetMinutes;
    const qint64 from = QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, offset * 60).toMSecsSinceEpoch();
    ReportQueries queries(desk.store());
    QString html = QStringLiteral("<h2 align='center'>") + tr("Dispatch sheet (派工单)").toHtmlEscaped() +
                   QStringLiteral("</h2>") + centreLine(desk.processor().settings()) + QStringLiteral("<p>") +
                   tr("Technician: %1 · %2 · shift %3–%4")
                       .arg(tech->value(QStringLiteral("name")).toString(), day.toString(Qt::ISODate),
                            tech->value(QStringLiteral("shift_start")).toString(),
                            tech->value(QStringLiteral("shift_end")).toString())
                       .toHtmlEscaped() +
                   QStringLiteral("</p><table class='lines' width='100%'><tr><th>") + tr("Time").toHtmlEscaped() +
                   QStringLiteral("</th><th>") + tr("Ticket").toHtmlEscaped() + QStringLiteral("</th><th>") +
                   tr("Customer and address").toHtmlEscaped() + QStringLiteral("</th><th>") +
                   tr("Appliance and fault").toHtmlEscaped() + QStringLiteral("</th><th>") +
                   tr("Leave by").toHtmlEscaped() + QStringLiteral("</th></tr>");
    int count = 0;
    for (const Record &v : queries.visitsBetween(from, from + 24 * 3600 * 1000LL)) {
        if (v.value(QStringLiteral("technician_id")).toString() != technicianId)
            continue;
        // A visit made the day before (its deadline fell on this day) is no job of this day's
        const bool done = v.value(QStringLiteral("visit_state")).toString() == QLatin1String("done");
        const QVariant arrived = v.value(QStringLiteral("arrived_at"));
        if (done && !arrived.isNull() && arrived.toLongLong() < from)
            continue;
        ++count;
        const QVariant start = v.value(QStringLiteral("start_at"));
        const QString when =
            done && !arrived.isNull() ? tr("done %1").arg(DisplayText::dateTime(arrived.toLongLong(), offset).mid(6))
            : start.isNull()
                ? tr("by %1").arg(DisplayText::dateTime(v.value(QStringLiteral("due_at")).toLongLong(), offset).mid(6))
                : DisplayText::dateTime(start.toLongLong(), offset).mid(6);
        html +=
            QStringLiteral("<tr><td>") + when.toHtmlEscaped() + QStringLiteral("</td><td>") +
            esc(v.value(QStringLiteral("number"))) + QStringLiteral("<br>") +
            TicketStates::label(v.value(QStringLiteral("state")).toString()).toHtmlEscaped() + QStringLiteral("<br>") +
            DisplayText::priority(v.value(QStringLiteral("priority")).toString()).toHtmlEscaped() +
            QStringLiteral(" · ") +
            DisplayText::warranty(v.value(QStringLiteral("warranty")).toString()).toHtmlEscaped() +
            (v.value(QStringLiteral("helper")).toInt() ? QStringLiteral("<br>") + tr("as helper").toHtmlEscaped()
                                                       : QString()) +
            QStringLiteral("</td><td>") + esc(v.value(QStringLiteral("customer_name"))) + QStringLiteral(" ") +
            PhoneNumbers::display(v.value(QStringLiteral("customer_phone")).toString()).toHtmlEscaped() +
            QStringLiteral("<br>") + esc(v.value(QStringLiteral("customer_address"))) + QStringLiteral("</td><td>") +
            esc(v.value(QStringLiteral("category_name"))) + QLatin1Char(' ') + esc(v.value(QStringLiteral("model"))) +
            QStringLiteral("<br>") + esc(v.value(QStringLiteral("fault"))) + QStringLiteral("</td><td>") +
            (v.value(QStringLiteral("depart_by")).isNull()
                 ? QString()
                 : DisplayText::dateTime(v.value(QStringLiteral("depart_by")).toLongLong(), offset).mid(6)) +
            QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table><p>") + tr("%n visit(s).", nullptr, count).toHtmlEscaped() + QStringLiteral(" ") +
            tr("Call each customer within %1 minutes of dispatch; arrive 5–10 minutes early; show the fee schedule "
               "card; have the receipt signed.")
                .arg(desk.processor().settings().contactWithinMinutes)
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    return PrintedForm{
        QStringLiteral("dispatch_sheet"),
        tr("Dispatch sheet %1 %2").arg(tech->value(QStringLiteral("name")).toString(), day.toString(Qt::ISODate)), html,
        QPageSize::A4, QPageLayout::Portrait};
}

std::optional<PrintedForm> FormPrinter::jobSheetForm(DeskService &desk, const QString &ticketId, QString *error)
{
    // [002 §4.1.3, §4.8.4] the 派工单 of one job: everything the technician needs before ringing the bell
    const auto ticket = desk.store().load(Store::Tickets, ticketId);
    if (!ticket) {
        *error = tr("There is no ticket %1.").arg(ticketId);
        return std::nullopt;
    }
    const auto tech = desk.store().load(Store::Technicians, ticket->value(QStringLiteral("technician_id")).toString());
    const RuleSettings settings = desk.processor().settings();
    const int offset = settings.utcOffsetMinutes;
    const QString number = ticket->value(QStringLiteral("number")).toString();
    QString html = ticketHeader(desk, *ticket, tr("Dispatch sheet (派工单)"));
    html += row(tr("Fault"), esc(ticket->value(QStringLiteral("fault"))));
    html += row(tr("Priority"), DisplayText::priority(ticket->value(QStringLiteral("priority")).toString()));
    html += row(tr("Warranty"), DisplayText::warranty(ticket->value(QStringLiteral("warranty")).toString()));
    const QVariant start = ticket->value(QStringLiteral("appointment_start"));
    const QVariant due = ticket->value(QStringLiteral("on_site_by"));
    html += row(tr("Appointment"), !start.isNull() ? DisplayText::dateTime(start.toLongLong(), offset)
                                   : !due.isNull()
                                       ? tr("on site by %1").arg(DisplayText::dateTime(due.toLongLong(), offset))
                                       : QString());
    html += row(tr("Technician"), tech ? esc(tech->value(QStringLiteral("name"))) : QString());
    // What to bring: the parts this job waited for
    QStringList bring;
    for (const Record &p : requestedParts(desk, ticketId))
        bring << p.value(QStringLiteral("sku")).toString() + QLatin1Char(' ') +
                     p.value(QStringLiteral("name")).toString();
    html += row(tr("Bring"), (bring.isEmpty() ? tr("tools, shoe covers, the fee schedule card, receipts")
                                              : bring.join(QStringLiteral(", ")))
                                 .toHtmlEscaped());
    html += QStringLiteral("</table><p>") +
            tr("Call the customer within %1 minutes of dispatch; arrive 5–10 minutes early; show the fee schedule "
               "card; have the receipt signed.")
                .arg(settings.contactWithinMinutes)
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    return PrintedForm{QStringLiteral("job_sheet"), tr("Dispatch sheet %1").arg(number), html, QPageSize::A5,
                       QPageLayout::Portrait};
}

#include "FeeCardPrinter.h"

#include "FormOutput.h"

#include "FormPrinter.h"

#include "DisplayText.h"
#include "service/DeskService.h"

#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QTextDocument>

namespace {
QString esc(const QVariant &v)
{
    return v.toString().toHtmlEscaped();
}

QString header(const QStringList &labels)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &l : labels)
        out += QStringLiteral("<th>") + l.toHtmlEscaped() + QStringLiteral("</th>");
    return out + QStringLiteral("</tr>");
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("visit"))
        return FeeCardPrinter::tr("Visit fee");
    if (kind == QLatin1String("labour"))
        return FeeCardPrinter::tr("Labour");
    if (kind == QLatin1String("software"))
        return FeeCardPrinter::tr("Software");
    if (kind == QLatin1String("upgrade"))
        return FeeCardPrinter::tr("Upgrade");
    return FeeCardPrinter::tr("Other service");
}
} // namespace

QString FeeCardPrinter::html(DeskService &desk)
{
    Store &store = desk.store();
    const int offset = desk.processor().settings().utcOffsetMinutes;
    const QDate today = desk.clock().now().toOffsetFromUtc(offset * 60).date();
    QString html = QStringLiteral("<h2 align='center'>") + tr("Fee schedule card (收费标准卡)").toHtmlEscaped() +
                   QStringLiteral("</h2>") + FormPrinter::centreLine(desk.processor().settings()) +
                   QStringLiteral("<p align='center'>") +
                   tr("Published charges, in force on %1").arg(today.toString(Qt::ISODate)).toHtmlEscaped() +
                   QStringLiteral("</p>");

    html += QStringLiteral("<p>") +
            tr("In warranty you pay nothing: no visit fee, no labour, no parts. Out of warranty you pay only the "
               "items on this card, at these prices; any other charge needs a supervisor's approval with the reason "
               "written on your receipt. Every charge is on the service receipt you sign.")
                .toHtmlEscaped() +
            QStringLiteral("</p><p>") +
            tr("Our technicians accept no water, cigarettes, meals or gifts (四不准). Anything not right? Call the "
               "service hotline: we call you back after every visit.")
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    // Service fees, grouped by kind in the order a technician explains them
    html += QStringLiteral("<h3>") + tr("Service fees").toHtmlEscaped() +
            QStringLiteral("</h3><table class='lines' width='100%'>") +
            header({tr("Code"), tr("Item"), tr("Kind"), tr("Amount")});
    const QList<Record> fees = store.all(Store::Fees, QStringLiteral("code"));
    for (const QString &kind : {QStringLiteral("visit"), QStringLiteral("labour"), QStringLiteral("software"),
                                QStringLiteral("upgrade"), QStringLiteral("other")}) {
        for (const Record &f : fees) {
            const QString k = f.value(QStringLiteral("kind")).toString();
            const bool known = k == QLatin1String("visit") || k == QLatin1String("labour") ||
                               k == QLatin1String("software") || k == QLatin1String("upgrade");
            if (k != kind && !(kind == QLatin1String("other") && !known))
                continue;
            html += QStringLiteral("<tr><td>") + esc(f.value(QStringLiteral("code"))) + QStringLiteral("</td><td>") +
                    esc(f.value(QStringLiteral("name"))) + QStringLiteral("</td><td>") + kindName(k).toHtmlEscaped() +
                    QStringLiteral("</td><td align='right'>") +
                    DisplayText::money(f.value(QStringLiteral("amount_fen")).toLongLong()).toHtmlEscaped() +
                    QStringLiteral("</td></tr>");
        }
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + tr("Parts at catalogue prices").toHtmlEscaped() +
            QStringLiteral("</h3><table class='lines' width='100%'>") +
            header({tr("Part number"), tr("Part"), tr("Price")});
    for (const Record &p : store.all(Store::Parts, QStringLiteral("sku")))
        html += QStringLiteral("<tr><td>") + esc(p.value(QStringLiteral("sku"))) + QStringLiteral("</td><td>") +
                esc(p.value(QStringLiteral("name"))) + QStringLiteral("</td><td align='right'>") +
                DisplayText::money(p.value(QStringLiteral("price_fen")).toLongLong()).toHtmlEscaped() +
                QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + tr("Warranty").toHtmlEscaped() +
            QStringLiteral("</h3><table class='lines' width='100%'>") +
            header({tr("Appliance"), tr("Whole unit"), tr("Main parts"), tr("Main parts are")});
    for (const Record &c : store.all(Store::Categories, QStringLiteral("id"))) {
        QStringList mainParts;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(c.value(QStringLiteral("main_parts")).toString().toUtf8()).array()) {
            const auto part = store.load(Store::Parts, v.toString());
            mainParts << (part ? part->value(QStringLiteral("name")).toString() : v.toString());
        }
        html += QStringLiteral("<tr><td>") + esc(c.value(QStringLiteral("name"))) + QStringLiteral("</td><td>") +
                tr("%1 months").arg(c.value(QStringLiteral("warranty_months")).toInt()).toHtmlEscaped() +
                QStringLiteral("</td><td>") +
                tr("%1 months").arg(c.value(QStringLiteral("main_part_warranty_months")).toInt()).toHtmlEscaped() +
                QStringLiteral("</td><td>") + mainParts.join(tr(", ")).toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

bool FeeCardPrinter::feeCard(DeskService &desk, const QString &pdfPath, QString *error)
{
    return FormOutput::writePdf(form(desk), pdfPath, error);
}

PrintedForm FeeCardPrinter::form(DeskService &desk)
{
    // One A4 page for the wall: tight cells
    return PrintedForm{
        QStringLiteral("fee_card"), tr("Fee schedule card"), html(desk), QPageSize::A4, QPageLayout::Portrait, 2};
}

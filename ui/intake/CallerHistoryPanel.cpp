#include "CallerHistoryPanel.h"

#include "DisplayText.h"
#include "reports/SupervisorText.h"
#include "rules/Labels.h"
#include "rules/PhoneNumbers.h"
#include "rules/ServiceContract.h"
#include "rules/TicketStates.h"
#include "service/DeskService.h"
#include "storage/CustomerQueries.h"

CallerHistoryPanel::CallerHistoryPanel(DeskService &desk, QWidget *parent) : QTextBrowser(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("callerHistory"));
    setOpenLinks(false);
    setFocusPolicy(Qt::NoFocus);
    clearCustomer();
}

void CallerHistoryPanel::clearCustomer()
{
    setHtml(QStringLiteral("<p style='color:gray'>") +
            tr("Type a phone number, name, pinyin or address in the caller field: known callers and their "
               "history appear here.")
                .toHtmlEscaped() +
            QStringLiteral("</p>"));
}

void CallerHistoryPanel::showCustomer(const QString &customerId)
{
    const auto customer = m_desk.store().load(Store::Customers, customerId);
    if (!customer) {
        clearCustomer();
        return;
    }
    const int offset = m_desk.processor().settings().utcOffsetMinutes;
    auto esc = [](const QVariant &v) { return v.toString().toHtmlEscaped(); };
    CustomerQueries queries(m_desk.store());
    QString html = QStringLiteral("<h3>") + esc(customer->value(QStringLiteral("name"))) + QStringLiteral("</h3><p>");
    QStringList phones;
    for (const QString &p : m_desk.store().customerPhones(customerId))
        phones << PhoneNumbers::display(p).toHtmlEscaped();
    html +=
        phones.join(QStringLiteral(" · ")) + QStringLiteral("<br>") + esc(customer->value(QStringLiteral("address")));
    if (const auto contract = ServiceContract::fromStored(customer->value(QStringLiteral("contract")).toString())) {
        const bool valid = !contract->until.isValid() || contract->until >= m_desk.clock().now().date();
        html += QStringLiteral("<br><b>") +
                (valid ? tr("Service contract: %1") : tr("Service contract ended: %1"))
                    .arg(contract->describe())
                    .toHtmlEscaped() +
                QStringLiteral("</b>");
    }
    html += QStringLiteral("</p><h4>") + tr("Appliances").toHtmlEscaped() + QStringLiteral("</h4><ul>");
    for (const Record &p : queries.products(customerId))
        html += QStringLiteral("<li>") + esc(p.value(QStringLiteral("category_name"))) + QLatin1Char(' ') +
                esc(p.value(QStringLiteral("model"))) + QStringLiteral(" ") +
                (p.value(QStringLiteral("purchase_date")).isNull()
                     ? tr("(purchase date unknown)").toHtmlEscaped()
                     : tr("(bought %1)").arg(esc(p.value(QStringLiteral("purchase_date"))))) +
                QStringLiteral("</li>");
    html += QStringLiteral("</ul><h4>") + tr("Tickets").toHtmlEscaped() + QStringLiteral("</h4><ul>");
    const QList<Record> tickets = queries.tickets(customerId);
    for (const Record &t : tickets) {
        const QString state = t.value(QStringLiteral("state")).toString();
        const bool open = TicketStates::isOpen(state) && state != QLatin1String("completed");
        html += QStringLiteral("<li>") + (open ? QStringLiteral("<b>") : QString()) +
                esc(t.value(QStringLiteral("number"))) + QStringLiteral(" · ") +
                DisplayText::dateTime(t.value(QStringLiteral("opened_at")).toLongLong(), offset) +
                QStringLiteral(" · ") + TicketStates::label(state).toHtmlEscaped() + QStringLiteral(" · ") +
                esc(t.value(QStringLiteral("category_name"))) + QStringLiteral(": ") +
                esc(t.value(QStringLiteral("fault"))) + (open ? QStringLiteral("</b>") : QString()) +
                QStringLiteral("</li>");
    }
    if (tickets.isEmpty())
        html += QStringLiteral("<li>") + tr("none yet").toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    const QList<Record> callbacks = queries.callbacks(customerId);
    if (!callbacks.isEmpty()) {
        html += QStringLiteral("<h4>") + tr("Callbacks").toHtmlEscaped() + QStringLiteral("</h4><ul>");
        for (const Record &c : callbacks)
            html +=
                QStringLiteral("<li>") + esc(c.value(QStringLiteral("number"))) + QStringLiteral(" · ") +
                (c.value(QStringLiteral("state")).toString() == QLatin1String("open")
                     ? tr("due %1").arg(DisplayText::dateTime(c.value(QStringLiteral("due_at")).toLongLong(), offset))
                     : Labels::value(QStringLiteral("satisfaction"), c.value(QStringLiteral("satisfaction")).toString())
                           .toHtmlEscaped()) +
                QStringLiteral(" ") + esc(c.value(QStringLiteral("comment"))) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    const QList<Record> complaints = queries.complaints(customerId);
    if (!complaints.isEmpty()) {
        html += QStringLiteral("<h4 style='color:#c62828'>") + tr("Complaints").toHtmlEscaped() +
                QStringLiteral("</h4><ul>");
        for (const Record &k : complaints)
            html += QStringLiteral("<li>") + esc(k.value(QStringLiteral("number"))) + QStringLiteral(" · ") +
                    SupervisorText::complaintState(k.value(QStringLiteral("state")).toString()).toHtmlEscaped() +
                    QStringLiteral(" · ") + esc(k.value(QStringLiteral("reason"))) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    setHtml(html);
}

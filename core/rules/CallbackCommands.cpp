// After the visit: callbacks (R4, R15), reopened tickets, and complaints (R16).
#include "domain/Ids.h"
#include "domain/TicketFlags.h"
#include "rules/CommandArgs.h"
#include "rules/CommandProcessor.h"
#include "rules/Rejection.h"
#include "rules/TicketStates.h"

namespace {
const QString kState = QStringLiteral("state");
}

QString CommandProcessor::createCallback(Context &c, const QString &ticketId, const QString &kind, qint64 due)
{
    if (const auto open = m_store.openCallbackForTicket(ticketId))
        saveRecord(c, Store::Callbacks, QStringLiteral("callback"), *open,
                   {{kState, QStringLiteral("replaced")}, {QStringLiteral("done_at"), c.at}});
    const QString id = c.newId();
    m_store.insert(Store::Callbacks, {{QStringLiteral("id"), id},
                                      {QStringLiteral("ticket_id"), ticketId},
                                      {QStringLiteral("kind"), kind},
                                      {kState, QStringLiteral("open")},
                                      {QStringLiteral("created_at"), c.at},
                                      {QStringLiteral("due_at"), due},
                                      {QStringLiteral("first_due_at"), due},
                                      {QStringLiteral("attempts"), 0}});
    m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("callback"), id, QStringLiteral("*"), QVariant(),
                     QStringLiteral("created"));
    return id;
}

void CommandProcessor::reopenTicket(Context &c, Record &ticket, const QString &why)
{
    // R15: service goes on until the customer is satisfied: back to dispatched, counted as a repeat visit
    ticket.insert(kState, QStringLiteral("dispatched"));
    ticket.insert(QStringLiteral("closed_at"), QVariant());
    ticket.insert(QStringLiteral("callback_by"), QVariant());
    ticket.insert(QStringLiteral("dispatched_at"), c.at);
    ticket.insert(QStringLiteral("contact_by"), c.at + minutes(c.settings.contactWithinMinutes));
    ticket.insert(QStringLiteral("on_site_by"), c.at + minutes(c.settings.onsiteSlaMinutes));
    ticket.insert(QStringLiteral("first_contact_at"), QVariant());
    ticket.insert(QStringLiteral("arrived_at"), QVariant());
    ticket.insert(QStringLiteral("failed_contacts"), 0);
    ticket.insert(QStringLiteral("last_attempt_at"), QVariant());
    ticket.insert(QStringLiteral("appointment_start"), QVariant());
    ticket.insert(QStringLiteral("appointment_end"), QVariant());
    ticket.insert(QStringLiteral("depart_by"), QVariant());
    TicketFlags::set(ticket, QStringLiteral("reopened"));
    const QString tech = ticket.value(QStringLiteral("technician_id")).toString();
    if (!tech.isEmpty())
        createVisit(c, ticket, tech, std::nullopt, std::nullopt, QString());
    event(c, ticket.value(QStringLiteral("id")).toString(), QStringLiteral("reopened"),
          {{QStringLiteral("reason"), why}});
}

QString CommandProcessor::openComplaint(Context &c, const QString &ticketId, const QString &technicianId,
                                        const QString &severity, const QString &reason, const QString &owner,
                                        qint64 deadline, const QString &givenId, const QString &source,
                                        const QString &words)
{
    const QString id = givenId.isEmpty() ? c.newId() : givenId;
    m_store.insert(Store::Complaints,
                   {{QStringLiteral("id"), id},
                    {QStringLiteral("ticket_id"), ticketId.isEmpty() ? QVariant() : QVariant(ticketId)},
                    {QStringLiteral("technician_id"), technicianId.isEmpty() ? QVariant() : QVariant(technicianId)},
                    {QStringLiteral("severity"), severity},
                    {QStringLiteral("owner"), owner.isEmpty() ? QVariant() : QVariant(owner)},
                    {QStringLiteral("deadline"), deadline},
                    {kState, QStringLiteral("open")},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("opened_at"), c.at},
                    {QStringLiteral("opened_by"), c.cmd.by()},
                    {QStringLiteral("source"), source},
                    {QStringLiteral("words"), words.isEmpty() ? QVariant() : QVariant(words)}});
    m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("complaint"), id, QStringLiteral("*"), QVariant(),
                     QStringLiteral("created"));
    m_store.addComplaintStep(id, c.at, c.cmd.by(), tr("Complaint registered: %1").arg(reason));
    if (!ticketId.isEmpty())
        event(c, ticketId, QStringLiteral("complaint_opened"),
              {{QStringLiteral("complaint"), id}, {QStringLiteral("reason"), reason}});
    // R21: a serious complaint is the manager's to follow [000 三.3(3)]
    if (severity == QLatin1String("serious"))
        createTask(c, QStringLiteral("serious_complaint"), ticketId, id, QString(), reason);
    return id;
}

void CommandProcessor::callbackRecord(Context &c)
{
    CommandArgs args(c.cmd.args());
    QString callbackId = args.optionalString(QStringLiteral("callback"));
    if (callbackId.isEmpty()) {
        const QString ticketId = args.optionalString(QStringLiteral("ticket"));
        if (ticketId.isEmpty())
            args.reject(QStringLiteral("callback"), tr("Name the callback or its ticket."));
        if (!m_store.load(Store::Tickets, ticketId))
            args.reject(QStringLiteral("ticket"), tr("There is no ticket %1.").arg(ticketId));
        const auto open = m_store.openCallbackForTicket(ticketId);
        if (!open)
            args.reject(QStringLiteral("ticket"), tr("Ticket %1 has no callback waiting.").arg(ticketId));
        callbackId = *open;
    }
    const auto cb = m_store.load(Store::Callbacks, callbackId);
    if (!cb)
        args.reject(QStringLiteral("callback"), tr("There is no callback %1.").arg(callbackId));
    if (cb->value(kState).toString() != QLatin1String("open"))
        args.reject(QStringLiteral("callback"),
                    tr("This callback is already finished (%1).").arg(cb->value(kState).toString()));
    const QString ticketId = cb->value(QStringLiteral("ticket_id")).toString();
    const Record t = *m_store.load(Store::Tickets, ticketId);
    c.result.id = callbackId;
    c.result.info.insert(QStringLiteral("ticket"), ticketId);
    const bool reached = args.requiredBool(QStringLiteral("reached"));
    const int attempts = cb->value(QStringLiteral("attempts")).toInt() + 1;
    Record after = t;
    if (!reached) {
        // R15: not reached: try again later; after the last try the callback closes as unreachable
        if (attempts >= c.settings.callbackMaxAttempts) {
            saveRecord(c, Store::Callbacks, QStringLiteral("callback"), callbackId,
                       {{QStringLiteral("attempts"), attempts},
                        {kState, QStringLiteral("unreachable")},
                        {QStringLiteral("done_at"), c.at},
                        {QStringLiteral("reached"), 0},
                        {QStringLiteral("by"), c.cmd.by()}});
            after.insert(kState, QStringLiteral("closed"));
            after.insert(QStringLiteral("closed_at"), c.at);
            after.insert(QStringLiteral("callback_by"), QVariant());
            TicketFlags::set(after, QStringLiteral("callback_unreachable"));
            saveTicket(c, t, after);
            event(c, ticketId, QStringLiteral("callback_unreachable"), {{QStringLiteral("attempts"), attempts}});
            c.result.info.insert(QStringLiteral("closed"), true);
        } else {
            const qint64 next = c.at + minutes(c.settings.callbackRetryMinutes);
            saveRecord(c, Store::Callbacks, QStringLiteral("callback"), callbackId,
                       {{QStringLiteral("attempts"), attempts}, {QStringLiteral("due_at"), next}});
            after.insert(QStringLiteral("callback_by"), next);
            saveTicket(c, t, after);
            event(c, ticketId, QStringLiteral("callback_not_reached"), {{QStringLiteral("attempt"), attempts}});
            c.result.info.insert(QStringLiteral("next_try"), next);
        }
        return;
    }
    const bool solved = args.requiredBool(QStringLiteral("solved"));
    const std::optional<bool> onTime = args.optionalBool(QStringLiteral("on_time"));
    const std::optional<bool> behaviourOk = args.optionalBool(QStringLiteral("behaviour_ok"));
    const std::optional<bool> chargedOk = args.optionalBool(QStringLiteral("charged_as_receipt"));
    const QString satisfaction = args.satisfaction(QStringLiteral("satisfaction"));
    const QString comment = args.optionalString(QStringLiteral("comment"));
    auto tri = [](const std::optional<bool> &b) { return b ? QVariant(*b ? 1 : 0) : QVariant(); };
    saveRecord(c, Store::Callbacks, QStringLiteral("callback"), callbackId,
               {{QStringLiteral("attempts"), attempts},
                {kState, QStringLiteral("done")},
                {QStringLiteral("done_at"), c.at},
                {QStringLiteral("reached"), 1},
                {QStringLiteral("solved"), solved ? 1 : 0},
                {QStringLiteral("on_time"), tri(onTime)},
                {QStringLiteral("behaviour_ok"), tri(behaviourOk)},
                {QStringLiteral("charged_as_receipt"), tri(chargedOk)},
                {QStringLiteral("satisfaction"), satisfaction.isEmpty() ? QVariant() : QVariant(satisfaction)},
                {QStringLiteral("comment"), comment.isEmpty() ? QVariant() : QVariant(comment)},
                {QStringLiteral("by"), c.cmd.by()}});
    QJsonObject data{{QStringLiteral("solved"), solved},
                     {QStringLiteral("satisfaction"), satisfaction},
                     {QStringLiteral("comment"), comment}};
    // R16: a wrong charge or a behaviour breach opens a complaint
    QStringList findings;
    QString severity = QStringLiteral("normal");
    if (chargedOk == false)
        findings << tr("charged differently from the service receipt");
    if (behaviourOk == false) {
        findings << tr("behaviour breach (四不准: no accepting water, cigarettes, meals or gifts)");
        severity = QStringLiteral("serious");
    }
    if (!findings.isEmpty()) {
        const QString complaint =
            openComplaint(c, ticketId, t.value(QStringLiteral("technician_id")).toString(), severity,
                          tr("Callback found: %1").arg(findings.join(tr("; "))),
                          c.cmd.by(), // [004 "谁接听,谁跟踪"] who made the call follows it up first
                          c.at + qint64(c.settings.complaintDeadlineHours) * 3600 * 1000, QString(),
                          QStringLiteral("callback"), comment);
        data.insert(QStringLiteral("complaint"), complaint);
        c.result.info.insert(QStringLiteral("complaint"), complaint);
    }
    const bool unsatisfied = satisfaction == QStringLiteral("不满意");
    const QString ticketState = t.value(kState).toString();
    if (!solved || unsatisfied) {
        if (ticketState == QLatin1String("completed") || ticketState == QLatin1String("guided_by_phone")) {
            reopenTicket(c, after, !solved ? tr("callback: problem not solved") : tr("callback: customer unsatisfied"));
            c.result.info.insert(QStringLiteral("reopened"), true);
        }
    } else if (ticketState == QLatin1String("completed") || ticketState == QLatin1String("guided_by_phone")) {
        after.insert(kState, QStringLiteral("closed"));
        after.insert(QStringLiteral("closed_at"), c.at);
        after.insert(QStringLiteral("callback_by"), QVariant());
        c.result.info.insert(QStringLiteral("closed"), true);
    }
    saveTicket(c, t, after);
    event(c, ticketId, QStringLiteral("callback"), data);
}

void CommandProcessor::complaintOpen(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString ticket = args.optionalString(QStringLiteral("ticket"));
    const QString technician = args.optionalString(QStringLiteral("technician"));
    if (ticket.isEmpty() && technician.isEmpty())
        args.reject(QStringLiteral("ticket"), tr("Say which ticket or technician (or both) the complaint is about."));
    if (!ticket.isEmpty() && !m_store.load(Store::Tickets, ticket))
        args.reject(QStringLiteral("ticket"), tr("There is no ticket %1.").arg(ticket));
    if (!technician.isEmpty() && !m_store.load(Store::Technicians, technician))
        args.reject(QStringLiteral("technician"), tr("There is no technician %1.").arg(technician));
    const QString id = args.optionalString(QStringLiteral("id"));
    if (!id.isEmpty() && m_store.load(Store::Complaints, id))
        args.reject(QStringLiteral("id"), tr("A complaint with id %1 already exists.").arg(id));
    const QString severity = args.oneOf(QStringLiteral("severity"),
                                        {QStringLiteral("minor"), QStringLiteral("normal"), QStringLiteral("serious")},
                                        QStringLiteral("normal"));
    const QString reason = args.requiredString(QStringLiteral("reason"));
    const qint64 deadline = args.optionalTime(QStringLiteral("deadline"))
                                .value_or(c.at + qint64(c.settings.complaintDeadlineHours) * 3600 * 1000);
    QString techId = technician;
    if (techId.isEmpty() && !ticket.isEmpty())
        techId = m_store.load(Store::Tickets, ticket)->value(QStringLiteral("technician_id")).toString();
    c.result.id = openComplaint(c, ticket, techId, severity, reason, args.optionalString(QStringLiteral("owner")),
                                deadline, id, QStringLiteral("intake"), args.optionalString(QStringLiteral("words")));
    c.outbox.insert(QStringLiteral("id"), c.result.id);
}

void CommandProcessor::complaintStep(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(QStringLiteral("complaint"));
    const auto complaint = m_store.load(Store::Complaints, id);
    if (!complaint)
        args.reject(QStringLiteral("complaint"), tr("There is no complaint %1.").arg(id));
    if (complaint->value(kState).toString() == QLatin1String("closed"))
        args.reject(QStringLiteral("complaint"), tr("This complaint is closed; no more steps can be added."));
    const QString text = args.requiredString(QStringLiteral("text"));
    m_store.addComplaintStep(id, c.at, c.cmd.by(), text);
    if (complaint->value(kState).toString() == QLatin1String("open"))
        saveRecord(c, Store::Complaints, QStringLiteral("complaint"), id, {{kState, QStringLiteral("in_progress")}});
    c.result.id = id;
}

void CommandProcessor::complaintResolve(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(QStringLiteral("complaint"));
    const auto complaint = m_store.load(Store::Complaints, id);
    if (!complaint)
        args.reject(QStringLiteral("complaint"), tr("There is no complaint %1.").arg(id));
    if (complaint->value(kState).toString() == QLatin1String("closed"))
        args.reject(QStringLiteral("complaint"), tr("This complaint is already closed."));
    QString resolution = args.optionalString(QStringLiteral("resolution"));
    if (resolution.isEmpty())
        resolution = complaint->value(QStringLiteral("resolution")).toString();
    if (resolution.isEmpty())
        args.reject(QStringLiteral("resolution"), tr("Say how the complaint was resolved (resolution)."));
    const bool confirmed = args.optionalBool(QStringLiteral("customer_confirmed")).value_or(false);
    // R16: tracked until resolved and the customer confirms
    saveRecord(c, Store::Complaints, QStringLiteral("complaint"), id,
               {{kState, confirmed ? QStringLiteral("closed") : QStringLiteral("resolved")},
                {QStringLiteral("resolution"), resolution},
                {QStringLiteral("resolved_at"), c.at},
                {QStringLiteral("customer_confirmed"), confirmed ? 1 : 0}});
    m_store.addComplaintStep(id, c.at, c.cmd.by(),
                             confirmed ? tr("Resolved, confirmed by the customer: %1").arg(resolution)
                                       : tr("Resolved, awaiting the customer's confirmation: %1").arg(resolution));
    c.result.id = id;
}

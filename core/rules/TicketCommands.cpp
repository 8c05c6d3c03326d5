// The ticket's life: intake, dispatch, the technician's phone-ins, completion and cancellation (SPEC §2, R1–R14).
#include "domain/Ids.h"
#include "domain/TicketFlags.h"
#include "domain/TimeFormat.h"
#include "rules/ChargeCalculator.h"
#include "rules/CommandArgs.h"
#include "rules/CommandProcessor.h"
#include "rules/IntakeCheck.h"
#include "rules/PriorityRules.h"
#include "rules/Rejection.h"
#include "rules/ScheduleRules.h"
#include "rules/TicketStates.h"
#include "rules/Warranty.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
const QString kState = QStringLiteral("state");
const QString kTechnician = QStringLiteral("technician_id");

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
} // namespace

void CommandProcessor::ticketOpen(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString kind =
        args.oneOf(QStringLiteral("kind"),
                   {QStringLiteral("repair"), QStringLiteral("install"), QStringLiteral("maintenance"),
                    QStringLiteral("relocation"), QStringLiteral("consultation"), QStringLiteral("complaint")});
    QString channel =
        args.optionalString(QStringLiteral("channel")).toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (channel.isEmpty())
        channel = QStringLiteral("hotline");
    static const QStringList channels = {QStringLiteral("hotline"), QStringLiteral("web"), QStringLiteral("wechat"),
                                         QStringLiteral("dealer"), QStringLiteral("walk_in")};
    if (!channels.contains(channel))
        args.reject(QStringLiteral("channel"),
                    tr("channel is \"%1\"; it must be one of: %2.").arg(channel, channels.join(QStringLiteral(", "))));
    const QString fault = args.requiredString(QStringLiteral("fault"));
    QString id = args.optionalString(QStringLiteral("id"));
    if (!id.isEmpty() && m_store.load(Store::Tickets, id))
        args.reject(QStringLiteral("id"), tr("A ticket with id %1 already exists.").arg(id));

    // Who is calling
    const QJsonValue customerValue = c.cmd.args().value(QLatin1String("customer"));
    QString customerId;
    if (customerValue.isString()) {
        customerId = customerValue.toString().trimmed();
        if (!m_store.load(Store::Customers, customerId))
            args.reject(QStringLiteral("customer"), tr("There is no customer %1.").arg(customerId));
    } else if (customerValue.isObject()) {
        customerId = upsertCustomer(c, customerValue.toObject(), QStringLiteral("customer"));
        QJsonObject resolved = customerValue.toObject();
        resolved.insert(QStringLiteral("id"), customerId);
        c.outbox.insert(QStringLiteral("customer"), resolved);
    } else {
        args.reject(QStringLiteral("customer"), tr("customer is required: a customer id or the caller's details."));
    }
    // About which appliance
    const QJsonValue productValue = c.cmd.args().value(QLatin1String("product"));
    QString productId;
    if (productValue.isString()) {
        productId = productValue.toString().trimmed();
        const auto product = m_store.load(Store::Products, productId);
        if (!product)
            args.reject(QStringLiteral("product"), tr("There is no product %1.").arg(productId));
        if (product->value(QStringLiteral("customer_id")).toString() != customerId)
            args.reject(QStringLiteral("product"), tr("Product %1 belongs to another customer.").arg(productId));
    } else if (productValue.isObject()) {
        productId = registerProduct(c, productValue.toObject(), QStringLiteral("product"), customerId);
        QJsonObject resolved = productValue.toObject();
        resolved.insert(QStringLiteral("id"), productId);
        c.outbox.insert(QStringLiteral("product"), resolved);
    } else {
        args.reject(QStringLiteral("product"), tr("product is required: a product id or the appliance's details "
                                                  "(at least its category)."));
    }
    const Record customer = *m_store.load(Store::Customers, customerId);
    const Record product = *m_store.load(Store::Products, productId);

    // R2: one ticket per problem; R3 below uses the same check the intake form shows while the clerk types
    const IntakeCheck::Result check = IntakeCheck::check(m_store, productId, kind, c.at, c.settings);
    if (check.openTicket && !args.optionalBool(QStringLiteral("allow_duplicate")).value_or(false))
        args.reject(QStringLiteral("product"),
                    tr("This appliance already has an open ticket, %1 (%2). Log the call on it as a reminder "
                       "call (催单) instead of opening a second ticket.")
                        .arg(check.openTicket->value(QStringLiteral("number")).toString(),
                             TicketStates::label(check.openTicket->value(kState).toString())));

    QStringList flags;
    QJsonObject opened;
    // R1: what is missing but does not block saving
    const QStringList missing = IntakeCheck::missingDetails(product.value(QStringLiteral("model")).toString(),
                                                            product.value(QStringLiteral("purchase_date")).toString(),
                                                            customer.value(QStringLiteral("address")).toString());
    if (!missing.isEmpty()) {
        flags << QStringLiteral("needs_verification");
        opened.insert(QStringLiteral("to_verify"), QJsonArray::fromStringList(missing));
    }
    // R3: a repair within the repeat window of an earlier completed repair
    QVariant repeatOf;
    if (check.repeatOf) {
        flags << QStringLiteral("repeat");
        repeatOf = check.repeatOf->value(QStringLiteral("id"));
        opened.insert(QStringLiteral("repeat_of"), check.repeatOf->value(QStringLiteral("number")).toString());
    }
    // R7: priority from the words, unless the clerk chose one
    const QString suggested = PriorityRules::suggest(kind, product.value(QStringLiteral("category")).toString(), fault);
    QString priority = args.optionalString(QStringLiteral("priority"));
    if (priority.isEmpty()) {
        priority = suggested;
    } else if (!PriorityRules::isValid(priority)) {
        args.reject(QStringLiteral("priority"),
                    tr("priority is \"%1\"; it must be urgent, high, normal or scheduled.").arg(priority));
    } else if (priority != suggested) {
        // R7: the clerk may change the suggested priority, with a reason
        const QString reason = args.optionalString(QStringLiteral("priority_reason"));
        if (reason.isEmpty())
            args.reject(QStringLiteral("priority_reason"),
                        tr("The suggested priority is %1; say why this call should be %2.").arg(suggested, priority));
        opened.insert(QStringLiteral("suggested_priority"), suggested);
        opened.insert(QStringLiteral("priority_reason"), reason);
    }
    // R5
    const Warranty warranty = warrantyFor(product, customer);
    const QString warrantyName = Warranty::statusName(warranty.status(c.cmd.at().date()));

    if (id.isEmpty())
        id = c.newId();
    QString number = args.optionalString(QStringLiteral("number"));
    if (!number.isEmpty() && m_store.ticketByNumber(number))
        args.reject(QStringLiteral("number"), tr("Ticket number %1 is already used.").arg(number));
    if (number.isEmpty()) {
        // A desk that syncs numbers with its own code (BJ-A3F0-20261120-0001): desks never hand out the same number
        const QString deskCode = m_store.meta(QStringLiteral("desk_code"));
        const QString prefix =
            deskCode.isEmpty() ? c.settings.ticketPrefix : c.settings.ticketPrefix + QLatin1Char('-') + deskCode;
        number = m_store.nextTicketNumber(prefix, c.cmd.at().toString(QStringLiteral("yyyyMMdd")));
    }
    Record t{{QStringLiteral("id"), id},
             {QStringLiteral("number"), number},
             {QStringLiteral("kind"), kind},
             {kState, QStringLiteral("new")},
             {QStringLiteral("priority"), priority},
             {QStringLiteral("customer_id"), customerId},
             {QStringLiteral("product_id"), productId},
             {QStringLiteral("outlet"), args.optionalString(QStringLiteral("outlet"))},
             {QStringLiteral("fault"), fault},
             {QStringLiteral("channel"), channel},
             {QStringLiteral("preferred_time"), args.optionalString(QStringLiteral("preferred_time"))},
             {QStringLiteral("flags"), TicketFlags::join(flags)},
             {QStringLiteral("warranty"), warrantyName},
             {QStringLiteral("opened_at"), c.at},
             {QStringLiteral("opened_by"), c.cmd.by()},
             {QStringLiteral("repeat_of"), repeatOf},
             {QStringLiteral("updated_at"), c.at}};
    // R9: a ticket not yet dispatched races its dispatch deadline (a complaint call is followed as a complaint)
    if (kind != QLatin1String("complaint"))
        t.insert(QStringLiteral("dispatch_by"),
                 c.at + minutes(priority == QLatin1String("urgent") || priority == QLatin1String("high")
                                    ? c.settings.dispatchUrgentMinutes
                                    : c.settings.dispatchOtherMinutes));
    m_store.insert(Store::Tickets, t);
    m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("ticket"), id, QStringLiteral("*"), QVariant(),
                     QStringLiteral("created"));
    opened.insert(QStringLiteral("number"), number);
    opened.insert(QStringLiteral("priority"), priority);
    opened.insert(QStringLiteral("warranty"), warrantyName);
    event(c, id, QStringLiteral("opened"), opened);
    if (kind == QLatin1String("complaint"))
        registerIntakeComplaint(c, args, id, fault, opened);
    c.outbox.insert(QStringLiteral("id"), id);
    c.outbox.insert(QStringLiteral("number"), number);
    c.result.id = id;
    c.result.info = opened;
    c.result.info.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
}

// R16 [004 "谁接听,谁跟踪,谁反馈"]: a complaint call is registered at once, in the caller's words, against the ticket
// or technician the clerk names (else the call's own ticket), with the clerk who took it as its first owner
void CommandProcessor::registerIntakeComplaint(Context &c, const CommandArgs &args, const QString &ticketId,
                                               const QString &words, QJsonObject &opened)
{
    QString about = args.optionalString(QStringLiteral("about_ticket"));
    QString technician = args.optionalString(QStringLiteral("about_technician"));
    if (!about.isEmpty()) {
        auto target = m_store.load(Store::Tickets, about);
        if (!target) {
            if (const auto byNumber = m_store.ticketByNumber(about))
                target = m_store.load(Store::Tickets, *byNumber);
        }
        if (!target)
            args.reject(QStringLiteral("about_ticket"), tr("There is no ticket %1 to complain about.").arg(about));
        about = target->value(QStringLiteral("id")).toString();
        if (technician.isEmpty())
            technician = target->value(kTechnician).toString();
    }
    if (!technician.isEmpty() && !m_store.load(Store::Technicians, technician))
        args.reject(QStringLiteral("about_technician"), tr("There is no technician %1.").arg(technician));
    const QString severity = args.oneOf(QStringLiteral("severity"),
                                        {QStringLiteral("minor"), QStringLiteral("normal"), QStringLiteral("serious")},
                                        QStringLiteral("normal"));
    const QString complaint = openComplaint(c, about.isEmpty() ? ticketId : about, technician, severity, words,
                                            c.cmd.by(), c.at + qint64(c.settings.complaintDeadlineHours) * 3600 * 1000,
                                            QString(), QStringLiteral("intake"), words);
    if (!about.isEmpty())
        event(c, ticketId, QStringLiteral("complaint_opened"),
              {{QStringLiteral("complaint"), complaint}, {QStringLiteral("reason"), words}});
    opened.insert(QStringLiteral("complaint"), complaint);
}

void CommandProcessor::ticketNote(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    const QString text = args.requiredString(QStringLiteral("text"));
    const bool reminder = args.optionalBool(QStringLiteral("reminder")).value_or(false);
    if (reminder) {
        // R2: a reminder call (催单) on an open ticket raises its urgency one step
        if (!TicketStates::isOpen(t.value(kState).toString()) || t.value(kState) == QLatin1String("completed"))
            args.reject(QStringLiteral("ticket"),
                        tr("Ticket %1 is %2; a reminder call belongs on a ticket that is still being worked on.")
                            .arg(t.value(QStringLiteral("number")).toString(),
                                 TicketStates::label(t.value(kState).toString())));
        Record after = t;
        after.insert(QStringLiteral("priority"), PriorityRules::raised(t.value(QStringLiteral("priority")).toString()));
        TicketFlags::set(after, QStringLiteral("reminder"));
        saveTicket(c, t, after);
    }
    event(c, t.value(QStringLiteral("id")).toString(),
          reminder ? QStringLiteral("reminder_call") : QStringLiteral("note"), {{QStringLiteral("text"), text}});
}

void CommandProcessor::ticketVerify(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    if (!TicketFlags::has(t, QStringLiteral("needs_verification")))
        args.reject(QStringLiteral("ticket"),
                    tr("Ticket %1 does not need verification.").arg(t.value(QStringLiteral("number")).toString()));
    Record after = t;
    TicketFlags::set(after, QStringLiteral("needs_verification"), false);
    saveTicket(c, t, after);
    event(c, t.value(QStringLiteral("id")).toString(), QStringLiteral("verified"),
          {{QStringLiteral("note"), args.optionalString(QStringLiteral("note"))}});
}

void CommandProcessor::ticketGuideByPhone(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const QString note = args.requiredString(QStringLiteral("note"));
    const QString id = t.value(QStringLiteral("id")).toString();
    const qint64 due = c.at + minutes(c.settings.phoneGuidanceCallbackMinutes);
    Record after = t;
    after.insert(kState, QStringLiteral("guided_by_phone"));
    after.insert(QStringLiteral("callback_by"), due);
    saveTicket(c, t, after);
    const QString callback = createCallback(c, id, QStringLiteral("guidance"), due);
    event(c, id, QStringLiteral("guided_by_phone"),
          {{QStringLiteral("note"), note}, {QStringLiteral("callback"), callback}});
    c.result.info.insert(QStringLiteral("callback_by"), TimeFormat::iso(due, c.settings.utcOffsetMinutes));
}

void CommandProcessor::checkSchedule(Context &c, const QString &technicianId, const Record &ticket, qint64 start,
                                     qint64 end, const QString &field)
{
    CommandArgs args(c.cmd.args());
    const QStringList conflicts = ScheduleRules::conflicts(m_store, technicianId, ticket, start, end, c.settings);
    if (conflicts.isEmpty())
        return;
    const QString overrideReason = args.optionalString(QStringLiteral("override_reason"));
    if (overrideReason.isEmpty())
        args.reject(field, tr("Schedule conflict: %1. Choose another time or technician, or give a reason to "
                              "override.")
                               .arg(conflicts.join(tr("; "))));
    c.result.info.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts));
    event(c, ticket.value(QStringLiteral("id")).toString(), QStringLiteral("schedule_override"),
          {{QStringLiteral("reason"), overrideReason},
           {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)}});
}

void CommandProcessor::createVisit(Context &c, Record &ticket, const QString &technicianId, std::optional<qint64> start,
                                   std::optional<qint64> end, const QString &overrideReason)
{
    const QString ticketId = ticket.value(QStringLiteral("id")).toString();
    if (const auto previous = m_store.activeAppointment(ticketId))
        saveRecord(c, Store::Appointments, QStringLiteral("appointment"),
                   previous->value(QStringLiteral("id")).toString(),
                   {{QStringLiteral("state"), QStringLiteral("replaced")}});
    const auto customer = m_store.load(Store::Customers, ticket.value(QStringLiteral("customer_id")).toString());
    const QString zone = customer ? customer->value(QStringLiteral("zone")).toString() : QString();
    const qint64 due = ticket.value(QStringLiteral("on_site_by")).toLongLong();
    const QString appointmentId = c.newId();
    m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("appointment"), appointmentId, QStringLiteral("*"),
                     QVariant(), QStringLiteral("created"));
    m_store.insert(Store::Appointments, {{QStringLiteral("id"), appointmentId},
                                         {QStringLiteral("ticket_id"), ticketId},
                                         {QStringLiteral("technician_id"), technicianId},
                                         {QStringLiteral("zone"), zone.isEmpty() ? QVariant() : QVariant(zone)},
                                         {QStringLiteral("start_at"), nullable(start)},
                                         {QStringLiteral("end_at"), nullable(end)},
                                         {QStringLiteral("due_at"), due},
                                         {QStringLiteral("created_at"), c.at},
                                         {QStringLiteral("state"), QStringLiteral("active")},
                                         {QStringLiteral("override_reason"),
                                          overrideReason.isEmpty() ? QVariant() : QVariant(overrideReason)}});
    ticket.insert(QStringLiteral("appointment_start"), nullable(start));
    ticket.insert(QStringLiteral("appointment_end"), nullable(end));
    ticket.insert(QStringLiteral("visits"), ticket.value(QStringLiteral("visits")).toInt() + 1);
    // R10: leave so as to arrive 5–10 minutes early: appointment − travel − 10 min
    QVariant departBy;
    if (start) {
        int travel = 0;
        const QList<Record> before =
            m_store.technicianAppointments(technicianId, *start - 12 * 3600 * 1000LL, *start, ticketId);
        if (!before.isEmpty()) {
            travel = m_store.travelMinutes(before.last().value(QStringLiteral("zone")).toString(), zone).value_or(0);
        } else if (const auto tech = m_store.load(Store::Technicians, technicianId)) {
            const QJsonArray zones =
                QJsonDocument::fromJson(tech->value(QStringLiteral("zones")).toString().toUtf8()).array();
            if (!zones.isEmpty())
                travel = m_store.travelMinutes(zones.first().toString(), zone).value_or(0);
        }
        departBy = *start - minutes(travel) - minutes(10);
    }
    ticket.insert(QStringLiteral("depart_by"), departBy);
}

std::pair<std::optional<qint64>, std::optional<qint64>> CommandProcessor::appointmentWindow(Context &c,
                                                                                            const CommandArgs &args)
{
    std::optional<qint64> start = args.optionalTime(QStringLiteral("appointment_start"));
    std::optional<qint64> end = args.optionalTime(QStringLiteral("appointment_end"));
    if (end && !start)
        args.reject(QStringLiteral("appointment_end"), tr("An appointment end needs an appointment start."));
    if (start && !end)
        end = *start + minutes(c.settings.appointmentMinutes);
    if (start && *end <= *start)
        args.reject(QStringLiteral("appointment_end"), tr("The appointment must end after it starts."));
    return {start, end};
}

void CommandProcessor::sendTo(Context &c, Record &after, const Record &technician, std::optional<qint64> start,
                              std::optional<qint64> end)
{
    const QString techId = technician.value(QStringLiteral("id")).toString();
    after.insert(kState, QStringLiteral("dispatched"));
    after.insert(kTechnician, techId);
    after.insert(QStringLiteral("dispatched_at"), c.at);
    after.insert(QStringLiteral("dispatch_by"), QVariant());
    after.insert(QStringLiteral("parts_eta"), QVariant());
    after.insert(QStringLiteral("contact_by"), c.at + minutes(c.settings.contactWithinMinutes));
    // R8: on site within the SLA, or at the time the customer agreed to
    after.insert(QStringLiteral("on_site_by"), start ? *start : c.at + minutes(c.settings.onsiteSlaMinutes));
    after.insert(QStringLiteral("failed_contacts"), 0);
    after.insert(QStringLiteral("last_attempt_at"), QVariant());
    after.insert(QStringLiteral("first_contact_at"), QVariant());
    after.insert(QStringLiteral("arrived_at"), QVariant());
    TicketFlags::set(after, QStringLiteral("unreachable"), false);
    createVisit(c, after, techId, start, end,
                CommandArgs(c.cmd.args()).optionalString(QStringLiteral("override_reason")));
}

void CommandProcessor::ticketDispatch(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    const QString state = t.value(kState).toString();
    const bool unassignedReopen = state == QLatin1String("dispatched") && t.value(kTechnician).isNull();
    if (!unassignedReopen)
        requireState(c, t);
    const Record tech = requireTechnician(c, QStringLiteral("technician"));
    const QString techId = tech.value(QStringLiteral("id")).toString();
    auto [start, end] = appointmentWindow(c, args);
    if (start && *start < c.at - minutes(5))
        args.reject(QStringLiteral("appointment_start"),
                    tr("The appointment (%1) is before the time of dispatch (%2).")
                        .arg(localTime(c, *start, QStringLiteral("yyyy-MM-dd HH:mm")),
                             localTime(c, c.at, QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (start)
        checkSchedule(c, techId, t, *start, *end, QStringLiteral("appointment_start"));

    Record after = t;
    if (state == QLatin1String("guided_by_phone")) {
        // R4: the customer refused guidance; the guidance callback is no longer waiting
        after.insert(QStringLiteral("callback_by"), QVariant());
        if (const auto cb = m_store.openCallbackForTicket(t.value(QStringLiteral("id")).toString()))
            saveRecord(c, Store::Callbacks, QStringLiteral("callback"), *cb,
                       {{kState, QStringLiteral("cancelled")}, {QStringLiteral("done_at"), c.at}});
    }
    sendTo(c, after, tech, start, end);
    saveTicket(c, t, after);
    event(c, t.value(QStringLiteral("id")).toString(), QStringLiteral("dispatched"),
          {{QStringLiteral("technician"), techId},
           {QStringLiteral("technician_name"), tech.value(QStringLiteral("name")).toString()},
           {QStringLiteral("on_site_by"), after.value(QStringLiteral("on_site_by")).toLongLong()}});
}

void CommandProcessor::ticketContactAttempt(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const bool reached = args.requiredBool(QStringLiteral("reached"));
    const QString note = args.optionalString(QStringLiteral("note"));
    const QString id = t.value(QStringLiteral("id")).toString();
    Record after = t;
    QJsonObject data{{QStringLiteral("reached"), reached}, {QStringLiteral("note"), note}};
    if (!reached) {
        // R9: try again after the retry interval; after the last failed try the ticket goes back to the office
        const QVariant last = t.value(QStringLiteral("last_attempt_at"));
        if (!last.isNull() && c.at < last.toLongLong() + minutes(c.settings.contactRetryMinutes))
            args.reject(QStringLiteral("at"),
                        tr("The last unanswered call was at %1; the next try is due from %2 (every %3 minutes).")
                            .arg(localTime(c, last.toLongLong()),
                                 localTime(c, last.toLongLong() + minutes(c.settings.contactRetryMinutes)))
                            .arg(c.settings.contactRetryMinutes));
        const int failed = t.value(QStringLiteral("failed_contacts")).toInt() + 1;
        after.insert(QStringLiteral("failed_contacts"), failed);
        after.insert(QStringLiteral("last_attempt_at"), c.at);
        data.insert(QStringLiteral("attempt"), failed);
        if (t.value(kState) == QLatin1String("dispatched") && failed >= c.settings.contactMaxAttempts) {
            after.insert(kState, QStringLiteral("unreachable"));
            TicketFlags::set(after, QStringLiteral("unreachable"));
            if (const auto appt = m_store.activeAppointment(id))
                m_store.update(Store::Appointments, appt->value(QStringLiteral("id")).toString(),
                               {{QStringLiteral("state"), QStringLiteral("unreachable")}});
            c.result.info.insert(QStringLiteral("unreachable"), true);
        } else {
            c.result.info.insert(
                QStringLiteral("retry_from"),
                TimeFormat::iso(c.at + minutes(c.settings.contactRetryMinutes), c.settings.utcOffsetMinutes));
        }
    } else {
        after.insert(kState, QStringLiteral("contacted"));
        if (t.value(QStringLiteral("first_contact_at")).isNull())
            after.insert(QStringLiteral("first_contact_at"), c.at);
        // R9: details that differ from the record are corrected the same day
        const QString address = args.optionalString(QStringLiteral("address"));
        const QString model = args.optionalString(QStringLiteral("model"));
        const QString fault = args.optionalString(QStringLiteral("fault"));
        if (!address.isEmpty()) {
            saveRecord(c, Store::Customers, QStringLiteral("customer"),
                       t.value(QStringLiteral("customer_id")).toString(),
                       {{QStringLiteral("address"), address}, {QStringLiteral("updated_at"), c.at}});
            data.insert(QStringLiteral("address"), address);
        }
        if (!model.isEmpty()) {
            saveRecord(c, Store::Products, QStringLiteral("product"), t.value(QStringLiteral("product_id")).toString(),
                       {{QStringLiteral("model"), model}});
            data.insert(QStringLiteral("model"), model);
        }
        if (!fault.isEmpty()) {
            after.insert(QStringLiteral("fault"), fault);
            data.insert(QStringLiteral("fault"), fault);
        }
    }
    m_store.addContactAttempt(id, c.at, c.cmd.by(), reached, note);
    saveTicket(c, t, after);
    event(c, id,
          after.value(kState) == QLatin1String("unreachable") ? QStringLiteral("unreachable")
                                                              : QStringLiteral("contact_attempt"),
          data);
}

void CommandProcessor::ticketReschedule(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const qint64 start = args.requiredTime(QStringLiteral("appointment_start"));
    const qint64 end =
        args.optionalTime(QStringLiteral("appointment_end")).value_or(start + minutes(c.settings.appointmentMinutes));
    if (end <= start)
        args.reject(QStringLiteral("appointment_end"), tr("The appointment must end after it starts."));
    const QString reason = args.requiredString(QStringLiteral("reason"));
    // R8: a new time only with the customer's consent, the apology and reason logged
    if (!args.optionalBool(QStringLiteral("customer_consent")).value_or(false))
        args.reject(QStringLiteral("customer_consent"),
                    tr("A new time needs the customer's consent. Call the customer, apologise, agree the new time, "
                       "then record that the customer agreed; otherwise give the ticket to another technician."));
    if (start < c.at - minutes(5))
        args.reject(QStringLiteral("appointment_start"), tr("The new appointment is in the past."));
    const QString techId = t.value(kTechnician).toString();
    if (techId.isEmpty())
        args.reject(QStringLiteral("ticket"), tr("The ticket has no technician; dispatch it first."));
    checkSchedule(c, techId, t, start, end, QStringLiteral("appointment_start"));
    const bool refused = args.optionalBool(QStringLiteral("refused_entry")).value_or(false);
    Record after = t;
    // [000 四.2(2) "不能在用户家维修的…需拉回修,并提供周转机"] a unit repaired in the workshop stays pulled back
    // until the technician arrives with it on the booked return visit
    const bool returnVisit = t.value(kState).toString() == QLatin1String("pulled_back");
    if (!returnVisit)
        after.insert(kState, QStringLiteral("contacted"));
    if (t.value(QStringLiteral("first_contact_at")).isNull())
        after.insert(QStringLiteral("first_contact_at"), c.at);
    after.insert(QStringLiteral("on_site_by"), start);
    after.insert(QStringLiteral("arrived_at"), QVariant());
    TicketFlags::set(after, QStringLiteral("unreachable"), false);

    createVisit(c, after, techId, start, end, args.optionalString(QStringLiteral("override_reason")));
    after.insert(QStringLiteral("visits"), t.value(QStringLiteral("visits")).toInt() + (refused ? 1 : 0));
    saveTicket(c, t, after);
    event(c, t.value(QStringLiteral("id")).toString(), QStringLiteral("rescheduled"),
          {{QStringLiteral("reason"), reason},
           {QStringLiteral("apology_logged"), true},
           {QStringLiteral("refused_entry"), refused},
           {QStringLiteral("appointment_start"), start},
           {QStringLiteral("return_visit"), returnVisit}});
    // R13/R21: a customer who refused the technician entry gets a manager's visit [000 三.3]
    if (refused)
        createTask(c, QStringLiteral("refused_entry"), t.value(QStringLiteral("id")).toString(), QString(),
                   args.optionalString(QStringLiteral("owner")), reason);
}

void CommandProcessor::ticketReassign(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    const bool unassignedReopen = t.value(kState) == QLatin1String("dispatched") && t.value(kTechnician).isNull();
    if (!unassignedReopen)
        requireState(c, t);
    const Record tech = requireTechnician(c, QStringLiteral("technician"));
    const QString techId = tech.value(QStringLiteral("id")).toString();
    const QString reason = args.requiredString(QStringLiteral("reason"));
    if (techId == t.value(kTechnician).toString())
        args.reject(QStringLiteral("technician"),
                    tr("The ticket is already with %1.").arg(tech.value(QStringLiteral("name")).toString()));
    std::optional<qint64> start, end;
    if (!t.value(QStringLiteral("appointment_start")).isNull()) {
        start = t.value(QStringLiteral("appointment_start")).toLongLong();
        end = t.value(QStringLiteral("appointment_end")).toLongLong();
        checkSchedule(c, techId, t, *start, *end, QStringLiteral("technician"));
    }
    Record after = t;
    after.insert(kState, QStringLiteral("dispatched"));
    after.insert(kTechnician, techId);
    after.insert(QStringLiteral("dispatched_at"), c.at);
    after.insert(QStringLiteral("contact_by"), c.at + minutes(c.settings.contactWithinMinutes));
    if (t.value(QStringLiteral("on_site_by")).isNull())
        after.insert(QStringLiteral("on_site_by"), c.at + minutes(c.settings.onsiteSlaMinutes));
    after.insert(QStringLiteral("failed_contacts"), 0);
    after.insert(QStringLiteral("last_attempt_at"), QVariant());
    after.insert(QStringLiteral("first_contact_at"), QVariant());
    after.insert(QStringLiteral("arrived_at"), QVariant());
    TicketFlags::set(after, QStringLiteral("unreachable"), false);
    createVisit(c, after, techId, start, end, args.optionalString(QStringLiteral("override_reason")));
    after.insert(QStringLiteral("visits"), t.value(QStringLiteral("visits")).toInt()); // the same visit, another hand
    saveTicket(c, t, after);
    event(c, t.value(QStringLiteral("id")).toString(), QStringLiteral("reassigned"),
          {{QStringLiteral("from"), t.value(kTechnician).toString()},
           {QStringLiteral("to"), techId},
           {QStringLiteral("reason"), reason}});
}

void CommandProcessor::ticketDepart(Context &c)
{
    Record t = loadTicket(c);
    requireState(c, t);
    Record after = t;
    after.insert(kState, QStringLiteral("en_route"));
    saveTicket(c, t, after);
    event(c, t.value(QStringLiteral("id")).toString(), QStringLiteral("departed"));
}

void CommandProcessor::ticketArrive(Context &c)
{
    Record t = loadTicket(c);
    requireState(c, t);
    const QString id = t.value(QStringLiteral("id")).toString();
    Record after = t;
    after.insert(kState, QStringLiteral("on_site"));
    QJsonObject data;
    if (t.value(kState) != QLatin1String("pulled_back")) {
        after.insert(QStringLiteral("arrived_at"), c.at);
        // R12: lateness against the appointment (or, without one, the on-site deadline)
        const QVariant ref = t.value(QStringLiteral("appointment_start")).isNull()
                                 ? t.value(QStringLiteral("on_site_by"))
                                 : t.value(QStringLiteral("appointment_start"));
        int lateMinutes = 0;
        if (!ref.isNull() && c.at > ref.toLongLong()) {
            const qint64 lateMs = c.at - ref.toLongLong();
            lateMinutes = int(lateMs / 60000);
            TicketFlags::set(after, QStringLiteral("late"));
            data.insert(QStringLiteral("late_minutes"), lateMinutes);
            data.insert(QStringLiteral("apology_logged"), true);
            // [000 三.3(1)] "迟到时间超过15分钟…可赠送小礼品;若道歉不接受,再由售后经理上门道歉": more than the limit
            // (15 minutes exactly is not more) brings a goodwill gift, and the customer's answer to the apology is owed
            if (lateMs > minutes(c.settings.lateManagerMinutes)) {
                after.insert(QStringLiteral("apology"), QStringLiteral("pending"));
                TicketFlags::set(after, QStringLiteral("apology_pending"));
                data.insert(QStringLiteral("goodwill_gift"), true);
                data.insert(QStringLiteral("apology"), QStringLiteral("pending"));
            }
        }
        if (const auto appt = m_store.activeAppointment(id))
            m_store.update(Store::Appointments, appt->value(QStringLiteral("id")).toString(),
                           {{QStringLiteral("arrived_at"), c.at},
                            {QStringLiteral("late_minutes"), ref.isNull() ? QVariant() : QVariant(lateMinutes)}});
        c.result.info = data;
    } else {
        data.insert(QStringLiteral("returned_from_workshop"), true);
    }
    saveTicket(c, t, after);
    event(c, id, QStringLiteral("arrived"), data);
}

void CommandProcessor::ticketAwaitParts(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const QJsonArray parts = args.requiredArray(QStringLiteral("parts"));
    QJsonArray wanted;
    for (int i = 0; i < parts.size(); ++i) {
        const QString sku = parts.at(i).isObject() ? parts.at(i).toObject().value(QLatin1String("sku")).toString()
                                                   : parts.at(i).toString();
        if (sku.isEmpty() || !m_store.load(Store::Parts, sku))
            throw Rejection(QStringLiteral("parts[%1]").arg(i),
                            tr("Part \"%1\" is not in the parts catalogue.").arg(sku));
        wanted << parts.at(i);
    }
    // R18: when the parts are expected (a day: by its end), so that a late delivery raises an alert
    std::optional<qint64> eta;
    const QString etaText = args.optionalString(QStringLiteral("eta"));
    if (etaText.size() == 10) {
        const QDate day = *args.optionalDate(QStringLiteral("eta"));
        eta = QDateTime(day, QTime(23, 59, 59, 999), Qt::OffsetFromUTC, c.settings.utcOffsetMinutes * 60)
                  .toMSecsSinceEpoch();
    } else if (!etaText.isEmpty()) {
        eta = args.optionalTime(QStringLiteral("eta"));
    }
    if (eta && *eta < c.at)
        args.reject(
            QStringLiteral("eta"),
            tr("The parts are expected in the past (%1).").arg(localTime(c, *eta, QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QString id = t.value(QStringLiteral("id")).toString();
    Record after = t;
    after.insert(kState, QStringLiteral("awaiting_parts"));
    after.insert(QStringLiteral("parts_eta"), nullable(eta));
    after.insert(QStringLiteral("contact_by"), QVariant());
    after.insert(QStringLiteral("on_site_by"), QVariant());
    after.insert(QStringLiteral("appointment_start"), QVariant());
    after.insert(QStringLiteral("appointment_end"), QVariant());
    after.insert(QStringLiteral("depart_by"), QVariant());
    m_store.endHelperVisits(id, QStringLiteral("done"));
    if (const auto appt = m_store.activeAppointment(id))
        m_store.update(Store::Appointments, appt->value(QStringLiteral("id")).toString(),
                       {{QStringLiteral("state"), QStringLiteral("done")}});
    saveTicket(c, t, after);
    QJsonObject data{{QStringLiteral("parts"), wanted}};
    if (eta)
        data.insert(QStringLiteral("eta"), TimeFormat::iso(*eta, c.settings.utcOffsetMinutes));
    event(c, id, QStringLiteral("awaiting_parts"), data);
}

void CommandProcessor::ticketComplete(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const QString id = t.value(QStringLiteral("id")).toString();
    const QString resolution = args.requiredString(QStringLiteral("resolution"));
    const QString signedBy = args.requiredString(QStringLiteral("signed_by"));
    const QString satisfaction = args.satisfaction(QStringLiteral("satisfaction"));

    // The invoice checked on site settles an unknown warranty (R5)
    Record product = *m_store.load(Store::Products, t.value(QStringLiteral("product_id")).toString());
    if (const auto purchase = args.optionalDate(QStringLiteral("purchase_date"))) {
        if (*purchase > c.cmd.at().date())
            args.reject(QStringLiteral("purchase_date"), tr("The purchase date is in the future."));
        saveRecord(c, Store::Products, QStringLiteral("product"), product.value(QStringLiteral("id")).toString(),
                   {{QStringLiteral("purchase_date"), purchase->toString(Qt::ISODate)}});
        product.insert(QStringLiteral("purchase_date"), purchase->toString(Qt::ISODate));
    }
    const Record customer = *m_store.load(Store::Customers, t.value(QStringLiteral("customer_id")).toString());
    const ChargeCalculator::Result computed = ChargeCalculator::compute(
        m_store, product, customer, c.cmd.at().date(), args.optionalArray(QStringLiteral("parts")),
        args.optionalArray(QStringLiteral("fee_lines")), c.at);
    // R5: an unknown warranty is never charged as out of warranty in silence: the invoice date settles it, or the
    // dispatcher says why the customer pays anyway
    const QString outOfWarrantyReason = args.optionalString(QStringLiteral("out_of_warranty_reason"));
    if (computed.status == Warranty::Unknown && computed.totalFen > 0 && outOfWarrantyReason.isEmpty())
        args.reject(QStringLiteral("purchase_date"),
                    tr("The warranty was never verified (no purchase date). Enter the invoice date from the "
                       "customer's invoice, or charge as out of warranty and say why (out_of_warranty_reason)."));
    // R22 [004 六]: what caused the fault, for the fault reports
    const QString cause = args.oneOf(QStringLiteral("cause"),
                                     {QStringLiteral("product_defect"), QStringLiteral("installation"),
                                      QStringLiteral("misuse"), QStringLiteral("wear"), QStringLiteral("other")},
                                     QStringLiteral(""));
    const QList<Record> &charges = computed.lines;
    const QList<QPair<QString, int>> &partsUsed = computed.parts;
    const Warranty::Status status = computed.status;
    const qint64 total = computed.totalFen;
    const qint64 already = t.value(QStringLiteral("charges_fen")).toLongLong();
    const qint64 alreadyPaid = t.value(QStringLiteral("paid_fen")).toLongLong();
    const QJsonValue paidValue = c.cmd.args().value(QLatin1String("paid"));
    qint64 paid = 0;
    if (paidValue.isBool())
        paid = paidValue.toBool() ? total : 0;
    else if (paidValue.isDouble())
        paid = args.requiredInteger(QStringLiteral("paid"), 0, total);
    else
        args.reject(QStringLiteral("paid"), tr("paid must be true, false or the amount received in fen."));

    for (const Record &ch : charges)
        m_store.addCharge(id, ch);
    for (const auto &p : partsUsed)
        m_store.addPartUsed(id, p.first, p.second, c.at);
    if (paid > 0)
        m_store.addPayment(id, c.at, c.cmd.by(), paid);

    const qint64 due = c.at + qint64(c.settings.callbackWithinHours) * 3600 * 1000;
    Record after = t;
    after.insert(kState, QStringLiteral("completed"));
    after.insert(QStringLiteral("completed_at"), c.at);
    after.insert(QStringLiteral("resolution"), resolution);
    after.insert(QStringLiteral("signed_by"), signedBy);
    after.insert(QStringLiteral("satisfaction"), satisfaction.isEmpty() ? QVariant() : QVariant(satisfaction));
    after.insert(QStringLiteral("warranty"), Warranty::statusName(status));
    after.insert(QStringLiteral("charges_fen"), already + total);
    after.insert(QStringLiteral("paid_fen"), alreadyPaid + paid);
    after.insert(QStringLiteral("callback_by"), due);
    if (!cause.isEmpty())
        after.insert(QStringLiteral("cause"), cause);
    TicketFlags::set(after, QStringLiteral("unpaid"), alreadyPaid + paid < already + total);
    // R20: a loaner stays out until it is really back (loaner.return), not because the repair is done
    m_store.endHelperVisits(id, QStringLiteral("done"));
    if (const auto appt = m_store.activeAppointment(id))
        m_store.update(Store::Appointments, appt->value(QStringLiteral("id")).toString(),
                       {{QStringLiteral("state"), QStringLiteral("done")}});
    saveTicket(c, t, after);
    const QString callback = createCallback(c, id, QStringLiteral("completion"), due);
    QJsonObject data{{QStringLiteral("resolution"), resolution},
                     {QStringLiteral("signed_by"), signedBy},
                     {QStringLiteral("charges_fen"), total},
                     {QStringLiteral("paid_fen"), paid},
                     {QStringLiteral("warranty"), Warranty::statusName(status)},
                     {QStringLiteral("callback"), callback}};
    if (!satisfaction.isEmpty())
        data.insert(QStringLiteral("satisfaction"), satisfaction);
    if (!cause.isEmpty())
        data.insert(QStringLiteral("cause"), cause);
    if (status == Warranty::Unknown && total > 0) {
        data.insert(QStringLiteral("warranty_unverified"), true);
        data.insert(QStringLiteral("out_of_warranty_reason"), outOfWarrantyReason);
    }
    for (const char *key : {"other_appliances", "sales_leads", "work_done"}) {
        const QJsonValue v = c.cmd.args().value(QLatin1String(key));
        if (!v.isUndefined())
            data.insert(QLatin1String(key), v);
    }
    event(c, id, QStringLiteral("completed"), data);
    c.result.info = data;
}

void CommandProcessor::ticketPayment(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    const qint64 open =
        t.value(QStringLiteral("charges_fen")).toLongLong() - t.value(QStringLiteral("paid_fen")).toLongLong();
    if (open <= 0)
        args.reject(QStringLiteral("ticket"),
                    tr("Ticket %1 has nothing left to pay.").arg(t.value(QStringLiteral("number")).toString()));
    const qint64 amount = args.requiredInteger(QStringLiteral("amount_fen"), 1, open);
    const QString id = t.value(QStringLiteral("id")).toString();
    m_store.addPayment(id, c.at, c.cmd.by(), amount);
    Record after = t;
    after.insert(QStringLiteral("paid_fen"), t.value(QStringLiteral("paid_fen")).toLongLong() + amount);
    TicketFlags::set(after, QStringLiteral("unpaid"), amount < open);
    saveTicket(c, t, after);
    event(c, id, QStringLiteral("payment"), {{QStringLiteral("amount_fen"), amount}});
}

void CommandProcessor::ticketCancel(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const QString reason = args.requiredString(QStringLiteral("reason"));
    const QString id = t.value(QStringLiteral("id")).toString();
    Record after = t;
    after.insert(kState, QStringLiteral("cancelled"));
    after.insert(QStringLiteral("cancel_reason"), reason);
    after.insert(QStringLiteral("closed_at"), c.at);
    after.insert(QStringLiteral("callback_by"), QVariant());
    m_store.endHelperVisits(id, QStringLiteral("cancelled"));
    if (const auto appt = m_store.activeAppointment(id))
        m_store.update(Store::Appointments, appt->value(QStringLiteral("id")).toString(),
                       {{QStringLiteral("state"), QStringLiteral("cancelled")}});
    if (const auto cb = m_store.openCallbackForTicket(id))
        m_store.update(Store::Callbacks, *cb,
                       {{QStringLiteral("state"), QStringLiteral("cancelled")}, {QStringLiteral("done_at"), c.at}});
    saveTicket(c, t, after);
    event(c, id, QStringLiteral("cancelled"), {{QStringLiteral("reason"), reason}});
}

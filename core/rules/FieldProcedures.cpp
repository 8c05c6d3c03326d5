// The seeds' field procedures: the answer to a late arrival's apology (R12), the customer not at home (R19), the
// parts that arrived (R18), workshop repair with a loaner from the pool (R20), a second technician (R13), and the
// manager's tasks they lead to (R21).
#include "domain/TicketFlags.h"
#include "domain/TimeFormat.h"
#include "rules/CommandArgs.h"
#include "rules/CommandProcessor.h"
#include "rules/Rejection.h"
#include "rules/TicketStates.h"

namespace {
const QString kState = QStringLiteral("state");
const QString kNumber = QStringLiteral("number");
} // namespace

QString CommandProcessor::createTask(Context &c, const QString &kind, const QString &ticketId,
                                     const QString &complaintId, const QString &givenOwner, const QString &note)
{
    QString owner = givenOwner;
    if (!owner.isEmpty()) {
        const auto user = m_store.load(Store::Users, owner);
        if (!user || !user->value(QStringLiteral("active")).toBool())
            throw Rejection(QStringLiteral("owner"), tr("There is no active user %1 to give the task to.").arg(owner));
    } else {
        // the manager: the first active supervisor; a desk without users gives it to whoever recorded it
        owner = m_store.firstActiveUser(QStringLiteral("supervisor")).value_or(c.cmd.by());
    }
    const QString id = c.newId();
    const qint64 due = c.at + qint64(c.settings.managerTaskHours) * 3600 * 1000;
    m_store.insert(Store::Tasks,
                   {{QStringLiteral("id"), id},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("ticket_id"), ticketId.isEmpty() ? QVariant() : QVariant(ticketId)},
                    {QStringLiteral("complaint_id"), complaintId.isEmpty() ? QVariant() : QVariant(complaintId)},
                    {QStringLiteral("owner"), owner},
                    {QStringLiteral("due_at"), due},
                    {kState, QStringLiteral("open")},
                    {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)},
                    {QStringLiteral("created_at"), c.at},
                    {QStringLiteral("created_by"), c.cmd.by()}});
    m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("task"), id, QStringLiteral("*"), QVariant(),
                     QStringLiteral("created"));
    c.result.info.insert(QStringLiteral("task"), id);
    if (!ticketId.isEmpty())
        event(c, ticketId, QStringLiteral("task_created"),
              {{QStringLiteral("task"), id},
               {QStringLiteral("kind"), kind},
               {QStringLiteral("owner"), owner},
               {QStringLiteral("due"), TimeFormat::iso(due, c.settings.utcOffsetMinutes)}});
    return id;
}

void CommandProcessor::ticketApology(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    if (t.value(QStringLiteral("apology")).toString() != QLatin1String("pending"))
        args.reject(QStringLiteral("ticket"),
                    tr("Ticket %1 has no apology waiting for the customer's answer: only an arrival more than %2 "
                       "minutes late asks for one.")
                        .arg(t.value(kNumber).toString())
                        .arg(c.settings.lateManagerMinutes));
    const bool accepted = args.requiredBool(QStringLiteral("accepted"));
    const QString note = args.optionalString(QStringLiteral("note"));
    const QString id = t.value(QStringLiteral("id")).toString();
    Record after = t;
    after.insert(QStringLiteral("apology"), accepted ? QStringLiteral("accepted") : QStringLiteral("refused"));
    TicketFlags::set(after, QStringLiteral("apology_pending"), false);
    saveTicket(c, t, after);
    event(c, id, accepted ? QStringLiteral("apology_accepted") : QStringLiteral("apology_refused"),
          {{QStringLiteral("note"), note}});
    // [000 三.3(1)] "若道歉不接受,再由售后经理上门道歉": only a refused apology sends the manager
    if (!accepted)
        createTask(c, QStringLiteral("apology_refused"), id, QString(), args.optionalString(QStringLiteral("owner")),
                   note);
}

void CommandProcessor::ticketNotHome(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    // [000 三.2] knock, wait, phone, leave a note (留言条), tell the centre; ask the neighbours where there are any
    const int waited = int(args.requiredInteger(QStringLiteral("waited_minutes"), 0, 24 * 60));
    if (waited < c.settings.notHomeWaitMinutes)
        args.reject(QStringLiteral("waited_minutes"),
                    tr("The technician waited %1 minutes; wait at least %2 minutes at the door before leaving.")
                        .arg(waited)
                        .arg(c.settings.notHomeWaitMinutes));
    if (!args.requiredBool(QStringLiteral("phoned")))
        args.reject(QStringLiteral("phoned"), tr("Phone the customer from the door before leaving."));
    const bool neighbours = args.requiredBool(QStringLiteral("neighbours_asked"));
    if (!args.requiredBool(QStringLiteral("note_left")))
        args.reject(QStringLiteral("note_left"), tr("Leave a note (留言条) at the door before leaving."));
    const QString id = t.value(QStringLiteral("id")).toString();
    const int count = t.value(QStringLiteral("not_home_count")).toInt() + 1;
    Record after = t;
    // The ticket needs a new appointment: back to the dispatcher with the technician, the contact clock restarted
    after.insert(kState, QStringLiteral("dispatched"));
    after.insert(QStringLiteral("not_home_count"), count);
    after.insert(QStringLiteral("contact_by"), c.at + minutes(c.settings.contactWithinMinutes));
    after.insert(QStringLiteral("on_site_by"), QVariant());
    after.insert(QStringLiteral("first_contact_at"), QVariant());
    after.insert(QStringLiteral("failed_contacts"), 0);
    after.insert(QStringLiteral("last_attempt_at"), QVariant());
    after.insert(QStringLiteral("appointment_start"), QVariant());
    after.insert(QStringLiteral("appointment_end"), QVariant());
    after.insert(QStringLiteral("depart_by"), QVariant());
    TicketFlags::set(after, QStringLiteral("not_home"));
    if (const auto appt = m_store.activeAppointment(id))
        saveRecord(c, Store::Appointments, QStringLiteral("appointment"), appt->value(QStringLiteral("id")).toString(),
                   {{kState, QStringLiteral("not_home")}});
    saveTicket(c, t, after);
    event(c, id, QStringLiteral("not_home"),
          {{QStringLiteral("waited_minutes"), waited},
           {QStringLiteral("neighbours_asked"), neighbours},
           {QStringLiteral("times"), count},
           {QStringLiteral("note"), args.optionalString(QStringLiteral("note"))}});
    c.result.info.insert(QStringLiteral("not_home_count"), count);
}

void CommandProcessor::ticketPartsArrived(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const QString techId = t.value(QStringLiteral("technician_id")).toString();
    if (techId.isEmpty())
        args.reject(QStringLiteral("ticket"), tr("The ticket has no technician to go back; dispatch it instead."));
    const Record tech = *m_store.load(Store::Technicians, techId);
    auto [start, end] = appointmentWindow(c, args);
    if (start && *start < c.at - minutes(5))
        args.reject(QStringLiteral("appointment_start"), tr("The revisit is in the past."));
    if (start)
        checkSchedule(c, techId, t, *start, *end, QStringLiteral("appointment_start"));
    Record after = t;
    sendTo(c, after, tech, start, end); // R18: the revisit, with the technician who ordered the parts
    saveTicket(c, t, after);
    QJsonObject data{{QStringLiteral("technician"), techId}};
    if (start)
        data.insert(QStringLiteral("appointment_start"), TimeFormat::iso(*start, c.settings.utcOffsetMinutes));
    event(c, t.value(QStringLiteral("id")).toString(), QStringLiteral("parts_arrived"), data);
}

void CommandProcessor::taskDone(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(QStringLiteral("task"));
    const auto task = m_store.load(Store::Tasks, id);
    if (!task)
        args.reject(QStringLiteral("task"), tr("There is no task %1.").arg(id));
    if (task->value(kState).toString() != QLatin1String("open"))
        args.reject(QStringLiteral("task"), tr("This task was already closed."));
    const QString outcome = args.requiredString(QStringLiteral("outcome"));
    saveRecord(c, Store::Tasks, QStringLiteral("task"), id,
               {{kState, QStringLiteral("done")},
                {QStringLiteral("outcome"), outcome},
                {QStringLiteral("done_at"), c.at},
                {QStringLiteral("done_by"), c.cmd.by()}});
    const QString ticketId = task->value(QStringLiteral("ticket_id")).toString();
    if (!ticketId.isEmpty())
        event(c, ticketId, QStringLiteral("task_done"),
              {{QStringLiteral("task"), id},
               {QStringLiteral("kind"), task->value(QStringLiteral("kind")).toString()},
               {QStringLiteral("outcome"), outcome}});
    c.result.id = id;
}

void CommandProcessor::loanerUpsert(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString serial = args.requiredString(QStringLiteral("serial"));
    const QString category = args.requiredString(QStringLiteral("category"));
    if (!m_store.load(Store::Categories, category))
        args.reject(QStringLiteral("category"), tr("There is no product category %1.").arg(category));
    Record fields{{QStringLiteral("category"), category},
                  {QStringLiteral("model"), args.optionalString(QStringLiteral("model"))},
                  {QStringLiteral("location"), args.optionalString(QStringLiteral("location"))}};
    if (!m_store.load(Store::LoanerUnits, serial)) {
        fields.insert(kState, QStringLiteral("in"));
        fields.insert(QStringLiteral("created_at"), c.at);
    }
    saveRecord(c, Store::LoanerUnits, QStringLiteral("loaner"), serial, fields);
    c.result.id = serial;
}

void CommandProcessor::loanerReturn(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString serial = args.requiredString(QStringLiteral("serial"));
    const auto unit = m_store.load(Store::LoanerUnits, serial);
    if (!unit)
        args.reject(QStringLiteral("serial"), tr("There is no loaner unit %1 in the pool.").arg(serial));
    if (unit->value(kState).toString() != QLatin1String("out"))
        args.reject(QStringLiteral("serial"), tr("Loaner %1 is not out; it is at the centre.").arg(serial));
    const QString ticketId = unit->value(QStringLiteral("ticket_id")).toString();
    const QString given = args.optionalString(QStringLiteral("ticket"));
    if (!given.isEmpty() && given != ticketId)
        args.reject(QStringLiteral("ticket"), tr("Loaner %1 was lent on another ticket.").arg(serial));
    saveRecord(c, Store::LoanerUnits, QStringLiteral("loaner"), serial,
               {{kState, QStringLiteral("in")},
                {QStringLiteral("ticket_id"), QVariant()},
                {QStringLiteral("out_at"), QVariant()}});
    m_store.returnLoaner(ticketId, serial, c.at);
    const Record t = *m_store.load(Store::Tickets, ticketId);
    Record after = t;
    TicketFlags::set(after, QStringLiteral("loaner_out"), false);
    saveTicket(c, t, after);
    event(c, ticketId, QStringLiteral("loaner_returned"), {{QStringLiteral("serial"), serial}});
    c.result.id = serial;
}

void CommandProcessor::ticketPullBack(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const QString id = t.value(QStringLiteral("id")).toString();
    // [000 四.2(2)] the customer's appliance is checked (appearance) and signed for; a loaner from the pool is left
    const QString appearance = args.requiredString(QStringLiteral("appearance"));
    const QString serial = args.optionalString(QStringLiteral("loaner_serial"));
    const QString iou = args.optionalString(QStringLiteral("iou"));
    Record after = t;
    after.insert(kState, QStringLiteral("pulled_back"));
    if (!serial.isEmpty()) {
        const auto unit = m_store.load(Store::LoanerUnits, serial);
        if (!unit)
            args.reject(QStringLiteral("loaner_serial"),
                        tr("Loaner %1 is not in the pool; add it to the loaner units first.").arg(serial));
        if (unit->value(kState).toString() != QLatin1String("in")) {
            const auto other = m_store.load(Store::Tickets, unit->value(QStringLiteral("ticket_id")).toString());
            args.reject(QStringLiteral("loaner_serial"),
                        tr("Loaner %1 is already out with the customer of %2.")
                            .arg(serial, other ? other->value(kNumber).toString() : QString()));
        }
        if (iou.isEmpty())
            args.reject(QStringLiteral("iou"), tr("A loaner is left only against the customer's signed IOU (借条)."));
        saveRecord(
            c, Store::LoanerUnits, QStringLiteral("loaner"), serial,
            {{kState, QStringLiteral("out")}, {QStringLiteral("ticket_id"), id}, {QStringLiteral("out_at"), c.at}});
        TicketFlags::set(after, QStringLiteral("loaner_out"));
    }
    m_store.addLoaner(id, serial, iou, appearance, c.at);
    saveTicket(c, t, after);
    event(c, id, QStringLiteral("pulled_back"),
          {{QStringLiteral("loaner_serial"), serial},
           {QStringLiteral("iou"), iou},
           {QStringLiteral("appearance"), appearance}});
}

void CommandProcessor::ticketRequestSupport(Context &c)
{
    CommandArgs args(c.cmd.args());
    Record t = loadTicket(c);
    requireState(c, t);
    const QString reason = args.requiredString(QStringLiteral("reason"));
    const QString id = t.value(QStringLiteral("id")).toString();
    Record after = t;
    TicketFlags::set(after, QStringLiteral("support_requested"));
    QJsonObject data{{QStringLiteral("reason"), reason}};
    // [002 §4.5.5] a second technician assigned: a visit on the helper's day too, at the time given (or now)
    if (!args.optionalString(QStringLiteral("helper")).isEmpty()) {
        const Record helper = requireTechnician(c, QStringLiteral("helper"));
        const QString helperId = helper.value(QStringLiteral("id")).toString();
        if (helperId == t.value(QStringLiteral("technician_id")).toString())
            args.reject(QStringLiteral("helper"), tr("The helper must be another technician than the ticket's own."));
        const qint64 start = args.optionalTime(QStringLiteral("appointment_start")).value_or(c.at);
        const qint64 end = start + minutes(c.settings.appointmentMinutes);
        checkSchedule(c, helperId, t, start, end, QStringLiteral("helper"));
        m_store.endHelperVisits(id, QStringLiteral("replaced"));
        const auto customer = m_store.load(Store::Customers, t.value(QStringLiteral("customer_id")).toString());
        const QString appointmentId = c.newId();
        m_store.insert(Store::Appointments,
                       {{QStringLiteral("id"), appointmentId},
                        {QStringLiteral("ticket_id"), id},
                        {QStringLiteral("technician_id"), helperId},
                        {QStringLiteral("zone"), customer ? customer->value(QStringLiteral("zone")) : QVariant()},
                        {QStringLiteral("start_at"), start},
                        {QStringLiteral("end_at"), end},
                        {QStringLiteral("due_at"), start},
                        {QStringLiteral("created_at"), c.at},
                        {kState, QStringLiteral("active")},
                        {QStringLiteral("helper"), 1},
                        {QStringLiteral("override_reason"), args.optionalString(QStringLiteral("override_reason"))}});
        m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("appointment"), appointmentId,
                         QStringLiteral("*"), QVariant(), QStringLiteral("created"));
        after.insert(QStringLiteral("helper_technician_id"), helperId);
        data.insert(QStringLiteral("helper"), helperId);
        data.insert(QStringLiteral("helper_name"), helper.value(QStringLiteral("name")).toString());
    }
    saveTicket(c, t, after);
    event(c, id, QStringLiteral("support_requested"), data);
}

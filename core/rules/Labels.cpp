#include "Labels.h"

#include <QHash>
#include <QRegularExpression>

namespace {
// Command fields, the ticket's own fields and the data of its timeline events
const QHash<QString, const char *> &fields()
{
    static const QHash<QString, const char *> t = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Labels", "Identifier")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Labels", "Name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Labels", "Phone")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("Labels", "Phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Labels", "Address")},
        {QStringLiteral("zone"), QT_TRANSLATE_NOOP("Labels", "Zone")},
        {QStringLiteral("zones"), QT_TRANSLATE_NOOP("Labels", "Zones")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Labels", "Category")},
        {QStringLiteral("categories"), QT_TRANSLATE_NOOP("Labels", "Categories")},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("Labels", "Model")},
        {QStringLiteral("serial"), QT_TRANSLATE_NOOP("Labels", "Serial number")},
        {QStringLiteral("purchase_date"), QT_TRANSLATE_NOOP("Labels", "Purchase date")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("Labels", "Appliance")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("Labels", "Customer")},
        {QStringLiteral("ticket"), QT_TRANSLATE_NOOP("Labels", "Ticket")},
        {QStringLiteral("technician"), QT_TRANSLATE_NOOP("Labels", "Technician")},
        {QStringLiteral("appointment_start"), QT_TRANSLATE_NOOP("Labels", "Appointment time")},
        {QStringLiteral("appointment_end"), QT_TRANSLATE_NOOP("Labels", "End of the appointment")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Labels", "Reason")},
        {QStringLiteral("override_reason"), QT_TRANSLATE_NOOP("Labels", "Reason for overriding the schedule")},
        {QStringLiteral("customer_consent"), QT_TRANSLATE_NOOP("Labels", "Customer agreed")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("Labels", "Priority")},
        {QStringLiteral("priority_reason"), QT_TRANSLATE_NOOP("Labels", "Reason for the priority")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Labels", "Channel")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Labels", "Kind")},
        {QStringLiteral("fault"), QT_TRANSLATE_NOOP("Labels", "Fault description")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Labels", "Note")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Labels", "Text")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("Labels", "Work done")},
        {QStringLiteral("parts"), QT_TRANSLATE_NOOP("Labels", "Parts")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("Labels", "Part number")},
        {QStringLiteral("qty"), QT_TRANSLATE_NOOP("Labels", "Quantity")},
        {QStringLiteral("fee_lines"), QT_TRANSLATE_NOOP("Labels", "Fees")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("Labels", "Code")},
        {QStringLiteral("price_fen"), QT_TRANSLATE_NOOP("Labels", "Price")},
        {QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("Labels", "Amount")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("Labels", "Paid")},
        {QStringLiteral("signed_by"), QT_TRANSLATE_NOOP("Labels", "Signed by")},
        {QStringLiteral("satisfaction"), QT_TRANSLATE_NOOP("Labels", "Satisfaction")},
        {QStringLiteral("on_time"), QT_TRANSLATE_NOOP("Labels", "On time")},
        {QStringLiteral("behaviour_ok"), QT_TRANSLATE_NOOP("Labels", "Technician's conduct")},
        {QStringLiteral("reached"), QT_TRANSLATE_NOOP("Labels", "Customer reached")},
        {QStringLiteral("solved"), QT_TRANSLATE_NOOP("Labels", "Problem solved")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("Labels", "Comment")},
        {QStringLiteral("callback"), QT_TRANSLATE_NOOP("Labels", "Callback")},
        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("Labels", "Complaint")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("Labels", "Severity")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("Labels", "Outcome")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("Labels", "Owner")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("Labels", "Deadline")},
        {QStringLiteral("words"), QT_TRANSLATE_NOOP("Labels", "Customer's words")},
        {QStringLiteral("about_ticket"), QT_TRANSLATE_NOOP("Labels", "Ticket complained about")},
        {QStringLiteral("about_technician"), QT_TRANSLATE_NOOP("Labels", "Technician complained about")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("Labels", "Task")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("Labels", "Apology accepted")},
        {QStringLiteral("appearance"), QT_TRANSLATE_NOOP("Labels", "Appearance check")},
        {QStringLiteral("loaner_serial"), QT_TRANSLATE_NOOP("Labels", "Loaner unit")},
        {QStringLiteral("iou"), QT_TRANSLATE_NOOP("Labels", "IOU")},
        {QStringLiteral("helper"), QT_TRANSLATE_NOOP("Labels", "Second technician")},
        {QStringLiteral("eta"), QT_TRANSLATE_NOOP("Labels", "Expected date")},
        {QStringLiteral("cause"), QT_TRANSLATE_NOOP("Labels", "Cause of the fault")},
        {QStringLiteral("out_of_warranty_reason"), QT_TRANSLATE_NOOP("Labels", "Reason to charge as out of warranty")},
        {QStringLiteral("waited_minutes"), QT_TRANSLATE_NOOP("Labels", "Minutes waited")},
        {QStringLiteral("phoned"), QT_TRANSLATE_NOOP("Labels", "Customer phoned")},
        {QStringLiteral("neighbours_asked"), QT_TRANSLATE_NOOP("Labels", "Neighbours asked")},
        {QStringLiteral("note_left"), QT_TRANSLATE_NOOP("Labels", "Note left")},
        {QStringLiteral("refused_entry"), QT_TRANSLATE_NOOP("Labels", "Customer refused entry")},
        {QStringLiteral("reminder"), QT_TRANSLATE_NOOP("Labels", "Reminder call")},
        {QStringLiteral("allow_duplicate"), QT_TRANSLATE_NOOP("Labels", "Second ticket allowed")},
        {QStringLiteral("preferred_time"), QT_TRANSLATE_NOOP("Labels", "Preferred time")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("Labels", "Setting")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("Labels", "Value")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Labels", "Role")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Labels", "Active")},
        {QStringLiteral("skills"), QT_TRANSLATE_NOOP("Labels", "Skills")},
        {QStringLiteral("shift_start"), QT_TRANSLATE_NOOP("Labels", "Shift start")},
        {QStringLiteral("shift_end"), QT_TRANSLATE_NOOP("Labels", "Shift end")},
        {QStringLiteral("travel_minutes"), QT_TRANSLATE_NOOP("Labels", "Travel minutes")},
        {QStringLiteral("warranty_months"), QT_TRANSLATE_NOOP("Labels", "Warranty (months)")},
        {QStringLiteral("main_part_warranty_months"), QT_TRANSLATE_NOOP("Labels", "Main parts warranty (months)")},
        {QStringLiteral("main_parts"), QT_TRANSLATE_NOOP("Labels", "Main parts")},
        {QStringLiteral("maintenance_months"), QT_TRANSLATE_NOOP("Labels", "Maintenance interval (months)")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("Labels", "Number")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("Labels", "From")},
        {QStringLiteral("contract.from"), QT_TRANSLATE_NOOP("Labels", "Contract valid from")},
        {QStringLiteral("contract.until"), QT_TRANSLATE_NOOP("Labels", "Contract valid until")},
        {QStringLiteral("attempts"), QT_TRANSLATE_NOOP("Labels", "Attempts")},
        {QStringLiteral("done_at"), QT_TRANSLATE_NOOP("Labels", "Done")},
        {QStringLiteral("goodwill_gift"), QT_TRANSLATE_NOOP("Labels", "Goodwill gift")},
        {QStringLiteral("due"), QT_TRANSLATE_NOOP("Labels", "Due")},
        {QStringLiteral("*"), QT_TRANSLATE_NOOP("Labels", "Record")},
        {QStringLiteral("until"), QT_TRANSLATE_NOOP("Labels", "Valid until")},
        {QStringLiteral("covers"), QT_TRANSLATE_NOOP("Labels", "Covers")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("Labels", "Service contract")},
        {QStringLiteral("brand"), QT_TRANSLATE_NOOP("Labels", "Brand")},
        {QStringLiteral("dealer"), QT_TRANSLATE_NOOP("Labels", "Dealer")},
        {QStringLiteral("installer"), QT_TRANSLATE_NOOP("Labels", "Installer")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("Labels", "Kept at")},
        {QStringLiteral("outlet"), QT_TRANSLATE_NOOP("Labels", "Outlet")},
        {QStringLiteral("approved_by"), QT_TRANSLATE_NOOP("Labels", "Approved by")},
        {QStringLiteral("charged_as_receipt"), QT_TRANSLATE_NOOP("Labels", "Charged as on the receipt")},
        {QStringLiteral("customer_confirmed"), QT_TRANSLATE_NOOP("Labels", "Customer confirmed")},
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("Labels", "Time")},
        {QStringLiteral("by"), QT_TRANSLATE_NOOP("Labels", "Given by")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("Labels", "Password")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("Labels", "State")},
        {QStringLiteral("flags"), QT_TRANSLATE_NOOP("Labels", "Marks")},
        {QStringLiteral("warranty"), QT_TRANSLATE_NOOP("Labels", "Warranty")},
        {QStringLiteral("opened_at"), QT_TRANSLATE_NOOP("Labels", "Opened")},
        {QStringLiteral("opened_by"), QT_TRANSLATE_NOOP("Labels", "Opened by")},
        {QStringLiteral("dispatched_at"), QT_TRANSLATE_NOOP("Labels", "Dispatched")},
        {QStringLiteral("first_contact_at"), QT_TRANSLATE_NOOP("Labels", "First contact")},
        {QStringLiteral("contact_by"), QT_TRANSLATE_NOOP("Labels", "Contact the customer by")},
        {QStringLiteral("on_site_by"), QT_TRANSLATE_NOOP("Labels", "On site by")},
        {QStringLiteral("depart_by"), QT_TRANSLATE_NOOP("Labels", "Leave by")},
        {QStringLiteral("arrived_at"), QT_TRANSLATE_NOOP("Labels", "Arrived")},
        {QStringLiteral("completed_at"), QT_TRANSLATE_NOOP("Labels", "Completed")},
        {QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("Labels", "Closed")},
        {QStringLiteral("callback_by"), QT_TRANSLATE_NOOP("Labels", "Call back by")},
        {QStringLiteral("failed_contacts"), QT_TRANSLATE_NOOP("Labels", "Failed contact attempts")},
        {QStringLiteral("last_attempt_at"), QT_TRANSLATE_NOOP("Labels", "Last attempt")},
        {QStringLiteral("charges_fen"), QT_TRANSLATE_NOOP("Labels", "Charges")},
        {QStringLiteral("paid_fen"), QT_TRANSLATE_NOOP("Labels", "Paid")},
        {QStringLiteral("visits"), QT_TRANSLATE_NOOP("Labels", "Visits")},
        {QStringLiteral("repeat_of"), QT_TRANSLATE_NOOP("Labels", "Repeat of")},
        {QStringLiteral("cancel_reason"), QT_TRANSLATE_NOOP("Labels", "Reason for cancelling")},
        {QStringLiteral("technician_id"), QT_TRANSLATE_NOOP("Labels", "Technician")},
        {QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("Labels", "Customer")},
        {QStringLiteral("product_id"), QT_TRANSLATE_NOOP("Labels", "Appliance")},
        {QStringLiteral("dispatch_by"), QT_TRANSLATE_NOOP("Labels", "Dispatch by")},
        {QStringLiteral("parts_eta"), QT_TRANSLATE_NOOP("Labels", "Parts expected")},
        {QStringLiteral("apology"), QT_TRANSLATE_NOOP("Labels", "Apology")},
        {QStringLiteral("not_home_count"), QT_TRANSLATE_NOOP("Labels", "Times not at home")},
        {QStringLiteral("helper_technician_id"), QT_TRANSLATE_NOOP("Labels", "Second technician")},
        {QStringLiteral("apology_logged"), QT_TRANSLATE_NOOP("Labels", "Apology logged")},
        {QStringLiteral("late_minutes"), QT_TRANSLATE_NOOP("Labels", "Minutes late")},
        {QStringLiteral("gift"), QT_TRANSLATE_NOOP("Labels", "Goodwill gift")},
        {QStringLiteral("return_visit"), QT_TRANSLATE_NOOP("Labels", "Return visit")},
        {QStringLiteral("total_fen"), QT_TRANSLATE_NOOP("Labels", "Total")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("Labels", "Lines")},
        {QStringLiteral("free"), QT_TRANSLATE_NOOP("Labels", "Free")},
        {QStringLiteral("covered_by"), QT_TRANSLATE_NOOP("Labels", "Covered by")},
        {QStringLiteral("other_appliances"), QT_TRANSLATE_NOOP("Labels", "Other appliances")},
        {QStringLiteral("sales_leads"), QT_TRANSLATE_NOOP("Labels", "Sales leads")},
        {QStringLiteral("work_done"), QT_TRANSLATE_NOOP("Labels", "Work done")},
        {QStringLiteral("from_technician"), QT_TRANSLATE_NOOP("Labels", "From technician")},
        {QStringLiteral("to_technician"), QT_TRANSLATE_NOOP("Labels", "To technician")},
        {QStringLiteral("attempt"), QT_TRANSLATE_NOOP("Labels", "Attempt")},
        {QStringLiteral("suggested"), QT_TRANSLATE_NOOP("Labels", "Suggested")},
        {QStringLiteral("conflict"), QT_TRANSLATE_NOOP("Labels", "Conflict")},
        {QStringLiteral("loaner"), QT_TRANSLATE_NOOP("Labels", "Loaner unit")},
        {QStringLiteral("appointment"), QT_TRANSLATE_NOOP("Labels", "Appointment")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("Labels", "To")},
    };
    return t;
}

// The timeline's events, as the ticket's story tells them
const QHash<QString, const char *> &events()
{
    static const QHash<QString, const char *> t = {
        {QStringLiteral("opened"), QT_TRANSLATE_NOOP("Labels", "Ticket opened")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Labels", "Note")},
        {QStringLiteral("reminder_call"), QT_TRANSLATE_NOOP("Labels", "Reminder call (催单)")},
        {QStringLiteral("verified"), QT_TRANSLATE_NOOP("Labels", "Details verified")},
        {QStringLiteral("guided_by_phone"), QT_TRANSLATE_NOOP("Labels", "Solved by phone")},
        {QStringLiteral("dispatched"), QT_TRANSLATE_NOOP("Labels", "Dispatched")},
        {QStringLiteral("contact_attempt"), QT_TRANSLATE_NOOP("Labels", "Contact attempt")},
        {QStringLiteral("contacted"), QT_TRANSLATE_NOOP("Labels", "Customer contacted")},
        {QStringLiteral("rescheduled"), QT_TRANSLATE_NOOP("Labels", "New appointment")},
        {QStringLiteral("reassigned"), QT_TRANSLATE_NOOP("Labels", "Given to another technician")},
        {QStringLiteral("departed"), QT_TRANSLATE_NOOP("Labels", "Technician left")},
        {QStringLiteral("arrived"), QT_TRANSLATE_NOOP("Labels", "Technician arrived")},
        {QStringLiteral("awaiting_parts"), QT_TRANSLATE_NOOP("Labels", "Waiting for parts")},
        {QStringLiteral("pulled_back"), QT_TRANSLATE_NOOP("Labels", "Pulled back to the workshop")},
        {QStringLiteral("support_requested"), QT_TRANSLATE_NOOP("Labels", "Second technician requested")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Labels", "Completed")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("Labels", "Payment received")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Labels", "Cancelled")},
        {QStringLiteral("callback"), QT_TRANSLATE_NOOP("Labels", "Callback")},
        {QStringLiteral("callback_not_reached"), QT_TRANSLATE_NOOP("Labels", "Callback: customer not reached")},
        {QStringLiteral("callback_unreachable"), QT_TRANSLATE_NOOP("Labels", "Callback: customer unreachable")},
        {QStringLiteral("complaint_opened"), QT_TRANSLATE_NOOP("Labels", "Complaint registered")},
        {QStringLiteral("reopened"), QT_TRANSLATE_NOOP("Labels", "Reopened")},
        {QStringLiteral("schedule_override"), QT_TRANSLATE_NOOP("Labels", "Schedule conflict overridden")},
        {QStringLiteral("loaner_returned"), QT_TRANSLATE_NOOP("Labels", "Loaner unit returned")},
        {QStringLiteral("not_home"), QT_TRANSLATE_NOOP("Labels", "Customer not at home")},
        {QStringLiteral("parts_arrived"), QT_TRANSLATE_NOOP("Labels", "Parts arrived")},
        {QStringLiteral("task_created"), QT_TRANSLATE_NOOP("Labels", "Manager's task created")},
        {QStringLiteral("task_done"), QT_TRANSLATE_NOOP("Labels", "Manager's task done")},
        {QStringLiteral("apology"), QT_TRANSLATE_NOOP("Labels", "Apology answered")},
        {QStringLiteral("apology_accepted"), QT_TRANSLATE_NOOP("Labels", "Apology accepted")},
        {QStringLiteral("apology_refused"), QT_TRANSLATE_NOOP("Labels", "Apology refused")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("Labels", "Resolved")},
        {QStringLiteral("late_arrival"), QT_TRANSLATE_NOOP("Labels", "Late arrival")},
        {QStringLiteral("complaint_step"), QT_TRANSLATE_NOOP("Labels", "Complaint follow-up")},
        {QStringLiteral("complaint_resolved"), QT_TRANSLATE_NOOP("Labels", "Complaint resolved")},
    };
    return t;
}

// Commands as the actions a user gives ("X may not dispatch a ticket")
const QHash<QString, const char *> &commands()
{
    static const QHash<QString, const char *> t = {
        {QStringLiteral("setting.set"), QT_TRANSLATE_NOOP("Labels", "change a rule setting")},
        {QStringLiteral("zone.upsert"), QT_TRANSLATE_NOOP("Labels", "save a zone")},
        {QStringLiteral("technician.upsert"), QT_TRANSLATE_NOOP("Labels", "save a technician")},
        {QStringLiteral("category.upsert"), QT_TRANSLATE_NOOP("Labels", "save a category")},
        {QStringLiteral("part.upsert"), QT_TRANSLATE_NOOP("Labels", "save a part")},
        {QStringLiteral("fee.upsert"), QT_TRANSLATE_NOOP("Labels", "save a fee")},
        {QStringLiteral("user.upsert"), QT_TRANSLATE_NOOP("Labels", "save a user")},
        {QStringLiteral("customer.upsert"), QT_TRANSLATE_NOOP("Labels", "save a customer")},
        {QStringLiteral("product.register"), QT_TRANSLATE_NOOP("Labels", "register an appliance")},
        {QStringLiteral("ticket.open"), QT_TRANSLATE_NOOP("Labels", "open a ticket")},
        {QStringLiteral("ticket.note"), QT_TRANSLATE_NOOP("Labels", "add a note")},
        {QStringLiteral("ticket.verify"), QT_TRANSLATE_NOOP("Labels", "mark details verified")},
        {QStringLiteral("ticket.guide_by_phone"), QT_TRANSLATE_NOOP("Labels", "record a phone solution")},
        {QStringLiteral("ticket.dispatch"), QT_TRANSLATE_NOOP("Labels", "dispatch a ticket")},
        {QStringLiteral("ticket.contact_attempt"), QT_TRANSLATE_NOOP("Labels", "record a contact attempt")},
        {QStringLiteral("ticket.reschedule"), QT_TRANSLATE_NOOP("Labels", "agree a new time")},
        {QStringLiteral("ticket.reassign"), QT_TRANSLATE_NOOP("Labels", "give a ticket to another technician")},
        {QStringLiteral("ticket.depart"), QT_TRANSLATE_NOOP("Labels", "record the departure")},
        {QStringLiteral("ticket.arrive"), QT_TRANSLATE_NOOP("Labels", "record the arrival")},
        {QStringLiteral("ticket.await_parts"), QT_TRANSLATE_NOOP("Labels", "put a ticket to wait for parts")},
        {QStringLiteral("ticket.pull_back"), QT_TRANSLATE_NOOP("Labels", "pull an appliance back to the workshop")},
        {QStringLiteral("ticket.request_support"), QT_TRANSLATE_NOOP("Labels", "send a second technician")},
        {QStringLiteral("ticket.complete"), QT_TRANSLATE_NOOP("Labels", "complete a ticket")},
        {QStringLiteral("ticket.payment"), QT_TRANSLATE_NOOP("Labels", "record a payment")},
        {QStringLiteral("ticket.cancel"), QT_TRANSLATE_NOOP("Labels", "cancel a ticket")},
        {QStringLiteral("callback.record"), QT_TRANSLATE_NOOP("Labels", "record a callback")},
        {QStringLiteral("complaint.open"), QT_TRANSLATE_NOOP("Labels", "register a complaint")},
        {QStringLiteral("complaint.step"), QT_TRANSLATE_NOOP("Labels", "follow up a complaint")},
        {QStringLiteral("complaint.resolve"), QT_TRANSLATE_NOOP("Labels", "resolve a complaint")},
        {QStringLiteral("ticket.apology"), QT_TRANSLATE_NOOP("Labels", "record the apology's answer")},
        {QStringLiteral("ticket.not_home"), QT_TRANSLATE_NOOP("Labels", "record a customer not at home")},
        {QStringLiteral("ticket.parts_arrived"), QT_TRANSLATE_NOOP("Labels", "record parts arrived")},
        {QStringLiteral("task.done"), QT_TRANSLATE_NOOP("Labels", "close a manager's task")},
        {QStringLiteral("loaner.upsert"), QT_TRANSLATE_NOOP("Labels", "save a loaner unit")},
        {QStringLiteral("loaner.return"), QT_TRANSLATE_NOOP("Labels", "take a loaner unit back")},
        {QStringLiteral("ticket.contact"), QT_TRANSLATE_NOOP("Labels", "record a customer contacted")},
        {QStringLiteral("import.customers"), QT_TRANSLATE_NOOP("Labels", "import customers")},
    };
    return t;
}

// Values that are keys, by the field they are the value of
const QHash<QString, const char *> &values()
{
    static const QHash<QString, const char *> t = {
        {QStringLiteral("cause/product_defect"), QT_TRANSLATE_NOOP("Labels", "Product defect")},
        {QStringLiteral("cause/installation"), QT_TRANSLATE_NOOP("Labels", "Installation")},
        {QStringLiteral("cause/misuse"), QT_TRANSLATE_NOOP("Labels", "Misuse")},
        {QStringLiteral("cause/wear"), QT_TRANSLATE_NOOP("Labels", "Wear")},
        {QStringLiteral("cause/other"), QT_TRANSLATE_NOOP("Labels", "Other")},
        {QStringLiteral("apology/pending"), QT_TRANSLATE_NOOP("Labels", "answer pending")},
        {QStringLiteral("apology/accepted"), QT_TRANSLATE_NOOP("Labels", "accepted")},
        {QStringLiteral("apology/refused"), QT_TRANSLATE_NOOP("Labels", "refused")},
        {QStringLiteral("kind/apology_refused"),
         QT_TRANSLATE_NOOP("Labels", "Apology not accepted: the manager visits")},
        {QStringLiteral("kind/refused_entry"), QT_TRANSLATE_NOOP("Labels", "Entry refused: the manager visits")},
        {QStringLiteral("kind/serious_complaint"),
         QT_TRANSLATE_NOOP("Labels", "Serious complaint: the manager follows it")},
        {QStringLiteral("severity/minor"), QT_TRANSLATE_NOOP("Labels", "Minor")},
        {QStringLiteral("severity/normal"), QT_TRANSLATE_NOOP("Labels", "Normal")},
        {QStringLiteral("severity/serious"), QT_TRANSLATE_NOOP("Labels", "Serious")},
        {QStringLiteral("channel/hotline"), QT_TRANSLATE_NOOP("Labels", "Hotline")},
        {QStringLiteral("channel/wechat"), QT_TRANSLATE_NOOP("Labels", "WeChat")},
        {QStringLiteral("channel/web"), QT_TRANSLATE_NOOP("Labels", "Web")},
        {QStringLiteral("channel/dealer"), QT_TRANSLATE_NOOP("Labels", "Dealer")},
        {QStringLiteral("channel/walk_in"), QT_TRANSLATE_NOOP("Labels", "Walk-in")},
        {QStringLiteral("satisfaction/满意"), QT_TRANSLATE_NOOP("Labels", "Satisfied")},
        {QStringLiteral("satisfaction/基本满意"), QT_TRANSLATE_NOOP("Labels", "Fairly satisfied")},
        {QStringLiteral("satisfaction/不满意"), QT_TRANSLATE_NOOP("Labels", "Not satisfied")},
        {QStringLiteral("*/created"), QT_TRANSLATE_NOOP("Labels", "created")},
        {QStringLiteral("state/active"), QT_TRANSLATE_NOOP("Labels", "booked")},
        {QStringLiteral("state/replaced"), QT_TRANSLATE_NOOP("Labels", "replaced by a new appointment")},
        {QStringLiteral("state/open"), QT_TRANSLATE_NOOP("Labels", "to do")},
        {QStringLiteral("state/done"), QT_TRANSLATE_NOOP("Labels", "done")},
        {QStringLiteral("state/out"), QT_TRANSLATE_NOOP("Labels", "lent out")},
        {QStringLiteral("state/in"), QT_TRANSLATE_NOOP("Labels", "at the centre")},
        {QStringLiteral("state/returned"), QT_TRANSLATE_NOOP("Labels", "returned")},
    };
    return t;
}
} // namespace

QString Labels::value(const QString &field, const QString &value)
{
    auto it = values().constFind(field + QLatin1Char('/') + value);
    if (it == values().constEnd())
        it = values().constFind(QStringLiteral("*/") + value);
    return it == values().constEnd() ? value : tr(*it);
}

QString Labels::field(const QString &path)
{
    if (const auto it = fields().constFind(path); it != fields().constEnd())
        return tr(*it);
    // "customer.contract.from": the innermost pair may have a label of its own ("contract.from")
    const QString pair = path.section(QLatin1Char('.'), -2);
    if (pair != path)
        if (const auto it = fields().constFind(pair); it != fields().constEnd())
            return tr(*it);
    // "customer.phones[1]": each part by its label, an index counted from 1
    static const QRegularExpression indexed(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]$"));
    QStringList parts;
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = indexed.match(segment);
        const QString key = m.hasMatch() ? m.captured(1) : segment;
        const auto it = fields().constFind(key);
        QString label = it == fields().constEnd() ? key : tr(*it);
        if (m.hasMatch())
            label = tr("%1 no. %2").arg(label).arg(m.captured(2).toInt() + 1);
        parts << label;
    }
    return parts.join(tr(" · "));
}

QString Labels::command(const QString &name)
{
    const auto it = commands().constFind(name);
    return it == commands().constEnd() ? name : tr(*it);
}

QString Labels::event(const QString &kind)
{
    const auto it = events().constFind(kind);
    return it == events().constEnd() ? kind : tr(*it);
}

bool Labels::knowsField(const QString &key)
{
    return fields().contains(key);
}

bool Labels::knowsCommand(const QString &name)
{
    return commands().contains(name);
}

bool Labels::knowsEvent(const QString &kind)
{
    return events().contains(kind);
}

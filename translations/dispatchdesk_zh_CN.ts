<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>after phone guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Callbacks due, oldest first. Overdue ones are red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The command name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is missing or not a full date and time with a UTC offset (for example 2026-11-20T10:00:00+08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who gave the command is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandArgs</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required and cannot be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time with a UTC offset, for example 2026-11-20T14:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD, for example 2025-06-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] must be non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>Complaint registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the callback (callback) or its ticket (ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has no callback waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no callback %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This callback is already finished (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction must be 满意, 基本满意 or 不满意.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged differently from the service receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behaviour breach (四不准: no accepting water, cigarettes, meals or gifts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback: problem not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback: customer unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is registered against a ticket, a technician, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no technician %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint with id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the complaint was resolved (resolution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved, confirmed by the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved, awaiting the customer&apos;s confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician %1 is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is required (a number or text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel_minutes must map zone ids to minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The travel time to zone %1 must be whole minutes from 0 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift_start must be a time like 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift_end must be a time like 17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main parts cannot have a shorter warranty (%1 months) than the whole unit (%2 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one phone number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel is &quot;%1&quot;; it must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket with id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer is required: a customer id or the caller&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product is required: a product id or the appliance&apos;s details (at least its category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appliance already has an open ticket, %1 (%2). Log the call on it as a reminder call (催单) instead of opening a second ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority is &quot;%1&quot;; it must be urgent, high, normal or scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2; a reminder call belongs on an open ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 does not need verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 is outside %3&apos;s shift (%4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it overlaps %1&apos;s appointment for %2 (%3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot arrive by %2: the previous appointment ends at %3 and the journey takes %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not reach the next appointment at %2: this one ends at %3 and the journey takes %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule conflict: %1. Choose another time or technician, or give a reason to override (override_reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment end needs an appointment start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment (%1) is before the time of dispatch (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last unanswered call was at %1; the next try is due from %2 (every %3 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new time needs the customer&apos;s consent. Call the customer, apologise, agree the new time, then record customer_consent; otherwise give the ticket to another technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new appointment is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket has no technician; dispatch it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part &quot;%1&quot; is not in the parts catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part needs a sku and a qty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each fee line is a fee code or an object with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee &quot;%1&quot; is not on the published fee schedule (收费标准). A charge off the schedule needs a name, an amount, a supervisor&apos;s approval (approved_by) and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the published fee schedule: it needs a supervisor&apos;s approval (approved_by) and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supervisor; only a supervisor can approve a charge off the fee schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid must be true, false or the amount received in fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Dispatch Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Dispatch Desk database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Dispatch Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Dispatch Desk (data version %2; this program knows up to %3). Update Dispatch Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its contents (truncated copy?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Dispatch Desk needs to write to its database; copy it somewhere writable or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Dispatch Desk keeps a journal beside its database and needs to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was left as it is; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1 from data version %2: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>Filter: ticket, customer, technician, zone, state… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians ranked for the selected ticket; Enter assigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the selected ticket to the selected technician (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket and a technician first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-site deadline missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-site deadline at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer not yet contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late arrival: manager follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaner out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Mobile or landline with area code, e.g. 138 1234 5678 / 010-62345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, district, street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (from the invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save call (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In warranty until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of warranty since %1; main parts covered until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of warranty since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty unknown: the technician checks the invoice on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispatch Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch board (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only (no server configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, brackets, dashes and a leading + belong in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile number: a Chinese mobile number has 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid landline: check the area code and the number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Landlines need their area code (for example 010-12345678).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>The line is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is JSON but not an object; each line must be one command object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1 to 16 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianRanking</name>
    <message>
        <source>installed this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviced this product last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skilled in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no skill for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside their zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) before the deadline</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStates</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guided by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled back to workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while the ticket is %1 (state %2); %3 needs the ticket to be: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name. Everything you do is recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

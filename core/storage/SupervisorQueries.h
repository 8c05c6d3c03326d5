#pragma once

#include "storage/Store.h"

// What the supervisor's windows read besides the KPIs: the callback queue with what a call needs on screen, a
// ticket's charge lines and earlier callback tries, the complaint register and its tracking steps, the technician
// daily report (技术人员日报表) and the day's callback list. Read-only, prepared statements over indexed columns.
class SupervisorQueries
{
public:
    explicit SupervisorQueries(Store &store) : m_store(store) {}

    // Open callbacks, due first: id, ticket_id, kind (completion | guidance), due_at, first_due_at, attempts,
    // number, ticket_kind, ticket_state, fault, resolution, completed_at, charges_fen, paid_fen,
    // receipt_satisfaction, warranty, customer_name, customer_address, phone, technician_name, category_name, model.
    QList<Record> callbackQueue();
    // The same for one ticket's open callback (none when it has none).
    QList<Record> callbackQueueForTicket(const QString &ticketId);
    // A page of the queue: the `limit` open callbacks after (due, queue_rowid), due first
    QList<Record> callbackQueuePage(qint64 afterDue, qint64 afterRowid, int limit);
    // The ticket's charge lines as on the service receipt: kind, code, name, qty, unit_fen, billed_fen, covered_by.
    QList<Record> ticketCharges(const QString &ticketId);
    // Earlier callback tries and outcomes on the ticket's timeline: at, by, kind, data (JSON), user_name.
    QList<Record> callbackHistory(const QString &ticketId);

    // Every complaint, newest first: id, ticket_id, number, customer_name, technician_id, technician_name,
    // severity, owner, owner_name, deadline, state, reason, opened_at, opened_by, resolved_at, resolution,
    // customer_confirmed, steps.
    QList<Record> complaints(qint64 closedSinceMs);
    std::optional<Record> complaint(const QString &id);
    // Its tracking steps, oldest first: at, by, user_name, text.
    QList<Record> complaintSteps(const QString &complaintId);
    // R21: the manager's open tasks, the most urgent first: id, kind, ticket number, customer, owner's name, due, note
    QList<Record> openTasks();
    std::optional<QString> ticketIdByNumber(const QString &number);

    // 技术人员日报表: each visit a technician arrived at in [from, to), by technician then time: technician_id,
    // technician_name, number, ticket_id, customer_name, customer_address, category_name, model, fault, arrived_at,
    // late_minutes, completed_at, state, resolution, parts, charges_fen, paid_fen, satisfaction.
    QList<Record> technicianDailyReport(qint64 from, qint64 to);
    // The day's callback list: callbacks open and due before `to`, and those finished in [from, to): id, number,
    // kind, state, due_at, done_at, attempts, customer_name, phone, technician_name, solved, satisfaction, comment.
    QList<Record> callbackList(qint64 from, qint64 to);

private:
    QList<Record> rows(QSqlQuery &q);
    Store &m_store;
};

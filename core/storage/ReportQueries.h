#pragma once

#include "rules/Deadlines.h"
#include "storage/Store.h"

#include <QJsonObject>
#include <limits>
#include <optional>

// One row of the dispatch board: what a dispatcher reads of an open ticket, typed, with the deadline it races.
struct BoardTicket
{
    QString id, number, kind, state, priority, flags, fault, warranty, technicianId;
    QString customerName, customerAddress, zoneId, zoneName, model, categoryName, technicianName;
    qint64 openedAt = 0;
    std::optional<qint64> dispatchBy, contactBy, onSiteBy, partsEta, callbackBy, appointmentStart;
    std::optional<Deadlines::Next> next; // Deadlines::next of the row, computed once when read
    qint64 orderKey = 0;                 // the board's order: the deadline, or last when there is none
};

// The supervisor's and the board's read-only questions, answered in SQL over indexed columns.
class ReportQueries
{
public:
    explicit ReportQueries(Store &store) : m_store(store) {}

    struct Alert
    {
        QString ticketId;
        QString kind;
        qint64 since;
        QString number; // the ticket's number, as the desk shows it
    };

    // Every ticket, oldest first (the replay prints them all; the board asks for open ones).
    QList<Record> tickets();
    QList<Record> openTickets();
    // The dispatch board's rows a screen at a time: tickets not closed, the most urgent deadline first (then by id),
    // the `limit` after `after` (none: from the first). One short walk of an index; closed tickets are never read.
    struct BoardPosition
    {
        qint64 orderKey = std::numeric_limits<qint64>::min();
        QString id;
    };
    QList<BoardTicket> boardPage(const BoardPosition &after, int limit);
    static BoardPosition positionOf(const BoardTicket &row) { return {row.orderKey, row.id}; }
    // Ctrl+K: tickets whose number is `text`, or ends with it among the open tickets and those opened since
    // `sinceMs`; newest first. `text` must be letters, digits and dashes (anything else finds nothing).
    struct TicketHit
    {
        QString id, number, state, customerName;
        qint64 openedAt = 0;
    };
    QList<TicketHit> findTickets(const QString &text, qint64 sinceMs, int limit);
    // One ticket's board row, open or not (to refresh a single row after a change).
    std::optional<BoardTicket> boardTicket(const QString &ticketId);
    // Open callbacks with what the supervisor needs on screen, due first.
    QList<Record> callbackQueue();
    // The ticket's timeline: every event, oldest first.
    QList<Record> ticketEvents(const QString &ticketId);
    // Every field change of the ticket and its records (R17), oldest first.
    QList<Record> ticketAudit(const QString &ticketId);
    QList<Record> ticketCharges(const QString &ticketId);
    // Visits of all technicians whose appointment (or, without one, deadline) falls in [from, to): ticket number,
    // state, customer, zone, times. For the technicians' day lanes and the dispatch sheet.
    QList<Record> visitsBetween(qint64 from, qint64 to);
    // Alerts open at `asOf`: sla_at_risk, sla_breached, contact_overdue, unreachable, late_arrival (the answer to the
    // apology is owed), callback_overdue, dispatch_overdue, parts_overdue, not_home_again, loaner_not_returned,
    // task_overdue.
    // Ordered by since, ticket, kind. With a ticket: only its alerts.
    QList<Alert> alerts(qint64 asOf, int slaWarningMinutes, const QString &ticketId = QString(),
                        int notHomeAlertCount = 2);
    QList<Record> callbacks();
    // R22: appliances due for maintenance on the local day of `asOfMs` (their category's interval after the last
    // maintenance, or the purchase), with no open ticket: product_id, customer_id, customer_name, category,
    // category_name, model, due (yyyy-MM-dd); the longest overdue first
    QList<Record> maintenanceDue(qint64 asOfMs, int utcOffsetMinutes, int limit);
    // R21: every manager's task, oldest first
    QList<Record> tasks();
    // R6 [002 §4.7.5]: tickets in any state, closed ones too, whose charges are not all paid: id, number,
    // customer_name, open_fen, state, completed_at; the oldest completion first
    QList<Record> openCharges(int limit);
    // R20: the ticket's last loaner unit and whether it is still out
    struct Loan
    {
        QString serial;
        bool out = false;
    };
    std::optional<Loan> loanOf(const QString &ticketId);
    QList<Record> complaints();
    // SPEC §5 over [from, to), as seen at `asOf`. A rate with nothing to count is null.
    QJsonObject kpis(qint64 from, qint64 to, qint64 asOf);

private:
    Store &m_store;
};

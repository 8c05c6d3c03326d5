#pragma once

#include "storage/Store.h"

#include <QJsonObject>

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
    };

    // Every ticket, oldest first (the replay prints them all; the board asks for open ones).
    QList<Record> tickets();
    QList<Record> openTickets();
    // The dispatch board's rows: every ticket not closed, with the names a dispatcher reads. One query, no
    // per-row lookups; closed tickets are never loaded.
    QList<Record> boardTickets();
    // One ticket's board row (to refresh a single row after a change).
    std::optional<Record> boardTicket(const QString &ticketId);
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
    // Alerts open at `asOf`: sla_at_risk, sla_breached, contact_overdue, unreachable, late_arrival, callback_overdue.
    QList<Alert> alerts(qint64 asOf, int slaWarningMinutes);
    QList<Record> callbacks();
    QList<Record> complaints();
    // SPEC §5 over [from, to), as seen at `asOf`. A rate with nothing to count is null.
    QJsonObject kpis(qint64 from, qint64 to, qint64 asOf);

private:
    Store &m_store;
};

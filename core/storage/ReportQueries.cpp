#include "ReportQueries.h"

#include "storage/KpiQueries.h"
#include "storage/Schema.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlRecord>
#include <cmath>

QList<Record> ReportQueries::tickets()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM tickets ORDER BY opened_at, number"));
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::openTickets()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM tickets WHERE state NOT IN ('closed','cancelled') "
                                                  "ORDER BY opened_at, number"));
    m_store.exec(q);
    return Store::rows(q);
}

namespace {
// The board's columns over `t`, a selection of tickets with their order key `dk` (Schema::kDeadlineSql)
QString boardSelect(const QString &tickets)
{
    return QStringLiteral(
               "SELECT t.id, t.number, t.kind, t.state, t.priority, t.flags, t.fault, t.warranty, t.opened_at, "
               "t.contact_by, t.on_site_by, t.callback_by, t.appointment_start, t.technician_id, c.name, c.address, "
               "c.zone, z.name, p.model, cat.name, w.name, t.dk, t.dispatch_by, t.parts_eta "
               "FROM (%1) t JOIN customers c ON c.id = t.customer_id JOIN products p ON p.id = t.product_id "
               "LEFT JOIN zones z ON z.id = c.zone LEFT JOIN categories cat ON cat.id = p.category "
               "LEFT JOIN technicians w ON w.id = t.technician_id ORDER BY t.dk, t.id")
        .arg(tickets);
}

std::optional<qint64> optionalMs(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

BoardTicket boardRow(const QSqlQuery &q)
{
    BoardTicket r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.state = q.value(3).toString();
    r.priority = q.value(4).toString();
    r.flags = q.value(5).toString();
    r.fault = q.value(6).toString();
    r.warranty = q.value(7).toString();
    r.openedAt = q.value(8).toLongLong();
    r.contactBy = optionalMs(q.value(9));
    r.onSiteBy = optionalMs(q.value(10));
    r.callbackBy = optionalMs(q.value(11));
    r.appointmentStart = optionalMs(q.value(12));
    r.technicianId = q.value(13).toString();
    r.customerName = q.value(14).toString();
    r.customerAddress = q.value(15).toString();
    r.zoneId = q.value(16).toString();
    r.zoneName = q.value(17).toString();
    r.model = q.value(18).toString();
    r.categoryName = q.value(19).toString();
    r.technicianName = q.value(20).toString();
    r.orderKey = q.value(21).toLongLong();
    r.dispatchBy = optionalMs(q.value(22));
    r.partsEta = optionalMs(q.value(23));
    r.next = Deadlines::next(r.state, {r.dispatchBy, r.contactBy, r.onSiteBy, r.partsEta, r.callbackBy});
    return r;
}
} // namespace

QList<BoardTicket> ReportQueries::boardPage(const BoardPosition &after, int limit)
{
    const QString deadline = QLatin1String(Schema::kDeadlineSql);
    QSqlQuery &q = m_store.prepare(boardSelect(
        QStringLiteral(
            "SELECT *, %1 AS dk FROM tickets WHERE state NOT IN ('closed','cancelled') AND (%1, id) > (?, ?) "
            "ORDER BY %1, id LIMIT ?")
            .arg(deadline)));
    q.addBindValue(after.orderKey);
    q.addBindValue(after.id);
    q.addBindValue(limit);
    m_store.exec(q);
    QList<BoardTicket> out;
    out.reserve(limit);
    while (q.next())
        out << boardRow(q);
    return out;
}

QList<ReportQueries::TicketHit> ReportQueries::findTickets(const QString &text, qint64 sinceMs, int limit)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!plain.match(text).hasMatch())
        return {};
    // The full number through its unique index; the last digits among the open tickets (their index) and the
    // recent ones (by opened_at): never a scan of the whole history
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT t.id, t.number, t.state, t.opened_at, c.name FROM tickets t JOIN customers c ON c.id = t.customer_id "
        "WHERE t.id IN (SELECT id FROM tickets WHERE number = :text "
        "  UNION SELECT id FROM tickets WHERE state NOT IN ('closed','cancelled') AND number LIKE '%' || :text "
        "  UNION SELECT id FROM tickets WHERE opened_at >= :since AND number LIKE '%' || :text) "
        "ORDER BY t.opened_at DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":text"), text);
    q.bindValue(QStringLiteral(":since"), sinceMs);
    q.bindValue(QStringLiteral(":limit"), limit);
    m_store.exec(q);
    QList<TicketHit> out;
    while (q.next())
        out << TicketHit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(4).toString(),
                         q.value(3).toLongLong()};
    return out;
}

std::optional<BoardTicket> ReportQueries::boardTicket(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(boardSelect(
        QStringLiteral("SELECT *, %1 AS dk FROM tickets WHERE id = ?").arg(QLatin1String(Schema::kDeadlineSql))));
    q.addBindValue(ticketId);
    m_store.exec(q);
    std::optional<BoardTicket> out;
    if (q.next())
        out = boardRow(q);
    q.finish();
    return out;
}

QList<Record> ReportQueries::callbackQueue()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT cb.id, cb.ticket_id, cb.kind, cb.due_at, cb.attempts, t.number, t.charges_fen, t.paid_fen, "
        "t.satisfaction AS receipt_satisfaction, c.name AS customer_name, "
        "(SELECT phone FROM customer_phones cp WHERE cp.customer_id = c.id ORDER BY cp.rowid LIMIT 1) AS phone, "
        "w.name AS technician_name "
        "FROM callbacks cb JOIN tickets t ON t.id = cb.ticket_id JOIN customers c ON c.id = t.customer_id "
        "LEFT JOIN technicians w ON w.id = t.technician_id WHERE cb.state = 'open' ORDER BY cb.due_at"));
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::ticketEvents(const QString &ticketId)
{
    QSqlQuery &q =
        m_store.prepare(QStringLiteral("SELECT at, by, kind, data FROM ticket_events WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::ticketAudit(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(
        QStringLiteral("SELECT at, by, command, entity, entity_id, field, old_value, new_value FROM audit "
                       "WHERE (entity = 'ticket' AND entity_id = ?) OR (entity = 'callback' AND entity_id IN "
                       "(SELECT id FROM callbacks WHERE ticket_id = ?)) OR (entity = 'appointment' AND entity_id IN "
                       "(SELECT id FROM appointments WHERE ticket_id = ?)) ORDER BY id"));
    q.addBindValue(ticketId);
    q.addBindValue(ticketId);
    q.addBindValue(ticketId);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::ticketCharges(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM charges WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::visitsBetween(qint64 from, qint64 to)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT a.id, a.ticket_id, a.technician_id, a.start_at, a.end_at, a.due_at, a.arrived_at, a.state AS "
        "visit_state, "
        "a.zone, a.helper, t.number, t.state, t.priority, t.fault, t.kind, t.depart_by, t.warranty, "
        "c.name AS customer_name, c.address AS customer_address, "
        "(SELECT phone FROM customer_phones WHERE customer_id = c.id LIMIT 1) AS customer_phone, "
        "z.name AS zone_name, cat.name AS category_name, p.model "
        "FROM appointments a JOIN tickets t ON t.id = a.ticket_id JOIN customers c ON c.id = t.customer_id "
        "JOIN products p ON p.id = t.product_id LEFT JOIN categories cat ON cat.id = p.category "
        "LEFT JOIN zones z ON z.id = a.zone WHERE a.state IN ('active','done') "
        // two index ranges (agreed times; deadlines of visits without one), not a pass over every visit ever made
        "AND ((a.start_at >= ? AND a.start_at < ?) OR (a.start_at IS NULL AND a.due_at >= ? AND a.due_at < ?)) "
        "ORDER BY a.technician_id, coalesce(a.start_at, a.due_at)"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(from);
    q.addBindValue(to);
    m_store.exec(q);
    return Store::rows(q);
}

QList<ReportQueries::Alert> ReportQueries::alerts(qint64 asOf, int slaWarningMinutes, const QString &ticketId,
                                                  int notHomeAlertCount)
{
    const qint64 warn = qint64(slaWarningMinutes) * 60000;
    // One statement for all, one for a single ticket (each part then finds its rows by the ticket's key)
    const QString one = ticketId.isEmpty() ? QString() : QStringLiteral(" AND id = :ticket ");
    const QString oneCallback = ticketId.isEmpty() ? QString() : QStringLiteral(" AND ticket_id = :ticket ");
    QSqlQuery &q = m_store.prepare(
        QStringLiteral(
            "SELECT a.id, a.kind, a.since, t.number FROM ("
            "SELECT id, 'sla_breached' AS kind, on_site_by AS since FROM tickets "
            "  WHERE state IN ('dispatched','contacted','en_route') AND on_site_by IS NOT NULL AND on_site_by < :asof "
            "%1"
            "UNION ALL SELECT id, 'sla_at_risk', on_site_by - :warn FROM tickets "
            "  WHERE state IN ('dispatched','contacted','en_route') AND on_site_by IS NOT NULL "
            "  AND on_site_by >= :asof AND on_site_by - :warn <= :asof %1"
            "UNION ALL SELECT id, 'contact_overdue', contact_by FROM tickets WHERE state = 'dispatched' "
            "  AND first_contact_at IS NULL AND contact_by IS NOT NULL AND contact_by < :asof %1"
            "UNION ALL SELECT id, 'unreachable', coalesce(last_attempt_at, updated_at) FROM tickets "
            "  WHERE state = 'unreachable' %1"
            // R12: the customer's answer to a late arrival's apology is owed (after a reassignment cleared the
            // arrival: since the last change)
            "UNION ALL SELECT id, 'late_arrival', coalesce(arrived_at, updated_at) FROM tickets "
            "  WHERE state NOT IN ('closed','cancelled') AND apology = 'pending' %1"
            // R9: a new ticket past its dispatch deadline; R18: parts later than expected
            "UNION ALL SELECT id, 'dispatch_overdue', dispatch_by FROM tickets WHERE state = 'new' "
            "  AND dispatch_by < :asof %1"
            "UNION ALL SELECT id, 'parts_overdue', parts_eta FROM tickets WHERE state = 'awaiting_parts' "
            "  AND parts_eta < :asof %1"
            // R19: not at home again
            "UNION ALL SELECT id, 'not_home_again', updated_at FROM tickets WHERE state NOT IN ('closed','cancelled') "
            "  AND not_home_count >= :nothome %1"
            // R20: the repaired unit is back with the customer and the loaner is not back at the centre
            "UNION ALL SELECT ticket_id, 'loaner_not_returned', (SELECT completed_at FROM tickets WHERE id = "
            "ticket_id) "
            "  FROM loaner_units WHERE state = 'out' AND ticket_id IN (SELECT id FROM tickets "
            "  WHERE state IN ('completed','closed') AND (' ' || flags || ' ') LIKE '% loaner_out %') %2"
            // R21: a manager's task past its due time
            "UNION ALL SELECT ticket_id, 'task_overdue', due_at FROM tasks WHERE state = 'open' AND due_at < :asof "
            "  AND ticket_id IS NOT NULL %2"
            "UNION ALL SELECT ticket_id, 'callback_overdue', due_at FROM callbacks WHERE state = 'open' "
            "  AND due_at < :asof %2"
            ") a JOIN tickets t ON t.id = a.id ORDER BY 3, 1, 2")
            .arg(one, oneCallback));
    q.bindValue(QStringLiteral(":asof"), asOf);
    q.bindValue(QStringLiteral(":warn"), warn);
    q.bindValue(QStringLiteral(":nothome"), notHomeAlertCount);
    if (!ticketId.isEmpty())
        q.bindValue(QStringLiteral(":ticket"), ticketId);
    m_store.exec(q);
    QList<Alert> out;
    while (q.next())
        out << Alert{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
    return out;
}

QList<Record> ReportQueries::callbacks()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM callbacks ORDER BY due_at, id"));
    m_store.exec(q);
    return Store::rows(q);
}

std::optional<ReportQueries::Loan> ReportQueries::loanOf(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT serial, returned_at FROM loaners WHERE ticket_id = ? AND serial IS NOT NULL ORDER BY id DESC LIMIT 1"));
    q.addBindValue(ticketId);
    m_store.exec(q);
    std::optional<Loan> out;
    if (q.next())
        out = Loan{q.value(0).toString(), q.value(1).isNull()};
    q.finish();
    return out;
}

QList<Record> ReportQueries::maintenanceDue(qint64 asOfMs, int utcOffsetMinutes, int limit)
{
    // The last maintenance done (or the purchase, or when the appliance was recorded) plus the category's interval,
    // for appliances with no open ticket; local dates
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT * FROM (SELECT p.id AS product_id, p.customer_id, c.name AS customer_name, p.category, "
        "cat.name AS category_name, p.model, date(coalesce((SELECT date(max(t.completed_at) / 1000 + :offset, "
        "'unixepoch') FROM tickets t WHERE t.product_id = p.id AND t.kind = 'maintenance' AND t.completed_at IS NOT "
        "NULL), p.purchase_date, date(p.created_at / 1000 + :offset, 'unixepoch')), '+' || cat.maintenance_months || "
        "' months') AS due FROM products p JOIN categories cat ON cat.id = p.category "
        "JOIN customers c ON c.id = p.customer_id WHERE cat.maintenance_months > 0 "
        "AND NOT EXISTS (SELECT 1 FROM tickets o WHERE o.product_id = p.id "
        "AND o.state NOT IN ('closed','cancelled','completed'))) "
        "WHERE due <= date(:asof / 1000 + :offset, 'unixepoch') ORDER BY due, product_id LIMIT :limit"));
    q.bindValue(QStringLiteral(":offset"), qint64(utcOffsetMinutes) * 60);
    q.bindValue(QStringLiteral(":asof"), asOfMs);
    q.bindValue(QStringLiteral(":limit"), limit);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::openCharges(int limit)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT t.id, t.number, c.name AS customer_name, t.charges_fen - t.paid_fen AS open_fen, t.state, "
        "t.completed_at FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
        "WHERE t.charges_fen > t.paid_fen ORDER BY t.completed_at, t.number LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), limit);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::tasks()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM tasks ORDER BY created_at, id"));
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> ReportQueries::complaints()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM complaints ORDER BY opened_at, rowid"));
    m_store.exec(q);
    return Store::rows(q);
}

QJsonObject ReportQueries::kpis(qint64 from, qint64 to, qint64 asOf)
{
    // The replay prints these keys; the supervisor's dashboard shows the same figures and more (KpiQueries)
    static const QStringList keys = {QStringLiteral("tickets"),
                                     QStringLiteral("first_time_fix_rate"),
                                     QStringLiteral("repeat_repair_rate"),
                                     QStringLiteral("on_time_arrival_rate"),
                                     QStringLiteral("sla_met_rate"),
                                     QStringLiteral("callback_within_24h_rate"),
                                     QStringLiteral("callback_reach_rate"),
                                     QStringLiteral("satisfaction_rate"),
                                     QStringLiteral("complaints_per_100"),
                                     QStringLiteral("charges_collected_fen"),
                                     QStringLiteral("open_charges_fen"),
                                     QStringLiteral("avg_minutes_to_dispatch"),
                                     QStringLiteral("avg_minutes_to_contact")};
    KpiQueries::Period period;
    period.from = from;
    period.to = to;
    period.asOf = asOf;
    const QJsonObject all = KpiQueries(m_store).totals(period);
    QJsonObject k;
    for (const QString &key : keys)
        k.insert(key, all.value(key));
    return k;
}

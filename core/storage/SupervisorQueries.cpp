#include "SupervisorQueries.h"

#include <QSqlRecord>

namespace {
const QString kQueueSelect = QStringLiteral(
    "SELECT cb.id, cb.rowid AS queue_rowid, cb.ticket_id, cb.kind, cb.due_at, cb.first_due_at, cb.attempts, t.number, "
    "t.kind AS ticket_kind, "
    "t.state AS ticket_state, t.fault, t.resolution, t.completed_at, t.charges_fen, t.paid_fen, "
    "t.satisfaction AS receipt_satisfaction, t.warranty, c.name AS customer_name, c.address AS customer_address, "
    "(SELECT phone FROM customer_phones cp WHERE cp.customer_id = c.id ORDER BY cp.rowid LIMIT 1) AS phone, "
    "w.name AS technician_name, coalesce(cat.name, p.category) AS category_name, p.model "
    "FROM callbacks cb JOIN tickets t ON t.id = cb.ticket_id JOIN customers c ON c.id = t.customer_id "
    "JOIN products p ON p.id = t.product_id LEFT JOIN categories cat ON cat.id = p.category "
    "LEFT JOIN technicians w ON w.id = t.technician_id ");

const QString kComplaintSelect = QStringLiteral(
    "SELECT k.id, k.ticket_id, t.number, c.name AS customer_name, k.technician_id, w.name AS technician_name, "
    "k.severity, k.owner, coalesce(u.name, k.owner) AS owner_name, k.deadline, k.state, k.reason, k.opened_at, "
    "k.opened_by, k.resolved_at, k.resolution, k.customer_confirmed, k.words, k.source, "
    "(SELECT count(*) FROM complaint_steps s WHERE s.complaint_id = k.id) AS steps "
    "FROM complaints k LEFT JOIN tickets t ON t.id = k.ticket_id LEFT JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN technicians w ON w.id = k.technician_id LEFT JOIN users u ON u.id = k.owner ");
} // namespace

QList<Record> SupervisorQueries::rows(QSqlQuery &q)
{
    m_store.exec(q);
    const QList<Record> out = Store::rows(q);
    q.finish();
    return out;
}

QList<Record> SupervisorQueries::callbackQueue()
{
    QSqlQuery &q = m_store.prepare(kQueueSelect + QStringLiteral("WHERE cb.state = 'open' ORDER BY cb.due_at"));
    return rows(q);
}

QList<Record> SupervisorQueries::callbackQueuePage(qint64 afterDue, qint64 afterRowid, int limit)
{
    // The open callbacks walked through their index (due_at, then rowid): a page is one short range of it
    QSqlQuery &q =
        m_store.prepare(kQueueSelect + QStringLiteral("WHERE cb.state = 'open' AND (cb.due_at, cb.rowid) > (?, ?) "
                                                      "ORDER BY cb.due_at, cb.rowid LIMIT ?"));
    q.addBindValue(afterDue);
    q.addBindValue(afterRowid);
    q.addBindValue(limit);
    return rows(q);
}

QList<Record> SupervisorQueries::callbackQueueForTicket(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(kQueueSelect +
                                   QStringLiteral("WHERE cb.ticket_id = ? AND cb.state = 'open' ORDER BY cb.due_at"));
    q.addBindValue(ticketId);
    return rows(q);
}

QList<Record> SupervisorQueries::ticketCharges(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT kind, code, name, qty, unit_fen, billed_fen, covered_by "
                                                  "FROM charges WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    return rows(q);
}

QList<Record> SupervisorQueries::callbackHistory(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(
        QStringLiteral("SELECT e.at, e.by, e.kind, e.data, coalesce(u.name, e.by) AS user_name FROM ticket_events e "
                       "LEFT JOIN users u ON u.id = e.by WHERE e.ticket_id = ? "
                       "AND e.kind IN ('callback', 'callback_not_reached', 'callback_unreachable', 'reopened', "
                       "'complaint_opened') ORDER BY e.id"));
    q.addBindValue(ticketId);
    return rows(q);
}

QList<Record> SupervisorQueries::complaints(qint64 closedSinceMs)
{
    // Every complaint still being worked on, and the closed ones since the given time: the register of a big centre
    // does not load years of closed complaints
    QSqlQuery &q = m_store.prepare(kComplaintSelect + QStringLiteral("WHERE k.state <> 'closed' OR k.opened_at >= ? "
                                                                     "ORDER BY k.opened_at DESC, k.id"));
    q.addBindValue(closedSinceMs);
    return rows(q);
}

std::optional<Record> SupervisorQueries::complaint(const QString &id)
{
    QSqlQuery &q = m_store.prepare(kComplaintSelect + QStringLiteral("WHERE k.id = ?"));
    q.addBindValue(id);
    const QList<Record> r = rows(q);
    return r.isEmpty() ? std::nullopt : std::optional<Record>(r.first());
}

QList<Record> SupervisorQueries::complaintSteps(const QString &complaintId)
{
    QSqlQuery &q = m_store.prepare(
        QStringLiteral("SELECT s.at, s.by, coalesce(u.name, s.by) AS user_name, s.text FROM complaint_steps s "
                       "LEFT JOIN users u ON u.id = s.by WHERE s.complaint_id = ? ORDER BY s.id"));
    q.addBindValue(complaintId);
    return rows(q);
}

QList<Record> SupervisorQueries::openTasks()
{
    QSqlQuery &q = m_store.prepare(
        QStringLiteral("SELECT k.id, k.kind, k.ticket_id, k.due_at, k.note, t.number, c.name AS customer_name, "
                       "coalesce(u.name, k.owner) AS owner_name FROM tasks k LEFT JOIN tickets t ON t.id = k.ticket_id "
                       "LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN users u ON u.id = k.owner "
                       "WHERE k.state = 'open' ORDER BY k.due_at, k.id"));
    return rows(q);
}

std::optional<QString> SupervisorQueries::ticketIdByNumber(const QString &number)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT id FROM tickets WHERE number = ? OR id = ? LIMIT 1"));
    q.addBindValue(number);
    q.addBindValue(number);
    const QList<Record> r = rows(q);
    return r.isEmpty() ? std::nullopt : std::optional<QString>(r.first().value(QStringLiteral("id")).toString());
}

QList<Record> SupervisorQueries::technicianDailyReport(qint64 from, qint64 to)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT a.technician_id, w.name AS technician_name, t.number, t.id AS ticket_id, c.name AS customer_name, "
        "c.address AS customer_address, coalesce(cat.name, p.category) AS category_name, p.model, t.fault, "
        "a.arrived_at, a.late_minutes, t.completed_at, t.state, t.resolution, "
        "(SELECT group_concat(coalesce(pt.name, u.sku) || '×' || u.qty, '、') FROM parts_used u "
        " LEFT JOIN parts pt ON pt.sku = u.sku WHERE u.ticket_id = t.id) AS parts, "
        "t.charges_fen, t.paid_fen, t.satisfaction "
        "FROM appointments a JOIN tickets t ON t.id = a.ticket_id JOIN customers c ON c.id = t.customer_id "
        "JOIN products p ON p.id = t.product_id LEFT JOIN categories cat ON cat.id = p.category "
        "LEFT JOIN technicians w ON w.id = a.technician_id "
        "WHERE a.arrived_at >= ? AND a.arrived_at < ? ORDER BY w.name, a.technician_id, a.arrived_at"));
    q.addBindValue(from);
    q.addBindValue(to);
    return rows(q);
}

QList<Record> SupervisorQueries::callbackList(qint64 from, qint64 to)
{
    const QString select = QStringLiteral(
        "SELECT cb.id, t.number, cb.kind, cb.state, cb.due_at, cb.done_at, cb.attempts, c.name AS customer_name, "
        "(SELECT phone FROM customer_phones cp WHERE cp.customer_id = c.id ORDER BY cp.rowid LIMIT 1) AS phone, "
        "w.name AS technician_name, cb.solved, cb.satisfaction, cb.comment "
        "FROM callbacks cb JOIN tickets t ON t.id = cb.ticket_id JOIN customers c ON c.id = t.customer_id "
        "LEFT JOIN technicians w ON w.id = t.technician_id ");
    // Open ones through the partial index on due_at; finished ones were created before the day ended
    QSqlQuery &q = m_store.prepare(
        select + QStringLiteral("WHERE cb.state = 'open' AND cb.due_at < :to UNION ALL ") + select +
        QStringLiteral("WHERE cb.state IN ('done', 'unreachable') AND cb.created_at < :to AND cb.done_at >= :from "
                       "AND cb.done_at < :to ORDER BY 5, 2"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    return rows(q);
}

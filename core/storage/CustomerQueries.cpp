#include "CustomerQueries.h"

#include <QSqlRecord>

namespace {
QStringList column(QSqlQuery &q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

QList<Record> CustomerQueries::products(const QString &customerId)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT p.*, c.name AS category_name FROM products p LEFT JOIN categories c ON c.id = p.category "
        "WHERE p.customer_id = ? ORDER BY p.created_at"));
    q.addBindValue(customerId);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> CustomerQueries::tickets(const QString &customerId, int limit)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT t.id, t.number, t.kind, t.state, t.fault, t.flags, t.opened_at, t.completed_at, t.product_id, "
        "t.satisfaction, w.name AS technician_name, c.name AS category_name, p.model "
        "FROM tickets t JOIN products p ON p.id = t.product_id LEFT JOIN categories c ON c.id = p.category "
        "LEFT JOIN technicians w ON w.id = t.technician_id WHERE t.customer_id = ? ORDER BY t.opened_at DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> CustomerQueries::callbacks(const QString &customerId, int limit)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT cb.id, cb.kind, cb.state, cb.due_at, cb.done_at, cb.solved, cb.satisfaction, cb.comment, t.number "
        "FROM callbacks cb JOIN tickets t ON t.id = cb.ticket_id WHERE t.customer_id = ? "
        "AND cb.state IN ('open','done','unreachable') ORDER BY cb.due_at DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    m_store.exec(q);
    return Store::rows(q);
}

QList<Record> CustomerQueries::complaints(const QString &customerId, int limit)
{
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT k.id, k.severity, k.state, k.reason, k.opened_at, t.number FROM complaints k "
        "JOIN tickets t ON t.id = k.ticket_id WHERE t.customer_id = ? ORDER BY k.opened_at DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    m_store.exec(q);
    return Store::rows(q);
}

QStringList CustomerQueries::knownModels(const QString &category, int limit)
{
    QSqlQuery &q = m_store.prepare(
        QStringLiteral("SELECT model FROM products WHERE category = ? AND model IS NOT NULL GROUP BY model "
                       "ORDER BY count(*) DESC, model LIMIT ?"));
    q.addBindValue(category);
    q.addBindValue(limit);
    m_store.exec(q);
    return column(q);
}

QStringList CustomerQueries::commonFaults(const QString &category, int limit)
{
    // The faults most reported for this category among the latest tickets
    QSqlQuery &q = m_store.prepare(
        QStringLiteral("SELECT fault FROM (SELECT t.fault FROM tickets t JOIN products p ON p.id = t.product_id "
                       "WHERE p.category = ? ORDER BY t.opened_at DESC LIMIT 2000) GROUP BY fault "
                       "ORDER BY count(*) DESC, fault LIMIT ?"));
    q.addBindValue(category);
    q.addBindValue(limit);
    m_store.exec(q);
    return column(q);
}

#include "ReportQueries.h"

#include <QJsonValue>
#include <QSqlRecord>
#include <cmath>

namespace {
Record rowOf(const QSqlQuery &q)
{
    Record r;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        r.insert(rec.fieldName(i), q.value(i));
    return r;
}

QJsonValue rate(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return QJsonValue(QJsonValue::Null);
    return std::round(double(numerator) / double(denominator) * 10000.0) / 10000.0;
}
} // namespace

QList<Record> ReportQueries::tickets()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM tickets ORDER BY opened_at, number"));
    m_store.exec(q);
    QList<Record> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

QList<Record> ReportQueries::openTickets()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM tickets WHERE state NOT IN ('closed','cancelled') "
                                                  "ORDER BY opened_at, number"));
    m_store.exec(q);
    QList<Record> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

namespace {
const QString kBoardSelect = QStringLiteral(
    "SELECT t.id, t.number, t.kind, t.state, t.priority, t.flags, t.fault, t.warranty, t.opened_at, t.contact_by, "
    "t.on_site_by, t.callback_by, t.appointment_start, t.technician_id, c.name AS customer_name, "
    "c.address AS customer_address, c.zone AS zone_id, z.name AS zone_name, p.model AS model, "
    "cat.name AS category_name, w.name AS technician_name "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN products p ON p.id = t.product_id "
    "LEFT JOIN zones z ON z.id = c.zone LEFT JOIN categories cat ON cat.id = p.category "
    "LEFT JOIN technicians w ON w.id = t.technician_id ");
}

QList<Record> ReportQueries::boardTickets()
{
    QSqlQuery &q = m_store.prepare(kBoardSelect +
                                   QStringLiteral("WHERE t.state NOT IN ('closed','cancelled') ORDER BY t.opened_at"));
    m_store.exec(q);
    QList<Record> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

std::optional<Record> ReportQueries::boardTicket(const QString &ticketId)
{
    QSqlQuery &q = m_store.prepare(kBoardSelect + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(ticketId);
    m_store.exec(q);
    std::optional<Record> out;
    if (q.next())
        out = rowOf(q);
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
    QList<Record> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

QList<Record> ReportQueries::ticketEvents(const QString &ticketId)
{
    QSqlQuery &q =
        m_store.prepare(QStringLiteral("SELECT at, by, kind, data FROM ticket_events WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_store.exec(q);
    QList<Record> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

QList<ReportQueries::Alert> ReportQueries::alerts(qint64 asOf, int slaWarningMinutes)
{
    const qint64 warn = qint64(slaWarningMinutes) * 60000;
    QSqlQuery &q = m_store.prepare(QStringLiteral(
        "SELECT id, 'sla_breached', on_site_by FROM tickets WHERE state IN ('dispatched','contacted','en_route') "
        "  AND on_site_by IS NOT NULL AND on_site_by < :asof "
        "UNION ALL SELECT id, 'sla_at_risk', on_site_by - :warn FROM tickets "
        "  WHERE state IN ('dispatched','contacted','en_route') AND on_site_by IS NOT NULL "
        "  AND on_site_by >= :asof AND on_site_by - :warn <= :asof "
        "UNION ALL SELECT id, 'contact_overdue', contact_by FROM tickets WHERE state = 'dispatched' "
        "  AND first_contact_at IS NULL AND contact_by IS NOT NULL AND contact_by < :asof "
        "UNION ALL SELECT id, 'unreachable', coalesce(last_attempt_at, updated_at) FROM tickets "
        "  WHERE state = 'unreachable' "
        "UNION ALL SELECT id, 'late_arrival', arrived_at FROM tickets WHERE state NOT IN ('closed','cancelled') "
        "  AND (' ' || flags || ' ') LIKE '% manager_followup %' "
        "UNION ALL SELECT ticket_id, 'callback_overdue', due_at FROM callbacks WHERE state = 'open' AND due_at < :asof "
        "ORDER BY 3, 1, 2"));
    q.bindValue(QStringLiteral(":asof"), asOf);
    q.bindValue(QStringLiteral(":warn"), warn);
    m_store.exec(q);
    QList<Alert> out;
    while (q.next())
        out << Alert{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

QList<Record> ReportQueries::callbacks()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM callbacks ORDER BY due_at, id"));
    m_store.exec(q);
    QList<Record> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

QList<Record> ReportQueries::complaints()
{
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT * FROM complaints ORDER BY opened_at, id"));
    m_store.exec(q);
    QList<Record> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

QJsonObject ReportQueries::kpis(qint64 from, qint64 to, qint64 asOf)
{
    auto scalar = [this, from, to, asOf](const QString &sql) -> QVariantList {
        QSqlQuery &q = m_store.prepare(sql);
        if (sql.contains(QLatin1String(":from")))
            q.bindValue(QStringLiteral(":from"), from);
        if (sql.contains(QLatin1String(":to")))
            q.bindValue(QStringLiteral(":to"), to);
        if (sql.contains(QLatin1String(":asof")))
            q.bindValue(QStringLiteral(":asof"), asOf);
        m_store.exec(q);
        QVariantList out;
        if (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i);
        q.finish();
        return out;
    };
    QJsonObject k;
    const QVariantList opened =
        scalar(QStringLiteral("SELECT count(*), coalesce(sum(kind = 'repair'), 0), "
                              "coalesce(sum(kind = 'repair' AND (' ' || flags || ' ') LIKE '% repeat %'), 0) "
                              "FROM tickets WHERE opened_at >= :from AND opened_at < :to"));
    const qint64 tickets = opened.value(0).toLongLong();
    k.insert(QStringLiteral("tickets"), tickets);
    // First-time fix: a completed repair that was neither reopened by its callback nor followed by a repeat (R3)
    const QVariantList ftf = scalar(
        QStringLiteral("SELECT count(*), coalesce(sum((' ' || t.flags || ' ') NOT LIKE '% reopened %' AND NOT EXISTS "
                       "(SELECT 1 FROM tickets r WHERE r.repeat_of = t.id)), 0) FROM tickets t "
                       "WHERE t.kind = 'repair' AND t.completed_at >= :from AND t.completed_at < :to"));
    k.insert(QStringLiteral("first_time_fix_rate"), rate(ftf.value(1).toLongLong(), ftf.value(0).toLongLong()));
    k.insert(QStringLiteral("repeat_repair_rate"), rate(opened.value(2).toLongLong(), opened.value(1).toLongLong()));
    // Arrivals no later than the appointment (or, without one, the on-site deadline)
    const QVariantList arrivals = scalar(
        QStringLiteral("SELECT count(*), coalesce(sum(arrived_at <= coalesce(start_at, due_at)), 0) FROM appointments "
                       "WHERE arrived_at IS NOT NULL AND arrived_at >= :from AND arrived_at < :to"));
    k.insert(QStringLiteral("on_time_arrival_rate"),
             rate(arrivals.value(1).toLongLong(), arrivals.value(0).toLongLong()));
    // R8: visits whose deadline fell in the period and has passed or been met
    const QVariantList sla = scalar(QStringLiteral(
        "SELECT count(*), coalesce(sum(arrived_at IS NOT NULL AND arrived_at <= due_at), 0) FROM appointments "
        "WHERE state IN ('active','done') AND due_at >= :from AND due_at < :to "
        "AND (arrived_at IS NOT NULL OR due_at < :asof)"));
    k.insert(QStringLiteral("sla_met_rate"), rate(sla.value(1).toLongLong(), sla.value(0).toLongLong()));
    // R15: completed-job callbacks due in the period, reached before their first due time
    const QVariantList within = scalar(QStringLiteral(
        "SELECT count(*), coalesce(sum(state = 'done' AND done_at <= first_due_at), 0) FROM callbacks "
        "WHERE kind = 'completion' AND state IN ('open','done','unreachable') "
        "AND first_due_at >= :from AND first_due_at < :to AND (first_due_at <= :asof OR state <> 'open')"));
    k.insert(QStringLiteral("callback_within_24h_rate"),
             rate(within.value(1).toLongLong(), within.value(0).toLongLong()));
    const QVariantList reach = scalar(QStringLiteral(
        "SELECT count(*), coalesce(sum(state = 'done'), 0), coalesce(sum(state = 'done' AND satisfaction = '满意'), 0) "
        "FROM callbacks WHERE state IN ('done','unreachable') AND done_at >= :from AND done_at < :to"));
    k.insert(QStringLiteral("callback_reach_rate"), rate(reach.value(1).toLongLong(), reach.value(0).toLongLong()));
    k.insert(QStringLiteral("satisfaction_rate"), rate(reach.value(2).toLongLong(), reach.value(1).toLongLong()));
    const QVariantList complaints =
        scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE opened_at >= :from AND opened_at < :to"));
    k.insert(QStringLiteral("complaints_per_100"),
             tickets > 0 ? QJsonValue(std::round(complaints.value(0).toDouble() * 10000.0 / double(tickets)) / 100.0)
                         : QJsonValue(QJsonValue::Null));
    const QVariantList money = scalar(
        QStringLiteral("SELECT coalesce(sum(paid_fen), 0), coalesce(sum(charges_fen - paid_fen), 0) FROM tickets "
                       "WHERE completed_at >= :from AND completed_at < :to"));
    k.insert(QStringLiteral("charges_collected_fen"), money.value(0).toLongLong());
    k.insert(QStringLiteral("open_charges_fen"), money.value(1).toLongLong());
    // Response: call → dispatch, dispatch → first contact (minutes)
    const QVariantList response = scalar(QStringLiteral(
        "SELECT avg((dispatched_at - opened_at) / 60000.0), avg((first_contact_at - dispatched_at) / 60000.0) "
        "FROM tickets WHERE opened_at >= :from AND opened_at < :to AND dispatched_at IS NOT NULL"));
    auto minutesOrNull = [](const QVariant &v) {
        return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(v.toDouble() * 10.0) / 10.0);
    };
    k.insert(QStringLiteral("avg_minutes_to_dispatch"), minutesOrNull(response.value(0)));
    k.insert(QStringLiteral("avg_minutes_to_contact"), minutesOrNull(response.value(1)));
    return k;
}

#include "KpiQueries.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QSqlRecord>
#include <algorithm>
#include <cmath>
#include <map>

// Each KPI counts one population: tickets opened, visits arrived, callbacks done, … A Measure is that population
// as SQL fragments (all constant text; every value is bound): the FROM with the ticket as `t`, its product `p`,
// category `cat`, customer `cu` and the technician it counts against as `w`; the WHERE over the period; the time
// column the period applies to; whether a row meets the KPI (`hit`) and the value it carries.
struct KpiQueries::Measure
{
    QString name;
    QString from;
    QString where;
    QString time;
    QString hit;
    QString value;
    QString value2;
};

namespace {
QString joins(const QString &technician)
{
    return QStringLiteral(" LEFT JOIN products p ON p.id = t.product_id LEFT JOIN categories cat ON cat.id = p.category"
                          " LEFT JOIN customers cu ON cu.id = t.customer_id LEFT JOIN technicians w ON w.id = ") +
           technician + QLatin1Char(' ');
}

const QString kOutlet = QStringLiteral("coalesce(nullif(t.outlet, ''), w.outlet, '')");
const QString kRepeatFlag = QStringLiteral("(' ' || t.flags || ' ') LIKE '% repeat %'");
constexpr qint64 kDayMs = 86400000;
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01

QJsonValue rate(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return QJsonValue(QJsonValue::Null);
    return std::round(double(numerator) / double(denominator) * 10000.0) / 10000.0;
}

QJsonValue minutes(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(v.toDouble() * 10.0) / 10.0);
}

QJsonValue percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Null);
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (p == 0.5) // the median: the middle value, or the mean of the two middle values
        return minutes(n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0);
    const qsizetype rank = qsizetype(std::ceil(p * double(n))); // nearest rank
    return minutes(values.at(std::clamp<qsizetype>(rank, 1, n) - 1));
}

QString dimensionKey(KpiQueries::Dimension d, const QString &time)
{
    switch (d) {
    case KpiQueries::Total:
        return QStringLiteral("''");
    case KpiQueries::Technician:
        return QStringLiteral("coalesce(w.id, '')");
    case KpiQueries::Outlet:
        return kOutlet;
    case KpiQueries::Category:
        return QStringLiteral("coalesce(p.category, '')");
    case KpiQueries::Model:
        return QStringLiteral("coalesce(p.model, '')");
    case KpiQueries::Day:
        return QStringLiteral("((") + time + QStringLiteral(" + :offset) / 86400000)");
    case KpiQueries::Week:
        return QStringLiteral("(((") + time + QStringLiteral(" + :offset) / 86400000 + 3) / 7)");
    }
    return QStringLiteral("''");
}

QString dimensionLabel(KpiQueries::Dimension d)
{
    switch (d) {
    case KpiQueries::Technician:
        return QStringLiteral("coalesce(w.name, '')");
    case KpiQueries::Outlet:
        return kOutlet;
    case KpiQueries::Category:
        return QStringLiteral("coalesce(cat.name, p.category, '')");
    case KpiQueries::Model:
        return QStringLiteral("coalesce(p.model, '')");
    default:
        return QStringLiteral("''");
    }
}

bool isBucket(KpiQueries::Dimension d)
{
    return d == KpiQueries::Day || d == KpiQueries::Week;
}

// Day n since the epoch (or week n, counted from the Monday 1969-12-29) as the date it starts on.
QString bucketDate(KpiQueries::Dimension d, qint64 n)
{
    const qint64 day = d == KpiQueries::Week ? n * 7 - 3 : n;
    return QDate::fromJulianDay(day + kEpochJulianDay).toString(Qt::ISODate);
}

qint64 bucketOf(KpiQueries::Dimension d, const QString &date)
{
    const qint64 day = QDate::fromString(date, Qt::ISODate).toJulianDay() - kEpochJulianDay;
    return d == KpiQueries::Week ? (day + 3) / 7 : day;
}

// Which population a KPI counts.
const QHash<QString, QString> &kpiMeasures()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("tickets"), QStringLiteral("opened")},
        {QStringLiteral("minutes_to_dispatch_median"), QStringLiteral("dispatch")},
        {QStringLiteral("minutes_to_dispatch_p90"), QStringLiteral("dispatch")},
        {QStringLiteral("avg_minutes_to_dispatch"), QStringLiteral("dispatch")},
        {QStringLiteral("minutes_to_contact_median"), QStringLiteral("contact")},
        {QStringLiteral("minutes_to_contact_p90"), QStringLiteral("contact")},
        {QStringLiteral("avg_minutes_to_contact"), QStringLiteral("contact")},
        {QStringLiteral("on_time_arrival_rate"), QStringLiteral("arrival")},
        {QStringLiteral("sla_met_rate"), QStringLiteral("sla")},
        {QStringLiteral("first_time_fix_rate"), QStringLiteral("ftf")},
        {QStringLiteral("repeat_repair_rate"), QStringLiteral("repeat")},
        {QStringLiteral("not_home_rate"), QStringLiteral("nothome")},
        {QStringLiteral("callback_within_24h_rate"), QStringLiteral("cb24")},
        {QStringLiteral("callback_reach_rate"), QStringLiteral("reach")},
        {QStringLiteral("satisfaction_rate"), QStringLiteral("satisfaction")},
        {QStringLiteral("complaints_per_100"), QStringLiteral("complaints")},
        {QStringLiteral("charges_collected_fen"), QStringLiteral("money")},
        {QStringLiteral("open_charges_fen"), QStringLiteral("money")},
    };
    return m;
}

struct Tally
{
    QString label;
    qint64 count = 0;
    qint64 hits = 0;
    QVariant average;
    qint64 sum = 0;
    qint64 sum2 = 0;
    QList<double> values;
};
} // namespace

QStringList KpiQueries::names()
{
    return {QStringLiteral("tickets"),
            QStringLiteral("minutes_to_dispatch_median"),
            QStringLiteral("minutes_to_dispatch_p90"),
            QStringLiteral("minutes_to_contact_median"),
            QStringLiteral("minutes_to_contact_p90"),
            QStringLiteral("on_time_arrival_rate"),
            QStringLiteral("sla_met_rate"),
            QStringLiteral("first_time_fix_rate"),
            QStringLiteral("repeat_repair_rate"),
            QStringLiteral("not_home_rate"),
            QStringLiteral("callback_within_24h_rate"),
            QStringLiteral("callback_reach_rate"),
            QStringLiteral("satisfaction_rate"),
            QStringLiteral("complaints_per_100"),
            QStringLiteral("charges_collected_fen"),
            QStringLiteral("open_charges_fen"),
            QStringLiteral("avg_minutes_to_dispatch"),
            QStringLiteral("avg_minutes_to_contact")};
}

bool KpiQueries::isRate(const QString &kpi)
{
    return kpi.endsWith(QLatin1String("_rate"));
}

bool KpiQueries::isMinutes(const QString &kpi)
{
    return kpi.contains(QLatin1String("minutes"));
}

bool KpiQueries::isMoney(const QString &kpi)
{
    return kpi.endsWith(QLatin1String("_fen"));
}

const QList<KpiQueries::Measure> &KpiQueries::measures()
{
    static const QList<Measure> all = [] {
        const QString tickets = QStringLiteral("tickets t") + joins(QStringLiteral("t.technician_id"));
        const QString visits = QStringLiteral("appointments a JOIN tickets t ON t.id = a.ticket_id") +
                               joins(QStringLiteral("a.technician_id"));
        const QString callbacks = QStringLiteral("callbacks cb JOIN tickets t ON t.id = cb.ticket_id") +
                                  joins(QStringLiteral("t.technician_id"));
        const QString opened = QStringLiteral("t.opened_at >= :from AND t.opened_at < :to");
        const QString completed = QStringLiteral("t.completed_at >= :from AND t.completed_at < :to");
        // A callback is done after it is created: created_at (indexed) bounds the scan from above
        const QString doneIn = QStringLiteral("cb.done_at >= :from AND cb.done_at < :to AND cb.created_at < :to");
        // Call → dispatch counts the first dispatch: a reopened ticket is dispatched again, but its customer
        // waited for the first one (every dispatch creates a visit)
        const QString kFirstDispatch =
            QStringLiteral("((SELECT min(a.created_at) FROM appointments a WHERE a.ticket_id = t.id)");
        return QList<Measure>{
            {QStringLiteral("opened"), tickets, opened, QStringLiteral("t.opened_at"), QStringLiteral("1"), {}, {}},
            // R19: tickets where the technician found nobody at home at least once
            {QStringLiteral("nothome"),
             tickets,
             opened,
             QStringLiteral("t.opened_at"),
             QStringLiteral("t.not_home_count > 0"),
             {},
             {}},
            {QStringLiteral("dispatch"),
             tickets,
             opened + QStringLiteral(" AND t.dispatched_at IS NOT NULL"),
             QStringLiteral("t.opened_at"),
             QStringLiteral("1"),
             kFirstDispatch + QStringLiteral(" - t.opened_at) / 60000.0"),
             {}},
            {QStringLiteral("contact"),
             tickets,
             opened + QStringLiteral(" AND t.dispatched_at IS NOT NULL AND t.first_contact_at IS NOT NULL"),
             QStringLiteral("t.opened_at"),
             QStringLiteral("1"),
             QStringLiteral("(t.first_contact_at - t.dispatched_at) / 60000.0"),
             {}},
            // Arrivals no later than the appointment (or, without one, the on-site deadline)
            {QStringLiteral("arrival"),
             visits,
             QStringLiteral("a.arrived_at IS NOT NULL AND a.arrived_at >= :from AND a.arrived_at < :to"),
             QStringLiteral("a.arrived_at"),
             QStringLiteral("a.arrived_at <= coalesce(a.start_at, a.due_at)"),
             QStringLiteral("(a.arrived_at - coalesce(a.start_at, a.due_at)) / 60000.0"),
             {}},
            // R8: visits whose deadline fell in the period and has passed or been met
            {QStringLiteral("sla"),
             visits,
             QStringLiteral("a.state IN ('active','done') AND a.helper = 0 AND a.due_at >= :from AND a.due_at < :to "
                            "AND (a.arrived_at IS NOT NULL OR a.due_at < :asof)"),
             QStringLiteral("a.due_at"),
             QStringLiteral("a.arrived_at IS NOT NULL AND a.arrived_at <= a.due_at"),
             QStringLiteral("(a.arrived_at - a.due_at) / 60000.0"),
             {}},
            // First-time fix: a completed repair neither reopened by its callback nor followed by a repeat (R3),
            // however late the repeat came (its window may reach past the period's end)
            {QStringLiteral("ftf"),
             tickets,
             QStringLiteral("t.kind = 'repair' AND ") + completed,
             QStringLiteral("t.completed_at"),
             QStringLiteral("(' ' || t.flags || ' ') NOT LIKE '% reopened %' AND NOT EXISTS (SELECT 1 FROM tickets r "
                            "WHERE r.product_id = t.product_id AND r.repeat_of = t.id)"),
             {},
             {}},
            {QStringLiteral("repeat"),
             tickets,
             QStringLiteral("t.kind = 'repair' AND ") + opened,
             QStringLiteral("t.opened_at"),
             kRepeatFlag,
             {},
             {}},
            // R15: completed-job callbacks due in the period, reached before their first due time
            {QStringLiteral("cb24"),
             callbacks,
             QStringLiteral("cb.kind = 'completion' AND cb.state IN ('open','done','unreachable') "
                            "AND cb.first_due_at >= :from AND cb.first_due_at < :to AND cb.created_at < :to "
                            "AND (cb.first_due_at <= :asof OR cb.state <> 'open')"),
             QStringLiteral("cb.first_due_at"),
             QStringLiteral("cb.state = 'done' AND cb.done_at <= cb.first_due_at"),
             {},
             {}},
            {QStringLiteral("reach"),
             callbacks,
             QStringLiteral("cb.state IN ('done','unreachable') AND ") + doneIn,
             QStringLiteral("cb.done_at"),
             QStringLiteral("cb.state = 'done'"),
             {},
             {}},
            {QStringLiteral("satisfaction"),
             callbacks,
             QStringLiteral("cb.state = 'done' AND ") + doneIn,
             QStringLiteral("cb.done_at"),
             QStringLiteral("cb.satisfaction = '满意'"),
             {},
             {}},
            {QStringLiteral("complaints"),
             QStringLiteral("complaints k LEFT JOIN tickets t ON t.id = k.ticket_id") +
                 joins(QStringLiteral("coalesce(k.technician_id, t.technician_id)")),
             QStringLiteral("k.opened_at >= :from AND k.opened_at < :to"),
             QStringLiteral("k.opened_at"),
             QStringLiteral("1"),
             {},
             {}},
            {QStringLiteral("money"), tickets, completed, QStringLiteral("t.completed_at"),
             QStringLiteral("t.charges_fen > t.paid_fen"), QStringLiteral("t.paid_fen"),
             QStringLiteral("t.charges_fen - t.paid_fen")},
        };
    }();
    return all;
}

const KpiQueries::Measure *KpiQueries::measureOf(const QString &kpi)
{
    const QString name = kpiMeasures().value(kpi);
    for (const Measure &m : measures())
        if (m.name == name)
            return &m;
    return nullptr;
}

QSqlQuery &KpiQueries::run(const QString &sql, const Period &period, const QVariant &key)
{
    QSqlQuery &q = m_store.prepare(sql);
    const std::pair<QString, QVariant> binds[] = {{QStringLiteral(":from"), period.from},
                                                  {QStringLiteral(":to"), period.to},
                                                  {QStringLiteral(":asof"), period.asOf},
                                                  {QStringLiteral(":offset"), qint64(period.utcOffsetMinutes) * 60000},
                                                  {QStringLiteral(":key"), key}};
    for (const auto &b : binds)
        if (sql.contains(b.first))
            q.bindValue(b.first, b.second);
    m_store.exec(q);
    return q;
}

QJsonObject KpiQueries::totals(const Period &period)
{
    const QList<Group> g = groups(Total, period);
    return g.isEmpty() ? QJsonObject() : g.first().values;
}

QList<KpiQueries::Group> KpiQueries::groups(Dimension dimension, const Period &period)
{
    // measure name → group key → tally
    QHash<QString, std::map<QString, Tally>> tallies;
    std::map<QString, QString> labels;
    for (const Measure &m : measures()) {
        const QString key = dimensionKey(dimension, m.time);
        const QString value = m.value.isEmpty() ? QStringLiteral("NULL") : m.value;
        const QString value2 = m.value2.isEmpty() ? QStringLiteral("0") : m.value2;
        QSqlQuery &q = run(QStringLiteral("SELECT ") + key + QStringLiteral(" AS k, ") + dimensionLabel(dimension) +
                               QStringLiteral(" AS label, count(*), coalesce(sum(") + m.hit +
                               QStringLiteral("), 0), avg(") + value + QStringLiteral("), coalesce(sum(") + value +
                               QStringLiteral("), 0), coalesce(sum(") + value2 + QStringLiteral("), 0) FROM ") +
                               m.from + QStringLiteral(" WHERE ") + m.where + QStringLiteral(" GROUP BY k"),
                           period);
        auto &byKey = tallies[m.name];
        while (q.next()) {
            const QString k = q.value(0).toString();
            Tally &t = byKey[k];
            t.label = q.value(1).toString();
            t.count = q.value(2).toLongLong();
            t.hits = q.value(3).toLongLong();
            t.average = q.value(4);
            t.sum = q.value(5).toLongLong();
            t.sum2 = q.value(6).toLongLong();
            if (!labels.count(k) || labels[k].isEmpty())
                labels[k] = t.label;
        }
        q.finish();
        if (!m.value.isEmpty() && (m.name == QLatin1String("dispatch") || m.name == QLatin1String("contact"))) {
            QSqlQuery &v = run(QStringLiteral("SELECT ") + key + QStringLiteral(" AS k, ") + m.value +
                                   QStringLiteral(" FROM ") + m.from + QStringLiteral(" WHERE ") + m.where,
                               period);
            while (v.next())
                byKey[v.value(0).toString()].values << v.value(1).toDouble();
            v.finish();
        }
    }
    if (dimension == Total && labels.empty())
        labels[QString()] = QString();

    QList<Group> out;
    for (const auto &[key, label] : labels) {
        auto tally = [&](const QString &measure) {
            const auto &byKey = tallies[measure];
            const auto it = byKey.find(key);
            return it == byKey.end() ? Tally() : it->second;
        };
        const Tally opened = tally(QStringLiteral("opened"));
        const Tally dispatch = tally(QStringLiteral("dispatch"));
        const Tally contact = tally(QStringLiteral("contact"));
        const Tally complaints = tally(QStringLiteral("complaints"));
        const Tally money = tally(QStringLiteral("money"));
        auto rateOf = [&](const QString &measure) {
            const Tally t = tally(measure);
            return rate(t.hits, t.count);
        };
        QJsonObject v;
        v.insert(QStringLiteral("tickets"), opened.count);
        v.insert(QStringLiteral("minutes_to_dispatch_median"), percentile(dispatch.values, 0.5));
        v.insert(QStringLiteral("minutes_to_dispatch_p90"), percentile(dispatch.values, 0.9));
        v.insert(QStringLiteral("minutes_to_contact_median"), percentile(contact.values, 0.5));
        v.insert(QStringLiteral("minutes_to_contact_p90"), percentile(contact.values, 0.9));
        v.insert(QStringLiteral("avg_minutes_to_dispatch"), minutes(dispatch.average));
        v.insert(QStringLiteral("avg_minutes_to_contact"), minutes(contact.average));
        v.insert(QStringLiteral("on_time_arrival_rate"), rateOf(QStringLiteral("arrival")));
        v.insert(QStringLiteral("sla_met_rate"), rateOf(QStringLiteral("sla")));
        v.insert(QStringLiteral("first_time_fix_rate"), rateOf(QStringLiteral("ftf")));
        v.insert(QStringLiteral("repeat_repair_rate"), rateOf(QStringLiteral("repeat")));
        v.insert(QStringLiteral("not_home_rate"), rateOf(QStringLiteral("nothome")));
        v.insert(QStringLiteral("callback_within_24h_rate"), rateOf(QStringLiteral("cb24")));
        v.insert(QStringLiteral("callback_reach_rate"), rateOf(QStringLiteral("reach")));
        v.insert(QStringLiteral("satisfaction_rate"), rateOf(QStringLiteral("satisfaction")));
        v.insert(QStringLiteral("complaints_per_100"),
                 opened.count > 0
                     ? QJsonValue(std::round(double(complaints.count) * 10000.0 / double(opened.count)) / 100.0)
                     : QJsonValue(QJsonValue::Null));
        v.insert(QStringLiteral("charges_collected_fen"), money.sum);
        v.insert(QStringLiteral("open_charges_fen"), money.sum2);
        Group g;
        g.key = isBucket(dimension) ? bucketDate(dimension, key.toLongLong()) : key;
        g.label = isBucket(dimension) ? g.key : label;
        g.values = v;
        out << g;
    }
    std::sort(out.begin(), out.end(), [dimension](const Group &a, const Group &b) {
        if (isBucket(dimension))
            return a.key < b.key;
        return a.label == b.label ? a.key < b.key : a.label < b.label;
    });
    return out;
}

QList<Record> KpiQueries::ticketsBehind(const QString &kpi, Dimension dimension, const QString &key,
                                        const Period &period)
{
    const Measure *m = measureOf(kpi);
    if (!m)
        return {};
    QString where = m->where;
    // Day and week keys are bound as the numbers of days or weeks (SQLite never finds an integer equal to text)
    QVariant bound = key;
    if (dimension != Total) {
        where += QStringLiteral(" AND ") + dimensionKey(dimension, m->time) + QStringLiteral(" = :key");
        if (isBucket(dimension))
            bound = bucketOf(dimension, key);
    }
    const QString sql =
        QStringLiteral("SELECT t.id AS ticket_id, t.number, t.kind, t.state, cu.name AS customer_name, "
                       "coalesce(cat.name, p.category) AS category_name, p.model, w.name AS technician_name, ") +
        kOutlet + QStringLiteral(" AS outlet, ") + m->time + QStringLiteral(" AS at, (") + m->hit +
        QStringLiteral(") AS counted, ") + (m->value.isEmpty() ? QStringLiteral("NULL") : m->value) +
        QStringLiteral(" AS value, ") + (m->value2.isEmpty() ? QStringLiteral("NULL") : m->value2) +
        QStringLiteral(" AS value2 FROM ") + m->from + QStringLiteral(" WHERE ") + where +
        QStringLiteral(" ORDER BY at, t.number");
    QSqlQuery &q = run(sql, period, bound);
    QList<Record> out;
    while (q.next())
        out << Store::row(q);
    q.finish();
    return out;
}

QList<Record> KpiQueries::faultsByModel(const Period &period)
{
    QSqlQuery &q = run(QStringLiteral("SELECT p.category, coalesce(cat.name, p.category) AS category_name, "
                                      "coalesce(p.model, '') AS model, count(*) AS repairs, coalesce(sum(") +
                           kRepeatFlag +
                           QStringLiteral("), 0) AS repeats, coalesce(sum((SELECT sum(u.qty) FROM parts_used u "
                                          "WHERE u.ticket_id = t.id)), 0) AS parts, "
                                          // R22 [004 六]: what caused the faults, as the completions recorded it
                                          "coalesce(sum(t.cause = 'product_defect'), 0) AS product_defect, "
                                          "coalesce(sum(t.cause = 'installation'), 0) AS installation, "
                                          "coalesce(sum(t.cause = 'misuse'), 0) AS misuse, "
                                          "coalesce(sum(t.cause = 'wear'), 0) AS wear "
                                          "FROM tickets t JOIN products p ON p.id = t.product_id "
                                          "LEFT JOIN categories cat ON cat.id = p.category "
                                          "WHERE t.kind = 'repair' AND t.opened_at >= :from AND t.opened_at < :to "
                                          "GROUP BY p.category, p.model ORDER BY repairs DESC, category_name, model"),
                       period);
    QList<Record> out;
    while (q.next())
        out << Store::row(q);
    q.finish();
    return out;
}

QList<Record> KpiQueries::faultsByPart(const Period &period)
{
    QSqlQuery &q =
        run(QStringLiteral(
                "SELECT u.sku, coalesce(pt.name, u.sku) AS name, sum(u.qty) AS qty, count(DISTINCT t.id) AS "
                "tickets, count(DISTINCT p.model) AS models FROM tickets t "
                "JOIN parts_used u ON u.ticket_id = t.id JOIN products p ON p.id = t.product_id "
                "LEFT JOIN parts pt ON pt.sku = u.sku "
                "WHERE t.completed_at >= :from AND t.completed_at < :to GROUP BY u.sku ORDER BY qty DESC, u.sku"),
            period);
    QList<Record> out;
    while (q.next())
        out << Store::row(q);
    q.finish();
    return out;
}

QList<Record> KpiQueries::outletClaims(const Period &period)
{
    const QString covered =
        QStringLiteral("ch.ticket_id = t.id AND ch.covered_by IN ('warranty','main_part_warranty')");
    QSqlQuery &q = run(QStringLiteral("SELECT ") + kOutlet +
                           QStringLiteral(" AS outlet, count(*) AS tickets, coalesce(sum((SELECT count(*) FROM charges "
                                          "ch WHERE ") +
                           covered +
                           QStringLiteral(")), 0) AS claim_lines, coalesce(sum((SELECT sum(ch.unit_fen * ch.qty) FROM "
                                          "charges ch WHERE ") +
                           covered +
                           QStringLiteral(")), 0) AS claims_fen FROM tickets t LEFT JOIN technicians w ON w.id = "
                                          "t.technician_id WHERE t.completed_at >= :from AND t.completed_at < :to "
                                          "GROUP BY 1 ORDER BY 1"),
                       period);
    QList<Record> out;
    qint64 allTickets = 0, allClaims = 0;
    while (q.next()) {
        Record r = Store::row(q);
        allTickets += r.value(QStringLiteral("tickets")).toLongLong();
        allClaims += r.value(QStringLiteral("claims_fen")).toLongLong();
        out << r;
    }
    q.finish();
    for (Record &r : out) {
        const qint64 tickets = r.value(QStringLiteral("tickets")).toLongLong();
        const qint64 claims = r.value(QStringLiteral("claims_fen")).toLongLong();
        const double perTicket = tickets > 0 ? double(claims) / double(tickets) : 0.0;
        r.insert(QStringLiteral("per_ticket_fen"), qint64(std::llround(perTicket)));
        const qint64 otherTickets = allTickets - tickets;
        if (otherTickets <= 0) {
            r.insert(QStringLiteral("others_per_ticket_fen"), QVariant());
            r.insert(QStringLiteral("outlier"), false);
            continue;
        }
        const double others = double(allClaims - claims) / double(otherTickets);
        r.insert(QStringLiteral("others_per_ticket_fen"), qint64(std::llround(others)));
        r.insert(QStringLiteral("outlier"), claims > 0 && perTicket > kClaimOutlierFactor * others);
    }
    return out;
}

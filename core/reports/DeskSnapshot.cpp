#include "DeskSnapshot.h"

#include "domain/TicketFlags.h"
#include "domain/TimeFormat.h"
#include "rules/TechnicianRanking.h"
#include "storage/ReportQueries.h"

#include <QJsonArray>

namespace {
QJsonValue str(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

QJsonValue time(const QVariant &v, int offset)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(TimeFormat::iso(v.toLongLong(), offset));
}
} // namespace

QJsonObject DeskSnapshot::ticketJson(Store &store, const Record &t, qint64 asOfMs, const RuleSettings &s)
{
    const int off = s.utcOffsetMinutes;
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.value(QStringLiteral("id")).toString());
    o.insert(QStringLiteral("number"), t.value(QStringLiteral("number")).toString());
    o.insert(QStringLiteral("kind"), t.value(QStringLiteral("kind")).toString());
    o.insert(QStringLiteral("state"), t.value(QStringLiteral("state")).toString());
    o.insert(QStringLiteral("priority"), t.value(QStringLiteral("priority")).toString());
    o.insert(QStringLiteral("customer"), t.value(QStringLiteral("customer_id")).toString());
    o.insert(QStringLiteral("product"), t.value(QStringLiteral("product_id")).toString());
    o.insert(QStringLiteral("technician"), str(t.value(QStringLiteral("technician_id"))));
    o.insert(QStringLiteral("flags"),
             QJsonArray::fromStringList(TicketFlags::parse(t.value(QStringLiteral("flags")).toString())));
    o.insert(QStringLiteral("warranty"), t.value(QStringLiteral("warranty")).toString());
    const QString state = t.value(QStringLiteral("state")).toString();
    const bool beforeContact = state == QLatin1String("dispatched");
    const bool beforeArrival =
        beforeContact || state == QLatin1String("contacted") || state == QLatin1String("en_route");
    const bool awaitingCallback = state == QLatin1String("completed") || state == QLatin1String("guided_by_phone");
    o.insert(
        QStringLiteral("due"),
        QJsonObject{{QStringLiteral("dispatch_by"),
                     state == QLatin1String("new") ? time(t.value(QStringLiteral("dispatch_by")), off) : QJsonValue()},
                    {QStringLiteral("contact_by"),
                     beforeContact ? time(t.value(QStringLiteral("contact_by")), off) : QJsonValue()},
                    {QStringLiteral("on_site_by"),
                     beforeArrival ? time(t.value(QStringLiteral("on_site_by")), off) : QJsonValue()},
                    {QStringLiteral("depart_by"),
                     beforeArrival ? time(t.value(QStringLiteral("depart_by")), off) : QJsonValue()},
                    {QStringLiteral("callback_by"),
                     awaitingCallback ? time(t.value(QStringLiteral("callback_by")), off) : QJsonValue()}});
    o.insert(QStringLiteral("appointment_start"), time(t.value(QStringLiteral("appointment_start")), off));
    o.insert(QStringLiteral("charges_fen"), t.value(QStringLiteral("charges_fen")).toLongLong());
    o.insert(QStringLiteral("paid_fen"), t.value(QStringLiteral("paid_fen")).toLongLong());
    o.insert(QStringLiteral("visits"), t.value(QStringLiteral("visits")).toInt());
    o.insert(QStringLiteral("repeat_of"), str(t.value(QStringLiteral("repeat_of"))));
    // The seeds' procedures (R12, R18, R19, R22)
    o.insert(QStringLiteral("apology"), str(t.value(QStringLiteral("apology"))));
    o.insert(QStringLiteral("parts_eta"),
             state == QLatin1String("awaiting_parts") ? time(t.value(QStringLiteral("parts_eta")), off) : QJsonValue());
    o.insert(QStringLiteral("not_home_count"), t.value(QStringLiteral("not_home_count")).toInt());
    o.insert(QStringLiteral("cause"), str(t.value(QStringLiteral("cause"))));
    o.insert(QStringLiteral("helper_technician"), str(t.value(QStringLiteral("helper_technician_id"))));
    const auto loan = ReportQueries(store).loanOf(t.value(QStringLiteral("id")).toString());
    o.insert(QStringLiteral("loaner"),
             loan ? QJsonValue(QJsonObject{
                        {QStringLiteral("serial"), loan->serial},
                        {QStringLiteral("state"), loan->out ? QStringLiteral("out") : QStringLiteral("returned")}})
                  : QJsonValue(QJsonValue::Null));
    const bool undispatched = state == QLatin1String("new") || (state == QLatin1String("dispatched") &&
                                                                t.value(QStringLiteral("technician_id")).isNull());
    if (undispatched && t.value(QStringLiteral("kind")).toString() != QLatin1String("complaint")) {
        QJsonArray suggestions;
        const QList<Suggestion> ranked = TechnicianRanking::rank(store, t, asOfMs, s);
        for (int i = 0; i < ranked.size() && i < 3; ++i)
            suggestions << QJsonObject{{QStringLiteral("technician"), ranked.at(i).technicianId},
                                       {QStringLiteral("score"), ranked.at(i).score},
                                       {QStringLiteral("reasons"), QJsonArray::fromStringList(ranked.at(i).reasons)}};
        o.insert(QStringLiteral("suggestions"), suggestions);
    }
    return o;
}

QJsonObject DeskSnapshot::build(Store &store, qint64 asOfMs)
{
    const RuleSettings s = RuleSettings::fromValues(store.settings());
    const int off = s.utcOffsetMinutes;
    ReportQueries reports(store);
    QJsonObject out;
    out.insert(QStringLiteral("as_of"), TimeFormat::iso(asOfMs, off));
    QJsonArray tickets;
    for (const Record &t : reports.tickets())
        tickets << ticketJson(store, t, asOfMs, s);
    out.insert(QStringLiteral("tickets"), tickets);
    QJsonArray alerts;
    for (const auto &a : reports.alerts(asOfMs, s.slaWarningMinutes, QString(), s.notHomeAlertCount))
        alerts << QJsonObject{{QStringLiteral("ticket"), a.ticketId},
                              {QStringLiteral("kind"), a.kind},
                              {QStringLiteral("since"), TimeFormat::iso(a.since, off)}};
    out.insert(QStringLiteral("alerts"), alerts);
    QJsonArray callbacks;
    for (const Record &c : reports.callbacks()) {
        const QString state = c.value(QStringLiteral("state")).toString();
        const qint64 due = c.value(QStringLiteral("due_at")).toLongLong();
        callbacks << QJsonObject{{QStringLiteral("id"), c.value(QStringLiteral("id")).toString()},
                                 {QStringLiteral("ticket"), c.value(QStringLiteral("ticket_id")).toString()},
                                 {QStringLiteral("kind"), c.value(QStringLiteral("kind")).toString()},
                                 {QStringLiteral("due"), TimeFormat::iso(due, off)},
                                 {QStringLiteral("overdue"), state == QLatin1String("open") && due < asOfMs},
                                 {QStringLiteral("attempts"), c.value(QStringLiteral("attempts")).toInt()},
                                 {QStringLiteral("state"), state}};
    }
    out.insert(QStringLiteral("callbacks"), callbacks);
    QJsonArray complaints;
    for (const Record &c : reports.complaints())
        complaints << QJsonObject{{QStringLiteral("id"), c.value(QStringLiteral("id")).toString()},
                                  {QStringLiteral("ticket"), str(c.value(QStringLiteral("ticket_id")))},
                                  {QStringLiteral("technician"), str(c.value(QStringLiteral("technician_id")))},
                                  {QStringLiteral("severity"), c.value(QStringLiteral("severity")).toString()},
                                  {QStringLiteral("state"), c.value(QStringLiteral("state")).toString()},
                                  {QStringLiteral("reason"), c.value(QStringLiteral("reason")).toString()},
                                  {QStringLiteral("source"), str(c.value(QStringLiteral("source")))},
                                  {QStringLiteral("owner"), str(c.value(QStringLiteral("owner")))},
                                  {QStringLiteral("words"), str(c.value(QStringLiteral("words")))},
                                  {QStringLiteral("deadline"), time(c.value(QStringLiteral("deadline")), off)},
                                  {QStringLiteral("due"), time(c.value(QStringLiteral("deadline")), off)}};
    out.insert(QStringLiteral("complaints"), complaints);
    QJsonArray tasks;
    for (const Record &k : reports.tasks())
        tasks << QJsonObject{{QStringLiteral("id"), k.value(QStringLiteral("id")).toString()},
                             {QStringLiteral("kind"), k.value(QStringLiteral("kind")).toString()},
                             {QStringLiteral("ticket"), str(k.value(QStringLiteral("ticket_id")))},
                             {QStringLiteral("complaint"), str(k.value(QStringLiteral("complaint_id")))},
                             {QStringLiteral("owner"), k.value(QStringLiteral("owner")).toString()},
                             {QStringLiteral("due"), time(k.value(QStringLiteral("due_at")), off)},
                             {QStringLiteral("state"), k.value(QStringLiteral("state")).toString()},
                             {QStringLiteral("outcome"), str(k.value(QStringLiteral("outcome")))}};
    out.insert(QStringLiteral("tasks"), tasks);
    QJsonArray due;
    for (const Record &m : reports.maintenanceDue(asOfMs, off, 1000))
        due << QJsonObject{{QStringLiteral("customer"), m.value(QStringLiteral("customer_id")).toString()},
                           {QStringLiteral("product"), m.value(QStringLiteral("product_id")).toString()},
                           {QStringLiteral("category"), m.value(QStringLiteral("category")).toString()},
                           {QStringLiteral("due"), m.value(QStringLiteral("due")).toString()}};
    out.insert(QStringLiteral("maintenance_due"), due);
    out.insert(QStringLiteral("kpis"), reports.kpis(0, asOfMs + 1, asOfMs));
    return out;
}

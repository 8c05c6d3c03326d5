#include "ScheduleRules.h"

#include <algorithm>
#include <numeric>

#include "domain/TimeFormat.h"

#include <QDateTime>

namespace {
QString localTime(qint64 ms, int offsetMinutes, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetMinutes * 60).toString(format);
}
} // namespace

QStringList ScheduleRules::conflicts(Store &store, const QString &technicianId, const Record &ticket, qint64 start,
                                     qint64 end, const RuleSettings &settings)
{
    auto local = [&settings](qint64 ms, const QString &format = QStringLiteral("HH:mm")) {
        return localTime(ms, settings.utcOffsetMinutes, format);
    };
    const auto techRecord = store.load(Store::Technicians, technicianId);
    if (!techRecord)
        return {};
    const Record &tech = *techRecord;
    const QString techName = tech.value(QStringLiteral("name")).toString();
    const auto customer = store.load(Store::Customers, ticket.value(QStringLiteral("customer_id")).toString());
    const QString zone = customer ? customer->value(QStringLiteral("zone")).toString() : QString();
    QStringList conflicts;
    const QString shiftStart = tech.value(QStringLiteral("shift_start")).toString();
    const QString shiftEnd = tech.value(QStringLiteral("shift_end")).toString();
    const QString localStart = local(start);
    const QString localEnd = local(end);
    if (localStart < shiftStart || localEnd > shiftEnd ||
        local(start, QStringLiteral("yyyyMMdd")) != local(end - 1, QStringLiteral("yyyyMMdd")))
        conflicts
            << tr("%1–%2 is outside %3's shift (%4–%5)").arg(localStart, localEnd, techName, shiftStart, shiftEnd);
    const QList<Record> nearby =
        store.technicianAppointments(technicianId, start - 24 * 3600 * 1000LL, end + 24 * 3600 * 1000LL,
                                     ticket.value(QStringLiteral("id")).toString());
    std::optional<Record> previous, next;
    for (const Record &a : nearby) {
        const qint64 s = a.value(QStringLiteral("start_at")).toLongLong();
        const qint64 e = a.value(QStringLiteral("end_at")).toLongLong();
        const auto other = store.load(Store::Tickets, a.value(QStringLiteral("ticket_id")).toString());
        const QString otherNumber = other ? other->value(QStringLiteral("number")).toString() : QString();
        if (s < end && e > start)
            conflicts
                << tr("it overlaps %1's appointment for %2 (%3–%4)").arg(techName, otherNumber, local(s), local(e));
        else if (e <= start && (!previous || e > previous->value(QStringLiteral("end_at")).toLongLong()))
            previous = a;
        else if (s >= end && (!next || s < next->value(QStringLiteral("start_at")).toLongLong()))
            next = a;
    }
    if (previous) {
        const qint64 e = previous->value(QStringLiteral("end_at")).toLongLong();
        const int travel = store.travelMinutes(previous->value(QStringLiteral("zone")).toString(), zone).value_or(0);
        if (e + qint64(travel) * 60000 > start)
            conflicts << tr("%1 cannot arrive by %2: the previous appointment ends at %3 and the journey takes %4 min")
                             .arg(techName, localStart, local(e))
                             .arg(travel);
    }
    if (next) {
        const qint64 s = next->value(QStringLiteral("start_at")).toLongLong();
        const int travel = store.travelMinutes(zone, next->value(QStringLiteral("zone")).toString()).value_or(0);
        if (end + qint64(travel) * 60000 > s)
            conflicts << tr("%1 cannot reach the next appointment at %2: this one ends at %3 and the journey takes "
                            "%4 min")
                             .arg(techName, local(s), localEnd)
                             .arg(travel);
    }
    return conflicts;
}

QList<ScheduleRules::Placement> ScheduleRules::placeVisits(const QList<QPair<qint64, qint64>> &visits, int *tracks)
{
    QList<Placement> out(visits.size());
    QList<int> order(visits.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&visits](int a, int b) { return visits.at(a) < visits.at(b); });
    QList<qint64> trackEnds; // when each track is free again
    for (int i : order) {
        const auto [start, end] = visits.at(i);
        int track = 0;
        while (track < trackEnds.size() && trackEnds.at(track) > start)
            ++track;
        if (track == trackEnds.size())
            trackEnds << end;
        else
            trackEnds[track] = end;
        out[i].track = track;
    }
    // A conflict: another visit starts before this one ends and ends after it starts
    for (int i : order) {
        for (int j : order) {
            if (j == i)
                continue;
            if (visits.at(j).first >= visits.at(i).second)
                break;
            if (visits.at(j).second > visits.at(i).first)
                out[i].conflict = true;
        }
    }
    *tracks = qMax(1, int(trackEnds.size()));
    return out;
}

std::optional<qint64> ScheduleRules::nextFreeStart(Store &store, const QString &technicianId, const Record &ticket,
                                                   qint64 nowMs, const RuleSettings &settings)
{
    const qint64 length = qint64(settings.appointmentMinutes) * 60000;
    const qint64 quarter = 15 * 60000;
    const qint64 horizon = nowMs + 3 * 24 * 3600 * 1000LL;
    // Where a free slot can begin: now (to the next quarter hour), after each visit (with time to travel), and at
    // each shift start; each is asked of conflicts(), which knows the shift, the visits and the travel
    QList<qint64> candidates{(nowMs + quarter - 1) / quarter * quarter};
    for (const Record &a :
         store.technicianAppointments(technicianId, nowMs, horizon, ticket.value(QStringLiteral("id")).toString())) {
        const qint64 end = a.value(QStringLiteral("end_at")).toLongLong();
        for (int minutes = 0; minutes <= 60; minutes += 15)
            candidates << end + qint64(minutes) * 60000;
    }
    const auto tech = store.load(Store::Technicians, technicianId);
    const QTime shiftStart = QTime::fromString(tech ? tech->value(QStringLiteral("shift_start")).toString() : QString(),
                                               QStringLiteral("HH:mm"));
    const QDateTime localNow = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::OffsetFromUTC, settings.utcOffsetMinutes * 60);
    for (int day = 0; day <= 3 && shiftStart.isValid(); ++day)
        candidates << QDateTime(localNow.date().addDays(day), shiftStart, Qt::OffsetFromUTC,
                                settings.utcOffsetMinutes * 60)
                          .toMSecsSinceEpoch();
    std::sort(candidates.begin(), candidates.end());
    for (const qint64 start : candidates)
        if (start >= nowMs && start < horizon &&
            conflicts(store, technicianId, ticket, start, start + length, settings).isEmpty())
            return start;
    return std::nullopt;
}

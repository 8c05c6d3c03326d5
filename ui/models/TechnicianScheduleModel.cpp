#include "TechnicianScheduleModel.h"

#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QHash>

namespace {
int minutesOf(const QString &hhmm)
{
    return hhmm.left(2).toInt() * 60 + hhmm.mid(3, 2).toInt();
}
} // namespace

TechnicianScheduleModel::TechnicianScheduleModel(DeskService &desk, QObject *parent)
    : QAbstractListModel(parent), m_desk(desk)
{
    m_offsetMinutes = desk.processor().settings().utcOffsetMinutes;
    m_day = desk.clock().now().toOffsetFromUtc(m_offsetMinutes * 60).date();
    reload();
}

int TechnicianScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

qint64 TechnicianScheduleModel::dayStartMs() const
{
    return QDateTime(m_day, QTime(0, 0), Qt::OffsetFromUTC, m_offsetMinutes * 60).toMSecsSinceEpoch();
}

void TechnicianScheduleModel::setDay(const QDate &day)
{
    if (day == m_day)
        return;
    m_day = day;
    reload();
}

int TechnicianScheduleModel::rowOfTechnician(const QString &technicianId) const
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes.at(i).technician.value(QStringLiteral("id")).toString() == technicianId)
            return i;
    return -1;
}

void TechnicianScheduleModel::reload()
{
    beginResetModel();
    m_offsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    m_lanes.clear();
    QHash<QString, int> index;
    for (const Record &t : m_desk.store().all(Store::Technicians, QStringLiteral("name"))) {
        if (!t.value(QStringLiteral("active")).toBool())
            continue;
        index.insert(t.value(QStringLiteral("id")).toString(), int(m_lanes.size()));
        m_lanes.append({t, {}, QStringLiteral("free")});
    }
    ReportQueries queries(m_desk.store());
    const qint64 from = dayStartMs();
    const qint64 slotMs = qint64(m_desk.processor().settings().appointmentMinutes) * 60000;
    QHash<QString, QString> lastZone;
    for (const Record &v : queries.visitsBetween(from, from + 24 * 3600 * 1000LL)) {
        const auto it = index.constFind(v.value(QStringLiteral("technician_id")).toString());
        if (it == index.constEnd())
            continue;
        Lane &lane = m_lanes[*it];
        const bool fixed = !v.value(QStringLiteral("start_at")).isNull();
        const qint64 start = fixed ? v.value(QStringLiteral("start_at")).toLongLong()
                                   : v.value(QStringLiteral("due_at")).toLongLong() - slotMs;
        const qint64 end = fixed ? v.value(QStringLiteral("end_at")).toLongLong() : start + slotMs;
        const QString zone = v.value(QStringLiteral("zone")).toString();
        const QString techId = lane.technician.value(QStringLiteral("id")).toString();
        const int travel =
            lastZone.contains(techId) ? m_desk.store().travelMinutes(lastZone.value(techId), zone).value_or(0) : 0;
        lastZone.insert(techId, zone);
        const QString state = v.value(QStringLiteral("state")).toString();
        lane.visits << QVariantMap{{QStringLiteral("ticket_id"), v.value(QStringLiteral("ticket_id"))},
                                   {QStringLiteral("number"), v.value(QStringLiteral("number"))},
                                   {QStringLiteral("start"), start},
                                   {QStringLiteral("end"), end},
                                   {QStringLiteral("fixed"), fixed},
                                   {QStringLiteral("state"), state},
                                   {QStringLiteral("customer"), v.value(QStringLiteral("customer_name"))},
                                   {QStringLiteral("zone"), v.value(QStringLiteral("zone_name"))},
                                   {QStringLiteral("travel_minutes"), travel},
                                   {QStringLiteral("arrived"), !v.value(QStringLiteral("arrived_at")).isNull()}};
        if (state == QLatin1String("en_route") || state == QLatin1String("on_site"))
            lane.status = state;
    }
    endResetModel();
}

QVariant TechnicianScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lanes.size())
        return {};
    const Lane &lane = m_lanes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return lane.technician.value(QStringLiteral("name"));
    case RawValueRole:
    case TechnicianIdRole:
        return lane.technician.value(QStringLiteral("id"));
    case ShiftStartRole:
        return minutesOf(lane.technician.value(QStringLiteral("shift_start")).toString());
    case ShiftEndRole:
        return minutesOf(lane.technician.value(QStringLiteral("shift_end")).toString());
    case VisitsRole:
        return lane.visits;
    case StatusRole:
        return lane.status;
    default:
        return {};
    }
}

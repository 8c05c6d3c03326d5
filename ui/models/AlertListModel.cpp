#include "AlertListModel.h"

#include "DisplayText.h"
#include "service/DeskService.h"

#include <QSet>
#include <algorithm>

namespace {
bool before(const ReportQueries::Alert &a, const ReportQueries::Alert &b)
{
    return std::tie(a.since, a.ticketId, a.kind) < std::tie(b.since, b.ticketId, b.kind);
}
} // namespace

AlertListModel::AlertListModel(DeskService &desk, QObject *parent) : QAbstractListModel(parent), m_desk(desk) {}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

void AlertListModel::reload()
{
    const auto settings = m_desk.processor().settings();
    beginResetModel();
    m_offsetMinutes = settings.utcOffsetMinutes;
    m_alerts = ReportQueries(m_desk.store())
                   .alerts(m_desk.clock().now().toMSecsSinceEpoch(), settings.slaWarningMinutes, QString(),
                           settings.notHomeAlertCount);
    endResetModel();
}

void AlertListModel::refreshTickets(const QStringList &ticketIds)
{
    const auto settings = m_desk.processor().settings();
    const qint64 now = m_desk.clock().now().toMSecsSinceEpoch();
    ReportQueries queries(m_desk.store());
    const QSet<QString> changed(ticketIds.cbegin(), ticketIds.cend());
    // Out with the old alerts of these tickets (one pass, from the end so the rows above keep their places)
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        if (!changed.contains(m_alerts.at(row).ticketId))
            continue;
        beginRemoveRows({}, row, row);
        m_alerts.removeAt(row);
        endRemoveRows();
    }
    // In with the new ones, each at its place in the order (each ticket once, however often it was named)
    for (const QString &id : changed) {
        for (const ReportQueries::Alert &a :
             queries.alerts(now, settings.slaWarningMinutes, id, settings.notHomeAlertCount)) {
            const int row = int(std::lower_bound(m_alerts.cbegin(), m_alerts.cend(), a, before) - m_alerts.cbegin());
            beginInsertRows({}, row, row);
            m_alerts.insert(row, a);
            endInsertRows();
        }
    }
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const ReportQueries::Alert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1  %2  (since %3)")
            .arg(a.number, DisplayText::alert(a.kind), DisplayText::dateTime(a.since, m_offsetMinutes));
    case TicketIdRole:
        return a.ticketId;
    case KindRole:
        return a.kind;
    default:
        return {};
    }
}

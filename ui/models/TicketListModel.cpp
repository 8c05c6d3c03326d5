#include "TicketListModel.h"

#include "DisplayText.h"
#include "dispatch/ScheduleView.h"
#include "rules/Deadlines.h"
#include "rules/PriorityRules.h"
#include "rules/TicketStates.h"
#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>

TicketListModel::TicketListModel(DeskService &desk, QObject *parent) : QAbstractTableModel(parent), m_desk(desk)
{
    m_now = desk.clock().now().toMSecsSinceEpoch();
    reload();
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TicketListModel::reload()
{
    beginResetModel();
    ReportQueries queries(m_desk.store());
    m_rows = queries.boardTickets();
    m_offsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    endResetModel();
}

int TicketListModel::rowOfTicket(const QString &ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QStringLiteral("id")).toString() == ticketId)
            return i;
    return -1;
}

void TicketListModel::refreshTicket(const QString &ticketId)
{
    ReportQueries queries(m_desk.store());
    const std::optional<Record> row = queries.boardTicket(ticketId);
    const int at = rowOfTicket(ticketId);
    const bool open = row && TicketStates::isOpen(row->value(QStringLiteral("state")).toString());
    if (open && at >= 0) {
        m_rows[at] = *row;
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    } else if (open) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(*row);
        endInsertRows();
    } else if (at >= 0) {
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
    }
}

void TicketListModel::setNow(const QDateTime &now)
{
    const qint64 before = m_now;
    m_now = now.toMSecsSinceEpoch();
    if (m_rows.isEmpty())
        return;
    for (const Record &r : std::as_const(m_rows)) {
        const auto next = Deadlines::next(r);
        if (next && next->atMs > before && next->atMs <= m_now)
            emit deadlineCrossed(r.value(QStringLiteral("id")).toString());
    }
    emit dataChanged(index(0, TimeLeft), index(int(m_rows.size()) - 1, TimeLeft));
}

int TicketListModel::overdueCount() const
{
    int n = 0;
    for (const Record &r : m_rows) {
        const auto next = Deadlines::next(r);
        if (next && next->atMs < m_now)
            ++n;
    }
    return n;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Record &r = m_rows.at(index.row());
    const auto next = Deadlines::next(r);
    switch (role) {
    case TicketIdRole:
        return r.value(QStringLiteral("id"));
    case DeadlineRole:
        return next ? QVariant(next->atMs) : QVariant();
    case OverdueRole:
        return next && next->atMs < m_now;
    case StateRole:
        return r.value(QStringLiteral("state"));
    case FlagsRole:
        return r.value(QStringLiteral("flags"));
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Number:
            return r.value(QStringLiteral("number"));
        case Priority:
            return DisplayText::priority(r.value(QStringLiteral("priority")).toString());
        case State:
            return TicketStates::label(r.value(QStringLiteral("state")).toString());
        case Customer:
            return r.value(QStringLiteral("customer_name"));
        case Product: {
            const QString model = r.value(QStringLiteral("model")).toString();
            const QString category = r.value(QStringLiteral("category_name")).toString();
            return model.isEmpty() ? category : QString(category + QLatin1Char(' ') + model);
        }
        case Zone:
            return r.value(QStringLiteral("zone_name"));
        case Technician:
            return r.value(QStringLiteral("technician_name"));
        case TimeLeft:
            if (!next)
                return QString();
            return tr("%1: %2").arg(DisplayText::deadline(next->kind), DisplayText::timeLeft(next->atMs - m_now));
        case Flags:
            return DisplayText::flags(r.value(QStringLiteral("flags")).toString());
        }
    }
    if (role == RawValueRole) {
        switch (column) {
        case Priority:
            return PriorityRules::rank(r.value(QStringLiteral("priority")).toString());
        case State:
            return int(TicketStates::all().indexOf(r.value(QStringLiteral("state")).toString()));
        case TimeLeft:
            return next ? QVariant(next->atMs) : QVariant(std::numeric_limits<qint64>::max());
        case Number:
            return r.value(QStringLiteral("opened_at"));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && column == TimeLeft && next)
        return DisplayText::dateTime(next->atMs, m_offsetMinutes);
    if (role == Qt::ToolTipRole && column == Customer)
        return r.value(QStringLiteral("customer_address"));
    if (role == Qt::ForegroundRole && column == TimeLeft && next) {
        const qint64 left = next->atMs - m_now;
        if (left < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (left < 30 * 60000)
            return QBrush(QColor(0xe6, 0x7e, 0x00));
    }
    if (role == Qt::ForegroundRole && column == Priority &&
        r.value(QStringLiteral("priority")).toString() == QLatin1String("urgent"))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Ticket");
    case Priority:
        return tr("Priority");
    case State:
        return tr("State");
    case Customer:
        return tr("Customer");
    case Product:
        return tr("Product");
    case Zone:
        return tr("Zone");
    case Technician:
        return tr("Technician");
    case TimeLeft:
        return tr("Time left");
    case Flags:
        return tr("Flags");
    }
    return {};
}

Qt::ItemFlags TicketListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList TicketListModel::mimeTypes() const
{
    return {QLatin1String(ScheduleView::TicketMimeType)};
}

QMimeData *TicketListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(ScheduleView::TicketMimeType), indexes.first().data(TicketIdRole).toString().toUtf8());
    return mime;
}

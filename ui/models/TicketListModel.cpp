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
#include <algorithm>

TicketListModel::TicketListModel(DeskService &desk, QObject *parent) : QAbstractTableModel(parent), m_desk(desk)
{
    m_now = desk.clock().now().toMSecsSinceEpoch();
    m_pageTimer.setSingleShot(true);
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, [this] {
        if (loadPage(Page))
            m_pageTimer.start();
    });
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
    m_pageTimer.stop();
    beginResetModel();
    m_rows = ReportQueries(m_desk.store()).boardPage({}, FirstScreen);
    m_loadedUpTo = m_rows.isEmpty() ? ReportQueries::BoardPosition() : ReportQueries::positionOf(m_rows.constLast());
    m_rowOf.clear();
    reindexFrom(0);
    m_offsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    m_loading = m_rows.size() == FirstScreen;
    endResetModel();
    if (m_loading)
        m_pageTimer.start();
    else
        emit loaded();
}

bool TicketListModel::loadPage(int limit)
{
    if (!m_loading)
        return false;
    QList<BoardTicket> page = ReportQueries(m_desk.store()).boardPage(m_loadedUpTo, limit);
    if (!page.isEmpty())
        m_loadedUpTo = ReportQueries::positionOf(page.constLast());
    const bool more = page.size() == limit;
    // A ticket already here (changed since the first screen was read) keeps its row
    page.erase(
        std::remove_if(page.begin(), page.end(), [this](const BoardTicket &t) { return m_rowOf.contains(t.id); }),
        page.end());
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.append(page);
        reindexFrom(first);
        endInsertRows();
    }
    if (!more) {
        m_loading = false;
        emit loaded();
    }
    return more;
}

void TicketListModel::loadAll()
{
    m_pageTimer.stop();
    while (loadPage(Page)) {
    }
}

void TicketListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

int TicketListModel::rowOfTicket(const QString &ticketId) const
{
    const auto it = m_rowOf.constFind(ticketId);
    if (it == m_rowOf.cend())
        return -1;
    ++m_rowsExamined;
    return it.value();
}

void TicketListModel::refreshTicket(const QString &ticketId)
{
    const std::optional<BoardTicket> row = ReportQueries(m_desk.store()).boardTicket(ticketId);
    const int at = rowOfTicket(ticketId);
    const bool open = row && TicketStates::isOpen(row->state);
    if (open && at >= 0) {
        m_rows[at] = *row;
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    } else if (open) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(*row);
        m_rowOf.insert(ticketId, int(m_rows.size()) - 1);
        endInsertRows();
    } else if (at >= 0) {
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        m_rowOf.remove(ticketId);
        reindexFrom(at); // the rows after it moved up by one: linear in the open tickets, once per closed ticket
        endRemoveRows();
    }
}

void TicketListModel::setNow(const QDateTime &now)
{
    const qint64 before = m_now;
    m_now = now.toMSecsSinceEpoch();
    if (m_rows.isEmpty())
        return;
    for (const BoardTicket &r : std::as_const(m_rows)) {
        if (r.next && r.next->atMs > before && r.next->atMs <= m_now)
            emit deadlineCrossed(r.id);
    }
    emit dataChanged(index(0, TimeLeft), index(int(m_rows.size()) - 1, TimeLeft));
}

int TicketListModel::overdueCount() const
{
    int n = 0;
    for (const BoardTicket &r : m_rows) {
        if (r.next && r.next->atMs < m_now)
            ++n;
    }
    return n;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BoardTicket &r = m_rows.at(index.row());
    const auto &next = r.next;
    switch (role) {
    case TicketIdRole:
        return r.id;
    case DeadlineRole:
        return next ? QVariant(next->atMs) : QVariant();
    case OverdueRole:
        return next && next->atMs < m_now;
    case StateRole:
        return r.state;
    case FlagsRole:
        return r.flags;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Number:
            return r.number;
        case Priority:
            return DisplayText::priority(r.priority);
        case State:
            return TicketStates::label(r.state);
        case Customer:
            return r.customerName;
        case Product:
            return r.model.isEmpty() ? r.categoryName : QString(r.categoryName + QLatin1Char(' ') + r.model);
        case Zone:
            return r.zoneName;
        case Technician:
            return r.technicianName;
        case TimeLeft:
            if (!next)
                return QString();
            return tr("%1: %2").arg(DisplayText::deadline(next->kind), DisplayText::timeLeft(next->atMs - m_now));
        case Flags:
            return DisplayText::flags(r.flags);
        }
    }
    if (role == RawValueRole) {
        switch (column) {
        case Priority:
            return PriorityRules::rank(r.priority);
        case State:
            return int(TicketStates::all().indexOf(r.state));
        case TimeLeft:
            return r.orderKey; // the deadline, or last when there is none: the order the rows are read in
        case Number:
            return r.openedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && column == TimeLeft && next)
        return DisplayText::dateTime(next->atMs, m_offsetMinutes);
    if (role == Qt::ToolTipRole && column == Customer)
        return r.customerAddress;
    if (role == Qt::ForegroundRole && column == TimeLeft && next) {
        const qint64 left = next->atMs - m_now;
        if (left < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (left < 30 * 60000)
            return QBrush(QColor(0xe6, 0x7e, 0x00));
    }
    if (role == Qt::ForegroundRole && column == Priority && r.priority == QLatin1String("urgent"))
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

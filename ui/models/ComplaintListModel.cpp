#include "ComplaintListModel.h"

#include "ExportRoles.h"

#include "DisplayText.h"
#include "reports/SupervisorText.h"
#include "service/DeskService.h"
#include "storage/SupervisorQueries.h"

#include <QBrush>
#include <QColor>

ComplaintListModel::ComplaintListModel(DeskService &desk, QObject *parent) : QAbstractTableModel(parent), m_desk(desk)
{
    m_now = desk.clock().now().toMSecsSinceEpoch();
    reload();
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ComplaintListModel::reload()
{
    beginResetModel();
    // Open complaints and those closed in the last 90 days
    m_rows = SupervisorQueries(m_desk.store()).complaints(m_desk.clock().now().addDays(-90).toMSecsSinceEpoch());
    m_offsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    endResetModel();
}

int ComplaintListModel::rowOfComplaint(const QString &complaintId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QStringLiteral("id")).toString() == complaintId)
            return i;
    return -1;
}

void ComplaintListModel::refreshComplaint(const QString &complaintId)
{
    const std::optional<Record> row = SupervisorQueries(m_desk.store()).complaint(complaintId);
    if (!row)
        return;
    const int at = rowOfComplaint(complaintId);
    if (at >= 0) {
        m_rows[at] = *row;
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*row);
    endInsertRows();
}

void ComplaintListModel::setNow(const QDateTime &now)
{
    m_now = now.toMSecsSinceEpoch();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool ComplaintListModel::overdue(const Record &r) const
{
    const QString state = r.value(QStringLiteral("state")).toString();
    const QVariant deadline = r.value(QStringLiteral("deadline"));
    return (state == QLatin1String("open") || state == QLatin1String("in_progress")) && !deadline.isNull() &&
           deadline.toLongLong() < m_now;
}

int ComplaintListModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Record &r) { return overdue(r); }));
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Record &r = m_rows.at(index.row());
    switch (role) {
    case ComplaintIdRole:
        return r.value(QStringLiteral("id"));
    case TicketIdRole:
        return r.value(QStringLiteral("ticket_id"));
    case OverdueRole:
        return overdue(r);
    case StateRole:
        return r.value(QStringLiteral("state"));
    default:
        break;
    }
    const int column = index.column();
    if (role == ExportRoles::ValueRole)
        return column == Opened     ? ExportRoles::centreTime(r.value(QStringLiteral("opened_at")), m_offsetMinutes)
               : column == Deadline ? ExportRoles::centreTime(r.value(QStringLiteral("deadline")), m_offsetMinutes)
               : column == Steps    ? r.value(QStringLiteral("steps"))
                                    : QVariant();
    if (role == RawValueRole) {
        switch (column) {
        case Opened:
            return r.value(QStringLiteral("opened_at"));
        case Deadline:
            return r.value(QStringLiteral("deadline"));
        case Steps:
            return r.value(QStringLiteral("steps"));
        case Severity: {
            const QString s = r.value(QStringLiteral("severity")).toString();
            return s == QLatin1String("serious") ? 2 : s == QLatin1String("normal") ? 1 : 0;
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Opened:
            return DisplayText::dateTime(r.value(QStringLiteral("opened_at")).toLongLong(), m_offsetMinutes);
        case Ticket:
            return r.value(QStringLiteral("number"));
        case Customer:
            return r.value(QStringLiteral("customer_name"));
        case Technician:
            return r.value(QStringLiteral("technician_name"));
        case Severity:
            return SupervisorText::severity(r.value(QStringLiteral("severity")).toString());
        case Owner:
            return r.value(QStringLiteral("owner_name"));
        case Deadline: {
            const QVariant d = r.value(QStringLiteral("deadline"));
            if (d.isNull())
                return QString();
            const QString when = DisplayText::dateTime(d.toLongLong(), m_offsetMinutes);
            return overdue(r) ? tr("%1 (overdue)").arg(when) : when;
        }
        case State:
            return SupervisorText::complaintState(r.value(QStringLiteral("state")).toString());
        case Reason:
            return r.value(QStringLiteral("reason"));
        case Steps:
            return r.value(QStringLiteral("steps"));
        }
    }
    if (role == Qt::ForegroundRole && overdue(r) && (column == Deadline || column == State))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ForegroundRole && column == Severity &&
        r.value(QStringLiteral("severity")).toString() == QLatin1String("serious"))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::BackgroundRole && overdue(r))
        return QBrush(QColor(0xff, 0xeb, 0xee));
    if (role == Qt::ToolTipRole && column == Reason)
        return r.value(QStringLiteral("reason"));
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ExportRoles::ColumnKindRole)
        return section == Opened || section == Deadline ? ExportRoles::DateTime
               : section == Steps                       ? ExportRoles::Number
                                                        : ExportRoles::Text;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Opened:
        return tr("Registered");
    case Ticket:
        return tr("Ticket");
    case Customer:
        return tr("Customer");
    case Technician:
        return tr("Technician");
    case Severity:
        return tr("Severity");
    case Owner:
        return tr("Owner");
    case Deadline:
        return tr("Deadline");
    case State:
        return tr("State");
    case Reason:
        return tr("Complaint");
    case Steps:
        return tr("Steps");
    }
    return {};
}

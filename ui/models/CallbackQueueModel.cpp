#include "CallbackQueueModel.h"

#include "DisplayText.h"
#include "rules/PhoneNumbers.h"
#include "service/DeskService.h"
#include "storage/SupervisorQueries.h"

#include <QBrush>
#include <QColor>

CallbackQueueModel::CallbackQueueModel(DeskService &desk, QObject *parent, bool loadNow)
    : QAbstractTableModel(parent), m_desk(desk)
{
    m_now = desk.clock().now().toMSecsSinceEpoch();
    if (loadNow)
        reload();
}

int CallbackQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallbackQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CallbackQueueModel::reload()
{
    beginResetModel();
    m_rows = SupervisorQueries(m_desk.store()).callbackQueue();
    m_offsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    endResetModel();
}

int CallbackQueueModel::rowOfCallback(const QString &callbackId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QStringLiteral("id")).toString() == callbackId)
            return i;
    return -1;
}

void CallbackQueueModel::refreshTicket(const QString &ticketId)
{
    if (ticketId.isEmpty())
        return;
    const QList<Record> fresh = SupervisorQueries(m_desk.store()).callbackQueueForTicket(ticketId);
    // Rows of this ticket that are no longer open go; open ones are updated in place or added
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const Record &r = m_rows.at(i);
        if (r.value(QStringLiteral("ticket_id")).toString() != ticketId)
            continue;
        bool stillOpen = false;
        for (const Record &f : fresh)
            stillOpen |= f.value(QStringLiteral("id")) == r.value(QStringLiteral("id"));
        if (!stillOpen) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const Record &f : fresh) {
        const int at = rowOfCallback(f.value(QStringLiteral("id")).toString());
        if (at >= 0) {
            m_rows[at] = f;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(f);
            endInsertRows();
        }
    }
}

void CallbackQueueModel::setNow(const QDateTime &now)
{
    m_now = now.toMSecsSinceEpoch();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Due), index(int(m_rows.size()) - 1, Due));
}

int CallbackQueueModel::overdueCount() const
{
    int n = 0;
    for (const Record &r : m_rows)
        if (r.value(QStringLiteral("due_at")).toLongLong() < m_now)
            ++n;
    return n;
}

QVariant CallbackQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Record &r = m_rows.at(index.row());
    const qint64 due = r.value(QStringLiteral("due_at")).toLongLong();
    const bool guidance = r.value(QStringLiteral("kind")).toString() == QLatin1String("guidance");
    switch (role) {
    case CallbackIdRole:
        return r.value(QStringLiteral("id"));
    case TicketIdRole:
        return r.value(QStringLiteral("ticket_id"));
    case OverdueRole:
        return due < m_now;
    case KindRole:
        return r.value(QStringLiteral("kind"));
    case DueRole:
        return due;
    default:
        break;
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Due:
            return due;
        case Attempts:
            return r.value(QStringLiteral("attempts"));
        case Charged:
            return r.value(QStringLiteral("charges_fen"));
        case Kind:
            return guidance ? 0 : 1;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Due:
            return QString(DisplayText::dateTime(due, m_offsetMinutes) + QStringLiteral("  (") +
                           DisplayText::timeLeft(due - m_now) + QLatin1Char(')'));
        case Kind:
            return guidance ? tr("Phone guidance · 2 h") : tr("After the visit · 24 h");
        case Ticket:
            return r.value(QStringLiteral("number"));
        case Customer:
            return r.value(QStringLiteral("customer_name"));
        case Phone:
            return PhoneNumbers::display(r.value(QStringLiteral("phone")).toString());
        case Product: {
            const QString model = r.value(QStringLiteral("model")).toString();
            const QString category = r.value(QStringLiteral("category_name")).toString();
            return model.isEmpty() ? category : QString(category + QLatin1Char(' ') + model);
        }
        case Technician:
            return r.value(QStringLiteral("technician_name"));
        case Attempts:
            return r.value(QStringLiteral("attempts"));
        case Charged:
            return DisplayText::money(r.value(QStringLiteral("charges_fen")).toLongLong());
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Due && due < m_now)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ForegroundRole && index.column() == Kind && guidance)
        return QBrush(QColor(0x15, 0x65, 0xc0));
    if (role == Qt::ToolTipRole && index.column() == Due)
        return due < m_now ? tr("Overdue") : tr("Due");
    return {};
}

QVariant CallbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Kind:
        return tr("Callback");
    case Ticket:
        return tr("Ticket");
    case Customer:
        return tr("Customer");
    case Phone:
        return tr("Phone");
    case Product:
        return tr("Product");
    case Technician:
        return tr("Technician");
    case Attempts:
        return tr("Tries");
    case Charged:
        return tr("Charged");
    }
    return {};
}

#include "CallbackQueueModel.h"

#include "DisplayText.h"
#include "rules/PhoneNumbers.h"
#include "service/DeskService.h"
#include "storage/ReportQueries.h"

#include <QBrush>
#include <QColor>

CallbackQueueModel::CallbackQueueModel(DeskService &desk, QObject *parent) : QAbstractTableModel(parent), m_desk(desk)
{
    m_now = desk.clock().now().toMSecsSinceEpoch();
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
    ReportQueries queries(m_desk.store());
    m_rows = queries.callbackQueue();
    m_offsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    endResetModel();
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
    if (role == CallbackIdRole)
        return r.value(QStringLiteral("id"));
    if (role == TicketIdRole)
        return r.value(QStringLiteral("ticket_id"));
    if (role == OverdueRole)
        return due < m_now;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Due:
            return due;
        case Attempts:
            return r.value(QStringLiteral("attempts"));
        case Charged:
            return r.value(QStringLiteral("charges_fen"));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Due:
            return QString(DisplayText::dateTime(due, m_offsetMinutes) + QStringLiteral("  (") +
                           DisplayText::timeLeft(due - m_now) + QLatin1Char(')'));
        case Ticket:
            return r.value(QStringLiteral("number"));
        case Customer:
            return r.value(QStringLiteral("customer_name"));
        case Phone:
            return PhoneNumbers::display(r.value(QStringLiteral("phone")).toString());
        case Technician:
            return r.value(QStringLiteral("technician_name"));
        case Kind:
            return r.value(QStringLiteral("kind")).toString() == QLatin1String("guidance") ? tr("after phone guidance")
                                                                                           : tr("after the visit");
        case Attempts:
            return r.value(QStringLiteral("attempts"));
        case Charged:
            return DisplayText::money(r.value(QStringLiteral("charges_fen")).toLongLong());
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Due && due < m_now)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant CallbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Ticket:
        return tr("Ticket");
    case Customer:
        return tr("Customer");
    case Phone:
        return tr("Phone");
    case Technician:
        return tr("Technician");
    case Kind:
        return tr("Callback");
    case Attempts:
        return tr("Tries");
    case Charged:
        return tr("Charged");
    }
    return {};
}

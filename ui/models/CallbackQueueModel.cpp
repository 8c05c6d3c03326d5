#include "CallbackQueueModel.h"

#include "ExportRoles.h"

#include "DisplayText.h"
#include "rules/PhoneNumbers.h"
#include "service/DeskService.h"
#include "storage/SupervisorQueries.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <algorithm>

CallbackQueueModel::CallbackQueueModel(DeskService &desk, QObject *parent, bool loadNow)
    : QAbstractTableModel(parent), m_desk(desk)
{
    m_now = desk.clock().now().toMSecsSinceEpoch();
    m_pageTimer.setSingleShot(true);
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, [this] {
        if (loadPage(Page))
            m_pageTimer.start();
    });
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
    m_pageTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_callbacksOf.clear();
    m_loadedDue = std::numeric_limits<qint64>::min();
    m_loadedRowid = std::numeric_limits<qint64>::min();
    m_loading = true;
    m_offsetMinutes = m_desk.processor().settings().utcOffsetMinutes;
    endResetModel();
    if (loadPage(FirstScreen))
        m_pageTimer.start();
}

bool CallbackQueueModel::loadPage(int limit)
{
    if (!m_loading)
        return false;
    QList<Record> page = SupervisorQueries(m_desk.store()).callbackQueuePage(m_loadedDue, m_loadedRowid, limit);
    if (!page.isEmpty()) {
        m_loadedDue = page.constLast().value(QStringLiteral("due_at")).toLongLong();
        m_loadedRowid = page.constLast().value(QStringLiteral("queue_rowid")).toLongLong();
    }
    const bool more = page.size() == limit;
    // A callback already here (a change came in between pages) keeps its row
    page.erase(
        std::remove_if(page.begin(), page.end(),
                       [this](const Record &r) { return m_rowOf.contains(r.value(QStringLiteral("id")).toString()); }),
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

void CallbackQueueModel::loadAll()
{
    m_pageTimer.stop();
    while (loadPage(Page)) {
    }
}

void CallbackQueueModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i) {
        const QString id = m_rows.at(i).value(QStringLiteral("id")).toString();
        if (!m_rowOf.contains(id))
            m_callbacksOf.insert(m_rows.at(i).value(QStringLiteral("ticket_id")).toString(), id);
        m_rowOf.insert(id, i);
    }
}

int CallbackQueueModel::rowOfCallback(const QString &callbackId) const
{
    return m_rowOf.value(callbackId, -1);
}

void CallbackQueueModel::refreshTicket(const QString &ticketId)
{
    if (ticketId.isEmpty())
        return;
    const QList<Record> fresh = SupervisorQueries(m_desk.store()).callbackQueueForTicket(ticketId);
    QSet<QString> open;
    for (const Record &f : fresh)
        open.insert(f.value(QStringLiteral("id")).toString());
    // Rows of this ticket that are no longer open go (found through the index, not by reading every row)
    const QList<QString> known = m_callbacksOf.values(ticketId);
    for (const QString &id : known) {
        const int i = rowOfCallback(id);
        if (i < 0 || open.contains(id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        m_rowOf.remove(id);
        m_callbacksOf.remove(ticketId, id);
        reindexFrom(i);
        endRemoveRows();
    }
    // Open ones are updated in place or added
    for (const Record &f : fresh) {
        const int at = rowOfCallback(f.value(QStringLiteral("id")).toString());
        if (at >= 0) {
            m_rows[at] = f;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else {
            const int row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append(f);
            reindexFrom(row);
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
    case ExportRoles::ValueRole:
        return index.column() == Due        ? ExportRoles::centreTime(due, m_offsetMinutes)
               : index.column() == Attempts ? r.value(QStringLiteral("attempts"))
               : index.column() == Charged  ? ExportRoles::yuan(r.value(QStringLiteral("charges_fen")))
                                            : QVariant();
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
    if (orientation == Qt::Horizontal && role == ExportRoles::ColumnKindRole)
        return section == Due        ? ExportRoles::DateTime
               : section == Attempts ? ExportRoles::Number
               : section == Charged  ? ExportRoles::Money
                                     : ExportRoles::Text;
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

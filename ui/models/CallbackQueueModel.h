#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QDateTime>

class DeskService;

// Callbacks waiting to be made, due first; overdue ones marked. Phone-guided (2 h) and completed-job (24 h)
// callbacks are told apart. Loaded in one query; a change to one ticket refreshes its row only.
class CallbackQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Kind, Ticket, Customer, Phone, Product, Technician, Attempts, Charged, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, CallbackIdRole, TicketIdRole, OverdueRole, KindRole, DueRole };

    // `loadNow` false: empty until reload() (a view that is not shown yet reads it when it first shows)
    explicit CallbackQueueModel(DeskService &desk, QObject *parent = nullptr, bool loadNow = true);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload();
    // Re-reads one ticket's open callback: updates, inserts or (when it was made) removes its row.
    void refreshTicket(const QString &ticketId);
    void setNow(const QDateTime &now);
    qint64 now() const { return m_now; }
    int overdueCount() const;
    int rowOfCallback(const QString &callbackId) const;
    // Everything the queue knows of the row's callback and ticket (SupervisorQueries::callbackQueue).
    Record record(int row) const { return m_rows.value(row); }

private:
    DeskService &m_desk;
    QList<Record> m_rows;
    qint64 m_now = 0;
    int m_offsetMinutes = 480;
};

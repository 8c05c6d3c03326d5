#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QDateTime>

class DeskService;

// Callbacks waiting to be made, due first; overdue ones marked. Phone-guided (2 h) and completed-job (24 h)
// callbacks are told apart.
class CallbackQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Ticket, Customer, Phone, Technician, Kind, Attempts, Charged, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, CallbackIdRole, TicketIdRole, OverdueRole };

    explicit CallbackQueueModel(DeskService &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload();
    void setNow(const QDateTime &now);
    int overdueCount() const;

private:
    DeskService &m_desk;
    QList<Record> m_rows;
    qint64 m_now = 0;
    int m_offsetMinutes = 480;
};

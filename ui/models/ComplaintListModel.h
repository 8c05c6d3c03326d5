#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QDateTime>

class DeskService;

// The complaint register (顾客投诉登记表): every complaint, newest first, with its severity, owner, deadline and
// state; complaints past their deadline and not yet resolved are marked overdue. A change to one complaint
// refreshes its row only.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Opened, Ticket, Customer, Technician, Severity, Owner, Deadline, State, Reason, Steps, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, ComplaintIdRole, TicketIdRole, OverdueRole, StateRole };

    explicit ComplaintListModel(DeskService &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload();
    // Re-reads one complaint: updates its row, or adds it at the top when new.
    void refreshComplaint(const QString &complaintId);
    void setNow(const QDateTime &now);
    int rowOfComplaint(const QString &complaintId) const;
    int overdueCount() const;
    Record record(int row) const { return m_rows.value(row); }

private:
    bool overdue(const Record &r) const;

    DeskService &m_desk;
    QList<Record> m_rows;
    qint64 m_now = 0;
    int m_offsetMinutes = 480;
};

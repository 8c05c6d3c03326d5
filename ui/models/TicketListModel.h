#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QDateTime>

class DeskService;

// Every ticket not closed, as the dispatch board shows it, with the time left to its next deadline. Loaded in
// one query; a change to one ticket refreshes that row only; the clock ticking updates the countdown column only.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Priority, State, Customer, Product, Zone, Technician, TimeLeft, Flags, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable value of the column (priority rank, deadline ms, …)
        TicketIdRole,
        DeadlineRole, // ms since epoch of the next deadline, or null
        OverdueRole,  // true once the next deadline has passed
        StateRole,
        FlagsRole,
    };

    explicit TicketListModel(DeskService &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Rows can be dragged onto a technician's lane (ScheduleView)
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    void reload();
    // Re-reads one ticket: updates, inserts or (when closed) removes its row.
    void refreshTicket(const QString &ticketId);
    // Moves the model's "now" and repaints the countdowns; emits alertsChanged when a deadline is crossed.
    void setNow(const QDateTime &now);
    int rowOfTicket(const QString &ticketId) const;
    int overdueCount() const;

signals:
    void deadlineCrossed(const QString &ticketId);

private:
    DeskService &m_desk;
    QList<Record> m_rows;
    qint64 m_now = 0;
    int m_offsetMinutes = 480;
};

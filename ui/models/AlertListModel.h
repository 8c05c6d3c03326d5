#pragma once

#include "storage/ReportQueries.h"

#include <QAbstractListModel>

class DeskService;

// The board's alerts (SLA at risk or missed, contact overdue, unreachable, late arrival, callback overdue), oldest
// first, one line each. Read whole once; afterwards a change to some tickets re-reads those tickets' alerts only, so
// a desk with thousands of open alerts does not read them all again after every key.
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TicketIdRole = Qt::UserRole, KindRole };

    explicit AlertListModel(DeskService &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Every alert open now
    void reload();
    // Re-reads the alerts of these tickets and puts them in their places
    void refreshTickets(const QStringList &ticketIds);
    const ReportQueries::Alert &alert(int row) const { return m_alerts.at(row); }

private:
    DeskService &m_desk;
    QList<ReportQueries::Alert> m_alerts;
    int m_offsetMinutes = 480;
};

#pragma once

#include "storage/ReportQueries.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

class DeskService;

// Every ticket not closed, as the dispatch board shows it, with the time left to its next deadline. The first screen
// (the most urgent tickets) is read at once, the rest a page at a time from the event loop, so the board shows before
// a big centre's open work is all read; a change to one ticket refreshes that row only (found through an id → row
// index); the clock ticking updates the countdown column only.
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
    // Reads every page still to come now (an export, a search over all rows).
    void loadAll();
    bool isLoading() const { return m_loading; }
    static constexpr int FirstScreen = 200; // rows read before the board is shown
    static constexpr int Page = 2000;       // rows read per turn of the event loop afterwards
    // Re-reads one ticket: updates, inserts or (when closed) removes its row.
    void refreshTicket(const QString &ticketId);
    // Moves the model's "now" and repaints the countdowns; emits alertsChanged when a deadline is crossed.
    void setNow(const QDateTime &now);
    // Through the id → row index: one row examined, whatever the number of open tickets.
    int rowOfTicket(const QString &ticketId) const;
    int overdueCount() const;
    // How many rows the lookups above have examined so far (tests count it: it must not grow with the rows).
    qint64 rowsExamined() const { return m_rowsExamined; }

signals:
    void deadlineCrossed(const QString &ticketId);
    // Every open ticket has been read (after reload() and the pages that follow it).
    void loaded();

private:
    void reindexFrom(int row);
    // Reads the next page; false when there was nothing more.
    bool loadPage(int limit);

    DeskService &m_desk;
    QList<BoardTicket> m_rows;
    ReportQueries::BoardPosition m_loadedUpTo; // the last row of the last page read
    bool m_loading = false;
    QTimer m_pageTimer;
    QHash<QString, int> m_rowOf; // ticket id → row
    mutable qint64 m_rowsExamined = 0;
    qint64 m_now = 0;
    int m_offsetMinutes = 480;
};

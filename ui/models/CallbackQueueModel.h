#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <limits>

class DeskService;

// Callbacks waiting to be made, due first; overdue ones marked. Phone-guided (2 h) and completed-job (24 h)
// callbacks are told apart. The first screen (the callbacks due first) is read at once and the rest a page at a time
// from the event loop; a change to one ticket refreshes its rows only, found through an index.
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
    // Reads every page still to come now
    void loadAll();
    bool isLoading() const { return m_loading; }
    static constexpr int FirstScreen = 200;
    static constexpr int Page = 1000;
    // Re-reads one ticket's open callback: updates, inserts or (when it was made) removes its row.
    void refreshTicket(const QString &ticketId);
    void setNow(const QDateTime &now);
    qint64 now() const { return m_now; }
    int overdueCount() const;
    int rowOfCallback(const QString &callbackId) const;
    // Everything the queue knows of the row's callback and ticket (SupervisorQueries::callbackQueue).
    Record record(int row) const { return m_rows.value(row); }

signals:
    void loaded();

private:
    bool loadPage(int limit);
    void reindexFrom(int row);

    DeskService &m_desk;
    QList<Record> m_rows;
    QHash<QString, int> m_rowOf;                // callback id → row
    QMultiHash<QString, QString> m_callbacksOf; // ticket id → its callbacks' ids
    qint64 m_loadedDue = std::numeric_limits<qint64>::min();
    qint64 m_loadedRowid = std::numeric_limits<qint64>::min();
    bool m_loading = false;
    QTimer m_pageTimer;
    qint64 m_now = 0;
    int m_offsetMinutes = 480;
};

#pragma once

#include "storage/Changes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

// A row as column → value. Rules read and change records as plain values; only this layer knows SQL.
using Record = QVariantMap;

// The desk's records: reads and writes by table and key, with prepared statements cached per connection.
// Every failure of SQLite throws StorageError.
class Store
{
public:
    enum Table {
        Settings,
        Users,
        Zones,
        Categories,
        Parts,
        Fees,
        Technicians,
        Customers,
        Products,
        Tickets,
        Appointments,
        Callbacks,
        Complaints,
        Tasks,
        LoanerUnits,
        TableCount
    };

    explicit Store(const QSqlDatabase &db);

    QSqlDatabase database() const { return m_db; }

    // One command's transaction. Inside a batch (beginBatch … endBatch) each command is a savepoint of the
    // batch's one transaction instead, so bulk loads and replays pay for one fsync per batch, not per command.
    void begin();
    void commit();
    void rollback();
    void beginBatch();
    void endBatch();
    // Undoes the whole batch (an all-or-nothing import that met a bad row)
    void abortBatch();
    bool inBatch() const { return m_batch; }
    // What the current command has written since begin() (cleared by begin() and rollback()): the command
    // processor hands it on with the command's result.
    Changes takeChanges() { return std::exchange(m_changes, Changes()); }

    std::optional<Record> load(Table table, const QString &key);
    void insert(Table table, const Record &row);
    void update(Table table, const QString &key, const Record &changes);
    QStringList columns(Table table);
    static QString tableName(Table table);
    static QString keyColumn(Table table);

    // Settings
    QHash<QString, QString> settings();
    void putSetting(const QString &key, const QString &value);

    // Zones and travel
    void setTravel(const QString &fromZone, const QString &toZone, int minutes);
    std::optional<int> travelMinutes(const QString &fromZone, const QString &toZone);

    // Customers and products
    QStringList customerPhones(const QString &customerId);
    void setCustomerPhones(const QString &customerId, const QStringList &phones);
    QStringList customersByPhone(const QString &phoneE164);
    std::optional<QString> findProduct(const QString &customerId, const QString &category, const QString &model,
                                       const QString &serial);

    // Keeps the caller-search index in step with the customer's name and address (called on every write).
    void reindexCustomer(const QString &customerId);

    // Tickets
    QString nextTicketNumber(const QString &prefix, const QString &day);
    std::optional<QString> ticketByNumber(const QString &number);
    std::optional<QString> openTicketForProduct(const QString &productId, const QString &exceptTicket = {});
    std::optional<Record> lastCompletedRepair(const QString &productId, qint64 sinceMs, qint64 untilMs,
                                              const QString &exceptTicket);
    std::optional<QString> lastTechnicianForProduct(const QString &productId);
    void addEvent(const QString &ticketId, qint64 at, const QString &by, const QString &kind, const QJsonObject &data);
    void addContactAttempt(const QString &ticketId, qint64 at, const QString &by, bool reached, const QString &note);
    void addCharge(const QString &ticketId, const Record &charge);
    void addPayment(const QString &ticketId, qint64 at, const QString &by, qint64 amountFen);
    void addPartUsed(const QString &ticketId, const QString &sku, int qty, qint64 at);
    void addLoaner(const QString &ticketId, const QString &serial, const QString &iou, const QString &appearance,
                   qint64 at);
    // R20: the loan of `serial` on the ticket ends (the unit is back at the centre)
    void returnLoaner(const QString &ticketId, const QString &serial, qint64 at);
    // Helper visits (R13) of a ticket that are still active: ended with the ticket's own visit
    void endHelperVisits(const QString &ticketId, const QString &state);

    // Appointments
    QList<Record> technicianAppointments(const QString &technicianId, qint64 fromMs, qint64 toMs,
                                         const QString &exceptTicket);
    std::optional<Record> activeAppointment(const QString &ticketId);
    int openTicketsOfTechnician(const QString &technicianId);

    // Callbacks and complaints
    std::optional<QString> openCallbackForTicket(const QString &ticketId);
    void addComplaintStep(const QString &complaintId, qint64 at, const QString &by, const QString &text);
    // R21: who a manager's task goes to when nobody is named: the first active supervisor (by id)
    std::optional<QString> firstActiveUser(const QString &role);

    // Audit and outbox
    void addAudit(qint64 at, const QString &by, const QString &command, const QString &entity, const QString &entityId,
                  const QString &field, const QVariant &oldValue, const QVariant &newValue);
    void appendOutbox(qint64 mutationId, const QString &command, const QJsonObject &args, const QString &deviceId,
                      qint64 clientTs);
    qint64 nextMutationId();
    // Local, never-synced values (sync cursor and epoch)
    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);
    // Outbox rows by state (pending, done, rejected), in mutation order
    QList<Record> outbox(const QString &state, int limit);
    // How many rows; an empty state or command: any
    int outboxCount(const QString &state, const QString &command = QString());
    void markOutbox(qint64 mutationId, const QString &state, const QString &result);
    // The server lost commands it had confirmed (restored from a backup): send them again from `mutationId` on
    int resendOutboxFrom(qint64 mutationId);
    // This desk's device id for sync: made once, kept in the local meta table (never synced)
    QString deviceId();

    // Whole-table reads for the replay report and small centres
    QList<Record> all(Table table, const QString &orderBy);

    // A prepared statement, cached by its text; valid until the Store is destroyed.
    QSqlQuery &prepare(const QString &sql);
    // The current row, and every remaining row, as column → value (column names asked of the driver once)
    static Record row(const QSqlQuery &q);
    static QList<Record> rows(QSqlQuery &q);
    void exec(QSqlQuery &q);

private:
    static bool isReferenceTable(Table table);
    void clearBatchCache();
    // Notes a written row of `table` in m_changes; `ticketId` where the row hangs on a ticket.
    void noteWrite(Table table, const QString &key, const QString &ticketId = QString());
    QString ticketOf(Table table, const QString &key);
    Changes m_changes;

    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QHash<int, QStringList> m_columns;
    bool m_batch = false;
    QString m_deviceId;
    // Reference records and settings read during the current batch; dropped on any write to them, on rollback
    // and when the batch ends.
    QHash<QPair<int, QString>, std::optional<Record>> m_batchRecords;
    std::optional<QHash<QString, QString>> m_batchSettings;
};

// A batch that is undone unless committed: whatever leaves the scope early (a return, a StorageError) rolls the
// batch's transaction back instead of leaving it open on the connection.
class StoreBatch
{
public:
    explicit StoreBatch(Store &store) : m_store(store) { m_store.beginBatch(); }
    ~StoreBatch();
    StoreBatch(const StoreBatch &) = delete;
    StoreBatch &operator=(const StoreBatch &) = delete;
    void commit()
    {
        m_done = true;
        m_store.endBatch();
    }
    void abort()
    {
        m_done = true;
        m_store.abortBatch();
    }

private:
    Store &m_store;
    bool m_done = false;
};

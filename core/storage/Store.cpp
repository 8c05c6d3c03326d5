#include "Store.h"

#include "StorageError.h"
#include "domain/Ids.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace {
struct TableInfo
{
    const char *name;
    const char *key;
};

constexpr TableInfo kTables[] = {
    {"settings", "key"},   {"users", "id"},        {"zones", "id"},
    {"categories", "id"},  {"parts", "sku"},       {"fees", "code"},
    {"technicians", "id"}, {"customers", "id"},    {"products", "id"},
    {"tickets", "id"},     {"appointments", "id"}, {"callbacks", "id"},
    {"complaints", "id"},  {"tasks", "id"},        {"loaner_units", "serial"},
};
static_assert(sizeof(kTables) / sizeof(kTables[0]) == Store::TableCount, "one entry per table");

QString reversedDigits(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (auto it = phone.crbegin(); it != phone.crend(); ++it)
        if (it->isDigit())
            digits.append(*it);
    return digits;
}

} // namespace

Record Store::row(const QSqlQuery &q)
{
    Record r;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        r.insert(rec.fieldName(i), q.value(i));
    return r;
}

QList<Record> Store::rows(QSqlQuery &q)
{
    QList<Record> out;
    // The first row is built by name; every later one is a copy of it whose values are set in the map's own key
    // order, so no row compares column names again
    QList<int> columnInKeyOrder;
    while (q.next()) {
        if (out.isEmpty()) {
            const QSqlRecord rec = q.record();
            Record first;
            QHash<QString, int> column; // a name given twice keeps its last column, as insert() would
            for (int i = 0; i < rec.count(); ++i) {
                first.insert(rec.fieldName(i), q.value(i));
                column.insert(rec.fieldName(i), i);
            }
            for (auto it = first.cbegin(); it != first.cend(); ++it)
                columnInKeyOrder << column.value(it.key());
            out << first;
            continue;
        }
        Record r = out.constFirst();
        int k = 0;
        for (auto it = r.begin(); it != r.end(); ++it) // begin() detaches once: one copy of the tree per row
            it.value() = q.value(columnInKeyOrder.at(k++));
        out << r;
    }
    return out;
}

Store::Store(const QSqlDatabase &db) : m_db(db) {}

QString Store::tableName(Table table)
{
    return QLatin1String(kTables[table].name);
}

QString Store::keyColumn(Table table)
{
    return QLatin1String(kTables[table].key);
}

QSqlQuery &Store::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true); // rows are read once, in order: no client-side cache of every row
        if (!q->prepare(sql))
            throw StorageError(q->lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']'));
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

void Store::exec(QSqlQuery &q)
{
    if (!q.exec())
        throw StorageError(q.lastError().text());
}

void Store::begin()
{
    m_changes = Changes();
    QSqlQuery &q = prepare(m_batch ? QStringLiteral("SAVEPOINT command") : QStringLiteral("BEGIN IMMEDIATE"));
    exec(q);
}

void Store::commit()
{
    QSqlQuery &q = prepare(m_batch ? QStringLiteral("RELEASE command") : QStringLiteral("COMMIT"));
    exec(q);
}

void Store::rollback()
{
    clearBatchCache();
    m_changes = Changes();
    if (m_batch) {
        QSqlQuery &undo = prepare(QStringLiteral("ROLLBACK TO command"));
        QSqlQuery &release = prepare(QStringLiteral("RELEASE command"));
        undo.exec();
        release.exec();
        return;
    }
    QSqlQuery &q = prepare(QStringLiteral("ROLLBACK"));
    q.exec();
}

void Store::beginBatch()
{
    if (m_batch)
        return;
    QSqlQuery &q = prepare(QStringLiteral("BEGIN IMMEDIATE"));
    exec(q);
    clearBatchCache();
    m_batch = true;
}

void Store::endBatch()
{
    if (!m_batch)
        return;
    m_batch = false;
    clearBatchCache();
    QSqlQuery &q = prepare(QStringLiteral("COMMIT"));
    exec(q);
}

void Store::abortBatch()
{
    if (!m_batch)
        return;
    m_batch = false;
    clearBatchCache();
    QSqlQuery &q = prepare(QStringLiteral("ROLLBACK"));
    q.exec();
}

QStringList Store::columns(Table table)
{
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    QStringList cols;
    const QSqlRecord rec = m_db.record(tableName(table));
    for (int i = 0; i < rec.count(); ++i)
        cols << rec.fieldName(i);
    m_columns.insert(table, cols);
    return cols;
}

void Store::clearBatchCache()
{
    m_batchRecords.clear();
    m_batchSettings.reset();
}

void Store::noteWrite(Table table, const QString &key, const QString &ticketId)
{
    switch (table) {
    case Settings:
        m_changes.settings.insert(key);
        break;
    case Tickets:
        m_changes.tickets.insert(key);
        break;
    case Appointments:
        m_changes.visits = true;
        if (!ticketId.isEmpty())
            m_changes.tickets.insert(ticketId);
        break;
    case Callbacks:
        if (!ticketId.isEmpty())
            m_changes.callbackTickets.insert(ticketId);
        break;
    case Complaints:
        m_changes.complaints.insert(key);
        break;
    case Tasks:
        m_changes.tasks.insert(key);
        if (!ticketId.isEmpty())
            m_changes.tickets.insert(ticketId);
        break;
    default:
        m_changes.reference[table].insert(key);
        break;
    }
}

QString Store::ticketOf(Table table, const QString &key)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT ticket_id FROM ") + tableName(table) + QStringLiteral(" WHERE ") +
                           keyColumn(table) + QStringLiteral(" = ?"));
    q.addBindValue(key);
    exec(q);
    const QString out = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return out;
}

bool Store::isReferenceTable(Table table)
{
    return table == Users || table == Zones || table == Categories || table == Parts || table == Fees ||
           table == Technicians;
}

std::optional<Record> Store::load(Table table, const QString &key)
{
    // Inside a batch nobody else can write (the batch holds the write lock), so the reference records that every
    // command reads again (technicians, catalogue, fees, zones, users) are read once per batch.
    const bool cached = m_batch && isReferenceTable(table);
    if (cached) {
        const auto it = m_batchRecords.constFind(qMakePair(int(table), key));
        if (it != m_batchRecords.constEnd())
            return *it;
    }
    QSqlQuery &q = prepare(QStringLiteral("SELECT * FROM ") + tableName(table) + QStringLiteral(" WHERE ") +
                           keyColumn(table) + QStringLiteral(" = ?"));
    q.addBindValue(key);
    exec(q);
    std::optional<Record> out;
    if (q.next()) {
        // SELECT * lists the columns in their declared order: the names are known without asking the driver
        const QStringList cols = columns(table);
        Record r;
        for (int i = 0; i < cols.size(); ++i)
            r.insert(cols.at(i), q.value(i));
        out = std::move(r);
    }
    q.finish();
    if (cached)
        m_batchRecords.insert(qMakePair(int(table), key), out);
    return out;
}

void Store::insert(Table table, const Record &row)
{
    const QStringList known = columns(table);
    QStringList cols;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (!known.contains(it.key()))
            throw StorageError(QStringLiteral("unknown column %1.%2").arg(tableName(table), it.key()));
        cols << it.key();
        values << it.value();
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), cols.size());
    QSqlQuery &q =
        prepare(QStringLiteral("INSERT INTO ") + tableName(table) + QStringLiteral(" (") + cols.join(QLatin1Char(',')) +
                QStringLiteral(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const QVariant &v : values)
        q.addBindValue(v);
    exec(q);
    noteWrite(table, row.value(keyColumn(table)).toString(), row.value(QStringLiteral("ticket_id")).toString());
    if (isReferenceTable(table) && !m_batchRecords.isEmpty()) // Qt 6.4: remove() on an empty QHash crashes
        m_batchRecords.remove(qMakePair(int(table), row.value(keyColumn(table)).toString()));
    if (table == Customers)
        reindexCustomer(row.value(QStringLiteral("id")).toString());
}

void Store::update(Table table, const QString &key, const Record &changes)
{
    if (changes.isEmpty())
        return;
    const QStringList known = columns(table);
    QStringList sets;
    QVariantList values;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!known.contains(it.key()))
            throw StorageError(QStringLiteral("unknown column %1.%2").arg(tableName(table), it.key()));
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    QSqlQuery &q =
        prepare(QStringLiteral("UPDATE ") + tableName(table) + QStringLiteral(" SET ") + sets.join(QLatin1Char(',')) +
                QStringLiteral(" WHERE ") + keyColumn(table) + QStringLiteral(" = ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(key);
    exec(q);
    noteWrite(table, key,
              table == Appointments || table == Callbacks || table == Tasks
                  ? changes.value(QStringLiteral("ticket_id"), ticketOf(table, key)).toString()
                  : QString());
    if (isReferenceTable(table) && !m_batchRecords.isEmpty()) // Qt 6.4: remove() on an empty QHash crashes
        m_batchRecords.remove(qMakePair(int(table), key));
    if (table == Customers && (changes.contains(QStringLiteral("name")) || changes.contains(QStringLiteral("address"))))
        reindexCustomer(key);
}

void Store::reindexCustomer(const QString &customerId)
{
    QSqlQuery &select = prepare(QStringLiteral("SELECT rowid, name, address FROM customers WHERE id = ?"));
    select.addBindValue(customerId);
    exec(select);
    if (!select.next())
        return;
    const qint64 rowid = select.value(0).toLongLong();
    const Schema::SearchDocument d = Schema::searchDocument(select.value(1).toString(), select.value(2).toString());
    select.finish();
    QSqlQuery &del = prepare(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    del.addBindValue(rowid);
    exec(del);
    QSqlQuery &ins =
        prepare(QStringLiteral("INSERT INTO customer_search(rowid, name, address, pinyin) VALUES (?, ?, ?, ?)"));
    ins.addBindValue(rowid);
    ins.addBindValue(d.name);
    ins.addBindValue(d.address);
    ins.addBindValue(d.pinyin);
    exec(ins);
}

QList<Record> Store::all(Table table, const QString &orderBy)
{
    QSqlQuery &q =
        prepare(QStringLiteral("SELECT * FROM ") + tableName(table) + QStringLiteral(" ORDER BY ") + orderBy);
    exec(q);
    QList<Record> rows;
    while (q.next())
        rows << row(q);
    return rows;
}

QHash<QString, QString> Store::settings()
{
    if (m_batch && m_batchSettings)
        return *m_batchSettings;
    QSqlQuery &q = prepare(QStringLiteral("SELECT key, value FROM settings"));
    exec(q);
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    if (m_batch)
        m_batchSettings = out;
    return out;
}

void Store::putSetting(const QString &key, const QString &value)
{
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    exec(q);
    noteWrite(Settings, key);
    m_batchSettings.reset();
}

void Store::setTravel(const QString &fromZone, const QString &toZone, int minutes)
{
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO zone_travel(from_zone, to_zone, minutes) VALUES (?, ?, ?) "
                                          "ON CONFLICT(from_zone, to_zone) DO UPDATE SET minutes = excluded.minutes"));
    q.addBindValue(fromZone);
    q.addBindValue(toZone);
    q.addBindValue(minutes);
    exec(q);
    m_changes.reference[Zones].insert(fromZone);
}

std::optional<int> Store::travelMinutes(const QString &fromZone, const QString &toZone)
{
    if (fromZone.isEmpty() || toZone.isEmpty())
        return std::nullopt;
    if (fromZone == toZone)
        return 0;
    // Travel tables are often filled in one direction only: either direction answers.
    QSqlQuery &q = prepare(QStringLiteral("SELECT minutes FROM zone_travel WHERE (from_zone = ? AND to_zone = ?) "
                                          "OR (from_zone = ? AND to_zone = ?) ORDER BY from_zone = ? DESC LIMIT 1"));
    q.addBindValue(fromZone);
    q.addBindValue(toZone);
    q.addBindValue(toZone);
    q.addBindValue(fromZone);
    q.addBindValue(fromZone);
    exec(q);
    std::optional<int> out;
    if (q.next())
        out = q.value(0).toInt();
    q.finish();
    return out;
}

QStringList Store::customerPhones(const QString &customerId)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY rowid"));
    q.addBindValue(customerId);
    exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void Store::setCustomerPhones(const QString &customerId, const QStringList &phones)
{
    QSqlQuery &del = prepare(QStringLiteral("DELETE FROM customer_phones WHERE customer_id = ?"));
    del.addBindValue(customerId);
    exec(del);
    QSqlQuery &ins = prepare(
        QStringLiteral("INSERT OR IGNORE INTO customer_phones(customer_id, phone, phone_rev) VALUES (?, ?, ?)"));
    for (const QString &p : phones) {
        ins.addBindValue(customerId);
        ins.addBindValue(p);
        ins.addBindValue(reversedDigits(p));
        exec(ins);
    }
    m_changes.reference[Customers].insert(customerId);
}

QStringList Store::customersByPhone(const QString &phoneE164)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT customer_id FROM customer_phones WHERE phone = ?"));
    q.addBindValue(phoneE164);
    exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<QString> Store::findProduct(const QString &customerId, const QString &category, const QString &model,
                                          const QString &serial)
{
    QSqlQuery &q = serial.isEmpty()
                       ? prepare(QStringLiteral("SELECT id FROM products WHERE customer_id = ? AND category = ? "
                                                "AND coalesce(model, '') = ? ORDER BY created_at LIMIT 1"))
                       : prepare(QStringLiteral("SELECT id FROM products WHERE customer_id = ? AND category = ? "
                                                "AND serial = ? ORDER BY created_at LIMIT 1"));
    q.addBindValue(customerId);
    q.addBindValue(category);
    q.addBindValue(serial.isEmpty() ? model : serial);
    exec(q);
    std::optional<QString> out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

QString Store::nextTicketNumber(const QString &prefix, const QString &day)
{
    const QString counter = prefix + QLatin1Char('-') + day;
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO counters(name, value) VALUES (?, 1) "
                                          "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"));
    q.addBindValue(counter);
    exec(q);
    if (!q.next())
        throw StorageError(QStringLiteral("ticket counter"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return counter + QLatin1Char('-') + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
}

std::optional<QString> Store::openTicketForProduct(const QString &productId, const QString &exceptTicket)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT id FROM tickets WHERE product_id = ? AND id <> ? AND state NOT IN "
                                          "('completed','closed','cancelled') ORDER BY opened_at LIMIT 1"));
    q.addBindValue(productId);
    q.addBindValue(exceptTicket.isNull() ? QStringLiteral("") : exceptTicket); // NULL would match nothing
    exec(q);
    std::optional<QString> out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

std::optional<Record> Store::lastCompletedRepair(const QString &productId, qint64 sinceMs, qint64 untilMs,
                                                 const QString &exceptTicket)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT * FROM tickets WHERE product_id = ? AND kind = 'repair' AND id <> ? "
                                          "AND completed_at IS NOT NULL AND completed_at >= ? AND completed_at <= ? "
                                          "ORDER BY completed_at DESC LIMIT 1"));
    q.addBindValue(productId);
    q.addBindValue(exceptTicket.isNull() ? QStringLiteral("") : exceptTicket); // NULL would match nothing
    q.addBindValue(sinceMs);
    q.addBindValue(untilMs);
    exec(q);
    std::optional<Record> out;
    if (q.next())
        out = row(q);
    q.finish();
    return out;
}

std::optional<QString> Store::lastTechnicianForProduct(const QString &productId)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT technician_id FROM tickets WHERE product_id = ? AND "
                                          "technician_id IS NOT NULL AND completed_at IS NOT NULL "
                                          "ORDER BY completed_at DESC LIMIT 1"));
    q.addBindValue(productId);
    exec(q);
    std::optional<QString> out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

void Store::addEvent(const QString &ticketId, qint64 at, const QString &by, const QString &kind,
                     const QJsonObject &data)
{
    QSqlQuery &q =
        prepare(QStringLiteral("INSERT INTO ticket_events(ticket_id, at, by, kind, data) VALUES (?,?,?,?,?)"));
    q.addBindValue(ticketId);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    exec(q);
    m_changes.tickets.insert(ticketId);
}

void Store::addContactAttempt(const QString &ticketId, qint64 at, const QString &by, bool reached, const QString &note)
{
    QSqlQuery &q =
        prepare(QStringLiteral("INSERT INTO contact_attempts(ticket_id, at, by, reached, note) VALUES (?,?,?,?,?)"));
    q.addBindValue(ticketId);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(reached ? 1 : 0);
    q.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    exec(q);
    m_changes.tickets.insert(ticketId);
}

void Store::addCharge(const QString &ticketId, const Record &charge)
{
    Record row = charge;
    row.insert(QStringLiteral("ticket_id"), ticketId);
    QStringList cols = row.keys();
    QStringList marks;
    marks.fill(QStringLiteral("?"), cols.size());
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO charges(") + cols.join(QLatin1Char(',')) +
                           QStringLiteral(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const QString &c : cols)
        q.addBindValue(row.value(c));
    exec(q);
    m_changes.tickets.insert(ticketId);
}

void Store::addPayment(const QString &ticketId, qint64 at, const QString &by, qint64 amountFen)
{
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO payments(ticket_id, at, by, amount_fen) VALUES (?,?,?,?)"));
    q.addBindValue(ticketId);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(amountFen);
    exec(q);
    m_changes.tickets.insert(ticketId);
}

void Store::addPartUsed(const QString &ticketId, const QString &sku, int qty, qint64 at)
{
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO parts_used(ticket_id, sku, qty, at) VALUES (?,?,?,?)"));
    q.addBindValue(ticketId);
    q.addBindValue(sku);
    q.addBindValue(qty);
    q.addBindValue(at);
    exec(q);
    m_changes.tickets.insert(ticketId);
}

void Store::addLoaner(const QString &ticketId, const QString &serial, const QString &iou, const QString &appearance,
                      qint64 at)
{
    QSqlQuery &q =
        prepare(QStringLiteral("INSERT INTO loaners(ticket_id, serial, iou, appearance, out_at) VALUES (?,?,?,?,?)"));
    q.addBindValue(ticketId);
    q.addBindValue(serial.isEmpty() ? QVariant() : QVariant(serial));
    q.addBindValue(iou.isEmpty() ? QVariant() : QVariant(iou));
    q.addBindValue(appearance.isEmpty() ? QVariant() : QVariant(appearance));
    q.addBindValue(at);
    exec(q);
    m_changes.tickets.insert(ticketId);
}

void Store::returnLoaner(const QString &ticketId, const QString &serial, qint64 at)
{
    QSqlQuery &q = prepare(QStringLiteral(
        "UPDATE loaners SET returned_at = ? WHERE ticket_id = ? AND serial = ? AND returned_at IS NULL"));
    q.addBindValue(at);
    q.addBindValue(ticketId);
    q.addBindValue(serial);
    exec(q);
    m_changes.tickets.insert(ticketId);
}

void Store::endHelperVisits(const QString &ticketId, const QString &state)
{
    QSqlQuery &q = prepare(
        QStringLiteral("UPDATE appointments SET state = ? WHERE ticket_id = ? AND helper = 1 AND state = 'active'"));
    q.addBindValue(state);
    q.addBindValue(ticketId);
    exec(q);
    if (q.numRowsAffected() > 0) {
        m_changes.visits = true;
        m_changes.tickets.insert(ticketId);
    }
}

std::optional<QString> Store::firstActiveUser(const QString &role)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT id FROM users WHERE role = ? AND active = 1 ORDER BY id LIMIT 1"));
    q.addBindValue(role);
    exec(q);
    std::optional<QString> out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

QList<Record> Store::technicianAppointments(const QString &technicianId, qint64 fromMs, qint64 toMs,
                                            const QString &exceptTicket)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT * FROM appointments WHERE technician_id = ? AND state = 'active' "
                                          "AND start_at IS NOT NULL AND start_at < ? AND end_at > ? AND ticket_id <> ? "
                                          "ORDER BY start_at"));
    q.addBindValue(technicianId);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    q.addBindValue(exceptTicket.isNull() ? QStringLiteral("") : exceptTicket); // NULL would match nothing
    exec(q);
    QList<Record> out;
    while (q.next())
        out << row(q);
    return out;
}

std::optional<Record> Store::activeAppointment(const QString &ticketId)
{
    QSqlQuery &q =
        prepare(QStringLiteral("SELECT * FROM appointments WHERE ticket_id = ? AND state = 'active' AND helper = 0 "
                               "ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(ticketId);
    exec(q);
    std::optional<Record> out;
    if (q.next())
        out = row(q);
    q.finish();
    return out;
}

int Store::openTicketsOfTechnician(const QString &technicianId)
{
    QSqlQuery &q =
        prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE technician_id = ? AND state IN "
                               "('dispatched','contacted','en_route','on_site','pulled_back','awaiting_parts')"));
    q.addBindValue(technicianId);
    exec(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::optional<QString> Store::openCallbackForTicket(const QString &ticketId)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT id FROM callbacks WHERE ticket_id = ? AND state = 'open' "
                                          "ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(ticketId);
    exec(q);
    std::optional<QString> out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

void Store::addComplaintStep(const QString &complaintId, qint64 at, const QString &by, const QString &text)
{
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO complaint_steps(complaint_id, at, by, text) VALUES (?,?,?,?)"));
    q.addBindValue(complaintId);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(text);
    exec(q);
    m_changes.complaints.insert(complaintId);
}

void Store::addAudit(qint64 at, const QString &by, const QString &command, const QString &entity,
                     const QString &entityId, const QString &field, const QVariant &oldValue, const QVariant &newValue)
{
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO audit(at, by, command, entity, entity_id, field, old_value, "
                                          "new_value) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(command);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(field);
    q.addBindValue(oldValue.isNull() ? QVariant() : QVariant(oldValue.toString()));
    q.addBindValue(newValue.isNull() ? QVariant() : QVariant(newValue.toString()));
    exec(q);
}

void Store::appendOutbox(qint64 mutationId, const QString &command, const QJsonObject &args, const QString &deviceId,
                         qint64 clientTs)
{
    QSqlQuery &q = prepare(
        QStringLiteral("INSERT INTO outbox(mutation_id, command, args, device_id, client_ts) VALUES (?,?,?,?,?)"));
    q.addBindValue(mutationId);
    q.addBindValue(command);
    q.addBindValue(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    q.addBindValue(deviceId);
    q.addBindValue(clientTs);
    exec(q);
}

qint64 Store::nextMutationId()
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT coalesce(max(mutation_id), 0) + 1 FROM outbox"));
    exec(q);
    const qint64 next = q.next() ? q.value(0).toLongLong() : 1;
    q.finish();
    return next;
}

QString Store::deviceId()
{
    if (!m_deviceId.isEmpty())
        return m_deviceId;
    QSqlQuery &read = prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    exec(read);
    if (read.next())
        m_deviceId = read.value(0).toString();
    read.finish();
    if (m_deviceId.isEmpty()) {
        // Random tail only (time 0): a generator seeded for a reproducible centre gets the same device id
        const QString id = Ids::uuid7(0);
        QSqlQuery &write = prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('device_id', ?)"));
        write.addBindValue(id);
        exec(write);
        m_deviceId = id;
    }
    return m_deviceId;
}

QString Store::meta(const QString &key)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    exec(q);
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

void Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &q = prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    exec(q);
    if (key == QLatin1String("device_id"))
        m_deviceId = value;
}

QList<Record> Store::outbox(const QString &state, int limit)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT * FROM outbox WHERE state = ? ORDER BY mutation_id LIMIT ?"));
    q.addBindValue(state);
    q.addBindValue(limit);
    exec(q);
    QList<Record> out;
    while (q.next())
        out << row(q);
    return out;
}

int Store::outboxCount(const QString &state, const QString &command)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE (coalesce(?, '') = '' OR state = ?) AND "
                                          "(coalesce(?, '') = '' OR command = ?)"));
    q.addBindValue(state);
    q.addBindValue(state);
    q.addBindValue(command);
    q.addBindValue(command);
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void Store::markOutbox(qint64 mutationId, const QString &state, const QString &result)
{
    QSqlQuery &q = prepare(QStringLiteral("UPDATE outbox SET state = ?, result = ? WHERE mutation_id = ?"));
    q.addBindValue(state);
    q.addBindValue(result.isEmpty() ? QVariant() : QVariant(result));
    q.addBindValue(mutationId);
    exec(q);
}

std::optional<QString> Store::ticketByNumber(const QString &number)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT id FROM tickets WHERE number = ?"));
    q.addBindValue(number);
    exec(q);
    std::optional<QString> out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

int Store::resendOutboxFrom(qint64 mutationId)
{
    QSqlQuery &q = prepare(QStringLiteral("UPDATE outbox SET state = 'pending', result = NULL "
                                          "WHERE mutation_id >= ? AND state = 'done'"));
    q.addBindValue(mutationId);
    exec(q);
    return q.numRowsAffected();
}

StoreBatch::~StoreBatch()
{
    if (m_done)
        return;
    try {
        m_store.abortBatch();
    } catch (const StorageError &) { // the connection itself is gone: nothing is left to undo on it
    }
}

#include "Schema.h"

#include "domain/Pinyin.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Schema {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text() + QStringLiteral(" [") + sql.left(80) + QStringLiteral("]");
        return false;
    }
    return true;
}

static bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &s : statements) {
        if (!exec(db, s, error))
            return false;
    }
    return true;
}

// Version 1: the records of SPEC §3. Times are INTEGER milliseconds since the epoch (UTC); money is INTEGER fen.
bool migrateToV1(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,"
                           " outlet TEXT, active INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE zones (id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE zone_travel (from_zone TEXT NOT NULL REFERENCES zones(id),"
                           " to_zone TEXT NOT NULL, minutes INTEGER NOT NULL, PRIMARY KEY (from_zone, to_zone))"),
            QStringLiteral("CREATE TABLE categories (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " warranty_months INTEGER NOT NULL, main_part_warranty_months INTEGER NOT NULL,"
                           " main_parts TEXT NOT NULL DEFAULT '[]')"),
            QStringLiteral("CREATE TABLE parts (sku TEXT PRIMARY KEY, name TEXT NOT NULL, price_fen INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE fees (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
                           " amount_fen INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE technicians (id TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT,"
                " outlet TEXT, shift_start TEXT NOT NULL DEFAULT '08:30', shift_end TEXT NOT NULL DEFAULT '17:30',"
                " skills TEXT NOT NULL DEFAULT '[]', zones TEXT NOT NULL DEFAULT '[]',"
                " active INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL,"
                           " zone TEXT, contract TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE customer_phones (customer_id TEXT NOT NULL REFERENCES customers(id),"
                           " phone TEXT NOT NULL, PRIMARY KEY (phone, customer_id))"),
            QStringLiteral("CREATE INDEX customer_phones_customer ON customer_phones(customer_id)"),
            QStringLiteral(
                "CREATE TABLE products (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),"
                " category TEXT NOT NULL, brand TEXT, model TEXT, serial TEXT, purchase_date TEXT,"
                " dealer TEXT, installer TEXT, created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX products_customer ON products(customer_id)"),
            QStringLiteral(
                "CREATE TABLE tickets (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
                " state TEXT NOT NULL, priority TEXT NOT NULL,"
                " customer_id TEXT NOT NULL REFERENCES customers(id),"
                " product_id TEXT NOT NULL REFERENCES products(id), technician_id TEXT, outlet TEXT,"
                " fault TEXT NOT NULL, channel TEXT NOT NULL, preferred_time TEXT, flags TEXT NOT NULL DEFAULT '',"
                " warranty TEXT NOT NULL, opened_at INTEGER NOT NULL, opened_by TEXT NOT NULL,"
                " dispatched_at INTEGER, first_contact_at INTEGER, contact_by INTEGER, on_site_by INTEGER,"
                " depart_by INTEGER, appointment_start INTEGER, appointment_end INTEGER, arrived_at INTEGER,"
                " completed_at INTEGER, closed_at INTEGER, callback_by INTEGER,"
                " failed_contacts INTEGER NOT NULL DEFAULT 0, last_attempt_at INTEGER,"
                " charges_fen INTEGER NOT NULL DEFAULT 0, paid_fen INTEGER NOT NULL DEFAULT 0,"
                " visits INTEGER NOT NULL DEFAULT 0, repeat_of TEXT, resolution TEXT, signed_by TEXT,"
                " satisfaction TEXT, cancel_reason TEXT, version INTEGER NOT NULL DEFAULT 1,"
                " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX tickets_product ON tickets(product_id, state)"),
            QStringLiteral("CREATE INDEX tickets_customer ON tickets(customer_id)"),
            QStringLiteral("CREATE INDEX tickets_opened ON tickets(opened_at)"),
            QStringLiteral("CREATE INDEX tickets_completed ON tickets(completed_at) WHERE completed_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX tickets_open ON tickets(state) WHERE state NOT IN ('closed','cancelled')"),
            QStringLiteral(
                "CREATE TABLE ticket_events (id INTEGER PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " at INTEGER NOT NULL, by TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id)"),
            QStringLiteral(
                "CREATE TABLE appointments (id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " technician_id TEXT, zone TEXT, start_at INTEGER, end_at INTEGER, due_at INTEGER NOT NULL,"
                " created_at INTEGER NOT NULL, arrived_at INTEGER, late_minutes INTEGER,"
                " state TEXT NOT NULL DEFAULT 'active', override_reason TEXT)"),
            QStringLiteral("CREATE INDEX appointments_technician ON appointments(technician_id, start_at)"),
            QStringLiteral("CREATE INDEX appointments_ticket ON appointments(ticket_id)"),
            QStringLiteral("CREATE INDEX appointments_due ON appointments(due_at)"),
            QStringLiteral(
                "CREATE TABLE contact_attempts (id INTEGER PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " at INTEGER NOT NULL, by TEXT NOT NULL, reached INTEGER NOT NULL, note TEXT)"),
            QStringLiteral("CREATE INDEX contact_attempts_ticket ON contact_attempts(ticket_id)"),
            QStringLiteral(
                "CREATE TABLE charges (id INTEGER PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " kind TEXT NOT NULL, code TEXT, name TEXT NOT NULL, qty INTEGER NOT NULL,"
                " unit_fen INTEGER NOT NULL, billed_fen INTEGER NOT NULL, covered_by TEXT,"
                " approved_by TEXT, reason TEXT, at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX charges_ticket ON charges(ticket_id)"),
            QStringLiteral(
                "CREATE TABLE payments (id INTEGER PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " at INTEGER NOT NULL, by TEXT NOT NULL, amount_fen INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE parts_used (id INTEGER PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " sku TEXT NOT NULL, qty INTEGER NOT NULL, at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX parts_used_ticket ON parts_used(ticket_id)"),
            QStringLiteral(
                "CREATE TABLE loaners (id INTEGER PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " serial TEXT, iou TEXT, out_at INTEGER NOT NULL, returned_at INTEGER)"),
            QStringLiteral(
                "CREATE TABLE callbacks (id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                " kind TEXT NOT NULL, state TEXT NOT NULL, created_at INTEGER NOT NULL, due_at INTEGER NOT NULL,"
                " first_due_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, done_at INTEGER,"
                " reached INTEGER, solved INTEGER, on_time INTEGER, behaviour_ok INTEGER,"
                " charged_as_receipt INTEGER, satisfaction TEXT, comment TEXT, by TEXT)"),
            QStringLiteral("CREATE INDEX callbacks_open ON callbacks(due_at) WHERE state = 'open'"),
            QStringLiteral("CREATE INDEX callbacks_ticket ON callbacks(ticket_id)"),
            QStringLiteral("CREATE INDEX callbacks_created ON callbacks(created_at)"),
            QStringLiteral(
                "CREATE TABLE complaints (id TEXT PRIMARY KEY, ticket_id TEXT REFERENCES tickets(id),"
                " technician_id TEXT, severity TEXT NOT NULL, owner TEXT, deadline INTEGER,"
                " state TEXT NOT NULL, reason TEXT NOT NULL, opened_at INTEGER NOT NULL, opened_by TEXT NOT NULL,"
                " resolved_at INTEGER, resolution TEXT, customer_confirmed INTEGER)"),
            QStringLiteral("CREATE INDEX complaints_opened ON complaints(opened_at)"),
            QStringLiteral(
                "CREATE TABLE complaint_steps (id INTEGER PRIMARY KEY,"
                " complaint_id TEXT NOT NULL REFERENCES complaints(id), at INTEGER NOT NULL, by TEXT NOT NULL,"
                " text TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, by TEXT NOT NULL,"
                           " command TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,"
                           " old_value TEXT, new_value TEXT)"),
            QStringLiteral("CREATE INDEX audit_entity ON audit(entity, entity_id)"),
            QStringLiteral("CREATE TABLE outbox (mutation_id INTEGER PRIMARY KEY, command TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 1, args TEXT NOT NULL, device_id TEXT NOT NULL,"
                           " base_version INTEGER, client_ts INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending')"),
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('application', 'dispatchdesk')"),
        },
        error);
}

// Version 2: phone lookup by the last digits ("5678"): each phone also stored reversed, indexed, so a suffix
// search is an index range scan. Existing rows are backfilled.
bool migrateToV2(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {QStringLiteral("ALTER TABLE customer_phones ADD COLUMN phone_rev TEXT NOT NULL DEFAULT ''"),
                  QStringLiteral("CREATE INDEX customer_phones_rev ON customer_phones(phone_rev)")},
                 error))
        return false;
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT rowid, phone FROM customer_phones"))) {
        *error = select.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE customer_phones SET phone_rev = ? WHERE rowid = ?"));
    while (select.next()) {
        const QString phone = select.value(1).toString();
        QString digits;
        for (const QChar c : phone)
            if (c.isDigit())
                digits.prepend(c);
        update.addBindValue(digits);
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

SearchDocument searchDocument(const QString &name, const QString &address)
{
    auto spaced = [](const QString &text) {
        QString out;
        out.reserve(text.size() * 2);
        QString latin;
        auto flush = [&] {
            if (!latin.isEmpty())
                out += latin.toLower() + QLatin1Char(' ');
            latin.clear();
        };
        for (const QChar c : text) {
            if (c.isLetterOrNumber() && c.unicode() < 0x2E80) {
                latin += c;
            } else {
                flush();
                if (c.isLetterOrNumber())
                    out += c + QLatin1Char(' ');
            }
        }
        flush();
        return out.trimmed();
    };
    const QStringList syllables = Pinyin::syllables(name);
    QString initials;
    for (const QString &s : syllables)
        initials += s.at(0);
    const QString pinyin =
        syllables.join(QString()) + QLatin1Char(' ') + initials + QLatin1Char(' ') + syllables.join(QLatin1Char(' '));
    return {spaced(name), spaced(address), pinyin.trimmed()};
}

// Version 3: caller search. An FTS5 index over every customer's name and address (one token per Chinese
// character, so "张伟" is the phrase "张 伟") and the pinyin of the name; backfilled for existing customers.
bool migrateToV3(QSqlDatabase &db, QString *error)
{
    if (!exec(db,
              QStringLiteral("CREATE VIRTUAL TABLE customer_search USING fts5(name, address, pinyin, "
                             "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"),
              error))
        return false;
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT rowid, name, address FROM customers"))) {
        *error = select.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO customer_search(rowid, name, address, pinyin) VALUES (?, ?, ?, ?)"));
    while (select.next()) {
        const SearchDocument d = searchDocument(select.value(1).toString(), select.value(2).toString());
        insert.addBindValue(select.value(0));
        insert.addBindValue(d.name);
        insert.addBindValue(d.address);
        insert.addBindValue(d.pinyin);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 4: a desk with a million tickets. Indexes for what the board (open tickets by time), the alerts, the
// technician suggestions and the KPIs ask of old data, so that none of them reads every ticket: tickets by state
// (alerts: dispatched, en route, unreachable…) and by technician (open jobs per technician), active appointments per
// technician (R10 conflicts), arrivals and finished callbacks by time (KPIs), repeats by the ticket they repeat
// (first-time fix), and the child rows of a ticket or complaint that had none (payments, loaners, complaints, complaint
// steps).
bool migrateToV4(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE INDEX tickets_state ON tickets(state, on_site_by)"),
            // the board: open tickets in the order they came in, without walking the closed ones
            QStringLiteral(
                "CREATE INDEX tickets_open_opened ON tickets(opened_at) WHERE state NOT IN ('closed','cancelled')"),
            QStringLiteral("CREATE INDEX tickets_technician ON tickets(technician_id, state)"),
            QStringLiteral("CREATE INDEX tickets_repeat_of ON tickets(repeat_of) WHERE repeat_of IS NOT NULL"),
            QStringLiteral(
                "CREATE INDEX appointments_active ON appointments(technician_id, start_at) WHERE state = 'active'"),
            QStringLiteral(
                "CREATE INDEX appointments_arrived ON appointments(arrived_at) WHERE arrived_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX callbacks_done ON callbacks(done_at) WHERE done_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX payments_ticket ON payments(ticket_id)"),
            QStringLiteral("CREATE INDEX loaners_ticket ON loaners(ticket_id)"),
            QStringLiteral("CREATE INDEX complaints_ticket ON complaints(ticket_id)"),
            QStringLiteral("CREATE INDEX complaint_steps_complaint ON complaint_steps(complaint_id)"),
        },
        error);
}

// Version 5: sync. What the server answered for each outbox command (its rejection reason, shown to the author),
// and the pending commands found in mutation order.
bool migrateToV5(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("ALTER TABLE outbox ADD COLUMN result TEXT"),
                    QStringLiteral("CREATE INDEX outbox_state ON outbox(state, mutation_id)")},
                   error);
}

// Version 6: the board's scan reads only a small index. The open tickets are scattered among a million closed ones;
// an index of the open ones that carries every column the board shows lets the board read a few hundred pages
// instead of one page per open ticket.
bool migrateToV6(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {QStringLiteral("DROP INDEX tickets_open_opened"),
         QStringLiteral("CREATE INDEX tickets_board ON tickets(opened_at, id, number, kind, state, priority, "
                        "flags, fault, warranty, contact_by, on_site_by, callback_by, appointment_start, "
                        "technician_id, customer_id, product_id) WHERE state NOT IN ('closed','cancelled')")},
        error);
}

// Version 7: a technician's day (the board's lanes, the dispatch sheet) finds its visits by their agreed time through
// an index instead of reading every visit ever made.
bool migrateToV7(QSqlDatabase &db, QString *error)
{
    return exec(db,
                QStringLiteral("CREATE INDEX appointments_start ON appointments(start_at) WHERE start_at IS NOT NULL"),
                error);
}

// Version 8: the board shows its first screen without reading every open ticket: the open tickets in the order of
// the deadline they race (the most urgent first), so that a screen of them is one short walk of this index.
bool migrateToV8(QSqlDatabase &db, QString *error)
{
    // The expression of version 8 (before a new ticket had a dispatch deadline); version 9 replaces the index
    return exec(db,
                QStringLiteral("CREATE INDEX tickets_deadline ON tickets(coalesce(CASE state WHEN 'dispatched' THEN "
                               "CASE WHEN contact_by IS NOT NULL AND (on_site_by IS NULL OR contact_by <= on_site_by) "
                               "THEN contact_by ELSE on_site_by END WHEN 'contacted' THEN on_site_by WHEN 'en_route' "
                               "THEN on_site_by WHEN 'completed' THEN callback_by WHEN 'guided_by_phone' THEN "
                               "callback_by END, 9223372036854775807), id) WHERE state NOT IN ('closed','cancelled')"),
                error);
}

// Version 9: the seeds' procedures (SPEC R5, R9, R12, R16, R18, R19, R21, R22). A new ticket races a dispatch
// deadline and a ticket awaiting parts its expected date, so the board's deadline index is rebuilt with them; the
// answer to a late arrival's apology, the times nobody was at home and the cause of the fault are kept on the ticket;
// a complaint knows where it came from and the caller's own words; the manager's tasks are a table of their own. A
// service contract is a record (number, validity, what it covers) kept as JSON in customers.contract: the plain
// contract numbers of earlier versions become open-ended contracts that cover everything, as they did. Loaner units
// come from a pool; a second technician's visit is an appointment of its own, marked as the helper's.
bool migrateToV9(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN dispatch_by INTEGER"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN parts_eta INTEGER"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN apology TEXT"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN not_home_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN cause TEXT"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN source TEXT"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN words TEXT"),
            QStringLiteral(
                "CREATE TABLE tasks (id TEXT PRIMARY KEY, kind TEXT NOT NULL, ticket_id TEXT REFERENCES tickets(id),"
                " complaint_id TEXT REFERENCES complaints(id), owner TEXT NOT NULL, due_at INTEGER NOT NULL,"
                " state TEXT NOT NULL, note TEXT, outcome TEXT, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,"
                " done_at INTEGER, done_by TEXT)"),
            QStringLiteral("CREATE INDEX tasks_open ON tasks(due_at) WHERE state = 'open'"),
            QStringLiteral("CREATE INDEX tasks_ticket ON tasks(ticket_id)"),
            // R20: the pool of loaner units, each in (at the centre) or out (with the customer of a ticket)
            QStringLiteral("CREATE TABLE loaner_units (serial TEXT PRIMARY KEY, category TEXT NOT NULL, model TEXT,"
                           " location TEXT, state TEXT NOT NULL DEFAULT 'in', ticket_id TEXT REFERENCES tickets(id),"
                           " out_at INTEGER, created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX loaner_units_ticket ON loaner_units(ticket_id) WHERE state = 'out'"),
            QStringLiteral("ALTER TABLE loaners ADD COLUMN appearance TEXT"),
            // R13: a helper technician has a visit of their own on the same ticket (both days count it)
            QStringLiteral("ALTER TABLE tickets ADD COLUMN helper_technician_id TEXT"),
            QStringLiteral("ALTER TABLE appointments ADD COLUMN helper INTEGER NOT NULL DEFAULT 0"),
            // R22: a category's maintenance interval (water purifier filters), in months; 0: none
            QStringLiteral("ALTER TABLE categories ADD COLUMN maintenance_months INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE customers SET contract = json_object('number', contract, 'covers', "
                           "json_array('visit', 'labour', 'parts')) WHERE contract IS NOT NULL AND contract <> '' "
                           "AND json_valid(contract) = 0"),
            QStringLiteral("DROP INDEX tickets_deadline"),
            QStringLiteral("CREATE INDEX tickets_deadline ON tickets(%1, id) WHERE state NOT IN ('closed','cancelled')")
                .arg(QLatin1String(kDeadlineSql)),
        },
        error);
}

} // namespace Schema

// dispatchdesk-bench: how fast the desk answers on a big database (dispatchdesk-cli generate), each operation next
// to the plainest raw SQLite doing the same work in the same run. See docs/BENCHMARKS.md.
#include "RawSqlite.h"
#include "Timings.h"

#include "domain/Pinyin.h"
#include "reports/Replay.h"
#include "rules/CommandProcessor.h"
#include "storage/CallerSearch.h"
#include "storage/Database.h"
#include "storage/KpiQueries.h"
#include "storage/ReportQueries.h"
#include "storage/Schema.h"
#include "storage/StorageError.h"
#include "storage/SupervisorQueries.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {
constexpr int kOffsetSeconds = 8 * 3600;

struct Operation
{
    const char *name;
    const char *what;
    const char *target;
    Timings ours;
    Timings raw;
    bool measured = false;
    bool selected = true;
    qint64 openTickets = -1; // the open work when it was measured (at the end of its step)
    qint64 openCallbacks = -1;
};

struct Customer
{
    QString id;
    QString name;
    QString address;
    QString phone; // E.164
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs `ours` and `raw` alternately, `runs` times each after `warmup` unmeasured rounds.
void measure(Operation &op, int runs, int warmup, const std::function<void(int)> &ours,
             const std::function<void(int)> &raw)
{
    if (!op.selected)
        return;
    for (int i = 0; i < warmup; ++i) {
        ours(i);
        raw(i);
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        ours(warmup + i);
        op.ours.add(msSince(t));
        t.restart();
        raw(warmup + i);
        op.raw.add(msSince(t));
    }
    op.measured = true;
}

QString localPhone(const QString &e164)
{
    QString digits = e164.startsWith(QStringLiteral("+86")) ? e164.mid(3) : e164;
    if (!digits.startsWith(QLatin1Char('1')))
        digits.prepend(QLatin1Char('0')); // landlines are dialled with their trunk 0
    return digits;
}

QString reversed(const QString &digits)
{
    QString out;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        out += *it;
    return out;
}

QString spaced(const QString &text)
{
    QStringList chars;
    for (const QChar c : text)
        chars << QString(c);
    return chars.join(QLatin1Char(' '));
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, kOffsetSeconds).toString(Qt::ISODate);
}

// Starts `program` with `args` (output discarded, offscreen), waits for it; wall time in ms and peak RSS in KiB.
bool runProcess(const QString &program, const QStringList &args, double *ms, long *maxRssKb)
{
    QList<QByteArray> argv8{program.toLocal8Bit()};
    for (const QString &a : args)
        argv8 << a.toLocal8Bit();
    QList<char *> argv;
    for (QByteArray &a : argv8)
        argv << a.data();
    argv << nullptr;
    QList<QByteArray> env8{QByteArrayLiteral("QT_QPA_PLATFORM=offscreen")};
    for (char **e = environ; *e; ++e)
        if (!QByteArray(*e).startsWith("QT_QPA_PLATFORM="))
            env8 << QByteArray(*e);
    QList<char *> envp;
    for (QByteArray &e : env8)
        envp << e.data();
    envp << nullptr;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv8.first().constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return false;
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return false;
    *ms = msSince(t);
    *maxRssKb = usage.ru_maxrss;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

class Bench
{
public:
    Bench(const QString &path, int runs, bool detail) : m_path(path), m_runs(runs), m_rng(20261120), m_detail(detail) {}

    bool open(QTextStream &err);
    void run(QTextStream &err, const QString &console);
    QJsonObject json() const;
    void print(QTextStream &out) const;
    // Measures only these operations (all when empty); false when a name is unknown.
    bool select(const QStringList &names);

private:
    void sample();
    void lookups();
    void searches();
    void intake();
    void board();
    void kpis();
    void timeline();
    void replay(QTextStream &err);
    void startup(const QString &console, QTextStream &err);
    Operation &op(const char *name);
    QJsonObject newCustomer(qint64 at);

    QString m_path;
    int m_runs;
    QRandomGenerator m_rng;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandProcessor> m_processor;
    std::unique_ptr<RawSqlite> m_raw;     // read-only baseline connection to the desk
    std::unique_ptr<RawSqlite> m_scratch; // baseline writes go to a scratch file on the same disk
    std::unique_ptr<QTemporaryDir> m_scratchDir;
    qint64 m_tickets = 0;
    qint64 m_lastOpened = 0;
    QList<Customer> m_customers;
    QStringList m_ticketIds;
    QString m_clerk, m_dispatcher, m_supervisor;
    QList<QPair<QString, QStringList>> m_technicians; // id, skills
    long m_consoleRssKb = 0;
    bool m_detail = false;
    QStringList m_detailLines;
    int m_misses = 0; // searches for a sampled customer that found nobody: the benchmark would be measuring nothing
    QList<Operation> m_ops = {
        {"lookup_phone", "caller by full phone and by last 4 digits", "< 10 ms"},
        {"search_name", "2-character Chinese name, address fragment", "< 50 ms"},
        {"search_pinyin", "full pinyin and initials", "< 50 ms"},
        {"intake_save", "ticket.open committed (synchronous=FULL)", "< 10 ms"},
        {"board_open", "the board's first screen: the 200 most urgent open tickets with their deadlines", "< 30 ms"},
        {"board_all", "every open ticket, a page of 2000 at a time, as the board reads them after its first screen",
         "linear"},
        {"callback_queue", "the callback queue's first screen: the 200 open callbacks due first", "< 10 ms"},
        {"kpi_month", "all SPEC 5 KPIs for one month", "< 500 ms"},
        {"kpi_year", "the same for a year", "< 2000 ms"},
        {"ticket_timeline", "one ticket's full history", "< 5 ms"},
        {"replay_throughput", "ms per command through replay (batches of 1000)", "> 5000/s"},
        {"startup", "console start to main window shown, offscreen", "< 1000 ms"},
    };
};

bool Bench::select(const QStringList &names)
{
    if (names.isEmpty())
        return true;
    for (Operation &o : m_ops)
        o.selected = names.contains(QLatin1String(o.name));
    for (const QString &n : names)
        if (std::none_of(m_ops.cbegin(), m_ops.cend(), [&n](const Operation &o) { return n == QLatin1String(o.name); }))
            return false;
    return true;
}

Operation &Bench::op(const char *name)
{
    for (Operation &o : m_ops)
        if (qstrcmp(o.name, name) == 0)
            return o;
    throw std::logic_error(name);
}

bool Bench::open(QTextStream &err)
{
    if (!QFileInfo::exists(m_path)) {
        err << "no database at " << m_path << Qt::endl;
        return false;
    }
    QElapsedTimer t;
    t.start();
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_path)) {
        err << m_db->errorMessage() << Qt::endl;
        return false;
    }
    err << "opened " << m_path << " (data version " << m_db->schemaVersion() << ") in " << qRound(msSince(t)) << " ms"
        << Qt::endl;
    m_processor = std::make_unique<CommandProcessor>(*m_db);
    m_raw = std::make_unique<RawSqlite>(m_path, true);
    m_scratchDir =
        std::make_unique<QTemporaryDir>(QFileInfo(m_path).absolutePath() + QStringLiteral("/bench-scratch-XXXXXX"));
    m_scratch = std::make_unique<RawSqlite>(m_scratchDir->filePath(QStringLiteral("scratch.sqlite")), false);
    m_scratch->exec("PRAGMA journal_mode=WAL");
    m_scratch->exec("PRAGMA synchronous=FULL");
    m_scratch->exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, ticket TEXT NOT NULL, at INTEGER NOT NULL, "
                    "data TEXT NOT NULL)");
    sample();
    return true;
}

// Inputs drawn from the database itself: customers with their first phone, tickets, the centre's users.
void Bench::sample()
{
    m_tickets = m_raw->scalar("SELECT count(*) FROM tickets");
    m_lastOpened = m_raw->scalar("SELECT max(opened_at) FROM tickets");
    const qint64 maxCustomer = m_raw->scalar("SELECT max(rowid) FROM customers");
    const qint64 maxTicket = m_raw->scalar("SELECT max(rowid) FROM tickets");
    for (int i = 0; i < 400 && maxCustomer > 0; ++i) {
        const qint64 rowid = 1 + qint64(m_rng.bounded(quint64(maxCustomer)));
        Customer c;
        m_raw->query("SELECT id, name, address FROM customers WHERE rowid = ?", {rowid}, [&c](sqlite3_stmt *s) {
            c.id = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
            c.name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
            c.address = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 2)));
        });
        c.phone = m_raw->text("SELECT phone FROM customer_phones WHERE customer_id = ? LIMIT 1", {c.id});
        if (!c.id.isEmpty() && !c.phone.isEmpty() && c.name.size() >= 2)
            m_customers << c;
    }
    for (int i = 0; i < 400 && maxTicket > 0; ++i) {
        const QString id =
            m_raw->text("SELECT id FROM tickets WHERE rowid = ?", {1 + qint64(m_rng.bounded(quint64(maxTicket)))});
        if (!id.isEmpty())
            m_ticketIds << id;
    }
    m_clerk = m_raw->text("SELECT id FROM users WHERE role = 'clerk' AND active = 1 ORDER BY id LIMIT 1");
    m_dispatcher = m_raw->text("SELECT id FROM users WHERE role = 'dispatcher' AND active = 1 ORDER BY id LIMIT 1");
    m_supervisor = m_raw->text("SELECT id FROM users WHERE role = 'supervisor' AND active = 1 ORDER BY id LIMIT 1");
    m_raw->query("SELECT id, skills FROM technicians WHERE active = 1 ORDER BY id", {}, [this](sqlite3_stmt *s) {
        QStringList skills;
        const QJsonArray a =
            QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)))).array();
        for (const QJsonValue &v : a)
            skills << v.toString();
        m_technicians << qMakePair(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))),
                                   skills);
    });
}

void Bench::lookups()
{
    CallerSearch search(m_processor->store());
    measure(
        op("lookup_phone"), m_runs, 10,
        [&](int i) {
            const Customer &c = m_customers.at(i % m_customers.size());
            const QString local = localPhone(c.phone);
            const auto found = search.find(i % 2 ? local.right(4) : local);
            if (found.isEmpty() || (i % 2 == 0 && found.first().customerId != c.id))
                ++m_misses;
        },
        [&](int i) {
            const Customer &c = m_customers.at(i % m_customers.size());
            if (i % 2) {
                const QString rev = reversed(localPhone(c.phone).right(4));
                QString upper = rev;
                upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
                m_raw->query("SELECT customer_id FROM customer_phones WHERE phone_rev >= ? AND phone_rev < ? LIMIT 20",
                             {rev, upper});
            } else {
                m_raw->query("SELECT customer_id FROM customer_phones WHERE phone = ?", {c.phone});
            }
        });
}

void Bench::searches()
{
    CallerSearch search(m_processor->store());
    // a name's first two characters (张伟), or three characters of the address after the city and district
    auto nameOrAddress = [this](int i) {
        const Customer &c = m_customers.at(i % m_customers.size());
        return i % 2 ? (c.address.size() >= 9 ? c.address.mid(6, 3) : c.address.mid(3, 3)) : c.name.left(2);
    };
    measure(
        op("search_name"), m_runs, 10,
        [&](int i) {
            if (search.find(nameOrAddress(i)).isEmpty())
                ++m_misses;
        },
        [&](int i) {
            const QString column = i % 2 ? QStringLiteral("address") : QStringLiteral("name");
            m_raw->query("SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT 20",
                         {QString(column + QStringLiteral(" : \"") + spaced(nameOrAddress(i)) + QLatin1Char('"'))});
        });
    auto pinyin = [this](int i) {
        const Customer &c = m_customers.at(i % m_customers.size());
        return i % 2 ? Pinyin::initials(c.name) : Pinyin::full(c.name.left(2));
    };
    measure(
        op("search_pinyin"), m_runs, 10,
        [&](int i) {
            if (search.find(pinyin(i)).isEmpty())
                ++m_misses;
        },
        [&](int i) {
            m_raw->query("SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT 20",
                         {QString(QStringLiteral("pinyin : ") + pinyin(i) + QLatin1Char('*'))});
        });
}

QJsonObject Bench::newCustomer(qint64 at)
{
    static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周");
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋");
    const QString name = QString(surnames.at(int(m_rng.bounded(10u)))) + given.at(int(m_rng.bounded(10u))) +
                         given.at(int(m_rng.bounded(10u)));
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), name},
            {QStringLiteral("phones"),
             QJsonArray{QStringLiteral("177%1").arg(m_rng.bounded(100000000u), 8, 10, QLatin1Char('0'))}},
            {QStringLiteral("address"), QStringLiteral("济南市历下区经十路%1号").arg(at % 900 + 1)},
            {QStringLiteral("zone"), QStringLiteral("LX")}};
}

void Bench::intake()
{
    // The desk's own save: a new caller's first call, one committed transaction (synchronous=FULL) like the
    // intake form's; the baseline commits one row to a scratch file on the same disk.
    qint64 at = m_lastOpened + 3600 * 1000;
    const bool hasZone = m_raw->scalar("SELECT count(*) FROM zones WHERE id = 'LX'") > 0;
    int rejected = 0;
    measure(
        op("intake_save"), m_runs, 3,
        [&](int) {
            at += 20000;
            QJsonObject customer = newCustomer(at);
            if (!hasZone)
                customer.remove(QStringLiteral("zone"));
            const QJsonObject fields{{QStringLiteral("kind"), QStringLiteral("repair")},
                                     {QStringLiteral("channel"), QStringLiteral("hotline")},
                                     {QStringLiteral("fault"), QStringLiteral("冰箱不制冷")},
                                     {QStringLiteral("customer"), customer},
                                     {QStringLiteral("product"),
                                      QJsonObject{{QStringLiteral("category"), QStringLiteral("fridge")},
                                                  {QStringLiteral("model"), QStringLiteral("BCD-470WDPG")},
                                                  {QStringLiteral("purchase_date"), QStringLiteral("2025-05-01")}}}};
            const CommandResult r = m_processor->apply(
                Command(QStringLiteral("ticket.open"),
                        QDateTime::fromMSecsSinceEpoch(at, Qt::OffsetFromUTC, kOffsetSeconds), m_clerk, fields));
            if (!r.ok)
                ++rejected;
        },
        [&](int i) {
            m_scratch->exec("BEGIN IMMEDIATE");
            m_scratch->query("INSERT INTO scratch(ticket, at, data) VALUES (?, ?, ?)",
                             {QStringLiteral("T%1").arg(i), at, QStringLiteral("{\"fault\":\"冰箱不制冷\"}")});
            m_scratch->exec("COMMIT");
        });
    if (rejected)
        throw std::runtime_error("intake_save: ticket.open was rejected");
}

void Bench::board()
{
    ReportQueries queries(m_processor->store());
    qint64 rows = 0;
    const QByteArray rawBoard =
        QByteArrayLiteral("SELECT t.id, t.number, t.state, t.priority, t.flags, t.fault, t.on_site_by, t.contact_by, "
                          "t.callback_by, c.name, c.address, p.model FROM tickets t "
                          "JOIN customers c ON c.id = t.customer_id JOIN products p ON p.id = t.product_id "
                          "WHERE t.state NOT IN ('closed','cancelled')");
    // The same first screen in raw SQLite, through the same index on the deadline
    const QByteArray rawFirstScreen =
        QByteArrayLiteral("SELECT t.id, t.number, t.state, t.priority, t.flags, t.fault, t.on_site_by, t.contact_by, "
                          "t.callback_by, c.name, c.address, p.model FROM (SELECT * FROM tickets "
                          "WHERE state NOT IN ('closed','cancelled') ORDER BY ") +
        Schema::kDeadlineSql +
        QByteArrayLiteral(", id LIMIT 200) t JOIN customers c ON c.id = t.customer_id "
                          "JOIN products p ON p.id = t.product_id");
    const auto readRow = [](sqlite3_stmt *s) {
        for (int c = 0; c < 12; ++c)
            sqlite3_column_text(s, c);
    };
    measure(
        op("board_open"), m_runs, 3,
        [&](int) { rows = queries.boardPage({}, 200).size(); }, // the first screen, as the board shows it
        [&](int) { m_raw->query(rawFirstScreen.constData(), {}, readRow); });
    measure(
        op("board_all"), qMax(3, m_runs / 10), 1,
        [&](int) {
            ReportQueries::BoardPosition after;
            for (QList<BoardTicket> page; !(page = queries.boardPage(after, 2000)).isEmpty();)
                after = ReportQueries::positionOf(page.constLast());
        },
        [&](int) { m_raw->query(rawBoard.constData(), {}, readRow); });
    measure(
        op("callback_queue"), m_runs, 3,
        [&](int) { // the first screen, as the queue shows it
            SupervisorQueries(m_processor->store())
                .callbackQueuePage(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min(), 200);
        },
        [&](int) {
            m_raw->query("SELECT cb.id, cb.due_at, cb.attempts, t.number, c.name FROM callbacks cb "
                         "JOIN tickets t ON t.id = cb.ticket_id JOIN customers c ON c.id = t.customer_id "
                         "WHERE cb.state = 'open' ORDER BY cb.due_at LIMIT 200",
                         {}, [](sqlite3_stmt *s) {
                             for (int c = 0; c < 5; ++c)
                                 sqlite3_column_text(s, c);
                         });
        });
}

void Bench::kpis()
{
    KpiQueries queries(m_processor->store());
    const qint64 asOf = m_lastOpened;
    auto all = [&](qint64 days) {
        KpiQueries::Period p;
        p.from = asOf - days * 24 * 3600 * 1000;
        p.to = asOf;
        p.asOf = asOf;
        queries.totals(p);
        for (auto d : {KpiQueries::Technician, KpiQueries::Outlet, KpiQueries::Category, KpiQueries::Model})
            queries.groups(d, p);
        queries.faultsByModel(p);
        queries.faultsByPart(p);
        queries.outletClaims(p);
    };
    auto raw = [&](qint64 days) {
        m_raw->query("SELECT count(*), sum(kind = 'repair'), sum(completed_at IS NOT NULL), "
                     "avg(dispatched_at - opened_at) FROM tickets WHERE opened_at >= ? AND opened_at < ?",
                     {asOf - days * 24 * 3600 * 1000, asOf});
    };
    if (m_detail && op("kpi_year").selected) {
        // Where a year's KPIs spend their time, call by call
        KpiQueries::Period p{asOf - 365LL * 24 * 3600 * 1000, asOf, asOf};
        auto timed = [this](const char *what, const std::function<void()> &f) {
            QElapsedTimer t;
            t.start();
            f();
            m_detailLines << QStringLiteral("  kpi_year %1: %2 ms").arg(QLatin1String(what)).arg(msSince(t), 0, 'f', 1);
        };
        timed("totals", [&] { queries.totals(p); });
        timed("by technician", [&] { queries.groups(KpiQueries::Technician, p); });
        timed("by outlet", [&] { queries.groups(KpiQueries::Outlet, p); });
        timed("by category", [&] { queries.groups(KpiQueries::Category, p); });
        timed("by model", [&] { queries.groups(KpiQueries::Model, p); });
        timed("faults by model", [&] { queries.faultsByModel(p); });
        timed("faults by part", [&] { queries.faultsByPart(p); });
        timed("outlet claims", [&] { queries.outletClaims(p); });
    }
    measure(
        op("kpi_month"), qMax(3, m_runs / 10), 1, [&](int) { all(30); }, [&](int) { raw(30); });
    measure(
        op("kpi_year"), qMax(3, m_runs / 40), 1, [&](int) { all(365); }, [&](int) { raw(365); });
}

void Bench::timeline()
{
    ReportQueries queries(m_processor->store());
    measure(
        op("ticket_timeline"), m_runs, 10, [&](int i) { queries.ticketEvents(m_ticketIds.at(i % m_ticketIds.size())); },
        [&](int i) {
            m_raw->query("SELECT at, by, kind, data FROM ticket_events WHERE ticket_id = ? ORDER BY id",
                         {m_ticketIds.at(i % m_ticketIds.size())}, [](sqlite3_stmt *s) { sqlite3_column_text(s, 3); });
        });
}

// A day of new work replayed through the real replay path (batches of 1000 commands, a savepoint each): every
// ticket from the call to its callback. The baseline commits as many one-row inserts per batch.
void Bench::replay(QTextStream &err)
{
    constexpr int Batch = 1000;
    const int batches = qMax(2, m_runs / 40);
    QList<QByteArray> lines;
    qint64 base = m_lastOpened + 2 * 24 * 3600 * 1000LL;
    QString tech = m_technicians.isEmpty() ? QString() : m_technicians.first().first;
    for (const auto &t : std::as_const(m_technicians))
        if (t.second.contains(QStringLiteral("fridge"))) {
            tech = t.first;
            break;
        }
    auto line = [&lines](const QString &name, qint64 at, const QString &by, QJsonObject fields) {
        fields.insert(QStringLiteral("command"), name);
        fields.insert(QStringLiteral("at"), iso(at));
        fields.insert(QStringLiteral("by"), by);
        lines << QJsonDocument(fields).toJson(QJsonDocument::Compact);
    };
    for (int i = 0; lines.size() < (batches + 1) * Batch; ++i) {
        const qint64 t0 = base + qint64(i) * 60000;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject ticket{{QStringLiteral("ticket"), id}};
        line(QStringLiteral("ticket.open"), t0, m_clerk,
             {{QStringLiteral("id"), id},
              {QStringLiteral("kind"), QStringLiteral("repair")},
              {QStringLiteral("fault"), QStringLiteral("冰箱不制冷")},
              {QStringLiteral("customer"), newCustomer(t0)},
              {QStringLiteral("product"), QJsonObject{{QStringLiteral("category"), QStringLiteral("fridge")},
                                                      {QStringLiteral("model"), QStringLiteral("BCD-470WDPG")}}}});
        QJsonObject dispatch = ticket;
        dispatch.insert(QStringLiteral("technician"), tech);
        line(QStringLiteral("ticket.dispatch"), t0 + 10 * 60000, m_dispatcher, dispatch);
        QJsonObject contact = ticket;
        contact.insert(QStringLiteral("reached"), true);
        line(QStringLiteral("ticket.contact_attempt"), t0 + 20 * 60000, m_dispatcher, contact);
        line(QStringLiteral("ticket.depart"), t0 + 40 * 60000, m_dispatcher, ticket);
        line(QStringLiteral("ticket.arrive"), t0 + 90 * 60000, m_dispatcher, ticket);
        QJsonObject complete = ticket;
        complete.insert(QStringLiteral("resolution"), QStringLiteral("更换温控器,试机正常"));
        complete.insert(QStringLiteral("fee_lines"), QJsonArray{QStringLiteral("VISIT"), QStringLiteral("LAB-A")});
        complete.insert(QStringLiteral("paid"), true);
        complete.insert(QStringLiteral("signed_by"), QStringLiteral("用户本人"));
        complete.insert(QStringLiteral("purchase_date"), QStringLiteral("2021-05-01")); // the invoice seen on site (R5)
        line(QStringLiteral("ticket.complete"), t0 + 150 * 60000, m_dispatcher, complete);
        QJsonObject callback = ticket;
        callback.insert(QStringLiteral("reached"), true);
        callback.insert(QStringLiteral("solved"), true);
        callback.insert(QStringLiteral("satisfaction"), QStringLiteral("满意"));
        line(QStringLiteral("callback.record"), t0 + 26 * 3600 * 1000LL, m_supervisor, callback);
    }
    int rejected = 0;
    QString firstError;
    measure(
        op("replay_throughput"), batches, 1,
        [&](int b) {
            QByteArray chunk;
            for (int k = b * Batch; k < (b + 1) * Batch; ++k)
                chunk += lines.at(k) + '\n';
            QBuffer buffer(&chunk);
            buffer.open(QIODevice::ReadOnly);
            const Replay::Outcome o = Replay::run(*m_processor, buffer);
            rejected += int(o.rejected.size());
            if (!o.rejected.isEmpty() && firstError.isEmpty())
                firstError = QString::fromUtf8(QJsonDocument(o.rejected.first().toObject()).toJson());
        },
        [&](int b) {
            m_scratch->exec("BEGIN IMMEDIATE");
            for (int k = b * Batch; k < (b + 1) * Batch; ++k)
                m_scratch->query("INSERT INTO scratch(ticket, at, data) VALUES (?, ?, ?)",
                                 {QString::number(k), qint64(k), QString::fromUtf8(lines.at(k))});
            m_scratch->exec("COMMIT");
        });
    // Timed per batch of 1000; reported per command
    Operation &o = op("replay_throughput");
    o.ours = o.ours.scaled(1.0 / Batch);
    o.raw = o.raw.scaled(1.0 / Batch);
    if (rejected)
        err << "replay: " << rejected << " commands rejected, first: " << firstError << Qt::endl;
}

void Bench::startup(const QString &console, QTextStream &err)
{
    if (console.isEmpty() || !QFileInfo(console).isExecutable()) {
        err << "startup: no console binary (built without the GUI?), skipped" << Qt::endl;
        return;
    }
    const QString user = m_dispatcher.isEmpty() ? m_clerk : m_dispatcher;
    const QStringList args = {QStringLiteral("--db"),         m_path,
                              QStringLiteral("--user"),       user,
                              QStringLiteral("--workspace"),  QStringLiteral("dispatch"),
                              QStringLiteral("--quit-after"), QStringLiteral("1")};
    bool ok = true;
    measure(
        op("startup"), qMax(3, m_runs / 20), 1,
        [&](int) {
            double ms = 0;
            long rss = 0;
            ok = runProcess(console, args, &ms, &rss) && ok;
            m_consoleRssKb = qMax(m_consoleRssKb, rss);
        },
        [&](int) {
            double ms = 0;
            long rss = 0;
            runProcess(console, {QStringLiteral("--help")}, &ms, &rss);
        });
    if (!ok)
        err << "startup: the console did not exit cleanly" << Qt::endl;
}

void Bench::run(QTextStream &err, const QString &console)
{
    const auto step = [this, &err](const char *what, const std::function<void()> &f) {
        QElapsedTimer t;
        t.start();
        f();
        err << what << " done in " << qRound(msSince(t)) << " ms" << Qt::endl;
        const qint64 tickets = m_raw->scalar("SELECT count(*) FROM tickets WHERE state NOT IN ('closed','cancelled')");
        const qint64 callbacks = m_raw->scalar("SELECT count(*) FROM callbacks WHERE state = 'open'");
        for (Operation &o : m_ops)
            if (o.measured && o.openTickets < 0) {
                o.openTickets = tickets;
                o.openCallbacks = callbacks;
            }
    };
    step("lookups", [this] { lookups(); });
    step("searches", [this] { searches(); });
    if (m_misses)
        err << "searches: " << m_misses << " searches for a sampled customer found nobody" << Qt::endl;
    step("board", [this] { board(); });
    step("timeline", [this] { timeline(); });
    step("kpis", [this] { kpis(); });
    step("intake", [this] { intake(); });
    step("replay", [this, &err] { replay(err); });
    step("startup", [this, &console, &err] { startup(console, err); });
    for (const QString &line : std::as_const(m_detailLines))
        err << line << Qt::endl;
}

double rounded(double v, int decimals = 3)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject Bench::json() const
{
    QJsonObject ops;
    for (const Operation &o : m_ops) {
        if (!o.measured)
            continue;
        const double base = o.raw.p50();
        ops.insert(QLatin1String(o.name),
                   QJsonObject{{QStringLiteral("p50_ms"), rounded(o.ours.p50())},
                               {QStringLiteral("p99_ms"), rounded(o.ours.p99())},
                               {QStringLiteral("baseline_p50_ms"), rounded(base)},
                               {QStringLiteral("ratio"), rounded(o.ours.p50() / qMax(base, 1e-6), 2)},
                               {QStringLiteral("open_tickets"), o.openTickets},
                               {QStringLiteral("open_callbacks"), o.openCallbacks}});
    }
    struct rusage self = {};
    getrusage(RUSAGE_SELF, &self);
    // The console's peak with the board open when it ran; otherwise this program's own
    const long rssKb = m_consoleRssKb > 0 ? m_consoleRssKb : self.ru_maxrss;
    return {{QStringLiteral("operations"), ops},
            {QStringLiteral("rss_mb"), rounded(rssKb / 1024.0, 1)},
            {QStringLiteral("tickets"), m_tickets}};
}

void Bench::print(QTextStream &out) const
{
    out << QStringLiteral("%1 tickets in %2\n\n").arg(m_tickets).arg(m_path);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
               .arg(QStringLiteral("operation"), -18)
               .arg(QStringLiteral("runs"), 5)
               .arg(QStringLiteral("p50 ms"), 10)
               .arg(QStringLiteral("p99 ms"), 10)
               .arg(QStringLiteral("raw p50"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("open"), 7)
               .arg(QStringLiteral("open cb"), 7)
               .arg(QStringLiteral("target p99"));
    for (const Operation &o : m_ops) {
        if (!o.measured) {
            if (o.selected)
                out << QStringLiteral("%1 skipped\n").arg(QLatin1String(o.name), -18);
            continue;
        }
        QString target = QLatin1String(o.target);
        if (qstrcmp(o.name, "replay_throughput") == 0)
            target += QStringLiteral(" (p50: %1/s)").arg(qRound(1000.0 / qMax(o.ours.p50(), 1e-6)));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                   .arg(QLatin1String(o.name), -18)
                   .arg(o.ours.count(), 5)
                   .arg(o.ours.p50(), 10, 'f', 3)
                   .arg(o.ours.p99(), 10, 'f', 3)
                   .arg(o.raw.p50(), 10, 'f', 3)
                   .arg(o.ours.p50() / qMax(o.raw.p50(), 1e-6), 7, 'f', 1)
                   .arg(o.openTickets, 7)
                   .arg(o.openCallbacks, 7)
                   .arg(target);
    }
    const QJsonObject j = json();
    out << QStringLiteral("\npeak RSS: %1 MB (%2)\n")
               .arg(j.value(QStringLiteral("rss_mb")).toDouble())
               .arg(m_consoleRssKb > 0 ? QStringLiteral("console with the board open, target < 300 MB")
                                       : QStringLiteral("this program"));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the desk's operations on a database made by 'dispatchdesk-cli generate', each next to the plainest "
        "raw SQLite statement doing the same work. Writes a day of new tickets into the database."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Desk database."), QStringLiteral("path"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each light operation (default 200)."),
                                  QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption console(QStringLiteral("console"),
                                     QStringLiteral("The console binary for 'startup' (default: the one built here)."),
                                     QStringLiteral("path"));
    const QCommandLineOption detail(QStringLiteral("detail"), QStringLiteral("Also time each KPI query once."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Measure only these operations (a,b,…)."),
                                  QStringLiteral("names"));
    parser.addOptions({db, json, runs, console, detail, only});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(db)) {
        err << "dispatchdesk-bench needs --db PATH" << Qt::endl;
        return 2;
    }
#ifdef DISPATCH_CONSOLE_PATH
    QString consolePath = QStringLiteral(DISPATCH_CONSOLE_PATH);
#else
    QString consolePath;
#endif
    if (parser.isSet(console))
        consolePath = parser.value(console);
    Bench bench(parser.value(db), qMax(5, parser.value(runs).toInt()), parser.isSet(detail));
    if (!bench.select(parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts))) {
        err << "--only names an operation that does not exist" << Qt::endl;
        return 2;
    }
    try {
        if (!bench.open(err))
            return 2;
        bench.run(err, consolePath);
    } catch (const StorageError &e) {
        err << "failed: " << e.message() << Qt::endl;
        return 1;
    } catch (const std::exception &e) {
        err << "failed: " << e.what() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(bench.json()).toJson(QJsonDocument::Indented));
        bench.print(err); // the same figures as a table, for the log
    } else {
        bench.print(out);
    }
    return 0;
}

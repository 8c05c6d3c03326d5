// dispatchdesk-syncbench: the central server's figures (issue 7, docs/BENCHMARKS.md), on a real PostgreSQL started
// here (initdb in a temporary folder, loopback) and real server and desk processes:
//   throughput  commands/s the server accepts from N desk processes pushing at once, beside pgbench running the
//               plainest transactions that store the same rows (N clients, one transaction per batch)
//   latency     a command committed on desk A until desk B holds it (push on commit, poke, pull), beside a bare
//               INSERT + NOTIFY from one PostgreSQL connection to another
//   catch-up    an offline desk with M pending commands sends them all; a new desk downloads and pulls everything
//   fuzz        K malformed push requests straight into the server's request handling: every answer a 4xx or a
//               2xx, the log holding exactly what the answers accepted
// A table on stdout (or JSON with --json); progress on stderr. Timings are figures, never pass/fail.
#include "PostgresServer.h"
#include "RequestFuzzer.h"
#include "SampleTicket.h"
#include "Timings.h"

#include "SyncWait.h"
#include "service/DeskService.h"
#include "sync/SyncClient.h"
#include "sync/server/SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Thrown to main, so that PostgreSQL and the server stop on the way out
struct Failure
{
    QString what;
};

[[noreturn]] void fail(const QString &what)
{
    throw Failure{what};
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// What the benchmark needs of the centre it runs: PostgreSQL, a server process, a direct connection to check the log
class Bench
{
public:
    Bench();
    QJsonObject throughput(int desks, int notes, int batch);
    QJsonObject latency(int runs);
    QJsonObject catchUp(int pending);
    QJsonObject fuzz(int inputs);

private:
    qint64 number(const QString &sql);
    void exec(QSqlDatabase db, const QString &sql);
    std::unique_ptr<DeskService> desk(const QString &name, const QString &user);
    std::unique_ptr<SyncClient> client(DeskService &desk, const QString &user);
    void sync(SyncClient &client);

    QTemporaryDir m_work;
    PostgresServer m_pg;
    std::unique_ptr<ServerProcess> m_server;
    QSqlDatabase m_db;
};

Bench::Bench()
{
    QString error;
    err() << "starting PostgreSQL and the server" << Qt::endl;
    if (!m_work.isValid() || !QDir(m_work.path()).mkpath(QStringLiteral("cache")) || !m_pg.start(&error))
        fail(QStringLiteral("PostgreSQL: ") + error);
    m_server = std::make_unique<ServerProcess>(m_pg.connectInfo(), m_work.filePath(QStringLiteral("cache")));
    for (const char *user : {"admin", "u-disp", "u-clerk"})
        if (!m_server->setPassword(QLatin1String(user), QStringLiteral("desk-secret-1"), &error))
            fail(QStringLiteral("setting a password: ") + error);
    if (!m_server->start(&error))
        fail(QStringLiteral("the server: ") + error);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench"));
    m_db.setHostName(QStringLiteral("127.0.0.1"));
    m_db.setPort(m_pg.port());
    m_db.setDatabaseName(QStringLiteral("dispatchdesk"));
    m_db.setUserName(QStringLiteral("postgres"));
    if (!m_db.open())
        fail(m_db.lastError().text());
    exec(m_db, QStringLiteral("CREATE TABLE raw_log (device TEXT NOT NULL, mutation BIGINT NOT NULL, command TEXT NOT "
                              "NULL, PRIMARY KEY (device, mutation))"));
    exec(m_db, QStringLiteral("CREATE SEQUENCE raw_mutation"));

    // The admin sets up the centre (users, zones, categories, technicians) and opens ticket T1 for the notes
    auto admin = desk(QStringLiteral("admin"), QStringLiteral("admin"));
    QFile setup(QStringLiteral(DISPATCH_TEST_DATA_DIR "/replay/setup.jsonl"));
    if (!setup.open(QIODevice::ReadOnly))
        fail(setup.fileName() + QStringLiteral(": ") + setup.errorString());
    while (!setup.atEnd()) {
        const QByteArray line = setup.readLine().trimmed();
        if (!line.isEmpty() && !admin->processor().applyJson(QJsonDocument::fromJson(line).object()).ok)
            fail(QStringLiteral("setup: ") + QString::fromUtf8(line));
    }
    const CommandResult opened = admin->submit(QStringLiteral("ticket.open"), sampleTicketT1());
    if (!opened.ok)
        fail(opened.error.message);
    auto sync = client(*admin, QStringLiteral("admin"));
    this->sync(*sync);
}

qint64 Bench::number(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        fail(sql + QStringLiteral(": ") + q.lastError().text());
    return q.value(0).toLongLong();
}

void Bench::exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(sql + QStringLiteral(": ") + q.lastError().text());
}

std::unique_ptr<DeskService> Bench::desk(const QString &name, const QString &user)
{
    auto d = std::make_unique<DeskService>();
    if (!d->open(m_work.filePath(name + QStringLiteral(".sqlite"))))
        fail(QStringLiteral("cannot open the desk database ") + name);
    d->setUser(user);
    return d;
}

std::unique_ptr<SyncClient> Bench::client(DeskService &desk, const QString &user)
{
    auto c = std::make_unique<SyncClient>(desk);
    c->setServer(QUrl(m_server->url()));
    QString error;
    if (!SyncWait::logIn(*c, user, QStringLiteral("desk-secret-1"), &error))
        fail(error);
    return c;
}

void Bench::sync(SyncClient &client)
{
    QString error;
    if (!SyncWait::round(client, &error))
        fail(error);
}

QJsonObject Bench::throughput(int desks, int notes, int batch)
{
    err() << "throughput: " << desks << " desk processes × " << notes << " commands, a push every " << batch
          << Qt::endl;
    const qint64 before = number(QStringLiteral("SELECT count(*) FROM command_log"));
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < desks; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(DISPATCH_CLI_PATH),
                 {QStringLiteral("sync"), QStringLiteral("--db"),
                  m_work.filePath(QStringLiteral("desk%1.sqlite").arg(i)), QStringLiteral("--server"), m_server->url(),
                  QStringLiteral("--user"), i % 2 ? QStringLiteral("u-clerk") : QStringLiteral("u-disp"),
                  QStringLiteral("--password"), QStringLiteral("desk-secret-1"), QStringLiteral("--notes"),
                  QString::number(notes), QStringLiteral("--ticket"), QStringLiteral("T1"),
                  QStringLiteral("--sync-every"), QString::number(batch), QStringLiteral("--timeout"),
                  QStringLiteral("1800")});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        if (!p->waitForFinished(1800 * 1000) || p->exitCode() != 0)
            fail(QStringLiteral("a desk process failed: ") + QString::fromUtf8(p->readAll().right(2000)));
    }
    const double wallMs = msSince(wall);
    const qint64 accepted = number(QStringLiteral("SELECT count(*) FROM command_log")) - before;
    if (accepted != qint64(desks) * notes)
        fail(QStringLiteral("%1 commands accepted of %2 sent").arg(accepted).arg(qint64(desks) * notes));
    // The server's own clock: from its first accepted command of the run to its last
    const qint64 spanMs =
        number(QStringLiteral("SELECT max(server_ts) - min(server_ts) FROM command_log WHERE seq > %1").arg(before));
    const double serverRate = accepted * 1000.0 / qMax<qint64>(spanMs, 1);

    // Baseline: pgbench, the same number of clients each committing the same batches of rows into a plain table
    QFile script(m_work.filePath(QStringLiteral("batch.sql")));
    if (!script.open(QIODevice::WriteOnly))
        fail(script.errorString());
    script.write("BEGIN;\n");
    for (int i = 0; i < batch; ++i)
        script.write("INSERT INTO raw_log VALUES ('bench-' || :client_id, nextval('raw_mutation'), "
                     "'{\"command\":\"ticket.note\",\"ticket\":\"T1\",\"text\":\"a note\"}');\n");
    script.write("END;\n");
    script.close();
    QProcess pgbench;
    pgbench.setProcessChannelMode(QProcess::MergedChannels);
    pgbench.start(QStringLiteral("/usr/lib/postgresql/15/bin/pgbench"),
                  {QStringLiteral("-n"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(m_pg.port()), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-c"),
                   QString::number(desks), QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-t"),
                   QString::number(qMax(1, notes / batch)), QStringLiteral("-f"), script.fileName(),
                   QStringLiteral("dispatchdesk")});
    if (!pgbench.waitForFinished(600 * 1000) || pgbench.exitCode() != 0)
        fail(QStringLiteral("pgbench: ") + QString::fromUtf8(pgbench.readAll()));
    const QString report = QString::fromUtf8(pgbench.readAll());
    const QRegularExpressionMatch tps =
        QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)")).match(report);
    if (!tps.hasMatch())
        fail(QStringLiteral("pgbench said: ") + report);
    const double rawRate = tps.captured(1).toDouble() * batch;
    return {{QStringLiteral("desks"), desks},
            {QStringLiteral("commands"), accepted},
            {QStringLiteral("batch"), batch},
            {QStringLiteral("wall_s"), wallMs / 1000},
            {QStringLiteral("desk_commands_per_s"), accepted * 1000.0 / wallMs},
            {QStringLiteral("server_commands_per_s"), serverRate},
            {QStringLiteral("baseline_pgbench_rows_per_s"), rawRate},
            {QStringLiteral("ratio"), rawRate / serverRate}};
}

QJsonObject Bench::latency(int runs)
{
    err() << "latency: " << runs << " commands from desk A to desk B" << Qt::endl;
    auto a = desk(QStringLiteral("latency-a"), QStringLiteral("u-disp"));
    auto b = desk(QStringLiteral("latency-b"), QStringLiteral("u-clerk"));
    auto syncA = client(*a, QStringLiteral("u-disp"));
    auto syncB = client(*b, QStringLiteral("u-clerk"));
    sync(*syncA);
    sync(*syncB);
    // As the console runs them: polling once a minute here, so that only push-on-commit and the poke count
    syncA->startPolling(60000);
    syncB->startPolling(60000);
    QDeadlineTimer open(10000);
    while (!(syncA->pokeChannelOpen() && syncB->pokeChannelOpen()) && !open.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!syncB->pokeChannelOpen())
        fail(QStringLiteral("desk B's poke channel did not open"));
    Timings ours;
    for (int i = 0; i < runs; ++i) {
        const qint64 seen = syncB->cursor();
        QElapsedTimer t;
        t.start();
        const CommandResult r =
            a->submit(QStringLiteral("ticket.note"), {{QStringLiteral("ticket"), QStringLiteral("T1")},
                                                      {QStringLiteral("text"), QStringLiteral("latency %1").arg(i)}});
        if (!r.ok)
            fail(r.error.message);
        QEventLoop loop;
        QObject::connect(syncB.get(), &SyncClient::syncStateChanged, &loop, [&] {
            if (syncB->cursor() > seen)
                loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        if (syncB->cursor() <= seen)
            fail(QStringLiteral("desk B did not get command %1 within 20 s").arg(i));
        ours.add(msSince(t));
    }

    // Baseline: one PostgreSQL connection commits a row and notifies, another hears it
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_db, QStringLiteral("bench-listener"));
    if (!listener.open() || !listener.driver()->subscribeToNotification(QStringLiteral("bench_poke")))
        fail(listener.lastError().text());
    Timings raw;
    for (int i = 0; i < runs; ++i) {
        QEventLoop loop;
        QObject::connect(listener.driver(), &QSqlDriver::notification, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        m_db.transaction();
        exec(m_db, QStringLiteral("INSERT INTO raw_log VALUES ('latency', nextval('raw_mutation'), 'a note')"));
        exec(m_db, QStringLiteral("NOTIFY bench_poke, 'main'"));
        m_db.commit();
        loop.exec();
        raw.add(msSince(t));
    }
    return {{QStringLiteral("runs"), runs},
            {QStringLiteral("p50_ms"), ours.p50()},
            {QStringLiteral("p99_ms"), ours.p99()},
            {QStringLiteral("baseline_notify_p50_ms"), raw.p50()},
            {QStringLiteral("baseline_notify_p99_ms"), raw.p99()},
            {QStringLiteral("ratio"), ours.p50() / qMax(raw.p50(), 1e-6)}};
}

QJsonObject Bench::catchUp(int pending)
{
    err() << "catch-up: " << pending << " commands made offline" << Qt::endl;
    auto c = desk(QStringLiteral("offline"), QStringLiteral("u-clerk"));
    auto syncC = client(*c, QStringLiteral("u-clerk"));
    sync(*syncC);
    // Offline: no rounds while the clerk works
    QElapsedTimer made;
    made.start();
    for (int i = 0; i < pending; ++i) {
        const CommandResult r =
            c->submit(QStringLiteral("ticket.note"), {{QStringLiteral("ticket"), QStringLiteral("T1")},
                                                      {QStringLiteral("text"), QStringLiteral("offline %1").arg(i)}});
        if (!r.ok)
            fail(r.error.message);
    }
    const double madeMs = msSince(made);
    if (syncC->pendingCount() != pending)
        fail(QStringLiteral("%1 pending, %2 made").arg(syncC->pendingCount()).arg(pending));
    QElapsedTimer sent;
    sent.start();
    int rounds = 0;
    while (syncC->pendingCount() > 0) {
        sync(*syncC);
        if (++rounds > pending)
            fail(QStringLiteral("the outbox does not drain"));
    }
    const double sentMs = msSince(sent);
    // A new desk joins: the server's state, then every command after it
    const qint64 serverCursor = number(QStringLiteral("SELECT v FROM outlet_counter WHERE outlet = 'main'"));
    QElapsedTimer joined;
    joined.start();
    auto d = desk(QStringLiteral("joining"), QStringLiteral("u-disp"));
    auto syncD = client(*d, QStringLiteral("u-disp"));
    while (syncD->cursor() < serverCursor)
        sync(*syncD);
    const double joinMs = msSince(joined);

    // Baseline: the same rows into a plain table over one connection, in batches of the size the desk pushes (200)
    QElapsedTimer raw;
    raw.start();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO raw_log VALUES ('offline', nextval('raw_mutation'), ?)"));
    for (int i = 0; i < pending; i += 200) {
        m_db.transaction();
        for (int k = i; k < qMin(pending, i + 200); ++k) {
            insert.addBindValue(QStringLiteral("{\"command\":\"ticket.note\",\"text\":\"offline %1\"}").arg(k));
            if (!insert.exec())
                fail(insert.lastError().text());
        }
        m_db.commit();
    }
    const double rawMs = msSince(raw);
    return {{QStringLiteral("pending"), pending},
            {QStringLiteral("made_offline_s"), madeMs / 1000},
            {QStringLiteral("catch_up_s"), sentMs / 1000},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("new_desk_s"), joinMs / 1000},
            {QStringLiteral("new_desk_commands"), serverCursor},
            {QStringLiteral("baseline_insert_s"), rawMs / 1000},
            {QStringLiteral("ratio"), sentMs / qMax(rawMs, 1e-6)}};
}

QJsonObject Bench::fuzz(int inputs)
{
    err() << "fuzz: " << inputs << " malformed push requests" << Qt::endl;
    // A second server in this process, on the same database: the requests go straight into its handlers. Its
    // line per rejected command is left out of the log here (a hundred thousand of them)
    QLoggingCategory::setFilterRules(QStringLiteral("dispatchdesk.server.info=false"));
    SyncServer::Options options;
    options.pgConnect = m_pg.connectInfo();
    options.cacheDir = m_work.filePath(QStringLiteral("fuzz-cache"));
    SyncServer server(options);
    QString error;
    if (!server.start(0, &error))
        fail(error);
    const QHttpServerResponse login = server.login(R"({"user":"admin","password":"desk-secret-1"})");
    const QByteArray token =
        QJsonDocument::fromJson(login.data()).object().value(QLatin1String("token")).toString().toLatin1();
    if (token.isEmpty())
        fail(QStringLiteral("fuzz login: ") + QString::fromUtf8(login.data()));
    const qint64 before = number(QStringLiteral("SELECT count(*) FROM command_log"));
    RequestFuzzer fuzzer(20261202);
    qint64 accepted = 0;
    int ok = 0, refused = 0, serverErrors = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < inputs; ++i) {
        const QJsonObject note{{QStringLiteral("mutation_id"), 1},
                               {QStringLiteral("command"),
                                QJsonObject{{QStringLiteral("command"), QStringLiteral("ticket.note")},
                                            {QStringLiteral("at"), QStringLiteral("2026-11-20T10:00:00.000+08:00")},
                                            {QStringLiteral("by"), QStringLiteral("admin")},
                                            {QStringLiteral("ticket"), QStringLiteral("T1")},
                                            {QStringLiteral("text"), QStringLiteral("fuzz %1").arg(i)}}}};
        const QByteArray valid =
            QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("fuzz-%1").arg(i)},
                                      {QStringLiteral("protocol_version"), 1},
                                      {QStringLiteral("commands"), QJsonArray{note}}})
                .toJson(QJsonDocument::Compact);
        const QHttpServerResponse r = server.push("Bearer " + token, fuzzer.next(valid));
        const int status = int(r.statusCode());
        if (status >= 200 && status < 300) {
            ++ok;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(r.data()).object().value(QLatin1String("results")).toArray())
                accepted += v.toObject().value(QLatin1String("status")).toString() == QLatin1String("accepted") &&
                            !v.toObject().value(QLatin1String("duplicate")).toBool();
        } else if (status >= 400 && status < 500) {
            ++refused;
        } else {
            ++serverErrors;
        }
        if ((i + 1) % 10000 == 0)
            err() << "  " << (i + 1) << " inputs" << Qt::endl;
    }
    const double ms = msSince(t);
    const qint64 logged = number(QStringLiteral("SELECT count(*) FROM command_log")) - before;
    return {{QStringLiteral("inputs"), inputs},
            {QStringLiteral("answered_2xx"), ok},
            {QStringLiteral("answered_4xx"), refused},
            {QStringLiteral("answered_5xx_or_other"), serverErrors},
            {QStringLiteral("accepted_commands"), accepted},
            {QStringLiteral("logged_commands"), logged},
            {QStringLiteral("log_matches_answers"), logged == accepted},
            {QStringLiteral("inputs_per_s"), inputs * 1000.0 / ms}};
}

QString figure(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : (v < 1000 ? 1 : 0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchdesk-syncbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the central server on a PostgreSQL it starts: desks pushing at once, desk-to-desk latency, an "
        "offline desk catching up, and fuzzed requests. Each figure beside a raw PostgreSQL baseline."));
    parser.addHelpOption();
    const QCommandLineOption desks(QStringLiteral("desks"), QStringLiteral("Desk processes pushing at once (20)."),
                                   QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption notes(QStringLiteral("commands"), QStringLiteral("Commands per desk (500)."),
                                   QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Commands per push (5)."),
                                   QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption runs(QStringLiteral("latency-runs"), QStringLiteral("Desk-to-desk commands timed (200)."),
                                  QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption pending(QStringLiteral("pending"),
                                     QStringLiteral("Commands an offline desk makes (10000)."), QStringLiteral("n"),
                                     QStringLiteral("10000"));
    const QCommandLineOption fuzz(QStringLiteral("fuzz"), QStringLiteral("Fuzzed push requests (100000)."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({desks, notes, batch, runs, pending, fuzz, json});
    parser.process(app);
    const auto value = [&parser](const QCommandLineOption &o) { return qMax(1, parser.value(o).toInt()); };

    QJsonObject all;
    try {
        Bench bench;
        all.insert(QStringLiteral("throughput"), bench.throughput(value(desks), value(notes), value(batch)));
        all.insert(QStringLiteral("latency"), bench.latency(value(runs)));
        all.insert(QStringLiteral("catch_up"), bench.catchUp(value(pending)));
        all.insert(QStringLiteral("fuzz"), bench.fuzz(value(fuzz)));
    } catch (const Failure &f) {
        err() << "failed: " << f.what << Qt::endl;
        return 1;
    }

    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QJsonObject t = all.value(QStringLiteral("throughput")).toObject();
    const QJsonObject l = all.value(QStringLiteral("latency")).toObject();
    const QJsonObject c = all.value(QStringLiteral("catch_up")).toObject();
    const QJsonObject f = all.value(QStringLiteral("fuzz")).toObject();
    const auto d = [](const QJsonObject &o, const char *key) { return figure(o.value(QLatin1String(key)).toDouble()); };
    out << "throughput: " << t.value(QStringLiteral("desks")).toInt() << " desks, "
        << t.value(QStringLiteral("commands")).toInteger() << " commands in pushes of " << d(t, "batch") << ": server "
        << d(t, "server_commands_per_s") << " commands/s (desks end to end " << d(t, "desk_commands_per_s") << "/s, "
        << d(t, "wall_s") << " s); pgbench baseline " << d(t, "baseline_pgbench_rows_per_s") << " rows/s; ratio "
        << d(t, "ratio") << "\n";
    out << "latency: commit on A → held on B, p50 " << d(l, "p50_ms") << " ms, p99 " << d(l, "p99_ms")
        << " ms; INSERT+NOTIFY baseline p50 " << d(l, "baseline_notify_p50_ms") << " ms, p99 "
        << d(l, "baseline_notify_p99_ms") << " ms; ratio " << d(l, "ratio") << "\n";
    out << "catch-up: " << c.value(QStringLiteral("pending")).toInt() << " offline commands sent in "
        << d(c, "catch_up_s") << " s (" << c.value(QStringLiteral("rounds")).toInt() << " rounds; made in "
        << d(c, "made_offline_s") << " s); plain INSERT baseline " << d(c, "baseline_insert_s") << " s; ratio "
        << d(c, "ratio") << "; a new desk took " << d(c, "new_desk_s") << " s for "
        << c.value(QStringLiteral("new_desk_commands")).toInteger() << " commands\n";
    out << "fuzz: " << f.value(QStringLiteral("inputs")).toInt() << " inputs, "
        << f.value(QStringLiteral("answered_4xx")).toInt() << " refused (4xx), "
        << f.value(QStringLiteral("answered_2xx")).toInt() << " answered 2xx, "
        << f.value(QStringLiteral("answered_5xx_or_other")).toInt() << " other; "
        << f.value(QStringLiteral("accepted_commands")).toInteger() << " commands accepted, "
        << f.value(QStringLiteral("logged_commands")).toInteger() << " in the log ("
        << (f.value(QStringLiteral("log_matches_answers")).toBool() ? "equal" : "DIFFERENT") << "); "
        << d(f, "inputs_per_s") << " inputs/s\n";
    return f.value(QStringLiteral("log_matches_answers")).toBool() &&
                   f.value(QStringLiteral("answered_5xx_or_other")).toInt() == 0
               ? 0
               : 1;
}

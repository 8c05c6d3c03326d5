#include "TestDesk.h"

#include "demo/Generator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
Generator::Options options(quint32 seed)
{
    Generator::Options o;
    o.tickets = 1500;
    o.seed = seed;
    return o;
}

// Every ticket, callback and complaint with its id, number, state and timestamps: equal when the centre is.
QStringList contents(TestDesk &desk)
{
    QStringList rows;
    QSqlQuery q(desk.database().connection());
    for (const char *sql : {"SELECT id, number, state, flags, opened_at, coalesce(closed_at, 0), customer_id, "
                            "product_id, coalesce(technician_id, '') FROM tickets ORDER BY id",
                            "SELECT id, ticket_id, state, due_at FROM callbacks ORDER BY id",
                            "SELECT id, coalesce(ticket_id, ''), state, reason FROM complaints ORDER BY id",
                            "SELECT id, name, address FROM customers ORDER BY id"}) {
        REQUIRE(q.exec(QString::fromUtf8(sql)));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
    }
    return rows;
}
} // namespace

TEST_CASE("A generated centre is three years of tickets in every state, made through the desk's commands",
          "[generator]")
{
    TestDesk desk(false);
    // the last 15 tickets came in during the last hours: still open, in whatever state they have reached
    Generator::Options opts = options(11);
    opts.open = 15;
    const Generator::Outcome o = Generator::run(desk.processor(), opts);
    INFO(o.firstErrors.join(QLatin1Char('\n')).toStdString());
    CHECK(o.rejected == 0);
    CHECK(o.tickets == 1500);
    CHECK(o.customers == 450); // 0.3 per ticket
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt() == 1500);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt() == 450);
    // Spread over the three years before `until`
    const qint64 until = options(11).until.toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    CHECK(desk.scalar(QStringLiteral("SELECT min(opened_at) FROM tickets")).toLongLong() < until - 3 * 364 * day);
    CHECK(desk.scalar(QStringLiteral("SELECT max(opened_at) FROM tickets")).toLongLong() > until - day);
    // Most are long closed; cancelled ones, unreachable ones and recent ones still open remain
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE state = 'closed'")).toInt() > 1200);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE state = 'cancelled'")).toInt() > 20);
    CHECK(desk.scalar(QStringLiteral("SELECT count(DISTINCT state) FROM tickets")).toInt() >= 5);
    CHECK(desk.scalar(QStringLiteral("SELECT count(DISTINCT kind) FROM tickets")).toInt() == 6);
    // with their timelines, callbacks, complaints and the audit trail of every change
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS "
                                     "(SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id)"))
              .toInt() == 0);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM callbacks WHERE state = 'done'")).toInt() > 1000);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt() > 5);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE command = 'ticket.complete'")).toInt() > 1000);
    // Chinese names that the caller search finds by pinyin
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH 'pinyin : w*'"))
              .toInt() > 0);
}

TEST_CASE("The same seed generates the same centre, ids included - another seed another one", "[generator]")
{
    TestDesk a(false), b(false), c(false);
    Generator::run(a.processor(), options(5));
    Generator::run(b.processor(), options(5));
    Generator::run(c.processor(), options(6));
    const QStringList first = contents(a);
    CHECK(first.size() > 3000);
    CHECK(first == contents(b));
    CHECK(first != contents(c));
}

namespace {
// `dispatchdesk-cli generate` into a new file: its exit code and the summary it prints.
QJsonObject generate(const QStringList &arguments, int *exitCode, QString *errors)
{
    QTemporaryDir dir;
    QProcess cli;
    cli.start(QStringLiteral(DISPATCH_CLI_PATH), QStringList{QStringLiteral("generate"), QStringLiteral("--db"),
                                                             dir.filePath(QStringLiteral("c.sqlite"))} +
                                                     arguments);
    REQUIRE(cli.waitForFinished(600000));
    *exitCode = cli.exitCode();
    *errors = QString::fromUtf8(cli.readAllStandardError());
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

void checkNoStorageError(const char *seed)
{
    int exitCode = -1;
    QString errors;
    const QJsonObject summary =
        generate({QStringLiteral("--tickets"), QStringLiteral("20000"), QStringLiteral("--seed"), QLatin1String(seed)},
                 &exitCode, &errors);
    INFO(errors.toStdString());
    INFO(QJsonDocument(summary).toJson().toStdString());
    // A store failure would end the run with a non-zero exit; rejections are the rules' and are listed by reason
    REQUIRE(exitCode == 0);
    CHECK(summary.value(QStringLiteral("tickets")).toInt() == 20000);
    CHECK(summary.value(QStringLiteral("commands")).toInt() > 100000);
    qint64 byReason = 0;
    const QJsonObject rejectedBy = summary.value(QStringLiteral("rejected_by")).toObject();
    for (auto it = rejectedBy.begin(); it != rejectedBy.end(); ++it) {
        CHECK_FALSE(it.key().contains(QStringLiteral("constraint")));
        byReason += it.value().toInteger();
    }
    CHECK(byReason == summary.value(QStringLiteral("rejected")).toInteger());
    CHECK_FALSE(QJsonDocument(summary).toJson().contains("constraint"));
}
} // namespace

// The centre of the issue (seed 7 at 20,000 tickets lost 6 commands to repeated appointment and callback ids)
TEST_CASE("Generating 20,000 tickets with seed 7 loses no command to a storage error", "[generator][origin][slow]")
{
    checkNoStorageError("7");
}

TEST_CASE("Generating 20,000 tickets with seed 1 loses no command to a storage error", "[generator][origin][slow]")
{
    checkNoStorageError("1");
}

TEST_CASE("Generating 20,000 tickets with seed 2 loses no command to a storage error", "[generator][origin][slow]")
{
    checkNoStorageError("2");
}

TEST_CASE("A centre after a storm: --open keeps the last tickets open in the states their first hours reached",
          "[generator]")
{
    int exitCode = -1;
    QString errors;
    const QJsonObject summary =
        generate({QStringLiteral("--tickets"), QStringLiteral("2000"), QStringLiteral("--open"), QStringLiteral("600")},
                 &exitCode, &errors);
    INFO(errors.toStdString());
    REQUIRE(exitCode == 0);
    CHECK(summary.value(QStringLiteral("tickets")).toInt() == 2000);
    // and the desk's view of it: at least those 600 open, spread over several states
    TestDesk desk(false);
    Generator::Options o;
    o.tickets = 2000;
    o.open = 600;
    Generator::run(desk.processor(), o);
    CHECK(
        desk.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE state NOT IN ('closed','cancelled')")).toInt() >=
        600);
    CHECK(desk.scalar(QStringLiteral("SELECT count(DISTINCT state) FROM tickets WHERE state NOT IN "
                                     "('closed','cancelled')"))
              .toInt() >= 4);
    // a bad count is named, and nothing is written
    const QJsonObject bad =
        generate({QStringLiteral("--tickets"), QStringLiteral("10"), QStringLiteral("--open"), QStringLiteral("11")},
                 &exitCode, &errors);
    CHECK(exitCode != 0);
    CHECK(errors.contains(QStringLiteral("--open")));
}

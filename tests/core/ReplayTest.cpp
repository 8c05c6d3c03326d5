// `dispatchdesk-cli replay`: golden files under tests/replay, run through the real binary.
#include "TestDesk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject report;
    QByteArray stderrText;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(DISPATCH_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.stderrText = p.readAllStandardError();
    r.report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return r;
}

Run replay(const QString &db, const QString &file)
{
    return runCli({QStringLiteral("replay"), TestDesk::dataPath(file), QStringLiteral("--db"), db});
}

// Generated ids (callbacks, complaints) differ from run to run; everything else must match.
QJsonValue withoutUuids(const QJsonValue &v)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (v.isString() && uuid.match(v.toString()).hasMatch())
        return QStringLiteral("<uuid>");
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out << withoutUuids(x);
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), withoutUuids(it.value()));
        return out;
    }
    return v;
}

QJsonObject expected(const QString &file)
{
    QFile f(TestDesk::dataPath(file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

void compareSection(const QJsonObject &actual, const QJsonObject &golden, const QString &key)
{
    INFO("key " << key.toStdString() << "\nactual:\n"
                << QJsonDocument(QJsonObject{{key, actual.value(key)}}).toJson().toStdString());
    CHECK(actual.value(key) == golden.value(key));
}

void compareGolden(const QJsonObject &report, const QString &goldenFile)
{
    const QJsonObject actual = withoutUuids(report).toObject();
    const QJsonObject golden = expected(goldenFile);
    CHECK(actual.keys() == golden.keys());
    for (const QString &key : golden.keys())
        compareSection(actual, golden, key);
}

QJsonObject ticketIn(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &t : report.value(QStringLiteral("tickets")).toArray())
        if (t.toObject().value(QStringLiteral("id")).toString() == id)
            return t.toObject();
    FAIL("no ticket " << id.toStdString());
    return {};
}
} // namespace

TEST_CASE("A day from the seeds replays to the hand-checked desk", "[replay]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    const Run setup = replay(db, QStringLiteral("replay/setup.jsonl"));
    REQUIRE(setup.exitCode == 0);
    REQUIRE(setup.report.value(QStringLiteral("applied")).toInt() == 13);
    const Run day = replay(db, QStringLiteral("replay/seeds.jsonl"));
    REQUIRE(day.exitCode == 0);
    compareGolden(day.report, QStringLiteral("replay/seeds.expected.json"));

    // What the golden file says, spelled out
    CHECK(day.report.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-20T16:00:00+08:00"));
    CHECK(day.report.value(QStringLiteral("rejected")).toArray().isEmpty());
    CHECK(ticketIn(day.report, QStringLiteral("T1")).value(QStringLiteral("state")).toString() ==
          QStringLiteral("closed"));
    CHECK(ticketIn(day.report, QStringLiteral("T2")).value(QStringLiteral("state")).toString() ==
          QStringLiteral("unreachable"));
    // T3 came 20 minutes late (more than 15: 000 三.3(1)) and its customer refused the apology: a manager's task
    CHECK(ticketIn(day.report, QStringLiteral("T3")).value(QStringLiteral("flags")).toArray() ==
          QJsonArray{QStringLiteral("late")});
    CHECK(ticketIn(day.report, QStringLiteral("T3")).value(QStringLiteral("apology")).toString() ==
          QStringLiteral("refused"));
    const QJsonArray tasks = day.report.value(QStringLiteral("tasks")).toArray();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0)[QLatin1String("kind")].toString() == QStringLiteral("apology_refused"));
    CHECK(tasks.at(0)[QLatin1String("owner")].toString() == QStringLiteral("u-sup"));
    // T5 and T6 are still not dispatched at 16:00: past their dispatch deadlines (R9)
    CHECK(ticketIn(day.report, QStringLiteral("T5")).value(QStringLiteral("due"))[QLatin1String("dispatch_by")] ==
          QStringLiteral("2026-11-20T10:15:00+08:00"));
    CHECK(ticketIn(day.report, QStringLiteral("T4")).value(QStringLiteral("charges_fen")).toInt() ==
          68000 + 3000 + 8000);
    CHECK(ticketIn(day.report, QStringLiteral("T4")).value(QStringLiteral("warranty")).toString() ==
          QStringLiteral("out"));
    CHECK(ticketIn(day.report, QStringLiteral("T5")).value(QStringLiteral("repeat_of")).toString() ==
          QStringLiteral("T5a"));
    CHECK(ticketIn(day.report, QStringLiteral("T6")).value(QStringLiteral("repeat_of")).isNull());
    const QJsonArray complaints = day.report.value(QStringLiteral("complaints")).toArray();
    // T4's callback found a wrong charge, in the customer's words; T7 is a complaint call about T3, owned by its clerk
    REQUIRE(complaints.size() == 2);
    CHECK(complaints.at(0).toObject().value(QStringLiteral("ticket")).toString() == QStringLiteral("T4"));
    CHECK(complaints.at(0).toObject().value(QStringLiteral("words")).toString() ==
          QStringLiteral("师傅多收了50元现金"));
    CHECK(complaints.at(1).toObject().value(QStringLiteral("ticket")).toString() == QStringLiteral("T3"));
    CHECK(complaints.at(1).toObject().value(QStringLiteral("owner")).toString() == QStringLiteral("u-clerk"));
    const QJsonObject kpis = day.report.value(QStringLiteral("kpis")).toObject();
    CHECK(kpis.value(QStringLiteral("tickets")).toInt() == 9);
    CHECK(kpis.value(QStringLiteral("first_time_fix_rate")).toDouble() == Approx(0.6667)); // T5a repeated by T5
    CHECK(kpis.value(QStringLiteral("on_time_arrival_rate")).toDouble() == Approx(0.75));  // T3 came 20 min late
    CHECK(kpis.value(QStringLiteral("complaints_per_100")).toDouble() == Approx(22.22));
}

TEST_CASE("Bad lines are listed with their line numbers and the rest is applied", "[replay]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    REQUIRE(replay(db, QStringLiteral("replay/setup.jsonl")).exitCode == 0);
    const Run run = replay(db, QStringLiteral("replay/bad_lines.jsonl"));
    CHECK(run.exitCode == 0);
    compareGolden(run.report, QStringLiteral("replay/bad_lines.expected.json"));
    CHECK(run.report.value(QStringLiteral("applied")).toInt() == 2);
    QStringList seen;
    for (const QJsonValue &r : run.report.value(QStringLiteral("rejected")).toArray())
        seen << QStringLiteral("%1:%2:%3")
                    .arg(r.toObject().value(QStringLiteral("line")).toInt())
                    .arg(r.toObject().value(QStringLiteral("command")).toString(),
                         r.toObject().value(QStringLiteral("field")).toString());
    // bad JSON, unknown command, missing field, illegal transition (blank line 5 and comment line 6 are skipped)
    CHECK(seen == QStringList{QStringLiteral("2::"), QStringLiteral("3:ticket.teleport:command"),
                              QStringLiteral("4:ticket.dispatch:technician"),
                              QStringLiteral("7:ticket.complete:ticket")});
    CHECK(ticketIn(run.report, QStringLiteral("T1")).value(QStringLiteral("state")).toString() ==
          QStringLiteral("dispatched"));
}

TEST_CASE("Replay with --as-of reports the desk at another time - the same file twice changes nothing more", "[replay]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    REQUIRE(replay(db, QStringLiteral("replay/setup.jsonl")).exitCode == 0);
    REQUIRE(replay(db, QStringLiteral("replay/bad_lines.jsonl")).exitCode == 0);
    // T1 dispatched at 09:10 without an appointment: on site by 12:10
    const Run later =
        runCli({QStringLiteral("replay"), TestDesk::dataPath(QStringLiteral("replay/bad_lines.jsonl")),
                QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-11-20T12:10:01+08:00")});
    REQUIRE(later.exitCode == 0);
    CHECK(later.report.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-20T12:10:01+08:00"));
    // ticket.open T1 again is refused (id exists); the second dispatch is an illegal transition
    CHECK(later.report.value(QStringLiteral("applied")).toInt() == 0);
    QStringList kinds;
    for (const QJsonValue &a : later.report.value(QStringLiteral("alerts")).toArray())
        kinds << a.toObject().value(QStringLiteral("kind")).toString();
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("contact_overdue"), QStringLiteral("sla_breached")});
}

TEST_CASE("The replay fails with a non-zero exit only when the file or database cannot be used", "[replay]")
{
    QTemporaryDir dir;
    const Run missing = runCli({QStringLiteral("replay"), dir.filePath(QStringLiteral("nope.jsonl")),
                                QStringLiteral("--db"), dir.filePath(QStringLiteral("d.sqlite"))});
    CHECK(missing.exitCode != 0);
    CHECK(missing.stderrText.contains("nope.jsonl"));
    const Run noDb = runCli({QStringLiteral("replay"), TestDesk::dataPath(QStringLiteral("replay/setup.jsonl"))});
    CHECK(noDb.exitCode != 0);
    QFile notADb(dir.filePath(QStringLiteral("text.sqlite")));
    REQUIRE(notADb.open(QIODevice::WriteOnly));
    notADb.write("this is not a database, it is a shopping list\n");
    notADb.close();
    const Run badDb = runCli({QStringLiteral("replay"), TestDesk::dataPath(QStringLiteral("replay/setup.jsonl")),
                              QStringLiteral("--db"), notADb.fileName()});
    CHECK(badDb.exitCode != 0);
}

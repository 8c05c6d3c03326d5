// dispatchdesk-cli: the desk without a window. `replay` applies a day of commands and prints the desk as JSON.
#include "demo/DemoCentre.h"
#include "demo/Generator.h"
#include "import/CustomerImport.h"
#include "reports/DeskSnapshot.h"
#include "reports/Replay.h"
#include "rules/CommandProcessor.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 2;
}

int replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Apply commands from a JSONL file, one per line, and print the desk as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("cli", "Commands, one JSON object per line ('-' for standard input)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Desk database (created if missing)."),
                                QStringLiteral("path"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("cli", "Report as of this time (default: the last command's time)."),
        QStringLiteral("time"));
    parser.addOption(db);
    parser.addOption(asOf);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("cli", "replay needs exactly one FILE.jsonl"));
    if (!parser.isSet(db))
        return fail(QCoreApplication::translate("cli", "replay needs --db PATH"));
    QDateTime asOfTime;
    if (parser.isSet(asOf) && !Command::parseTime(parser.value(asOf), &asOfTime))
        return fail(QCoreApplication::translate(
            "cli", "--as-of must be a time with a UTC offset, e.g. 2026-11-20T18:00:00+08:00"));

    const QString path = parser.positionalArguments().constFirst();
    QFile input;
    if (path == QLatin1String("-")) {
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("cli", "cannot read standard input"));
    } else {
        input.setFileName(path);
        if (!input.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, input.errorString()));
    }
    Database database;
    if (!database.open(parser.value(db)))
        return fail(database.errorMessage());
    CommandProcessor processor(database);
    Replay::Outcome outcome;
    try {
        outcome = Replay::run(processor, input);
    } catch (const StorageError &e) {
        return fail(QCoreApplication::translate("cli", "the database could not be written: %1").arg(e.message()));
    }
    const qint64 asOfMs = asOfTime.isValid()   ? asOfTime.toMSecsSinceEpoch()
                          : outcome.sawCommand ? outcome.lastAtMs
                                               : QDateTime::currentMSecsSinceEpoch();
    QJsonObject report = DeskSnapshot::build(processor.store(), asOfMs);
    report.insert(QStringLiteral("applied"), outcome.applied);
    report.insert(QStringLiteral("rejected"), outcome.rejected);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    return 0;
}
int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Create a demo service centre, timed around now."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("cli", "New desk database."),
                                QStringLiteral("path"));
    parser.addOption(db);
    parser.process(arguments);
    if (!parser.isSet(db))
        return fail(QCoreApplication::translate("cli", "demo needs --db PATH"));
    if (QFile::exists(parser.value(db)))
        return fail(QCoreApplication::translate("cli", "%1 exists; the demo is only written to a new file")
                        .arg(parser.value(db)));
    Database database;
    if (!database.open(parser.value(db)))
        return fail(database.errorMessage());
    CommandProcessor processor(database);
    const DemoCentre::Outcome outcome = DemoCentre::build(processor, QDateTime::currentDateTime());
    QTextStream(stdout) << outcome.commands << " commands, " << outcome.rejected << " rejected\n";
    for (const QString &e : outcome.firstErrors)
        QTextStream(stdout) << "  " << e << "\n";
    return outcome.rejected == 0 ? 0 : 1;
}
int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Create a big service centre with three years of tickets, for benchmarks (deterministic per seed)."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("cli", "New desk database."),
                                QStringLiteral("path"));
    const QCommandLineOption tickets(QStringLiteral("tickets"),
                                     QCoreApplication::translate("cli", "How many tickets (default 10000)."),
                                     QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption customers(
        QStringLiteral("customers"), QCoreApplication::translate("cli", "How many customers (default 0.3 per ticket)."),
        QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("cli", "Random seed (default 1)."), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption until(
        QStringLiteral("until"),
        QCoreApplication::translate("cli", "End of the three years (default 2026-11-20T18:00:00+08:00)."),
        QStringLiteral("time"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("cli",
                                    "Keep the last N tickets open, as after a storm (default: only recent ones)."),
        QStringLiteral("N"));
    parser.addOptions({db, tickets, customers, seed, until, open});
    parser.process(arguments);
    if (!parser.isSet(db))
        return fail(QCoreApplication::translate("cli", "generate needs --db PATH"));
    if (QFile::exists(parser.value(db)))
        return fail(QCoreApplication::translate("cli", "%1 exists; a centre is only generated into a new file")
                        .arg(parser.value(db)));
    Generator::Options options;
    bool ok = false;
    options.tickets = parser.value(tickets).toLongLong(&ok);
    if (!ok || options.tickets < 1)
        return fail(QCoreApplication::translate("cli", "--tickets must be a whole number of at least 1"));
    if (parser.isSet(customers)) {
        options.customers = parser.value(customers).toLongLong(&ok);
        if (!ok || options.customers < 1)
            return fail(QCoreApplication::translate("cli", "--customers must be a whole number of at least 1"));
    }
    if (parser.isSet(open)) {
        options.open = parser.value(open).toLongLong(&ok);
        if (!ok || options.open < 0 || options.open > options.tickets)
            return fail(QCoreApplication::translate("cli", "--open must be a whole number from 0 to --tickets"));
    }
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("cli", "--seed must be a whole number"));
    if (parser.isSet(until) && !Command::parseTime(parser.value(until), &options.until))
        return fail(QCoreApplication::translate(
            "cli", "--until must be a time with a UTC offset, e.g. 2026-11-20T18:00:00+08:00"));
    Database database;
    if (!database.open(parser.value(db)))
        return fail(database.errorMessage());
    CommandProcessor processor(database); // the generator gives every command its origin: no outbox rows
    QElapsedTimer clock;
    clock.start();
    QTextStream err(stderr);
    options.progress = [&](qint64 done, qint64 commands) {
        const qint64 every = qMax<qint64>(options.batchTickets, options.tickets / 20);
        if (done % every != 0 && done != options.tickets)
            return;
        const double s = qMax<qint64>(1, clock.elapsed()) / 1000.0;
        err << QCoreApplication::translate("cli", "%1 tickets, %2 commands, %3 s, %4 commands/s")
                   .arg(done)
                   .arg(commands)
                   .arg(s, 0, 'f', 1)
                   .arg(qRound64(commands / s))
            << Qt::endl;
    };
    Generator::Outcome outcome;
    try {
        outcome = Generator::run(processor, options);
    } catch (const StorageError &e) {
        return fail(QCoreApplication::translate("cli", "the database could not be written: %1").arg(e.message()));
    }
    const double seconds = qMax<qint64>(1, clock.elapsed()) / 1000.0;
    QJsonObject rejectedBy; // "command field": count
    for (auto it = outcome.rejectedBy.cbegin(); it != outcome.rejectedBy.cend(); ++it)
        rejectedBy.insert(it.key(), it.value());
    QJsonObject summary{{QStringLiteral("tickets"), outcome.tickets},
                        {QStringLiteral("customers"), outcome.customers},
                        {QStringLiteral("commands"), outcome.commands},
                        {QStringLiteral("rejected"), outcome.rejected},
                        {QStringLiteral("rejected_by"), rejectedBy},
                        {QStringLiteral("retried"), outcome.retried},
                        {QStringLiteral("seconds"), qRound(seconds * 10) / 10.0},
                        {QStringLiteral("commands_per_second"), qRound64(outcome.commands / seconds)},
                        {QStringLiteral("first_errors"), QJsonArray::fromStringList(outcome.firstErrors)}};
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    return 0;
}

// import customers FILE --db PATH [--sheet NAME] [--dry-run] [--user ID]: the admin's import, from a script
int importCustomers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Import customers and their appliances from an Excel workbook (.xlsx) or a CSV file. Prints the plan "
               "(or the rows that cannot be imported) as JSON; all good rows go in together, or none."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QCoreApplication::translate("cli", "customers"));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", ".xlsx or .csv file"));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("cli", "Desk database."),
                                QStringLiteral("path"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   QCoreApplication::translate("cli", "The workbook's sheet (default: the first "
                                                                      "with rows)."),
                                   QStringLiteral("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QCoreApplication::translate("cli", "Check and print the plan; import nothing."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("cli", "Who imports (default: the first administrator)."),
                                  QStringLiteral("id"));
    parser.addOptions({db, sheet, dryRun, user});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("customers"))
        return fail(QCoreApplication::translate("cli", "usage: import customers FILE --db PATH [--sheet NAME] "
                                                       "[--dry-run]"));
    if (!parser.isSet(db))
        return fail(QCoreApplication::translate("cli", "import needs --db PATH"));
    if (!QFile::exists(parser.value(db)))
        return fail(QCoreApplication::translate("cli", "%1 does not exist; import into a desk's database")
                        .arg(parser.value(db)));
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("cli", "cannot read %1: %2").arg(positional.at(1), file.errorString()));
    QString error;
    QStringList sheets;
    const CustomerImport::Table table = CustomerImport::load(file.readAll(), parser.value(sheet), &error, &sheets);
    if (!error.isEmpty())
        return fail(error);
    Database database;
    if (!database.open(parser.value(db)))
        return fail(database.errorMessage());
    CommandProcessor processor(database);
    QString by = parser.value(user);
    if (by.isEmpty())
        for (const Record &u : processor.store().all(Store::Users, QStringLiteral("id")))
            if (u.value(QStringLiteral("role")).toString() == QLatin1String("admin") &&
                u.value(QStringLiteral("active"), true).toBool()) {
                by = u.value(QStringLiteral("id")).toString();
                break;
            }
    if (by.isEmpty())
        return fail(QCoreApplication::translate("cli", "the desk has no administrator; name one with --user ID"));
    const CustomerImport::Plan plan =
        CustomerImport::plan(processor, table, CustomerImport::guessMapping(table.header));
    QJsonArray bad;
    for (const CustomerImport::Issue &issue : plan.bad)
        bad.append(QJsonObject{{QStringLiteral("sheet"), table.sheet},
                               {QStringLiteral("row"), issue.line},
                               {QStringLiteral("reason"), issue.reason},
                               {QStringLiteral("message"), CustomerImport::describe(table, issue)}});
    QJsonObject report{{QStringLiteral("file"), positional.at(1)},
                       {QStringLiteral("sheet"), table.sheet},
                       {QStringLiteral("sheets"), QJsonArray::fromStringList(sheets)},
                       {QStringLiteral("header_row"), table.headerLine},
                       {QStringLiteral("good_rows"), plan.goodRows},
                       {QStringLiteral("new_customers"), plan.newCustomers},
                       {QStringLiteral("known_customers"), plan.knownCustomers},
                       {QStringLiteral("new_appliances"), plan.newProducts},
                       {QStringLiteral("known_appliances"), plan.knownProducts},
                       {QStringLiteral("bad_rows"), bad},
                       {QStringLiteral("dry_run"), parser.isSet(dryRun)}};
    bool imported = false;
    if (!parser.isSet(dryRun) && !plan.commands.isEmpty()) {
        if (!CustomerImport::commit(processor, plan, QDateTime::currentDateTime(), by, &error))
            report.insert(QStringLiteral("error"), error);
        else
            imported = plan.newCustomers + plan.newProducts > 0;
    }
    report.insert(QStringLiteral("imported"), imported);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    if (parser.isSet(dryRun))
        return plan.commands.isEmpty() ? 1 : 0;
    return imported ? 0 : 1;
}
} // namespace

int syncDesk(const QStringList &arguments); // SyncDesk.cpp

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("DispatchDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    QStringList rest = args;
    if (!rest.isEmpty())
        rest.removeAt(1 < rest.size() ? 1 : 0);
    if (command == QLatin1String("replay"))
        return replay(rest);
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("generate"))
        return generate(rest);
    if (command == QLatin1String("sync"))
        return syncDesk(rest);
    if (command == QLatin1String("import"))
        return importCustomers(rest);
    QTextStream(stderr) << "usage: dispatchdesk-cli replay FILE.jsonl --db PATH [--as-of TIME]\n"
                        << "       dispatchdesk-cli demo --db PATH\n"
                        << "       dispatchdesk-cli generate --db PATH --tickets N [--seed S] [--customers M] "
                           "[--until TIME] [--open N]\n"
                        << "       dispatchdesk-cli sync --db PATH --server URL --user ID --password TEXT [--ca FILE] "
                           "[--notes N --ticket ID]\n"
                        << "       dispatchdesk-cli import customers FILE.xlsx|FILE.csv --db PATH [--sheet NAME] "
                           "[--dry-run] [--user ID]\n";
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ? 0 : 2;
}

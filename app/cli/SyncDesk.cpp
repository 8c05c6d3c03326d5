// dispatchdesk-cli sync: a desk without a window that syncs with a central server until everything is sent.
// With --notes it also works as a busy clerk would (notes on a ticket, synced as it goes): the fault tests kill it
// at chosen moments and start it again, and the benchmark runs twenty of them at once.
#include "SyncWait.h"
#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTextStream>
#include <QThread>

int syncDesk(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Sync a desk database with a central server until nothing is left to send."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cli", "Desk database (created if missing)."),
                                QStringLiteral("path"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("cli", "The server, e.g. https://desk.example:8470"),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QCoreApplication::translate("cli", "Log in as this user."),
                                  QStringLiteral("id"));
    const QCommandLineOption password(
        QStringLiteral("password"), QCoreApplication::translate("cli", "The user's password."), QStringLiteral("text"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                QCoreApplication::translate("cli", "Trust only this certificate (PEM) for https."),
                                QStringLiteral("file"));
    const QCommandLineOption outlet(
        QStringLiteral("outlet"), QCoreApplication::translate("cli", "Head office: the outlet commands are given for."),
        QStringLiteral("outlet"));
    const QCommandLineOption notes(
        QStringLiteral("notes"),
        QCoreApplication::translate("cli", "First add this many notes (in all, across restarts)."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
                                    QCoreApplication::translate("cli", "The ticket the notes are for."),
                                    QStringLiteral("id"));
    const QCommandLineOption every(QStringLiteral("sync-every"),
                                   QCoreApplication::translate("cli", "Sync after this many notes (default 5)."),
                                   QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), QCoreApplication::translate("cli", "Give up after this many seconds (default 120)."),
        QStringLiteral("s"), QStringLiteral("120"));
    parser.addOptions({db, server, user, password, ca, outlet, notes, ticket, every, timeout});
    parser.process(arguments);
    QTextStream out(stdout), err(stderr);
    if (!parser.isSet(db) || !parser.isSet(server) || !parser.isSet(user)) {
        err << QCoreApplication::translate("cli", "sync needs --db, --server and --user.") << Qt::endl;
        return 2;
    }
    DeskService desk;
    if (!desk.open(parser.value(db))) {
        err << QCoreApplication::translate("cli", "Cannot open %1.").arg(parser.value(db)) << Qt::endl;
        return 2;
    }
    desk.setUser(parser.value(user));
    SyncClient sync(desk);
    sync.setServer(QUrl(parser.value(server)));
    sync.setOutlet(parser.value(outlet));
    QString error;
    if (parser.isSet(ca) && !sync.setCaCertificates(parser.value(ca), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    const QDeadlineTimer deadline(parser.value(timeout).toLongLong() * 1000);
    // The server may be down for a while (the fault tests kill it): try again until the deadline
    while (!SyncWait::logIn(sync, parser.value(user), parser.value(password), &error)) {
        if (deadline.hasExpired() || (sync.online() && error.contains(QLatin1String("401")))) {
            err << error << Qt::endl;
            return 3;
        }
        QThread::msleep(100);
    }
    const int wanted = parser.value(notes).toInt();
    const int syncEvery = qMax(1, parser.value(every).toInt());
    int made = desk.store().outboxCount(QString(), QStringLiteral("ticket.note"));
    if (wanted > 0 && !SyncWait::round(sync, &error))
        err << error << Qt::endl;
    while (made < wanted) {
        const CommandResult r =
            desk.submit(QStringLiteral("ticket.note"),
                        {{QStringLiteral("ticket"), parser.value(ticket)},
                         {QStringLiteral("text"), QStringLiteral("%1 #%2").arg(desk.store().deviceId()).arg(made)}});
        if (!r.ok) {
            err << r.error.message << Qt::endl;
            return 2;
        }
        ++made;
        out << "committed " << made << Qt::endl;
        if (made % syncEvery == 0 && !SyncWait::round(sync, &error))
            err << error << Qt::endl;
    }
    for (;;) {
        if (SyncWait::round(sync, &error) && sync.pendingCount() == 0)
            break;
        // A login the server ended (a new password, a deactivated user) does not come back by asking again
        if (deadline.hasExpired() || (sync.online() && error.contains(QLatin1String("401")))) {
            err << QCoreApplication::translate("cli", "Still %1 command(s) to send: %2")
                       .arg(sync.pendingCount())
                       .arg(error)
                << Qt::endl;
            return 3;
        }
        QThread::msleep(100);
    }
    out << "drained " << sync.cursor() << Qt::endl;
    return 0;
}

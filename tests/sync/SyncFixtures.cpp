#include "SyncFixtures.h"
#include "SyncWait.h"

#include "SampleTicket.h"
#include "TestDesk.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

SyncedDesk::SyncedDesk(const QString &url, const QString &user, const QString &caFile)
{
    REQUIRE(desk.open(dir.filePath(s("desk.sqlite"))));
    desk.setUser(user);
    desk.setClock(std::make_unique<FixedClock>(QDateTime::fromString(s("2026-11-20T09:00:00+08:00"), Qt::ISODate)));
    sync = std::make_unique<SyncClient>(desk);
    sync->setServer(QUrl(url));
    QString error;
    if (!caFile.isEmpty())
        REQUIRE(sync->setCaCertificates(caFile, &error));
    INFO(error.toStdString());
    REQUIRE(SyncWait::logIn(*sync, user, s("desk-secret-1"), &error));
}

bool SyncedDesk::syncOnce()
{
    QString error;
    const bool ok = SyncWait::round(*sync, &error);
    if (!ok)
        WARN(error.toStdString());
    return ok;
}

Centre::Centre(const QStringList &serverArguments)
{
    QString error;
    INFO(error.toStdString());
    REQUIRE(pg.start(&error));
    server = std::make_unique<ServerProcess>(pg.connectInfo(), cache.path(), serverArguments);
    for (const char *user : {"admin", "u-disp", "u-clerk"}) {
        const bool set = server->setPassword(s(user), s("desk-secret-1"), &error);
        INFO(error.toStdString());
        REQUIRE(set);
    }
    REQUIRE(server->start(&error));
}

qint64 Centre::logged(const QString &sql)
{
    const QString name = s("check-") + QUuid::createUuid().toString(QUuid::Id128);
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), name);
        db.setHostName(s("127.0.0.1"));
        db.setPort(pg.port());
        db.setDatabaseName(s("dispatchdesk"));
        db.setUserName(s("postgres"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

void setUpCentre(SyncedDesk &admin)
{
    TestDesk::applyCentre(admin.desk.processor());
    REQUIRE(admin.desk.submit(s("ticket.open"), sampleTicketT1()).ok);
}

DeskProcess::DeskProcess(const QString &dbPath, const QString &url, const QString &user, int notes,
                         const QString &ticket)
    : m_db(dbPath), m_url(url), m_user(user), m_ticket(ticket), m_notes(notes)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DeskProcess::~DeskProcess()
{
    kill();
}

void DeskProcess::start()
{
    if (m_process.isOpen())
        m_output += QString::fromUtf8(m_process.readAll());
    m_process.start(s(DISPATCH_CLI_PATH), {s("sync"), s("--db"), m_db, s("--server"), m_url, s("--user"), m_user,
                                           s("--password"), s("desk-secret-1"), s("--notes"), QString::number(m_notes),
                                           s("--ticket"), m_ticket, s("--timeout"), s("240")});
    REQUIRE(m_process.waitForStarted(10000));
}

void DeskProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool DeskProcess::waitDone(int ms)
{
    // The event loop keeps turning meanwhile: a proxy in this process stands between the desk and the server
    QDeadlineTimer deadline(ms);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (m_process.state() != QProcess::NotRunning)
        return false;
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

namespace {
// What a desk holds that the server also decides: every ticket's state, technician and notes
QStringList digest(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(s("SELECT id || '|' || number || '|' || state || '|' || coalesce(technician_id, '') FROM tickets "
             "ORDER BY id"));
    while (q.next())
        rows << q.value(0).toString();
    // Events are numbered by each desk in the order it heard of them: compared as a set
    q.exec(s("SELECT ticket_id || '|' || kind || '|' || data FROM ticket_events ORDER BY 1"));
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}
} // namespace

QStringList nothingLost(Centre &centre, const QStringList &deskDatabases, const QString &url)
{
    QStringList problems;
    // The server's state, as a desk that starts from nothing gets it
    SyncedDesk witness(url, s("admin"));
    if (!witness.syncOnce())
        problems << s("a fresh desk could not download the server's state");
    const QStringList truth = digest(witness.desk.database().connection());
    for (const QString &path : deskDatabases) {
        const QString name = s("check-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open()) {
                problems << path + s(": cannot be opened");
                continue;
            }
            QSqlQuery q(db);
            q.exec(s("PRAGMA integrity_check"));
            if (!q.next() || q.value(0).toString() != s("ok"))
                problems << path + s(": integrity_check is not ok");
            q.exec(s("SELECT value FROM meta WHERE key = 'device_id'"));
            const QString device = q.next() ? q.value(0).toString() : QString();
            q.exec(s("SELECT count(*) FROM outbox WHERE state NOT IN ('done', 'rejected')"));
            if (q.next() && q.value(0).toInt() != 0)
                problems << path + s(": %1 command(s) still in the outbox").arg(q.value(0).toInt());
            q.exec(s("SELECT mutation_id, state FROM outbox ORDER BY mutation_id"));
            int done = 0, rejected = 0;
            while (q.next()) {
                const QString where = q.value(1).toString() == s("done") ? s("command_log") : s("rejections");
                const qint64 copies = centre.logged(s("SELECT count(*) FROM %1 WHERE device_id = '%2' AND "
                                                      "mutation_id = %3")
                                                        .arg(where, device, q.value(0).toString()));
                if (copies != 1)
                    problems << s("%1: command %2 is %3 time(s) in %4")
                                    .arg(path, q.value(0).toString(), QString::number(copies), where);
                (q.value(1).toString() == s("done") ? done : rejected)++;
            }
            const qint64 onServer =
                centre.logged(s("SELECT count(*) FROM command_log WHERE device_id = '%1'").arg(device));
            if (onServer != done)
                problems << s("%1: the server holds %2 of its commands, the desk sent %3")
                                .arg(path, QString::number(onServer), QString::number(done));
            if (centre.logged(
                    s("SELECT count(*) FROM rejections WHERE device_id = '%1' AND message = ''").arg(device)) != 0)
                problems << path + s(": a rejection without a reason");
            if (digest(db) != truth)
                problems << path + s(": the desk's tickets and notes differ from the server's");
        }
        QSqlDatabase::removeDatabase(name);
    }
    return problems;
}

int http(const QByteArray &method, const QString &url, const QByteArray &body, const QByteArray &token,
         QByteArray *answer)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (answer)
        *answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QByteArray tokenFor(const QString &url, const QString &user)
{
    QByteArray answer;
    const int status =
        http("POST", url + s("/v1/login"),
             QJsonDocument(QJsonObject{{s("user"), user}, {s("password"), s("desk-secret-1")}}).toJson(), {}, &answer);
    REQUIRE(status == 200);
    return QJsonDocument::fromJson(answer).object().value(s("token")).toString().toLatin1();
}

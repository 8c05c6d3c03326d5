#include "SyncClient.h"

#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace {
constexpr int ProtocolVersion = 1;
constexpr qint64 PollWithPokesMs = 30000;
} // namespace

SyncClient::SyncClient(DeskService &desk, QObject *parent)
    : QObject(parent), m_desk(desk), m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this)),
      m_pushSoon(new QTimer(this)), m_ssl(QSslConfiguration::defaultConfiguration())
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        // With the poke channel open the server says when there is something new; the poll only covers a lost poke
        if (pokeChannelOpen() && QDateTime::currentMSecsSinceEpoch() - m_lastRound < PollWithPokesMs)
            return;
        if (!m_token.isEmpty() && !pokeChannelOpen())
            guarded([this] { openPokeChannel(); });
        requestRound();
    });
    // A command committed here goes out at once (SPEC §7: the other desks see it within a second), not at the next
    // poll; what a round itself applies from the server is not sent back
    m_pushSoon->setSingleShot(true);
    m_pushSoon->setInterval(0);
    connect(m_pushSoon, &QTimer::timeout, this, &SyncClient::requestRound);
    // Only this desk's own commands: pulled ones are published, not applied through submit()
    connect(&m_desk, &DeskService::commandApplied, this, [this] {
        if (m_pollMs > 0 && !m_token.isEmpty())
            m_pushSoon->start();
    });
}

SyncClient::~SyncClient()
{
    if (m_poke)
        m_poke->abort();
}

void SyncClient::startPolling(int ms)
{
    m_pollMs = ms;
    m_timer->start(ms);
    openPokeChannel();
}

void SyncClient::probe(const QUrl &server, const QString &caFile, QObject *context,
                       const std::function<void(bool, const QString &)> &done)
{
    QString message = addressProblem(server);
    if (!message.isEmpty()) {
        done(false, message);
        return;
    }
    QUrl url = server;
    url.setPath(QStringLiteral("/v1/poke"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!pinned(caFile, &ssl, &message)) {
            done(false, message);
            return;
        }
        request.setSslConfiguration(ssl);
    }
    auto *network = new QNetworkAccessManager(context); // gone with the asker, and its answer with it
    QNetworkReply *reply = network->get(request);
    connect(reply, &QNetworkReply::finished, context, [reply, network, server, done] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // The poke channel answers a plain request with 426 (upgrade to a WebSocket): only our server does that
        const bool ours = status == 426;
        const QString message = ours ? tr("A Dispatch Desk server answers at %1.").arg(server.toString())
                                : status == 0
                                    ? tr("The server cannot be reached: %1").arg(reply->errorString())
                                    : tr("Something answers at %1 (HTTP %2), but it is not a Dispatch Desk server.")
                                          .arg(server.toString())
                                          .arg(status);
        network->deleteLater();
        done(ours, message);
    });
}

QString SyncClient::addressProblem(const QUrl &server)
{
    if (server.isValid() && !server.host().isEmpty() &&
        (server.scheme() == QLatin1String("http") || server.scheme() == QLatin1String("https")))
        return {};
    return tr("%1 is not a server address: write it as https://host:8470 or http://host:8470.").arg(server.toString());
}

bool SyncClient::pinned(const QString &pemFile, QSslConfiguration *ssl, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("No certificate could be read from %1.").arg(pemFile);
        return false;
    }
    ssl->setCaCertificates(certificates);
    return true;
}

bool SyncClient::setCaCertificates(const QString &pemFile, QString *error)
{
    if (!pinned(pemFile, &m_ssl, error))
        return false; // an earlier pin, if any, stays
    m_pinned = true;
    return true;
}

void SyncClient::setOutlet(const QString &pushOutlet, const QString &readOutlet)
{
    m_pushOutlet = pushOutlet;
    m_readOutlet = readOutlet;
}

bool SyncClient::pokeChannelOpen() const
{
    return m_poke && m_poke->state() == QAbstractSocket::ConnectedState;
}

void SyncClient::openPokeChannel()
{
    if (m_token.isEmpty() || m_server.isEmpty())
        return;
    if (!m_poke) {
        m_poke = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        // Several pokes while a round runs make one more round, not one each
        connect(m_poke, &QWebSocket::textMessageReceived, this, &SyncClient::requestRound);
        connect(m_poke, &QWebSocket::stateChanged, this, &SyncClient::syncStateChanged);
    }
    if (m_poke->state() != QAbstractSocket::UnconnectedState)
        return;
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/poke"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(m_token));
    if (!m_readOutlet.isEmpty())
        query.addQueryItem(QStringLiteral("outlet"), m_readOutlet);
    // What this desk sends itself is not announced back to it
    query.addQueryItem(QStringLiteral("device"), m_desk.store().deviceId());
    url.setQuery(query);
    if (m_pinned)
        m_poke->setSslConfiguration(m_ssl);
    m_poke->open(url);
}

void SyncClient::guarded(const Step &step)
{
    try {
        step();
    } catch (const StorageError &e) {
        // This is where timers, pokes and network answers enter: nothing may escape into the event loop. The batch
        // of the step was rolled back by its guard; the cursor did not move, so the next round asks again
        storageFailed(e.message());
    }
}

void SyncClient::storageFailed(const QString &message)
{
    m_lastError = tr("The desk could not save what the server sent: %1. Nothing of it was kept; the next round tries "
                     "again.")
                      .arg(message);
    if (m_loggingIn) {
        m_loggingIn = false;
        emit loggedIn(false, m_lastError);
    }
    if (m_busy)
        finishRound(false, m_lastError);
    else
        emit syncStateChanged();
}

void SyncClient::send(const QByteArray &method, const QString &path, const QByteArray &body, const Answer &then,
                      bool mayRenew)
{
    QUrl url = m_server;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(15000);
    if (m_pinned)
        request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, path, body, then, mayRenew] {
        reply->deleteLater();
        int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        QString error;
        // An HTTP error status (4xx: 201–299, 5xx: 401–499) is an answer; anything else is a broken exchange
        const int code = int(reply->error());
        const bool contentError =
            (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError) ||
            (code >= QNetworkReply::InternalServerError && code <= QNetworkReply::UnknownServerError);
        if (reply->error() != QNetworkReply::NoError && !contentError) {
            // No answer, or one cut off part-way: nothing of it is used (the server may still have committed, which
            // is why every command is sent again until the server confirms it)
            error = status == 0 ? tr("The server cannot be reached: %1").arg(reply->errorString())
                                : tr("The connection broke during the server's answer: %1").arg(reply->errorString());
            status = 0;
        } else if (status >= 200 && status < 300 && !QJsonDocument::fromJson(answer).isObject()) {
            error = tr("The server's answer could not be read.");
            status = 0;
        } else if (status >= 400)
            error = tr("The server answered %1: %2")
                        .arg(status)
                        .arg(QJsonDocument::fromJson(answer).object().value(QLatin1String("error")).toString());
        m_online = status > 0;
        // An expired access token: a new one from the refresh token, and the same request once more
        if (status == 401 && mayRenew && !path.startsWith(QLatin1String("/v1/login"))) {
            renewToken([this, method, path, body, then, answer, error](bool renewed) {
                if (!renewed) {
                    guarded([&] { then(401, answer, error); });
                    return;
                }
                if (m_poke)
                    m_poke->abort(); // opened again with the new token on the next poll
                send(method, path, body, then, false);
            });
            return;
        }
        guarded([&] { then(status, answer, error); });
    });
}

void SyncClient::renewToken(const std::function<void(bool)> &done)
{
    if (m_refreshToken.isEmpty()) {
        done(false);
        return;
    }
    const QByteArray token = m_token;
    m_token.clear();
    send(
        "POST", QStringLiteral("/v1/refresh"),
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)}})
            .toJson(QJsonDocument::Compact),
        [this, token, done](int status, const QByteArray &answer, const QString &) {
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            m_token = status == 200 ? o.value(QLatin1String("token")).toString().toLatin1() : token;
            // The refresh token is used once: the server hands a new one with each refresh
            if (status == 200 && o.contains(QLatin1String("refresh_token")))
                m_refreshToken = o.value(QLatin1String("refresh_token")).toString().toLatin1();
            done(status == 200 && !m_token.isEmpty());
        },
        false);
}

void SyncClient::logIn(const QString &user, const QString &password)
{
    m_loggingIn = true;
    send(
        "POST", QStringLiteral("/v1/login"),
        QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact),
        [this](int status, const QByteArray &answer, const QString &error) {
            if (status != 200) {
                m_loggingIn = false;
                emit loggedIn(false, error);
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            m_token = o.value(QLatin1String("token")).toString().toLatin1();
            m_refreshToken = o.value(QLatin1String("refresh_token")).toString().toLatin1();
            m_accountOutlet = o.value(QLatin1String("outlet")).toString();
            if (m_poke) // a fresh login: the channel opens again with the new token
                m_poke->abort();
            // From now on this desk's ticket numbers carry its code, so they never collide with another desk's
            Store &store = m_desk.store();
            if (store.meta(QStringLiteral("desk_code")).isEmpty())
                store.setMeta(QStringLiteral("desk_code"),
                              store.deviceId().remove(QLatin1Char('-')).right(4).toUpper());
            m_loggingIn = false;
            emit loggedIn(!m_token.isEmpty(),
                          m_token.isEmpty() ? tr("The server's answer could not be read.") : QString());
            emit syncStateChanged();
        },
        false);
}

int SyncClient::pendingCount()
{
    return m_desk.store().outboxCount(QStringLiteral("pending"));
}

QList<Record> SyncClient::rejected()
{
    return m_desk.store().outbox(QStringLiteral("rejected"), 1000);
}

qint64 SyncClient::cursor()
{
    return m_desk.store().meta(QStringLiteral("sync_cursor")).toLongLong();
}

void SyncClient::requestRound()
{
    // A poke or the poll arriving while a round waits for the network: one more round afterwards, never two at once
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    guarded([this] { startRound(); });
}

void SyncClient::startRound()
{
    push([this] { fetch(); });
}

void SyncClient::fetch()
{
    if (m_needDownload)
        downloadAgain([this] { afterFetch(); });
    else
        pull([this] {
            if (m_needDownload)
                downloadAgain([this] { afterFetch(); });
            else
                afterFetch();
        });
}

void SyncClient::afterFetch()
{
    // Commands that became pending again during the round (after a server restore) go out now
    if (pendingCount() > 0)
        push([this] { finishRound(true, QString()); });
    else
        finishRound(true, QString());
}

void SyncClient::finishRound(bool ok, const QString &error)
{
    if (ok)
        m_lastError.clear();
    if (ok && m_again) {
        m_again = false;
        guarded([this] { startRound(); });
        return;
    }
    m_again = false;
    m_busy = false;
    m_lastRound = QDateTime::currentMSecsSinceEpoch();
    emit syncStateChanged();
    emit roundFinished(ok, error);
}

void SyncClient::push(const Step &next)
{
    Store &store = m_desk.store();
    const QList<Record> pending = store.outbox(QStringLiteral("pending"), 200);
    if (pending.isEmpty()) {
        next();
        return;
    }
    QJsonArray commands;
    for (const Record &row : pending)
        commands << QJsonObject{
            {QStringLiteral("mutation_id"), row.value(QStringLiteral("mutation_id")).toLongLong()},
            {QStringLiteral("command"),
             QJsonDocument::fromJson(row.value(QStringLiteral("args")).toString().toUtf8()).object()}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("device_id"), store.deviceId()},
                                                      {QStringLiteral("protocol_version"), ProtocolVersion},
                                                      {QStringLiteral("outlet"), m_pushOutlet},
                                                      {QStringLiteral("commands"), commands}})
                                .toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/v1/push"), body,
         [this, pending, next](int status, const QByteArray &answer, const QString &error) {
             if (status != 200 && status != 409) {
                 finishRound(false, error);
                 return;
             }
             Store &store = m_desk.store();
             const QJsonObject o = QJsonDocument::fromJson(answer).object();
             StoreBatch results(store);
             for (const QJsonValue &v : o.value(QLatin1String("results")).toArray()) {
                 const QJsonObject r = v.toObject();
                 const qint64 mutation = r.value(QLatin1String("mutation_id")).toInteger();
                 const QString state = r.value(QLatin1String("status")).toString();
                 if (state == QLatin1String("accepted")) {
                     store.markOutbox(mutation, QStringLiteral("done"), QString());
                 } else if (state == QLatin1String("rejected")) {
                     // The server's rules said no: the author sees why, and this desk takes the server's state again
                     const QString message = r.value(QLatin1String("message")).toString();
                     store.markOutbox(mutation, QStringLiteral("rejected"), message);
                     m_needDownload = true;
                     for (const Record &row : pending)
                         if (row.value(QStringLiteral("mutation_id")).toLongLong() == mutation)
                             emit commandRejected(row.value(QStringLiteral("command")).toString(), message);
                 }
             }
             results.commit();
             if (status == 409) {
                 // The server lacks commands it once confirmed (it was restored from a backup): send them again
                 const qint64 expected = o.value(QLatin1String("expected")).toInteger();
                 StoreBatch resend(store);
                 const int resent = expected > 0 ? store.resendOutboxFrom(expected) : 0;
                 resend.commit();
                 if (resent == 0) {
                     finishRound(false, tr("The server is missing earlier commands of this desk (%1).")
                                            .arg(o.value(QLatin1String("error")).toString()));
                     return;
                 }
             }
             push(next);
         });
}

void SyncClient::pull(const Step &next)
{
    Store &store = m_desk.store();
    send("GET",
         QStringLiteral("/v1/pull?cursor=%1&device=%2&outlet=%3")
             .arg(QString::number(cursor()), store.deviceId(),
                  QString::fromLatin1(QUrl::toPercentEncoding(m_readOutlet))),
         QByteArray(), [this, next](int status, const QByteArray &answer, const QString &error) {
             if (status != 200) {
                 finishRound(false, error);
                 return;
             }
             Store &store = m_desk.store();
             const QString device = store.deviceId();
             const QJsonObject o = QJsonDocument::fromJson(answer).object();
             const QString epoch = o.value(QLatin1String("epoch")).toString();
             const QString knownEpoch = store.meta(QStringLiteral("sync_epoch"));
             const QString knownSpace = store.meta(QStringLiteral("sync_space"));
             if (!knownSpace.isEmpty() && knownSpace != o.value(QLatin1String("space")).toString()) {
                 // Another outlet (or the head office's view): its cursor means nothing here, so take its state whole
                 m_needDownload = true;
                 next();
                 return;
             }
             if (!knownEpoch.isEmpty() && knownEpoch != epoch) {
                 // The server was restored from a backup: what it lost of ours is sent again, then its state taken
                 const qint64 held = o.value(QLatin1String("device_last_mutation")).toInteger();
                 StoreBatch resend(store);
                 store.resendOutboxFrom(held + 1);
                 resend.commit();
                 m_needDownload = true;
                 next();
                 return;
             }
             Changes applied; // what the whole page changed: the windows hear it once
             StoreBatch page(store);
             for (const QJsonValue &v : o.value(QLatin1String("changes")).toArray()) {
                 const QJsonObject change = v.toObject();
                 const qint64 mutation = change.value(QLatin1String("mutation_id")).toInteger();
                 if (change.value(QLatin1String("device_id")).toString() == device) {
                     store.markOutbox(mutation, QStringLiteral("done"), QString()); // our own, already here
                 } else {
                     Command command;
                     CommandError parseError;
                     CommandResult r;
                     if (Command::fromJson(change.value(QLatin1String("command")).toObject(), &command, &parseError))
                         r = m_desk.processor().apply(command,
                                                      {change.value(QLatin1String("device_id")).toString(), mutation});
                     if (r.internal) // the desk's own store failed (a full disk): a fault, not a disagreement
                         throw StorageError(r.error.message);
                     if (!r.ok) {
                         // This desk's state differs from the server's: take the server's
                         m_needDownload = true;
                         break;
                     }
                     applied.merge(r.changes);
                 }
                 store.setMeta(QStringLiteral("sync_cursor"),
                               QString::number(change.value(QLatin1String("seq")).toInteger()));
             }
             store.setMeta(QStringLiteral("sync_epoch"), epoch);
             store.setMeta(QStringLiteral("sync_space"), o.value(QLatin1String("space")).toString());
             if (m_needDownload) {
                 page.abort();
                 next();
                 return;
             }
             page.commit();
             m_desk.publish(applied);
             if (o.value(QLatin1String("more")).toBool())
                 pull(next);
             else
                 next();
         });
}

void SyncClient::downloadAgain(const Step &next)
{
    send(
        "GET", QStringLiteral("/v1/snapshot?outlet=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_readOutlet))),
        QByteArray(), [this, next](int status, const QByteArray &answer, const QString &error) {
            if (status != 200) {
                finishRound(false, error);
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            const QByteArray bytes = QByteArray::fromBase64(o.value(QLatin1String("database")).toString().toLatin1());
            Store &store = m_desk.store();
            const QString device = store.deviceId();
            const QString deskCode = store.meta(QStringLiteral("desk_code"));
            // Everything not yet sent stays: read it before the desk's data is replaced
            const QList<Record> pending = store.outbox(QStringLiteral("pending"), 1000000);
            const QList<Record> rejected = store.outbox(QStringLiteral("rejected"), 1000000);
            const QString path = m_desk.path() + QStringLiteral(".snapshot");
            QFile::remove(path);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
                finishRound(false, tr("Cannot write the server's data to %1.").arg(path));
                return;
            }
            f.close();
            QString restoreError;
            if (!m_desk.restoreFrom(path, &restoreError, false)) {
                finishRound(false, restoreError);
                return;
            }
            QFile::remove(path);
            Store &fresh = m_desk.store();
            StoreBatch again(fresh);
            fresh.setMeta(QStringLiteral("device_id"), device);
            fresh.setMeta(QStringLiteral("desk_code"), deskCode);
            fresh.setMeta(QStringLiteral("sync_cursor"), QString::number(o.value(QLatin1String("cursor")).toInteger()));
            fresh.setMeta(QStringLiteral("sync_epoch"), o.value(QLatin1String("epoch")).toString());
            fresh.setMeta(QStringLiteral("sync_space"), o.value(QLatin1String("space")).toString());
            for (const Record &row : rejected)
                fresh.appendOutbox(
                    row.value(QStringLiteral("mutation_id")).toLongLong(),
                    row.value(QStringLiteral("command")).toString(),
                    QJsonDocument::fromJson(row.value(QStringLiteral("args")).toString().toUtf8()).object(), device,
                    row.value(QStringLiteral("client_ts")).toLongLong());
            for (const Record &row : rejected)
                fresh.markOutbox(row.value(QStringLiteral("mutation_id")).toLongLong(), QStringLiteral("rejected"),
                                 row.value(QStringLiteral("result")).toString());
            for (const Record &row : pending) {
                const qint64 mutation = row.value(QStringLiteral("mutation_id")).toLongLong();
                Command command;
                CommandError parseError;
                const QJsonObject args =
                    QJsonDocument::fromJson(row.value(QStringLiteral("args")).toString().toUtf8()).object();
                // Applied here again under its own number (refused here now, it is still sent, so that its author
                // hears the server's verdict), and queued again under that number
                if (Command::fromJson(args, &command, &parseError))
                    m_desk.processor().apply(command, {device, mutation});
                fresh.appendOutbox(mutation, row.value(QStringLiteral("command")).toString(), args, device,
                                   row.value(QStringLiteral("client_ts")).toLongLong());
            }
            again.commit();
            m_needDownload = false;
            Changes reset; // the pending commands applied again on the server's data
            reset.reset = true;
            m_desk.publish(reset);
            next();
        });
}

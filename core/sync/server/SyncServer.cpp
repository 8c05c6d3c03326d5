#include "SyncServer.h"

#include "ConnectionGuard.h"

#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <sodium.h>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcServer, "dispatchdesk.server")

namespace {
constexpr int ProtocolVersion = 1;
constexpr qsizetype MaxBody = 4 * 1024 * 1024;
constexpr int MaxCommandsPerPush = 1000;
constexpr int MaxOutletName = 64;
const QString PokeChannel = QStringLiteral("dispatchdesk_poke");
constexpr int ListenCheckMs = 3000;

QHttpServerResponse json(const QJsonObject &o,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(o, status);
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Tokens are kept as their SHA-256: a copy of the sessions table logs nobody in
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

bool validOutlet(const QString &outlet)
{
    if (outlet.isEmpty() || outlet.size() > MaxOutletName)
        return false;
    for (const QChar c : outlet)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    return true;
}
} // namespace

SyncServer::SyncServer(const Options &options)
    : m_options(options), m_pgName(QStringLiteral("server-pg-") + QUuid::createUuid().toString(QUuid::Id128))
{}

SyncServer::~SyncServer()
{
    for (auto &socket : m_sockets)
        delete socket.first;
    m_sockets.clear();
    m_http.reset();
    m_spaces.clear();
    for (const QString &name : QStringList{m_pgName, m_pgName + QStringLiteral("-listen")}) {
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QHttpServerResponse SyncServer::failure(int status, const QString &message)
{
    if (status == 503) {
        // The database's own words (paths, hosts, versions) stay in the server's log, not in the answer
        qCWarning(lcServer) << "unavailable:" << message;
        return json({{QStringLiteral("error"), tr("The central database is not available just now; the desk keeps "
                                                  "its work and sends it later.")}},
                    QHttpServerResponse::StatusCode(status));
    }
    return json({{QStringLiteral("error"), message}}, QHttpServerResponse::StatusCode(status));
}

namespace {
void configure(QSqlDatabase &pg, const QString &connect)
{
    for (const QString &part : connect.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1String("host"))
            pg.setHostName(value);
        else if (key == QLatin1String("port"))
            pg.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            pg.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            pg.setUserName(value);
        else if (key == QLatin1String("password"))
            pg.setPassword(value);
    }
}
} // namespace

bool SyncServer::openDatabase(QString *error)
{
    if (sodium_init() < 0) {
        *error = tr("libsodium could not start.");
        return false;
    }
    return openPostgres(error);
}

bool SyncServer::openPostgres(QString *error)
{
    if (QSqlDatabase::contains(m_pgName))
        return true;
    QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_pgName);
    configure(pg, m_options.pgConnect);
    if (!pg.open()) {
        *error = tr("Cannot connect to PostgreSQL: %1").arg(pg.lastError().text());
        return false;
    }
    // Additive only: a newer server opens an older database and adds what it lacks
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outlet_counter (outlet TEXT PRIMARY KEY, v BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                       "last_mutation BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS command_log (outlet TEXT NOT NULL, seq BIGINT NOT NULL, "
                       "device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL, command TEXT NOT NULL, "
                       "server_ts BIGINT NOT NULL, PRIMARY KEY (outlet, seq), UNIQUE (device_id, mutation_id))"),
        QStringLiteral("ALTER TABLE command_log ADD COLUMN IF NOT EXISTS gseq BIGINT"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS command_log_gseq ON command_log(gseq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rejections (device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL, "
                       "command TEXT NOT NULL, field TEXT, message TEXT NOT NULL, server_ts BIGINT NOT NULL, "
                       "PRIMARY KEY (device_id, mutation_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS accounts (user_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN IF NOT EXISTS outlet TEXT NOT NULL DEFAULT 'main'"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                       "expires_at BIGINT NOT NULL)"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN IF NOT EXISTS kind TEXT NOT NULL DEFAULT 'access'"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN IF NOT EXISTS role TEXT NOT NULL DEFAULT ''"),
        // Sessions from before tokens were kept hashed cannot be told apart from hashes: they end (log in again)
        QStringLiteral("ALTER TABLE sessions ADD COLUMN IF NOT EXISTS hashed BOOLEAN NOT NULL DEFAULT false"),
        QStringLiteral("DELETE FROM sessions WHERE NOT hashed"),
        QStringLiteral("INSERT INTO server_meta(key, value) VALUES ('epoch', md5(random()::text)) "
                       "ON CONFLICT (key) DO NOTHING"),
        QStringLiteral("INSERT INTO outlet_counter(outlet, v) VALUES ('*', 0) ON CONFLICT DO NOTHING"),
    };
    QSqlQuery q(pg);
    // Two servers starting together: one prepares the tables, the other waits for it
    q.exec(QStringLiteral("SELECT pg_advisory_lock(4242)"));
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            *error = tr("Cannot prepare the PostgreSQL schema: %1").arg(q.lastError().text());
            q.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
            return false;
        }
    }
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
    return true;
}

bool SyncServer::databaseReady(QString *error)
{
    QSqlDatabase pg = QSqlDatabase::database(m_pgName, false);
    if (pg.isOpen())
        return true;
    if (pg.open()) {
        qCInfo(lcServer) << "connected to PostgreSQL again";
        return true;
    }
    *error = tr("The database is not available: %1").arg(pg.lastError().text());
    return false;
}

void SyncServer::databaseFailed()
{
    m_statements.clear();
    QSqlDatabase::database(m_pgName, false).close();
    // A cache may hold what a rolled-back transaction did not keep: each is rebuilt from the log when next asked
    m_spaces.clear();
}

QSqlQuery &SyncServer::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, QSqlQuery(QSqlDatabase::database(m_pgName, false))).first;
        it->second.prepare(sql);
    }
    return it->second;
}

bool SyncServer::listenForPokes(QString *error)
{
    // A connection of its own that only listens: every server hears every commit, its own and the others'
    const QString name = m_pgName + QStringLiteral("-listen");
    {
        QSqlDatabase listener = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                             : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        configure(listener, m_options.pgConnect);
        if (!listener.open() || !listener.driver()->subscribeToNotification(PokeChannel)) {
            *error = tr("Cannot listen for changes in PostgreSQL: %1").arg(listener.lastError().text());
            listener.close();
            return false;
        }
        QObject::disconnect(listener.driver(), &QSqlDriver::notification, nullptr, nullptr);
        QObject::connect(listener.driver(), &QSqlDriver::notification,
                         [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                             poke(payload.toString());
                         });
    }
    if (!m_listenCheck) {
        // A listening connection that died (PostgreSQL restarted) hears nothing and says nothing: asked every few
        // seconds, and opened again when it does not answer
        m_listenCheck = std::make_unique<QTimer>();
        QObject::connect(m_listenCheck.get(), &QTimer::timeout, [this, name] {
            QSqlDatabase listener = QSqlDatabase::database(name, false);
            if (listener.isOpen() && QSqlQuery(QStringLiteral("SELECT 1"), listener).isActive())
                return;
            listener.close();
            QString problem;
            if (!listenForPokes(&problem))
                return;
            qCInfo(lcServer) << "listening to PostgreSQL again";
            // What was committed meanwhile was never announced: every desk looks now
            for (const auto &[socket, watcher] : m_sockets)
                socket->sendTextMessage(QStringLiteral("{\"poke\":\"%1\"}").arg(watcher.space));
        });
        m_listenCheck->start(ListenCheckMs);
    }
    return true;
}

SyncServer::Space *SyncServer::space(const QString &name, QString *error)
{
    auto it = m_spaces.find(name);
    if (it != m_spaces.end())
        return &it->second;
    // The cache is disposable: a fresh one per process, rebuilt from the log as requests come in
    QDir().mkpath(m_options.cacheDir);
    const QString file = name == QLatin1String(HeadOffice) ? QStringLiteral("head-office") : name;
    const QString path =
        QDir(m_options.cacheDir)
            .filePath(QStringLiteral("%1-%2.sqlite").arg(file, QUuid::createUuid().toString(QUuid::Id128)));
    Space s;
    s.cache = std::make_unique<Database>();
    if (!s.cache->open(path)) {
        *error = s.cache->errorMessage();
        return nullptr;
    }
    if (!s.cache->setDisposable(error))
        return nullptr;
    s.processor = std::make_unique<CommandProcessor>(*s.cache);
    return &m_spaces.emplace(name, std::move(s)).first->second;
}

bool SyncServer::start(quint16 port, QString *error, const QHostAddress &address)
{
    if (!openDatabase(error) || !listenForPokes(error))
        return false;
    // Many desks and their kept-alive connections: as many open files as the system allows this process
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    m_http = std::make_unique<QHttpServer>();
    ConnectionGuard::Limits limits;
    limits.maxBody = MaxBody;
    limits.headerTimeoutMs = m_options.headerTimeoutSeconds * 1000;
    limits.idleTimeoutMs = m_options.idleTimeoutSeconds * 1000;
    limits.perAddress = m_options.connectionsPerAddress;
    m_guard = std::make_unique<ConnectionGuard>(limits);
    QTcpServer *listener = nullptr;
    if (!m_options.certificate.isEmpty() || !m_options.privateKey.isEmpty()) {
        QFile certFile(m_options.certificate), keyFile(m_options.privateKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the TLS certificate %1 or its key %2.")
                         .arg(m_options.certificate, m_options.privateKey);
            return false;
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = tr("The TLS certificate %1 or its key %2 is not valid PEM.")
                         .arg(m_options.certificate, m_options.privateKey);
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::SecureProtocols);
        auto *ssl = new GuardedSslServer(m_guard.get(), m_http.get());
        ssl->setSslConfiguration(tls);
        listener = ssl;
    } else {
        listener = new GuardedTcpServer(m_guard.get(), m_http.get());
    }
    auto tooBig = [](const QHttpServerRequest &r) { return r.body().size() > MaxBody; };
    m_http->route(
        QStringLiteral("/v1/login"), QHttpServerRequest::Method::Post, [this, tooBig](const QHttpServerRequest &r) {
            return tooBig(r) ? failure(413, tr("Request too large.")) : login(r.body(), r.remoteAddress().toString());
        });
    m_http->route(QStringLiteral("/v1/refresh"), QHttpServerRequest::Method::Post,
                  [this, tooBig](const QHttpServerRequest &r) {
                      return tooBig(r) ? failure(413, tr("Request too large.")) : refresh(r.body());
                  });
    m_http->route(
        QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post, [this, tooBig](const QHttpServerRequest &r) {
            return tooBig(r) ? failure(413, tr("Request too large.")) : push(r.value("Authorization"), r.body());
        });
    m_http->route(QStringLiteral("/v1/pull"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) {
        bool ok = false;
        const qint64 cursor = r.query().queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || cursor < 0)
            return failure(400, tr("cursor must be a whole number of 0 or more."));
        return pull(r.value("Authorization"), cursor, r.query().queryItemValue(QStringLiteral("device")),
                    r.query().queryItemValue(QStringLiteral("outlet")));
    });
    m_http->route(QStringLiteral("/v1/snapshot"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) {
        return snapshot(r.value("Authorization"), r.query().queryItemValue(QStringLiteral("outlet")));
    });
    // Qt 6.4 hands an upgrade to the WebSocket server only once a route took the request: this route answers
    // a plain request and leaves an upgrade to newWebSocketConnection
    m_http->route(QStringLiteral("/v1/poke"), [](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
        if (r.value("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
            responder.write(QJsonDocument(QJsonObject{
                                {QStringLiteral("error"), tr("The poke channel is a WebSocket: ask with Upgrade.")}}),
                            QHttpServerResponder::StatusCode::UpgradeRequired);
    });
    QObject::connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, [this] {
        while (m_http->hasPendingWebSocketConnections())
            acceptWebSocket(m_http->nextPendingWebSocketConnection());
    });
    if (listener->listen(address, port)) {
        m_http->bind(listener);
        m_port = listener->serverPort();
    }
    if (m_port == 0) {
        *error = tr("Cannot listen on port %1.").arg(port);
        return false;
    }
    qCInfo(lcServer) << "listening on" << m_port << (m_options.certificate.isEmpty() ? "(plain HTTP)" : "(TLS)");
    return true;
}

QString SyncServer::passwordProblem(const QString &userId, const QString &password)
{
    if (password.size() < 8)
        return tr("A password has at least 8 characters.");
    bool digits = true;
    for (const QChar c : password)
        digits = digits && c.isDigit();
    if (digits)
        return tr("A password is not only digits (a phone number or a birthday is guessed first).");
    if (password.compare(userId, Qt::CaseInsensitive) == 0)
        return tr("A password is not the user's own name.");
    return {};
}

bool SyncServer::setPassword(const QString &userId, const QString &password, const QString &outlet, QString *error,
                             const QString &role)
{
    if (userId.isEmpty() || userId.size() > 200) {
        *error = tr("Name the user (at most 200 characters).");
        return false;
    }
    if (!role.isEmpty() && role != QLatin1String("admin")) {
        *error = tr("The only account role the server sets is admin (the centre's first administrator).");
        return false;
    }
    if (outlet != QLatin1String(HeadOffice) && !validOutlet(outlet)) {
        *error = tr("An outlet is named with letters, digits, - and _ (at most %1), or * for the head office.")
                     .arg(MaxOutletName);
        return false;
    }
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray pw = password.toUtf8();
    if (crypto_pwhash_str(hash, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        *error = tr("Out of memory while hashing the password.");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("INSERT INTO accounts(user_id, password_hash, outlet, role) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, "
                             "outlet = excluded.outlet, role = excluded.role"));
    q.addBindValue(userId);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(outlet);
    q.addBindValue(role.isNull() ? QStringLiteral("") : role); // not NULL: an ordinary account
    if (!run(q, error))
        return false;
    // A new password ends every session: a desk logged in with the old one logs in again
    QSqlQuery end(QSqlDatabase::database(m_pgName));
    end.prepare(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"));
    end.addBindValue(userId);
    return run(end, error);
}

QString SyncServer::issueToken(const QString &user, const QString &kind, qint64 lifetimeMs, QString *error)
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex());
    QSqlQuery s(QSqlDatabase::database(m_pgName));
    s.prepare(
        QStringLiteral("INSERT INTO sessions(token, user_id, expires_at, kind, hashed) VALUES (?, ?, ?, ?, true)"));
    s.addBindValue(tokenHash(token));
    s.addBindValue(user);
    s.addBindValue(QDateTime::currentMSecsSinceEpoch() + lifetimeMs);
    s.addBindValue(kind);
    return run(s, error) ? token : QString();
}

QString SyncServer::epoch()
{
    QSqlQuery e(QSqlDatabase::database(m_pgName));
    e.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'"));
    return e.next() ? e.value(0).toString() : QString();
}

qint64 SyncServer::lockedFor(const QString &user, const QString &address) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = qint64(m_options.lockMinutes) * 60000;
    qint64 wait = 0;
    const Failures account = m_failedAccounts.value(user);
    if (account.count >= m_options.failuresPerAccount && now - account.since < window)
        wait = std::max(wait, window - (now - account.since));
    const Failures from = m_failedAddresses.value(address);
    if (!address.isEmpty() && from.count >= m_options.failuresPerAddress && now - from.since < window)
        wait = std::max(wait, window - (now - from.since));
    return (wait + 999) / 1000;
}

void SyncServer::loginFailed(const QString &user, const QString &address)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = qint64(m_options.lockMinutes) * 60000;
    for (auto *table : {&m_failedAccounts, &m_failedAddresses}) {
        const QString key = table == &m_failedAccounts ? user : address;
        if (key.isEmpty())
            continue;
        Failures &f = (*table)[key];
        if (now - f.since >= window)
            f = Failures{0, now};
        ++f.count;
    }
    // A flood of made-up names must not grow the tables without end
    if (m_failedAccounts.size() > 100000)
        m_failedAccounts.clear();
    if (m_failedAddresses.size() > 100000)
        m_failedAddresses.clear();
}

QHttpServerResponse SyncServer::login(const QByteArray &body, const QString &address)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(body, &parseError).object();
    const QString user = o.value(QLatin1String("user")).toString();
    const QByteArray password = o.value(QLatin1String("password")).toString().toUtf8();
    if (parseError.error != QJsonParseError::NoError || user.isEmpty() || password.isEmpty() || user.size() > 200 ||
        password.size() > 1024)
        return failure(400, tr("Send {\"user\": …, \"password\": …}."));
    if (const qint64 wait = lockedFor(user, address); wait > 0) {
        qCWarning(lcServer) << "refused: login of" << user << "from" << address << "while locked after wrong passwords";
        return failure(
            429,
            tr("Too many wrong passwords: try again in %1 minute(s), or ask the administrator.").arg((wait + 59) / 60));
    }
    QString unavailable;
    if (!databaseReady(&unavailable))
        return failure(503, unavailable);
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("SELECT password_hash, outlet FROM accounts WHERE user_id = ?"));
    q.addBindValue(user);
    if (!q.exec()) {
        const QString problem = q.lastError().text();
        databaseFailed();
        return failure(503, problem);
    }
    // An unknown name costs the same Argon2 work as a known one: the answer's time tells nothing
    static const QByteArray dummy = [] {
        char hash[crypto_pwhash_STRBYTES] = {};
        const QByteArray random = QUuid::createUuid().toByteArray();
        if (crypto_pwhash_str(hash, random.constData(), quint64(random.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            qCWarning(lcServer) << "out of memory making the stand-in password hash";
        return QByteArray(hash);
    }();
    const bool known = q.next();
    const QByteArray stored = known ? q.value(0).toString().toLatin1() : dummy;
    if (crypto_pwhash_str_verify(stored.constData(), password.constData(), quint64(password.size())) != 0 || !known) {
        loginFailed(user, address);
        qCWarning(lcServer) << "refused: login of" << user << "with a wrong password";
        return failure(401, tr("Wrong user or password."));
    }
    const QString outlet = q.value(1).toString();
    // A user the centre deactivated logs in no more (their desk reads nobody's data)
    if (outlet != QLatin1String(HeadOffice)) {
        QString problem;
        Space *sp = space(outlet, &problem);
        if (!sp || !catchUp(outlet, *sp, &problem)) {
            databaseFailed();
            return failure(503, problem);
        }
        const auto record = sp->processor->store().load(Store::Users, user);
        if (record && !record->value(QStringLiteral("active")).toBool()) {
            qCWarning(lcServer) << "refused: login of the deactivated user" << user;
            return failure(401, tr("%1 is no longer an active user of this centre.").arg(user));
        }
    }
    m_failedAccounts.remove(user);
    QSqlQuery purge(QSqlDatabase::database(m_pgName));
    purge.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"));
    purge.addBindValue(QDateTime::currentMSecsSinceEpoch());
    purge.exec();
    QString problem;
    const QString access = issueToken(user, QStringLiteral("access"), qint64(m_options.tokenSeconds) * 1000, &problem);
    const QString refreshToken = access.isEmpty() ? QString()
                                                  : issueToken(user, QStringLiteral("refresh"),
                                                               qint64(m_options.refreshDays) * 86400000, &problem);
    if (refreshToken.isEmpty()) {
        databaseFailed();
        return failure(503, problem);
    }
    return json({{QStringLiteral("token"), access},
                 {QStringLiteral("refresh_token"), refreshToken},
                 {QStringLiteral("expires_in"), m_options.tokenSeconds},
                 {QStringLiteral("user"), user},
                 {QStringLiteral("outlet"), outlet},
                 {QStringLiteral("protocol_version"), ProtocolVersion}});
}

QHttpServerResponse SyncServer::refresh(const QByteArray &body)
{
    const QString token =
        QJsonDocument::fromJson(body).object().value(QLatin1String("refresh_token")).toString().left(200);
    if (token.isEmpty())
        return failure(400, tr("Send {\"refresh_token\": …}."));
    QString unavailable;
    if (!databaseReady(&unavailable))
        return failure(503, unavailable);
    // Used once: the refresh token is replaced by a new one (a stolen copy that is used second is refused), and
    // only while its account still exists
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("DELETE FROM sessions s USING accounts a WHERE s.token = ? AND s.kind = 'refresh' AND "
                             "s.expires_at > ? AND a.user_id = s.user_id RETURNING s.user_id"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        qCWarning(lcServer) << "refused: an unknown or expired refresh token";
        return failure(401, tr("The login has expired: log in again."));
    }
    const QString user = q.value(0).toString();
    QString problem;
    const QString access = issueToken(user, QStringLiteral("access"), qint64(m_options.tokenSeconds) * 1000, &problem);
    const QString next = access.isEmpty() ? QString()
                                          : issueToken(user, QStringLiteral("refresh"),
                                                       qint64(m_options.refreshDays) * 86400000, &problem);
    if (next.isEmpty())
        return failure(503, problem);
    return json({{QStringLiteral("token"), access},
                 {QStringLiteral("refresh_token"), next},
                 {QStringLiteral("expires_in"), m_options.tokenSeconds}});
}

SyncServer::Session SyncServer::session(const QByteArray &authorization)
{
    Session s;
    if (!authorization.startsWith("Bearer ") || authorization.size() > 200) {
        s.refusal = tr("Log in first (no token was sent).");
        qCWarning(lcServer) << "refused: a request without a token";
        return s;
    }
    if (!databaseReady(&s.refusal)) {
        s.unavailable = true;
        return s;
    }
    QSqlQuery &q =
        statement(QStringLiteral("SELECT s.user_id, s.expires_at, a.outlet, a.role FROM sessions s JOIN accounts a "
                                 "ON a.user_id = s.user_id WHERE s.token = ? AND s.kind = 'access'"));
    q.addBindValue(tokenHash(QString::fromLatin1(authorization.mid(7))));
    if (!q.exec()) {
        s.refusal = tr("The database is not available: %1").arg(q.lastError().text());
        s.unavailable = true;
        databaseFailed();
    } else if (!q.next()) {
        s.refusal = tr("Log in first (the token is not known).");
        qCWarning(lcServer) << "refused: an unknown token";
    } else if (q.value(1).toLongLong() <= QDateTime::currentMSecsSinceEpoch()) {
        s.refusal = tr("The token has expired: refresh it or log in again.");
        qCWarning(lcServer) << "refused: an expired token of" << q.value(0).toString();
    } else {
        s.user = q.value(0).toString();
        s.outlet = q.value(2).toString();
        s.role = q.value(3).toString();
    }
    return s;
}

QString SyncServer::readableSpace(const Session &who, const QString &asked, QString *refusal)
{
    if (who.outlet == QLatin1String(HeadOffice)) {
        if (asked.isEmpty() || asked == QLatin1String(HeadOffice))
            return QString::fromLatin1(HeadOffice);
        if (validOutlet(asked))
            return asked;
        *refusal = tr("No outlet is named %1.").arg(asked.left(MaxOutletName));
        return {};
    }
    if (asked.isEmpty() || asked == who.outlet)
        return who.outlet;
    qCWarning(lcServer) << "refused:" << who.user << "of outlet" << who.outlet << "asked for outlet"
                        << asked.left(MaxOutletName);
    *refusal = tr("%1 works for outlet %2 and cannot read outlet %3.").arg(who.user, who.outlet, asked.left(64));
    return {};
}

bool SyncServer::catchUp(const QString &name, Space &space, QString *error)
{
    Store &store = space.processor->store();
    const qint64 cursor = store.meta(QStringLiteral("server_cursor")).toLongLong();
    const bool all = name == QLatin1String(HeadOffice);
    QSqlQuery &q = statement(all ? QStringLiteral("SELECT gseq, device_id, mutation_id, command FROM command_log "
                                                  "WHERE gseq > ? ORDER BY gseq")
                                 : QStringLiteral("SELECT seq, device_id, mutation_id, command FROM command_log "
                                                  "WHERE outlet = ? AND seq > ? ORDER BY seq"));
    if (!all)
        q.addBindValue(name);
    q.addBindValue(cursor);
    if (!run(q, error))
        return false;
    while (q.next()) {
        Command command;
        CommandError parseError;
        const QJsonObject o = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        store.beginBatch();
        if (Command::fromJson(o, &command, &parseError)) {
            const CommandResult r = space.processor->apply(command, {q.value(1).toString(), q.value(2).toLongLong()});
            if (!r.ok)
                qCWarning(lcServer) << "log entry" << q.value(0).toLongLong() << "did not re-apply:" << r.error.message;
        }
        store.setMeta(QStringLiteral("server_cursor"), QString::number(q.value(0).toLongLong()));
        store.endBatch();
    }
    return true;
}

QJsonObject SyncServer::storedResult(const QString &deviceId, qint64 mutationId)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT seq FROM command_log WHERE device_id = ? AND mutation_id = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(mutationId);
    if (q.exec() && q.next())
        return {{QStringLiteral("mutation_id"), mutationId},
                {QStringLiteral("status"), QStringLiteral("accepted")},
                {QStringLiteral("seq"), q.value(0).toLongLong()},
                {QStringLiteral("duplicate"), true}};
    QSqlQuery &r =
        statement(QStringLiteral("SELECT field, message FROM rejections WHERE device_id = ? AND mutation_id = ?"));
    r.addBindValue(deviceId);
    r.addBindValue(mutationId);
    if (r.exec() && r.next())
        return {{QStringLiteral("mutation_id"), mutationId},
                {QStringLiteral("status"), QStringLiteral("rejected")},
                {QStringLiteral("field"), r.value(0).toString()},
                {QStringLiteral("message"), r.value(1).toString()},
                {QStringLiteral("duplicate"), true}};
    return {{QStringLiteral("mutation_id"), mutationId}, {QStringLiteral("status"), QStringLiteral("unknown")}};
}

QHttpServerResponse SyncServer::push(const QByteArray &authorization, const QByteArray &body)
{
    const Session who = session(authorization);
    if (who.user.isEmpty())
        return failure(who.unavailable ? 503 : 401, who.refusal);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failure(400, tr("The request is not a JSON object."));
    const QJsonObject request = doc.object();
    const QString device = request.value(QLatin1String("device_id")).toString();
    const QJsonValue commandsValue = request.value(QLatin1String("commands"));
    const QJsonArray commands = commandsValue.toArray();
    if (device.isEmpty() || device.size() > 100)
        return failure(400, tr("device_id is missing or too long."));
    if (request.value(QLatin1String("protocol_version")).toInt() != ProtocolVersion)
        return failure(426, tr("This server speaks protocol %1; update the desk.").arg(ProtocolVersion));
    if (!commandsValue.isArray())
        return failure(400, tr("commands must be a list."));
    if (commands.size() > MaxCommandsPerPush)
        return failure(413, tr("At most %1 commands per push.").arg(MaxCommandsPerPush));
    // The outlet the commands are for: the account's own; the head office names one
    QString outlet = request.value(QLatin1String("outlet")).toString();
    if (who.outlet == QLatin1String(HeadOffice)) {
        if (!validOutlet(outlet))
            return failure(400, tr("A head-office desk names the outlet its commands are for."));
    } else if (!outlet.isEmpty() && outlet != who.outlet) {
        qCWarning(lcServer) << "refused:" << who.user << "of outlet" << who.outlet << "pushed for outlet"
                            << outlet.left(MaxOutletName);
        return failure(403, tr("%1 works for outlet %2 and cannot give commands for outlet %3.")
                                .arg(who.user, who.outlet, outlet.left(MaxOutletName)));
    } else {
        outlet = who.outlet;
    }
    // Every entry is checked before any is applied: a malformed batch changes nothing
    for (const QJsonValue &entry : commands) {
        const QJsonObject e = entry.toObject();
        if (e.value(QLatin1String("mutation_id")).toInteger(-1) < 1 ||
            e.value(QLatin1String("command")).toObject().isEmpty())
            return failure(400, tr("Each command needs a mutation_id (1, 2, …) and the command object."));
    }
    QJsonArray results;
    QJsonObject conflict;
    QString problem;
    bool accepted = false;
    const int status = pushBatch(who, outlet, device, commands, &results, &conflict, &accepted, &problem);
    if (accepted)
        notify(outlet, device);
    if (status == 409) {
        conflict.insert(QStringLiteral("results"), results);
        return json(conflict, QHttpServerResponse::StatusCode::Conflict);
    }
    if (status != 200) {
        if (status == 503)
            databaseFailed();
        return failure(status, problem);
    }
    return json({{QStringLiteral("results"), results}, {QStringLiteral("epoch"), epoch()}});
}

int SyncServer::pushBatch(const Session &who, const QString &outlet, const QString &device, const QJsonArray &commands,
                          QJsonArray *results, QJsonObject *conflict, bool *accepted, QString *problem)
{
    QSqlDatabase pg = QSqlDatabase::database(m_pgName);
    if (!pg.transaction()) {
        *problem = tr("The database is not available: %1").arg(pg.lastError().text());
        return 503;
    }
    // The device's row, made on its first command, locked until the commit: its batches go in one at a time
    QSqlQuery &d = statement(QStringLiteral("INSERT INTO devices(device_id, user_id, last_mutation) VALUES (?, ?, 0) "
                                            "ON CONFLICT (device_id) DO UPDATE SET device_id = excluded.device_id "
                                            "RETURNING last_mutation, user_id"));
    d.addBindValue(device);
    d.addBindValue(who.user);
    if (!run(d, problem) || !d.next()) {
        pg.rollback();
        *problem = tr("The database is not available: %1").arg(*problem);
        return 503;
    }
    qint64 last = d.value(0).toLongLong();
    if (d.value(1).toString() != who.user) {
        pg.rollback();
        qCWarning(lcServer) << "refused:" << who.user << "pushed for the device of" << d.value(1).toString();
        *problem = tr("This device is registered to another user.");
        return 403;
    }
    // The outlet under its lock, its cache up to date with every server's commits, and its counters (the outlet's,
    // then the head office's over all outlets) locked in that order by every server
    Space *space = nullptr;
    QSqlQuery &lock = statement(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
    lock.addBindValue(outlet);
    if (!run(lock, problem) || !(space = this->space(outlet, problem)) || !catchUp(outlet, *space, problem)) {
        pg.rollback();
        *problem = tr("The database is not available: %1").arg(*problem);
        return 503;
    }
    qint64 seq[2] = {0, 0};
    const QString counters[2] = {outlet, QString::fromLatin1(HeadOffice)};
    for (int i = 0; i < 2; ++i) {
        QSqlQuery &c = statement(QStringLiteral("INSERT INTO outlet_counter(outlet, v) VALUES (?, 0) ON CONFLICT "
                                                "(outlet) DO UPDATE SET v = outlet_counter.v RETURNING v"));
        c.addBindValue(counters[i]);
        if (!run(c, problem) || !c.next()) {
            pg.rollback();
            *problem = tr("The database is not available: %1").arg(*problem);
            return 503;
        }
        seq[i] = c.value(0).toLongLong();
    }
    const qint64 firstSeq = seq[0];
    const qint64 lastBefore = last;
    Store &store = space->processor->store();
    int status = 200;
    // The whole batch in one PostgreSQL transaction and one SQLite transaction (a savepoint per command): all of it
    // is kept, or — when a database fails — none of it, and the desk sends it again
    store.beginBatch();
    try {
        for (const QJsonValue &entry : commands) {
            const qint64 mutation = entry[QLatin1String("mutation_id")].toInteger();
            const QJsonObject commandJson = entry[QLatin1String("command")].toObject();
            if (mutation <= last) { // sent again after a lost answer: the stored result, applied once
                *results << storedResult(device, mutation);
                continue;
            }
            if (mutation > last + 1) {
                *conflict = {{QStringLiteral("error"), tr("Commands are missing before %1.").arg(mutation)},
                             {QStringLiteral("expected"), last + 1}};
                status = 409;
                break;
            }
            Command command;
            CommandResult r;
            const QString text = compact(commandJson);
            if (!Command::fromJson(commandJson, &command, &r.error))
                r.ok = false;
            else if (const CommandError refusal = commandRefusal(who, outlet, *space, command, text.toUtf8().size());
                     !refusal.message.isEmpty())
                r.error = refusal;
            else
                r = space->processor->apply(command, {device, mutation});
            if (r.ok && command.name() == QLatin1String("user.upsert") &&
                !command.args().value(QLatin1String("active")).toBool(true)) {
                // A deactivated user's sessions end with the command that deactivates them
                QSqlQuery &end = statement(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"));
                end.addBindValue(command.args().value(QLatin1String("id")).toString());
                if (!run(end, problem))
                    throw StorageError(*problem);
            }
            QJsonObject result{{QStringLiteral("mutation_id"), mutation}};
            if (r.ok) {
                ++seq[0];
                ++seq[1];
                QSqlQuery &c =
                    statement(QStringLiteral("INSERT INTO command_log(outlet, seq, gseq, device_id, mutation_id, "
                                             "command, server_ts) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                for (const QVariant &v :
                     {QVariant(outlet), QVariant(seq[0]), QVariant(seq[1]), QVariant(device), QVariant(mutation),
                      QVariant(text), QVariant(QDateTime::currentMSecsSinceEpoch())})
                    c.addBindValue(v);
                if (!run(c, problem))
                    throw StorageError(*problem);
                result.insert(QStringLiteral("status"), QStringLiteral("accepted"));
                result.insert(QStringLiteral("seq"), seq[0]);
            } else {
                QSqlQuery &c = statement(QStringLiteral("INSERT INTO rejections(device_id, mutation_id, command, "
                                                        "field, message, server_ts) VALUES (?, ?, ?, ?, ?, ?)"));
                // What a refused command carried is kept only in part: junk is not stored whole
                for (const QVariant &v :
                     {QVariant(device), QVariant(mutation), QVariant(text.left(2000)), QVariant(r.error.field),
                      QVariant(r.error.message), QVariant(QDateTime::currentMSecsSinceEpoch())})
                    c.addBindValue(v);
                if (!run(c, problem))
                    throw StorageError(*problem);
                result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
                result.insert(QStringLiteral("field"), r.error.field);
                result.insert(QStringLiteral("message"), r.error.message);
                qCInfo(lcServer) << "rejected" << device << mutation << r.error.message;
            }
            last = mutation;
            *results << result;
        }
        if (last != lastBefore) {
            QSqlQuery &u = statement(QStringLiteral("UPDATE devices SET last_mutation = ? WHERE device_id = ?"));
            u.addBindValue(last);
            u.addBindValue(device);
            if (!run(u, problem))
                throw StorageError(*problem);
        }
        for (int i = 0; i < 2 && seq[0] != firstSeq; ++i) {
            QSqlQuery &c = statement(QStringLiteral("UPDATE outlet_counter SET v = ? WHERE outlet = ?"));
            c.addBindValue(seq[i]);
            c.addBindValue(counters[i]);
            if (!run(c, problem))
                throw StorageError(*problem);
        }
        if (seq[0] != firstSeq)
            store.setMeta(QStringLiteral("server_cursor"), QString::number(seq[0]));
        if (!pg.commit())
            throw StorageError(pg.lastError().text());
        *accepted = seq[0] != firstSeq;
        store.endBatch();
        return status;
    } catch (const StorageError &e) {
        pg.rollback();
        store.abortBatch();
        *results = QJsonArray();
        // The cache may hold what the database does not: rebuild it from the log on the next request
        m_spaces.erase(outlet);
        *problem = tr("The database is not available: %1").arg(e.message());
        return 503;
    }
}

CommandError SyncServer::commandRefusal(const Session &who, const QString &outlet, Space &space, const Command &command,
                                        qsizetype bytes) const
{
    if (bytes > MaxCommandBytes)
        return {QString(),
                tr("The command is larger than %1 KB; nothing a desk types is that long.").arg(MaxCommandBytes / 1024)};
    if (command.by() != who.user)
        return {QStringLiteral("by"), tr("A command must be given by the user who is logged in (%1).").arg(who.user)};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (command.at() < now.addDays(-m_options.maxCommandAgeDays) ||
        command.at() > now.addSecs(qint64(m_options.maxCommandAheadMinutes) * 60))
        return {
            QStringLiteral("at"),
            tr("The command's time (%1) is too far from the server's clock (%2): check the desk's date and time.")
                .arg(command.at().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     now.toOffsetFromUtc(command.at().offsetFromUtc()).toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    // Every command is a user's of the outlet: the account needs a user record there, active, whose role the rules
    // then check. Only the explicitly created first administrator gives commands before any record exists.
    const auto user = space.processor->store().load(Store::Users, who.user);
    if (!user && who.role != QLatin1String("admin")) {
        qCWarning(lcServer) << "refused:" << who.user << "has no user record in outlet" << outlet;
        return {QStringLiteral("by"),
                tr("%1 is not a user of outlet %2: the administrator adds the user at a desk first.")
                    .arg(who.user, outlet)};
    }
    return {};
}

QHttpServerResponse SyncServer::pull(const QByteArray &authorization, qint64 cursor, const QString &deviceId,
                                     const QString &outlet)
{
    const Session who = session(authorization);
    if (who.user.isEmpty())
        return failure(who.unavailable ? 503 : 401, who.refusal);
    QString refusal;
    const QString name = readableSpace(who, outlet, &refusal);
    if (name.isEmpty())
        return failure(403, refusal);
    constexpr int Page = 500;
    QSqlDatabase pg = QSqlDatabase::database(m_pgName);
    QSqlQuery q(pg);
    if (name == QLatin1String(HeadOffice)) {
        q.prepare(QStringLiteral("SELECT gseq, device_id, mutation_id, command FROM command_log WHERE gseq > ? "
                                 "ORDER BY gseq LIMIT %1")
                      .arg(Page));
    } else {
        q.prepare(QStringLiteral("SELECT seq, device_id, mutation_id, command FROM command_log WHERE outlet = ? "
                                 "AND seq > ? ORDER BY seq LIMIT %1")
                      .arg(Page));
        q.addBindValue(name);
    }
    q.addBindValue(cursor);
    QString problem;
    if (!run(q, &problem)) {
        databaseFailed();
        return failure(503, problem);
    }
    QJsonArray changes;
    qint64 last = cursor;
    while (q.next()) {
        last = q.value(0).toLongLong();
        changes << QJsonObject{
            {QStringLiteral("seq"), last},
            {QStringLiteral("device_id"), q.value(1).toString()},
            {QStringLiteral("mutation_id"), q.value(2).toLongLong()},
            {QStringLiteral("command"), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()}};
    }
    QJsonObject out{{QStringLiteral("epoch"), epoch()},
                    {QStringLiteral("space"), name},
                    {QStringLiteral("cursor"), last},
                    {QStringLiteral("more"), changes.size() == Page},
                    {QStringLiteral("changes"), changes}};
    // What the server holds of the asking device: after a restore from a backup it may be less than it confirmed
    if (!deviceId.isEmpty()) {
        QSqlQuery d(pg);
        d.prepare(QStringLiteral("SELECT last_mutation FROM devices WHERE device_id = ?"));
        d.addBindValue(deviceId.left(100));
        out.insert(QStringLiteral("device_last_mutation"), d.exec() && d.next() ? d.value(0).toLongLong() : 0);
    }
    return json(out);
}

QHttpServerResponse SyncServer::snapshot(const QByteArray &authorization, const QString &outlet)
{
    const Session who = session(authorization);
    if (who.user.isEmpty())
        return failure(who.unavailable ? 503 : 401, who.refusal);
    QString problem;
    const QString name = readableSpace(who, outlet, &problem);
    if (name.isEmpty())
        return failure(403, problem);
    QSqlDatabase pg = QSqlDatabase::database(m_pgName);
    if (!pg.transaction())
        return failure(503, pg.lastError().text());
    QSqlQuery q(pg);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
    q.addBindValue(name);
    Space *s = nullptr;
    if (!run(q, &problem) || !(s = space(name, &problem)) || !catchUp(name, *s, &problem)) {
        pg.rollback();
        databaseFailed();
        return failure(503, problem);
    }
    const QString cursor = s->processor->store().meta(QStringLiteral("server_cursor"));
    QTemporaryFile file(QDir(m_options.cacheDir).filePath(QStringLiteral("snapshot-XXXXXX.sqlite")));
    file.open();
    const QString path = file.fileName();
    file.close();
    QFile::remove(path);
    if (!s->cache->backupTo(path, &problem)) {
        pg.rollback();
        return failure(503, problem);
    }
    pg.rollback(); // nothing written; releases the lock
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();
    f.close();
    QFile::remove(path);
    return json({{QStringLiteral("epoch"), epoch()},
                 {QStringLiteral("space"), name},
                 {QStringLiteral("cursor"), cursor.toLongLong()},
                 {QStringLiteral("database"), QString::fromLatin1(bytes.toBase64())}});
}

void SyncServer::acceptWebSocket(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    const QUrlQuery query(socket->requestUrl());
    const Session who = session("Bearer " + query.queryItemValue(QStringLiteral("token")).left(200).toLatin1());
    QString refusal = who.refusal;
    const QString name =
        who.user.isEmpty() ? QString() : readableSpace(who, query.queryItemValue(QStringLiteral("outlet")), &refusal);
    if (name.isEmpty()) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, refusal);
        socket->deleteLater();
        return;
    }
    // The desk names itself, so that the changes it sends are not announced back to it
    m_sockets[socket] = {name, query.queryItemValue(QStringLiteral("device")).left(100)};
    QObject::connect(socket, &QWebSocket::disconnected, socket, [this, socket] {
        m_sockets.erase(socket);
        socket->deleteLater();
    });
    // Nothing is read from a desk on this channel: it only listens
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                     [socket](const QString &) { socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported); });
}

void SyncServer::notify(const QString &outlet, const QString &device)
{
    // Every server listening on the database pokes its desks, this one too. The payload names the outlet and the
    // desk that sent the change ("outlet\ndevice"): that desk has it already and is not poked
    QSqlQuery n(QSqlDatabase::database(m_pgName));
    n.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    n.addBindValue(PokeChannel);
    n.addBindValue(QString(outlet + QLatin1Char('\n') + device));
    if (!n.exec()) // the desks' poll still finds the change
        qCWarning(lcServer) << "could not notify the other servers:" << n.lastError().text();
}

void SyncServer::poke(const QString &payload)
{
    const QString outlet = payload.section(QLatin1Char('\n'), 0, 0);
    const QString sender = payload.section(QLatin1Char('\n'), 1);
    for (const auto &[socket, watcher] : m_sockets)
        if ((watcher.space == outlet || watcher.space == QLatin1String(HeadOffice)) &&
            (sender.isEmpty() || watcher.device != sender))
            socket->sendTextMessage(QStringLiteral("{\"poke\":\"%1\"}").arg(outlet));
}

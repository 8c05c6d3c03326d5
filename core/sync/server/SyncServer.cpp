#include "SyncServer.h"

#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrlQuery>
#include <QUuid>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcServer, "dispatchdesk.server")

namespace {
constexpr int ProtocolVersion = 1;
constexpr qsizetype MaxBody = 4 * 1024 * 1024;
constexpr int MaxCommandsPerPush = 1000;

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
} // namespace

SyncServer::SyncServer(const Options &options)
    : m_options(options), m_pgName(QStringLiteral("server-pg-") + QUuid::createUuid().toString(QUuid::Id128))
{}

SyncServer::~SyncServer()
{
    m_http.reset();
    m_processor.reset();
    m_cache.reset();
    if (QSqlDatabase::contains(m_pgName)) {
        QSqlDatabase::database(m_pgName, false).close();
        QSqlDatabase::removeDatabase(m_pgName);
    }
}

QHttpServerResponse SyncServer::failure(int status, const QString &message)
{
    return json({{QStringLiteral("error"), message}}, QHttpServerResponse::StatusCode(status));
}

bool SyncServer::openPostgres(QString *error)
{
    QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_pgName);
    for (const QString &part : m_options.pgConnect.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
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
    if (!pg.open()) {
        *error = tr("Cannot connect to PostgreSQL: %1").arg(pg.lastError().text());
        return false;
    }
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outlet_counter (outlet TEXT PRIMARY KEY, v BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                       "last_mutation BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS command_log (outlet TEXT NOT NULL, seq BIGINT NOT NULL, "
                       "device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL, command TEXT NOT NULL, "
                       "server_ts BIGINT NOT NULL, PRIMARY KEY (outlet, seq), UNIQUE (device_id, mutation_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rejections (device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL, "
                       "command TEXT NOT NULL, field TEXT, message TEXT NOT NULL, server_ts BIGINT NOT NULL, "
                       "PRIMARY KEY (device_id, mutation_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS accounts (user_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                       "expires_at BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO server_meta(key, value) VALUES ('epoch', md5(random()::text)) "
                       "ON CONFLICT (key) DO NOTHING"),
    };
    QSqlQuery q(pg);
    // Two servers starting together: one creates the tables, the other waits for it
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

bool SyncServer::openCache(QString *error)
{
    // The cache is disposable: a fresh one per process, rebuilt from the log as requests come in
    QDir().mkpath(m_options.cacheDir);
    const QString path = QDir(m_options.cacheDir)
                             .filePath(QStringLiteral("outlet-%1-%2.sqlite")
                                           .arg(m_options.outlet, QUuid::createUuid().toString(QUuid::Id128)));
    m_cache = std::make_unique<Database>();
    if (!m_cache->open(path)) {
        *error = m_cache->errorMessage();
        return false;
    }
    m_processor = std::make_unique<CommandProcessor>(*m_cache);
    m_processor->setOutboxEnabled(false);
    return true;
}

bool SyncServer::start(quint16 port, QString *error, const QHostAddress &address)
{
    if (sodium_init() < 0) {
        *error = tr("libsodium could not start.");
        return false;
    }
    if (!openPostgres(error) || !openCache(error))
        return false;
    m_http = std::make_unique<QHttpServer>();
    auto tooBig = [](const QHttpServerRequest &r) { return r.body().size() > MaxBody; };
    m_http->route(QStringLiteral("/v1/login"), QHttpServerRequest::Method::Post,
                  [this, tooBig](const QHttpServerRequest &r) {
                      return tooBig(r) ? failure(413, tr("Request too large.")) : login(r.body());
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
        return pull(r.value("Authorization"), cursor, r.query().queryItemValue(QStringLiteral("device")));
    });
    m_http->route(QStringLiteral("/v1/snapshot"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &r) { return snapshot(r.value("Authorization")); });
    m_port = m_http->listen(address, port);
    if (m_port == 0) {
        *error = tr("Cannot listen on port %1.").arg(port);
        return false;
    }
    qCInfo(lcServer) << "listening on" << m_port;
    return true;
}

bool SyncServer::setPassword(const QString &userId, const QString &password, QString *error)
{
    if (sodium_init() < 0)
        return false;
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray pw = password.toUtf8();
    if (crypto_pwhash_str(hash, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        *error = tr("Out of memory while hashing the password.");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("INSERT INTO accounts(user_id, password_hash) VALUES (?, ?) "
                             "ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash"));
    q.addBindValue(userId);
    q.addBindValue(QString::fromLatin1(hash));
    return run(q, error);
}

QHttpServerResponse SyncServer::login(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(body, &parseError).object();
    const QString user = o.value(QLatin1String("user")).toString();
    const QByteArray password = o.value(QLatin1String("password")).toString().toUtf8();
    if (parseError.error != QJsonParseError::NoError || user.isEmpty() || password.isEmpty())
        return failure(400, tr("Send {\"user\": …, \"password\": …}."));
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("SELECT password_hash FROM accounts WHERE user_id = ?"));
    q.addBindValue(user);
    if (!q.exec() || !q.next() ||
        crypto_pwhash_str_verify(q.value(0).toString().toLatin1().constData(), password.constData(),
                                 quint64(password.size())) != 0) {
        qCWarning(lcServer) << "login refused for" << user;
        return failure(401, tr("Wrong user or password."));
    }
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex());
    QSqlQuery s(QSqlDatabase::database(m_pgName));
    s.prepare(QStringLiteral("INSERT INTO sessions(token, user_id, expires_at) VALUES (?, ?, ?)"));
    s.addBindValue(token);
    s.addBindValue(user);
    s.addBindValue(QDateTime::currentMSecsSinceEpoch() + qint64(m_options.tokenMinutes) * 60000);
    QString problem;
    if (!run(s, &problem))
        return failure(503, problem);
    return json({{QStringLiteral("token"), token},
                 {QStringLiteral("user"), user},
                 {QStringLiteral("protocol_version"), ProtocolVersion}});
}

QString SyncServer::userForToken(const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer "))
        return {};
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("SELECT user_id FROM sessions WHERE token = ? AND expires_at > ?"));
    q.addBindValue(QString::fromLatin1(authorization.mid(7)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncServer::catchUp(QString *error)
{
    Store &store = m_processor->store();
    const qint64 cursor = store.meta(QStringLiteral("server_cursor")).toLongLong();
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("SELECT seq, device_id, mutation_id, command FROM command_log "
                             "WHERE outlet = ? AND seq > ? ORDER BY seq"));
    q.addBindValue(m_options.outlet);
    q.addBindValue(cursor);
    if (!run(q, error))
        return false;
    while (q.next()) {
        Command command;
        CommandError parseError;
        const QJsonObject o = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        store.beginBatch();
        if (Command::fromJson(o, &command, &parseError)) {
            const CommandResult r = m_processor->apply(command, {q.value(1).toString(), q.value(2).toLongLong()});
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
    QSqlQuery q(QSqlDatabase::database(m_pgName));
    q.prepare(QStringLiteral("SELECT seq FROM command_log WHERE device_id = ? AND mutation_id = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(mutationId);
    if (q.exec() && q.next())
        return {{QStringLiteral("mutation_id"), mutationId},
                {QStringLiteral("status"), QStringLiteral("accepted")},
                {QStringLiteral("seq"), q.value(0).toLongLong()},
                {QStringLiteral("duplicate"), true}};
    QSqlQuery r(QSqlDatabase::database(m_pgName));
    r.prepare(QStringLiteral("SELECT field, message FROM rejections WHERE device_id = ? AND mutation_id = ?"));
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
    const QString user = userForToken(authorization);
    if (user.isEmpty())
        return failure(401, tr("Log in first (the token is missing or has expired)."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failure(400, tr("The request is not a JSON object."));
    const QJsonObject request = doc.object();
    const QString device = request.value(QLatin1String("device_id")).toString();
    const QJsonArray commands = request.value(QLatin1String("commands")).toArray();
    if (device.isEmpty() || device.size() > 100)
        return failure(400, tr("device_id is missing or too long."));
    if (request.value(QLatin1String("protocol_version")).toInt() != ProtocolVersion)
        return failure(426, tr("This server speaks protocol %1; update the desk.").arg(ProtocolVersion));
    if (commands.size() > MaxCommandsPerPush)
        return failure(413, tr("At most %1 commands per push.").arg(MaxCommandsPerPush));
    QSqlDatabase pg = QSqlDatabase::database(m_pgName);
    Store &store = m_processor->store();
    QJsonArray results;
    for (const QJsonValue &entry : commands) {
        const qint64 mutation = entry.toObject().value(QLatin1String("mutation_id")).toInteger(-1);
        const QJsonObject commandJson = entry.toObject().value(QLatin1String("command")).toObject();
        if (mutation < 1 || commandJson.isEmpty())
            return failure(400, tr("Each command needs a mutation_id (1, 2, …) and the command object."));
        if (!pg.transaction())
            return failure(503, tr("The database is not available: %1").arg(pg.lastError().text()));
        QString problem;
        QSqlQuery q(pg);
        q.prepare(QStringLiteral("INSERT INTO devices(device_id, user_id, last_mutation) VALUES (?, ?, 0) "
                                 "ON CONFLICT (device_id) DO NOTHING"));
        q.addBindValue(device);
        q.addBindValue(user);
        q.exec();
        q.prepare(QStringLiteral("SELECT last_mutation, user_id FROM devices WHERE device_id = ? FOR UPDATE"));
        q.addBindValue(device);
        if (!run(q, &problem) || !q.next()) {
            pg.rollback();
            return failure(503, problem);
        }
        const qint64 last = q.value(0).toLongLong();
        if (q.value(1).toString() != user) {
            pg.rollback();
            qCWarning(lcServer) << user << "pushed for the device of" << q.value(1).toString();
            return failure(403, tr("This device is registered to another user."));
        }
        if (mutation <= last) { // sent again after a lost answer: the stored result, applied once
            pg.rollback();
            results << storedResult(device, mutation);
            continue;
        }
        if (mutation > last + 1) {
            pg.rollback();
            return json({{QStringLiteral("error"), tr("Commands are missing before %1.").arg(mutation)},
                         {QStringLiteral("expected"), last + 1},
                         {QStringLiteral("results"), results}},
                        QHttpServerResponse::StatusCode::Conflict);
        }
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
        q.addBindValue(m_options.outlet);
        if (!run(q, &problem) || !catchUp(&problem)) {
            pg.rollback();
            return failure(503, problem);
        }
        Command command;
        CommandResult r;
        bool applied = false;
        try {
            store.beginBatch();
            applied = true;
            if (!Command::fromJson(commandJson, &command, &r.error))
                r.ok = false;
            else if (command.by() != user)
                r.error = {QStringLiteral("by"),
                           tr("A command must be given by the user who is logged in (%1).").arg(user)};
            else
                r = m_processor->apply(command, {device, mutation});
            QJsonObject result{{QStringLiteral("mutation_id"), mutation}};
            if (r.ok) {
                QSqlQuery c(pg);
                c.prepare(QStringLiteral("INSERT INTO outlet_counter(outlet, v) VALUES (?, 0) ON CONFLICT DO NOTHING"));
                c.addBindValue(m_options.outlet);
                c.exec();
                c.prepare(QStringLiteral("UPDATE outlet_counter SET v = v + 1 WHERE outlet = ? RETURNING v"));
                c.addBindValue(m_options.outlet);
                if (!run(c, &problem) || !c.next())
                    throw StorageError(problem);
                const qint64 seq = c.value(0).toLongLong();
                c.prepare(QStringLiteral("INSERT INTO command_log(outlet, seq, device_id, mutation_id, command, "
                                         "server_ts) VALUES (?, ?, ?, ?, ?, ?)"));
                c.addBindValue(m_options.outlet);
                c.addBindValue(seq);
                c.addBindValue(device);
                c.addBindValue(mutation);
                c.addBindValue(QString::fromUtf8(QJsonDocument(commandJson).toJson(QJsonDocument::Compact)));
                c.addBindValue(QDateTime::currentMSecsSinceEpoch());
                if (!run(c, &problem))
                    throw StorageError(problem);
                store.setMeta(QStringLiteral("server_cursor"), QString::number(seq));
                result.insert(QStringLiteral("status"), QStringLiteral("accepted"));
                result.insert(QStringLiteral("seq"), seq);
            } else {
                QSqlQuery c(pg);
                c.prepare(QStringLiteral("INSERT INTO rejections(device_id, mutation_id, command, field, message, "
                                         "server_ts) VALUES (?, ?, ?, ?, ?, ?)"));
                c.addBindValue(device);
                c.addBindValue(mutation);
                c.addBindValue(QString::fromUtf8(QJsonDocument(commandJson).toJson(QJsonDocument::Compact)));
                c.addBindValue(r.error.field);
                c.addBindValue(r.error.message);
                c.addBindValue(QDateTime::currentMSecsSinceEpoch());
                if (!run(c, &problem))
                    throw StorageError(problem);
                result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
                result.insert(QStringLiteral("field"), r.error.field);
                result.insert(QStringLiteral("message"), r.error.message);
                qCInfo(lcServer) << "rejected" << device << mutation << r.error.message;
            }
            QSqlQuery d(pg);
            d.prepare(QStringLiteral("UPDATE devices SET last_mutation = ? WHERE device_id = ?"));
            d.addBindValue(mutation);
            d.addBindValue(device);
            if (!run(d, &problem) || !pg.commit())
                throw StorageError(problem.isEmpty() ? pg.lastError().text() : problem);
            store.endBatch();
            results << result;
        } catch (const StorageError &e) {
            pg.rollback();
            if (applied)
                store.abortBatch();
            return failure(503, tr("The database is not available: %1").arg(e.message()));
        }
    }
    QSqlQuery e(pg);
    e.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'"));
    return json({{QStringLiteral("results"), results},
                 {QStringLiteral("epoch"), e.next() ? e.value(0).toString() : QString()}});
}

QHttpServerResponse SyncServer::pull(const QByteArray &authorization, qint64 cursor, const QString &deviceId)
{
    if (userForToken(authorization).isEmpty())
        return failure(401, tr("Log in first (the token is missing or has expired)."));
    QSqlDatabase pg = QSqlDatabase::database(m_pgName);
    QSqlQuery q(pg);
    q.prepare(
        QStringLiteral("SELECT seq, device_id, mutation_id, command FROM command_log WHERE outlet = ? AND seq > ? "
                       "ORDER BY seq LIMIT 500"));
    q.addBindValue(m_options.outlet);
    q.addBindValue(cursor);
    QString problem;
    if (!run(q, &problem))
        return failure(503, problem);
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
    QSqlQuery e(pg);
    e.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'"));
    QJsonObject out{{QStringLiteral("epoch"), e.next() ? e.value(0).toString() : QString()},
                    {QStringLiteral("cursor"), last},
                    {QStringLiteral("more"), changes.size() == 500},
                    {QStringLiteral("changes"), changes}};
    // What the server holds of the asking device: after a restore from a backup it may be less than it confirmed
    if (!deviceId.isEmpty()) {
        QSqlQuery d(pg);
        d.prepare(QStringLiteral("SELECT last_mutation FROM devices WHERE device_id = ?"));
        d.addBindValue(deviceId);
        out.insert(QStringLiteral("device_last_mutation"), d.exec() && d.next() ? d.value(0).toLongLong() : 0);
    }
    return json(out);
}

QHttpServerResponse SyncServer::snapshot(const QByteArray &authorization)
{
    if (userForToken(authorization).isEmpty())
        return failure(401, tr("Log in first (the token is missing or has expired)."));
    QSqlDatabase pg = QSqlDatabase::database(m_pgName);
    QString problem;
    if (!pg.transaction())
        return failure(503, pg.lastError().text());
    QSqlQuery q(pg);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
    q.addBindValue(m_options.outlet);
    if (!run(q, &problem) || !catchUp(&problem)) {
        pg.rollback();
        return failure(503, problem);
    }
    const QString cursor = m_processor->store().meta(QStringLiteral("server_cursor"));
    QTemporaryFile file(QDir(m_options.cacheDir).filePath(QStringLiteral("snapshot-XXXXXX.sqlite")));
    file.open();
    const QString path = file.fileName();
    file.close();
    QFile::remove(path);
    if (!m_cache->backupTo(path, &problem)) {
        pg.rollback();
        return failure(503, problem);
    }
    pg.rollback(); // nothing written; releases the lock
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();
    f.close();
    QFile::remove(path);
    QSqlQuery e(pg);
    e.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'"));
    return json({{QStringLiteral("epoch"), e.next() ? e.value(0).toString() : QString()},
                 {QStringLiteral("cursor"), cursor.toLongLong()},
                 {QStringLiteral("database"), QString::fromLatin1(bytes.toBase64())}});
}

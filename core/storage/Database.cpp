#include "Database.h"

#include "Schema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <optional>

namespace {
QAtomicInt s_connectionCounter;

constexpr char SqliteMagic[] = "SQLite format 3";

quint32 readBigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(header.constData()) + offset);
}
} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName.isEmpty()
                           ? QStringLiteral("dispatchdesk-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1))
                           : connectionName)
{}

Database::~Database()
{
    close();
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

// Everything that can be decided from the file itself, before SQLite touches it: the header names the
// application and the schema version (user_version), so a foreign or newer file is refused unopened.
bool Database::checkExistingFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder, not a Dispatch Desk database.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return true; // an empty file: created in place
    if (header.size() < 100 || !header.startsWith(QByteArray(SqliteMagic)))
        return fail(tr("%1 is not a Dispatch Desk database (it is not an SQLite file).").arg(path));
    quint32 pageSize = qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(header.constData()) + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = readBigEndian32(header, 28);
    const bool headerCountValid = readBigEndian32(header, 24) == readBigEndian32(header, 92);
    if (headerCountValid && pageCount > 0 && quint64(info.size()) < quint64(pageCount) * pageSize &&
        !QFileInfo::exists(path + QStringLiteral("-wal")))
        return fail(tr("%1 is damaged: the file is shorter than its contents (truncated copy?).").arg(path));
    const QFile::Permissions perms = info.permissions();
    // The owner's write bit, not access(2): root may write anything, but a file marked read-only stays untouched.
    if (!(perms & QFileDevice::WriteOwner) || !info.isWritable())
        return fail(tr("%1 is read-only. Dispatch Desk needs to write to its database; "
                       "copy it somewhere writable or change its permissions.")
                        .arg(path));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fail(tr("The folder of %1 is read-only. Dispatch Desk keeps a journal beside its database "
                       "and needs to write there.")
                        .arg(path));

    // A read-only look inside, through SQLite so that committed changes still in the WAL count: whose file it
    // is (application_id), which data version (user_version), and whether its schema can be read at all.
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    enum { Ours, Fresh, Foreign, Newer, Damaged } verdict = Damaged;
    QString detail;
    qint64 version = 0;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (probe.open()) {
            QSqlQuery q(probe);
            auto scalar = [&q, &detail](const QString &sql) -> std::optional<qint64> {
                if (q.exec(sql) && q.next())
                    return q.value(0).toLongLong();
                detail = q.lastError().text();
                return std::nullopt;
            };
            const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
            const auto userVersion = scalar(QStringLiteral("PRAGMA user_version"));
            const auto objects = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            version = userVersion.value_or(0);
            if (!appId || !userVersion || !objects)
                verdict = Damaged;
            else if (*appId == 0 && *userVersion == 0 && *objects == 0)
                verdict = Fresh; // created by us and stopped before its first commit
            else if (quint32(*appId) != ApplicationId)
                verdict = Foreign;
            else if (*userVersion > LatestVersion)
                verdict = Newer;
            else if (scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'application'")).value_or(0) == 1 &&
                     scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets LIMIT 1)")).has_value())
                verdict = Ours;
            q.finish();
            probe.close();
        } else {
            detail = probe.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    switch (verdict) {
    case Ours:
    case Fresh:
        return true;
    case Foreign:
        return fail(tr("%1 is an SQLite file of another program, not a Dispatch Desk database.").arg(path));
    case Newer:
        return fail(tr("%1 was written by a newer Dispatch Desk (data version %2; this program knows up to %3). "
                       "Update Dispatch Desk to open it.")
                        .arg(path)
                        .arg(version)
                        .arg(LatestVersion));
    case Damaged:
        break;
    }
    return fail(tr("%1 is damaged and cannot be opened (%2). The file was left as it is; restore it from a backup.")
                    .arg(path, detail.isEmpty() ? tr("unknown error") : detail));
}

bool Database::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    const bool exists = QFileInfo::exists(path);
    if (exists) {
        if (!checkExistingFile(path))
            return false;
    } else {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    const QString problem = openConnection(path);
    return problem.isEmpty() ? true : fail(problem);
}

bool Database::setDisposable(QString *error)
{
    QSqlDatabase db = connection();
    return Schema::exec(db, QStringLiteral("PRAGMA synchronous=OFF"), error);
}

// Opens the named connection, sets the pragmas and migrates; returns what went wrong, if anything. No handle to
// the connection outlives this function, so a failure can remove the connection cleanly.
QString Database::openConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return tr("Cannot open %1: %2").arg(path, db.lastError().text());
    QString error;
    const QStringList pragmas = {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                                 QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY"),
                                 QStringLiteral("PRAGMA cache_size=-65536"),
                                 // Nothing in a schema runs a function on its own (a planted trigger or view)
                                 QStringLiteral("PRAGMA trusted_schema=OFF")};
    for (const QString &p : pragmas) {
        if (!Schema::exec(db, p, &error))
            return tr("Cannot prepare %1: %2").arg(path, error);
    }
    const int version = schemaVersion();
    if (version < 0)
        return tr("Cannot read the data version of %1.").arg(path);
    if (version < LatestVersion && !migrate(db, version, LatestVersion, &error))
        return version == 0 ? tr("Cannot create the database %1: %2").arg(path, error)
                            : tr("Cannot update %1 from data version %2: %3. Nothing was changed.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(error);
    return {};
}

bool Database::migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error)
{
    using Step = bool (*)(QSqlDatabase &, QString *);
    static const Step steps[] = {&Schema::migrateToV1, &Schema::migrateToV2, &Schema::migrateToV3,
                                 &Schema::migrateToV4, &Schema::migrateToV5, &Schema::migrateToV6,
                                 &Schema::migrateToV7, &Schema::migrateToV8, &Schema::migrateToV9};
    static_assert(sizeof(steps) / sizeof(steps[0]) == LatestVersion, "one migration step per version");
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        if (!steps[v - 1](db, error)) {
            db.rollback();
            return false;
        }
    }
    bool ok = Schema::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(toVersion), error);
    if (ok && fromVersion == 0)
        ok = Schema::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error);
    if (!ok || !db.commit()) {
        if (ok)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Database::backupTo(const QString &path, QString *error) const
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists; choose a new file name for the backup.").arg(path);
        return false;
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        *error = tr("The backup could not be written to %1: %2").arg(path, q.lastError().text());
        return false;
    }
    return true;
}

bool Database::restoreFrom(const QString &backupPath, QString *error, bool keepReplaced)
{
    const QString current = m_path;
    if (current.isEmpty() || !isOpen()) {
        *error = tr("No database is open.");
        return false;
    }
    // Check the backup on a copy, so that neither the backup nor the desk is touched if it is no good
    const QString staged = current + QStringLiteral(".restoring");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(staged + suffix);
    if (!QFile::copy(backupPath, staged)) {
        *error = tr("Cannot read the backup %1.").arg(backupPath);
        return false;
    }
    QFile::setPermissions(staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Database check;
        if (!check.open(staged)) {
            *error = tr("%1 cannot be restored: %2").arg(backupPath, check.errorMessage());
            check.close();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(staged + suffix);
            return false;
        }
        QSqlQuery q(check.connection());
        // Dispatch Desk writes no trigger and no view: one in a backup or a download is code planted to run inside
        // the desk (a trigger rewriting every later note), and the file is refused
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')")) ||
            !q.next() || q.value(0).toInt() != 0) {
            *error = tr("%1 holds triggers or views, which Dispatch Desk never writes: another program changed it, "
                        "and it is not restored. Restore the desk from a backup you trust.")
                         .arg(backupPath);
            q.finish();
            check.close();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(staged + suffix);
            return false;
        }
        // Every page read once: a file damaged in transit or on disk is refused before it replaces anything
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok")) {
            *error = tr("%1 cannot be restored: it is damaged (%2).")
                         .arg(backupPath, q.isActive() ? q.value(0).toString() : q.lastError().text());
            q.finish();
            check.close();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(staged + suffix);
            return false;
        }
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    close();
    const QString kept = current + QStringLiteral(".before-restore-") +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(current, kept)) {
        *error = tr("Cannot move the current database aside to %1; nothing was restored.").arg(kept);
        open(current);
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(current + suffix);
        QFile::remove(staged + suffix);
    }
    if (!QFile::rename(staged, current)) {
        QFile::remove(current);
        QFile::rename(kept, current);
        *error = tr("Cannot put the backup in place; the database was left as it was.");
        open(current);
        return false;
    }
    if (!open(current)) {
        *error = m_error;
        return false;
    }
    if (!keepReplaced) // a sync download: the replaced copy is the server's data anyway
        QFile::remove(kept);
    return true;
}

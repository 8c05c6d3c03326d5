#include "TestDesk.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/types.h>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Loads an SQL text fixture into a new SQLite file, the way an older release would have left it.
void loadFixture(const QString &sqlPath, const QString &dbPath)
{
    QFile f(sqlPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(dbPath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &stmt : text.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QString s;
            for (const QString &line : stmt.split(QLatin1Char('\n')))
                if (!line.startsWith(QStringLiteral("--")))
                    s += line + QLatin1Char('\n');
            if (s.trimmed().isEmpty())
                continue;
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

QString sqliteQuery(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("A new database is created at the latest version with the desk's pragmas", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/desk.sqlite"));
    Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() == Database::LatestVersion);
    CHECK(sqliteQuery(db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(sqliteQuery(db, QStringLiteral("PRAGMA foreign_keys")) == QStringLiteral("1"));
    CHECK(sqliteQuery(db, QStringLiteral("PRAGMA synchronous")) == QStringLiteral("2")); // FULL
    CHECK(sqliteQuery(db, QStringLiteral("PRAGMA application_id")).toUInt() == Database::ApplicationId);
    // Every record of SPEC §3 has its table
    for (const char *table : {"customers",
                              "customer_phones",
                              "products",
                              "tickets",
                              "ticket_events",
                              "appointments",
                              "contact_attempts",
                              "charges",
                              "payments",
                              "parts_used",
                              "loaners",
                              "callbacks",
                              "complaints",
                              "complaint_steps",
                              "technicians",
                              "zones",
                              "zone_travel",
                              "categories",
                              "fees",
                              "parts",
                              "users",
                              "settings",
                              "audit",
                              "outbox"}) {
        INFO(table);
        CHECK(sqliteQuery(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                  .arg(QLatin1String(table))) == QStringLiteral("1"));
    }
    db.close();
    // Opening it again changes nothing and keeps the version
    Database again;
    REQUIRE(again.open(path));
    CHECK(again.schemaVersion() == Database::LatestVersion);
}

TEST_CASE("A version 1 database is migrated with its data intact", "[database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    loadFixture(TestDesk::dataPath(QStringLiteral("fixtures/schema_v1.sql")), path);
    Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() == Database::LatestVersion);
    CHECK(sqliteQuery(db, QStringLiteral("SELECT number FROM tickets WHERE id = 'T1'")) ==
          QStringLiteral("DD-20251120-0001"));
    CHECK(sqliteQuery(db, QStringLiteral("SELECT name FROM customers WHERE id = 'C1'")) == QStringLiteral("张伟"));
    // v2 backfilled the reversed phone digits used for "last 4 digits" lookups
    CHECK(sqliteQuery(db, QStringLiteral("SELECT phone_rev FROM customer_phones WHERE phone = '+8613812345678'")) ==
          QStringLiteral("8765432183168"));
    CHECK(sqliteQuery(db, QStringLiteral("SELECT customer_id FROM customer_phones WHERE phone_rev LIKE '8765%' "
                                         "AND customer_id = 'C1'")) == QStringLiteral("C1"));
    // v3 indexed the existing customers for caller search: by 2-character name, by pinyin initials
    CHECK(sqliteQuery(db, QStringLiteral("SELECT c.id FROM customer_search s JOIN customers c ON c.rowid = s.rowid "
                                         "WHERE customer_search MATCH 'name : \"张 伟\"'")) == QStringLiteral("C1"));
    CHECK(sqliteQuery(db, QStringLiteral("SELECT c.id FROM customer_search s JOIN customers c ON c.rowid = s.rowid "
                                         "WHERE customer_search MATCH 'pinyin : lxy*'")) == QStringLiteral("C2"));
    // The migrated desk works: a reminder call on the migrated ticket
    CommandProcessor p(db);
    const CommandResult r = p.applyJson(QJsonObject{{QStringLiteral("command"), QStringLiteral("ticket.note")},
                                                    {QStringLiteral("at"), QStringLiteral("2026-11-20T10:00:00+08:00")},
                                                    {QStringLiteral("by"), QStringLiteral("u-clerk")},
                                                    {QStringLiteral("ticket"), QStringLiteral("T1")},
                                                    {QStringLiteral("text"), QStringLiteral("催单")},
                                                    {QStringLiteral("reminder"), true}});
    REQUIRE(r.ok);
    CHECK(sqliteQuery(db, QStringLiteral("SELECT priority FROM tickets WHERE id = 'T1'")) == QStringLiteral("urgent"));
}

TEST_CASE("A version 3 database gets the indexes a million-ticket desk needs (v4, v6), its data intact",
          "[database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        // A desk as release 3 left it: schema v3 with a customer, a product and a dispatched ticket
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QString error;
        REQUIRE(Database::migrate(raw, 0, 3, &error));
        QSqlQuery q(raw);
        for (const char *sql :
             {"INSERT INTO customers VALUES ('C1', '张伟', '北京市海淀区学院路1号', NULL, NULL, 0, 0)",
              "INSERT INTO products (id, customer_id, category, created_at) VALUES ('P1', 'C1', 'fridge', 0)",
              "INSERT INTO tickets (id, number, kind, state, priority, customer_id, product_id, technician_id, fault, "
              "channel, warranty, opened_at, opened_by, on_site_by, updated_at) VALUES ('T1', 'DD-1', 'repair', "
              "'dispatched', 'normal', 'C1', 'P1', 'W1', '不制冷', 'hotline', 'in', 0, 'u', 1000, 0)"})
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() == Database::LatestVersion);
    CHECK(sqliteQuery(db, QStringLiteral("SELECT state FROM tickets WHERE id = 'T1'")) == QStringLiteral("dispatched"));
    for (const char *index : {"tickets_state", "tickets_board", "tickets_technician", "tickets_repeat_of",
                              "appointments_active", "appointments_arrived", "callbacks_done", "payments_ticket",
                              "loaners_ticket", "complaints_ticket", "complaint_steps_complaint"})
        CHECK(sqliteQuery(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                                  .arg(QLatin1String(index))) == QStringLiteral("1"));
    // The alerts and a technician's open jobs are index lookups, not a pass over every ticket
    auto plan = [&db](const QString &sql) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QString text;
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
        return text;
    };
    CHECK(plan(QStringLiteral("SELECT id FROM tickets WHERE state IN ('dispatched','contacted','en_route') "
                              "AND on_site_by < 5"))
              .contains(QStringLiteral("tickets_state")));
    // The board reads the open tickets in order without passing over the closed ones
    CHECK(plan(QStringLiteral("SELECT t.id FROM tickets t JOIN customers c ON c.id = t.customer_id "
                              "WHERE t.state NOT IN ('closed','cancelled') ORDER BY t.opened_at"))
              .contains(QStringLiteral("COVERING INDEX tickets_board")));
    CHECK(plan(QStringLiteral("SELECT count(*) FROM tickets WHERE technician_id = 'W1' AND state IN "
                              "('dispatched','contacted')"))
              .contains(QStringLiteral("tickets_technician")));
    Store store(db.connection());
    CHECK(store.openTicketsOfTechnician(QStringLiteral("W1")) == 1);
}

TEST_CASE("A failed migration step leaves the old database as it was", "[database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    loadFixture(TestDesk::dataPath(QStringLiteral("fixtures/schema_v1.sql")), path);
    {
        // Sabotage: a column v2 wants to add already exists, so step 2 fails half-way
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sabotage"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE INDEX customer_phones_rev ON customers(name)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sabotage"));
    Database db;
    CHECK_FALSE(db.open(path));
    CHECK(db.errorMessage().contains(QStringLiteral("data version 1")));
    Database raw;
    // The file is still a consistent version 1 (the ALTER TABLE of step 2 was rolled back)
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(path);
    REQUIRE(check.open());
    {
        QSqlQuery q(check);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK_FALSE(q.exec(QStringLiteral("SELECT phone_rev FROM customer_phones")));
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST_CASE("Files that are not a usable desk database are refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("客户名单\n张伟 13812345678\n");
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorMessage().contains(QStringLiteral("not an SQLite file")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('x')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorMessage().contains(QStringLiteral("another program")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a database from a newer Dispatch Desk")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path));
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorMessage().contains(QStringLiteral("newer Dispatch Desk")));
        CHECK(db.errorMessage().contains(QStringLiteral("99")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a damaged database")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path));
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 4096);
        // Overwrite the schema pages after the header with noise
        f.seek(100);
        QByteArray noise(4000, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char(QRandomGenerator::global()->bounded(256));
        f.write(noise);
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorMessage().contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a truncated copy")
    {
        const QString path = dir.filePath(QStringLiteral("truncated.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path));
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorMessage().contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a read-only file")
    {
        const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path));
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileHash(path);
        Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorMessage().contains(QStringLiteral("read-only")));
        CHECK(fileHash(path) == before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SECTION("a folder")
    {
        Database db;
        CHECK_FALSE(db.open(dir.path()));
        CHECK(db.errorMessage().contains(QStringLiteral("folder")));
    }
}

TEST_CASE("Killed mid-write, the database opens intact with every committed row", "[database][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QSet<QString> committed;
    int kills = 0;
    for (int round = 0; round < 50; ++round) {
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({QStringLiteral("--crash-writer"), path});
        writer.start();
        REQUIRE(writer.waitForStarted());
        // Pull the plug at a random moment: mostly once it is writing (a busy machine may take a while to start
        // it), sometimes while it is still creating the database
        if (round % 10 != 0)
            writer.waitForReadyRead(20000);
        QThread::msleep(QRandomGenerator::global()->bounded(100));
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        ++kills;
        const QStringList lines = QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'));
        // The last line may be cut mid-write: only complete lines were printed after a returned commit
        for (int i = 0; i + 1 < lines.size(); ++i)
            committed.insert(lines.at(i));
        INFO(writer.readAllStandardError().toStdString());

        Database db;
        const bool opened = db.open(path);
        // why it would not open, with the files the kill left behind
        INFO("round " << round << ": " << db.errorMessage().toStdString() << " (database " << QFileInfo(path).size()
                      << " bytes, wal " << QFileInfo(path + QStringLiteral("-wal")).size() << ", shm "
                      << QFileInfo::exists(path + QStringLiteral("-shm")) << ")");
        REQUIRE(opened);
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
        QSet<QString> present;
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM customers")));
        while (q.next())
            present.insert(q.value(0).toString());
        for (const QString &id : committed) {
            INFO("committed but missing: " << id.toStdString());
            REQUIRE(present.contains(id));
        }
    }
    CHECK(kills == 50);
    CHECK(committed.size() > 50);
}

TEST_CASE("A version 4 database gets the sync columns of version 5, its outbox kept", "[database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QString error;
        REQUIRE(Database::migrate(raw, 0, 4, &error));
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO outbox(mutation_id, command, args, device_id, client_ts) "
                                      "VALUES (1, 'ticket.note', '{}', 'D1', 0)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() == Database::LatestVersion);
    CHECK(sqliteQuery(
              db, QStringLiteral("SELECT state || '/' || coalesce(result, '-') FROM outbox WHERE mutation_id = 1")) ==
          QStringLiteral("pending/-"));
}

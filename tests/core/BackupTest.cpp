#include "TestDesk.h"

#include "service/DeskService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

int tickets(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(s("SELECT count(*) FROM tickets")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void open(TestDesk &desk, const QString &id, const QString &at)
{
    REQUIRE(desk.apply(s("ticket.open"), at,
                       {{s("id"), id},
                        {s("kind"), s("repair")},
                        {s("fault"), s("不制冷")},
                        {s("allow_duplicate"), true},
                        {s("customer"), QJsonObject{{s("id"), s("C1")},
                                                    {s("name"), s("张伟")},
                                                    {s("phones"), QJsonArray{s("13812345678")}},
                                                    {s("address"), s("北京市海淀区中关村大街27号")}}},
                        {s("product"), QJsonObject{{s("id"), s("P1")}, {s("category"), s("fridge")}}}},
                       s("u-clerk"))
                .ok);
}
} // namespace

TEST_CASE("Backup while the desk works, restore brings that moment back and keeps the replaced file", "[backup]")
{
    TestDesk desk;
    QTemporaryDir dir;
    open(desk, s("T1"), s("2026-11-20T09:00:00+08:00"));
    const QString backup = dir.filePath(s("backup.sqlite"));
    QString error;
    REQUIRE(desk.database().backupTo(backup, &error));
    // A second backup to the same file is refused, the first one stays
    CHECK_FALSE(desk.database().backupTo(backup, &error));
    CHECK(error.contains(s("already exists")));
    open(desk, s("T2"), s("2026-11-20T10:00:00+08:00"));
    REQUIRE(tickets(desk.database()) == 2);

    // A damaged backup is refused and the desk is untouched
    const QString bad = dir.filePath(s("bad.sqlite"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just text that someone renamed");
    }
    CHECK_FALSE(desk.database().restoreFrom(bad, &error));
    CHECK(error.contains(s("not an SQLite file")));
    CHECK(tickets(desk.database()) == 2);

    REQUIRE(desk.database().restoreFrom(backup, &error));
    CHECK(tickets(desk.database()) == 1);
    // The replaced database is kept beside it, with T2
    QStringList kept = QDir(QFileInfo(desk.path()).absolutePath())
                           .entryList({QFileInfo(desk.path()).fileName() + s(".before-restore-*")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    Database old;
    REQUIRE(old.open(QFileInfo(desk.path()).absoluteDir().filePath(kept.first())));
    CHECK(tickets(old) == 2);
    // The backup file itself was not changed by the restore
    Database again;
    REQUIRE(again.open(backup));
    CHECK(tickets(again) == 1);
}

TEST_CASE("A backup or a download with a planted trigger is refused, and so is one damaged inside",
          "[backup][security]")
{
    TestDesk desk;
    QTemporaryDir dir;
    open(desk, s("T1"), s("2026-11-20T09:00:00+08:00"));
    QString error;
    // The attack of issue 20: a trigger that rewrites every later note, planted through an intercepting proxy
    const QString planted = dir.filePath(s("planted.sqlite"));
    REQUIRE(desk.database().backupTo(planted, &error));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(s("QSQLITE"), s("attacker"));
        raw.setDatabaseName(planted);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(s("CREATE TRIGGER rewrite AFTER INSERT ON ticket_events BEGIN "
                         "UPDATE ticket_events SET data = '{}' WHERE rowid = new.rowid; END")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(s("attacker"));
    CHECK_FALSE(desk.database().restoreFrom(planted, &error));
    CHECK(error.contains(s("triggers or views")));
    CHECK(error.contains(s("another program changed it")));
    CHECK(tickets(desk.database()) == 1); // the desk as it was

    // A page damaged in the middle: the header still reads, the check of every page does not
    const QString damaged = dir.filePath(s("damaged.sqlite"));
    REQUIRE(desk.database().backupTo(damaged, &error));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        REQUIRE(pages > 4);
        for (qint64 page = pages / 2; page < pages; ++page) { // the b-tree page headers of the second half
            f.seek(page * 4096);
            f.write(QByteArray(12, '\xA5'));
        }
    }
    CHECK_FALSE(desk.database().restoreFrom(damaged, &error));
    CHECK(error.contains(s("damaged")));
    CHECK(tickets(desk.database()) == 1);
}

TEST_CASE("A desk database deleted while the desk runs is noticed and written back from the open desk: nothing lost, "
          "the same device",
          "[backup][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("desk.sqlite"));
    DeskService desk;
    REQUIRE(desk.open(path));
    TestDesk::applyCentre(desk.processor());
    desk.setUser(s("u-clerk"));
    REQUIRE(TestDesk::openRepairOn(desk.processor(), s("T1"), s("2026-11-20T09:00:00+08:00")).ok);
    const QString device = desk.store().deviceId();
    const int unsent = desk.store().outboxCount(s("pending"));
    REQUIRE(unsent > 0);
    CHECK(desk.checkFileStillThere().isEmpty()); // there: nothing to say
    // A cleaning tool removes the file and its journal
    for (const QString &suffix : {QString(), s("-wal"), s("-shm")})
        QFile::remove(path + suffix);
    REQUIRE_FALSE(QFileInfo::exists(path));
    const QString said = desk.checkFileStillThere();
    INFO(said.toStdString());
    CHECK(said.contains(s("was deleted while the desk was open")));
    CHECK(said.contains(s("nothing was lost")));
    CHECK(QFileInfo::exists(path));
    CHECK(desk.store().deviceId() == device);
    CHECK(desk.store().outboxCount(s("pending")) == unsent);
    CHECK(desk.store().load(Store::Tickets, s("T1")).has_value());
    // The desk works on, on the file written back
    REQUIRE(desk.submit(s("ticket.note"), {{s("ticket"), s("T1")}, {s("text"), s("用户来电催修")}}).ok);
    Database reread;
    REQUIRE(reread.open(path));
    CommandProcessor again(reread);
    CHECK(again.store().outboxCount(s("pending")) == unsent + 1);
    CHECK(again.store().deviceId() == device);
}

#pragma once

#include "rules/CommandProcessor.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A desk on a fresh database in a temporary folder, with the centre of tests/replay/setup.jsonl when asked:
// users u-clerk/u-disp/u-sup, zones Z1 海淀区 and Z2 朝阳区 (40 min apart), categories fridge (12/36 months,
// main part COMP-01) and purifier, parts COMP-01/GASKET, fees VISIT/LAB-B, technicians W1 (Z1) and W2 (Z2).
class TestDesk
{
public:
    explicit TestDesk(bool withCentre = true);
    ~TestDesk();

    QString path() const;
    Database &database() { return *m_db; }
    CommandProcessor &processor() { return *m_processor; }
    Store &store() { return m_processor->store(); }

    // Applies one command given as JSON text (fields at top level beside command/at/by).
    CommandResult apply(const QString &json);
    // Applies one command; `fields` holds everything but the name, time and user.
    CommandResult apply(const QString &name, const QString &at, const QJsonObject &fields,
                        const QString &by = QStringLiteral("u-disp"));
    // Applies every line of a JSONL file under tests/ and returns how many were accepted.
    int applyFile(const QString &relativePath);

    Record ticket(const QString &id);
    QJsonObject snapshot(const QString &asOf);
    // The ticket's flags, e.g. {"late", "manager_followup"}.
    QStringList flags(const QString &ticketId);
    // The first column of the first row of `sql` (e.g. "SELECT count(*) FROM audit").
    QVariant scalar(const QString &sql);
    qint64 auditRows();
    // Opens a repair ticket `id` for customer C<id> (海淀区, Z1) about fridge P<id> (model BCD-470, bought
    // 2026-06-01, in warranty); `extra` overrides or adds fields (e.g. a different product object).
    CommandResult openRepair(const QString &id, const QString &at, const QJsonObject &extra = {});
    static CommandResult openRepairOn(CommandProcessor &processor, const QString &id, const QString &at,
                                      const QJsonObject &extra = {});
    static QVariant scalarOf(Database &database, const QString &sql);
    // Opens repair `id` at 09:00 on 2026-11-20 and moves it, as a desk would, to `state` (any state of SPEC §2.1):
    // dispatched to W1 at 09:05 without an appointment, contacted 09:10, en route 09:15, on site 09:30,
    // completed 10:00 (GASKET, VISIT), closed by its callback at 10:30; unreachable after failed calls at 09:10,
    // 09:20 and 09:30; pulled back / awaiting parts at 10:00; cancelled at 09:05.
    void driveTo(const QString &id, const QString &state);

    // "2026-11-20T09:30:00+08:00" from ("09:30") or ("09:30", 21); seconds as "09:30:59".
    static QString at(const QString &hhmm, int day = 20);
    static qint64 ms(const QString &iso);

    static QString dataPath(const QString &relative);
    // The folder of Excel workbooks tests/fixtures/make_workbooks.py writes with openpyxl, once per test run
    // (Debian's python3 and python3-openpyxl, which test.sh installs; a test needing them fails without them)
    static QString workbooks();
    // A workbook as openpyxl reads it (tests/fixtures/read_workbook.py): sheets → name, freeze, widths, rows of
    // cells {value, type, format, bold}
    static QJsonObject readWorkbook(const QString &path);
    // Applies tests/replay/setup.jsonl (the small centre) through `processor`, requiring every line to be accepted
    static void applyCentre(CommandProcessor &processor);
    static int runCrashWriter(const QString &dbPath);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandProcessor> m_processor;
};

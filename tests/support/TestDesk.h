#pragma once

#include "rules/CommandProcessor.h"
#include "storage/Database.h"

#include <QJsonObject>
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

    static QString dataPath(const QString &relative);
    static int runCrashWriter(const QString &dbPath);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandProcessor> m_processor;
};

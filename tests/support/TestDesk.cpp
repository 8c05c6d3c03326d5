#include "TestDesk.h"

#include "domain/Command.h"
#include "reports/DeskSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>
#include <catch2/catch.hpp>
#include <cstdio>

TestDesk::TestDesk(bool withCentre)
{
    REQUIRE(m_dir.isValid());
    m_db = std::make_unique<Database>();
    REQUIRE(m_db->open(path()));
    m_processor = std::make_unique<CommandProcessor>(*m_db);
    if (withCentre)
        REQUIRE(applyFile(QStringLiteral("replay/setup.jsonl")) == 13);
}

TestDesk::~TestDesk()
{
    m_processor.reset();
    m_db.reset();
}

QString TestDesk::path() const
{
    return m_dir.filePath(QStringLiteral("desk.sqlite"));
}

QString TestDesk::workbooks()
{
    static QTemporaryDir dir;
    static bool made = false;
    if (!made) {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {dataPath(QStringLiteral("fixtures/make_workbooks.py")), dir.path()});
        REQUIRE(python.waitForFinished(120000));
        INFO("make_workbooks.py: " << python.readAllStandardError().toStdString()
                                   << " (needs Debian's python3-openpyxl; ./test.sh installs it)");
        REQUIRE(python.exitCode() == 0);
        made = true;
    }
    return dir.path();
}

QJsonObject TestDesk::readWorkbook(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {dataPath(QStringLiteral("fixtures/read_workbook.py")), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString() << " (needs Debian's python3-openpyxl; ./test.sh installs it)");
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QString TestDesk::dataPath(const QString &relative)
{
    return QStringLiteral(DISPATCH_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

CommandResult TestDesk::apply(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    INFO(json.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return m_processor->applyJson(doc.object());
}

CommandResult TestDesk::apply(const QString &name, const QString &at, const QJsonObject &fields, const QString &by)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("command"), name);
    o.insert(QStringLiteral("at"), at);
    o.insert(QStringLiteral("by"), by);
    return m_processor->applyJson(o);
}

void TestDesk::applyCentre(CommandProcessor &processor)
{
    QFile setup(dataPath(QStringLiteral("replay/setup.jsonl")));
    REQUIRE(setup.open(QIODevice::ReadOnly));
    while (!setup.atEnd()) {
        const QByteArray line = setup.readLine().trimmed();
        if (!line.isEmpty())
            REQUIRE(processor.applyJson(QJsonDocument::fromJson(line).object()).ok);
    }
}

int TestDesk::applyFile(const QString &relativePath)
{
    QFile f(dataPath(relativePath));
    REQUIRE(f.open(QIODevice::ReadOnly));
    int ok = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const CommandResult r = apply(QString::fromUtf8(line));
        if (r.ok)
            ++ok;
        else
            WARN(
                QStringLiteral("%1: %2 %3").arg(QString::fromUtf8(line), r.error.field, r.error.message).toStdString());
    }
    return ok;
}

Record TestDesk::ticket(const QString &id)
{
    const auto t = store().load(Store::Tickets, id);
    REQUIRE(t.has_value());
    return *t;
}

QJsonObject TestDesk::snapshot(const QString &asOf)
{
    QDateTime t;
    REQUIRE(Command::parseTime(asOf, &t));
    return DeskSnapshot::build(store(), t.toMSecsSinceEpoch());
}

QStringList TestDesk::flags(const QString &ticketId)
{
    return ticket(ticketId).value(QStringLiteral("flags")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QVariant TestDesk::scalar(const QString &sql)
{
    return scalarOf(*m_db, sql);
}

QVariant TestDesk::scalarOf(Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

qint64 TestDesk::auditRows()
{
    return scalar(QStringLiteral("SELECT count(*) FROM audit")).toLongLong();
}

CommandResult TestDesk::openRepair(const QString &id, const QString &at, const QJsonObject &extra)
{
    return openRepairOn(*m_processor, id, at, extra);
}

CommandResult TestDesk::openRepairOn(CommandProcessor &processor, const QString &id, const QString &at,
                                     const QJsonObject &extra)
{
    QJsonObject fields{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), QStringLiteral("repair")},
        {QStringLiteral("channel"), QStringLiteral("hotline")},
        {QStringLiteral("fault"), QStringLiteral("冷藏室有异响")},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("C") + id)},
                     {QStringLiteral("name"), QStringLiteral("张伟")},
                     {QStringLiteral("phones"), QJsonArray{QStringLiteral("13812345678")}},
                     {QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街27号")},
                     {QStringLiteral("zone"), QStringLiteral("Z1")}}},
        {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("P") + id)},
                                                {QStringLiteral("category"), QStringLiteral("fridge")},
                                                {QStringLiteral("model"), QStringLiteral("BCD-470")},
                                                {QStringLiteral("purchase_date"), QStringLiteral("2026-06-01")}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        fields.insert(it.key(), it.value());
    return processor.apply(Command(QStringLiteral("ticket.open"), QDateTime::fromString(at, Qt::ISODate),
                                   QStringLiteral("u-clerk"), fields));
}

void TestDesk::driveTo(const QString &id, const QString &state)
{
    auto step = [&](const QString &name, const QString &hhmm, QJsonObject fields) {
        fields.insert(QStringLiteral("ticket"), id);
        const CommandResult r = apply(name, at(hhmm), fields);
        INFO(QStringLiteral("driving %1 to %2: %3 %4 %5")
                 .arg(id, state, name, r.error.field, r.error.message)
                 .toStdString());
        REQUIRE(r.ok);
    };
    REQUIRE(openRepair(id, at(QStringLiteral("09:00"))).ok);
    if (state == QLatin1String("new"))
        return;
    if (state == QLatin1String("guided_by_phone"))
        return step(QStringLiteral("ticket.guide_by_phone"), QStringLiteral("09:05"),
                    {{QStringLiteral("note"), QStringLiteral("指导")}});
    if (state == QLatin1String("cancelled"))
        return step(QStringLiteral("ticket.cancel"), QStringLiteral("09:05"),
                    {{QStringLiteral("reason"), QStringLiteral("用户取消")}});
    step(QStringLiteral("ticket.dispatch"), QStringLiteral("09:05"),
         {{QStringLiteral("technician"), QStringLiteral("W1")}});
    if (state == QLatin1String("dispatched"))
        return;
    if (state == QLatin1String("unreachable")) {
        for (const char *t : {"09:10", "09:20", "09:30"})
            step(QStringLiteral("ticket.contact_attempt"), QLatin1String(t), {{QStringLiteral("reached"), false}});
        return;
    }
    step(QStringLiteral("ticket.contact_attempt"), QStringLiteral("09:10"), {{QStringLiteral("reached"), true}});
    if (state == QLatin1String("contacted"))
        return;
    step(QStringLiteral("ticket.depart"), QStringLiteral("09:15"), {});
    if (state == QLatin1String("en_route"))
        return;
    step(QStringLiteral("ticket.arrive"), QStringLiteral("09:30"), {});
    if (state == QLatin1String("on_site"))
        return;
    if (state == QLatin1String("pulled_back")) {
        // R20: a loaner from the pool (added once), the customer's unit checked and signed for
        if (!store().load(Store::LoanerUnits, QStringLiteral("LN-001")))
            step(QStringLiteral("loaner.upsert"), QStringLiteral("09:45"),
                 {{QStringLiteral("serial"), QStringLiteral("LN-001")},
                  {QStringLiteral("category"), QStringLiteral("fridge")}});
        return step(QStringLiteral("ticket.pull_back"), QStringLiteral("10:00"),
                    {{QStringLiteral("loaner_serial"), QStringLiteral("LN-001")},
                     {QStringLiteral("iou"), QStringLiteral("IOU-1")},
                     {QStringLiteral("appearance"), QStringLiteral("外观完好")}});
    }
    if (state == QLatin1String("awaiting_parts"))
        return step(QStringLiteral("ticket.await_parts"), QStringLiteral("10:00"),
                    {{QStringLiteral("parts"), QJsonArray{QStringLiteral("GASKET")}}});
    step(QStringLiteral("ticket.complete"), QStringLiteral("10:00"),
         {{QStringLiteral("resolution"), QStringLiteral("更换密封垫")},
          {QStringLiteral("parts"),
           QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("GASKET")}, {QStringLiteral("qty"), 1}}}},
          {QStringLiteral("fee_lines"), QJsonArray{QStringLiteral("VISIT")}},
          {QStringLiteral("paid"), true},
          {QStringLiteral("signed_by"), QStringLiteral("张伟")}});
    if (state == QLatin1String("completed"))
        return;
    REQUIRE(state == QLatin1String("closed"));
    const CommandResult r = apply(QStringLiteral("callback.record"), at(QStringLiteral("10:30")),
                                  {{QStringLiteral("ticket"), id},
                                   {QStringLiteral("reached"), true},
                                   {QStringLiteral("solved"), true},
                                   {QStringLiteral("satisfaction"), QStringLiteral("满意")}},
                                  QStringLiteral("u-sup"));
    REQUIRE(r.ok);
}

QString TestDesk::at(const QString &hhmm, int day)
{
    return QStringLiteral("2026-11-%1T%2%3+08:00")
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(hhmm, hhmm.size() == 5 ? QStringLiteral(":00") : QString());
}

qint64 TestDesk::ms(const QString &iso)
{
    QDateTime t;
    REQUIRE(Command::parseTime(iso, &t));
    return t.toMSecsSinceEpoch();
}

// Child process of the crash-safety test: commits customers one at a time through the real command path and
// prints each id once its commit has returned; the parent kills it with SIGKILL at a random moment.
int TestDesk::runCrashWriter(const QString &dbPath)
{
    Database db;
    if (!db.open(dbPath)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 3;
    }
    CommandProcessor processor(db);
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00+08:00"), Qt::ISODate);
    const qint64 pid = QCoreApplication::applicationPid();
    for (int i = 0;; ++i) {
        const QString id = QStringLiteral("K%1-%2").arg(pid).arg(i);
        const QJsonObject fields{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QStringLiteral("客户%1").arg(i)},
            {QStringLiteral("phones"), QJsonArray{QStringLiteral("1381234%1").arg(i % 10000, 4, 10, QLatin1Char('0'))}},
            {QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街%1号").arg(i)}};
        const CommandResult r =
            processor.apply(Command(QStringLiteral("customer.upsert"), at.addSecs(i), QStringLiteral("crash"), fields));
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error.message));
            return 4;
        }
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
    }
}

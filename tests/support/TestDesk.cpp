#include "TestDesk.h"

#include "domain/Command.h"
#include "reports/DeskSnapshot.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <catch2/catch.hpp>
#include <cstdio>

TestDesk::TestDesk(bool withCentre)
{
    REQUIRE(m_dir.isValid());
    m_db = std::make_unique<Database>();
    REQUIRE(m_db->open(path()));
    m_processor = std::make_unique<CommandProcessor>(m_db->connection());
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
            WARN(QStringLiteral("%1: %2 %3").arg(QString::fromUtf8(line), r.error.field, r.error.message).toStdString());
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

// Child process of the crash-safety test: commits customers one at a time through the real command path and
// prints each id once its commit has returned; the parent kills it with SIGKILL at a random moment.
int TestDesk::runCrashWriter(const QString &dbPath)
{
    Database db;
    if (!db.open(dbPath)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 3;
    }
    CommandProcessor processor(db.connection());
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00+08:00"), Qt::ISODate);
    const qint64 pid = QCoreApplication::applicationPid();
    for (int i = 0;; ++i) {
        const QString id = QStringLiteral("K%1-%2").arg(pid).arg(i);
        const QJsonObject fields{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), QStringLiteral("客户%1").arg(i)},
                                 {QStringLiteral("phones"), QJsonArray{QStringLiteral("1381234%1").arg(i % 10000, 4, 10, QLatin1Char('0'))}},
                                 {QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街%1号").arg(i)}};
        const CommandResult r = processor.apply(Command(QStringLiteral("customer.upsert"), at.addSecs(i),
                                                        QStringLiteral("crash"), fields));
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error.message));
            return 4;
        }
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
    }
}

#include "DeskService.h"

DeskService::DeskService(QObject *parent) : QObject(parent), m_clock(std::make_unique<SystemClock>()) {}

DeskService::~DeskService()
{
    m_processor.reset();
    m_db.reset();
}

bool DeskService::open(const QString &path)
{
    m_processor.reset();
    m_db = std::make_unique<Database>();
    if (!m_db->open(path)) {
        m_error = m_db->errorMessage();
        m_db.reset();
        return false;
    }
    m_processor = std::make_unique<CommandProcessor>(*m_db);
    return true;
}

QString DeskService::path() const
{
    return m_db ? m_db->path() : QString();
}

void DeskService::setClock(std::unique_ptr<Clock> clock)
{
    m_clock = std::move(clock);
}

CommandResult DeskService::submit(const QString &name, const QJsonObject &fields)
{
    const QDateTime now = m_clock->now();
    return submit(Command(name, now.toOffsetFromUtc(now.offsetFromUtc()), m_user, fields));
}

CommandResult DeskService::submit(const Command &command)
{
    const CommandResult result = m_processor->apply(command);
    if (result.ok)
        emit commandApplied(command.name(), result);
    else
        emit commandRejected(command.name(), result.error);
    return result;
}

bool DeskService::restoreFrom(const QString &backupPath, QString *error, bool keepReplaced)
{
    m_processor.reset(); // its prepared statements belong to the connection being replaced
    const bool ok = m_db->restoreFrom(backupPath, error, keepReplaced);
    if (m_db->isOpen())
        m_processor = std::make_unique<CommandProcessor>(*m_db);
    if (ok)
        emit commandApplied(QStringLiteral("desk.restored"), CommandResult{true, {}, {}, {}});
    return ok;
}

#include "DeskService.h"

#include <QFileInfo>

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
    if (result.ok) {
        publish(result.changes);
        emit commandApplied(command.name(), result);
    } else {
        emit commandRejected(command.name(), result.error);
    }
    return result;
}

void DeskService::publish(const Changes &changes)
{
    if (changes.isEmpty())
        return;
    if (changes.reset) {
        emit deskReset();
        emit changed();
        return;
    }
    for (auto it = changes.reference.cbegin(); it != changes.reference.cend(); ++it)
        emit referenceChanged(Store::Table(it.key()), Changes::sorted(it.value()));
    if (!changes.settings.isEmpty())
        emit settingsChanged(Changes::sorted(changes.settings));
    if (!changes.tickets.isEmpty())
        emit ticketsChanged(Changes::sorted(changes.tickets));
    if (changes.visits)
        emit visitsChanged();
    if (!changes.callbackTickets.isEmpty())
        emit callbacksChanged(Changes::sorted(changes.callbackTickets));
    if (!changes.complaints.isEmpty())
        emit complaintsChanged(Changes::sorted(changes.complaints));
    if (!changes.tasks.isEmpty())
        emit tasksChanged(Changes::sorted(changes.tasks));
    emit changed();
}

QString DeskService::checkFileStillThere()
{
    const QString path = this->path();
    if (path.isEmpty() || QFileInfo::exists(path))
        return {};
    QString error;
    m_processor.reset(); // its statements hold the connection: VACUUM INTO needs it idle
    if (!m_db->backupTo(path, &error)) {
        m_processor = std::make_unique<CommandProcessor>(*m_db);
        return tr("The desk's database %1 was deleted while the desk was open, and it could not be written back "
                  "(%2). Keep the desk open and make a backup to another folder now (File → Backup).")
            .arg(path, error);
    }
    m_db = std::make_unique<Database>();
    if (!m_db->open(path)) {
        m_error = m_db->errorMessage();
        return tr("The desk's database %1 was deleted while the desk was open; it was written back but cannot be "
                  "opened again (%2). Do not close the desk: make a backup now (File → Backup).")
            .arg(path, m_error);
    }
    m_processor = std::make_unique<CommandProcessor>(*m_db);
    Changes reset;
    reset.reset = true;
    publish(reset);
    return tr("The desk's database %1 was deleted while the desk was open. It was written back from the open desk: "
              "nothing was lost.")
        .arg(path);
}

bool DeskService::restoreFrom(const QString &backupPath, QString *error, bool keepReplaced)
{
    m_processor.reset(); // its prepared statements belong to the connection being replaced
    const bool ok = m_db->restoreFrom(backupPath, error, keepReplaced);
    if (m_db->isOpen())
        m_processor = std::make_unique<CommandProcessor>(*m_db);
    if (ok) {
        Changes reset;
        reset.reset = true;
        publish(reset);
    }
    return ok;
}

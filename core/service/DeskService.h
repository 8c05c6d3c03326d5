#pragma once

#include "domain/Clock.h"
#include "rules/CommandProcessor.h"
#include "storage/Database.h"

#include <QObject>
#include <memory>

// One open desk: its database, the command processor and the clock. Windows hand it commands and listen for
// what changed; they never touch SQL or decide a rule.
class DeskService : public QObject
{
    Q_OBJECT
public:
    explicit DeskService(QObject *parent = nullptr);
    ~DeskService() override;

    bool open(const QString &path);
    QString errorMessage() const { return m_error; }
    QString path() const;

    // Who is working: every command carries this user.
    void setUser(const QString &userId) { m_user = userId; }
    QString user() const { return m_user; }

    const Clock &clock() const { return *m_clock; }
    void setClock(std::unique_ptr<Clock> clock);

    // Stamps the command with the clock's time and the user, applies it, and announces the change.
    CommandResult submit(const QString &name, const QJsonObject &fields);
    CommandResult submit(const Command &command);

    CommandProcessor &processor() { return *m_processor; }
    Database &database() { return *m_db; }
    // Tells the windows what changed outside one of this desk's commands (a pulled batch, an import, a download):
    // one typed signal per kind of record, once for the whole batch.
    void publish(const Changes &changes);
    // Replaces the desk's data with a backup (see Database::restoreFrom); publishes it as a reset.
    bool restoreFrom(const QString &backupPath, QString *error, bool keepReplaced = true);
    Store &store() { return m_processor->store(); }
    // Whether the database file is still where it was opened. A file deleted while the desk runs (a cleaning tool,
    // a mistaken delete) lives on only in the open connection: it is written back to its place from there and
    // opened again, with every unsent command and the same device. Returns what happened, for the user (empty:
    // the file is there).
    QString checkFileStillThere();

signals:
    // What changed, once per transaction or batch; views subscribe to what they show. `ids` are sorted.
    void ticketsChanged(const QStringList &ids);
    void callbacksChanged(const QStringList &ticketIds);
    void complaintsChanged(const QStringList &ids);
    void tasksChanged(const QStringList &ids); // R21: the manager's tasks
    void visitsChanged();
    void referenceChanged(Store::Table table, const QStringList &ids);
    void settingsChanged(const QStringList &keys);
    // Everything may have changed (a restore, a download, an import): reload
    void deskReset();
    // After the signals above, once: something changed (the status bar counts)
    void changed();
    // This desk's own command was applied (sync sends it soon) or refused (the window says why)
    void commandApplied(const QString &name, const CommandResult &result);
    void commandRejected(const QString &name, const CommandError &error);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandProcessor> m_processor;
    std::unique_ptr<Clock> m_clock;
    QString m_user;
    QString m_error;
};

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
    // Tells the windows that data changed outside a single command (an import): they reload.
    void announce(const QString &what) { emit commandApplied(what, CommandResult{true, {}, {}, {}}); }
    // A command applied on this desk's data by someone else (sync): the windows update as for their own
    void announce(const QString &name, const CommandResult &result) { emit commandApplied(name, result); }
    // Replaces the desk's data with a backup (see Database::restoreFrom); announces it as "desk.restored".
    bool restoreFrom(const QString &backupPath, QString *error, bool keepReplaced = true);
    Store &store() { return m_processor->store(); }

signals:
    void commandApplied(const QString &name, const CommandResult &result);
    void commandRejected(const QString &name, const CommandError &error);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandProcessor> m_processor;
    std::unique_ptr<Clock> m_clock;
    QString m_user;
    QString m_error;
};

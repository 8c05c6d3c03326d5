#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A rejected command: the field that is wrong and, in words a clerk understands, what is wrong with it.
struct CommandError
{
    QString field;
    QString message;
    bool isError() const { return !message.isEmpty(); }
};

// One change to the desk's data: a named, validated, timestamped value (SPEC §6). Its fields stand at the
// top level of the JSON object beside "command", "at" and "by".
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    Command() = default;
    Command(const QString &name, const QDateTime &at, const QString &by, const QJsonObject &args = {});

    // Parses one JSON object; on failure returns false and names the field in `error`.
    static bool fromJson(const QJsonObject &object, Command *command, CommandError *error);
    QJsonObject toJson() const;

    QString name() const { return m_name; }
    QDateTime at() const { return m_at; }
    qint64 atMs() const { return m_at.toMSecsSinceEpoch(); }
    QString by() const { return m_by; }
    const QJsonObject &args() const { return m_args; }
    QJsonObject &args() { return m_args; }

    static bool parseTime(const QString &text, QDateTime *out);

private:
    QString m_name;
    QDateTime m_at;
    QString m_by;
    QJsonObject m_args;
};

#include "Command.h"

Command::Command(const QString &name, const QDateTime &at, const QString &by, const QJsonObject &args)
    : m_name(name), m_at(at), m_by(by), m_args(args)
{}

bool Command::parseTime(const QString &text, QDateTime *out)
{
    // ISO-8601 with an explicit offset or Z; a time without an offset is ambiguous across desks.
    static const QLatin1String zulu("Z");
    const QString t = text.trimmed();
    if (t.size() < 19 || t.at(10) != QLatin1Char('T'))
        return false;
    const QString tail = t.mid(19);
    const bool hasOffset = tail.endsWith(zulu) || tail.contains(QLatin1Char('+')) || tail.contains(QLatin1Char('-'));
    if (!hasOffset)
        return false;
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return false;
    *out = dt;
    return true;
}

bool Command::fromJson(const QJsonObject &object, Command *command, CommandError *error)
{
    const QJsonValue name = object.value(QLatin1String("command"));
    if (!name.isString() || name.toString().isEmpty()) {
        *error = {QStringLiteral("command"), tr("The command name is missing.")};
        return false;
    }
    const QJsonValue at = object.value(QLatin1String("at"));
    QDateTime when;
    if (!at.isString() || !parseTime(at.toString(), &when)) {
        *error = {QStringLiteral("at"), tr("The time is missing or not a full date and time with a UTC offset "
                                           "(for example 2026-11-20T10:00:00+08:00).")};
        return false;
    }
    const QJsonValue by = object.value(QLatin1String("by"));
    if (!by.isString() || by.toString().trimmed().isEmpty()) {
        *error = {QStringLiteral("by"), tr("The user who gave the command is missing.")};
        return false;
    }
    QJsonObject args = object;
    args.remove(QLatin1String("command"));
    args.remove(QLatin1String("at"));
    args.remove(QLatin1String("by"));
    *command = Command(name.toString(), when, by.toString().trimmed(), args);
    return true;
}

QJsonObject Command::toJson() const
{
    QJsonObject o = m_args;
    o.insert(QLatin1String("command"), m_name);
    o.insert(QLatin1String("at"), m_at.toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("by"), m_by);
    return o;
}

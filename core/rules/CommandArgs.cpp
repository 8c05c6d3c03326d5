#include "CommandArgs.h"

#include "Labels.h"

#include <QRegularExpression>

#include <QHash>

#include "domain/Command.h"
#include "rules/Rejection.h"

CommandArgs::CommandArgs(const QJsonObject &object, const QString &prefix) : m_object(object), m_prefix(prefix) {}

QString CommandArgs::field(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
}

void CommandArgs::reject(const QString &name, const QString &message) const
{
    throw Rejection(field(name), message);
}

QJsonValue CommandArgs::value(const QString &name) const
{
    return m_object.value(name);
}

bool CommandArgs::has(const QString &name) const
{
    const QJsonValue v = value(name);
    return !v.isUndefined() && !v.isNull();
}

QString CommandArgs::requiredString(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        reject(name, tr("%1 is required.").arg(Labels::field(field(name))));
    if (!v.isString())
        reject(name, tr("%1 must be text.").arg(Labels::field(field(name))));
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        reject(name, tr("%1 is required and cannot be blank.").arg(Labels::field(field(name))));
    if (s.size() > 2000)
        reject(
            name,
            tr("%1 is too long (%2 characters; at most %3).").arg(Labels::field(field(name))).arg(s.size()).arg(2000));
    return s;
}

QString CommandArgs::optionalString(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        reject(name, tr("%1 must be text.").arg(Labels::field(field(name))));
    const QString s = v.toString().trimmed();
    if (s.size() > 2000)
        reject(
            name,
            tr("%1 is too long (%2 characters; at most %3).").arg(Labels::field(field(name))).arg(s.size()).arg(2000));
    return s;
}

bool CommandArgs::requiredBool(const QString &name) const
{
    const QJsonValue v = value(name);
    if (!v.isBool())
        reject(name, tr("%1 must be true or false.").arg(Labels::field(field(name))));
    return v.toBool();
}

std::optional<bool> CommandArgs::optionalBool(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        reject(name, tr("%1 must be true or false.").arg(Labels::field(field(name))));
    return v.toBool();
}

std::optional<qint64> CommandArgs::optionalInteger(const QString &name, qint64 min, qint64 max) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
        reject(name, tr("%1 must be a whole number from %2 to %3.").arg(Labels::field(field(name))).arg(min).arg(max));
    return qint64(d);
}

qint64 CommandArgs::requiredInteger(const QString &name, qint64 min, qint64 max) const
{
    const auto v = optionalInteger(name, min, max);
    if (!v)
        reject(name, tr("%1 is required.").arg(Labels::field(field(name))));
    return *v;
}

std::optional<qint64> CommandArgs::optionalTime(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    QDateTime dt;
    if (!v.isString() || !Command::parseTime(v.toString(), &dt))
        reject(name, tr("%1 must be a date and time with a UTC offset, for example 2026-11-20T14:00:00+08:00.")
                         .arg(Labels::field(field(name))));
    return dt.toMSecsSinceEpoch();
}

qint64 CommandArgs::requiredTime(const QString &name) const
{
    const auto t = optionalTime(name);
    if (!t)
        reject(name, tr("%1 is required.").arg(Labels::field(field(name))));
    return *t;
}

std::optional<QDate> CommandArgs::optionalDate(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    const QString text = v.isString() ? v.toString().trimmed() : QString();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    // Written right but no such day (2025-02-30): say so, not "wrong format"
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!d.isValid() && shape.match(text).hasMatch())
        reject(name, tr("%1: there is no such day as %2.").arg(Labels::field(field(name)), text));
    if (!d.isValid())
        reject(name,
               tr("%1 must be a date written as YYYY-MM-DD, for example 2025-06-18.").arg(Labels::field(field(name))));
    return d;
}

QJsonArray CommandArgs::optionalArray(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        reject(name, tr("%1 must be a list.").arg(Labels::field(field(name))));
    return v.toArray();
}

QJsonArray CommandArgs::requiredArray(const QString &name) const
{
    const QJsonArray a = optionalArray(name);
    if (a.isEmpty())
        reject(name, tr("%1 needs at least one entry.").arg(Labels::field(field(name))));
    return a;
}

QStringList CommandArgs::stringList(const QString &name) const
{
    QStringList out;
    const QJsonArray a = optionalArray(name);
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
            reject(name, tr("%1[%2] must be non-empty text.").arg(Labels::field(field(name))).arg(i));
        out << a.at(i).toString().trimmed();
    }
    return out;
}

QString CommandArgs::oneOf(const QString &name, const QStringList &allowed, const QString &fallback) const
{
    const QString s = fallback.isNull() ? requiredString(name) : optionalString(name);
    if (s.isEmpty())
        return fallback;
    if (!allowed.contains(s))
        reject(name, tr("%1 is \"%2\"; it must be one of: %3.")
                         .arg(Labels::field(field(name)), s, allowed.join(QStringLiteral(", "))));
    return s;
}

QString CommandArgs::satisfaction(const QString &name) const
{
    static const QHash<QString, QString> aliases = {{QStringLiteral("satisfied"), QStringLiteral("满意")},
                                                    {QStringLiteral("fairly_satisfied"), QStringLiteral("基本满意")},
                                                    {QStringLiteral("unsatisfied"), QStringLiteral("不满意")}};
    const QString given = optionalString(name);
    const QString value = aliases.value(given, given);
    if (!value.isEmpty() && value != QStringLiteral("满意") && value != QStringLiteral("基本满意") &&
        value != QStringLiteral("不满意"))
        reject(name, tr("satisfaction must be 满意, 基本满意 or 不满意."));
    return value;
}

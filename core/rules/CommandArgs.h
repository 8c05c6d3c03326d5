#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// Reads a command's fields, rejecting (with the field's name) anything missing or of the wrong type.
// `prefix` names nested objects in errors: "customer.phones[1]".
class CommandArgs
{
    Q_DECLARE_TR_FUNCTIONS(CommandArgs)
public:
    explicit CommandArgs(const QJsonObject &object, const QString &prefix = QString());

    QString field(const QString &name) const;
    bool has(const QString &name) const;
    QString requiredString(const QString &name) const;
    QString optionalString(const QString &name) const;
    bool requiredBool(const QString &name) const;
    std::optional<bool> optionalBool(const QString &name) const;
    qint64 requiredInteger(const QString &name, qint64 min, qint64 max) const;
    std::optional<qint64> optionalInteger(const QString &name, qint64 min, qint64 max) const;
    qint64 requiredTime(const QString &name) const;
    std::optional<qint64> optionalTime(const QString &name) const;
    std::optional<QDate> optionalDate(const QString &name) const;
    QJsonArray optionalArray(const QString &name) const;
    QJsonArray requiredArray(const QString &name) const;
    QStringList stringList(const QString &name) const;
    // 满意 / 基本满意 / 不满意 (or satisfied / fairly_satisfied / unsatisfied), empty when not given
    QString satisfaction(const QString &name) const;
    QString oneOf(const QString &name, const QStringList &allowed, const QString &fallback = QString()) const;
    [[noreturn]] void reject(const QString &name, const QString &message) const;

    const QJsonObject &object() const { return m_object; }

private:
    QJsonValue value(const QString &name) const;
    QJsonObject m_object;
    QString m_prefix;
};

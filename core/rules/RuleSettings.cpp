#include "RuleSettings.h"

namespace {
struct IntKey
{
    const char *key;
    int RuleSettings::*member;
    int min;
    int max;
};

const IntKey kIntKeys[] = {
    {"phone_guidance_callback_minutes", &RuleSettings::phoneGuidanceCallbackMinutes, 1, 7 * 24 * 60},
    {"onsite_sla_minutes", &RuleSettings::onsiteSlaMinutes, 1, 7 * 24 * 60},
    {"sla_warning_minutes", &RuleSettings::slaWarningMinutes, 0, 24 * 60},
    {"contact_within_minutes", &RuleSettings::contactWithinMinutes, 1, 24 * 60},
    {"contact_retry_minutes", &RuleSettings::contactRetryMinutes, 0, 24 * 60},
    {"contact_max_attempts", &RuleSettings::contactMaxAttempts, 1, 20},
    {"late_manager_minutes", &RuleSettings::lateManagerMinutes, 1, 24 * 60},
    {"callback_within_hours", &RuleSettings::callbackWithinHours, 1, 24 * 14},
    {"callback_max_attempts", &RuleSettings::callbackMaxAttempts, 1, 20},
    {"callback_retry_minutes", &RuleSettings::callbackRetryMinutes, 1, 24 * 60},
    {"repeat_repair_days", &RuleSettings::repeatRepairDays, 1, 3650},
    {"appointment_minutes", &RuleSettings::appointmentMinutes, 5, 24 * 60},
    {"complaint_deadline_hours", &RuleSettings::complaintDeadlineHours, 1, 24 * 90},
    {"dispatch_urgent_minutes", &RuleSettings::dispatchUrgentMinutes, 1, 24 * 60},
    {"dispatch_other_minutes", &RuleSettings::dispatchOtherMinutes, 1, 7 * 24 * 60},
    {"manager_task_hours", &RuleSettings::managerTaskHours, 1, 24 * 30},
    {"not_home_wait_minutes", &RuleSettings::notHomeWaitMinutes, 0, 60},
    {"not_home_alert_count", &RuleSettings::notHomeAlertCount, 1, 10},
    {"utc_offset_minutes", &RuleSettings::utcOffsetMinutes, -14 * 60, 14 * 60},
};
} // namespace

RuleSettings RuleSettings::fromValues(const QHash<QString, QString> &values)
{
    RuleSettings s;
    for (const IntKey &k : kIntKeys) {
        bool ok = false;
        const int v = values.value(QLatin1String(k.key)).toInt(&ok);
        if (ok)
            s.*(k.member) = v;
    }
    const QString prefix = values.value(QStringLiteral("ticket_prefix"));
    if (!prefix.isEmpty())
        s.ticketPrefix = prefix;
    const QString device = values.value(QStringLiteral("device_id"));
    if (!device.isEmpty())
        s.deviceId = device;
    s.centreName = values.value(QStringLiteral("centre_name"));
    s.centreHotline = values.value(QStringLiteral("centre_hotline"));
    s.supervisionPhone = values.value(QStringLiteral("supervision_phone"));
    return s;
}

QStringList RuleSettings::knownKeys()
{
    QStringList keys;
    for (const IntKey &k : kIntKeys)
        keys << QLatin1String(k.key);
    keys << QStringLiteral("ticket_prefix") << QStringLiteral("device_id") << QStringLiteral("centre_name")
         << QStringLiteral("centre_hotline") << QStringLiteral("supervision_phone");
    return keys;
}

QString RuleSettings::validate(const QString &key, const QString &value)
{
    for (const IntKey &k : kIntKeys) {
        if (key != QLatin1String(k.key))
            continue;
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < k.min || v > k.max)
            return tr("%1 must be a whole number from %2 to %3.").arg(key).arg(k.min).arg(k.max);
        return {};
    }
    if (key == QLatin1String("ticket_prefix") || key == QLatin1String("device_id")) {
        if (value.isEmpty() || value.size() > 16 || value.contains(QLatin1Char(' ')))
            return tr("%1 must be 1 to 16 characters without spaces.").arg(key);
        return {};
    }
    if (key == QLatin1String("centre_name") || key == QLatin1String("centre_hotline") ||
        key == QLatin1String("supervision_phone")) {
        if (value.trimmed().isEmpty() || value.size() > 60)
            return tr("%1 must be 1 to 60 characters.").arg(key);
        return {};
    }
    return tr("There is no setting called \"%1\".").arg(key);
}

#include "RuleSettingsModel.h"

#include "rules/RuleSettings.h"
#include "service/DeskService.h"

#include <QFont>

namespace {
struct KeyInfo
{
    const char *key;
    int RuleSettings::*member;
};

const KeyInfo kInts[] = {
    {"phone_guidance_callback_minutes", &RuleSettings::phoneGuidanceCallbackMinutes},
    {"onsite_sla_minutes", &RuleSettings::onsiteSlaMinutes},
    {"sla_warning_minutes", &RuleSettings::slaWarningMinutes},
    {"contact_within_minutes", &RuleSettings::contactWithinMinutes},
    {"contact_retry_minutes", &RuleSettings::contactRetryMinutes},
    {"contact_max_attempts", &RuleSettings::contactMaxAttempts},
    {"late_manager_minutes", &RuleSettings::lateManagerMinutes},
    {"callback_within_hours", &RuleSettings::callbackWithinHours},
    {"callback_max_attempts", &RuleSettings::callbackMaxAttempts},
    {"callback_retry_minutes", &RuleSettings::callbackRetryMinutes},
    {"repeat_repair_days", &RuleSettings::repeatRepairDays},
    {"appointment_minutes", &RuleSettings::appointmentMinutes},
    {"complaint_deadline_hours", &RuleSettings::complaintDeadlineHours},
    {"dispatch_urgent_minutes", &RuleSettings::dispatchUrgentMinutes},
    {"dispatch_other_minutes", &RuleSettings::dispatchOtherMinutes},
    {"manager_task_hours", &RuleSettings::managerTaskHours},
    {"not_home_wait_minutes", &RuleSettings::notHomeWaitMinutes},
    {"not_home_alert_count", &RuleSettings::notHomeAlertCount},
    {"utc_offset_minutes", &RuleSettings::utcOffsetMinutes},
};
} // namespace

RuleSettingsModel::RuleSettingsModel(DeskService &desk, QObject *parent)
    : QAbstractTableModel(parent), m_desk(desk), m_keys(RuleSettings::knownKeys())
{
    m_values = m_desk.store().settings();
    connect(&desk, &DeskService::settingsChanged, this, &RuleSettingsModel::settingsChanged);
    connect(&desk, &DeskService::deskReset, this, &RuleSettingsModel::reload);
}

int RuleSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int RuleSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RuleSettingsModel::reload()
{
    m_values = m_desk.store().settings();
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

void RuleSettingsModel::settingsChanged(const QStringList &keys)
{
    m_values = m_desk.store().settings();
    for (const QString &key : keys) {
        const int row = rowOfKey(key);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString RuleSettingsModel::defaultValue(const QString &key)
{
    const RuleSettings defaults;
    for (const KeyInfo &k : kInts)
        if (key == QLatin1String(k.key))
            return QString::number(defaults.*(k.member));
    if (key == QLatin1String("ticket_prefix"))
        return defaults.ticketPrefix;
    if (key == QLatin1String("device_id"))
        return defaults.deviceId;
    return {};
}

QString RuleSettingsModel::value(const QString &key) const
{
    const QString v = m_values.value(key);
    return v.isEmpty() ? defaultValue(key) : v;
}

QString RuleSettingsModel::description(const QString &key)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("phone_guidance_callback_minutes"),
         QT_TR_NOOP("Callback after the customer was guided on the phone")},
        {QStringLiteral("onsite_sla_minutes"), QT_TR_NOOP("Technician on site within this time of dispatch")},
        {QStringLiteral("sla_warning_minutes"), QT_TR_NOOP("Alert the board this long before the on-site deadline")},
        {QStringLiteral("contact_within_minutes"),
         QT_TR_NOOP("Technician calls the customer within this time of dispatch")},
        {QStringLiteral("contact_retry_minutes"), QT_TR_NOOP("Next call after the customer did not answer")},
        {QStringLiteral("contact_max_attempts"), QT_TR_NOOP("Unanswered calls before the ticket is unreachable")},
        {QStringLiteral("late_manager_minutes"),
         QT_TR_NOOP("Late by more than this: goodwill gift, and the customer's answer to the apology")},
        {QStringLiteral("dispatch_urgent_minutes"), QT_TR_NOOP("An urgent or high new ticket is dispatched within")},
        {QStringLiteral("dispatch_other_minutes"), QT_TR_NOOP("Any other new ticket is dispatched within")},
        {QStringLiteral("manager_task_hours"), QT_TR_NOOP("A manager's task is due within")},
        {QStringLiteral("not_home_wait_minutes"),
         QT_TR_NOOP("The technician waits at the door at least this long before leaving")},
        {QStringLiteral("not_home_alert_count"), QT_TR_NOOP("Not at home this many times raises an alert")},
        {QStringLiteral("callback_within_hours"), QT_TR_NOOP("Callback due this long after completion")},
        {QStringLiteral("callback_max_attempts"), QT_TR_NOOP("Callback tries before it is closed as unreachable")},
        {QStringLiteral("callback_retry_minutes"), QT_TR_NOOP("Next callback try after the customer did not answer")},
        {QStringLiteral("repeat_repair_days"),
         QT_TR_NOOP("A repair within this many days of the last one is a repeat repair")},
        {QStringLiteral("appointment_minutes"), QT_TR_NOOP("Length of an appointment when none is given")},
        {QStringLiteral("complaint_deadline_hours"), QT_TR_NOOP("A complaint must be resolved within")},
        {QStringLiteral("utc_offset_minutes"), QT_TR_NOOP("The desk's time zone, in minutes east of UTC")},
        {QStringLiteral("ticket_prefix"), QT_TR_NOOP("Letters in front of every ticket number")},
        {QStringLiteral("centre_name"),
         QT_TR_NOOP("The centre's name, printed on the receipt, dispatch sheet and fee card")},
        {QStringLiteral("centre_hotline"), QT_TR_NOOP("The service hotline customers call")},
        {QStringLiteral("supervision_phone"),
         QT_TR_NOOP("The supervision and complaint number (监督电话) printed for customers")},
        {QStringLiteral("device_id"), QT_TR_NOOP("This desk's name for sync")},
    };
    const char *text = texts.value(key);
    return text ? tr(text) : key;
}

QString RuleSettingsModel::unit(const QString &key)
{
    if (key.endsWith(QLatin1String("_minutes")))
        return tr("minutes");
    if (key.endsWith(QLatin1String("_hours")))
        return tr("hours");
    if (key.endsWith(QLatin1String("_days")))
        return tr("days");
    if (key.endsWith(QLatin1String("_attempts")) || key.endsWith(QLatin1String("_count")))
        return tr("times");
    return {};
}

QVariant RuleSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const QString k = m_keys.at(index.row());
    const bool isDefault = value(k) == defaultValue(k);
    switch (role) {
    case KeyRole:
        return k;
    case IsDefaultRole:
        return isDefault;
    case RawValueRole:
        if (index.column() == Value || index.column() == Default) {
            const QString v = index.column() == Value ? value(k) : defaultValue(k);
            bool ok = false;
            const int n = v.toInt(&ok);
            return ok ? QVariant(n) : QVariant(v);
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Description:
            return description(k);
        case Value:
            return value(k);
        case Unit:
            return unit(k);
        case Default:
            return defaultValue(k);
        case Key:
            return k;
        }
        break;
    case Qt::FontRole:
        if (index.column() == Value && !isDefault) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        return isDefault ? tr("The default value") : tr("Changed from the default (%1)").arg(defaultValue(k));
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Default)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant RuleSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description:
        return tr("Rule");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Default:
        return tr("Default");
    case Key:
        return tr("Setting");
    }
    return {};
}

Qt::ItemFlags RuleSettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Value)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RuleSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Value || role != Qt::EditRole || index.row() >= m_keys.size())
        return false;
    const QString k = m_keys.at(index.row());
    const QString v = value.toString().trimmed();
    if (v == this->value(k))
        return false;
    const CommandResult result =
        m_desk.submit(QStringLiteral("setting.set"), {{QStringLiteral("key"), k}, {QStringLiteral("value"), v}});
    if (!result.ok) {
        emit changeRefused(tr("Not saved: %1").arg(result.error.message));
        return false;
    }
    emit changeSaved(tr("%1 is now %2 %3.").arg(description(k), v, unit(k)));
    return true;
}

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// The numbers of SPEC §2.2 that an admin can change, read by the rules from the settings table.
struct RuleSettings
{
    Q_DECLARE_TR_FUNCTIONS(RuleSettings)
public:
    int phoneGuidanceCallbackMinutes = 120;
    int onsiteSlaMinutes = 180;
    int slaWarningMinutes = 30;
    int contactWithinMinutes = 30;
    int contactRetryMinutes = 10;
    int contactMaxAttempts = 3;
    int lateManagerMinutes = 15;
    int callbackWithinHours = 24;
    int callbackMaxAttempts = 3;
    int callbackRetryMinutes = 60;
    int repeatRepairDays = 30;
    int appointmentMinutes = 60;
    int complaintDeadlineHours = 48;
    int dispatchUrgentMinutes = 30; // R9: a new urgent or high ticket is dispatched within this
    int dispatchOtherMinutes = 120; // R9: any other new ticket
    int managerTaskHours = 24;      // R21: a manager's task is due this long after it was created
    int notHomeWaitMinutes = 5;     // R19: how long the technician waits at the door
    int notHomeAlertCount = 2;      // R19: not at home this many times raises an alert
    int utcOffsetMinutes = 480;
    QString ticketPrefix = QStringLiteral("DD");
    QString deviceId = QStringLiteral("local");
    // The centre's own identity [000 三.3(3) 监督电话], printed on the receipt, the dispatch sheet and the fee card
    QString centreName;
    QString centreHotline;
    QString supervisionPhone;

    static RuleSettings fromValues(const QHash<QString, QString> &values);
    // Names every key an admin may set; anything else is refused.
    static QStringList knownKeys();
    // Empty when `value` is acceptable for `key`, otherwise what is wrong with it.
    static QString validate(const QString &key, const QString &value);
};

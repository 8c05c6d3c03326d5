#pragma once

#include "rules/RuleSettings.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QStringList>

// R10: an appointment must fit the technician's shift, must not overlap another of their appointments, and must
// leave time to travel between zones. Returns what is wrong, in words, or nothing. ticket.dispatch/reschedule/
// reassign refuse a conflict without an override reason; the board shows the same answer before a drop.
class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRules)
public:
    static QStringList conflicts(Store &store, const QString &technicianId, const Record &ticket, qint64 start,
                                 qint64 end, const RuleSettings &settings);
};

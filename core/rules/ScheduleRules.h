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

    // One technician's day as drawn: visits that overlap in time cannot share a line, so each gets the first track
    // (line within the lane) free at its start; an overlap is a conflict (R10) unless the visits only touch.
    struct Placement
    {
        int track = 0;
        bool conflict = false; // overlaps another visit of the same technician
    };
    // `visits`: [start, end) in ms, any order. Returns one placement per visit, in the same order, and the number
    // of tracks the lane needs (at least 1).
    static QList<Placement> placeVisits(const QList<QPair<qint64, qint64>> &visits, int *tracks);
};

#pragma once

#include "rules/RuleSettings.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// R10: an appointment must fit the technician's shift, must not overlap another of their appointments, and must
// leave time to travel between zones. Returns what is wrong, in words, or nothing. ticket.dispatch/reschedule/
// reassign refuse a conflict without an override reason; the board shows the same answer before a drop.
class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRules)
public:
    static QStringList conflicts(Store &store, const QString &technicianId, const Record &ticket, qint64 start,
                                 qint64 end, const RuleSettings &settings);

    // R10 for the suggestions: the earliest start, from `nowMs` and within the next three days, at which a visit of
    // the usual length (appointment_minutes) to `ticket` fits the technician's shift, their other visits and the
    // travel between them; nothing when the three days are full
    static std::optional<qint64> nextFreeStart(Store &store, const QString &technicianId, const Record &ticket,
                                               qint64 nowMs, const RuleSettings &settings);

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

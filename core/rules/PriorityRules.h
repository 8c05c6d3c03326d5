#pragma once

#include <QString>

// R7: a priority suggested from the fault's words and the kind of job. Safety first (gas, smoke, sparks,
// flooding), then an essential appliance down, then appointments.
namespace PriorityRules {
QString suggest(const QString &kind, const QString &category, const QString &fault);
bool isValid(const QString &priority);
// urgent=0 … scheduled=3
int rank(const QString &priority);
// One step more urgent (a reminder call); urgent stays urgent.
QString raised(const QString &priority);
} // namespace PriorityRules

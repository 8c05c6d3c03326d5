#pragma once

#include "rules/RuleSettings.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QStringList>

// R11: who should take this ticket. First the technician who installed or last serviced the product, then skill
// for the category, coverage of the customer's zone, free time before the deadline and today's load.
struct Suggestion
{
    QString technicianId;
    QString name;
    int score = 0;
    QStringList reasons;
};

class TechnicianRanking
{
    Q_DECLARE_TR_FUNCTIONS(TechnicianRanking)
public:
    static QList<Suggestion> rank(Store &store, const Record &ticket, qint64 nowMs, const RuleSettings &settings);
};
